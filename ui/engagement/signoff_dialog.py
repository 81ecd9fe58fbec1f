"""签发定稿: the reviewer's deliberate step that makes the reports final. Refused, with what is missing, while the
assessment is incomplete; any later change withdraws it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from checklist import validation
from checklist.engagement import completeness

from ..session.session import Session
from ..shared import i18n
from ..shared.plain import plain
from .editor import problem_label


class SignOffDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("签发定稿"))
        a = session.assessment
        self.missing = completeness(a)
        self.refused = False
        layout = QVBoxLayout(self)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        partner = a.engagement.partner
        self.by = QLineEdit(partner.name if partner else a.profile.reviewer)
        self.by.setAccessibleName(self.tr("签发人"))
        self.by.setMaxLength(validation.SHORT_TEXT_CHARS)
        self.licence = QLineEdit(partner.licence if partner else "")
        self.licence.setAccessibleName(self.tr("签发人执业证号"))
        self.licence.setPlaceholderText(self.tr("律师签发时填写，17 位数字"))
        self.licence.setMaxLength(validation.LICENCE_DIGITS)
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("签发人"), self.by)
        form.addRow(self.tr("执业证号"), self.licence)
        layout.addWidget(self.fields)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton(self.tr("签发定稿"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if session.read_only:
            self._refuse(self.tr("文件以只读方式打开，不能签发定稿。"))
        elif not self.missing.complete:
            lines = "\n".join("· " + i18n.text(m) for m in self.missing.lines())
            self._refuse(self.tr("体检尚未完成，不能签发定稿。请先补齐：\n{lines}").format(lines=lines))
        else:
            self.explanation.setText(self.tr(
                "签发后，报告成为定稿，写明签发人和签发时间，并记入修改记录。此后对回答、备注、整改措施、证据材料、"
                "企业信息或委托事实的任何修改都会撤回签发，报告重新成为草稿。"))
        self.resize(520, 0)

    def _refuse(self, text: str) -> None:
        self.refused = True
        plain(self.explanation).setText(text)  # the lines may quote names typed by the user
        self.explanation.setProperty("role", "problem")
        self.fields.hide()
        self.sign_button.hide()

    def accept(self) -> None:
        if self.refused:
            return
        if not self.by.text().strip():
            self.problem.setText(self.tr("请填写签发人。"))
            return
        error = self.session.sign_off(self.by.text(), self.licence.text())
        if error:
            self.problem.setText(error)
            return
        super().accept()
