"""The strip above the questionnaire: the dashboard in one line, following every answer quietly."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QWidget

from checklist.model import Level
from checklist.vocabulary import Mark

from ..session.session import Session
from ..shared import i18n
from ..shared.flow import ElidedLabel
from ..shared.theme import ACCENT, emphasised, mark_icon


class SummaryBar(QFrame):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("summaryBar")
        self.setStyleSheet(f"#summaryBar {{ background: white; border-bottom: 1px solid #D5DAE1; }}"
                           f"#summaryBar QLabel[role='value'] {{ color: {ACCENT}; font-weight: bold; }}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(10)
        self.company = ElidedLabel()  # the company name from the file: plain text, "…" where it is long
        self.company.setFont(emphasised(self.company.font(), 1.1))
        layout.addWidget(self.company)
        layout.addStretch(1)

        self.index = self._pair(layout, self.tr("健康指数"))
        # the completion stands beside the index: the index counts only what was answered
        self.progress_text = QLabel()
        self.progress_text.setProperty("role", "muted")
        self.progress = QProgressBar()
        self.progress.setFixedWidth(90)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("作答进度"))
        layout.addWidget(self.progress_text)
        layout.addWidget(self.progress)
        layout.addSpacing(8)
        self.level_icon = QLabel()
        self.level = self._pair(layout, self.tr("整体等级"), self.level_icon)
        self.counts: dict[Mark, tuple[QLabel, QLabel]] = {}
        for key in (*(lv.mark for lv in Level), Mark.UNASSESSED, Mark.PENDING):
            icon = QLabel()
            icon.setPixmap(mark_icon(key).pixmap(14, 14))
            number = QLabel()
            layout.addWidget(icon)
            layout.addWidget(number)
            self.counts[key] = (icon, number)
        session.scoreChanged.connect(self.refresh)
        self.refresh()

    def _pair(self, layout: QHBoxLayout, caption: str, icon: QLabel | None = None) -> QLabel:
        label = QLabel(caption)
        label.setProperty("role", "muted")
        value = QLabel()
        value.setProperty("role", "value")
        layout.addWidget(label)
        if icon is not None:
            layout.addWidget(icon)
        layout.addWidget(value)
        layout.addSpacing(8)
        return value

    def refresh(self) -> None:
        s = self.session.score
        self.company.setText(self.session.assessment.profile.name)
        self.index.setText(i18n.format_index(s.index))
        done, total = self.session.progress()
        self.progress_text.setText(self.tr("· 已答 {answered}/{total}").format(answered=done, total=total))
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        if s.level is not None or s.level_waits:
            self.level_icon.setPixmap(mark_icon(s.level_mark).pixmap(14, 14))
        else:
            self.level_icon.clear()
        self.level.setText(s.level_text(i18n.lang()))
        counts = s.mark_counts
        for key, (icon, number_label) in self.counts.items():
            n = counts[key]
            number_label.setText(str(n))
            tip = self.tr("{label}：{n} 项").format(label=i18n.mark_label(key), n=n)
            for widget in (icon, number_label):
                widget.setToolTip(tip)
                widget.setAccessibleName(tip)
