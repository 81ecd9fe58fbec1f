"""Tab and Shift+Tab walk the whole assessment window: every control once per round, none keeps the focus."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from checklist.model import Answer
from ui.assessment.main_window import AssessmentWindow
from ui.session.commands import AddAttachmentCommand

ROUND_LIMIT = 120  # far more stops than the window has: reaching it means the focus is caught somewhere


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.accessibleName() or widget.objectName()})"


def tab_stops(window: AssessmentWindow) -> set[QWidget]:
    """What a keyboard user must be able to reach: focusable by Tab, enabled, visible, in this window."""
    return {w for w in window.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.window() is window and w.focusProxy() is None
            and (w.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus}


def walk(qtbot, key: Qt.Key) -> list[QWidget]:  # noqa: ANN001
    """The focus after each press of ``key``, from where it is until it comes back there."""
    start = QApplication.focusWidget()
    assert start is not None
    order = [start]
    for _ in range(ROUND_LIMIT):
        qtbot.keyClick(QApplication.focusWidget(), key)
        now = QApplication.focusWidget()
        if now is start:
            return order
        order.append(now)
    pytest.fail("the focus never came back: " + " → ".join(_name(w) for w in order[-12:]))


def assert_one_round(window: AssessmentWindow, qtbot) -> list[QWidget]:  # noqa: ANN001
    forward = walk(qtbot, Qt.Key.Key_Tab)
    repeated = sorted({_name(w) for w in forward if forward.count(w) > 1})
    assert not repeated, f"reached more than once in a round (a cycle inside): {repeated}"
    missing = sorted(_name(w) for w in tab_stops(window) - set(forward))
    assert not missing, f"never reached with Tab: {missing}"
    backward = walk(qtbot, Qt.Key.Key_Backtab)
    assert backward == [forward[0], *reversed(forward[1:])], "Shift+Tab is not Tab backwards"
    return forward


@pytest.fixture
def ready(window: AssessmentWindow, qtbot, tmp_path: Path) -> AssessmentWindow:  # noqa: ANN001
    """An open assessment with a gap (its action shown) and a piece of evidence (its buttons enabled)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    question = window.question_id
    window.page.choose(Answer.PARTIAL)
    window.show_question(question)
    evidence = tmp_path / "制度.pdf"
    evidence.write_bytes(b"%PDF-1.4")
    window.session.push(AddAttachmentCommand(window.session, question, evidence))
    window.page.focus_answers()
    return window


def test_the_questionnaire_is_one_round_of_tab_stops_both_ways(ready: AssessmentWindow, qtbot) -> None:  # noqa: ANN001
    page = ready.page
    forward = assert_one_round(ready, qtbot)
    for control in (ready.sidebar.search, ready.sidebar.tree, page.buttons[Answer.COMPLIANT], page.note,
                    page.measure, page.owner, page.due.edit, page.status, page.evidence.view,
                    page.evidence.open_button, page.evidence.remove_button, ready.reference):
        assert control in forward, _name(control)
    # in reading order: the answers, then what is written about them, then the law beside them
    assert forward.index(page.note) < forward.index(page.measure) < forward.index(page.due.edit) \
        < forward.index(page.evidence.add_button) < forward.index(ready.reference)


def test_with_the_reason_asked_for_the_round_includes_it(ready: AssessmentWindow, qtbot) -> None:  # noqa: ANN001
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4)
    assert QApplication.focusWidget() is ready.page.reason
    forward = assert_one_round(ready, qtbot)
    assert ready.page.reason_ok in forward


def test_the_dashboard_is_one_round_of_tab_stops_both_ways(ready: AssessmentWindow, qtbot) -> None:  # noqa: ANN001
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    forward = assert_one_round(ready, qtbot)
    assert ready.dashboard.chapter_view in forward and ready.dashboard.top_view in forward
    assert ready.page.note not in forward  # the hidden questionnaire is not walked


def test_links_in_the_reference_are_reached_with_ctrl_arrows_and_opened_with_enter(ready: AssessmentWindow,
                                                                                   qtbot) -> None:  # noqa: ANN001
    reference = ready.reference
    reference.setFocus()
    assert len(reference.links()) >= 3
    qtbot.keyClick(reference, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    first = reference.textCursor().selectedText()
    assert first and QApplication.focusWidget() is reference
    assert reference.folded == set()
    qtbot.keyClick(reference, Qt.Key.Key_Return)  # the first link folds its section
    assert len(reference.folded) == 1
    assert QApplication.focusWidget() is reference and reference.textCursor().selectedText() == first.replace("▾", "▸")
    qtbot.keyClick(reference, Qt.Key.Key_Return)
    assert reference.folded == set()
    qtbot.keyClick(reference, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # from the first: the last link
    assert reference.textCursor().selectionStart() == reference.links()[-1][0]
