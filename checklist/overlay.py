"""The English overlay of a guide: English text for every Chinese text, kept as data beside it.

The overlay lives in the guide folder under ``en/``, keyed by the ids of the Chinese guide:

    en/guide.yaml          title, issuing_body, notice, release_notes
    en/profile.yaml        business_types / activities: {fact id: {label, help}}
    en/laws.yaml           laws: {law id: {title, short_title, revision_note, …}}
    en/chapters/*.yaml     chapter id, title, summary; articles: {id: {title, guidance, questions, refs}};
                           questions: {id: {text, hint, advice, documents}};
                           items: {id: {title, description, liable, penalty, remediation}}

A list (a question's advice and documents, an item's remediation) has one English line per Chinese line,
in the same order; a different count is an error.

Legal quotes are not translated: the Chinese statute text is authoritative. An article or an item may
explain a quote in English under ``refs`` ("law-id 9(2)": text), shown beside the Chinese quote.
An id the Chinese guide does not have is an error; a Chinese text without English is a note, so a guide
without an overlay still validates and shows its Chinese text in English too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .crossrefs import resolve, unknown
from .model import Guide, LegalRef
from .problems import Problem
from .schema import Checker, did_you_mean, opt, req
from .yamldoc import YamlError, parse

OVERLAY_DIR = "en"
OVERLAY_FILES = (f"{OVERLAY_DIR}/guide.yaml", f"{OVERLAY_DIR}/profile.yaml", f"{OVERLAY_DIR}/laws.yaml")
OVERLAY_CHAPTERS = f"{OVERLAY_DIR}/chapters"
MAX_MISSING_LISTED = 40  # a note names at most this many texts; the count says how many there are

Key = tuple[str, str]  # (whose text: "guide", "fact:mah", "law:gongsi-fa", "A01", "Q01-1", "V01", "C1"; field)

GUIDE_SPEC = {
    "title": opt("text", "指引标题的英文", "English title"),
    "issuing_body": opt("text", "发布机关的英文", "English issuing body"),
    "notice": opt("text", "使用说明与声明的英文", "English notice"),
    "release_notes": opt("text", "本版变化说明的英文", "English release notes"),
}
FACT_SPEC = {"label": opt("text", "名称的英文", "English label"), "help": opt("text", "说明的英文", "English help")}
LAW_SPEC = {
    "title": opt("text", "法规全称的英文", "English full title"),
    "short_title": opt("text", "简称的英文", "English short title"),
    "issuing_body": opt("text", "制定机关的英文", "English issuing body"),
    "revision_note": opt("text", "修订说明的英文", "English revision note"),
    "repealed_by": opt("text", "废止它的法律（英文）", "English name of the repealing law"),
    "replaced_by": opt("text", "取代它的修订文本（英文）", "English name of the revised text"),
    "change_note": opt("text", "即将发生的变化（英文）", "English change note"),
}
CHAPTER_SPEC = {
    "chapter": req("id", "对应的章编号", "chapter id"),
    "title": opt("text", "章标题的英文", "English chapter title"),
    "summary": opt("text", "本章概述的英文", "English summary"),
    "articles": opt("map", "条文的英文，按条文编号", "articles by id"),
    "items": opt("map", "违规事项的英文，按事项编号", "items by id"),
}
ARTICLE_SPEC = {
    "title": opt("text", "条文标题的英文", "English title"),
    "guidance": opt("text", "指引正文的英文", "English guidance"),
    "questions": opt("map", "问题的英文，按问题编号", "questions by id"),
    "refs": opt("map", "引文的英文说明，如 gongsi-fa 9(2)", "English explanations of quotes"),
}
QUESTION_SPEC = {
    "text": opt("text", "问题的英文", "English question"),
    "hint": opt("text", "核查提示的英文", "English hint"),
    "advice": opt("list", "本题整改建议的英文，与中文逐条对应", "English advice, one per Chinese line"),
    "documents": opt("list", "需准备资料的英文名称，与中文逐项对应", "English document names, one per Chinese name"),
}
QUESTION_LISTS = {"advice": "整改建议", "documents": "资料"}  # the lists of a question, with their Chinese names
ITEM_SPEC = {
    "title": opt("text", "事项名称的英文", "English title"),
    "description": opt("text", "违规情形描述的英文", "English description"),
    "liable": opt("text", "责任主体的英文", "English liable parties"),
    "penalty": opt("text", "法律后果的英文通俗说明", "English penalty in plain words"),
    "remediation": opt("list", "整改建议的英文，与中文逐条对应", "English remediation, one per Chinese step"),
    "refs": opt("map", "引文的英文说明，如 gongsi-fa 260(2)", "English explanations of quotes"),
}
LAW_FIELDS = tuple(LAW_SPEC)


def is_overlay_file(name: str) -> bool:
    return name in OVERLAY_FILES or (name.startswith(OVERLAY_CHAPTERS + "/") and name.endswith(".yaml"))


def expected(guide: Guide) -> dict[Key, str]:
    """Every Chinese text of ``guide`` that an English reader needs, with the text (remediation one by one)."""
    out: dict[Key, str] = {}
    meta = guide.meta
    for name in ("title", "issuing_body", "notice", "release_notes"):
        if getattr(meta, name):
            out[("guide", name)] = getattr(meta, name)
    for fact in guide.facts.values():
        out[(f"fact:{fact.id}", "label")] = fact.label
        out[(f"fact:{fact.id}", "help")] = fact.help
    cited = set(guide.cited_law_ids())
    for law in guide.laws.values():
        if law.id not in cited:
            continue
        for name in LAW_FIELDS:
            if getattr(law, name):
                out[(f"law:{law.id}", name)] = getattr(law, name)
    for chapter in guide.chapters:
        out[(chapter.id, "title")] = chapter.title
        if chapter.summary:
            out[(chapter.id, "summary")] = chapter.summary
        for aid in chapter.article_ids:
            article = guide.articles[aid]
            out[(aid, "title")] = article.title
            out[(aid, "guidance")] = article.guidance
            for q in article.questions:
                out[(q.id, "text")] = q.text
                out[(q.id, "hint")] = q.hint
                for name in QUESTION_LISTS:
                    for n, line in enumerate(getattr(q, name)):
                        out[(q.id, f"{name}.{n + 1}")] = line
        for iid in chapter.item_ids:
            item = guide.items[iid]
            for name in ("title", "description", "liable"):
                out[(iid, name)] = getattr(item, name)
            out[(iid, "penalty")] = item.penalty.summary
            for n, step in enumerate(item.remediation):
                out[(iid, f"remediation.{n + 1}")] = step
    return out


class _OverlayReader:
    def __init__(self, sources: Mapping[str, bytes], guide: Guide, problems: list[Problem]) -> None:
        self.sources = sources
        self.guide = guide
        self.problems = problems
        self.english: dict[Key, Any] = {}
        self.labels = {a.id: f"Article {a.number}" for a in guide.articles.values()}
        self.labels |= {c.id: f"Chapter {c.number}" for c in guide.chapters}
        self.chapter_files: dict[str, str] = {}

    def parse(self, name: str) -> Checker | None:
        try:
            doc = parse(name, self.sources[name])
        except YamlError as exc:
            self.problems.append(Problem(name, exc.mark.line, exc.mark.column, exc.code, exc.args_))
            return None
        return Checker(doc, self.problems)

    def put(self, chk: Checker, path: tuple, key: Key, value: Any) -> None:
        if value is None:
            return
        if isinstance(value, str):
            for ref in unknown(value, self.labels):
                chk.report(path, "cross_ref_unknown", ref=ref)
            value = resolve(value, self.labels)
        self.english[key] = value

    def ids(self, chk: Checker, path: tuple, data: Any, known: Iterable[str], what: str) -> list[tuple[str, tuple]]:
        """The ids of the mapping at ``path`` that the Chinese guide has; an unknown one is reported."""
        if data is None:
            return []
        if not isinstance(data, dict):
            chk.report(path, "expected_mapping")
            return []
        known = set(known)
        out = []
        for key in data:
            if key in known:
                out.append((key, path + (key,)))
                continue
            hint, hint_en = did_you_mean(key, known)
            chk.report(path + (key,), "overlay_unknown_id", key=True, id=key, what=what, hint=hint, hint_en=hint_en)
        return out

    def read(self) -> None:
        names = sorted(n for n in self.sources if is_overlay_file(n))
        for name in names:
            chk = self.parse(name)
            if chk is None:
                continue
            if name == OVERLAY_FILES[0]:
                self.read_guide(chk)
            elif name == OVERLAY_FILES[1]:
                self.read_profile(chk)
            elif name == OVERLAY_FILES[2]:
                self.read_laws(chk)
            else:
                self.read_chapter(chk)

    def read_guide(self, chk: Checker) -> None:
        f = chk.fields((), GUIDE_SPEC)
        for name, value in (f or {}).items():
            self.put(chk, (name,), ("guide", name), value)

    def read_profile(self, chk: Checker) -> None:
        f = chk.fields((), {"business_types": opt("map", "业务类型", "business types"),
                            "activities": opt("map", "经营活动", "activities")})
        if f is None:
            return
        groups = {"business_types": "business_type", "activities": "activity"}
        for key, group in groups.items():
            known = [fid for fid, fact in self.guide.facts.items() if fact.group == group]
            for fid, path in self.ids(chk, (key,), f[key], known, "企业特征"):
                fields = chk.fields(path, FACT_SPEC)
                for name, value in (fields or {}).items():
                    self.put(chk, path + (name,), (f"fact:{fid}", name), value)

    def read_laws(self, chk: Checker) -> None:
        f = chk.fields((), {"laws": req("map", "法规的英文，按法规编号", "laws by id")})
        if f is None:
            return
        for law_id, path in self.ids(chk, ("laws",), f["laws"], self.guide.laws, "法规"):
            fields = chk.fields(path, LAW_SPEC)
            for name, value in (fields or {}).items():
                self.put(chk, path + (name,), (f"law:{law_id}", name), value)

    def read_chapter(self, chk: Checker) -> None:
        f = chk.fields((), CHAPTER_SPEC)
        if f is None or f["chapter"] is None:
            return
        chapter_id = f["chapter"]
        chapters = {c.id: c for c in self.guide.chapters}
        if chapter_id not in chapters:
            hint, hint_en = did_you_mean(chapter_id, chapters)
            chk.report(("chapter",), "overlay_unknown_id", id=chapter_id, what="章", hint=hint, hint_en=hint_en)
            return
        if chapter_id in self.chapter_files:
            chk.report(("chapter",), "duplicate_id", id=chapter_id, other=self.chapter_files[chapter_id])
            return
        self.chapter_files[chapter_id] = chk.doc.file
        chapter = chapters[chapter_id]
        self.put(chk, ("title",), (chapter_id, "title"), f["title"])
        self.put(chk, ("summary",), (chapter_id, "summary"), f["summary"])
        for aid, path in self.ids(chk, ("articles",), f["articles"], chapter.article_ids, "本章条文"):
            self.read_article(chk, path, aid)
        for iid, path in self.ids(chk, ("items",), f["items"], chapter.item_ids, "本章违规事项"):
            self.read_item(chk, path, iid)

    def read_article(self, chk: Checker, path: tuple, aid: str) -> None:
        article = self.guide.articles[aid]
        f = chk.fields(path, ARTICLE_SPEC)
        if f is None:
            return
        self.put(chk, path + ("title",), (aid, "title"), f["title"])
        self.put(chk, path + ("guidance",), (aid, "guidance"), f["guidance"])
        questions = [q.id for q in article.questions]
        for qid, qpath in self.ids(chk, path + ("questions",), f["questions"], questions, "本条问题"):
            fields = chk.fields(qpath, QUESTION_SPEC) or {}
            question = self.guide.questions[qid]
            for name in ("text", "hint"):
                self.put(chk, qpath + (name,), (qid, name), fields.get(name))
            for name, what in QUESTION_LISTS.items():
                if fields.get(name) is None:
                    continue
                lines = chk.texts(qpath + (name,), name)
                chinese = getattr(question, name)
                if len(lines) != len(chinese):
                    chk.report(qpath + (name,), "overlay_lines", owner=qid, what=what, what_en=name,
                               found=len(lines), count=len(chinese))
                for n, line in enumerate(lines[: len(chinese)]):
                    self.put(chk, qpath + (name, n), (qid, f"{name}.{n + 1}"), line)
        self.read_refs(chk, path + ("refs",), f["refs"], aid, article.legal_basis)

    def read_item(self, chk: Checker, path: tuple, iid: str) -> None:
        item = self.guide.items[iid]
        f = chk.fields(path, ITEM_SPEC)
        if f is None:
            return
        for name in ("title", "description", "liable", "penalty"):
            self.put(chk, path + (name,), (iid, name), f[name])
        if f["remediation"] is not None:
            steps = chk.texts(path + ("remediation",), "remediation")
            if len(steps) != len(item.remediation):
                chk.report(path + ("remediation",), "overlay_steps", found=len(steps), count=len(item.remediation))
            for n, step in enumerate(steps[: len(item.remediation)]):
                self.put(chk, path + ("remediation", n), (iid, f"remediation.{n + 1}"), step)
        self.read_refs(chk, path + ("refs",), f["refs"], iid, item.legal_refs)

    def read_refs(self, chk: Checker, path: tuple, data: Any, owner: str, refs: Iterable[LegalRef]) -> None:
        known = {r.key for r in refs}
        for key, rpath in self.ids(chk, path, data, known, "本处引文"):
            value = chk.value(rpath, "refs", "text")
            self.put(chk, rpath, (owner, f"ref:{key}"), value)


def read_overlay(sources: Mapping[str, bytes], guide: Guide, problems: list[Problem],
                 notes: bool = True) -> dict[Key, Any]:
    """The English texts of ``guide`` from its ``en/`` files; problems go into ``problems``.

    With ``notes``, one note per part of the guide names the texts that have no English, with a count.
    """
    reader = _OverlayReader(sources, guide, problems)
    reader.read()
    if notes:
        _missing_notes(guide, reader.english, problems)
    return reader.english


def _missing_notes(guide: Guide, english: Mapping[Key, Any], problems: list[Problem]) -> None:
    missing = [key for key in expected(guide) if key not in english]
    if not missing:
        return
    where: dict[str, list[str]] = {}
    for owner, name in missing:
        where.setdefault(_overlay_file_for(guide, owner), []).append(f"{owner}.{name}")
    for file, keys in where.items():
        shown = "、".join(keys[:MAX_MISSING_LISTED]) + ("……" if len(keys) > MAX_MISSING_LISTED else "")
        shown_en = ", ".join(keys[:MAX_MISSING_LISTED]) + (", …" if len(keys) > MAX_MISSING_LISTED else "")
        problems.append(Problem(file, 0, 0, "overlay_missing", {"count": len(keys), "keys": shown,
                                                                "keys_en": shown_en}, warning=True))


def _overlay_file_for(guide: Guide, owner: str) -> str:
    if owner == "guide":
        return OVERLAY_FILES[0]
    if owner.startswith("fact:"):
        return OVERLAY_FILES[1]
    if owner.startswith("law:"):
        return OVERLAY_FILES[2]
    chapter_id = next((c.id for c in guide.chapters if owner == c.id or owner in c.article_ids
                       or owner in c.item_ids), None)
    if chapter_id is None:  # a question: its article's chapter
        question = guide.questions[owner]
        chapter_id = guide.articles[question.article_id].chapter_id
    return f"{OVERLAY_CHAPTERS}/{chapter_id}.yaml"

