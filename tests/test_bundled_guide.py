"""The guide that ships with the app, tested like code."""

import pytest

from checklist.applicability import applicable
from checklist.loader import check_guide
from checklist.statutes import citations, verify
from guide_content import bundled_guide_dir
from tests.helpers import FIXTURES, STATUTES


@pytest.fixture(scope="module")
def guide():
    guide, problems = check_guide(bundled_guide_dir())
    assert [p.render() for p in problems] == []
    return guide


def test_shape_of_the_published_guide(guide):
    assert (len(guide.chapters), len(guide.articles), len(guide.items)) == (5, 56, 48)
    assert [a.number for a in guide.articles.values()] == list(range(1, 57))
    per_item = [len(i.question_ids) for i in guide.items.values()]
    assert all(1 <= n <= 4 for n in per_item)
    assert sum(per_item) / len(per_item) >= 2


def test_no_published_id_disappears(guide):
    published = [line for line in (FIXTURES / "published_ids.txt").read_text().splitlines()
                 if line and not line.startswith("#")]
    present = {c.id for c in guide.chapters} | set(guide.articles) | set(guide.items) | set(guide.questions)
    assert [i for i in published if i not in present] == []


@pytest.mark.skipif(not STATUTES.is_dir(), reason="statute texts are not beside this checkout")
def test_every_quote_is_verbatim_in_the_statute_texts(guide):
    assert [p.render() for p in verify(guide, STATUTES)] == []


def test_outdated_texts_are_never_cited_by_article(guide):
    # the 2019 text of the Anti-Unfair Competition Law and the 2016 Cybersecurity Law are superseded
    cited = {c.ref.law_id for c in citations(guide)}
    assert not cited & {"fan-buzhengdang-jingzheng-fa", "wangluo-anquan-fa"}


def test_every_registered_law_is_cited_and_criminal_basis_is_the_criminal_law(guide):
    cited = {c.ref.law_id for c in citations(guide)}
    assert set(guide.laws) == cited
    for item in guide.items.values():
        assert all(ref.law_id == "xingfa" for ref in item.criminal_basis)


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
