"""The action register window: the actions of a real assessment, filters, sorting, Enter to the question,
live updates while answering, and the Excel export."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from checklist.actions import register
from checklist.assessment import ActionItem, ActionStatus
from tests.helpers import ROOT
from ui.actions.register_window import ActionRegisterModel, ActionRegisterWindow
from ui.session.commands import ActionCommand

DAY = dt.date(2027, 1, 1)


@pytest.fixture
def example(tmp_path):
    path = tmp_path / "biotech-startup.lhc"
    shutil.copy(ROOT / "examples" / "biotech-startup.lhc", path)
    return path


@pytest.fixture
def assessment_window(app, example, qtbot):
    win = app.open_path(example)
    assert win is not None
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def register_window(assessment_window, qtbot):
    assessment_window.open_action_register()
    reg = assessment_window.findChild(ActionRegisterWindow)
    reg.today = reg.model.today = lambda: DAY  # overdue judged on a fixed day
    reg.reload()
    qtbot.waitExposed(reg)
    return reg


def column(reg, col):
    return [reg.proxy.index(r, col).data() for r in range(reg.proxy.rowCount())]


def test_the_register_shows_every_action_of_the_file(register_window, assessment_window):
    reg = register_window
    expected = register(assessment_window.session.assessment, DAY)
    assert column(reg, ActionRegisterModel.ID) == [r.question_id for r in expected]
    assert reg.model.headers() == ["编号", "问题", "措施", "负责人", "期限", "状态", "逾期"]
    first = expected[0]
    assert reg.proxy.index(0, ActionRegisterModel.OWNER).data() == first.owner
    assert reg.proxy.index(0, ActionRegisterModel.DUE).data() == f"{first.due.year}年{first.due.month}月{first.due.day}日"
    assert str(len(expected)) in reg.summary.text()


def test_overdue_filter_and_sorting(register_window, qtbot):
    reg = register_window
    late = [r.question_id for r in reg.model.rows if r.overdue]
    assert late
    reg.overdue.setChecked(True)
    assert column(reg, ActionRegisterModel.ID) == late
    assert set(column(reg, ActionRegisterModel.OVERDUE)) == {"已逾期"}
    reg.overdue.setChecked(False)

    reg.table.sortByColumn(ActionRegisterModel.DUE, Qt.SortOrder.AscendingOrder)
    dues = [r.due for r in reg.shown_rows()]
    dated = [d for d in dues if d is not None]
    assert dated == sorted(dated) and dues[:len(dated)] == dated  # undated last
    reg.table.sortByColumn(ActionRegisterModel.DUE, Qt.SortOrder.DescendingOrder)
    dues = [r.due for r in reg.shown_rows()]
    dated = [d for d in dues if d is not None]
    assert dated == sorted(dated, reverse=True) and dues[:len(dated)] == dated

    reg.table.sortByColumn(ActionRegisterModel.OWNER, Qt.SortOrder.AscendingOrder)
    names = [r.owner for r in reg.shown_rows() if r.owner]
    assert names == sorted(names)

    owner = reg.model.rows[0].owner
    reg.owner.setCurrentIndex(reg.owner.findData(owner))
    assert {r.owner for r in reg.shown_rows()} == {owner}
    reg.owner.setCurrentIndex(0)
    reg.status.setCurrentIndex(reg.status.findText("已完成"))
    assert {r.status for r in reg.shown_rows()} <= {ActionStatus.DONE}
    reg.status.setCurrentIndex(0)
    qid = reg.model.rows[3].question_id
    qtbot.keyClicks(reg.search, qid.lower())
    assert column(reg, ActionRegisterModel.ID) == [qid]


def test_enter_shows_the_question_in_the_assessment_window(register_window, assessment_window, qtbot):
    reg = register_window
    target = reg.model.rows[5].question_id
    assert assessment_window.question_id != target
    reg.select(target)
    reg.table.setFocus()
    with qtbot.waitSignal(reg.questionChosen) as chosen:
        qtbot.keyClick(reg.table, Qt.Key.Key_Return)
    assert chosen.args == [target]
    assert assessment_window.question_id == target
    assert assessment_window.page.question_id == target

    other = reg.model.rows[1].question_id
    reg.select(other)
    rect = reg.table.visualRect(reg.table.currentIndex())
    qtbot.mouseClick(reg.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(reg.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert assessment_window.question_id == other


def test_a_changed_action_shows_at_once_and_undo_takes_it_back(register_window, assessment_window):
    reg = register_window
    session = assessment_window.session
    qid = next(q for q in session.questions if q not in session.assessment.actions)
    before = reg.proxy.rowCount()
    session.push(ActionCommand(session, ActionItem(qid, "补充签署保密协议", "人事部 周敏", dt.date(2026, 12, 1)), "measure"))
    assert reg.proxy.rowCount() == before + 1
    row = next(r for r in reg.shown_rows() if r.question_id == qid)
    assert (row.owner, row.overdue) == ("人事部 周敏", True)
    assert reg.owner.findData("人事部 周敏") >= 0  # the new owner can be chosen
    session.undo()
    assert reg.proxy.rowCount() == before
    assert qid not in column(reg, ActionRegisterModel.ID)


def test_excel_export_keeps_dates_as_dates_with_the_header_frozen(register_window, tmp_path, monkeypatch):
    import openpyxl

    reg = register_window
    reg.overdue.setChecked(True)
    out = tmp_path / "清单.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    reg.export_button.click()
    book = openpyxl.load_workbook(out)
    sheet = book.active
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref.startswith("A1:")
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["编号", "条文", "问题"] and "完成期限" in header and "逾期" in header
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    shown = reg.shown_rows()
    assert [r[0] for r in rows] == [r.question_id for r in shown]  # what the filter shows, in its order
    due = header.index("完成期限")
    assert all(isinstance(r[due], dt.datetime) for r in rows)  # a date cell, not text
    assert [r[due].date() for r in rows] == [r.due for r in shown]
    assert {r[header.index("逾期")] for r in rows} == {"已逾期"}
    assert "已导出" in reg.banner.text.text()


def test_the_menu_opens_one_register_and_closing_the_window_closes_it(assessment_window, qtbot):
    action = assessment_window.register_action
    assert action.shortcut().toString() == "Ctrl+Shift+A"
    action.trigger()
    action.trigger()
    windows = assessment_window.findChildren(ActionRegisterWindow)
    assert len(windows) == 1 and windows[0].isVisible()
    assessment_window.close()
    assert not windows[0].isVisible()


def test_the_file_menu_prints_the_blank_questionnaire_and_asks_before_replacing(assessment_window, told, qtbot,
                                                                                 tmp_path):
    from ui.report.worksheet_dialog import WorksheetDialog

    assessment_window.questionnaire_action.trigger()
    dialog = assessment_window.findChild(WorksheetDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "打印空白问卷"
    assert dialog.output.text().endswith("-空白问卷.pdf")
    out = tmp_path / "问卷.pdf"
    dialog.output.setText(str(out))
    with qtbot.wait_signal(dialog.written, timeout=120000):
        dialog.start()
        assert dialog.running and dialog.progress.isVisible() and not dialog.make_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.running)
    assert out.read_bytes().startswith(b"%PDF") and told.opened == [str(out)]

    out.write_bytes(b"earlier")
    dialog.start()  # the same name again: asked first, nothing written yet
    assert not dialog.running and "已存在" in dialog.banner.text.text()
    assert out.read_bytes() == b"earlier"
    with qtbot.wait_signal(dialog.written, timeout=120000):
        dialog.banner.action_button.click()  # 替换
    qtbot.waitUntil(lambda: not dialog.running)
    assert out.read_bytes().startswith(b"%PDF")


def test_the_document_list_as_excel_from_the_file_menu(assessment_window, qtbot, tmp_path):
    import openpyxl

    from ui.report.worksheet_dialog import WorksheetDialog

    assessment_window.documents_action.trigger()
    dialog = assessment_window.findChild(WorksheetDialog)
    dialog.xlsx.setChecked(True)
    assert dialog.output.text().endswith("-资料清单.xlsx")
    out = tmp_path / "资料.xlsx"
    dialog.output.setText(str(out))
    with qtbot.wait_signal(dialog.written, timeout=60000):
        dialog.start()
    qtbot.waitUntil(lambda: not dialog.running)
    sheet = openpyxl.load_workbook(out).active
    assert [c.value for c in sheet[1]][:4] == ["已备", "章", "条文", "资料"] and sheet.max_row > 50
