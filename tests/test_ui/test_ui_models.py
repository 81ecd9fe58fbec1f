"""Every model the app shows, checked by Qt's own model tester, and what the rows say."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from checklist.model import Answer
from checklist.store import AssessmentFile
from ui.assessment.dashboard import VALUE_ROLE, ChapterModel, TopItemsModel
from ui.assessment.evidence import EvidenceModel
from ui.assessment.navigator import Filter, Kind, NavigatorFilter, NavigatorModel, Role
from ui.assessment.search import TARGET_ROLE, SearchModel
from ui.session.session import Session
from ui.shared.settings import AppSettings, RecentEntry
from ui.start.start_page import RecentModel

from .conftest import make_profile


def test_navigator_model_passes_the_model_tester(qtmodeltester, session: Session) -> None:
    model = NavigatorModel(session)
    qtmodeltester.check(model, force_py=True)
    session.file.set_answer("Q01-1", Answer.NON_COMPLIANT)
    session.refresh("Q01-1")


def test_navigator_shows_chapters_articles_questions_with_state(session: Session) -> None:
    model = NavigatorModel(session)
    chapters = [model.index(r, 0) for r in range(model.rowCount())]
    assert [c.data(Role.KIND) for c in chapters] == [Kind.CHAPTER] * len(chapters)
    assert chapters[0].data().startswith("第一章")
    article = model.index(0, 0, chapters[0])
    assert article.data(Role.KIND) == Kind.ARTICLE and article.data().startswith("第一条")
    question = model.index(0, 0, article)
    assert question.data(Role.ID) == "Q01-1"
    assert question.siblingAtColumn(1).data() == "未作答"
    session.file.set_answer("Q01-1", Answer.NON_COMPLIANT)
    session.refresh("Q01-1")
    assert question.siblingAtColumn(1).data() == "不符合"
    assert question.data(Role.MARK) in ("red", "orange")  # a colour and a shape, and words in the tooltip
    assert "不符合" in question.data(Qt.ItemDataRole.ToolTipRole)  # ToolTipRole


def _visible_questions(model: QAbstractItemModel) -> list[str]:
    """The question ids in the tree, in reading order."""
    found = []

    def walk(parent) -> None:  # noqa: ANN001
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(Role.KIND) == Kind.QUESTION:
                found.append(index.data(Role.ID))
            walk(index)

    walk(QModelIndex())
    return found


def test_profile_hides_questions_that_do_not_apply(tmp_path: Path, sample_guide) -> None:  # noqa: ANN001
    path = tmp_path / "narrow.lhc"
    file = AssessmentFile.create(path, sample_guide, make_profile(sample_guide, frozenset({"device_distributor"})),
                                 "王敏")
    session = Session(file)
    try:
        shown = set(_visible_questions(NavigatorModel(session)))
        assert shown == set(session.questions)
        assert "Q03-1" not in shown  # clinical trials: the company runs none
    finally:
        session.close()


@pytest.mark.parametrize("mode", list(Filter))
def test_navigator_filter_passes_the_model_tester(qtmodeltester, session: Session, mode: Filter) -> None:
    session.file.set_answer("Q01-1", Answer.NON_COMPLIANT)
    session.file.set_answer("Q02-1", Answer.UNSURE)
    session.file.set_answer("Q03-1", Answer.PARTIAL)
    session.refresh("Q01-1")
    proxy = NavigatorFilter()
    proxy.setSourceModel(NavigatorModel(session))
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_mode(mode)  # the tester watches the rows leave and come back
    session.file.set_answer("Q03-2", Answer.NON_COMPLIANT)
    session.refresh("Q03-2")
    proxy.set_mode(Filter.ALL)


def test_filters_pick_the_right_questions(session: Session) -> None:
    session.file.set_answer("Q01-1", Answer.NON_COMPLIANT)
    session.file.set_answer("Q02-1", Answer.UNSURE)
    session.file.set_answer("Q03-1", Answer.PARTIAL)
    session.file.set_answer("Q04-1", Answer.COMPLIANT)
    session.refresh("Q01-1")
    proxy = NavigatorFilter()
    proxy.setSourceModel(NavigatorModel(session))
    proxy.set_mode(Filter.GAPS)
    assert _visible_questions(proxy) == ["Q01-1", "Q03-1"]
    proxy.set_mode(Filter.PENDING)
    assert _visible_questions(proxy) == ["Q02-1"]
    proxy.set_mode(Filter.UNANSWERED)
    assert "Q04-1" not in _visible_questions(proxy) and "Q03-2" in _visible_questions(proxy)
    proxy.set_mode(Filter.RED)
    reds = _visible_questions(proxy)
    assert all(session.question_mark(q) == "red" for q in reds)
    # answering a shown question takes it out of the filter at once
    proxy.set_mode(Filter.UNANSWERED)
    session.file.set_answer("Q03-2", Answer.COMPLIANT)
    session.refresh("Q03-2")
    assert "Q03-2" not in _visible_questions(proxy)


def _answer_five(session: Session) -> None:
    for qid in session.questions[:5]:
        session.file.set_answer(qid, Answer.NON_COMPLIANT)
    session.refresh(session.questions[0])


def test_chapter_model_passes_the_model_tester(qtmodeltester, session: Session) -> None:
    # one model per test, checked once: the tester then follows every later change
    chapters = ChapterModel(session)
    qtmodeltester.check(chapters, force_py=True)
    _answer_five(session)
    assert chapters.index(0, ChapterModel.PROGRESS).data() == "2/2"


def test_top_items_model_passes_the_model_tester(qtmodeltester, session: Session) -> None:
    top = TopItemsModel(session)
    qtmodeltester.check(top, force_py=True)
    _answer_five(session)
    gains = [top.index(r, TopItemsModel.GAIN).data(VALUE_ROLE) for r in range(top.rowCount())]
    assert gains == sorted(gains, reverse=True)
    assert top.rowCount() == len(session.score.top_items())


def test_evidence_model_passes_the_model_tester(qtmodeltester, session: Session, tmp_path: Path) -> None:
    model = EvidenceModel(session)
    model.show_question("Q01-1")
    qtmodeltester.check(model, force_py=True)
    evidence = tmp_path / "营业执照.pdf"
    evidence.write_bytes(b"%PDF-1.4 test")
    session.file.add_attachment("Q01-1", evidence)
    session.refresh("Q01-1")
    assert model.rowCount() == 1 and "营业执照.pdf" in model.index(0, 0).data()


def test_search_model_finds_articles_items_questions_and_laws(qtmodeltester, session: Session) -> None:
    model = SearchModel(session)
    qtmodeltester.check(model, force_py=True)
    model.set_query("药品管理法")
    kinds = {model.index(r, 0).data().split("］")[0] for r in range(model.rowCount())}
    assert "［法规" in kinds
    model.set_query("临床试验")
    targets = {model.index(r, 0).data(TARGET_ROLE) for r in range(model.rowCount())}
    assert targets <= set(session.questions) and targets
    model.set_query("没有这样的词")
    assert model.rowCount() == 0


def test_recent_model_passes_the_model_tester(qtmodeltester, tmp_path: Path) -> None:
    settings = AppSettings()
    model = RecentModel(settings)
    qtmodeltester.check(model, force_py=True)
    present = tmp_path / "a.lhc"
    present.write_bytes(b"")
    settings.remember(RecentEntry(str(tmp_path / "gone.lhc"), "乙公司"))
    settings.remember(RecentEntry(str(present), "甲公司", assessed="2026-11-28", index=82.44, provisional=False,
                                  level="yellow", answered=12, questions=12))
    model.reload()
    assert model.index(0, RecentModel.COMPANY).data() == "甲公司"
    assert model.index(0, RecentModel.DATE).data() == "2026年11月28日"
    assert model.index(0, RecentModel.INDEX).data() == "82.4"
    assert model.index(0, RecentModel.LEVEL).data() == "一般风险"
    assert "已移动或删除" in model.index(1, RecentModel.FILE).data()
    assert model.index(1, RecentModel.INDEX).data() == "尚未作答"
