"""With one answer given, nothing is shown as a risk it has not been found to be: the bundled guide,
a new assessment, one 符合 pressed on the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from checklist.loader import load_guide
from checklist.model import Answer
from checklist.store import AssessmentFile
from checklist.vocabulary import LEVEL_WAITS, Mark
from guide_content import bundled_guide_dir
from tests.test_ui.conftest import make_profile
from ui.app import App
from ui.assessment.dashboard import ChapterModel
from ui.shared import i18n
from ui.shared.fonts import FontStatus
from ui.shared.settings import AppSettings

RISKS = (Mark.RED, Mark.ORANGE, Mark.YELLOW)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_one_compliant_answer_shows_no_item_as_a_risk(lang: str, qapp: QApplication, tmp_path: Path,
                                                     qtbot) -> None:  # noqa: ANN001
    guide = load_guide(bundled_guide_dir())
    path = tmp_path / "新体检.lhc"
    AssessmentFile.create(path, guide, make_profile(guide), "王敏").close()
    i18n.install(qapp, lang)
    app = App(qapp, AppSettings(), FontStatus("Noto Sans CJK SC"), bundled_guide_dir(), tmp_path)
    window = app.open_path(path)
    try:
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        first = window.question_id
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_1)  # 符合
        session = window.session
        assert session.answer(first) is Answer.COMPLIANT
        marks = [item.mark for item in session.score.items.values()]
        assert Mark.UNASSESSED in marks and not any(m in RISKS for m in marks)
        for mark in RISKS:  # the header's counts
            assert window.summary.counts[mark][1].text() == "0"
        chapters = window.dashboard.chapters
        for row in range(chapters.rowCount()):
            for column in (ChapterModel.RED, ChapterModel.ORANGE, ChapterModel.YELLOW):
                assert chapters.index(row, column).data() == "0"
        assert window.dashboard.top_items.rowCount() == 0  # 优先整改 lists only items with a known gap
        assert window.dashboard.top_empty.isVisibleTo(window.dashboard)
        assert window.summary.level.text() == LEVEL_WAITS.text(lang)  # one answer rates no company
    finally:
        app.close_all()
