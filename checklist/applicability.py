"""Which articles, questions and items apply to a company, from its profile facts."""

from __future__ import annotations

from dataclasses import dataclass

from .conditions import holds
from .model import Guide


@dataclass(frozen=True)
class Applicability:
    articles: frozenset[str]
    questions: frozenset[str]
    items: frozenset[str]


def applicable(guide: Guide, facts: frozenset[str]) -> Applicability:
    """What the profile makes applicable (before any question is marked 不适用 by hand).

    A question applies when its article and its own condition hold; an item applies
    when its condition holds and at least one of its questions applies.
    """
    articles = {a.id for a in guide.articles.values() if holds(a.condition, facts)}
    questions = {
        q.id for q in guide.questions.values() if q.article_id in articles and holds(q.condition, facts)
    }
    items = {
        i.id
        for i in guide.items.values()
        if holds(i.condition, facts) and any(q in questions for q in i.question_ids)
    }
    return Applicability(frozenset(articles), frozenset(questions), frozenset(items))
