"""What changed between two versions of a guide: chapters, articles, items, questions, citations,
law statuses and scoring parameters, each field's old and new text side by side.

Text is compared with :mod:`difflib` (character by character: Chinese has no spaces to split on).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from enum import StrEnum
from html import escape

from .conditions import to_data as condition_data
from .errors import Message
from .model import Guide, Item, LegalRef


class Kind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


class Entity(StrEnum):
    META = "meta"
    CHAPTER = "chapter"
    ARTICLE = "article"
    QUESTION = "question"
    ITEM = "item"
    LAW = "law"
    SCORING = "scoring"

    @property
    def title(self) -> Message:
        return ENTITY_TITLES[self]


ENTITY_TITLES = {
    Entity.META: Message("指引信息", "Guide"),
    Entity.CHAPTER: Message("章", "Chapters"),
    Entity.ARTICLE: Message("条文", "Articles"),
    Entity.QUESTION: Message("检查问题", "Questions"),
    Entity.ITEM: Message("违规事项", "Violation items"),
    Entity.LAW: Message("法规登记与法律状态", "Law registry and status"),
    Entity.SCORING: Message("评分参数", "Scoring parameters"),
}
KIND_WORDS = {Kind.ADDED: Message("新增", "added"), Kind.REMOVED: Message("删除", "removed"),
              Kind.CHANGED: Message("修改", "changed")}


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str  # the field's name as a clerk knows it
    old: str
    new: str


@dataclass(frozen=True)
class Change:
    kind: Kind
    entity: Entity
    id: str
    title: str
    fields: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class GuideDiff:
    old_version: str
    new_version: str
    changes: tuple[Change, ...]
    release_notes: str = ""  # the new version's own notes

    def of(self, entity: Entity) -> list[Change]:
        return [c for c in self.changes if c.entity is entity]

    def find(self, entity: Entity, id_: str) -> Change | None:
        return next((c for c in self.changes if c.entity is entity and c.id == id_), None)

    @property
    def empty(self) -> bool:
        return not self.changes


# --- how each entity is described, field by field ----------------------------------


def _refs(guide: Guide, refs: tuple[LegalRef, ...]) -> str:
    return "\n".join(f"{guide.cite(r)}：{r.quote}{_for_whom(r.condition)}" for r in refs)


def _for_whom(condition) -> str:
    """（适用条件：…） after a provision or a part of a penalty that concerns some companies only."""
    return f"（适用条件：{_cond(condition)}）" if condition is not None else ""


def _cond(condition) -> str:
    return "" if condition is None else str(condition_data(condition))


def _article_fields(guide: Guide, aid: str) -> dict[str, tuple[str, str]]:
    a = guide.articles[aid]
    return {
        "number": ("条号", guide_article_label(guide, aid)),
        "title": ("标题", a.title),
        "guidance": ("指引正文", a.guidance),
        "legal_basis": ("法律依据", _refs(guide, a.legal_basis)),
        "applies_when": ("适用条件", _cond(a.condition)),
        "questions": ("问题", "、".join(q.id for q in a.questions)),
    }


def guide_article_label(guide: Guide, aid: str) -> str:
    return guide.articles[aid].label


def _question_fields(guide: Guide, qid: str) -> dict[str, tuple[str, str]]:
    q = guide.questions[qid]
    return {
        "text": ("问题", q.text),
        "hint": ("核查提示", q.hint),
        "kind": ("问题类型", q.kind.text()),
        "applies_when": ("适用条件", _cond(q.condition)),
        "article": ("所属条文", q.article_id),
        "items": ("检测的违规事项", "、".join(guide.items_for_question(qid))),
        "advice": ("整改建议", "\n".join(q.advice)),
    }


def _item_fields(guide: Guide, iid: str) -> dict[str, tuple[str, str]]:
    it: Item = guide.items[iid]
    p = it.penalty
    return {
        "title": ("事项名称", it.title),
        "description": ("违规情形", it.description),
        "liable": ("责任主体", it.liable),
        "applies_when": ("适用条件", _cond(it.condition)),
        "questions": ("检查问题", "、".join(it.question_ids)),
        "obligation_basis": ("义务依据", _refs(guide, it.obligation_basis)),
        "penalty_basis": ("处罚依据", _refs(guide, it.penalty_basis)),
        "criminal_basis": ("刑事责任依据", _refs(guide, it.criminal_basis)),
        "penalty": ("法律后果", "\n".join(f"{line.text}{_for_whom(line.condition)}" for line in p.lines)
                    if p.lines else p.summary),
        "sanctions": ("处罚种类与罚款上限", f"{'、'.join(sorted(p.sanctions))}；{p.fine_max_yuan or '—'}"
                                           f"{'；按倍数' if p.fine_by_multiple else ''}"),
        "severity": ("严重程度", str(it.severity)),
        "remediation": ("整改建议", "\n".join(it.remediation)),
    }


def _law_fields(guide: Guide, law_id: str) -> dict[str, tuple[str, str]]:
    law = guide.laws[law_id]
    return {
        "title": ("全称", law.title),
        "revision": ("修订", f"{law.revision.isoformat()} {law.revision_note}"),
        "effective": ("施行日期", law.effective.isoformat() if law.effective else ""),
        "status": ("法律状态", law.status_on(guide.meta.effective_date).describe()),
        "change_note": ("变化说明", law.change_note),
    }


def _chapter_fields(guide: Guide, cid: str) -> dict[str, tuple[str, str]]:
    c = guide.chapter(cid)
    return {
        "title": ("标题", c.title),
        "summary": ("概述", c.summary),
        "articles": ("条文", "、".join(c.article_ids)),
        "items": ("违规事项", "、".join(c.item_ids)),
    }


def _scoring_fields(guide: Guide) -> dict[str, tuple[str, str]]:
    s = guide.scoring
    return {
        "answer_exposure": ("暴露程度", "、".join(f"{a.label} {v:g}" for a, v in s.answer_exposure.items())),
        "control_exposure_cap": ("防范措施类问题上限", f"{s.control_exposure_cap:g}"),
        "severity": ("严重程度规则", "\n".join(
            f"{r.value} {r.name.zh}：刑事{'是' if r.criminal else '否'}；{'、'.join(r.sanctions)}；"
            f"{r.fine_at_least_yuan or '—'}；{'倍数' if r.fine_by_multiple else ''}" for r in s.severity_rules)),
        "item_levels": ("事项等级", "、".join(f"{lv.label} ≥ {v:g}" for lv, v in s.item_level_min_risk.items())),
        "index_levels": ("整体等级", "、".join(f"{lv.label} ≥ {v:g}" for lv, v in s.index_level_min.items())),
        "veto_cap": ("一票否决上限", s.veto_cap.label),
    }


def _meta_fields(guide: Guide) -> dict[str, tuple[str, str]]:
    m = guide.meta
    return {
        "title": ("标题", m.title),
        "version": ("版本", m.version),
        "effective_date": ("施行日期", m.effective_date.isoformat()),
        "law_status_date": ("法律状态截至", m.law_status_date.isoformat() if m.law_status_date else ""),
        "issuing_body": ("发布机关", m.issuing_body),
        "notice": ("说明与声明", m.notice),
    }


def _compare(entity: Entity, id_: str, title: str, old: dict, new: dict) -> Change | None:
    fields = tuple(FieldChange(k, new[k][0], old[k][1], new[k][1]) for k in new if old.get(k, ("", ""))[1] != new[k][1])
    return Change(Kind.CHANGED, entity, id_, title, fields) if fields else None


def _entities(entity: Entity, old_ids: list[str], new_ids: list[str], old: Guide, new: Guide, fields, title):
    out = []
    for id_ in new_ids:
        if id_ not in old_ids:
            out.append(Change(Kind.ADDED, entity, id_, title(new, id_)))
        elif (change := _compare(entity, id_, title(new, id_), fields(old, id_), fields(new, id_))) is not None:
            out.append(change)
    out += [Change(Kind.REMOVED, entity, id_, title(old, id_)) for id_ in old_ids if id_ not in new_ids]
    return out


def diff(old: Guide, new: Guide) -> GuideDiff:
    changes: list[Change] = []
    meta = _compare(Entity.META, new.meta.id, new.meta.title, _meta_fields(old), _meta_fields(new))
    changes += [meta] if meta else []
    changes += _entities(Entity.CHAPTER, [c.id for c in old.chapters], [c.id for c in new.chapters], old, new,
                         _chapter_fields, lambda g, i: f"{g.chapter(i).label} {g.chapter(i).title}")
    changes += _entities(Entity.ARTICLE, list(old.articles), list(new.articles), old, new, _article_fields,
                         lambda g, i: f"{g.articles[i].label} {g.articles[i].title}")
    changes += _entities(Entity.QUESTION, [q.id for q in old.ordered_questions()],
                         [q.id for q in new.ordered_questions()], old, new, _question_fields,
                         lambda g, i: g.questions[i].text)
    changes += _entities(Entity.ITEM, list(old.items), list(new.items), old, new, _item_fields,
                         lambda g, i: g.items[i].title)
    changes += _entities(Entity.LAW, list(old.laws), list(new.laws), old, new, _law_fields,
                         lambda g, i: g.laws[i].title)
    scoring = _compare(Entity.SCORING, "scoring", "评分参数", _scoring_fields(old), _scoring_fields(new))
    changes += [scoring] if scoring else []
    return GuideDiff(old.meta.version, new.meta.version, tuple(changes), new.meta.release_notes)


# --- output ------------------------------------------------------------------------


def to_text(d: GuideDiff, lang: str = "zh") -> str:
    en = lang == "en"
    lines = [f"{d.old_version} → {d.new_version}"]
    if d.release_notes:
        lines += ["", "Release notes:" if en else "本版说明：", d.release_notes.rstrip()]
    if d.empty:
        lines.append("No changes." if en else "两个版本内容相同。")
    for entity in Entity:
        changes = d.of(entity)
        if not changes:
            continue
        lines += ["", f"== {entity.title.text(lang)}（{len(changes)}）" if not en else
                  f"== {entity.title.text(lang)} ({len(changes)})"]
        for c in changes:
            mark = {Kind.ADDED: "+", Kind.REMOVED: "-", Kind.CHANGED: "~"}[c.kind]
            lines.append(f"{mark} {c.id} {c.title}  [{KIND_WORDS[c.kind].text(lang)}]")
            for f in c.fields:
                lines.append(f"    {f.label}:" if en else f"    {f.label}：")
                lines += [f"      {line}" for line in _line_diff(f.old, f.new)]
    return "\n".join(lines) + "\n"


def _line_diff(old: str, new: str) -> list[str]:
    """Old and new text, line by line, marked - and +; unchanged lines once."""
    out = []
    for line in difflib.ndiff(old.splitlines() or [""], new.splitlines() or [""]):
        if line.startswith("? "):
            continue
        out.append(line)
    return out


def to_data(d: GuideDiff) -> dict:
    return {
        "old_version": d.old_version,
        "new_version": d.new_version,
        "release_notes": d.release_notes,
        "changes": [
            {"kind": c.kind.value, "entity": c.entity.value, "id": c.id, "title": c.title,
             "fields": [{"field": f.field, "label": f.label, "old": f.old, "new": f.new} for f in c.fields]}
            for c in d.changes
        ],
    }


def _marked(old: str, new: str) -> tuple[str, str]:
    """Both texts escaped, with what was removed and what was added marked, character by character."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    left, right = [], []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        a, b = escape(old[i1:i2]), escape(new[j1:j2])
        if op == "equal":
            left.append(a)
            right.append(b)
        else:
            if a:
                left.append(f'<span class="del">{a}</span>')
            if b:
                right.append(f'<span class="ins">{b}</span>')
    return "".join(left).replace("\n", "<br>"), "".join(right).replace("\n", "<br>")


HTML_STYLE = (".del { background: #FDECEA; color: #7A1A10; text-decoration: line-through; } "
              ".ins { background: #E7F5EA; color: #1B5E20; } td { vertical-align: top; padding: 2px 6px; } "
              "th { text-align: left; }")


def to_html(d: GuideDiff, lang: str = "zh", page: bool = True) -> str:
    """The diff as HTML the app can show and a browser can open; every text from the guides is escaped."""
    en = lang == "en"
    parts = [f"<h2>{escape(d.old_version)} → {escape(d.new_version)}</h2>"]
    if d.release_notes:
        parts.append(f"<h3>{'Release notes' if en else '本版说明'}</h3>")
        parts += [f"<p>{escape(line)}</p>" for line in d.release_notes.splitlines() if line.strip()]
    if d.empty:
        parts.append(f"<p>{'No changes.' if en else '两个版本内容相同。'}</p>")
    for entity in Entity:
        changes = d.of(entity)
        if not changes:
            continue
        parts.append(f"<h3>{escape(entity.title.text(lang))}（{len(changes)}）</h3>")
        for c in changes:
            parts.append(f"<h4>{escape(KIND_WORDS[c.kind].text(lang))}　{escape(c.id)}　{escape(c.title)}</h4>")
            if c.fields:
                rows = []
                for f in c.fields:
                    left, right = _marked(f.old, f.new)
                    rows.append(f"<tr><th colspan='2'>{escape(f.label)}</th></tr><tr><td width='50%'>{left}</td>"
                                f"<td width='50%'>{right}</td></tr>")
                head = (f"<tr><th>{d.old_version if not en else 'Old ' + d.old_version}</th>"
                        f"<th>{d.new_version if not en else 'New ' + d.new_version}</th></tr>")
                parts.append(f"<table width='100%'>{head}{''.join(rows)}</table>")
    body = "".join(parts)
    if not page:
        return body
    return (f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{escape(d.old_version)} → "
            f"{escape(d.new_version)}</title><style>{HTML_STYLE}</style></head><body>{body}</body></html>")
