"""The guide that ships with the app, tested like code."""

import datetime as dt

import pytest
import yaml

from checklist.applicability import applicable
from checklist.citations import compare_with_full_texts
from checklist.loader import check_guide
from checklist.model import LawState
from guide_content import bundled_guide_dir
from tests.helpers import FIXTURES, STATUTES


@pytest.fixture(scope="module")
def guide():
    guide, problems = check_guide(bundled_guide_dir())
    # the only note: the 2019 Trademark Law gives way to its revision on 2027-01-01
    assert [(p.file, p.code, p.args["title"]) for p in problems] == [
        ("laws.yaml", "law_ending_soon", "中华人民共和国商标法")]
    assert all(p.warning for p in problems)
    return guide


def test_every_chinese_text_of_the_published_guide_has_its_english(guide):
    from checklist.overlay import expected

    # the fixture already asserts the validator has no overlay_missing note; check the overlay covers it all
    missing = [key for key in expected(guide) if not guide.english.get(key)]
    assert missing == []
    question = guide.questions["Q01-1"]
    assert guide.text(question, "text", "en").startswith("Does the business scope")
    assert guide.text(guide.laws["yaopin-guanli-fa"], "title", "en") == "Drug Administration Law of the PRC"


def test_shape_of_the_published_guide(guide):
    assert (len(guide.chapters), len(guide.articles), len(guide.items)) == (5, 56, 48)
    assert [a.number for a in guide.articles.values()] == list(range(1, 57))
    per_item = [len(i.question_ids) for i in guide.items.values()]
    assert all(1 <= n <= 8 for n in per_item)
    assert sum(per_item) / len(per_item) >= 2


def test_no_published_id_disappears_unless_removed_on_purpose(guide):
    lines = [line for line in (FIXTURES / "published_ids.txt").read_text().splitlines()
             if line and not line.startswith("#")]
    published = [line for line in lines if not line.startswith("-")]
    removed = {line[1:] for line in lines if line.startswith("-")}
    present = {c.id for c in guide.chapters} | set(guide.articles) | set(guide.items) | set(guide.questions)
    assert [i for i in published if i not in present] == []
    assert removed & present == set()  # a removed id is never given a new meaning


@pytest.mark.skipif(not STATUTES.is_dir(), reason="the full statute texts are not beside this checkout")
def test_the_shipped_articles_are_the_full_texts_word_for_word(guide):
    assert [p.render() for p in compare_with_full_texts(guide, STATUTES)] == []


@pytest.mark.skipif(not STATUTES.is_dir(), reason="the full statute texts are not beside this checkout")
def test_no_citation_targets_a_law_the_statute_index_marks_not_in_force(guide):
    index = yaml.safe_load((STATUTES / "INDEX.yaml").read_text(encoding="utf-8"))
    status = {s["slug"]: s for s in index["statutes"]}
    day = guide.meta.effective_date
    for law_id in guide.cited_law_ids():
        entry = status[law_id]
        assert entry["status"] in ("in_force", "in_force_until_replaced"), law_id
        if entry["status"] == "in_force_until_replaced":
            assert dt.date.fromisoformat(entry["replaced_on"]) > day
            assert guide.laws[law_id].replaced_on == dt.date.fromisoformat(entry["replaced_on"])
    # the law register holds only law in force; what the register of lapsed laws knows agrees with the index
    for law_id in guide.laws:
        assert status[law_id]["status"] in ("in_force", "in_force_until_replaced"), law_id
    assert guide.lapsed
    for law_id, law in guide.lapsed.items():
        assert status[law_id]["status"] == "repealed", law_id
        assert law.repealed_on == dt.date.fromisoformat(status[law_id]["repealed_on"])


def test_the_guide_cites_only_law_in_force_on_its_effective_date(guide):
    assert guide.meta.law_status_date == dt.date(2026, 12, 1)
    states = {law_id: guide.law_status(law_id).state for law_id in guide.cited_law_ids()}
    assert {s for s in states.values()} <= {LawState.IN_FORCE, LawState.ENDING}
    assert [s.law.id for s in guide.pending_changes()] == ["shangbiao-fa"]
    assert "重新编号" in guide.laws["shangbiao-fa"].change_note


def test_registered_laws_are_cited_unless_repealed_and_texts_ship_for_every_cited_law(guide):
    cited = set(guide.cited_law_ids())
    assert {law_id for law_id, law in guide.laws.items() if not law.repealed_on} == cited
    assert set(guide.statutes) == cited
    for item in guide.items.values():
        assert all(ref.law_id == "xingfa" or "刑事责任" in ref.quote for ref in item.criminal_basis)


def test_a_distributor_never_sees_production_or_trial_items(guide):
    scope = applicable(guide, frozenset({"device_distributor", "hospital_sales", "online_sales"}))
    gmp_and_gcp = {"V07", "V08", "V09", "V10", "V16", "V17", "V19", "V23", "V24"}
    assert not scope.items & gmp_and_gcp
    assert {"V33", "V36"} <= scope.items


def test_without_clinical_trials_no_trial_question_appears(guide):
    for facts in ({"mah", "drug_manufacturer"}, {"rnd_startup"}, {"cro"}, {"device_registrant"}):
        scope = applicable(guide, frozenset(facts))
        trial_articles = {"A13", "A15", "A16"}
        assert {q for q in scope.questions if guide.questions[q].article_id in trial_articles} == set()
        # of the GLP/GCP article only the non-clinical (GLP) question remains, for R&D companies
        assert {q for q in scope.questions if guide.questions[q].article_id == "A12"} <= {"Q12-1"}
        assert not scope.items & {"V07", "V09", "V10"}


def test_every_profile_fact_matters_somewhere(guide):
    from checklist.conditions import facts_used

    used = set()
    for entity in [*guide.articles.values(), *guide.items.values(), *guide.questions.values()]:
        used |= set(facts_used(entity.condition))
    assert set(guide.facts) - used == set()
