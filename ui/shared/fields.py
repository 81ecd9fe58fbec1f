"""Fields the preferences and the report dialog share: a brand colour and a logo file."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from reports.palette import is_hex_colour

from .settings import ACCENT


class ColourField(QWidget):
    """A hex colour with a swatch; the swatch opens the colour chooser."""

    def __init__(self, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(value)
        self.edit.setMaxLength(7)
        self.edit.setFixedWidth(100)
        self.edit.setAccessibleName(self.tr("主题色（十六进制，如 #1F3A5F）"))
        self.sample = QLabel()
        self.sample.setFixedSize(24, 24)
        self.swatch = QPushButton(self.tr("选择…"))
        self.swatch.setAccessibleName(self.tr("选择主题色"))
        self.swatch.clicked.connect(self._choose)
        self.reset = QPushButton(self.tr("恢复默认"))
        self.reset.clicked.connect(lambda: self.edit.setText(ACCENT.default))
        self.problem = QLabel()
        self.problem.setProperty("role", "problem")
        layout.addWidget(self.sample)
        layout.addWidget(self.edit)
        layout.addWidget(self.swatch)
        layout.addWidget(self.reset)
        layout.addWidget(self.problem, 1)
        self.edit.textChanged.connect(self._update)
        self._update()

    def value(self) -> str:
        return self.edit.text().strip().upper()

    def valid(self) -> bool:
        return is_hex_colour(self.value())

    def _update(self) -> None:
        if self.valid():
            self.problem.clear()
            self.sample.setStyleSheet(f"background: {self.value()}; border: 1px solid #8A939F; border-radius: 3px;")
        else:
            self.problem.setText(self.tr("应写成 #1F3A5F 的形式"))
            self.sample.setStyleSheet("border: 1px dashed #8A939F; border-radius: 3px;")

    def _choose(self) -> None:
        colour = QColorDialog.getColor(QColor(self.value() if self.valid() else ACCENT.default), self,
                                       self.tr("主题色"))
        if colour.isValid():
            self.edit.setText(colour.name().upper())


class LogoField(QWidget):
    """The path of a logo image, typed or chosen."""

    def __init__(self, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(value)
        self.edit.setAccessibleName(self.tr("标志图片（PNG 或 SVG）"))
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        layout.addWidget(self.edit, 1)
        layout.addWidget(browse)

    def value(self) -> str:
        return self.edit.text().strip()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择标志图片"), self.edit.text(),
                                              self.tr("图片 (*.png *.svg)"))
        if path:
            self.edit.setText(path)
