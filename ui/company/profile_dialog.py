"""Editing the company profile of an open assessment; what applies is recounted before committing."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from checklist.applicability import applicable
from checklist.profile import CompanyProfile
from checklist.validation import profile_problems

from ..session.commands import ProfileCommand
from ..session.session import Session
from ..shared import i18n
from ..shared.plain import plain
from .wizard import CompanyPage, FactsPage


class ProfileDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        guide, profile = session.guide, session.assessment.profile
        self.setWindowTitle(self.tr("企业信息"))
        self.company = CompanyPage(guide, profile.assessor)
        self.company.set_profile(profile)
        self.types = FactsPage(guide, "business_type")
        self.activities = FactsPage(guide, "activity")
        for page in (self.types, self.activities):
            page.set_chosen(profile.facts)
        tabs = QTabWidget()
        tabs.addTab(self.company, self.tr("企业信息"))
        tabs.addTab(self.types, self.tr("业务类型"))
        tabs.addTab(self.activities, self.tr("经营活动"))
        self.scope = plain(QLabel())
        self.scope.setWordWrap(True)
        self.problem = plain(QLabel())  # the profile's problems, which may quote what was typed
        self.problem.setProperty("role", "problem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.scope)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for page in (self.company, self.types, self.activities):  # a fact page changes with every box
            page.completeChanged.connect(self._recount)
        self._recount()
        self.resize(820, 640)

    def profile(self) -> CompanyProfile:
        return self.company.profile(frozenset(self.types.chosen() | self.activities.chosen()))

    def _recount(self) -> None:
        before = len(self.session.questions)
        after = len(applicable(self.session.guide, self.profile().facts).questions)
        if after == before:
            self.scope.setText(self.tr("适用问题数不变（{n} 个）。").format(n=after))
        else:
            self.scope.setText(self.tr("适用问题将从 {before} 个变为 {after} 个。已作答的回答都会保留。").format(
                before=before, after=after))
        ok = self.company.isComplete() and self.types.isComplete()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def accept(self) -> None:
        profile = self.profile()
        problems = profile_problems(profile, self.session.guide)  # the check the store makes again
        if problems:
            self.problem.setText("\n".join(i18n.text(p.message) for p in problems))
            return
        if profile != self.session.assessment.profile:
            self.session.push(ProfileCommand(self.session, profile))
        super().accept()
