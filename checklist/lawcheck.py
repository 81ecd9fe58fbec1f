"""The guide against the law: every citation in force on the guide's effective date, every
quote verbatim in the statute text the guide ships, every article and paragraph real."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from .model import GuideMeta, Law, LawState, LegalRef
from .numerals import article_label
from .problems import Problem
from .schema import Checker
from .statutes import Statute, normalise, parse_statute

STATUTES_DIR = "statutes"
PENDING_WARNING_MONTHS = 12


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):  # 31 Jan + 1 month = 28/29 Feb
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def read_statutes(sources: Mapping[str, bytes], laws: Mapping[str, Law],
                  law_paths: Mapping[str, tuple[Checker, tuple]], problems: list[Problem]) -> dict[str, Statute]:
    """Parse ``statutes/<law id>.md`` from the guide's files; report the ones that do not fit the registry."""
    out: dict[str, Statute] = {}
    for name in sorted(n for n in sources if n.startswith(STATUTES_DIR + "/")):
        law_id = name[len(STATUTES_DIR) + 1:].removesuffix(".md")
        try:
            text = sources[name].decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = sources[name][: exc.start].count(b"\n") + 1
            problems.append(Problem(name, line, 1, "not_utf8"))
            continue
        if law_id not in laws:
            problems.append(Problem(name, 1, 1, "statute_unregistered", {"law": law_id}))
            continue
        statute = parse_statute(text)
        if statute.title != laws[law_id].title:
            chk, path = law_paths[law_id]
            chk.report(path + ("title",), "statute_title", title=laws[law_id].title, found=statute.title or "—",
                       file=name)
            continue
        out[law_id] = statute
    return out


def check_citations(meta: GuideMeta, laws: Mapping[str, Law], law_paths: Mapping[str, tuple[Checker, tuple]],
                    statutes: Mapping[str, Statute], cited: list[tuple[Checker, tuple, LegalRef]]) -> None:
    """Report, at the citation, every ref to a law not in force, a missing article or paragraph, or a wrong quote."""
    needs_texts = meta.format >= 2
    day = meta.effective_date
    missing_reported: set[str] = set()
    ending: dict[str, int] = {}
    for chk, path, ref in cited:
        law = laws.get(ref.law_id)
        if law is None:
            continue  # reported as unknown_law
        status = law.status_on(day)
        if status.state is LawState.NOT_YET:
            chk.report(path + ("law",), "law_not_yet", title=law.title, start=law.effective, day=day)
        elif status.state is LawState.ENDED:
            chk.report(path + ("law",), "law_ended", title=law.title, end=law.ends_on, by=law.successor or "—",
                       day=day, verb="废止" if law.repealed_on else "被修订后的文本取代",
                       verb_en="repealed" if law.repealed_on else "replaced by a revised text")
        elif status.state is LawState.ENDING:
            ending[law.id] = ending.get(law.id, 0) + 1
        label = article_label(ref.article, ref.article_sub)
        if law.last_article and ref.article > law.last_article:
            chk.report(path + ("article",), "article_beyond_law", title=law.title, article=label,
                       last=article_label(law.last_article))
            continue
        statute = statutes.get(law.id)
        if statute is None:
            if needs_texts and law.id not in missing_reported:
                missing_reported.add(law.id)
                lchk, lpath = law_paths[law.id]
                lchk.report(lpath + ("id",), "statute_missing", title=law.title, file=f"{STATUTES_DIR}/{law.id}.md")
            continue
        if statute.text(ref.article, ref.article_sub) is None:
            chk.report(path + ("article",), "article_missing", title=law.title, article=label,
                       file=f"{STATUTES_DIR}/{law.id}.md")
            continue
        text = statute.text(ref.article, ref.article_sub, ref.paragraph)
        if text is None:
            chk.report(path + ("paragraph",), "paragraph_missing", title=law.title, article=label,
                       paragraph=ref.paragraph, count=len(statute.articles[(ref.article, ref.article_sub)].paragraphs))
        elif normalise(ref.quote) not in text:
            chk.report(path + ("quote",), "quote_mismatch", title=law.title,
                       article=article_label(ref.article, ref.article_sub, ref.paragraph),
                       **_closest_hint(ref.quote, text))
    horizon = add_months(day, PENDING_WARNING_MONTHS)
    for law_id, count in ending.items():
        law = laws[law_id]
        assert law.ends_on is not None
        if law.ends_on <= horizon:
            chk, path = law_paths[law_id]
            field = "repealed_on" if law.repealed_on else "replaced_on"
            chk.report(path + (field,), "law_ending_soon", warning=True, title=law.title, end=law.ends_on,
                       by=law.successor or "—", count=count)


def _closest_hint(quote: str, text: str) -> dict[str, str]:
    """Where the quote first departs from the statute, so a clerk sees the differing character."""
    q = normalise(quote)
    if len(q) * len(text) > 4_000_000:  # a hostile size: say no more than that it differs
        return {"hint": "", "hint_en": ""}
    best = 0
    for start in range(len(text)):
        n = 0
        while n < len(q) and start + n < len(text) and text[start + n] == q[n]:
            n += 1
        best = max(best, n)
        if best == len(q):
            break
    if best == 0:
        return {"hint": "引文的开头在该条中找不到。", "hint_en": "The quote's opening is not in the article."}
    return {"hint": f"前 {best} 个字一致，从“{q[best:best + 8]}”开始不同。",
            "hint_en": f"The first {best} characters match; it differs from '{q[best:best + 8]}'."}
