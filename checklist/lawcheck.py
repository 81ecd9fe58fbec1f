"""The guide against the law: every citation in force on the guide's effective date, every
quote verbatim in the statute text the guide ships, every article and paragraph real."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping

from .model import GuideMeta, Law, LawState, LegalRef
from .numerals import article_label
from .problems import Problem
from .schema import Checker
from .statutes import Statute, normalise, parse_statute
from .yamldoc import MAX_FILE_BYTES

STATUTES_DIR = "statutes"
MAX_STATUTE_FILES = 200
# The longest article of the 74 laws and regulations a guide may cite has 1,522 characters. Every citation
# is searched for in its article, so an article of megabytes cited thousands of times took minutes.
MAX_ARTICLE_CHARS = 20000
PENDING_WARNING_MONTHS = 12


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    if year > dt.MAXYEAR:  # a guide dated in the year 9999
        return dt.date.max
    for last in (31, 30, 29, 28):  # 31 Jan + 1 month = 28/29 Feb
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def read_statutes(sources: Mapping[str, bytes], laws: Mapping[str, Law],
                  law_paths: Mapping[str, tuple[Checker, tuple]], problems: list[Problem],
                  unreadable: Collection[str] = ()) -> dict[str, Statute | None]:
    """Parse ``statutes/<law id>.md`` from the guide's files; report the ones that do not fit the registry.

    A law whose text is there but cannot be used (not UTF-8, too large, or among the ``unreadable`` files,
    whose problem is already reported) maps to None: its citations are not checked, and it is not
    reported missing as well.
    """
    out: dict[str, Statute | None] = {}
    prefix = STATUTES_DIR + "/"
    names = sorted(n for n in {*sources, *unreadable} if n.startswith(prefix))
    if len(names) > MAX_STATUTE_FILES:
        problems.append(Problem(STATUTES_DIR, 1, 1, "too_many_files", {"folder": STATUTES_DIR,
                                                                      "limit": MAX_STATUTE_FILES}))
        names = names[:MAX_STATUTE_FILES]
    for name in names:
        law_id = name[len(prefix):].removesuffix(".md")
        if name in unreadable or name not in sources:
            out[law_id] = None
            continue
        raw = sources[name]
        if len(raw) > MAX_FILE_BYTES:
            problems.append(Problem(name, 1, 1, "file_too_large", {"limit_kb": MAX_FILE_BYTES // 1024}))
            out[law_id] = None
            continue
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            problems.append(Problem(name, line, 1, "not_utf8"))
            out[law_id] = None
            continue
        if law_id not in laws:
            problems.append(Problem(name, 1, 1, "statute_unregistered", {"law": law_id}))
            continue
        statute = parse_statute(text)
        too_long = [(key, len(a.joined)) for key, a in statute.articles.items() if len(a.joined) > MAX_ARTICLE_CHARS]
        if too_long:
            (article, sub), length = too_long[0]
            problems.append(Problem(name, 1, 1, "statute_article_too_long", {
                "article": article_label(article, sub), "length": length, "limit": MAX_ARTICLE_CHARS}))
            out[law_id] = None
            continue
        if statute.title != laws[law_id].title:
            chk, path = law_paths[law_id]
            chk.report(path + ("title",), "statute_title", title=laws[law_id].title, found=statute.title or "—",
                       file=name)
            continue
        out[law_id] = statute
    return out


def check_citations(meta: GuideMeta, laws: Mapping[str, Law], law_paths: Mapping[str, tuple[Checker, tuple]],
                    statutes: Mapping[str, Statute | None], cited: list[tuple[Checker, tuple, LegalRef]]) -> None:
    """Report, at the citation, every ref to a law not in force, a missing article or paragraph, or a wrong quote.

    A law mapped to None in ``statutes`` has a text that could not be read (reported where it was read).
    """
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
        if law.id in statutes and statutes[law.id] is None:
            continue  # its text could not be read: said at the file
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
    # the longest opening of the quote found in the text: "q[:n] in text" only fails from some n on,
    # so bisect it, each probe a substring search at C speed (character by character in Python, a
    # hostile 2,000-character quote of one repeated character took a second)
    low, high = 0, len(q)
    while low < high:
        mid = (low + high + 1) // 2
        if q[:mid] in text:
            low = mid
        else:
            high = mid - 1
    best = low
    if best == 0:
        return {"hint": "引文的开头在该条中找不到。", "hint_en": "The quote's opening is not in the article."}
    return {"hint": f"前 {best} 个字一致，从“{q[best:best + 8]}”开始不同。",
            "hint_en": f"The first {best} characters match; it differs from '{q[best:best + 8]}'."}
