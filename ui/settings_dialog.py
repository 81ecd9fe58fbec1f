"""Preferences: language, assessor name, and the default branding of reports."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reports.palette import is_hex_colour

from .i18n import LANGUAGES
from .settings import ACCENT, ASSESSOR, FIRM_NAME, LANGUAGE, LOGO, AppSettings


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


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("首选项"))
        layout = QVBoxLayout(self)

        general = QGroupBox(self.tr("常规"))
        form = QFormLayout(general)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("界面语言"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(LANGUAGE))))
        self.assessor = QLineEdit(settings.get(ASSESSOR))
        self.assessor.setAccessibleName(self.tr("评估人姓名"))
        self.assessor.setPlaceholderText(self.tr("记录在每一次作答和修改上"))
        form.addRow(self.tr("界面语言"), self.language)
        form.addRow(self.tr("评估人姓名"), self.assessor)
        layout.addWidget(general)

        branding = QGroupBox(self.tr("报告默认品牌"))
        form = QFormLayout(branding)
        self.firm = QLineEdit(settings.get(FIRM_NAME))
        self.firm.setAccessibleName(self.tr("出具单位名称"))
        self.firm.setPlaceholderText(self.tr("律师事务所或咨询机构名称；企业自查可留空"))
        self.logo = LogoField(settings.get(LOGO))
        self.accent = ColourField(settings.get(ACCENT))
        form.addRow(self.tr("出具单位"), self.firm)
        form.addRow(self.tr("标志图片"), self.logo)
        form.addRow(self.tr("主题色"), self.accent)
        layout.addWidget(branding)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.accent.edit.textChanged.connect(self._update_ok)
        self.resize(560, 0)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.accent.valid())

    def chosen_language(self) -> str:
        return self.language.currentData()

    def accept(self) -> None:
        if not self.accent.valid():
            return
        self.settings.set(ASSESSOR, self.assessor.text().strip())
        self.settings.set(FIRM_NAME, self.firm.text().strip())
        self.settings.set(LOGO, self.logo.value())
        self.settings.set(ACCENT, self.accent.value())
        self.settings.set(LANGUAGE, self.chosen_language())
        self.settings.sync()
        super().accept()
