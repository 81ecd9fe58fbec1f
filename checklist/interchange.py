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
import os
import stat
from contextlib import suppress
from pathlib import Path
from typing import Any

from .assessment import ActionItem, ActionStatus, AnswerRecord, Assessment
from .engagement import current_signoff
from .errors import Message, UserError
from .loader import GuideError, content_hash, load_sources
from .model import Answer, Guide
from .profile import CompanyProfile, normalise_uscc
from .schema import suggestion_budget
from .scoring import Score
from .store import MAX_ATTACHMENT_BYTES, AssessmentFile, NewAttachment
from .validation import (
    MAX_LISTED,
    Invalid,
    contents_problems,
    engagement_from_data,
    os_error_message,
    parse_date,
    prefixed,
    shown,
    summary,
    write_problem,
)

FORMAT = "legalcheck-assessment"
FORMAT_VERSION = 1
SUPPORTED_VERSIONS = (1,)
PROFILE_FIELDS = frozenset(CompanyProfile.__dataclass_fields__)
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
        "level_waits": score.level_waits,
        "answered": score.completion.answered,
        "applicable_questions": score.completion.questions,
        "assessed_items": score.completion.assessed_items,
        "applicable_items": score.completion.items,
        "counts": {lv.value: n for lv, n in score.counts.items()} | {"unassessed": score.unassessed,
                                                                        "pending": score.pending,
                                                                        "not_applicable": score.not_applicable},
        "chapters": [
            {"id": c.chapter_id, "title": guide.chapter(c.chapter_id).title,
             "index": None if c.index is None else round(c.index, 2), "applicable_items": c.applicable_items}
            for c in score.chapters
        ],
        "items": [
            {"id": s.item_id, "title": guide.items[s.item_id].title, "applicable": s.applicable,
             "severity": s.severity, "exposure": s.exposure, "risk": round(s.risk, 4),
             "level": s.level and s.level.value, "assessed": s.assessed, "pending": s.pending, "veto": s.veto,
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
        "engagement": a.engagement.to_data(),
        # for the record only: an import makes a new file, whose reports are final once it is signed off itself
        "signoff": None if (s := current_signoff(a)) is None else {
            "by": s.by, "licence": s.licence, "at": s.at.isoformat()},
        "score": score_to_data(a.guide, a.score()),
    }


CSV_COLUMNS = ("章", "条", "问题编号", "问题", "是否适用", "回答", "备注", "不适用理由",
               "整改措施", "责任人", "完成期限", "整改状态", "附件数")


# A spreadsheet program takes a cell starting with one of these as a formula (=HYPERLINK(…), +cmd|…).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A cell as a spreadsheet program shows it and never runs it: text that would start a formula gets an
    apostrophe in front, which the program takes as "this is text" (as OWASP advises). A text that already
    starts with apostrophes before such a character gets one more, so :func:`from_csv_cell` undoes it exactly."""
    if isinstance(value, str) and value.lstrip("'").startswith(FORMULA_STARTS):
        return "'" + value
    return value


def from_csv_cell(text: str) -> str:
    """The text a cell written by :func:`csv_cell` stands for."""
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_STARTS):
        return text[1:]
    return text


def to_csv(assessment: Assessment) -> str:
    """One row per question, in reading order; UTF-8 with BOM so spreadsheet programs read Chinese. A cell that a
    spreadsheet program would run as a formula is written as text (see csv_cell)."""
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
        writer.writerow(csv_cell(cell) for cell in [
            f"第{chapter.number}章 {chapter.title}", f"{article.label} {article.title}", q.id, q.text,
            "是" if q.id in scope.questions else "否",
            record.answer.label if record and record.answer else "",
            record.note if record else "", record.na_reason if record else "",
            action.measure if action else "", action.owner if action else "",
            action.due.isoformat() if action and action.due else "",
            action.status.label if action else "", len(assessment.attachments_for(q.id)),
        ])
    return out.getvalue()


# --- writing an export -------------------------------------------------------


def write_export(path: str | Path, text: str) -> None:
    """Write an export to ``path``: a regular file through a temporary name and a rename, so a full disk leaves
    no half file; a device or pipe given by name (``/dev/stdout``) is written as a stream. Every failure is an
    InterchangeError naming the path and the cause; no cleanup step can hide it."""
    path = Path(path)
    data = text.encode("utf-8")
    if _is_stream(path):
        try:
            with open(path, "wb") as stream:
                stream.write(data)
        except OSError as exc:
            raise InterchangeError(os_error_message(path, exc), code="write_failed") from None
        return
    problem = export_problem(path)
    if problem is not None:
        raise InterchangeError(problem, code="write_failed")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    made = False
    try:
        with open(tmp, "wb") as handle:
            made = True
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        made = False
    except OSError as exc:
        raise InterchangeError(os_error_message(path, exc), code="write_failed") from None
    finally:
        if made:
            with suppress(OSError):
                tmp.unlink()


def export_problem(path: str | Path) -> Message | None:
    """Why an export cannot be written to ``path`` (see validation.write_problem), checked before the work."""
    return None if _is_stream(Path(path)) else write_problem(path)


def _is_stream(path: Path) -> bool:
    """``path`` names a device or a pipe (``/dev/stdout``, ``/dev/full``): written as it is, never replaced."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


# --- import -----------------------------------------------------------------


def _fail(zh: str, en: str, code: str = "invalid") -> InterchangeError:
    return InterchangeError(Message(zh, en), code=code)


def read_json(path: Path) -> dict[str, Any]:
    """The parsed export at ``path``, its format checked (see check_format); an InterchangeError otherwise."""
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise _fail(f"找不到文件 {path}。", f"File {path} not found.", "not_found") from None
    except OSError as exc:
        raise _fail(f"无法读取 {path}：{exc.strerror or exc}。", f"Cannot read {path}: {exc.strerror or exc}.",
                    "unreadable") from None
    if stat.S_ISDIR(info.st_mode):
        raise _fail(f"{path} 是一个文件夹，不是导出文件。", f"{path} is a folder, not an export.", "not_a_file")
    if not stat.S_ISREG(info.st_mode):  # a pipe or a device could be read for ever
        raise _fail(f"{path} 不是普通文件（可能是管道或设备），不能导入。",
                    f"{path} is not a regular file (a pipe or a device); it cannot be imported.", "not_a_file")
    if info.st_size > MAX_JSON_BYTES:
        size, limit = info.st_size / 1048576, MAX_JSON_BYTES // 1048576
        raise _fail(f"文件 {path.name} 有 {size:,.0f} MB，超过导入文件 {limit} MB 的上限。",
                    f"The file {path.name} is {size:,.0f} MB, over the {limit} MB limit for an import.", "too_large")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        why = "没有读取权限" if isinstance(exc, PermissionError) else exc.strerror or str(exc)
        raise _fail(f"无法读取 {path}：{why}。", f"Cannot read {path}: {exc.strerror or exc}.", "unreadable") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        where = f"（第 {exc.lineno} 行）" if isinstance(exc, json.JSONDecodeError) else ""
        raise _fail(f"这不是有效的 JSON 文件{where}，可能不完整或已损坏。",
                    f"This is not valid JSON{where}; it may be incomplete or damaged.") from None
    except RecursionError:
        raise _fail("这不是体检导出文件：JSON 的嵌套层数过多（超过约 1,000 层）。",
                    "This is not an exported assessment: the JSON is nested too deeply (over about 1,000 levels).",
                    "too_deep") from None
    except ValueError:  # a number of more than 4,300 digits
        raise _fail("这不是体检导出文件：JSON 中有一个位数过多的数字。",
                    "This is not an exported assessment: the JSON holds a number with too many digits.") from None
    check_format(data)
    return data


def check_format(data: Any) -> None:
    """The data is an export (``format``) of a version this program reads (``format_version``: an integer)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _fail("这不是体检导出文件（缺少 \"format\": \"legalcheck-assessment\"）。",
                    "This is not an exported assessment (no \"format\": \"legalcheck-assessment\").", "not_an_export")
    if "format_version" not in data:
        raise _fail("导出文件缺少格式版本号 format_version。", "The export has no format_version.", "bad_version")
    version = data["format_version"]
    supported = "、".join(map(str, SUPPORTED_VERSIONS))
    if isinstance(version, str) and version.strip().isdecimal() and len(version) < 10:
        raise _fail(f"格式版本号 format_version 应写成数字 {version.strip()}，而不是文字 \"{version}\"（去掉引号）。",
                    f"format_version must be the number {version.strip()}, not the text \"{version}\" "
                    "(remove the quotes).", "bad_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _fail(f"格式版本号 format_version 应为整数（本软件支持第 {supported} 版），而不是 {shown(version)}。",
                    f"format_version must be a whole number (this version reads {supported}), not {shown(version)}.",
                    "bad_version")
    if version > FORMAT_VERSION:
        raise _fail(f"导出文件格式第 {shown(version)} 版比本软件支持的第 {FORMAT_VERSION} 版新，请升级软件。",
                    f"Export format {shown(version)} is newer than this version supports ({FORMAT_VERSION}).",
                    "too_new")
    if version not in SUPPORTED_VERSIONS:
        raise _fail(f"格式版本号 format_version {shown(version)} 无效（本软件支持第 {supported} 版）。",
                    f"format_version {shown(version)} is not valid (this version reads {supported}).", "bad_version")


def import_json(data: dict[str, Any], target: Path, user: str, fallback_guide: Guide | None = None) -> AssessmentFile:
    """Create ``target`` from exported data; the file appears only once it is complete.

    Every entry goes through the checks of checklist.validation (those the store makes on each change); all
    problems are reported at once, up to validation.MAX_LISTED of them spelled out, and no file is made.
    """
    check_format(data)
    with suggestion_budget():  # a near-miss hint for the first few unknown ids only: no hang on thousands
        guide = _guide_from(data.get("guide"), fallback_guide)
        problems: list[Invalid] = []
        profile = _profile(data.get("profile"), problems)
        records = [r for i, e in enumerate(_list(data, "answers", problems)) if (r := _record(e, i, problems))]
        actions = [x for i, e in enumerate(_list(data, "actions", problems)) if (x := _action(e, i, problems))]
        attachments = [a for i, e in enumerate(_list(data, "attachments", problems))
                       if (a := _attachment(e, i, problems))]
        problems += [Invalid(p.field, p.code, Message("企业信息：" + p.message.zh, "Profile: " + p.message.en))
                     if p.field in PROFILE_FIELDS else p
                     for p in contents_problems(guide, profile, records, actions, attachments)]
        engagement = None
        if data.get("engagement") is not None:
            engagement, bad = engagement_from_data(data["engagement"])
            problems += prefixed(Message("委托事实：", "Engagement: "), bad)
    if problems:
        raise InterchangeError(summary(problems, Message("导出文件有误，未生成文件", "The export has problems; no file was made")),
                               code=problems[0].code)
    return AssessmentFile.create(target, guide, profile, user, records=records, actions=actions,
                                 attachments=attachments, engagement=engagement)


def _guide_from(entry: Any, fallback: Guide | None) -> Guide:
    """The guide carried by the export, or ``fallback`` when it carries none (or the same one)."""
    if entry is not None and not isinstance(entry, dict):
        raise _fail(f"导出文件中的“guide”应为对象，而不是{shown(entry)}。",
                    f"The \"guide\" entry must be an object, not {shown(entry)}.")
    entry = entry or {}
    files = entry.get("files")
    if files is not None:
        if not isinstance(files, dict):
            raise _fail(f"导出文件中的“guide.files”应为对象（文件名: 内容），而不是{shown(files)}。",
                        f"\"guide.files\" must be an object (name: text), not {shown(files)}.")
        sources = {}
        for name, text in files.items():
            if not isinstance(text, str):
                raise _fail(f"指引文件 {shown(name)} 的内容应为文字，而不是{shown(text)}。",
                            f"The guide file {shown(name)} must be text, not {shown(text)}.")
            try:
                sources[name] = text.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise _fail(f"指引文件 {shown(name)} 含有不能保存的字符（U+{ord(text[exc.start]):04X}）。",
                            f"The guide file {shown(name)} contains a character that cannot be stored "
                            f"(U+{ord(text[exc.start]):04X}).") from None
        declared = entry.get("content_hash")
        if declared is not None and declared != content_hash(sources):
            raise _fail("导出文件中的指引与它记录的内容校验值不一致：指引文件在导出后被改动过，不能据此导入。"
                        "如需改用新版本指引，请先导入，再在软件中迁移到新版本。",
                        "The guide inside the export does not match its recorded content hash: its files were "
                        "changed after the export. Import first, then migrate to the new guide version.",
                        "guide_altered")
        try:
            guide = load_sources(sources)
        except GuideError as exc:
            errors = [p for p in exc.problems if not p.warning]
            listed = errors[:MAX_LISTED]
            more = f"\n  ……另有 {len(errors) - len(listed)} 处问题未列出。" if len(errors) > len(listed) else ""
            more_en = f"\n  … and {len(errors) - len(listed)} more." if len(errors) > len(listed) else ""
            raise _fail(f"导出文件中的指引有 {len(errors)} 处问题，无法导入：\n"
                        + "\n".join("  " + p.render("zh") for p in listed) + more,
                        f"The guide inside the export has {len(errors)} problem(s):\n"
                        + "\n".join("  " + p.render("en") for p in listed) + more_en, "bad_guide") from None
        stated = (entry.get("id"), entry.get("version"))
        if stated != (None, None) and stated != (guide.meta.id, guide.meta.version):
            raise _fail(f"导出文件记录的指引编号和版本（{shown(stated[0])} {shown(stated[1])}）与其中的指引"
                        f"（{guide.meta.id} {guide.meta.version}）不一致。",
                        f"The export names guide {shown(stated[0])} {shown(stated[1])} but carries "
                        f"{guide.meta.id} {guide.meta.version}.", "guide_altered")
        return guide
    if fallback is not None and entry.get("content_hash") in (None, fallback.content_hash):
        return fallback
    raise _fail("导出文件没有包含所用指引，且与当前指引版本不一致。",
                "The export carries no guide and does not match the current one.", "no_guide")


_ENTRY_NAMES = {"answers": ("回答", "answers"), "actions": ("整改事项", "actions"),
                "attachments": ("附件", "attachments")}


def _list(data: dict, key: str, problems: list[Invalid]) -> list:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        problems.append(Invalid(key, "wrong_type", Message(
            f"导出文件中的“{key}”（{_ENTRY_NAMES[key][0]}）应为列表，而不是{shown(value)}。",
            f"\"{key}\" must be a list, not {shown(value)}.")))
        return []
    return value


def _entry(entry: Any, key: str, i: int, problems: list[Invalid]) -> dict | None:
    """``entry`` as a mapping with a text question_id, or None with the problem noted."""
    zh, en = _ENTRY_NAMES[key]
    if not isinstance(entry, dict):
        problems.append(Invalid(key, "wrong_type", Message(
            f"{zh}第 {i + 1} 项应为对象，而不是{shown(entry)}。", f"{en}[{i}] must be an object, not {shown(entry)}.")))
        return None
    qid = entry.get("question_id")
    if not isinstance(qid, str):
        problems.append(Invalid("question_id", "wrong_type", Message(
            f"{zh}第 {i + 1} 项的问题编号 question_id 应为文字，而不是{shown(qid)}。",
            f"{en}[{i}]: question_id must be text, not {shown(qid)}.")))
        return None
    return entry


def _text(entry: dict, key: str) -> Any:
    """A text field as given (null is ""): a wrong type is left for validation to name."""
    value = entry.get(key)
    return "" if value is None else value


def _choice(value: Any, kind: type) -> Any:
    """The enum member named by ``value`` or, when there is none, ``value`` itself for validation to name."""
    if isinstance(value, str):
        try:
            return kind(value)
        except ValueError:
            return value
    return value


def _record(raw: Any, i: int, problems: list[Invalid]) -> AnswerRecord | None:
    entry = _entry(raw, "answers", i, problems)
    if entry is None:
        return None
    qid = entry["question_id"]
    answer = entry.get("answer")
    changed_at, bad = parse_date("changed_at", entry.get("changed_at"), with_time=True)
    problems += prefixed(_at(qid), bad) if bad else []
    return AnswerRecord(qid, None if answer in (None, "") else _choice(answer, Answer), _text(entry, "note"),
                        _text(entry, "na_reason"), changed_at, _text(entry, "changed_by"))


def _action(raw: Any, i: int, problems: list[Invalid]) -> ActionItem | None:
    entry = _entry(raw, "actions", i, problems)
    if entry is None:
        return None
    qid = entry["question_id"]
    due, bad = parse_date("due", entry.get("due"))
    changed_at, bad_time = parse_date("changed_at", entry.get("changed_at"), with_time=True)
    problems += prefixed(_at(qid), bad + bad_time) if bad or bad_time else []
    status = entry.get("status")
    return ActionItem(qid, _text(entry, "measure"), _text(entry, "owner"), due,
                      ActionStatus.OPEN if status in (None, "") else _choice(status, ActionStatus), changed_at,
                      _text(entry, "changed_by"))


def _attachment(raw: Any, i: int, problems: list[Invalid]) -> NewAttachment | None:
    """An attachment with its data (one listed without ``data_base64`` is not imported)."""
    entry = _entry(raw, "attachments", i, problems)
    if entry is None or "data_base64" not in entry:
        return None
    qid, name, encoded = entry["question_id"], entry.get("name"), entry["data_base64"]

    def bad(zh: str, en: str) -> None:
        at = _at(qid)
        problems.append(Invalid("data_base64", "bad_attachment", Message(at.zh + zh, at.en + en)))

    if not isinstance(encoded, str):
        bad(f"附件 {shown(name)} 的数据应为 base64 文字。", f"the data of {shown(name)} must be base64 text.")
        return None
    if len(encoded) > (MAX_ATTACHMENT_BYTES + 2) // 3 * 4 + 4:
        bad(f"附件 {shown(name)} 超过单个附件 {MAX_ATTACHMENT_BYTES // 1048576} MB 的上限。",
            f"{shown(name)} is over the {MAX_ATTACHMENT_BYTES // 1048576} MB limit per attachment.")
        return None
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        bad(f"附件 {shown(name)} 的数据不是有效的 base64。", f"the data of {shown(name)} is not valid base64.")
        return None
    if len(data) > MAX_ATTACHMENT_BYTES:
        bad(f"附件 {shown(name)} 超过单个附件 {MAX_ATTACHMENT_BYTES // 1048576} MB 的上限。",
            f"{shown(name)} is over the {MAX_ATTACHMENT_BYTES // 1048576} MB limit per attachment.")
        return None
    digest = entry.get("sha256")
    if digest not in (None, "") and hashlib.sha256(data).hexdigest() != digest:
        bad(f"附件 {shown(name)} 的校验值不符，数据可能已损坏。",
            f"the checksum of {shown(name)} does not match; the data may be damaged.")
        return None
    added_at, bad_time = parse_date("added_at", entry.get("added_at"), with_time=True)
    problems += prefixed(_at(qid), bad_time) if bad_time else []
    return NewAttachment(qid, "" if name is None else name, data, added_at, _text(entry, "added_by"))


def _at(question_id: str) -> Message:
    return Message(f"问题 {shown(question_id)}：", f"Question {shown(question_id)}: ")


def _profile(raw: Any, problems: list[Invalid]) -> CompanyProfile | None:
    """The profile as given; wrong types are kept for validation to name (facts as a string stays a string)."""
    if not isinstance(raw, dict):
        problems.append(Invalid("profile", "wrong_type", Message(
            f"导出文件中的“profile”（企业信息）应为对象，而不是{shown(raw)}。",
            f"\"profile\" must be an object, not {shown(raw)}.")))
        return None
    facts = raw.get("facts")
    if facts is None:
        facts = frozenset()
    elif isinstance(facts, list) and all(isinstance(f, str) for f in facts):
        facts = frozenset(facts)
    day, bad = parse_date("assessment_date", raw.get("assessment_date"))
    problems += prefixed(Message("企业信息：", "Profile: "), bad)
    uscc = _text(raw, "uscc")
    return CompanyProfile(
        name=_text(raw, "name"), uscc=normalise_uscc(uscc) if isinstance(uscc, str) else uscc, facts=facts,
        region=_text(raw, "region"), size=_text(raw, "size"), assessor=_text(raw, "assessor"),
        reviewer=_text(raw, "reviewer"), assessment_date=day, period=_text(raw, "period"))
