"""Which guide a new assessment uses, when more than one is installed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QVBoxLayout, QWidget

from checklist.library import Entry
from checklist.loader import version_key
from checklist.model import Guide

from ..shared.models import table_view
from .manager import GuideModel


class GuideChoice(QDialog):
    def __init__(self, entries: list[Entry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("选择指引"))
        self.resize(860, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("本机有多个指引。新建的体检使用所选指引的这一版本，日后可以迁移到更新的版本。"))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.model = GuideModel(None, self)
        self.model.set_rows(entries)
        self.table = table_view(self.model, 30)
        self.table.setAccessibleName(self.tr("可用的指引"))
        self.table.horizontalHeader().setSectionResizeMode(GuideModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.accept())
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # the newest version of the bundled guide's id, else the newest of all
        best = max(range(len(entries)), key=lambda i: (entries[i].guide.meta.id == next(
            (e.guide.meta.id for e in entries if e.bundled), ""), version_key(entries[i].guide.meta.version)))
        self.table.selectRow(best)

    def chosen(self) -> Guide | None:
        entry = self.model.row_at(self.table.currentIndex())
        return entry.guide if entry else None
