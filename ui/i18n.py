"""Languages: Qt translation files for the app's words, and the domain's labels in both languages.

Source strings are Chinese (the app's first language); ``i18n/legalcheck_en.ts`` holds the
English. Qt's own words (wizard buttons, standard dialogs) come from Qt's ``qtbase_*.qm``.
The guide's content (questions, guidance, quotes) is Chinese and stays Chinese.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = {"zh": "中文", "en": "English"}
I18N_DIR = Path(__file__).resolve().parent / "i18n"
_TAG = "legalcheck-translator"
_PROPERTY = "legalcheckLanguage"


class Bilingual(Protocol):
    zh: str
    en: str


def install(app: QCoreApplication, lang: str) -> bool:
    """Switch the app's translators to ``lang``; False when its translation file is missing."""
    for old in app.findChildren(QTranslator):
        if old.objectName() == _TAG:
            app.removeTranslator(old)
            old.deleteLater()
    lang = lang if lang in LANGUAGES else "zh"
    found = True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_name = "qtbase_zh_CN" if lang == "zh" else "qtbase_en"
    for name, folder in ((qt_name, qt_dir), (f"legalcheck_{lang}", str(I18N_DIR))):
        if lang == "zh" and name.startswith("legalcheck"):
            continue  # the source strings are Chinese
        translator = QTranslator(app)
        translator.setObjectName(_TAG)
        if translator.load(name, folder):
            app.installTranslator(translator)
        else:
            translator.deleteLater()
            found = found and name.startswith("qtbase")  # Qt's own file is optional
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app.setProperty(_PROPERTY, lang)
    return found


def lang() -> str:
    app = QCoreApplication.instance()
    value = app.property(_PROPERTY) if app is not None else None
    return value if value in LANGUAGES else "zh"


def text(message: Bilingual) -> str:
    """A domain message (``zh`` / ``en``) in the current language."""
    return message.en if lang() == "en" else message.zh


def answer_label(answer: str | None) -> str:
    """The label of an answer value (``compliant`` …); None is a question not answered yet."""
    labels = {
        "compliant": QCoreApplication.translate("Labels", "符合"),
        "partial": QCoreApplication.translate("Labels", "部分符合"),
        "non_compliant": QCoreApplication.translate("Labels", "不符合"),
        "not_applicable": QCoreApplication.translate("Labels", "不适用"),
        "unsure": QCoreApplication.translate("Labels", "不确定"),
        None: QCoreApplication.translate("Labels", "未作答"),
    }
    return labels[answer]


def mark_label(key: str) -> str:
    """The name of a risk mark: level, 待核实, 不适用, 未作答."""
    labels = {
        "red": QCoreApplication.translate("Labels", "重大风险"),
        "orange": QCoreApplication.translate("Labels", "较大风险"),
        "yellow": QCoreApplication.translate("Labels", "一般风险"),
        "green": QCoreApplication.translate("Labels", "低风险"),
        "pending": QCoreApplication.translate("Labels", "待核实"),
        "na": QCoreApplication.translate("Labels", "不适用"),
        "unanswered": QCoreApplication.translate("Labels", "未作答"),
    }
    return labels[key]


def status_label(status: str) -> str:
    labels = {"open": QCoreApplication.translate("Labels", "未开始"), "in_progress": QCoreApplication.translate("Labels", "进行中"), "done": QCoreApplication.translate("Labels", "已完成")}
    return labels[status]


def severity_label(severity: int) -> str:
    labels = {4: QCoreApplication.translate("Labels", "严重"), 3: QCoreApplication.translate("Labels", "较重"), 2: QCoreApplication.translate("Labels", "中等"), 1: QCoreApplication.translate("Labels", "轻微")}
    return labels[severity]


def format_date(day: dt.date | None) -> str:
    if day is None:
        return "—"
    if lang() == "en":
        return day.strftime("%d %b %Y").lstrip("0")
    return f"{day.year}年{day.month}月{day.day}日"


def paren(text: str) -> str:
    """A parenthetical: full-width brackets in Chinese, spaced ASCII ones in English."""
    return f" ({text})" if lang() == "en" else f"（{text}）"


def join(parts: list[str] | tuple[str, ...]) -> str:
    return (", " if lang() == "en" else "、").join(parts)


def format_index(index: float | None) -> str:
    return "—" if index is None else f"{index:.1f}"
