"""Field-by-field checking of parsed YAML, collecting every problem with its position."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterator
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


def req(kind: str, meaning: str, meaning_en: str) -> Field:
    return Field(kind, meaning, meaning_en, True)


def opt(kind: str, meaning: str, meaning_en: str) -> Field:
    return Field(kind, meaning, meaning_en, False)


# A hint costs a comparison with every candidate: thousands of unknown ids against thousands of candidates
# took minutes. Within a suggestion_budget() (an import, a validation, a command) only the first
# SUGGESTIONS get a hint; each looks at most at SUGGEST_CANDIDATES candidates of a similar length, and a word
# longer than SUGGEST_WORD_CHARS (no id is) gets none.
SUGGESTIONS = 20
SUGGEST_CANDIDATES = 2000
SUGGEST_WORD_CHARS = 64
_budget: ContextVar[list[int] | None] = ContextVar("suggestion_budget", default=None)


@contextmanager
def suggestion_budget(limit: int = SUGGESTIONS) -> Iterator[None]:
    """Within this block at most ``limit`` hints are computed (an outer block's budget is kept)."""
    if _budget.get() is not None:
        yield
        return
    token = _budget.set([limit])
    try:
        yield
    finally:
        _budget.reset(token)


def did_you_mean(word: Any, candidates: Any) -> tuple[str, str]:
    """A Chinese and an English hint naming the closest candidate, if any (bounded: see SUGGESTIONS)."""
    if not isinstance(word, str) or len(word) > SUGGEST_WORD_CHARS:
        if not isinstance(word, (int, float)) or isinstance(word, bool) or abs(word) > 10 ** 20:
            return "", ""
        word = str(word)
    budget = _budget.get()
    if budget is not None:
        if budget[0] <= 0:
            return "", ""
        budget[0] -= 1
    near = [c for c in map(str, candidates) if abs(len(c) - len(word)) <= 3]
    if len(near) > SUGGEST_CANDIDATES:
        return "", ""
    close = difflib.get_close_matches(word, sorted(near), n=1, cutoff=0.6)
    if not close:
        return "", ""
    return f"是否想写“{close[0]}”？", f"Did you mean '{close[0]}'?"


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
            out[name] = self.value(path + (name,), name, field.kind)
        return out

    def value(self, path: Path, name: str, kind: str) -> Any:
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
                return value
            self.report(path, "expected_int", field=name)
            return None
        if kind == "number":
            if isinstance(value, (int, float)) and not isinstance(value, bool):
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
