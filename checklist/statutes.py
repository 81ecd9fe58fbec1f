"""Statute texts: the articles a guide cites, as the national law database writes them.

A statute file is Markdown as exported from the national law database: a
``# title`` line, header lines (adoption and revisions), ``#`` chapter headings and
articles that start with ``第X条`` (or ``第X条之一``). Paragraphs (款) are the
article's lines; lines starting with an item marker such as ``（一）`` belong to
the paragraph above them. A guide ships excerpts of this form: the header and the
full text of every article it cites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from .numerals import ARTICLE_HEADING, article_label, parse_chinese_number

_ITEM_MARKER = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
_WHITESPACE = re.compile(r"[\s\u3000\u00a0]+")


def normalise(text: str) -> str:
    return _WHITESPACE.sub("", text)


@dataclass(frozen=True)
class StatuteArticle:
    lines: tuple[str, ...]  # as written, the first starting with 第X条
    paragraphs: tuple[str, ...]  # 款, whitespace removed, items joined to their paragraph

    @cached_property
    def joined(self) -> str:
        """The whole article, normalised: joined once, however many citations it is checked against."""
        return "".join(self.paragraphs)


@dataclass(frozen=True)
class Statute:
    title: str
    header: tuple[str, ...]  # adoption and revision lines under the title
    articles: dict[tuple[int, int], StatuteArticle]  # (article, sub) -> article

    def text(self, article: int, sub: int = 0, paragraph: int | None = None) -> str | None:
        """The normalised text of an article or one of its paragraphs; None if there is none."""
        found = self.articles.get((article, sub))
        if found is None:
            return None
        if paragraph is None:
            return found.joined
        if not 1 <= paragraph <= len(found.paragraphs):
            return None
        return found.paragraphs[paragraph - 1]


def parse_statute(text: str) -> Statute:
    title = ""
    header: list[str] = []
    articles: dict[tuple[int, int], tuple[list[str], list[str]]] = {}
    current: tuple[list[str], list[str]] | None = None
    seen_body = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("# ") and not title:
            title = line[2:].strip()
            continue
        if line.startswith("#"):
            current = None  # a chapter or section heading ends the article
            seen_body = True
            continue
        heading = ARTICLE_HEADING.match(line)
        if heading:
            seen_body = True
            key = (parse_chinese_number(heading.group(1)), parse_chinese_number(heading.group(2) or "") or 0)
            current = articles.setdefault(key, ([], []))
            current[0].append(line)
            current[1].append(normalise(line[heading.end():]))
            continue
        if current is None:
            if title and not seen_body:
                header.append(line)
            continue
        lines, paragraphs = current
        lines.append(line)
        if _ITEM_MARKER.match(line) and paragraphs:
            paragraphs[-1] += normalise(line)
        else:
            paragraphs.append(normalise(line))
    return Statute(title, tuple(header),
                   {k: StatuteArticle(tuple(lines), tuple(paras)) for k, (lines, paras) in articles.items()})


def excerpt_text(statute: Statute, keys: list[tuple[int, int]]) -> str:
    """The Markdown of an excerpt: title, header lines and the given articles in order."""
    out = [f"# {statute.title}", ""]
    out += [line for h in statute.header for line in (h, "")]
    for key in sorted(set(keys)):
        article = statute.articles[key]
        out += [line for text in article.lines for line in (text, "")]
    return "\n".join(out).rstrip("\n") + "\n"


def label(key: tuple[int, int]) -> str:
    return article_label(key[0], key[1])
