"""Applicability conditions: a tiny declarative language over profile facts.

A condition is data, never code:

* ``clinical_trials`` – true when the profile has that fact;
* ``{any: [a, b]}`` – at least one holds; ``{all: [a, b]}`` – every one holds;
* ``{not: a}`` – the condition does not hold.

Conditions nest. ``None`` (no condition) always holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

OPERATORS = ("any", "all", "not")
MAX_NESTING = 8


@dataclass(frozen=True)
class Fact:
    fact: str


@dataclass(frozen=True)
class AnyOf:
    terms: tuple[Condition, ...]


@dataclass(frozen=True)
class AllOf:
    terms: tuple[Condition, ...]


@dataclass(frozen=True)
class Not:
    term: Condition


Condition = Fact | AnyOf | AllOf | Not


def holds(condition: Condition | None, facts: frozenset[str]) -> bool:
    if condition is None:
        return True
    if isinstance(condition, Fact):
        return condition.fact in facts
    if isinstance(condition, AnyOf):
        return any(holds(term, facts) for term in condition.terms)
    if isinstance(condition, AllOf):
        return all(holds(term, facts) for term in condition.terms)
    return not holds(condition.term, facts)


def facts_used(condition: Condition | None) -> Iterator[str]:
    if condition is None:
        return
    if isinstance(condition, Fact):
        yield condition.fact
    elif isinstance(condition, (AnyOf, AllOf)):
        for term in condition.terms:
            yield from facts_used(term)
    else:
        yield from facts_used(condition.term)


def to_data(condition: Condition | None) -> Any:
    """The YAML/JSON form of ``condition`` (inverse of :func:`parse`)."""
    if condition is None or isinstance(condition, Fact):
        return None if condition is None else condition.fact
    if isinstance(condition, AnyOf):
        return {"any": [to_data(t) for t in condition.terms]}
    if isinstance(condition, AllOf):
        return {"all": [to_data(t) for t in condition.terms]}
    return {"not": to_data(condition.term)}


# A problem reporter: (path relative to the condition, message code, message args).
Report = Callable[[tuple[Any, ...], str, dict[str, Any]], None]


def parse(data: Any, known_facts: frozenset[str] | None, report: Report) -> Condition | None:
    """Build a condition from YAML data, reporting every problem found.

    ``known_facts`` is None when the profile file could not be read: fact names
    are then taken on trust rather than reported one by one.
    """
    return _parse(data, (), known_facts, report, 0)


def _parse(data: Any, path: tuple[Any, ...], known: frozenset[str] | None, report: Report, depth: int):
    if depth > MAX_NESTING:
        report(path, "condition_too_deep", {"limit": MAX_NESTING})
        return None
    if isinstance(data, str):
        if known is not None and data not in known:
            report(path, "condition_unknown_fact", {"fact": data, "suggest": _suggest(data, known)})
            return None
        return Fact(data)
    if isinstance(data, dict):
        if len(data) != 1:
            report(path, "condition_one_operator", {"found": "、".join(map(str, data)) or "—"})
            return None
        (op, arg), = data.items()
        if op not in OPERATORS:
            report(path + (op,), "condition_unknown_operator", {"op": op})
            return None
        if op == "not":
            term = _parse(arg, path + (op,), known, report, depth + 1)
            return Not(term) if term is not None else None
        if not isinstance(arg, list) or not arg:
            report(path + (op,), "condition_needs_list", {"op": op})
            return None
        terms = [_parse(t, path + (op, i), known, report, depth + 1) for i, t in enumerate(arg)]
        if any(t is None for t in terms):
            return None
        return (AnyOf if op == "any" else AllOf)(tuple(terms))
    report(path, "condition_bad_form", {})
    return None


def _suggest(word: str, known: frozenset[str]) -> str:
    from .schema import closest  # bounded: a guide full of unknown facts must not take minutes

    return closest(word, known)
