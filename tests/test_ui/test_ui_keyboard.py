"""Keyboard traps: each test presses the keys a user presses, on the real widgets, where the focus is."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton

from checklist.model import Answer
from tests.test_ui.conftest import type_text
from ui.assessment.main_window import AssessmentWindow
from ui.shared.fields import NotADate, typed_date

ANSWER_BY_KEY = {"1": Answer.COMPLIANT, "2": Answer.PARTIAL, "3": Answer.NON_COMPLIANT, "5": Answer.UNSURE}


def focused():  # noqa: ANN201
    return QApplication.focusWidget()


def keys(qtbot, text: str) -> None:  # noqa: ANN001
    """Each character pressed where the focus is at that moment, as a user types."""
    for char in text:
        qtbot.keyClick(focused(), char)


def active(window: AssessmentWindow, qtbot) -> None:  # noqa: ANN001
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_enter_after_a_reason_returns_to_the_answers_so_the_next_keys_answer(window: AssessmentWindow,
                                                                              qtbot) -> None:  # noqa: ANN001
    session = window.session
    active(window, qtbot)
    first = window.question_id
    keys(qtbot, "4")
    assert focused() is window.page.reason
    type_text(window.page.reason, "本企业未设分支机构")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert session.record(first).na_reason == "本企业未设分支机构"
    assert isinstance(focused(), QPushButton) and focused() in window.page.buttons.values()
    following = [window.question_id]
    typed = "12113121"
    for n, char in enumerate(typed):
        keys(qtbot, char)
        if n < len(typed) - 1:
            following.append(window.question_id)
    assert [session.answer(q) for q in following] == [ANSWER_BY_KEY[c] for c in typed]
    assert all(session.record(q).note == "" for q in [first, *following])


def test_esc_leaves_the_note_and_keeps_what_was_typed(window: AssessmentWindow, qtbot) -> None:  # noqa: ANN001
    session = window.session
    active(window, qtbot)
    question = window.question_id
    window.page.note.setFocus()
    type_text(window.page.note, "已访谈法务负责人")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert focused() in window.page.buttons.values()
    assert session.record(question).note == "已访谈法务负责人"  # written at once, not lost
    keys(qtbot, "2")
    assert session.answer(question) is Answer.PARTIAL
    assert session.record(question).note == "已访谈法务负责人"


def test_esc_in_the_reason_returns_to_the_answers_and_keeps_the_typed_reason(window: AssessmentWindow,
                                                                              qtbot) -> None:  # noqa: ANN001
    session = window.session
    active(window, qtbot)
    question = window.question_id
    keys(qtbot, "4")
    type_text(window.page.reason, "尚未开展")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert focused() is window.page.buttons[Answer.NOT_APPLICABLE]
    assert session.answer(question) is None  # nothing written without Enter
    keys(qtbot, "4")
    assert window.page.reason.text() == "尚未开展"  # what was typed is still there
    type_text(window.page.reason, "经营活动")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert session.record(question).na_reason == "尚未开展经营活动"
    # Once 不适用 is written, Esc in the reason also goes back to the answers without losing the text
    window.show_question(question)
    window.page.reason.setFocus()
    type_text(window.page.reason, "（另见说明）")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert focused() is window.page.buttons[Answer.NOT_APPLICABLE]
    assert window.page.reason.text() == "尚未开展经营活动（另见说明）"


def _to_due_date_of_a_gap(window: AssessmentWindow, qtbot) -> str:  # noqa: ANN001
    """Answer 不符合 by key, come back with Alt+PgUp, Tab from 责任人 into 完成期限."""
    active(window, qtbot)
    question = window.question_id
    keys(qtbot, "3")
    assert window.question_id != question
    qtbot.keyClick(focused(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.AltModifier)
    assert window.question_id == question
    assert window.page.action_box.isVisible()
    window.page.owner.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is window.page.due.edit
    return question


def test_a_typed_due_date_is_kept_as_typed(window: AssessmentWindow, qtbot) -> None:  # noqa: ANN001
    session = window.session
    question = _to_due_date_of_a_gap(window, qtbot)
    due = window.page.due
    assert due.edit.text() == "" and due.edit.placeholderText() == "未定"
    qtbot.keyClicks(focused(), "2027-03-31")
    assert due.edit.text() == "2027-03-31"  # nothing is put in front of what is typed
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert session.action(question).due == dt.date(2027, 3, 31)
    window.page.due.setFocus()
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_PageDown):
        qtbot.keyClick(focused(), key)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert session.action(question).due == dt.date(2027, 3, 31)
    assert due.edit.text() == "2027-03-31"
    # digits alone, and other separators, give the same kind of date
    for typed, day in (("20270630", dt.date(2027, 6, 30)), ("2027/7/1", dt.date(2027, 7, 1)),
                       ("2027年8月9日", dt.date(2027, 8, 9))):
        due.edit.selectAll()
        qtbot.keyClick(focused(), Qt.Key.Key_Backspace)
        type_text(due.edit, typed) if "年" in typed else qtbot.keyClicks(focused(), typed)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        assert (session.action(question).due, due.edit.text()) == (day, day.isoformat())
    # a day that does not exist is refused, not rounded to the end of the month
    due.edit.selectAll()
    qtbot.keyClicks(focused(), "2027-02-30")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert session.action(question).due == dt.date(2027, 8, 9)
    assert due.problem.isVisible() and due.edit.text() == "2027-02-30"
    # emptied: no due date
    due.setFocus()
    due.edit.selectAll()
    qtbot.keyClick(focused(), Qt.Key.Key_Delete)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert session.action(question).due is None and not due.problem.isVisible()


def test_alt_down_opens_the_calendar_at_today_or_the_date_set(window: AssessmentWindow, qtbot) -> None:  # noqa: ANN001
    session = window.session
    question = _to_due_date_of_a_gap(window, qtbot)
    due = window.page.due
    qtbot.keyClick(focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.question_id == question  # the key is the field's, not "next question"
    assert due.popup is not None and due.popup.isVisible()
    assert due.popup.calendar.selectedDate() == QDate.currentDate()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not due.popup.isVisible()
    assert session.action(question).due is None
    due.setFocus()
    qtbot.keyClicks(focused(), "20270331")
    qtbot.keyClick(focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert due.popup.calendar.selectedDate() == QDate(2027, 3, 31)
    qtbot.keyClick(focused(), Qt.Key.Key_Right)  # the next day in the calendar
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert not due.popup.isVisible()
    assert session.action(question).due == dt.date(2027, 4, 1)
    assert due.edit.text() == "2027-04-01"
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)  # next question
    assert window.question_id != question


def test_typed_dates() -> None:
    assert typed_date("") is None
    assert typed_date(" 2027-3-1 ") == dt.date(2027, 3, 1)
    assert typed_date("2027.03.31") == dt.date(2027, 3, 31)
    for wrong in ("2027-13-01", "2027-02-29", "27-03-31", "2027331", "1999-12-31", "2101-01-01", "明年"):
        with pytest.raises(NotADate):
            typed_date(wrong)


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        channels = [(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4) for v in (c.redF(), c.greenF(), c.blueF())]
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_dashboard_chapters_are_one_tab_stop_and_enter_opens_a_chapter(window: AssessmentWindow,
                                                                        qtbot) -> None:  # noqa: ANN001
    session = window.session
    active(window, qtbot)
    keys(qtbot, "1")  # one answer, so the chapters have an index
    qtbot.keyClick(focused(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.dashboard.chapter_view
    assert window.views.currentWidget() is window.dashboard and focused() is view
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is not view  # Tab leaves the table instead of walking its cells
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is view
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    row = view.currentIndex().row()
    assert row >= 1 and view.selectionModel().isRowSelected(row)
    chapter = window.dashboard.chapters.rows[row].chapter_id
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert window.views.currentIndex() == 0
    guide = session.guide
    assert guide.articles[guide.questions[window.question_id].article_id].chapter_id == chapter
    keys(qtbot, "2")  # the answer keys work at once
    assert any(session.answer(q) is Answer.PARTIAL for q in session.questions)


def test_a_selected_chapter_row_shows_its_score_readably(window: AssessmentWindow, qtbot) -> None:  # noqa: ANN001
    active(window, qtbot)
    keys(qtbot, "1")
    window.show_view(1)
    view = window.dashboard.chapter_view
    view.selectRow(0)
    qtbot.wait(10)
    cell = view.visualRect(window.dashboard.chapters.index(0, 1))
    text_area = cell.adjusted(6 + 18, 6, -(cell.width() - 64), -6)  # where IndexBarDelegate writes the number
    image = view.viewport().grab(text_area).toImage()
    colours = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    background = max(set(c.rgb() for c in colours), key=[c.rgb() for c in colours].count)
    best = max(_contrast(QColor.fromRgb(background), c) for c in colours)
    assert best >= 4.5, f"selected score at {best:.1f}:1 against its background"
