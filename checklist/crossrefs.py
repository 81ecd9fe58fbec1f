"""References from one part of a guide to another by id, so numbering can change freely.

A clerk writes ``[[A19]]`` for an article and ``[[C3]]`` for a chapter; the guide shows the current
number (第十九条, 第三章). A literal "本指引第十九条" would point at the wrong article after an insertion,
so the validator refuses it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

REFERENCE = re.compile(r"\[\[([A-Za-z][A-Za-z0-9_-]{0,63})\]\]")
LITERAL = re.compile(r"本指引(?:的)?第[零一二三四五六七八九十百千]+(?:条|章)")


def unknown(text: str, labels: Mapping[str, str]) -> list[str]:
    """The ids ``text`` refers to that are neither an article nor a chapter of the guide."""
    return [m.group(1) for m in REFERENCE.finditer(text) if m.group(1) not in labels]


def literal(text: str) -> list[str]:
    return LITERAL.findall(text)


def resolve(text: str, labels: Mapping[str, str]) -> str:
    """``text`` with every reference replaced by the current label of what it names."""
    return REFERENCE.sub(lambda m: labels.get(m.group(1), m.group(0)), text)
