"""Statute texts and the check that every quote in a guide is verbatim.

A statute file is Markdown as exported from the national law database: a
``# title`` line, header lines, ``##`` chapter headings and articles that start
with ``第X条`` (or ``第X条之一``). Paragraphs (款) are the article's lines;
lines starting with an item marker such as ``（一）`` belong to the paragraph
above them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .model import Guide, LegalRef
from .numerals import ARTICLE_HEADING, parse_chinese_number
from .problems import Problem

_ITEM_MARKER = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
_WHITESPACE = re.compile(r"[\s\u3000\u00a0]+")


def normalise(text: str) -> str:
    return _WHITESPACE.sub("", text)


@dataclass(frozen=True)
class Statute:
    title: str
    articles: dict[tuple[int, int], tuple[str, ...]]  # (article, sub) -> paragraphs

    def text(self, article: int, sub: int = 0, paragraph: int | None = None) -> str | None:
        paragraphs = self.articles.get((article, sub))
        if paragraphs is None:
            return None
        if paragraph is None:
            return "".join(paragraphs)
        if not 1 <= paragraph <= len(paragraphs):
            return None
        return paragraphs[paragraph - 1]


def parse_statute(text: str) -> Statute:
    title = ""
    articles: dict[tuple[int, int], list[str]] = {}
    current: list[str] | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("# ") and not title:
            title = line[2:].strip()
            continue
        if line.startswith("#"):
            current = None  # a chapter or section heading ends the article
            continue
        heading = ARTICLE_HEADING.match(line)
        if heading:
            key = (parse_chinese_number(heading.group(1)), parse_chinese_number(heading.group(2) or "") or 0)
            current = articles.setdefault(key, [])
            current.append(normalise(line[heading.end():]))
            continue
        if current is None:
            continue
        if _ITEM_MARKER.match(line) and current:
            current[-1] += normalise(line)
        else:
            current.append(normalise(line))
    return Statute(title, {k: tuple(v) for k, v in articles.items()})


def load_statute(path: Path) -> Statute:
    return parse_statute(path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Citation:
    """One quote in the guide, with where it is cited."""

    where: str
    ref: LegalRef


def citations(guide: Guide) -> list[Citation]:
    out = []
    for chapter in guide.chapters:
        for aid in chapter.article_ids:
            out += [Citation(aid, ref) for ref in guide.articles[aid].legal_basis]
        for iid in chapter.item_ids:
            out += [Citation(iid, ref) for ref in guide.items[iid].legal_refs]
    return out


def verify(guide: Guide, statutes_dir: Path) -> list[Problem]:
    """Every citation whose law text, article, paragraph or quote cannot be found."""
    problems: list[Problem] = []
    cache: dict[str, Statute | None] = {}
    reported_laws: set[str] = set()
    for cite in citations(guide):
        ref = cite.ref
        law = guide.laws[ref.law_id]
        if law.id not in cache:
            path = statutes_dir / law.statute_file
            cache[law.id] = load_statute(path) if path.is_file() else None
        statute = cache[law.id]
        label = ref.article_label
        if statute is None:
            if law.id not in reported_laws:
                problems.append(Problem(cite.where, 0, 0, "statute_missing", {"file": law.statute_file}))
                reported_laws.add(law.id)
            continue
        if statute.title != law.title and law.id not in reported_laws:
            problems.append(Problem(cite.where, 0, 0, "statute_title", {"title": law.title, "found": statute.title}))
            reported_laws.add(law.id)
        if statute.text(ref.article, ref.article_sub) is None:
            problems.append(Problem(cite.where, 0, 0, "article_missing", {"title": law.title, "article": label}))
            continue
        text = statute.text(ref.article, ref.article_sub, ref.paragraph)
        if text is None:
            problems.append(Problem(cite.where, 0, 0, "paragraph_missing",
                                    {"title": law.title, "article": label, "paragraph": ref.paragraph}))
        elif normalise(ref.quote) not in text:
            problems.append(Problem(cite.where, 0, 0, "quote_mismatch",
                                    {"title": law.title, "article": label, "quote": ref.quote}))
    return problems
