"""The action register: every action with its owner, due date and status; overdue on a given day; filters
and orders the app and the command line share."""

import datetime as dt

import pytest

from checklist.actions import NO_OWNER, ActionFilter, SortKey, counts, is_overdue, owners, register, sort_rows
from checklist.assessment import ActionItem, ActionStatus
from checklist.model import Answer
from checklist.profile import CompanyProfile
from checklist.store import AssessmentFile
from tests.helpers import ROOT

PROFILE = CompanyProfile("杭州示例生物科技有限公司", "91330100MA27XYW12A", frozenset({"mah", "clinical_trials"}))
DAY = dt.date(2026, 12, 1)


@pytest.fixture
def assessment(tmp_path, sample_guide):
    with AssessmentFile.create(tmp_path / "a.lhc", sample_guide, PROFILE, "王敏") as f:
        f.set_answer("Q01-1", Answer.PARTIAL)
        f.set_action(ActionItem("Q01-1", "补办住所变更登记", "法务部 李娜", dt.date(2026, 11, 30), ActionStatus.IN_PROGRESS))
        f.set_action(ActionItem("Q03-1", "补签知情同意书", "临床部 周峰", dt.date(2027, 3, 31)))
        f.set_action(ActionItem("Q04-1", "建立原始记录制度", "", None, ActionStatus.OPEN))
        f.set_action(ActionItem("Q02-1", "完成年报补报", "法务部 李娜", dt.date(2026, 10, 1), ActionStatus.DONE))
        return f.assessment


def test_every_recorded_action_is_a_row_in_the_guide_order(assessment, sample_guide):
    rows = register(assessment, DAY)
    assert [r.question_id for r in rows] == ["Q01-1", "Q02-1", "Q03-1", "Q04-1"]
    first = rows[0]
    q = sample_guide.questions["Q01-1"]
    assert (first.article_id, first.question_text, first.answer) == (q.article_id, q.text, Answer.PARTIAL)
    assert first.article_label == sample_guide.articles[q.article_id].label
    assert first.item_ids == sample_guide.items_for_question("Q01-1")
    assert (first.measure, first.owner, first.due, first.status) == (
        "补办住所变更登记", "法务部 李娜", dt.date(2026, 11, 30), ActionStatus.IN_PROGRESS)
    assert first.changed_by == "王敏" and first.changed_at is not None


def test_overdue_means_past_its_date_and_not_done():
    late = ActionItem("Q01-1", "x", due=dt.date(2026, 11, 30))
    assert is_overdue(late, DAY)
    assert not is_overdue(late, dt.date(2026, 11, 30))  # due today is not late yet
    assert not is_overdue(ActionItem("Q01-1", "x", due=dt.date(2026, 11, 30), status=ActionStatus.DONE), DAY)
    assert not is_overdue(ActionItem("Q01-1", "x"), DAY)  # no date, never overdue


def test_the_overdue_filter_keeps_late_unfinished_actions(assessment):
    rows = register(assessment, DAY)
    assert [r.question_id for r in ActionFilter(overdue_only=True).apply(rows)] == ["Q01-1"]
    later = register(assessment, dt.date(2027, 4, 1))
    assert [r.question_id for r in ActionFilter(overdue_only=True).apply(later)] == ["Q01-1", "Q03-1"]
    assert counts(later).overdue == 2


def test_filters_by_status_owner_and_text(assessment):
    rows = register(assessment, DAY)
    assert [r.question_id for r in ActionFilter(statuses=frozenset({ActionStatus.OPEN})).apply(rows)] == [
        "Q03-1", "Q04-1"]
    assert [r.question_id for r in ActionFilter(owner="法务部 李娜").apply(rows)] == ["Q01-1", "Q02-1"]
    assert [r.question_id for r in ActionFilter(owner=NO_OWNER).apply(rows)] == ["Q04-1"]
    assert [r.question_id for r in ActionFilter(text="知情同意").apply(rows)] == ["Q03-1"]
    assert [r.question_id for r in ActionFilter(text="q04").apply(rows)] == ["Q04-1"]  # ids in any case
    both = ActionFilter(statuses=frozenset({ActionStatus.OPEN}), owner="法务部 李娜")
    assert both.apply(rows) == []
    assert owners(rows) == ["临床部 周峰", "法务部 李娜"]
    c = counts(rows)
    assert (c.total, c.open, c.in_progress, c.done, c.overdue) == (4, 2, 1, 1, 1)


def test_sorting_puts_missing_values_last_either_way(assessment):
    rows = register(assessment, DAY)
    by_due = [r.question_id for r in sort_rows(rows, SortKey.DUE)]
    assert by_due == ["Q02-1", "Q01-1", "Q03-1", "Q04-1"]
    assert [r.question_id for r in sort_rows(rows, SortKey.DUE, descending=True)] == [
        "Q03-1", "Q01-1", "Q02-1", "Q04-1"]
    assert [r.question_id for r in sort_rows(rows, SortKey.OWNER)][-1] == "Q04-1"
    assert [r.question_id for r in sort_rows(rows, SortKey.OWNER, descending=True)][-1] == "Q04-1"
    assert [r.status for r in sort_rows(rows, SortKey.STATUS)] == [
        ActionStatus.OPEN, ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE]
    assert sort_rows(rows, SortKey.OVERDUE)[0].question_id == "Q01-1"
    assert [r.question_id for r in sort_rows(rows, SortKey.QUESTION, descending=True)] == [
        "Q04-1", "Q03-1", "Q02-1", "Q01-1"]


def test_an_emptied_action_leaves_the_register(tmp_path, sample_guide):
    with AssessmentFile.create(tmp_path / "b.lhc", sample_guide, PROFILE, "王敏") as f:
        f.set_action(ActionItem("Q01-1", "补办", "李娜"))
        assert len(register(f.assessment, DAY)) == 1
        f.set_action(ActionItem("Q01-1"))
        assert register(f.assessment, DAY) == []


def test_the_example_register_matches_what_its_file_records():
    with AssessmentFile.open(ROOT / "examples" / "biotech-startup.lhc", "t", read_only=True) as f:
        a = f.assessment
    day = dt.date(2027, 1, 1)
    rows = register(a, day)
    assert {r.question_id for r in rows} == {q for q, x in a.actions.items() if not x.empty}
    late = {r.question_id for r in rows if r.overdue}
    assert late == {q for q, x in a.actions.items() if x.due and x.due < day and x.status is not ActionStatus.DONE}
    assert late  # the example has late actions to show
