"""Scoring properties a user relies on: honest, monotone, order-independent, explainable."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checklist.applicability import applicable
from checklist.explain import explain
from checklist.loader import load_guide
from checklist.model import Answer, Level, Penalty
from checklist.scoring import score
from checklist.vocabulary import Mark
from guide_content import bundled_guide_dir
from tests.helpers import SAMPLE_GUIDE

GUIDE = load_guide(SAMPLE_GUIDE)
FACTS = sorted(GUIDE.facts)
QUESTIONS = sorted(GUIDE.questions)

facts_st = st.frozensets(st.sampled_from(FACTS))
answers_st = st.dictionaries(st.sampled_from(QUESTIONS), st.sampled_from(list(Answer)))


def all_compliant(facts):
    return {q: Answer.COMPLIANT for q in applicable(GUIDE, facts).questions}


@given(facts_st)
def test_all_compliant_gives_100_and_no_risk(facts):
    s = score(GUIDE, facts, all_compliant(facts))
    if s.index is None:  # nothing applies to this profile
        assert applicable(GUIDE, facts).items == frozenset()
        return
    assert s.index == 100
    assert s.level is Level.GREEN
    assert s.counts[Level.RED] == s.counts[Level.ORANGE] == s.counts[Level.YELLOW] == 0
    assert not s.provisional


@given(facts_st, answers_st, st.sampled_from(QUESTIONS))
def test_turning_an_answer_to_non_compliant_never_raises_the_index(facts, answers, question):
    before = score(GUIDE, facts, {**answers, question: Answer.COMPLIANT})
    after = score(GUIDE, facts, {**answers, question: Answer.NON_COMPLIANT})
    if before.index is not None and after.index is not None:
        assert after.index <= before.index + 1e-9
    if before.level is not None:
        assert after.level.rank <= before.level.rank
    else:  # the same questions are answered: the level still waits, unless the new answer is a veto
        assert after.level is None or after.veto_items


@given(facts_st, answers_st, answers_st)
def test_answers_outside_the_profile_change_nothing(facts, answers, noise):
    scope = applicable(GUIDE, facts)
    outside = {q: a for q, a in noise.items() if q not in scope.questions}
    inside = {q: a for q, a in answers.items() if q in scope.questions}
    assert score(GUIDE, facts, inside) == score(GUIDE, facts, {**inside, **outside})


@given(facts_st, answers_st, st.sampled_from(sorted(GUIDE.items)))
def test_an_item_marked_not_applicable_leaves_the_others_untouched(facts, answers, item_id):
    marked = {**answers, **dict.fromkeys(GUIDE.items[item_id].question_ids, Answer.NOT_APPLICABLE)}
    before, after = score(GUIDE, facts, answers), score(GUIDE, facts, marked)
    assert not after.items[item_id].applicable
    others = [s for s in after.items.values() if s.applicable]
    for other in others:  # the sample guide shares no question between items
        assert other.risk == before.items[other.item_id].risk
    assessed = [s for s in others if s.assessed]
    if assessed:
        severity = sum(s.severity for s in assessed)
        assert after.index == pytest.approx(100 * (1 - sum(s.risk for s in assessed) / severity))
    else:
        assert after.index is None


@given(facts_st, answers_st)
def test_veto_caps_the_overall_level(facts, answers):
    s = score(GUIDE, facts, answers)
    criminal_failures = [
        i for i in GUIDE.items.values()
        if i.criminal and s.items[i.id].applicable
        and any(answers.get(q) is Answer.NON_COMPLIANT and GUIDE.questions[q].kind == "fact"
                for q in i.question_ids if q in applicable(GUIDE, facts).questions)
    ]
    assert bool(s.veto_items) == bool(criminal_failures)
    if s.veto_items:
        assert s.level.rank <= GUIDE.scoring.veto_cap.rank


@settings(max_examples=50)
@given(facts_st, answers_st, st.randoms())
def test_score_does_not_depend_on_answer_order(facts, answers, rnd):
    pairs = list(answers.items())
    rnd.shuffle(pairs)
    assert score(GUIDE, facts, dict(pairs)) == score(GUIDE, facts, answers)


@given(facts_st, answers_st)
def test_gain_if_fixed_is_exactly_what_fixing_adds(facts, answers):
    s = score(GUIDE, facts, answers)
    for item in s.ranked_open_items()[:2]:
        fixed = dict(answers)
        for q in GUIDE.items[item.item_id].question_ids:
            if fixed.get(q) is not Answer.NOT_APPLICABLE:
                fixed[q] = Answer.COMPLIANT
        after = score(GUIDE, facts, fixed)
        # other items may share a question, so fixing can only add at least this item's gain
        assert after.index >= s.index + item.gain_if_fixed - 1e-9


def test_an_empty_assessment_has_no_index_and_its_level_waits():
    s = score(GUIDE, frozenset({"mah"}), {})
    assert s.provisional
    assert s.index is None and s.level is None and s.level_waits
    assert s.level_text() == "尚待评估" and s.level_mark is Mark.UNASSESSED
    assert s.completion.answered == 0 and s.completion.assessed_items == 0
    assert s.unassessed == s.completion.items > 0
    assert all(i.mark is Mark.UNASSESSED and i.level is None for i in s.items.values() if i.applicable)
    assert s.counts == dict.fromkeys(Level, 0) and s.pending == 0
    assert s.ranked_open_items() == []


@given(facts_st, answers_st)
def test_an_item_without_an_answer_is_unassessed_never_a_risk(facts, answers):
    s = score(GUIDE, facts, answers)
    scope = applicable(GUIDE, facts)
    for item in s.items.values():
        known = [q for q in GUIDE.items[item.item_id].question_ids
                 if q in scope.questions and answers.get(q) not in (None, Answer.NOT_APPLICABLE)]
        assert item.assessed == (item.applicable and bool(known))
        if item.applicable and not known:
            assert item.mark is Mark.UNASSESSED and item.level is None and item.risk == 0
            assert not item.open and not item.pending and item.gain_if_fixed == 0
    assert sum(s.counts.values()) == s.completion.assessed_items
    assert s.unassessed == s.completion.items - s.completion.assessed_items


@given(facts_st, answers_st)
def test_the_action_plan_lists_only_items_with_a_failing_answer(facts, answers):
    s = score(GUIDE, facts, answers)
    scope = applicable(GUIDE, facts)
    ranked = {i.item_id for i in s.ranked_open_items()}
    failing = {i.id for i in GUIDE.items.values() if s.items[i.id].applicable and any(
        answers.get(q) in (Answer.PARTIAL, Answer.NON_COMPLIANT) for q in i.question_ids if q in scope.questions)}
    assert ranked == failing


@given(facts_st, answers_st)
def test_the_overall_level_waits_until_every_chapter_is_answered_enough(facts, answers):
    s = score(GUIDE, facts, answers)
    share = GUIDE.scoring.level_min_answered
    enough = all(c.answered >= share * c.applicable_questions for c in s.chapters)
    assert s.enough_answered == enough
    if s.veto_items:
        assert s.level is not None
    elif not enough:
        assert s.level is None and s.level_waits == bool(s.completion.items)
    else:
        assert s.level == s.index_level


def test_a_partly_answered_item_is_scored_on_its_answers_and_waits_for_verification():
    facts = frozenset({"mah", "clinical_trials"})
    s = score(GUIDE, facts, {"Q03-1": Answer.COMPLIANT})
    v02 = s.items["V02"]
    assert v02.assessed and v02.pending and (v02.exposure, v02.level) == (0, Level.GREEN)
    assert v02.status_text() == "低风险（待核实）"
    assert s.index == 100 and s.level is None  # one item of several: no overall level yet
    partial = score(GUIDE, facts, {"Q03-1": Answer.COMPLIANT, "Q03-2": Answer.PARTIAL})
    assert partial.items["V02"].risk == 1.5 and partial.items["V02"].pending


def test_a_veto_answered_is_known_however_little_else_is_answered():
    s = score(GUIDE, frozenset({"mah", "hazardous_waste"}), {"Q06-1": Answer.NON_COMPLIANT})
    assert not s.enough_answered
    assert s.veto_items == ("V04",) and s.level is GUIDE.scoring.veto_cap is Level.RED
    assert [i.item_id for i in s.ranked_open_items()] == ["V04"]


def test_completion_counts_not_applicable_as_answered_and_the_chapters_add_up():
    facts = frozenset({"mah", "clinical_trials"})
    scope = applicable(GUIDE, facts)
    s = score(GUIDE, facts, {"Q03-1": Answer.NOT_APPLICABLE, "Q01-1": Answer.COMPLIANT})
    assert (s.completion.answered, s.completion.questions) == (2, len(scope.questions))
    assert s.answered == 2 and s.applicable_questions == len(scope.questions)
    assert sum(c.answered for c in s.chapters) == s.completion.answered
    assert sum(c.applicable_questions for c in s.chapters) == s.completion.questions


def test_hand_marked_not_applicable_question_drops_out():
    facts = frozenset({"mah", "clinical_trials"})
    s = score(GUIDE, facts, {"Q03-1": Answer.NOT_APPLICABLE, "Q03-2": Answer.NOT_APPLICABLE,
                              "Q04-1": Answer.NOT_APPLICABLE})
    assert not s.items["V02"].applicable


def test_item_exposure_is_its_worst_answer_and_risk_uses_severity():
    facts = frozenset({"mah", "clinical_trials"})
    s = score(GUIDE, facts, {"Q03-1": Answer.COMPLIANT, "Q03-2": Answer.PARTIAL, "Q04-1": Answer.COMPLIANT})
    v02 = s.items["V02"]
    assert (v02.severity, v02.exposure, v02.risk, v02.level) == (3, 0.5, 1.5, Level.YELLOW)


def test_severity_follows_the_documented_rule():
    params = GUIDE.scoring
    assert params.severity(Penalty("", frozenset({"civil"})), criminal=False) == 1
    assert params.severity(Penalty("", frozenset({"fine"}), fine_max_yuan=100000), criminal=False) == 2
    assert params.severity(Penalty("", frozenset({"fine"}), fine_max_yuan=1000000), criminal=False) == 3
    assert params.severity(Penalty("", frozenset({"fine"}), fine_by_multiple=True), criminal=False) == 3
    assert params.severity(Penalty("", frozenset({"revocation"})), criminal=False) == 3
    assert params.severity(Penalty("", frozenset({"correction"})), criminal=True) == 4
    assert [GUIDE.items[i].severity for i in ("V01", "V02", "V03", "V04", "V05", "V06")] == [2, 3, 3, 4, 4, 1]


def test_explanation_shows_questions_answers_and_weights():
    facts = frozenset({"mah", "hazardous_waste"})
    s = score(GUIDE, facts, {"Q06-1": Answer.NON_COMPLIANT, "Q06-2": Answer.COMPLIANT})
    lines = explain(GUIDE, s, "V04").lines()
    assert lines[1] == "严重程度 4（严重）：可能承担刑事责任（《刑法》第三百三十八条）。"
    assert "  Q06-1 危险废物是否全部委托持有危险废物经营许可证的单位处置？ — 不符合（1）" in lines
    assert "风险值 = 严重程度 × 暴露程度 = 4 × 1 = 4" in lines
    assert any(line.startswith("一票否决") for line in lines)


def test_the_worked_example_in_docs_scoring():
    facts = frozenset({"mah", "clinical_trials", "hazardous_waste"})
    answers = {
        "Q01-1": Answer.COMPLIANT, "Q02-1": Answer.COMPLIANT,
        "Q03-1": Answer.COMPLIANT, "Q03-2": Answer.PARTIAL, "Q04-1": Answer.COMPLIANT,
        "Q06-1": Answer.NON_COMPLIANT, "Q06-2": Answer.COMPLIANT,
        "Q09-1": Answer.NOT_APPLICABLE, "Q10-1": Answer.NOT_APPLICABLE,
    }
    s = score(GUIDE, facts, answers)
    assert [i for i, x in s.items.items() if x.applicable] == ["V01", "V02", "V04"]
    assert round(s.index, 1) == 38.9
    assert s.level is Level.RED and s.veto_items == ("V04",)
    assert (round(s.items["V04"].gain_if_fixed, 1), round(s.items["V02"].gain_if_fixed, 1)) == (44.4, 16.7)


def test_a_missing_control_raises_exposure_up_to_the_cap_and_never_vetoes():
    facts = frozenset({"mah", "hazardous_waste"})
    control_missing = score(GUIDE, facts, {"Q06-1": Answer.COMPLIANT, "Q06-2": Answer.NON_COMPLIANT})
    v04 = control_missing.items["V04"]
    assert (v04.exposure, v04.risk, v04.veto) == (0.5, 2.0, False)
    assert control_missing.veto_items == ()
    violation = score(GUIDE, facts, {"Q06-1": Answer.NON_COMPLIANT, "Q06-2": Answer.COMPLIANT})
    assert violation.items["V04"].veto and violation.veto_items == ("V04",)
    lines = explain(GUIDE, control_missing, "V04").lines()
    assert "  Q06-2 是否制定并备案危险废物管理计划？ — 不符合（0.5，防范措施）" in lines
    assert "防范措施类问题的暴露程度不超过 0.5，且不触发一票否决。" in lines


def test_one_compliant_answer_in_the_bundled_guide_shows_no_risk_and_no_overall_level():
    guide = load_guide(bundled_guide_dir())
    facts = frozenset(guide.facts)
    for question in sorted(applicable(guide, facts).questions):
        s = score(guide, facts, {question: Answer.COMPLIANT})
        assert s.counts[Level.RED] == s.counts[Level.ORANGE] == s.counts[Level.YELLOW] == 0, question
        assert s.level is None and s.level_text() == "尚待评估", question
        assert s.index == 100 and s.ranked_open_items() == [], question
        assert s.completion.answered == 1
