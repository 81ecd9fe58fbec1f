"""不适用 for a whole article or chapter: one reason, every question it names, one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from checklist.model import Answer
from checklist.validation import NA_REASON_CHARS

from ..session.commands import AnswersCommand
from ..session.session import Session
from ..shared import i18n
from ..shared.plain import plain


def scope_title(session: Session, scope_id: str) -> str:
    """第三条　标题 or 第一章　标题, in the current language."""
    guide = session.guide
    part = guide.articles[scope_id] if scope_id in guide.articles else guide.chapter(scope_id)
    return i18n.heading(guide, part)


class NotApplicableDialog(QDialog):
    """Asks for the one reason; answered questions keep their answers unless the user ticks the box."""

    def __init__(self, session: Session, scope_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.scope_id = session, scope_id
        questions = session.questions_in(scope_id)
        self.unanswered = [q for q in questions if session.answer(q) is None]
        self.answered = [q for q in questions if session.answer(q) is not None]
        article = scope_id in session.guide.articles
        self.setWindowTitle(self.tr("本条全部设为不适用") if article else self.tr("本章全部设为不适用"))
        self.setMinimumWidth(520)

        what = plain(QLabel(self.tr("{scope}：{unanswered} 个问题未作答，{answered} 个已作答。").format(
            scope=scope_title(session, scope_id), unanswered=len(self.unanswered), answered=len(self.answered))))
        what.setWordWrap(True)
        explain = QLabel(self.tr("未作答的问题都将标为“不适用”，理由相同。可以撤销（Ctrl+Z），一次撤销全部。"))
        explain.setWordWrap(True)
        explain.setProperty("role", "muted")
        self.reason = QLineEdit()
        self.reason.setMaxLength(NA_REASON_CHARS)
        self.reason.setAccessibleName(self.tr("不适用的理由"))
        self.reason.setPlaceholderText(self.tr("写明不适用的理由（例如：本企业不从事该项业务）"))
        self.reason.textEdited.connect(lambda _text: self.problem.clear())
        self.overwrite = QCheckBox(self.tr("已作答的 {n} 个问题也改为“不适用”（原回答会被替换）").format(
            n=len(self.answered)))
        self.overwrite.setVisible(bool(self.answered))
        self.overwrite.toggled.connect(lambda _on: self.problem.clear())
        self.problem = plain(QLabel())
        self.problem.setProperty("role", "problem")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("设为不适用"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(explain)
        layout.addWidget(QLabel(self.tr("理由")))
        layout.addWidget(self.reason)
        layout.addWidget(self.overwrite)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def targets(self) -> list[str]:
        """The questions the answer goes to, as the dialog stands."""
        return self.unanswered + (self.answered if self.overwrite.isChecked() else [])

    def accept(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.problem.setText(self.tr("请写明不适用的理由。"))
            self.reason.setFocus()
            return
        targets = self.targets()
        if not targets:
            self.problem.setText(self.tr("没有未作答的问题。要改变已作答的问题，请勾选上面的选项。"))
            self.overwrite.setFocus()
            return
        text = QCoreApplication.translate("Commands", "{scope}：{n} 个问题设为不适用").format(
            scope=scope_title(self.session, self.scope_id), n=len(targets))
        order = [q for q in self.session.questions if q in set(targets)]
        self.session.push(AnswersCommand(self.session, [(q, Answer.NOT_APPLICABLE, reason) for q in order], text))
        super().accept()
