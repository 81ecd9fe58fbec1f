"""Every window is usable on a 1024×700 screen in Chinese and in English: no label cut, no button
narrower than its text, the navigator shows the questions' words, the question page never scrolls sideways."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from checklist.loader import load_guide
from checklist.model import Answer
from checklist.store import AssessmentFile
from guide_content import bundled_guide_dir
from tests.test_ui.conftest import make_profile
from ui.app import App
from ui.assessment.navigator import TITLE
from ui.shared import i18n
from ui.shared.fonts import FontStatus
from ui.shared.settings import AppSettings

WIDTH, HEIGHT = 1024, 700


@pytest.fixture(scope="module")
def bundled():
    return load_guide(bundled_guide_dir())


def _shown(widget: QWidget, qapp: QApplication) -> None:
    widget.resize(WIDTH, HEIGHT)
    widget.show()
    for _ in range(3):
        qapp.processEvents()


def _cut(window: QWidget) -> list[str]:
    """Labels whose one line of text is wider than the label, and buttons narrower than their text."""
    cut = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or label.visibleRegion().isEmpty() or label.wordWrap() or not label.text():
            continue
        if label.textFormat().name == "RichText" or "<" in label.text():
            continue
        lines = label.text().splitlines()
        widest = max(label.fontMetrics().horizontalAdvance(line) for line in lines)
        if widest > label.contentsRect().width() + 1:
            cut.append(f"label {label.text()!r}: {widest} > {label.contentsRect().width()}")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or button.visibleRegion().isEmpty() or not button.text():
            continue
        if button.sizeHint().width() > button.width() + 1:
            cut.append(f"button {button.text()!r}: {button.sizeHint().width()} > {button.width()}")
    return cut


@pytest.fixture(params=["zh", "en"])
def small_app(request, qapp: QApplication, tmp_path: Path, bundled):  # noqa: ANN001
    i18n.install(qapp, request.param)
    path = tmp_path / "体检.lhc"
    AssessmentFile.create(path, bundled, make_profile(bundled), "王敏").close()
    app = App(qapp, AppSettings(), FontStatus("Noto Sans CJK SC"), bundled_guide_dir(), tmp_path)
    yield app, path
    app.close_all()


def test_start_page_and_assessment_window_fit_1024_by_700(small_app, qapp: QApplication) -> None:  # noqa: ANN001
    app, path = small_app
    start = app.show_start()
    _shown(start, qapp)
    assert _cut(start) == []
    window = app.open_path(path)
    window.show_question("Q01-1")
    _shown(window, qapp)
    assert _cut(window) == []
    page = window.page
    page.buttons[Answer.PARTIAL].click()  # a gap: the action's fields show too
    window.show_question("Q01-1")
    qapp.processEvents()
    assert page.action_box.isVisible()
    assert page.horizontalScrollBar().maximum() == 0  # nothing hidden to the side
    assert page.widget().width() <= page.viewport().width()
    assert window.reference.width() >= 220  # the law beside the question keeps room for its words
    for button in page.buttons.values():  # every answer button whole and inside the page
        assert button.visibleRegion().boundingRect().width() >= button.sizeHint().width()
    assert page.next_button.visibleRegion().boundingRect().width() >= page.next_button.sizeHint().width()
    tree = window.sidebar.tree
    index = window.sidebar.proxy.mapFromSource(window.sidebar.model.index_of("Q01-1"))
    assert index.column() == TITLE
    assert tree.visualRect(index).width() >= 120  # room for words, not just "…"
    window.show_view(1)
    qapp.processEvents()
    assert _cut(window.dashboard) == []


def test_dialogs_fit_1024_by_700(small_app, qapp: QApplication, bundled) -> None:  # noqa: ANN001
    from ui.company.wizard import NewAssessmentWizard
    from ui.guides.manager import GuideManager
    from ui.preferences.settings_dialog import SettingsDialog
    from ui.report.report_dialog import ReportDialog

    app, path = small_app
    window = app.open_path(path)
    wizard = NewAssessmentWizard(bundled, "王敏", "", "")
    report = ReportDialog(window.session, app.settings)
    dialogs = [wizard, report, SettingsDialog(app.settings), GuideManager(app.library)]
    try:
        for dialog in dialogs:
            _shown(dialog, qapp)
            assert _cut(dialog) == [], type(dialog).__name__
        # the report dialog's choices scroll; its buttons stay on the screen, whole
        assert report.height() <= HEIGHT
        for button in (report.render_button, report.cancel_button):
            shown = button.visibleRegion().boundingRect()
            assert shown.width() >= button.sizeHint().width() and shown.height() == button.height(), button.text()
            assert report.rect().contains(QRect(button.mapTo(report, QPoint(0, 0)), button.size())), button.text()
        assert report.scroll.horizontalScrollBar().maximum() == 0
        for _ in wizard.pageIds()[1:]:
            wizard.next()
            qapp.processEvents()
            assert _cut(wizard) == [], wizard.currentPage().title()
    finally:
        for dialog in dialogs:
            dialog.close()
