"""Keyboard traps: each test presses the keys a user presses, on the real widgets, where the focus is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from checklist.model import Answer
from tests.test_ui.conftest import type_text
from ui.assessment.main_window import AssessmentWindow

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
