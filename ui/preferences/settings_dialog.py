"""Preferences: language, assessor name, and the default branding of reports."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..shared.fields import ColourField, LogoField
from ..shared.i18n import LANGUAGES
from ..shared.settings import ACCENT, ASSESSOR, DISCLAIMER, FIRM_NAME, LANGUAGE, LOGO, AppSettings


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
        self.disclaimer = QPlainTextEdit(settings.get(DISCLAIMER))
        self.disclaimer.setAccessibleName(self.tr("本所免责声明"))
        self.disclaimer.setPlaceholderText(self.tr("顾问出具版报告末尾的免责声明，每段一行；留空则使用通用的委托与依赖限制说明"))
        self.disclaimer.setMaximumHeight(110)
        form.addRow(self.tr("免责声明"), self.disclaimer)
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
        self.settings.set(DISCLAIMER, self.disclaimer.toPlainText().strip()[:20000])
        self.settings.set(LANGUAGE, self.chosen_language())
        self.settings.sync()
        super().accept()
