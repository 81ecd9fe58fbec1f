"""The whole loop through the real widgets: wizard, keyboard answers, dashboard, undo, close, reopen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QWizard

from checklist.model import Answer, Level
from checklist.store import AssessmentFile
from ui.app import App
from ui.assessment.main_window import AssessmentWindow
from ui.company.wizard import NewAssessmentWizard

from .conftest import USCC, type_text


def drive_wizard(wizard: NewAssessmentWizard, qtbot, target: Path) -> int:  # noqa: ANN001
    """Fill the wizard the way a user does, with the keyboard."""
    wizard.show()
    qtbot.waitExposed(wizard)
    company = wizard.company
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # name and code are required
    type_text(company.name, "杭州示例生物医药有限公司")
    qtbot.keyClicks(company.uscc, USCC[:-1] + "Y")  # a wrong check character
    assert company.uscc_state.isVisible()
    assert "第 18 位应为“X”" in company.uscc_state.text()
    assert not next_button.isEnabled()
    qtbot.keyClick(company.uscc, Qt.Key.Key_Backspace)
    qtbot.keyClicks(company.uscc, "x")  # lower case as pasted: normalised
    assert "校验通过" in company.uscc_state.text()
    assert next_button.isEnabled()
    wizard.next()

    types = wizard.types
    assert not next_button.isEnabled()  # at least one business type
    box = types.boxes["mah"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked() and next_button.isEnabled()
    wizard.next()

    activities = wizard.activities
    for fact in ("clinical_trials", "hazardous_waste"):
        activities.boxes[fact].setFocus()
        qtbot.keyClick(activities.boxes[fact], Qt.Key.Key_Space)
    assert activities.boxes["clinical_trials"].toolTip()  # the guide's explanation
    wizard.next()

    assert wizard.currentPage() is wizard.engagement  # for a firm's client only: a company skips it
    wizard.next()

    confirm = wizard.confirm
    assert "适用" in confirm.counts.text() and "个问题" in confirm.counts.text()
    assert confirm.path.text().endswith(".lhc")
    confirm.path.setText(str(target))
    wizard.button(QWizard.WizardButton.CommitButton if confirm.isCommitPage() and
                  wizard.button(QWizard.WizardButton.CommitButton).isVisible()
                  else QWizard.WizardButton.FinishButton).click()
    if wizard.isVisible():
        wizard.button(QWizard.WizardButton.FinishButton).click()
    return wizard.result()


def press(window: AssessmentWindow, qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def test_create_answer_undo_close_reopen(app: App, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "新体检.lhc"
    monkeypatch.setattr(NewAssessmentWizard, "exec", lambda wizard: drive_wizard(wizard, qtbot, target))
    start = app.show_start()
    qtbot.waitExposed(start)
    assert start.stack.currentWidget() is start.empty  # nothing recent yet: say what to do
    window = app.new_assessment(start)
    assert window is not None and target.is_file()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert app.start is None  # the start page gives way to the assessment

    session = window.session
    assert window.dashboard.index_label.text() == "尚未作答"
    assert "已保存" in window.windowTitle() and target.name in window.windowTitle()
    first = window.question_id
    assert first == session.questions[0]

    press(window, qtbot, Qt.Key.Key_3)  # 不符合, and on to the next question without a click
    assert session.answer(first) is Answer.NON_COMPLIANT
    second = window.question_id
    assert second == session.questions[1]
    after_one = window.dashboard.index_label.text()
    assert after_one not in ("尚未作答", "")
    assert window.summary.progress_text.text() == f"· 已答 1/{len(session.questions)}"  # beside the index
    assert window.summary.level.text() == "尚待评估"  # one answer is not enough for an overall level

    press(window, qtbot, Qt.Key.Key_1)  # 符合
    press(window, qtbot, Qt.Key.Key_2)  # 部分符合
    third = session.questions[2]
    assert session.answer(second) is Answer.COMPLIANT
    assert session.answer(third) is Answer.PARTIAL
    assert window.dashboard.progress_label.text() == f"3 / {len(session.questions)} 题"
    assert window.dashboard.index_label.text() == f"{session.score.index:.1f}"
    assert after_one == "0.0"  # the one item assessed so far fails on its one answer; the rest are unknown

    press(window, qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the last answer
    assert session.answer(third) is None
    assert window.dashboard.progress_label.text() == f"2 / {len(session.questions)} 题"
    index_after_undo = window.dashboard.index_label.text()
    window.close()
    with AssessmentFile.open(target, "王敏") as again:  # closed with its window: editable elsewhere again
        assert not again.read_only

    # the start page now lists the file with its cached summary
    start = app.start
    assert start is not None and start.isVisible()
    assert start.model.rowCount() == 1
    assert start.model.entry(0).answered == 2

    reopened = app.open_path(target)
    assert reopened is not None
    s = reopened.session
    assert (s.answer(first), s.answer(second), s.answer(third)) == (Answer.NON_COMPLIANT, Answer.COMPLIANT, None)
    assert reopened.dashboard.index_label.text() == index_after_undo
    assert reopened.question_id == third  # the first question not answered yet


def test_not_applicable_asks_for_a_reason_inline(window: AssessmentWindow, qtbot) -> None:  # noqa: ANN001
    session = window.session
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    question = window.question_id
    press(window, qtbot, Qt.Key.Key_4)
    assert window.page.reason_box.isVisible()
    assert window.page.reason.hasFocus()
    assert session.answer(question) is None  # nothing written without a reason
    qtbot.keyClick(window.page.reason, Qt.Key.Key_Return)
    assert "请写明理由" in window.page.reason_problem.text()
    assert window.question_id == question
    type_text(window.page.reason, "本企业未设分支机构")
    qtbot.keyClick(window.page.reason, Qt.Key.Key_Return)
    assert session.answer(question) is Answer.NOT_APPLICABLE
    assert session.record(question).na_reason == "本企业未设分支机构"
    assert window.question_id != question  # moved on
    # Esc takes the request back when nothing was written
    other = window.question_id
    press(window, qtbot, Qt.Key.Key_4)
    qtbot.keyClick(window.page.reason, Qt.Key.Key_Escape)
    assert not window.page.reason_box.isVisible()
    assert session.answer(other) is None


def test_typing_a_note_saves_it_and_undoes_in_one_step(window: AssessmentWindow, qtbot) -> None:  # noqa: ANN001
    session = window.session
    question = window.question_id
    window.page.note.setFocus()
    type_text(window.page.note, "已查阅")
    qtbot.keyClicks(window.page.note, "2025")
    type_text(window.page.note, "年度股东会决议")
    assert "正在保存" in window.windowTitle()
    qtbot.waitUntil(lambda: session.record(question).note == "已查阅2025年度股东会决议", timeout=3000)
    assert "已保存" in window.windowTitle()
    assert session.undo_stack.count() == 1
    window.undo_action.trigger()
    assert session.record(question).note == ""
    assert window.page.note.toPlainText() == ""


def test_action_item_appears_on_a_gap(window: AssessmentWindow, qtbot) -> None:  # noqa: ANN001
    session = window.session
    question = window.question_id
    assert not window.page.action_box.isVisible()
    window.page.choose(Answer.NON_COMPLIANT)
    window.show_question(question)
    assert window.page.action_box.isVisible()
    window.page.owner.setFocus()
    type_text(window.page.owner, "法务部 李雷")
    window.page.suggest.click()  # flushes the owner first, then adds the guide's advice
    action = session.action(question)
    assert action.owner == "法务部 李雷"
    assert action.measure  # the remediation advice


def test_next_unanswered_and_search(window: AssessmentWindow, qtbot) -> None:  # noqa: ANN001
    session = window.session
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for _ in range(3):
        press(window, qtbot, Qt.Key.Key_1)
    window.show_question(session.questions[0])
    press(window, qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.question_id == session.questions[3]

    press(window, qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.search.hasFocus()
    type_text(window.sidebar.search, "危险废物")
    assert window.sidebar.stack.currentWidget() is window.sidebar.results
    qtbot.keyClick(window.sidebar.search, Qt.Key.Key_Return)
    assert "危险废物" in session.guide.questions[window.question_id].text or \
        any("危险废物" in session.guide.items[i].title for i in session.items_of(window.question_id))
    qtbot.keyClick(window.sidebar.search, Qt.Key.Key_Escape)
    assert window.sidebar.stack.currentWidget() is window.sidebar.tree


def test_filter_shows_what_is_left(window: AssessmentWindow) -> None:
    from ui.assessment.navigator import Filter

    window.sidebar.set_filter(Filter.GAPS)
    assert window.sidebar.stack.currentWidget() is window.sidebar.empty
    assert "没有回答为" in window.sidebar.empty.text()
    window.sidebar.set_filter(Filter.UNANSWERED)
    assert window.sidebar.stack.currentWidget() is window.sidebar.tree


def test_dashboard_item_leads_to_its_question(window: AssessmentWindow) -> None:
    window.page.choose(Answer.NON_COMPLIANT)
    window.show_view(1)
    assert window.views.currentWidget() is window.dashboard
    assert window.dashboard.top_view.isVisible()
    item = window.dashboard.top_items.item_id(0)
    window.dashboard.itemActivated.emit(item)
    assert window.views.currentIndex() == 0
    assert window.question_id in window.session.guide.items[item].question_ids


def test_reference_shows_guidance_items_and_law_and_folds(window: AssessmentWindow) -> None:
    view = window.reference
    text = view.toPlainText()
    assert "条文指引" in text and "法律依据" in text and "《中华人民共和国" in text
    view.toggle("basis")
    assert "《中华人民共和国" not in view.toPlainText()
    view.toggle("basis")
    view.selectAll()
    view.copy()
    assert "法律后果" in QApplication.clipboard().text()


def test_reference_shows_the_law_status_and_the_whole_article_on_request(window: AssessmentWindow) -> None:
    window.show_question("Q06-1")  # its item cites the Solid Waste Law, repealed after the sample's effective date
    view = window.reference
    text = view.toPlainText()
    assert "法律状态截至 2025年12月31日（指引 0.1.0 版）" in text
    assert "《中华人民共和国固体废物污染环境防治法》已于2026年8月15日废止（中华人民共和国生态环境法典）" in text
    assert "产生危险废物的单位，应当按照国家有关规定和环境保护标准要求贮存" not in text  # not part of the quote
    refs = view._refs()
    waste = next(n for n, (_, ref) in enumerate(refs) if ref.law_id == "guti-feiwu-wuran-huanjing-fangzhi-fa"
                 and ref.article == 78)
    view.anchorClicked.emit(QUrl(f"article:{waste}"))
    assert "第七十八条 产生危险废物的单位，应当按照国家有关规定制定危险废物管理计划" in view.toPlainText()
    assert "收起条文全文" in view.toPlainText()
    window.show_question("Q05-1")
    assert "收起条文全文" not in view.toPlainText()


def test_a_file_of_the_previous_format_opens_upgraded_with_a_banner_naming_the_backup(app: App, tmp_path: Path) -> None:
    import shutil

    from tests.helpers import FIXTURES

    old = tmp_path / "旧版.lhc"
    shutil.copyfile(FIXTURES / "guide-1.0" / "drug-manufacturer-1.0.lhc", old)
    window = app.open_path(old)
    assert window is not None and not window.session.read_only
    assert window.banner.isVisible()
    assert "旧版.lhc.v1.bak" in window.banner.text.text()
    assert (tmp_path / "旧版.lhc.v1.bak").is_file()
    window.close()


def test_opening_an_open_file_focuses_its_window(app: App, window: AssessmentWindow) -> None:
    again = app.open_path(window.session.file.path)
    assert again is window
    assert len(app.windows) == 1


def test_a_file_open_elsewhere_opens_read_only_with_a_banner(app: App, lhc: Path) -> None:
    with AssessmentFile.open(lhc, "另一位同事"):
        window = app.open_path(lhc)
        assert window is not None
        assert window.session.read_only
        assert window.banner.isVisible() and "只读" in window.banner.text.text()
        assert not window.page.buttons[Answer.COMPLIANT].isEnabled()
        assert "只读" in window.windowTitle()
        window.close()


@pytest.mark.parametrize("content, words", [
    (b"", "空的"),
    (b"%PDF-1.7 not an assessment", "PDF"),
    (b"SQLite format 3\x00" + b"\x00" * 200, "已损坏"),
])
def test_bad_files_get_plain_words(app: App, told, tmp_path: Path, content: bytes, words: str) -> None:  # noqa: ANN001
    bad = tmp_path / "坏文件.lhc"
    bad.write_bytes(content)
    assert app.open_path(bad) is None
    title, message, advice = told.messages[-1]
    assert title == "无法打开体检文件"
    assert words in message
    assert "Traceback" not in message and str(bad) in advice


def test_a_failed_write_shows_the_message_and_the_stored_state(window: AssessmentWindow,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from checklist import store

    question = window.question_id

    def disk_full(change) -> None:  # noqa: ANN001
        raise store.diagnosis._write_error(sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(window.session.file, "_write", disk_full)
    window.page.choose(Answer.NON_COMPLIANT)
    assert window.error_banner.isVisible()
    assert "磁盘空间不足" in window.error_banner.text.text()
    assert window.question_id == question  # did not move on
    assert not window.page.buttons[Answer.NON_COMPLIANT].isChecked()
    assert window.dashboard.index_label.text() == "尚未作答"


def test_profile_change_recounts_what_applies_and_undoes(window: AssessmentWindow, qtbot) -> None:  # noqa: ANN001
    from ui.company.profile_dialog import ProfileDialog

    session = window.session
    before = list(session.questions)
    window.show_question("Q03-1")  # clinical trials
    window.edit_profile()
    dialog = window.findChild(ProfileDialog)
    assert dialog is not None
    for fact in ("clinical_trials", "mah"):  # V02 applies to a MAH or to clinical trials
        dialog.activities.boxes.get(fact, dialog.types.boxes.get(fact)).setChecked(False)
    assert "变为" in dialog.scope.text()
    dialog.accept()
    assert "Q03-1" not in session.questions and len(session.questions) < len(before)
    assert window.question_id in session.questions  # moved off the question that no longer applies
    assert window.sidebar.model.index_of("Q03-1").isValid() is False
    window.undo_action.trigger()
    assert session.questions == before
    assert window.sidebar.model.index_of("Q03-1").isValid()


def test_answer_keys_work_from_the_navigator_but_not_in_text(window: AssessmentWindow, qtbot) -> None:  # noqa: ANN001
    session = window.session
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.sidebar.tree.setFocus()
    first = window.question_id
    qtbot.keyClick(window.sidebar.tree, Qt.Key.Key_5)
    assert session.answer(first) is Answer.UNSURE
    second = window.question_id
    window.page.note.setFocus()
    qtbot.keyClick(window.page.note, Qt.Key.Key_2)  # a digit typed into the note stays in the note
    assert session.answer(second) is None
    assert window.page.note.toPlainText() == "2"


def test_evidence_opens_as_a_temporary_copy(window: AssessmentWindow, told, tmp_path: Path) -> None:  # noqa: ANN001
    source = tmp_path / "制度汇编.pdf"
    source.write_bytes(b"%PDF-1.4 policies")
    window.page.evidence.add(source)
    assert window.page.evidence.model.rowCount() == 1
    window.page.evidence.open(0)
    opened = Path(told.opened[-1])
    assert opened != source and opened.name == source.name
    assert opened.read_bytes() == source.read_bytes()
    window.page.evidence.remove(0)
    assert window.page.evidence.model.rowCount() == 0
    window.undo_action.trigger()
    assert window.page.evidence.model.rowCount() == 1


def test_a_file_from_a_newer_version_says_to_upgrade(app: App, told, lhc: Path) -> None:  # noqa: ANN001
    import sqlite3

    conn = sqlite3.connect(lhc)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    assert app.open_path(lhc) is None
    assert "升级" in told.messages[-1][1]


def test_scoring_help_is_written_from_the_guide_in_use(app: App, window: AssessmentWindow, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QTextBrowser

    window.requests.scoring_help.emit(window)  # Help › 评分方法
    browsers = [b for b in window.findChildren(QTextBrowser) if b.accessibleName() == "评分方法"]
    text = browsers[0].toPlainText()
    params = window.session.guide.scoring
    assert f"风险值 ≥ {params.item_level_min_risk[Level.RED]:g}" in text
    assert "4 严重" in text and "罚款上限不低于 100 万元" in text
    assert f"{window.session.guide.meta.version} 版" in text
    assert f"每一章适用的问题中已作答的不少于 {params.level_min_answered * 100:g}%" in text
    assert "未评估：事项的适用问题都还没有作答时" in text


def test_a_question_suggests_its_own_advice_and_cites_only_law_that_concerns_the_company(app, tmp_path, qtbot):  # noqa: ANN001
    import shutil

    from tests.helpers import ROOT

    path = tmp_path / "启衡生物.lhc"
    shutil.copyfile(ROOT / "examples" / "biotech-startup.lhc", path)  # a drug developer running a clinical trial
    window = app.open_path(path)
    assert window is not None
    qtbot.waitExposed(window)
    guide = window.session.guide
    window.show_question("Q14-1")
    html = window.reference.render_html()
    item_laws = {ref.law_id for kind, ref in window.reference._refs() if kind != "条文依据"}
    assert "yaopin-guanli-fa" in item_laws and not any(law.startswith("yiliao-qixie") for law in item_laws)
    assert guide.questions["Q14-1"].advice[0] in html
    window.show_question("Q20-4")  # answered 部分符合, no measure of its own for this check
    assert window.page._suggestion() == guide.questions["Q20-4"].advice[0]
