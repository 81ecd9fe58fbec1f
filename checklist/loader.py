"""Read a guide folder, check every rule, and build the immutable :class:`Guide`.

All problems are collected in one pass so a clerk sees every mistake at once.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path as FsPath
from typing import Any

from . import conditions
from .crossrefs import literal, resolve, unknown
from .editorial import editor_phrase, for_readers
from .errors import UserError
from .lawcheck import MAX_STATUTE_FILES, STATUTES_DIR, check_citations, read_statutes
from .model import (
    GUIDE_FORMAT,
    SANCTIONS,
    Article,
    Chapter,
    Guide,
    GuideMeta,
    Item,
    Law,
    LawState,
    LegalRef,
    Penalty,
    PenaltyLine,
    ProfileFact,
    Question,
    ScoringParams,
)
from .overlay import OVERLAY_CHAPTERS, OVERLAY_FILES, is_overlay_file, read_overlay
from .problems import Problem
from .schema import Checker, did_you_mean, opt, req, suggestion_budget
from .scoringfile import read_scoring
from .statutes import Statute
from .vocabulary import QuestionKind
from .yamldoc import Mark, YamlError, os_reason, parse, read_file

GUIDE_FILE = "guide.yaml"
PROFILE_FILE = "profile.yaml"
LAWS_FILE = "laws.yaml"
# laws the guide no longer cites because they ended: what the app tells users of older guides that cited them
LAPSED_FILE = "lapsed.yaml"
SCORING_FILE = "scoring.yaml"
CHAPTERS_DIR = "chapters"
REQUIRED_FILES = (GUIDE_FILE, PROFILE_FILE, LAWS_FILE, SCORING_FILE)
MAX_CHAPTER_FILES = 50
CRIMINAL_LAW = "xingfa"
# No law has more articles; a paragraph or a 之X sub-article beyond 99 is a typing mistake.
MAX_ARTICLE = 9999
MAX_PARAGRAPH = 99
MAX_ARTICLE_SUB = 99
MAX_CHAPTER = 99


class GuideError(UserError):
    """The guide has problems; ``problems`` lists every one."""

    def __init__(self, problems: list[Problem]) -> None:
        errors = [p for p in problems if not p.warning]
        super().__init__(f"指引有 {len(errors)} 处问题，请先运行 legalcheck guide validate 修正。",
                         f"The guide has {len(errors)} problem(s); run legalcheck guide validate.", code="guide")
        self.problems = problems


def read_guide_dir(folder: str | FsPath) -> dict[str, bytes]:
    """The guide's files as ``{relative name: bytes}``; oversized files are cut at the limit + 1.

    Files that cannot be read (see :func:`check_guide`, which reports them) are left out.
    """
    return _read_guide_dir(folder)[0]


def _read_guide_dir(folder: str | FsPath) -> tuple[dict[str, bytes], list[Problem]]:
    """The readable files, and a problem at each file that could not be read or named.

    Only regular files are read (a FIFO or a device named like a chapter would block or never end);
    a folder lists at most one file more than its limit, so check_sources can say there are too many.
    """
    root = FsPath(folder)
    problems: list[Problem] = []
    names = [n for n in (*REQUIRED_FILES, LAPSED_FILE) if os.path.lexists(root / n)]
    names += _listing(root, CHAPTERS_DIR, ".yaml", MAX_CHAPTER_FILES + 1, problems)
    names += _listing(root, STATUTES_DIR, ".md", MAX_STATUTE_FILES + 1, problems)
    names += [n for n in OVERLAY_FILES if os.path.lexists(root / n)]
    names += _listing(root, OVERLAY_CHAPTERS, ".yaml", MAX_CHAPTER_FILES + 1, problems)
    sources: dict[str, bytes] = {}
    for name in names:
        try:
            sources[name] = read_file(root / name)
        except YamlError as exc:
            problems.append(Problem(name, exc.mark.line, exc.mark.column, exc.code, exc.args_))
    return sources, problems


def _listing(root: FsPath, sub: str, suffix: str, limit: int, problems: list[Problem]) -> list[str]:
    folder = root / sub
    if not folder.is_dir():
        return []
    try:
        with os.scandir(folder) as entries:
            found = sorted(entry.name for entry in entries if entry.name.endswith(suffix))
    except OSError as exc:
        problems.append(Problem(sub, 1, 1, "file_unreadable", os_reason(exc)))
        return []
    names = []
    for entry in found:
        if not _utf8(entry):  # on POSIX a name in another encoding arrives with surrogate escapes
            shown = f"{sub}/{_shown(entry)}"
            problems.append(Problem(shown, 1, 1, "bad_file_name", {"name": shown}))
            continue
        names.append(f"{sub}/{entry}")
    return names[:limit]


def _utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _shown(name: object) -> str:
    """A file name as it can be printed: bytes that are not UTF-8 as \\xff."""
    if isinstance(name, bytes):
        return name.decode("utf-8", "backslashreplace")
    if isinstance(name, str):
        try:
            return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:
            return name.encode("utf-8", "backslashreplace").decode("utf-8")
    return repr(name)[:80]


def _usable(sources: Mapping[object, object]) -> tuple[dict[str, bytes], list[Problem]]:
    """The entries of ``sources`` that are a text name and bytes (a stored guide may hold anything)."""
    out: dict[str, bytes] = {}
    problems: list[Problem] = []
    for name, content in sources.items():
        if not isinstance(name, str) or not _utf8(name):
            shown = _shown(name)
            code = "bad_file_name" if isinstance(name, str) else "file_name_not_text"
            problems.append(Problem(shown, 1, 1, code, {"name": shown}))
            continue
        if isinstance(content, (bytearray, memoryview)):
            content = bytes(content)
        if not isinstance(content, bytes):
            problems.append(Problem(name, 1, 1, "file_unreadable",
                                    {"detail": "内容不是文件数据", "detail_en": "its content is not file data"}))
            continue
        out[name] = content
    return out, problems


def content_hash(sources: Mapping[str, bytes]) -> str:
    digest = hashlib.sha256()
    for name in sorted(sources):
        digest.update(name.encode() + b"\0" + sources[name] + b"\0")
    return digest.hexdigest()


def load_guide(folder: str | FsPath) -> Guide:
    """Load and check a guide folder for use today; raise :class:`GuideError` listing every error."""
    guide, problems = check_guide(folder)
    if guide is None:
        raise GuideError(problems)
    return guide


def load_sources(sources: Mapping[str, bytes]) -> Guide:
    """A guide as stored in an assessment file: older formats are read as they were published.

    Whatever the sources hold (names that are not text, impossible dates, huge numbers), the outcome
    is the guide or :class:`GuideError`.
    """
    guide, problems = check_sources(sources, current=False)
    if guide is None:
        raise GuideError(problems)
    return guide


def check_guide(folder: str | FsPath) -> tuple[Guide | None, list[Problem]]:
    """What ``guide validate`` reports: a guide folder must be of the current format."""
    sources, unread = _read_guide_dir(folder)
    return _check(sources, True, unread)


def check_sources(sources: Mapping[str, bytes], *, current: bool = True) -> tuple[Guide | None, list[Problem]]:
    """Build the guide, or return ``None`` with every problem found. Warnings do not stop the build."""
    return _check(sources, current, [])


def _check(sources: Mapping[str, bytes], current: bool, unread: list[Problem]) -> tuple[Guide | None, list[Problem]]:
    usable, bad = _usable(sources)
    unread = unread + bad
    builder = _GuideBuilder(usable, current, unread)
    guide = builder.build()
    problems = sorted(builder.problems, key=lambda p: (p.file, p.line, p.column, p.code))
    return (None if any(not p.warning for p in problems) else guide), problems


def version_key(version: str) -> tuple[int, ...]:
    """"1.10.0" sorts after "1.9.2"; parts that are not numbers count as 0."""
    return tuple(int(part) if part.isdigit() else 0 for part in version.split("."))


def newer_version_of(guide: Guide, folder: str | FsPath) -> Guide | None:
    """The guide in ``folder`` when it is a later version of ``guide`` (same id, other content), else None."""
    sources, unread = _read_guide_dir(folder)
    if unread or content_hash(sources) == guide.content_hash:
        return None
    candidate, _ = check_sources(sources)
    if candidate is None or candidate.meta.id != guide.meta.id:
        return None
    return candidate if version_key(candidate.meta.version) > version_key(guide.meta.version) else None


def cited_articles(folder: str | FsPath) -> dict[str, set[tuple[int, int]]]:
    """Law id -> the (article, sub-article) pairs a guide folder cites, even while its statute texts are missing."""
    builder = _GuideBuilder(read_guide_dir(folder), current=False)
    builder.build()
    out: dict[str, set[tuple[int, int]]] = {}
    for _, _, ref in builder.cited:
        if ref.law_id in builder.laws:
            out.setdefault(ref.law_id, set()).add((ref.article, ref.article_sub))
    return out


# --- field specifications -------------------------------------------------

META_SPEC = {
    "id": req("id", "指引编号", "guide id"),
    "title": req("text", "指引标题", "title"),
    "version": req("text", "版本号，如 \"1.0.0\"", "version"),
    "effective_date": req("date", "施行日期", "effective date"),
    "issuing_body": req("text", "发布机关", "issuing body"),
    "notice": req("text", "使用说明与声明", "notice / disclaimer"),
    "declared_counts": req("map", "声明的章、条、违规事项数量", "declared counts"),
    "format": opt("int", f"指引文件格式版本（现为 {GUIDE_FORMAT}）", "guide file format"),
    "law_status_date": opt("date", "法律状态核对截至的日期", "date up to which the law was checked"),
    "release_notes": opt("text", "本版变化说明", "release notes"),
}
COUNTS_SPEC = {
    "chapters": req("int", "章数", "chapters"),
    "articles": req("int", "条数", "articles"),
    "items": req("int", "违规事项数", "violation items"),
}
PROFILE_SPEC = {
    "business_types": req("list", "业务类型列表", "business types"),
    "activities": req("list", "经营活动列表", "activities"),
}
FACT_SPEC = {
    "id": req("id", "编号", "id"),
    "label": req("text", "名称", "label"),
    "help": req("text", "简要说明", "short explanation"),
}
LAWS_SPEC = {"laws": req("list", "法规列表", "list of laws")}
LAW_KINDS = ("法律", "行政法规", "部门规章", "司法解释", "地方性法规", "规范性文件")
LAW_SPEC = {
    "id": req("id", "法规编号", "law id"),
    "title": req("text", "法规全称", "full title"),
    "short_title": req("text", "简称", "short title"),
    "kind": req("text", "效力层级", "kind"),
    "issuing_body": req("text", "制定机关", "issuing body"),
    "revision": req("date", "最近一次修订或修正日期", "latest revision date"),
    "revision_note": req("text", "修订说明，如“2023年修订”", "revision note"),
    "effective": opt("date", "现行文本施行日期（无法确认时不填）", "effective date of the current text"),
    "last_article": opt("int", "全文共多少条", "number of articles in the law", most=MAX_ARTICLE),
    "repealed_on": opt("date", "废止日期", "date of repeal"),
    "repealed_by": opt("text", "废止它的法律", "the law that repeals it"),
    "replaced_on": opt("date", "修订后的文本施行、现行文本失效的日期", "date a revised text takes over"),
    "replaced_by": opt("text", "取代它的修订文本", "the revised text that replaces it"),
    "change_note": opt("text", "即将发生的变化（用通俗的话说明）", "what the coming change does"),
}
CHAPTER_SPEC = {
    "id": req("id", "章编号", "chapter id"),
    # optional: chapters are numbered in the order of their files, articles in reading order
    "number": opt("int", "章序号（可不填，按文件顺序编号）", "chapter number", most=MAX_CHAPTER),
    "title": req("text", "章标题", "chapter title"),
    "summary": opt("text", "本章概述", "summary"),
    "articles": req("list", "本章条文", "articles"),
    "items": opt("list", "本章违规事项", "violation items"),
}
ARTICLE_SPEC = {
    "id": req("id", "条文编号", "article id"),
    "number": opt("int", "条序号（可不填，按顺序编号）", "article number", most=MAX_ARTICLE),
    "title": req("text", "条文标题", "article title"),
    "guidance": req("text", "指引正文", "guidance text"),
    "legal_basis": opt("list", "法律依据", "legal basis"),
    "applies_when": opt("any", "适用条件", "applicability"),
    "questions": opt("list", "检查问题", "questions"),
}
QUESTION_SPEC = {
    "id": req("id", "问题编号", "question id"),
    "text": req("text", "问题", "question text"),
    "hint": req("text", "核查提示（看哪些材料）", "evidence hint"),
    "kind": opt("text", "问题类型：fact 违规情形 / control 防范措施", "question kind"),
    "applies_when": opt("any", "适用条件", "applicability"),
    "advice": opt("list", "本题不符合时的整改建议（不填则用事项的整改建议）", "advice when this question fails"),
    "documents": opt("list", "需准备的资料（资料清单）", "documents to prepare"),
}
ITEM_SPEC = {
    "id": req("id", "事项编号", "item id"),
    "title": req("text", "事项名称", "title"),
    "description": req("text", "违规情形描述", "description"),
    "liable": req("text", "责任主体", "who is liable"),
    "applies_when": opt("any", "适用条件", "applicability"),
    "questions": req("list", "用于发现该事项的问题编号", "detecting question ids"),
    "obligation_basis": req("list", "义务依据", "obligation basis"),
    "penalty_basis": req("list", "处罚依据", "penalty basis"),
    "criminal_basis": opt("list", "刑事责任依据", "criminal-law basis"),
    "penalty": req("map", "法律后果", "penalty exposure"),
    "remediation": req("list", "整改建议", "remediation steps"),
}
PENALTY_SPEC = {
    # a text, or a list of parts {text, applies_when} when parts concern only some companies
    "summary": req("any", "法律后果的通俗说明", "plain-words exposure"),
    "sanctions": req("list", "处罚种类", "sanction kinds"),
    "fine_max_yuan": opt("int", "罚款上限（元）", "maximum fine in yuan"),
    "fine_by_multiple": opt("bool", "是否按货值或违法所得倍数罚款", "fine as a multiple of value"),
}
REF_SPEC = {
    "law": req("id", "法规编号（见 laws.yaml）", "law id"),
    "article": req("int", "条", "article number", most=MAX_ARTICLE),
    "article_sub": opt("int", "“之一”“之二”的序号", "sub-article", most=MAX_ARTICLE_SUB),
    "paragraph": opt("int", "款", "paragraph", most=MAX_PARAGRAPH),
    "quote": req("text", "引用原文", "verbatim quote"),
    "applies_when": opt("any", "该条文只涉及部分企业时的适用条件", "the companies the provision concerns"),
}
PENALTY_LINE_SPEC = {
    "text": req("text", "法律后果的一部分", "part of the exposure"),
    "applies_when": opt("any", "适用条件", "applicability"),
}


class _GuideBuilder:
    def __init__(self, sources: Mapping[str, bytes], current: bool, unread: Iterable[Problem] = ()) -> None:
        self.sources = sources
        self.current = current
        self.problems: list[Problem] = list(unread)
        self.unreadable = {p.file for p in self.problems}  # present, but could not be read (already reported)
        self.cited: list[tuple[Checker, tuple, LegalRef]] = []  # every citation, checked against the law at the end
        self.law_paths: dict[str, tuple[Checker, tuple]] = {}
        self.statutes: dict[str, Statute] = {}
        self.texts: list[tuple[Checker, tuple, Any]] = []  # text a clerk wrote, checked for references by id
        self.ids: dict[str, str] = {}  # id -> "file:line" where first defined
        self.facts: dict[str, ProfileFact] = {}
        self.laws: dict[str, Law] = {}
        self.lapsed: dict[str, Law] = {}
        self.lapsed_paths: dict[str, tuple[Checker, tuple]] = {}
        self.law_refs: list[tuple[Checker, tuple, str]] = []  # checked once laws are known
        self.question_refs: list[tuple[Checker, tuple, str]] = []
        self.question_paths: dict[str, tuple[Checker, tuple]] = {}
        self.meta_checker: Checker | None = None
        self.unparsed: set[str] = set(self.unreadable)  # files that could not be read; checks needing them skip
        self.article_entries: list[tuple[int | None, Checker, tuple]] = []  # every article entry, built or not
        self.item_entries = 0

    # -- helpers
    def parse(self, name: str) -> Checker | None:
        if name in self.unreadable:
            return None
        if name not in self.sources:
            self.problems.append(Problem(name, 1, 1, "file_missing", {"name": name}))
            return None
        try:
            doc = parse(name, self.sources[name])
        except YamlError as exc:
            self.problems.append(Problem(name, exc.mark.line, exc.mark.column, exc.code, exc.args_))
            self.unparsed.add(name)
            return None
        return Checker(doc, self.problems)

    def claim_id(self, chk: Checker, path: tuple, value: str | None, space: str = "") -> bool:
        if value is None:
            return False
        key = f"{space}:{value}"
        mark: Mark = chk.doc.at(path)
        if key in self.ids:
            chk.report(path, "duplicate_id", id=value, other=self.ids[key])
            return False
        self.ids[key] = f"{chk.doc.file}:{mark.line}"
        return True

    def each(self, chk: Checker, path: tuple, items: list | None, spec: dict) -> list[tuple[tuple, dict]]:
        out = []
        for i, _ in enumerate(items or []):
            fields = chk.fields(path + (i,), spec)
            if fields is not None:
                out.append((path + (i,), fields))
        return out

    def condition(self, chk: Checker, path: tuple, data: Any):
        if data is None:
            return None

        def report(rel: tuple, code: str, args: dict) -> None:
            if code == "condition_unknown_fact":
                suggest = args.pop("suggest")
                args["hint"] = f"是否想写“{suggest}”？" if suggest else ""
                args["hint_en"] = f"Did you mean '{suggest}'?" if suggest else ""
            chk.report(path + rel, code, **args)

        known = None if PROFILE_FILE in self.unparsed else frozenset(self.facts)
        return conditions.parse(data, known, report)

    def refs(self, chk: Checker, path: tuple, data: list | None) -> tuple[LegalRef, ...]:
        out = []
        for ref_path, f in self.each(chk, path, data, REF_SPEC):
            if f["law"] is not None:
                self.law_refs.append((chk, ref_path + ("law",), f["law"]))
            if None in (f["law"], f["article"], f["quote"]):
                continue
            condition = self.condition(chk, ref_path + ("applies_when",), f["applies_when"])
            ref = LegalRef(f["law"], f["article"], f["article_sub"] or 0, f["paragraph"], f["quote"], condition)
            self.cited.append((chk, ref_path, ref))
            out.append(ref)
        return tuple(out)

    # -- files
    def build(self) -> Guide | None:
        with suggestion_budget():  # "did you mean" a bounded number of times, however many mistakes
            return self._build()

    def _build(self) -> Guide | None:
        meta = self.build_meta()
        self.build_profile()
        self.build_laws()
        self.build_laws(LAPSED_FILE)
        scoring = self.build_scoring()
        chapter_files = sorted(n for n in {*self.sources, *self.unreadable} if n.startswith(CHAPTERS_DIR + "/"))
        if not chapter_files:
            self.problems.append(Problem(CHAPTERS_DIR, 1, 1, "no_chapters", {}))
        if len(chapter_files) > MAX_CHAPTER_FILES:
            self.problems.append(Problem(CHAPTERS_DIR, 1, 1, "too_many_files",
                                         {"folder": CHAPTERS_DIR, "limit": MAX_CHAPTER_FILES}))
            chapter_files = chapter_files[:MAX_CHAPTER_FILES]
        chapters, articles, items, questions = [], {}, {}, {}
        for name in chapter_files:
            built = self.build_chapter(name, scoring, articles, items, questions)
            if built:
                chapters.append(built)
        self.check_references(questions)
        if meta is not None:
            self.check_law(meta)
        if not self.unparsed:
            self.check_numbering(chapters)
            if meta:
                self.check_counts(meta, len(chapter_files), len(self.article_entries), self.item_entries)
        if any(not p.warning for p in self.problems) or meta is None or scoring is None:
            return None
        # Numbers follow the order: chapters as their files sort, articles and items as they are read.
        ordered_chapters = [replace(ch, number=n) for n, (ch, _) in enumerate(chapters, 1)]
        ordered_articles = [articles[aid] for ch in ordered_chapters for aid in ch.article_ids]
        numbered_articles = {a.id: replace(a, number=n) for n, a in enumerate(ordered_articles, 1)}
        labels = {a.id: a.label for a in numbered_articles.values()} | {c.id: c.label for c in ordered_chapters}
        if not self.check_cross_references(labels):
            return None
        ordered_items = [items[iid] for ch in ordered_chapters for iid in ch.item_ids]
        numbered = {it.id: _resolved_item(replace(it, number=n), labels) for n, it in enumerate(ordered_items, 1)}
        guide = Guide(
            meta=meta,
            chapters=tuple(replace(ch, summary=_for_users(ch.summary, labels)) for ch in ordered_chapters),
            articles={aid: _resolved_article(a, labels) for aid, a in numbered_articles.items()},
            items=numbered,
            questions={qid: _resolved_question(q, labels) for qid, q in questions.items()},
            facts=self.facts,
            laws=self.laws,
            lapsed=self.lapsed,
            scoring=scoring,
            content_hash=content_hash(self.sources),
            sources=dict(self.sources),
            statutes=self.statutes,
        )
        return self.with_english(guide)

    def with_english(self, guide: Guide) -> Guide | None:
        """The guide with its English overlay; None when the overlay has errors."""
        overlay_files = [n for n in self.sources if is_overlay_file(n)]
        if len(overlay_files) > MAX_CHAPTER_FILES + len(OVERLAY_FILES):
            self.problems.append(Problem(OVERLAY_CHAPTERS, 1, 1, "too_many_files",
                                         {"folder": OVERLAY_CHAPTERS, "limit": MAX_CHAPTER_FILES}))
            return None
        before = len(self.problems)
        # notes on missing English are for whoever edits the guide, not for an assessment that stores it
        english = read_overlay(self.sources, guide, self.problems, notes=self.current)
        if any(not p.warning for p in self.problems[before:]):
            return None
        return replace(guide, english=english)

    def build_meta(self) -> GuideMeta | None:
        chk = self.meta_checker = self.parse(GUIDE_FILE)
        if chk is None:
            return None
        f = chk.fields((), META_SPEC)
        if f is None:
            return None
        counts = chk.fields(("declared_counts",), COUNTS_SPEC) if f["declared_counts"] is not None else None
        guide_format = f["format"] or 1
        if guide_format > GUIDE_FORMAT:
            chk.report(("format",), "format_too_new", found=guide_format, supported=GUIDE_FORMAT)
            return None
        if self.current and guide_format < GUIDE_FORMAT:
            chk.report(("format",) if f["format"] else (), "format_old", found=guide_format, current=GUIDE_FORMAT)
        if guide_format >= 2 and f["law_status_date"] is None:
            chk.report((), "missing_field", field="law_status_date", meaning=META_SPEC["law_status_date"].meaning,
                       meaning_en=META_SPEC["law_status_date"].meaning_en)
        required = [k for k, spec in META_SPEC.items() if spec.required]
        if any(f[k] is None for k in required) or counts is None or None in counts.values():
            return None
        return GuideMeta(
            id=f["id"], title=f["title"], version=f["version"], effective_date=f["effective_date"],
            issuing_body=f["issuing_body"], notice=f["notice"], declared_chapters=counts["chapters"],
            declared_articles=counts["articles"], declared_items=counts["items"],
            format=guide_format, law_status_date=f["law_status_date"], release_notes=f["release_notes"] or "",
        )

    def build_profile(self) -> None:
        chk = self.parse(PROFILE_FILE)
        if chk is None:
            return
        f = chk.fields((), PROFILE_SPEC)
        if f is None:
            return
        for group_key, group in (("business_types", "business_type"), ("activities", "activity")):
            for path, fact in self.each(chk, (group_key,), f[group_key], FACT_SPEC):
                if self.claim_id(chk, path + ("id",), fact["id"], "fact") and None not in fact.values():
                    self.facts[fact["id"]] = ProfileFact(fact["id"], group, fact["label"], fact["help"])

    def build_laws(self, name: str = LAWS_FILE) -> None:
        """The law register (laws.yaml), or the register of laws that ended (lapsed.yaml, optional)."""
        if name == LAPSED_FILE and name not in self.sources:
            return
        target = self.laws if name == LAWS_FILE else self.lapsed
        chk = self.parse(name)
        if chk is None:
            return
        f = chk.fields((), LAWS_SPEC)
        if f is None:
            return
        for path, law in self.each(chk, ("laws",), f["laws"], LAW_SPEC):
            if law["kind"] is not None and law["kind"] not in LAW_KINDS:
                chk.report(path + ("kind",), "bad_choice", field="kind", value=law["kind"],
                           choices="、".join(LAW_KINDS))
                continue
            if not self.claim_id(chk, path + ("id",), law["id"], "law"):
                continue
            if any(law[k] is None for k, spec in LAW_SPEC.items() if spec.required):
                continue
            if law["repealed_on"] and law["replaced_on"]:
                chk.report(path + ("replaced_on",), "law_two_ends")
                continue
            for end, by in (("repealed_on", "repealed_by"), ("replaced_on", "replaced_by")):
                if law[end] and law["effective"] and law[end] <= law["effective"]:
                    chk.report(path + (end,), "law_ends_before_start", field=end)
                if law[by] and not law[end]:
                    chk.report(path + (by,), "law_successor_without_date", field=by, date_field=end)
            (self.law_paths if name == LAWS_FILE else self.lapsed_paths)[law["id"]] = (chk, path)
            target[law["id"]] = Law(
                id=law["id"], title=law["title"], short_title=law["short_title"], kind=law["kind"],
                issuing_body=law["issuing_body"], revision=law["revision"], revision_note=law["revision_note"],
                effective=law["effective"], last_article=law["last_article"],
                repealed_on=law["repealed_on"], repealed_by=law["repealed_by"] or "",
                replaced_on=law["replaced_on"], replaced_by=law["replaced_by"] or "",
                change_note=law["change_note"] or "",
            )

    def build_scoring(self) -> ScoringParams | None:
        chk = self.parse(SCORING_FILE)
        return read_scoring(chk) if chk is not None else None

    def build_chapter(self, name, scoring, articles, items, questions):
        chk = self.parse(name)
        if chk is None:
            return None
        f = chk.fields((), CHAPTER_SPEC)
        if f is None:
            return None
        chapter_ok = self.claim_id(chk, ("id",), f["id"], "entity")
        article_ids = []
        for path, a in self.each(chk, ("articles",), f["articles"], ARTICLE_SPEC):
            self.article_entries.append((a["number"], chk, path))
            article = self.build_article(chk, path, a, f["id"], questions)
            if article:
                articles[article.id] = article
                article_ids.append(article.id)
        item_ids = []
        self.item_entries += len(f["items"] or [])
        for path, it in self.each(chk, ("items",), f["items"], ITEM_SPEC):
            item = self.build_item(chk, path, it, f["id"], scoring)
            if item:
                items[item.id] = item
                item_ids.append(item.id)
        self.texts.append((chk, ("summary",), f["summary"]))
        if not chapter_ok or f["title"] is None:
            return None
        chapter = Chapter(f["id"], f["number"] or 0, f["title"], f["summary"] or "", tuple(article_ids),
                          tuple(item_ids))
        return chapter, chk

    def build_article(self, chk, path, a, chapter_id, questions) -> Article | None:
        ok = self.claim_id(chk, path + ("id",), a["id"], "entity")
        condition = self.condition(chk, path + ("applies_when",), a["applies_when"])
        basis = self.refs(chk, path + ("legal_basis",), a["legal_basis"])
        qs = []
        for qpath, q in self.each(chk, path + ("questions",), a["questions"], QUESTION_SPEC):
            q_ok = self.claim_id(chk, qpath + ("id",), q["id"], "entity")
            q_cond = self.condition(chk, qpath + ("applies_when",), q["applies_when"])
            kind = q["kind"] or QuestionKind.FACT.value
            if kind not in set(QuestionKind):
                chk.report(qpath + ("kind",), "bad_choice", field="kind", value=kind,
                           choices="、".join(QuestionKind))
                q_ok = False
            self.texts += [(chk, qpath + ("text",), q["text"]), (chk, qpath + ("hint",), q["hint"])]
            documents = chk.texts(qpath + ("documents",), "documents") if q["documents"] is not None else ()
            advice = chk.texts(qpath + ("advice",), "advice") if q["advice"] is not None else ()
            self.texts += [(chk, qpath + ("advice", n), line) for n, line in enumerate(advice)]
            if q_ok and None not in (q["text"], q["hint"]) and a["id"]:
                question = Question(q["id"], q["text"], q["hint"], a["id"], q_cond, QuestionKind(kind),
                                    advice=advice, documents=tuple(dict.fromkeys(documents)))
                questions[question.id] = question
                self.question_paths[question.id] = (chk, qpath)
                qs.append(question)
        self.texts.append((chk, path + ("guidance",), a["guidance"]))
        if not ok or None in (a["title"], a["guidance"]):
            return None
        return Article(a["id"], 0, a["title"], a["guidance"], chapter_id, basis, tuple(qs), condition)

    def build_item(self, chk, path, it, chapter_id, scoring) -> Item | None:
        ok = self.claim_id(chk, path + ("id",), it["id"], "entity")
        condition = self.condition(chk, path + ("applies_when",), it["applies_when"])
        qids: dict[str, None] = {}  # in order; a dict, so a long list is checked for repeats in linear time
        for i, qid in enumerate(it["questions"] or []):
            qpath = path + ("questions", i)
            if chk.value(qpath, "questions", "id") is None:
                continue
            if qid in qids:
                chk.report(qpath, "question_reused", question=qid)
                continue
            self.question_refs.append((chk, qpath, qid))
            qids[qid] = None
        if it["questions"] is not None and not it["questions"]:
            chk.report(path + ("questions",), "item_without_questions")
        obligation = self.refs(chk, path + ("obligation_basis",), it["obligation_basis"])
        penalty_basis = self.refs(chk, path + ("penalty_basis",), it["penalty_basis"])
        criminal = self.refs(chk, path + ("criminal_basis",), it["criminal_basis"])
        for i, ref in enumerate(criminal):
            # a provision outside the Criminal Law counts only where it itself imposes criminal liability
            if ref.law_id != CRIMINAL_LAW and "刑事责任" not in ref.quote:
                chk.report(path + ("criminal_basis", i, "law"), "criminal_not_criminal_law")
        penalty = self.build_penalty(chk, path + ("penalty",)) if it["penalty"] is not None else None
        remediation = chk.texts(path + ("remediation",), "remediation") if it["remediation"] is not None else ()
        self.texts += [(chk, path + ("description",), it["description"]), (chk, path + ("liable",), it["liable"])]
        if penalty is not None:
            self.texts.append((chk, path + ("penalty", "summary"), penalty.summary))
        if isinstance(it["remediation"], list):
            self.texts += [(chk, path + ("remediation", n), r) for n, r in enumerate(it["remediation"])]
        needed = (it["title"], it["description"], it["liable"], penalty, it["remediation"])
        if not ok or None in needed or not qids or scoring is None:
            return None
        return Item(
            id=it["id"], number=0, title=it["title"], description=it["description"], liable=it["liable"],
            chapter_id=chapter_id, question_ids=tuple(qids), obligation_basis=obligation,
            penalty_basis=penalty_basis, criminal_basis=criminal, penalty=penalty,
            remediation=remediation, severity=scoring.severity(penalty, bool(criminal)), condition=condition,
        )

    def build_penalty(self, chk: Checker, path: tuple) -> Penalty | None:
        f = chk.fields(path, PENALTY_SPEC)
        if f is None:
            return None
        sanctions = set()
        for i, value in enumerate(f["sanctions"] or []):
            if isinstance(value, str) and value in SANCTIONS:
                sanctions.add(value)
            else:
                hint = did_you_mean(value, SANCTIONS)[0]
                chk.report(path + ("sanctions", i), "bad_choice", field="sanctions", value=value,
                           choices="、".join(SANCTIONS) + (f"。{hint}" if hint else ""))
        if f["fine_max_yuan"] is not None and "fine" not in sanctions:
            chk.report(path + ("fine_max_yuan",), "fine_without_amount")
        summary, lines = self.penalty_summary(chk, path + ("summary",), f["summary"])
        if summary is None or f["sanctions"] is None:
            return None
        return Penalty(summary, frozenset(sanctions), f["fine_max_yuan"], bool(f["fine_by_multiple"]), lines)

    def penalty_summary(self, chk: Checker, path: tuple, data: Any) -> tuple[str | None, tuple[PenaltyLine, ...]]:
        """The summary as one text, and its parts when the guide wrote it in parts for some companies."""
        if data is None:
            return None, ()
        if not isinstance(data, list):
            return chk.value(path, "summary", "text"), ()
        lines = []
        for line_path, f in self.each(chk, path, data, PENALTY_LINE_SPEC):
            condition = self.condition(chk, line_path + ("applies_when",), f["applies_when"])
            if f["text"] is not None:
                lines.append(PenaltyLine(f["text"], condition))
        if not data:
            chk.report(path, "expected_text", field="summary")
        if not data or len(lines) != len(data):
            return None, ()
        return "".join(line.text for line in lines), tuple(lines)

    # -- cross-file checks
    def check_references(self, questions: dict[str, Question]) -> None:
        for chk, path, law in self.law_refs:
            if law not in self.laws and LAWS_FILE not in self.unparsed:
                hint, hint_en = did_you_mean(law, self.laws)
                chk.report(path, "unknown_law", law=law, hint=hint, hint_en=hint_en)
        for chk, path, qid in self.question_refs:
            if qid not in questions:
                hint, hint_en = did_you_mean(qid, questions)
                chk.report(path, "unknown_question", question=qid, hint=hint, hint_en=hint_en)
        detecting = {qid for _, _, qid in self.question_refs}
        for qid, (chk, path) in self.question_paths.items():
            if qid not in detecting and not self.unparsed:
                chk.report(path + ("id",), "question_unused", question=qid)

    def check_law(self, meta: GuideMeta) -> None:
        if LAWS_FILE in self.unparsed:
            return
        if self.current:
            cited = {ref.law_id for _, _, ref in self.cited}
            for law_id, (chk, path) in self.law_paths.items():
                law = self.laws[law_id]
                if law_id not in cited and law.status_on(meta.effective_date).state is LawState.ENDED:
                    chk.report(path + ("id",), "law_register_not_in_force", title=law.title, end=law.ends_on,
                               file=LAPSED_FILE)
            for law_id, (chk, path) in self.lapsed_paths.items():
                law = self.lapsed[law_id]
                if law.status_on(meta.effective_date).state is not LawState.ENDED:
                    chk.report(path + ("id",), "lapsed_law_in_force", title=law.title, day=meta.effective_date,
                               file=LAWS_FILE)
        if meta.format >= 2:
            for law_id, (chk, path) in self.law_paths.items():
                if self.laws[law_id].last_article is None and chk.get(path).get("last_article") is None:
                    chk.report(path, "missing_field", field="last_article", meaning=LAW_SPEC["last_article"].meaning,
                               meaning_en=LAW_SPEC["last_article"].meaning_en)
            for law_id, (chk, path) in self.law_paths.items():
                # brackets inside a title 《刑法修正案（十二）》 belong to the title and read well
                if any(bracket in re.sub(r"《[^》]*》", "", self.laws[law_id].revision_note) for bracket in "（）()"):
                    chk.report(path + ("revision_note",), "revision_note_brackets", warning=True,
                               note=self.laws[law_id].revision_note)
        statutes = read_statutes(self.sources, self.laws, self.law_paths, self.problems, self.unreadable)
        check_citations(meta, self.laws, self.law_paths, statutes, self.cited)
        self.statutes = {law_id: statute for law_id, statute in statutes.items() if statute is not None}

    def check_cross_references(self, labels: Mapping[str, str]) -> bool:
        """Every [[id]] names an article or a chapter; no literal 本指引第X条 that an insertion would falsify."""
        before = len(self.problems)
        for chk, path, text in self.texts:
            if not isinstance(text, str):
                continue
            for ref in unknown(text, labels):
                chk.report(path, "cross_ref_unknown", ref=ref)
            for found in literal(text) if self.current else ():  # an authoring rule: stored guides keep their text
                chk.report(path, "literal_reference", found=found)
            if self.current and (found := editor_phrase(text)):  # older guides have these dropped when read
                chk.report(path, "editor_note", found=found)
        return len(self.problems) == before

    def check_numbering(self, chapters: list) -> None:
        """A number a clerk still writes must be the one the order gives (numbers may also be left out)."""
        for expected, (chapter, chk) in enumerate(chapters, 1):
            if chapter.number and chapter.number != expected:
                chk.report(("number",), "numbering_gap", what="章", what_en="Chapter", expected=expected,
                           actual=chapter.number)
        order = {chk.doc.file: i for i, (_, chk) in enumerate(chapters)}
        entries = sorted(self.article_entries, key=lambda e: (order.get(e[1].doc.file, 0), e[2]))
        for expected, (number, chk, path) in enumerate(entries, 1):
            if number is not None and number != expected:
                chk.report(path + ("number",), "numbering_gap", what="条", what_en="Article",
                           expected=expected, actual=number)

    def check_counts(self, meta: GuideMeta, chapters: int, articles: int, items: int) -> None:
        chk = self.meta_checker
        assert chk is not None  # meta exists only when guide.yaml parsed
        for key, what, what_en, declared, actual in (
            ("chapters", "章", "chapter", meta.declared_chapters, chapters),
            ("articles", "条", "article", meta.declared_articles, articles),
            ("items", "违规事项", "item", meta.declared_items, items),
        ):
            if declared != actual:
                chk.report(("declared_counts", key), "count_mismatch", what=what, what_en=what_en,
                           declared=declared, actual=actual)


# The text users read: [[A19]] as its current number, and without the notes older guides wrote for editors.
def _for_users(text: str, labels: Mapping[str, str]) -> str:
    return for_readers(resolve(text, labels))


def _resolved_question(q: Question, labels: Mapping[str, str]) -> Question:
    return replace(q, text=_for_users(q.text, labels), hint=_for_users(q.hint, labels),
                   advice=tuple(_for_users(line, labels) for line in q.advice))


def _resolved_article(a: Article, labels: Mapping[str, str]) -> Article:
    return replace(a, guidance=_for_users(a.guidance, labels),
                   questions=tuple(_resolved_question(q, labels) for q in a.questions))


def _resolved_item(it: Item, labels: Mapping[str, str]) -> Item:
    return replace(it, description=_for_users(it.description, labels), liable=_for_users(it.liable, labels),
                   penalty=replace(it.penalty, summary=_for_users(it.penalty.summary, labels),
                                   lines=tuple(replace(line, text=_for_users(line.text, labels)) for line in it.penalty.lines)),
                   remediation=tuple(_for_users(r, labels) for r in it.remediation))
