"""Scoring properties a user relies on: honest, monotone, order-independent, explainable."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checklist.applicability import applicable
from checklist.explain import explain
from checklist.loader import load_guide
from checklist.model import Answer, Level, Penalty
from checklist.scoring import score
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
        assert after.level.rank <= before.level.rank


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
    if others:
        severity = sum(s.severity for s in others)
        assert after.index == pytest.approx(100 * (1 - sum(s.risk for s in others) / severity))
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


def test_unanswered_questions_count_as_unsure_and_mark_the_index_provisional():
    facts = frozenset({"mah"})
    s = score(GUIDE, facts, {})
    assert s.provisional
    assert s.index == 50  # unsure exposure is 0.5 everywhere
    assert s.answered == 0
    assert all(i.pending for i in s.items.values() if i.applicable)


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
