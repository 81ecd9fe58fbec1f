"""Languages: Qt translation files for the app's words, and the domain's labels in both languages.

Source strings are Chinese (the app's first language); ``i18n/legalcheck_en.ts`` holds the
English. Qt's own words (wizard buttons, standard dialogs) come from Qt's ``qtbase_*.qm``.
The guide's content comes from the guide: in English from its English overlay (``en/``) where the
guide has one, otherwise in Chinese; legal quotes are Chinese in both languages (the statute is authoritative).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from checklist import vocabulary
from checklist.vocabulary import ActionStatus, Answer, Mark

LANGUAGES = {"zh": "中文", "en": "English"}
I18N_DIR = Path(__file__).resolve().parent / "translations"
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


def guide_text(guide, part, name: str) -> str:
    """A text of the guide (a title, question, hint, guidance …) in the current language."""
    return guide.text(part, name, lang())


def part_label(part) -> str:
    """第三章 / Chapter 3, 第十九条 / Article 19."""
    return part.label_in(lang())


def gap() -> str:
    """The space between a label and its title: a full-width space in Chinese, two spaces in English."""
    return "  " if lang() == "en" else "　"


def heading(guide, part) -> str:
    """A chapter's or article's label and title, as a heading."""
    return f"{part_label(part)}{gap()}{guide_text(guide, part, 'title')}"


def cite(guide, ref) -> str:
    """《Full title》第X条, or Full English title, Article X."""
    return guide.cite(ref, lang())


def answer_label(answer: str | None) -> str:
    """The label of an answer value (``compliant`` …); None is a question not answered yet."""
    return vocabulary.answer_name(Answer(answer) if answer else None).text(lang())


def mark_label(key: str) -> str:
    """The name of a risk mark: level, 待核实, 不适用, 未作答."""
    return Mark(key).text(lang())


def status_label(status: str) -> str:
    return ActionStatus(status).text(lang())


def format_date(day: dt.date | None) -> str:
    return vocabulary.date_text(day, lang())


def paren(text: str) -> str:
    return vocabulary.paren(text, lang())


def join(parts: list[str] | tuple[str, ...]) -> str:
    return vocabulary.join(parts, lang())


def format_index(index: float | None) -> str:
    return vocabulary.index_text(index)
