"""Words written for a guide's editors, not for the companies that use it.

A note such as "该文本未收录，本事项未引用其罚则" tells an editor what the guide leaves out; printed in a
report, it tells a client that the report is unfinished. The validator refuses such phrases in a guide's
fields (editors write them as YAML comments); guides published before that rule have them removed from every
text the app shows or prints.
"""

from __future__ import annotations

import re

EDITOR_PHRASES = ("未收录", "本事项未引用", "未引用其罚则", "待补充", "编者注", "文本缺失", "TODO", "FIXME",
                  "text missing")

_PATTERN = re.compile("|".join(re.escape(p) for p in EDITOR_PHRASES), re.IGNORECASE)
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_SENTENCE = re.compile(r"[^。；！？\n]*[。；！？]?")
_CLAUSE = re.compile(r"[^，,]*[，,]?")


def editor_phrase(text: str) -> str:
    """The first editor phrase in ``text``, or ""."""
    found = _PATTERN.search(text)
    return found.group(0) if found else ""


def for_readers(text: str) -> str:
    """``text`` without the brackets, clauses or sentences that carry an editor phrase."""
    if not _PATTERN.search(text):
        return text
    text = _BRACKETED.sub(lambda m: "" if _PATTERN.search(m.group(0)) else m.group(0), text)
    return "".join(_reader_sentence(s) for s in _SENTENCE.findall(text))


def _reader_sentence(sentence: str) -> str:
    if not _PATTERN.search(sentence):
        return sentence
    end = sentence[-1] if sentence and sentence[-1] in "。；！？" else ""
    body = sentence[: len(sentence) - len(end)]
    kept = [c for c in _CLAUSE.findall(body) if c and not _PATTERN.search(c)]
    if not kept:
        return ""
    return "".join(kept).rstrip("，,") + end
