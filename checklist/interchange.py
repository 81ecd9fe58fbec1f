"""Assessment interchange: JSON (complete, re-importable) and CSV (for spreadsheets).

The JSON schema is documented in docs/assessment-json.md.
"""

from __future__ import annotations

import base64
import binascii
import csv
import datetime as dt
import hashlib
import io
import json
from pathlib import Path
from typing import Any

from .assessment import ActionItem, ActionStatus, AnswerRecord, Assessment
from .errors import Message, UserError
from .loader import GuideError, load_sources
from .model import Answer, Guide
from .profile import CompanyProfile
from .scoring import Score
from .store import MAX_ATTACHMENT_BYTES, AssessmentFile, NewAttachment

FORMAT = "legalcheck-assessment"
FORMAT_VERSION = 1
MAX_JSON_BYTES = 512 * 1024 * 1024


class InterchangeError(UserError):
    """An export that cannot be read back."""


def score_to_data(guide: Guide, score: Score) -> dict[str, Any]:
    return {
        "health_index": None if score.index is None else round(score.index, 2),
        "provisional": score.provisional,
        "level": score.level and score.level.value,
        "level_label": score.level and score.level.label,
        "index_level": score.index_level and score.index_level.value,
        "veto_items": list(score.veto_items),
        "answered": score.answered,
        "applicable_questions": score.applicable_questions,
        "counts": {lv.value: n for lv, n in score.counts.items()} | {"pending": score.pending,
                                                                        "not_applicable": score.not_applicable},
        "chapters": [
            {"id": c.chapter_id, "title": guide.chapter(c.chapter_id).title,
             "index": None if c.index is None else round(c.index, 2), "applicable_items": c.applicable_items}
            for c in score.chapters
        ],
        "items": [
            {"id": s.item_id, "title": guide.items[s.item_id].title, "applicable": s.applicable,
             "severity": s.severity, "exposure": s.exposure, "risk": round(s.risk, 4),
             "level": s.level and s.level.value, "pending": s.pending, "veto": s.veto,
             "gain_if_fixed": round(s.gain_if_fixed, 2)}
            for s in (score.items[i.id] for i in guide.items.values())
        ],
    }


def to_json(file: AssessmentFile, with_attachments: bool = False) -> dict[str, Any]:
    a = file.assessment
    attachments = []
    for att in a.attachments:
        entry: dict[str, Any] = {"question_id": att.question_id, "name": att.name, "size": att.size,
                                 "sha256": att.sha256, "added_at": att.added_at.isoformat(), "added_by": att.added_by}
        if with_attachments:
            entry["data_base64"] = base64.b64encode(file.attachment_data(att.id)).decode("ascii")
        attachments.append(entry)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": dt.datetime.now().astimezone().replace(microsecond=0).isoformat(),
        "guide": {
            "id": a.guide.meta.id, "version": a.guide.meta.version, "content_hash": a.guide.content_hash,
            "files": {name: data.decode("utf-8") for name, data in sorted(a.guide.sources.items())},
        },
        "profile": a.profile.to_data(),
        "answers": [
            {"question_id": r.question_id, "answer": r.answer and r.answer.value, "note": r.note,
             "na_reason": r.na_reason, "changed_at": r.changed_at and r.changed_at.isoformat(),
             "changed_by": r.changed_by}
            for r in sorted(a.records.values(), key=lambda r: r.question_id)
        ],
        "actions": [
            {"question_id": x.question_id, "measure": x.measure, "owner": x.owner,
             "due": x.due and x.due.isoformat(), "status": x.status.value,
             "changed_at": x.changed_at and x.changed_at.isoformat(), "changed_by": x.changed_by}
            for x in sorted(a.actions.values(), key=lambda x: x.question_id)
        ],
        "attachments": attachments,
        "score": score_to_data(a.guide, a.score()),
    }


CSV_COLUMNS = ("章", "条", "问题编号", "问题", "是否适用", "回答", "备注", "不适用理由",
               "整改措施", "责任人", "完成期限", "整改状态", "附件数")


def to_csv(assessment: Assessment) -> str:
    """One row per question, in reading order; UTF-8 with BOM so spreadsheet programs read Chinese."""
    from .applicability import applicable

    scope = applicable(assessment.guide, assessment.profile.facts)
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    guide = assessment.guide
    for q in guide.ordered_questions():
        article = guide.articles[q.article_id]
        chapter = guide.chapter(article.chapter_id)
        record = assessment.records.get(q.id)
        action = assessment.actions.get(q.id)
        writer.writerow([
            f"第{chapter.number}章 {chapter.title}", f"{article.label} {article.title}", q.id, q.text,
            "是" if q.id in scope.questions else "否",
            record.answer.label if record and record.answer else "",
            record.note if record else "", record.na_reason if record else "",
            action.measure if action else "", action.owner if action else "",
            action.due.isoformat() if action and action.due else "",
            action.status.label if action else "", len(assessment.attachments_for(q.id)),
        ])
    return out.getvalue()


# --- import -----------------------------------------------------------------


def _fail(zh: str, en: str) -> InterchangeError:
    return InterchangeError(Message(zh, en))


def read_json(path: Path) -> dict[str, Any]:
    try:
        size = path.stat().st_size
        if size > MAX_JSON_BYTES:
            raise _fail(f"文件超过 {MAX_JSON_BYTES // 1048576} MB 的上限。", "The file is too large to import.")
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except FileNotFoundError:
        raise _fail(f"找不到文件 {path}。", f"File {path} not found.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        where = f"（第 {exc.lineno} 行）" if isinstance(exc, json.JSONDecodeError) else ""
        raise _fail(f"这不是有效的 JSON 文件{where}，可能不完整或已损坏。",
                    f"This is not valid JSON{where}; it may be incomplete or damaged.") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _fail("这不是体检导出文件（缺少 \"format\": \"legalcheck-assessment\"）。",
                    "This is not an exported assessment (no \"format\": \"legalcheck-assessment\").")
    version = data.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise _fail(f"导出文件格式第 {version} 版比本软件支持的第 {FORMAT_VERSION} 版新，请升级软件。",
                    f"Export format {version} is newer than this version supports ({FORMAT_VERSION}).")
    return data


def import_json(data: dict[str, Any], target: Path, user: str, fallback_guide: Guide | None = None) -> AssessmentFile:
    """Create ``target`` from exported data; the file appears only once it is complete."""
    guide = _guide_from(data.get("guide"), fallback_guide)
    try:
        profile = CompanyProfile.from_data(_mapping(data, "profile"))
        records = [_record(r, guide) for r in _list(data, "answers")]
        actions = [_action(x, guide) for x in _list(data, "actions")]
        attachments = [_attachment(x, guide) for x in _list(data, "attachments") if "data_base64" in x]
    except (KeyError, TypeError, ValueError) as exc:
        raise _fail(f"导出文件内容有误：{exc}。", f"The export is malformed: {exc}.") from None
    return AssessmentFile.create(target, guide, profile, user, records=records, actions=actions,
                                 attachments=attachments)


def _guide_from(entry: Any, fallback: Guide | None) -> Guide:
    """The guide carried by the export, or ``fallback`` when it carries none (or the same one)."""
    if entry is not None and not isinstance(entry, dict):
        raise _fail("导出文件中的“guide”应为对象。", "The \"guide\" entry must be an object.")
    entry = entry or {}
    if isinstance(entry.get("files"), dict):
        try:
            return load_sources({str(k): str(v).encode("utf-8") for k, v in entry["files"].items()})
        except GuideError as exc:
            raise _fail(f"导出文件中的指引有 {len(exc.problems)} 处问题，无法导入。",
                        f"The guide inside the export has {len(exc.problems)} problem(s).") from None
    if fallback is not None and entry.get("content_hash") in (None, fallback.content_hash):
        return fallback
    raise _fail("导出文件没有包含所用指引，且与当前指引版本不一致。",
                "The export carries no guide and does not match the current one.")


def _mapping(data: dict, key: str) -> dict:
    value = data.get(key)
    if not isinstance(value, dict):
        raise TypeError(f"“{key}” 应为对象")
    return value


def _list(data: dict, key: str) -> list:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise TypeError(f"“{key}” 应为对象列表")
    return value


def _question(entry: dict, guide: Guide) -> str:
    qid = str(entry["question_id"])
    if qid not in guide.questions:
        raise ValueError(f"问题编号 {qid} 不在指引中")
    return qid


def _time(value: Any) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _record(entry: dict, guide: Guide) -> AnswerRecord:
    answer = Answer(entry["answer"]) if entry.get("answer") else None
    reason = str(entry.get("na_reason") or "")
    if answer is Answer.NOT_APPLICABLE and not reason.strip():
        raise ValueError(f"问题 {entry.get('question_id')} 标为不适用但没有理由")
    return AnswerRecord(_question(entry, guide), answer, str(entry.get("note") or ""), reason,
                        _time(entry.get("changed_at")), str(entry.get("changed_by") or ""))


def _action(entry: dict, guide: Guide) -> ActionItem:
    due = entry.get("due")
    return ActionItem(_question(entry, guide), str(entry.get("measure") or ""), str(entry.get("owner") or ""),
                      dt.date.fromisoformat(due) if due else None, ActionStatus(entry.get("status") or "open"),
                      _time(entry.get("changed_at")), str(entry.get("changed_by") or ""))


def _attachment(entry: dict, guide: Guide) -> NewAttachment:
    try:
        data = base64.b64decode(entry["data_base64"], validate=True)
    except (binascii.Error, TypeError):
        raise ValueError(f"附件 {entry.get('name')} 的数据不是有效的 base64") from None
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ValueError(f"附件 {entry.get('name')} 超过大小上限")
    if entry.get("sha256") and hashlib.sha256(data).hexdigest() != entry["sha256"]:
        raise ValueError(f"附件 {entry.get('name')} 的校验值不符，数据可能已损坏")
    return NewAttachment(_question(entry, guide), Path(str(entry["name"])).name, data,
                         _time(entry.get("added_at")), str(entry.get("added_by") or ""))
