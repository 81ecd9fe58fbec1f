"""The guide's citations as a list, and the statute excerpts a guide ships, made from full texts."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .errors import UserError
from .model import Guide, LegalRef
from .numerals import article_label
from .problems import Problem
from .statutes import Statute, excerpt_text, normalise, parse_statute
from .yamldoc import YamlError, read_file

MAX_FULL_TEXT_BYTES = 16 * 1024 * 1024  # the Civil Code, the longest law, is about 0.4 MB


class FullTextError(UserError):
    """A full text that is there but cannot be read; ``problem`` says where and why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.render("zh"), problem.render("en"), code="statute_unreadable")
        self.problem = problem


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


def load_full_text(folder: Path, law_id: str) -> Statute | None:
    """The full text ``folder/<law id>.md``; None when there is none; :class:`FullTextError` when it
    cannot be read (a folder, a FIFO or a device by that name, no permission, not UTF-8, too large)."""
    path = folder / f"{law_id}.md"
    if not os.path.lexists(path):
        return None
    try:
        raw = read_file(path, MAX_FULL_TEXT_BYTES)
    except YamlError as exc:
        raise FullTextError(Problem(str(path), exc.mark.line, exc.mark.column, exc.code, exc.args_)) from None
    if len(raw) > MAX_FULL_TEXT_BYTES:
        raise FullTextError(Problem(str(path), 1, 1, "file_too_large", {"limit_kb": MAX_FULL_TEXT_BYTES // 1024}))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FullTextError(Problem(str(path), raw[: exc.start].count(b"\n") + 1, 1, "not_utf8")) from None
    return parse_statute(text)


def compare_with_full_texts(guide: Guide, folder: Path) -> list[Problem]:
    """Every shipped article that is not word for word the article of the full text in ``folder``."""
    problems: list[Problem] = []
    for law_id, shipped in sorted(guide.statutes.items()):
        law = guide.laws[law_id]
        name = f"statutes/{law_id}.md"
        try:
            full = load_full_text(folder, law_id)
        except FullTextError as exc:
            problems.append(exc.problem)
            continue
        if full is None:
            problems.append(Problem(name, 0, 0, "statute_missing", {"title": law.title, "file": folder / f"{law_id}.md"}))
            continue
        if full.title != law.title:
            problems.append(Problem(name, 0, 0, "statute_title", {"title": law.title, "found": full.title,
                                                                   "file": folder / f"{law_id}.md"}))
        for key, article in sorted(shipped.articles.items()):
            original = full.articles.get(key)
            if original is None or normalise("".join(original.lines)) != normalise("".join(article.lines)):
                problems.append(Problem(name, 0, 0, "statute_differs", {
                    "title": law.title, "article": article_label(*key), "file": folder / f"{law_id}.md"}))
        last = max((k[0] for k in full.articles), default=0)
        if law.last_article and law.last_article != last:
            problems.append(Problem("laws.yaml", 0, 0, "article_beyond_law", {
                "title": law.title, "article": article_label(law.last_article), "last": article_label(last)}))
    return problems


def excerpts(cited: Mapping[str, set[tuple[int, int]]], folder: Path) -> tuple[dict[str, str], list[str]]:
    """Excerpt Markdown per cited law (file name -> text) from the full texts in ``folder``; and what is missing."""
    out: dict[str, str] = {}
    missing: list[str] = []
    for law_id, keys in sorted(cited.items()):
        full = load_full_text(folder, law_id)
        if full is None:
            missing.append(f"{law_id}.md")
            continue
        present = [k for k in keys if k in full.articles]
        missing += [f"{law_id}.md {article_label(*k)}" for k in sorted(set(keys) - set(present))]
        out[f"{law_id}.md"] = excerpt_text(full, present)
    return out, missing
