"""The engagement dialog: the facts a firm's report states, edited as one undoable change."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ..session.commands import EngagementCommand
from ..session.session import Session
from ..shared import i18n
from .editor import EngagementForm, problem_label


class EngagementDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("委托事实"))
        self.form = EngagementForm(len(session.assessment.attachments))
        self.form.set_engagement(session.assessment.engagement)
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not session.read_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.form.changed.connect(self.problem.clear)
        self.resize(760, 600)

    def accept(self) -> None:
        engagement, problems = self.form.read()
        if problems:  # the check the store makes again
            self.problem.setText("\n".join(i18n.text(p.message) for p in problems[:10]))
            return
        if engagement != self.session.assessment.engagement:
            self.session.push(EngagementCommand(self.session, engagement))
        super().accept()
