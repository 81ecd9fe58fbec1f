"""The navigator as a legal manager uses it: the answer of every question at a glance, the whole
question on demand, article and chapter pages, 不适用 for all of an article or chapter in one step,
filters and the context menu."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from checklist.assessment import ActionItem
from checklist.model import Answer
from checklist.store import AssessmentFile
from ui.assessment.article_page import ID_ROLE, QuestionsModel
from ui.assessment.main_window import AssessmentWindow
from ui.assessment.navigator import STATE, TITLE, Conditions, Filter, Kind, NavigatorFilter, NavigatorModel, Role
from ui.assessment.not_applicable import NotApplicableDialog
from ui.session.session import Session
from ui.shared.theme import answer_icon, mark_icon

from .conftest import type_text


def _visible_questions(model) -> list[str]:  # noqa: ANN001
    found = []

    def walk(parent) -> None:  # noqa: ANN001
        for row in range(model.rowCount(parent)):
            index = model.index(row, TITLE, parent)
            if index.data(Role.KIND) == Kind.QUESTION:
                found.append(index.data(Role.ID))
            walk(index)

    walk(QModelIndex())
    return found


def _row(window: AssessmentWindow, node_id: str) -> QModelIndex:
    sidebar = window.sidebar
    return sidebar.proxy.mapFromSource(sidebar.model.index_of(node_id))


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


# -- what a row shows


def test_a_non_compliant_answer_shows_its_own_sign_and_word_not_the_items_level(session: Session) -> None:
    model = NavigatorModel(session)
    row = model.index_of("Q01-1")
    state = row.siblingAtColumn(STATE)
    assert state.data() == "未作答"
    assert state.data(Qt.ItemDataRole.DecorationRole).cacheKey() == answer_icon(None).cacheKey()
    session.file.set_answer("Q01-1", Answer.NON_COMPLIANT)
    session.refresh("Q01-1")
    assert state.data() == "不符合"
    icon = state.data(Qt.ItemDataRole.DecorationRole)
    assert icon.cacheKey() == answer_icon(Answer.NON_COMPLIANT).cacheKey()
    assert icon.cacheKey() != mark_icon(row.data(Role.MARK)).cacheKey()  # not the level of the item
    assert row.data(Qt.ItemDataRole.DecorationRole) is None  # the title column is all text
    assert "不符合" in row.data(Qt.ItemDataRole.ToolTipRole)
    signs = {answer_icon(a).cacheKey() for a in (*Answer, None)}
    assert len(signs) == len(Answer) + 1  # every answer its own sign


def test_articles_and_chapters_show_their_progress(session: Session) -> None:
    model = NavigatorModel(session)
    chapter, article = model.index_of("C2"), model.index_of("A03")
    assert chapter.siblingAtColumn(STATE).data() == "0/3"
    assert article.siblingAtColumn(STATE).data() == "0/2"
    session.file.set_answer("Q03-1", Answer.COMPLIANT)
    session.refresh("Q03-1")
    assert chapter.siblingAtColumn(STATE).data() == "1/3"
    assert article.data(Role.PROGRESS) == (1, 2)
    assert session.chapter_progress("C2") == (1, 3)  # the dashboard counts the same


def test_question_text_is_whole_and_shows_as_far_as_the_column_reaches_at_1920(window: AssessmentWindow,
                                                                               qtbot) -> None:  # noqa: ANN001
    window.resize(1920, 1080)
    _settle()
    tree = window.sidebar.tree
    question = "Q06-1"
    text = window.session.guide.questions[question].text
    row = _row(window, question)
    assert row.data() == text
    rect = tree.visualRect(row)
    shown = tree.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 8)
    assert len(shown.rstrip("…")) > 8, shown
    assert window.sidebar.width() >= 480  # the navigator takes its share of a wide window


def test_full_text_wraps_long_questions_on_as_many_lines_as_they_need(window: AssessmentWindow) -> None:
    window.resize(1024, 700)
    window.split.setSizes([260, 764])
    _settle()
    tree = window.sidebar.tree
    row = _row(window, "Q06-1")
    line = tree.fontMetrics().height()
    assert tree.visualRect(row).height() < 2 * line
    window.sidebar.full_text.click()
    _settle()
    assert tree.wordWrap()
    assert tree.visualRect(row).height() >= 2 * line
    window.sidebar.full_text.click()
    _settle()
    assert tree.visualRect(row).height() < 2 * line


# -- article and chapter pages


def test_selecting_an_article_shows_its_page_and_enter_opens_a_question(window: AssessmentWindow, qtbot) -> None:  # noqa: ANN001
    window.sidebar.tree.setFocus()
    window.sidebar.tree.setCurrentIndex(_row(window, "A03"))
    page = window.overview
    assert window.views.currentWidget() is page
    assert window.sidebar.tree.hasFocus()  # moving in the tree keeps the keys there
    hidden = window.question_id
    qtbot.keyClick(window.sidebar.tree, Qt.Key.Key_1)  # no answer goes to a question out of sight
    assert window.session.answer(hidden) is None and window.session.undo_stack.count() == 0
    assert page.title.text() == "第三条　临床试验审批"
    assert page.guidance.text() == window.session.guide.articles["A03"].guidance.strip()
    assert page.questions_model.rows == ["Q03-1", "Q03-2"]
    assert page.progress_text.text() == "已作答 0/2"
    assert page.items_model.rows == ["V02"]
    answer = page.questions_model.index(0, QuestionsModel.ANSWER)
    assert answer.data() == "未作答"
    assert page.items_model.index(0, 1).data() == window.session.score.items["V02"].status_text()

    page.focus_questions()
    qtbot.keyClick(page.questions, Qt.Key.Key_Down)
    assert page.questions.currentIndex().data(ID_ROLE) == "Q03-2"
    qtbot.keyClick(page.questions, Qt.Key.Key_Return)
    assert window.views.currentIndex() == 0
    assert window.question_id == "Q03-2"
    assert window.sidebar.tree.currentIndex().data(Role.ID) == "Q03-2"
    assert window.page.isAncestorOf(QApplication.focusWidget())  # keys 1–5 answer it at once
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)
    assert window.session.answer("Q03-2") is Answer.NON_COMPLIANT


def test_a_chapter_page_counts_its_questions_and_follows_the_answers(window: AssessmentWindow) -> None:
    window.sidebar.tree.setCurrentIndex(_row(window, "C2"))
    page = window.overview
    assert window.views.currentWidget() is page
    assert page.title.text() == "第二章　研发与注册"
    assert page.questions_model.rows == ["Q03-1", "Q03-2", "Q04-1"]
    assert not page.questions.isColumnHidden(QuestionsModel.ARTICLE)
    window.show_question("Q04-1")
    window.page.choose(Answer.COMPLIANT)
    window.show_overview("C2")
    assert page.progress_text.text() == "已作答 1/3"
    assert page.questions_model.index(2, QuestionsModel.ANSWER).data() == "符合"


# -- 不适用 for a whole article or chapter


def _dialog(window: AssessmentWindow) -> NotApplicableDialog:
    shown = [d for d in window.findChildren(NotApplicableDialog) if d.isVisible()]
    assert len(shown) == 1
    return shown[0]


def test_an_article_set_not_applicable_with_one_reason_is_one_undo_step(window: AssessmentWindow, lhc: Path,
                                                                         qtbot) -> None:  # noqa: ANN001
    session = window.session
    window.show_overview("A06")
    window.overview.na_button.click()
    dialog = _dialog(window)
    assert not dialog.overwrite.isVisible()  # nothing answered yet: nothing to overwrite
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # no reason: refused, said why
    assert dialog.isVisible() and dialog.problem.text() == "请写明不适用的理由。"
    assert session.answer("Q06-1") is None
    type_text(dialog.reason, "本企业不产生危险废物")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    for q in ("Q06-1", "Q06-2"):
        assert (session.answer(q), session.record(q).na_reason) == (Answer.NOT_APPLICABLE, "本企业不产生危险废物")
    assert session.undo_stack.count() == 1
    assert "2 个问题设为不适用" in session.undo_stack.undoText()
    assert window.overview.progress_text.text() == "已作答 2/2"
    assert _row(window, "A06").siblingAtColumn(STATE).data() == "2/2"

    window.undo()
    assert session.answer("Q06-1") is None and session.answer("Q06-2") is None
    assert _row(window, "Q06-2").siblingAtColumn(STATE).data() == "未作答"
    window.redo()
    assert session.answer("Q06-2") is Answer.NOT_APPLICABLE
    window.close()
    with AssessmentFile.open(lhc, "王敏") as f:
        assert f.assessment.records["Q06-1"].na_reason == "本企业不产生危险废物"


def test_a_chapter_keeps_its_answers_unless_told_and_undo_gives_them_back(window: AssessmentWindow,
                                                                          qtbot) -> None:  # noqa: ANN001
    session = window.session
    window.show_question("Q03-1")
    window.page.choose(Answer.PARTIAL)
    before = session.undo_stack.count()

    window.ask_not_applicable("C2")
    dialog = _dialog(window)
    assert dialog.targets() == ["Q03-2", "Q04-1"]  # the answered one is kept by default
    assert not dialog.overwrite.isChecked()
    type_text(dialog.reason, "本年度无研发项目")
    dialog.accept()
    assert session.answer("Q03-1") is Answer.PARTIAL
    assert session.answer("Q03-2") is session.answer("Q04-1") is Answer.NOT_APPLICABLE

    window.ask_not_applicable("C2")  # now every question of the chapter is answered
    dialog = _dialog(window)
    type_text(dialog.reason, "研发已全部外包")
    dialog.accept()
    assert dialog.isVisible() and "请勾选" in dialog.problem.text()
    dialog.overwrite.setChecked(True)
    dialog.accept()
    assert all(session.record(q).na_reason == "研发已全部外包" for q in ("Q03-1", "Q03-2", "Q04-1"))
    assert session.undo_stack.count() == before + 2

    window.undo()
    assert session.answer("Q03-1") is Answer.PARTIAL
    assert session.record("Q04-1").na_reason == "本年度无研发项目"
    window.undo()
    assert session.answer("Q03-1") is Answer.PARTIAL
    assert session.answer("Q03-2") is None and session.answer("Q04-1") is None


# -- filters


def test_filters_narrow_the_tree_to_the_questions_that_have_what_is_asked(qtmodeltester, session: Session) -> None:
    file = session.file
    file.set_answer("Q01-1", Answer.NON_COMPLIANT)
    file.set_answer("Q03-1", Answer.PARTIAL)
    file.set_answer("Q05-1", Answer.COMPLIANT)
    file.add_attachment("Q01-1", Path("营业执照.pdf"), data=b"%PDF-1.7")
    file.add_attachment("Q05-1", Path("许可证.pdf"), data=b"%PDF-1.7")
    file.set_action(ActionItem("Q01-1", "补办变更登记", "法务部 李娜", dt.date(2026, 12, 31)))
    file.set_action(ActionItem("Q03-1", "补充临床试验批件", "研发部 周强"))
    session.refresh("Q01-1")
    proxy = NavigatorFilter()
    proxy.setSourceModel(NavigatorModel(session))
    qtmodeltester.check(proxy, force_py=True)  # the tester watches rows leave and come back from here on

    proxy.set_conditions(Conditions(evidence=True))
    assert _visible_questions(proxy) == ["Q01-1", "Q05-1"]
    proxy.set_conditions(Conditions(action=True))
    assert _visible_questions(proxy) == ["Q01-1", "Q03-1"]
    proxy.set_conditions(Conditions(owner="研发部 周强"))
    assert _visible_questions(proxy) == ["Q03-1"]
    proxy.set_conditions(Conditions(evidence=True, action=True))
    assert _visible_questions(proxy) == ["Q01-1"]
    proxy.set_conditions(Conditions(evidence=True))
    proxy.set_mode(Filter.GAPS)  # failing only, with evidence
    assert _visible_questions(proxy) == ["Q01-1"]
    proxy.set_mode(Filter.ALL)

    today = dt.date.today()
    proxy.set_conditions(Conditions(since=today))
    assert _visible_questions(proxy) == ["Q01-1", "Q03-1", "Q05-1"]
    proxy.set_conditions(Conditions(since=today + dt.timedelta(days=1)))
    assert _visible_questions(proxy) == []
    assert proxy.rowCount() == 0  # no empty chapters or articles either

    proxy.set_conditions(Conditions(action=True))
    file.set_action(ActionItem("Q03-1"))  # the action taken away: the question leaves at once
    session.refresh("Q03-1")
    assert _visible_questions(proxy) == ["Q01-1"]


def test_the_filter_bar_offers_the_owners_of_the_actions(window: AssessmentWindow) -> None:
    sidebar = window.sidebar
    sidebar.more.click()
    assert sidebar.conditions_box.isVisible()
    assert [sidebar.owner.itemText(i) for i in range(sidebar.owner.count())] == ["任何责任人"]
    window.session.file.set_action(ActionItem("Q05-1", "申请换发许可证", "生产部 陈刚"))
    window.session.refresh("Q05-1")
    assert [sidebar.owner.itemData(i) for i in range(sidebar.owner.count())] == ["", "生产部 陈刚"]
    sidebar.owner.setCurrentIndex(1)
    assert sidebar.more.text() == "筛选（1）"
    assert _visible_questions(sidebar.proxy) == ["Q05-1"]
    sidebar.with_evidence.setChecked(True)
    assert sidebar.stack.currentWidget() is sidebar.empty
    assert "没有符合筛选条件的问题" in sidebar.empty.text()
    sidebar.clear_button.click()
    assert sidebar.more.text() == "筛选"
    assert _visible_questions(sidebar.proxy) == window.session.questions


# -- the context menu


def test_the_context_menu_opens_copies_and_sets_not_applicable(window: AssessmentWindow) -> None:
    sidebar = window.sidebar
    tree = sidebar.tree
    row = _row(window, "Q03-2")
    click = tree.visualRect(row).center()  # a right click names its row
    QApplication.sendEvent(tree.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, click,
                                                              tree.viewport().mapToGlobal(click)))
    assert sidebar.context_menu.isVisible()
    assert [a.text() for a in sidebar.context_menu.actions() if not a.isSeparator()] == [
        "打开", "查看条文", "本条全部设为不适用…", "本章全部设为不适用…", "复制问题编号"]
    assert tree.currentIndex().data(Role.ID) == "Q03-2"
    sidebar.context_menu.close()

    tree.setFocus()
    tree.setCurrentIndex(_row(window, "A03"))
    corner = QPoint(1, 1)  # where Qt puts the menu key's event is no row
    menu_key = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, corner, tree.mapToGlobal(corner))
    QApplication.sendEvent(tree, menu_key)
    assert sidebar.context_menu.isVisible() and tree.currentIndex().data(Role.ID) == "A03"
    assert not sidebar.copy_action.isEnabled()  # an article has no question number
    sidebar.context_menu.close()

    tree.setCurrentIndex(_row(window, "Q03-2"))
    sidebar.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == "Q03-2"
    sidebar.article_action.trigger()
    assert window.views.currentWidget() is window.overview and window.overview.scope_id == "A03"

    tree.setCurrentIndex(_row(window, "Q03-2"))
    sidebar.article_na_action.trigger()
    dialog = _dialog(window)
    assert dialog.scope_id == "A03" and dialog.targets() == ["Q03-1", "Q03-2"]
    dialog.reject()
    sidebar.chapter_na_action.trigger()
    dialog = _dialog(window)
    assert dialog.scope_id == "C2" and dialog.targets() == ["Q03-1", "Q03-2", "Q04-1"]
    dialog.reject()

    tree.setCurrentIndex(_row(window, "C3"))
    assert window.overview.scope_id == "C3"
    assert not sidebar.copy_action.isEnabled() and not sidebar.article_na_action.isEnabled()
    window.show_view(1)  # the dashboard
    sidebar.open_action.trigger()
    assert window.views.currentWidget() is window.overview and window.overview.scope_id == "C3"


def test_a_file_open_read_only_offers_no_bulk_not_applicable(lhc: Path, qapp) -> None:  # noqa: ANN001
    from ui.assessment.article_page import ArticlePage
    from ui.assessment.sidebar import Sidebar

    session = Session(AssessmentFile.open(lhc, "王敏", read_only=True))
    try:
        sidebar, page = Sidebar(session), ArticlePage(session)
        sidebar.tree.setCurrentIndex(sidebar.proxy.mapFromSource(sidebar.model.index_of("Q03-1")))
        assert sidebar.open_action.isEnabled() and sidebar.copy_action.isEnabled()
        assert not sidebar.article_na_action.isEnabled() and not sidebar.chapter_na_action.isEnabled()
        page.show_scope("A03")
        assert not page.na_button.isEnabled()
        assert page.questions_model.rows == ["Q03-1", "Q03-2"]
    finally:
        session.close()
