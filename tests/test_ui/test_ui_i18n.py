"""Chinese first, English on request: translation files complete, every window and dialog translated."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QLineEdit, QWidget

from checklist.model import Answer
from ui.app import App
from ui.assessment.main_window import AssessmentWindow
from ui.shared import i18n
from ui.shared.fonts import FontStatus
from ui.shared.settings import LANGUAGE, AppSettings

TS = i18n.I18N_DIR / "legalcheck_en.ts"


def _messages() -> list[tuple[str, str, str]]:
    tree = ET.parse(TS)
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m.findtext("translation") or "")
            for ctx in tree.iter("context") for m in ctx.iter("message")]


def test_every_string_is_translated_with_the_same_placeholders() -> None:
    tree = ET.parse(TS)
    unfinished = [m.findtext("source") for m in tree.iter("message")
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
    assert unfinished == []
    for _context, source, translation in _messages():
        assert translation.strip(), source
        assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", translation)), source


def test_the_compiled_file_is_built() -> None:
    qm = TS.with_suffix(".qm")
    assert qm.is_file(), "setup.sh builds it with pyside6-lrelease"
    assert qm.stat().st_mtime >= TS.stat().st_mtime - 1


def _texts(widget: QWidget) -> list[str]:
    found = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | QAbstractButton):
            found.append(child.text())
        elif isinstance(child, QGroupBox):
            found.append(child.title())
        elif isinstance(child, QLineEdit):
            found.append(child.placeholderText())
    return [t for t in found if t]


def _untranslated(widget: QWidget) -> list[str]:
    """UI strings on screen that have an English translation but still show in Chinese."""
    sources = {source for _ctx, source, _tr in _messages()}
    return [t for t in _texts(widget) if t in sources and re.search(r"[\u4e00-\u9fff]", t)]


def test_switching_to_english_translates_the_open_window(app: App, window: AssessmentWindow, qtbot) -> None:  # noqa: ANN001
    window.page.choose(Answer.NON_COMPLIANT)
    session, question = window.session, window.question_id
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    app.set_language("en")
    assert app.settings.get(LANGUAGE) == "en"
    fresh = app.windows[str(session.file.path.resolve())]
    assert fresh is not window and fresh.session is session
    qtbot.waitExposed(fresh)
    assert fresh.menuBar().actions()[0].text() == "&File"
    assert fresh.page.buttons[Answer.COMPLIANT].text().startswith("Compliant")
    assert fresh.dashboard.chapters.headerData(1, __import__("PySide6").QtCore.Qt.Orientation.Horizontal) == \
        "Health index"
    assert "Saved" in fresh.windowTitle()
    assert fresh.question_id == question
    assert session.undo_stack.count() == 1  # the undo history survives the switch
    assert _untranslated(fresh) == []
    app.set_language("zh")
    again = app.windows[str(session.file.path.resolve())]
    assert again.menuBar().actions()[0].text() == "文件(&F)"


def _dialogs(app: App, window: AssessmentWindow) -> list[QWidget]:
    from ui.company.profile_dialog import ProfileDialog
    from ui.company.wizard import NewAssessmentWizard
    from ui.preferences.settings_dialog import SettingsDialog
    from ui.report.report_dialog import ReportDialog

    wizard = NewAssessmentWizard(window.session.guide, "王敏", "", "")
    pages = [wizard.page(i) for i in wizard.pageIds()]
    return [app.show_start(), window, SettingsDialog(app.settings), ProfileDialog(window.session),
            ReportDialog(window.session, app.settings), wizard, *pages]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_window_and_dialog_opens_in_each_language(qapp: QApplication, lhc: Path, tmp_path: Path,
                                                        lang: str, qtbot) -> None:  # noqa: ANN001
    i18n.install(qapp, lang)
    settings = AppSettings()
    app = App(qapp, settings, FontStatus("Noto Sans CJK SC"), None, tmp_path)
    window = app.open_path(lhc)
    assert window is not None
    try:
        for widget in _dialogs(app, window):
            widget.show()
            qtbot.waitExposed(widget)
            if lang == "en":
                assert _untranslated(widget) == [], type(widget).__name__
            widget.close()
    finally:
        app.close_all()


def test_start_page_warns_when_no_chinese_font(qapp: QApplication, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    app = App(qapp, AppSettings(), FontStatus(None), None, tmp_path)
    start = app.show_start()
    qtbot.waitExposed(start)
    assert start.banner.isVisible() and "fonts-noto-cjk" in start.banner.text.text()
    start.close()


def test_examples_open_as_a_copy(app: App, lhc: Path, qtbot) -> None:  # noqa: ANN001
    example = app.examples_dir / "示例企业.lhc"
    example.write_bytes(lhc.read_bytes())
    start = app.show_start()
    assert start.example_button.isEnabled()
    window = app.open_example(example)
    assert window is not None
    assert window.session.file.path != example
    window.page.choose(Answer.COMPLIANT)
    assert example.read_bytes() == lhc.read_bytes()  # the shipped example is untouched


def test_example_menu_names_the_companies(qapp: QApplication, qtbot) -> None:  # noqa: ANN001
    from ui.app import EXAMPLES_DIR
    from ui.start.start_page import example_label

    app = App(qapp, AppSettings(), FontStatus("Noto Sans CJK SC"), None, EXAMPLES_DIR)
    examples = app.examples()
    if not examples:
        pytest.skip("no examples in this checkout")
    labels = [example_label(p) for p in examples]
    assert all(re.search(r"[\u4e00-\u9fff]", label) for label in labels)  # company names, not file names
    start = app.show_start()
    menu = start.example_button.menu()
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == labels
    start.close()


def test_every_input_has_an_accessible_name(app: App, window: AssessmentWindow) -> None:
    """Screen readers name each field: by its accessible name or by the label it is the buddy of."""
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QPlainTextEdit,
        QProgressBar,
        QTextBrowser,
    )

    inputs = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextBrowser, QProgressBar)
    unnamed = []
    for top in _dialogs(app, window):
        buddies = {label.buddy() for label in top.findChildren(QLabel) if label.buddy()}
        for child in top.findChildren(QWidget):
            inside_qt = isinstance(child, QHeaderView) or isinstance(child.parent(), QComboBox | QAbstractSpinBox) \
                or type(child.parent()).__name__ == "QFrame" and isinstance(child, QAbstractItemView)  # popups
            if isinstance(child, inputs) and not inside_qt and not child.accessibleName() and child not in buddies:
                unnamed.append(f"{type(top).__name__}: {type(child).__name__}")
        top.close()
    assert unnamed == []


def test_every_text_marked_for_translation_is_in_the_translation_file() -> None:
    """lupdate skips tr() inside f-strings and multi-part literals; this finds what it missed."""
    sources = {source for _ctx, source, _tr in _messages()}
    marked = re.compile(r"""\btr\(\s*((?:"[^"\n]*"\s*)+|(?:'[^'\n]*'\s*)+)[,)]""")
    missing = []
    for path in sorted(Path(i18n.I18N_DIR).parent.parent.rglob("*.py")):
        for match in marked.finditer(path.read_text(encoding="utf-8")):
            text = ast.literal_eval("(" + match.group(1).strip() + ")")
            if re.search(r"[\u4e00-\u9fff]", text) and text not in sources:
                missing.append(f"{path.name}: {text}")
    assert missing == []
