"""The guide's citations as a list, and the statute excerpts a guide ships, made from full texts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .model import Guide, LegalRef
from .numerals import article_label
from .problems import Problem
from .statutes import Statute, excerpt_text, normalise, parse_statute


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
    path = folder / f"{law_id}.md"
    if not path.is_file():
        return None
    return parse_statute(path.read_text(encoding="utf-8", errors="replace"))


def compare_with_full_texts(guide: Guide, folder: Path) -> list[Problem]:
    """Every shipped article that is not word for word the article of the full text in ``folder``."""
    problems: list[Problem] = []
    for law_id, shipped in sorted(guide.statutes.items()):
        law = guide.laws[law_id]
        name = f"statutes/{law_id}.md"
        full = load_full_text(folder, law_id)
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
