"""Field-by-field checking of parsed YAML, collecting every problem with its position."""

from __future__ import annotations

import datetime as dt
import difflib
import heapq
import math
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from .problems import Problem
from .yamldoc import Doc, Path

ID_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,63}$")
MAX_TEXT = 20000


@dataclass(frozen=True)
class Field:
    kind: str  # text, id, int, number, bool, date, list, map, any
    meaning: str
    meaning_en: str
    required: bool = True
    most: int | None = None  # the largest value of an int


def req(kind: str, meaning: str, meaning_en: str, *, most: int | None = None) -> Field:
    return Field(kind, meaning, meaning_en, True, most)


def opt(kind: str, meaning: str, meaning_en: str, *, most: int | None = None) -> Field:
    return Field(kind, meaning, meaning_en, False, most)


# "Did you mean …?" runs difflib, whose cost grows with the word and with every candidate: over every
# question of a guide, thousands of unknown ids made a 1.9 MB chapter take 97 s to validate. So a word
# longer than an id gets no suggestion, at most MAX_CANDIDATES candidates are compared (those most like
# the word: the same first letter, about the same length), and one validation makes at most
# MAX_SUGGESTIONS suggestions (see suggestion_budget); the problems are all reported still.
MAX_SUGGEST_CHARS = 64
MAX_CANDIDATES = 300
MAX_SUGGESTIONS = 20
_budget: ContextVar[list[int] | None] = ContextVar("suggestion_budget", default=None)


@contextmanager
def suggestion_budget(limit: int = MAX_SUGGESTIONS) -> Iterator[None]:
    """Within the block, at most ``limit`` suggestions are looked for; after that, none. An outer block's
    budget is kept (a command around an import around a validation)."""
    if _budget.get() is not None:
        yield
        return
    token = _budget.set([limit])
    try:
        yield
    finally:
        _budget.reset(token)


def closest(word: Any, candidates: Iterable[Any]) -> str:
    """The candidate closest to ``word``, or "" (none close enough, the word too long, the budget spent)."""
    if not isinstance(word, (str, int, float)) or isinstance(word, bool):
        return ""
    word = str(word)
    if not word or len(word) > MAX_SUGGEST_CHARS:
        return ""
    budget = _budget.get()
    if budget is not None:
        if budget[0] <= 0:
            return ""
        budget[0] -= 1
    names = [name for name in map(str, candidates) if len(name) <= MAX_SUGGEST_CHARS]
    if len(names) > MAX_CANDIDATES:
        first = word[:1].lower()
        names = heapq.nsmallest(MAX_CANDIDATES, names,
                                key=lambda name: (name[:1].lower() != first, abs(len(name) - len(word)), name))
    close = difflib.get_close_matches(word, sorted(names), n=1, cutoff=0.6)
    return close[0] if close else ""


def did_you_mean(word: Any, candidates: Any) -> tuple[str, str]:
    """A Chinese and an English hint naming the closest candidate, if any."""
    close = closest(word, candidates)
    if not close:
        return "", ""
    return f"是否想写“{close}”？", f"Did you mean '{close}'?"


class Checker:
    """Collects problems for one file."""

    def __init__(self, doc: Doc, problems: list[Problem]) -> None:
        self.doc = doc
        self.problems = problems

    def report(self, path: Path, code: str, *, key: bool = False, warning: bool = False, **args: Any) -> None:
        mark = self.doc.at(path, key=key)
        self.problems.append(Problem(self.doc.file, mark.line, mark.column, code, args, warning))

    def get(self, path: Path) -> Any:
        value = self.doc.data
        for part in path:
            value = value[part]
        return value

    def fields(self, path: Path, spec: dict[str, Field]) -> dict[str, Any] | None:
        """Check the mapping at ``path`` against ``spec``; return converted values (None where bad)."""
        data = self.get(path)
        if not isinstance(data, dict):
            self.report(path, "expected_mapping")
            return None
        out: dict[str, Any] = {}
        for key in data:
            if key not in spec:
                hint, hint_en = did_you_mean(key, spec)
                self.report(path + (key,), "unknown_field", key=True, field=key, hint=hint, hint_en=hint_en)
        for name, field in spec.items():
            if name not in data or data[name] is None:
                if field.required:
                    self.report(path, "missing_field", field=name, meaning=field.meaning, meaning_en=field.meaning_en)
                out[name] = None
                continue
            out[name] = self.value(path + (name,), name, field.kind, field.most)
        return out

    def value(self, path: Path, name: str, kind: str, most: int | None = None) -> Any:
        value = self.get(path)
        if kind == "text":
            if isinstance(value, str) and value.strip():
                if len(value) > MAX_TEXT:
                    self.report(path, "text_too_long", field=name, limit=MAX_TEXT)
                return value.strip()
            self.report(path, "expected_text", field=name)
            return None
        if kind == "id":
            if isinstance(value, str) and ID_PATTERN.match(value):
                return value
            self.report(path, "bad_id", id=value)
            return None
        if kind == "int":
            if isinstance(value, int) and not isinstance(value, bool) and value > 0:
                if most is not None and value > most:
                    self.report(path, "out_of_range", field=name, low=1, high=most)
                    return None
                return value
            self.report(path, "expected_int", field=name)
            return None
        if kind == "number":
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                if not math.isfinite(value):
                    self.report(path, "not_finite", field=name)
                    return None
                return float(value)
            self.report(path, "expected_number", field=name)
            return None
        if kind == "bool":
            if isinstance(value, bool):
                return value
            self.report(path, "expected_bool", field=name)
            return None
        if kind == "date":
            if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
                return value
            self.report(path, "expected_date", field=name)
            return None
        if kind == "list":
            if isinstance(value, list):
                return value
            self.report(path, "expected_list")
            return None
        if kind == "map":
            if isinstance(value, dict):
                return value
            self.report(path, "expected_mapping")
            return None
        return value

    def texts(self, path: Path, name: str) -> tuple[str, ...]:
        """A list of non-empty strings at ``path`` (already known to be a list)."""
        out = []
        for i, _ in enumerate(self.get(path)):
            text = self.value(path + (i,), name, "text")
            if text is not None:
                out.append(text)
        return tuple(out)
