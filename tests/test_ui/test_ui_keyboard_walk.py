"""A new assessment from start to report with the keyboard only, on the bundled guide.

Start page → Ctrl+N → wizard (typed fields, Tab, Space, Enter) → 30 answers with the keys 1–5 and
Alt+PgDn, among them 不适用 with a reason confirmed by Enter, a note left with Esc, an action with a
typed due date, one answer undone with Ctrl+Z → Ctrl+R → a real PDF. Then the file is read back.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from checklist.model import Answer
from checklist.store import AssessmentFile
from ui.app import App
from ui.company.wizard import NewAssessmentWizard
from ui.report.report_dialog import ReportDialog
from ui.shared.fonts import FontStatus
from ui.shared.settings import AppSettings

from .conftest import USCC, type_text

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
KEY_ANSWER = {"1": Answer.COMPLIANT, "2": Answer.PARTIAL, "3": Answer.NON_COMPLIANT, "4": Answer.NOT_APPLICABLE,
              "5": Answer.UNSURE}
COMPANY = "杭州走查生物医药有限公司"


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key | str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot, target: QWidget, limit: int = 40) -> None:  # noqa: ANN001
    """Press Tab until ``target`` has the focus, as a user does."""
    for _ in range(limit):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    pytest.fail(f"Tab never reached {target.accessibleName() or type(target).__name__}")


def drive_wizard(wizard: NewAssessmentWizard, qtbot, folder: Path) -> int:  # noqa: ANN001
    wizard.show()  # as exec() does, without blocking the test
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    company = wizard.company
    tab_to(qtbot, company.name)
    type_text(company.name, COMPANY)  # Chinese arrives through the input method
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), USCC)
    assert "校验通过" in company.uscc_state.text()
    press(qtbot, Qt.Key.Key_Return)  # 下一步
    assert wizard.currentPage() is wizard.types
    tab_to(qtbot, wizard.types.boxes["mah"])
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.activities
    tab_to(qtbot, wizard.activities.boxes["clinical_trials"])
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    confirm = wizard.confirm
    assert wizard.currentPage() is confirm
    tab_to(qtbot, confirm.path)
    press(qtbot, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), f"{folder}/")  # a folder: the file goes inside under its default name
    press(qtbot, Qt.Key.Key_Return)  # 创建体检
    return wizard.result()


def test_a_whole_assessment_by_keyboard(qapp: QApplication, tmp_path: Path, told, qtbot,  # noqa: ANN001
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "assessments"  # typed with keys: QTest types ASCII only
    folder.mkdir()
    examples = tmp_path / "examples"
    examples.mkdir()
    app = App(qapp, AppSettings(), FontStatus("Noto Sans CJK SC"), None, examples)  # the bundled guide
    monkeypatch.setattr(NewAssessmentWizard, "exec", lambda wizard: drive_wizard(wizard, qtbot, folder))
    try:
        start = app.show_start()
        qtbot.waitExposed(start)
        start.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is start)
        start.new_button.setFocus()
        press(qtbot, Qt.Key.Key_N, CTRL)
        assert len(app.windows) == 1
        window = next(iter(app.windows.values()))
        path = window.session.file.path
        assert path.parent == folder and path.name.startswith(COMPANY)
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        session, page = window.session, window.page
        assert len(session.questions) > 30

        expected: dict[str, Answer] = {}
        notes: dict[str, str] = {}
        due_question = ""
        undone = ""
        script = "1231512345" "2113121541" "3215123112"  # 30 answers
        for n, key in enumerate(script):
            question = window.question_id
            if n == 3:  # a note, then Esc back to the answers
                tab_to(qtbot, page.note)
                type_text(page.note, "已访谈法务负责人，待补会议纪要")
                press(qtbot, Qt.Key.Key_Escape)
                notes[question] = "已访谈法务负责人，待补会议纪要"
            press(qtbot, key)
            if key == "4":  # 不适用 asks for its reason; Enter confirms it and returns to the answers
                assert focused() is page.reason
                type_text(page.reason, "本企业未开展该项业务")
                press(qtbot, Qt.Key.Key_Return)
            expected[question] = KEY_ANSWER[key]
            if key == "3" and not due_question:  # the first gap: back to it for its action item
                press(qtbot, Qt.Key.Key_PageUp, ALT)
                assert window.question_id == question
                tab_to(qtbot, page.measure)
                type_text(page.measure, "补充合规审查流程")
                press(qtbot, Qt.Key.Key_Tab)
                type_text(page.owner, "法务部")
                press(qtbot, Qt.Key.Key_Tab)
                qtbot.keyClicks(focused(), "2027-03-31")
                press(qtbot, Qt.Key.Key_Escape)
                assert focused() in page.buttons.values()
                press(qtbot, Qt.Key.Key_PageDown, ALT)  # on to the next question with the key for it
                due_question = question
            if n == 20:
                press(qtbot, Qt.Key.Key_Z, CTRL)
                undone = question
                del expected[question]
            assert window.question_id != question or n == 20, f"answer {n + 1} did not move on"
        assert len(expected) == 29 and due_question and undone

        press(qtbot, Qt.Key.Key_R, CTRL)
        dialog = window.findChild(ReportDialog)
        assert dialog is not None
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        out = folder / "walk-report.pdf"
        tab_to(qtbot, dialog.output)
        press(qtbot, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(focused(), str(out))
        with qtbot.wait_signal(dialog.rendered, timeout=60000):
            press(qtbot, Qt.Key.Key_Return)  # 生成报告
        qtbot.waitUntil(lambda: not dialog.running)
        press(qtbot, Qt.Key.Key_Escape)  # the dialog closes
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        press(qtbot, Qt.Key.Key_W, CTRL)  # 关闭: the file is closed
        assert not app.windows
    finally:
        app.close_all()
        QApplication.processEvents()

    stored = AssessmentFile.open(path, "检查")
    try:
        a = stored.assessment
        answers = {q: r.answer for q, r in a.records.items() if r.answer is not None}
        assert answers == expected
        assert undone not in answers
        assert all(a.records[q].na_reason == "本企业未开展该项业务"
                   for q, answer in expected.items() if answer is Answer.NOT_APPLICABLE)
        assert {q: a.records[q].note for q in notes} == notes
        assert [r.note for q, r in a.records.items() if q not in notes and r.note] == []  # no key became text
        action = a.actions[due_question]
        assert (action.measure, action.owner, action.due) == ("补充合规审查流程", "法务部", dt.date(2027, 3, 31))
    finally:
        stored.close()
    assert out.read_bytes().startswith(b"%PDF") and told.opened == [str(out)]
    text = "".join(page.extract_text() or "" for page in PdfReader(out).pages[:3])
    assert COMPANY in text
