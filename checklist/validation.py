"""One set of checks for what goes into an assessment, whoever brings it: the wizard, ``legalcheck new``, an
import, or a change through the store. Each check collects :class:`Invalid` problems (the field, a code and a
message in Chinese and English naming the field and the limit); :func:`raise_first` turns them into the error
kind of the caller. Every limit here is listed in docs/assessment-json.md.

Also here: how a value from a file is shown in a message (:func:`shown`), and what a user is told when a file
cannot be written where they asked (:func:`write_problem`, :func:`os_error_message`).
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import shutil
import sqlite3
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .assessment import ActionItem, AnswerRecord
from .engagement import Contact, Engagement, Interview, Lawyer, SignOff
from .errors import Message, UserError
from .model import Answer, Guide
from .profile import CompanyProfile, check_profile
from .vocabulary import ActionStatus

# --- limits (docs/assessment-json.md lists each with its message) -------------------------------------------

NAME_CHARS = 200  # 企业名称
SHORT_TEXT_CHARS = 200  # region, assessor, reviewer, period, owner, changed_by, added_by
NOTE_CHARS = 20000  # 备注
NA_REASON_CHARS = 2000  # 不适用理由
MEASURE_CHARS = 5000  # 整改措施
ATTACHMENT_NAME_CHARS = 255  # what common file systems allow for one name
MAX_ATTACHMENTS = 10000  # per assessment file
EARLIEST_DATE = dt.date(2000, 1, 1)
LATEST_DATE = dt.date(2100, 12, 31)
MAX_LISTED = 10  # problems spelled out in one message; the rest are counted
ENGAGEMENT_TEXT_CHARS = 5000  # 体检范围, 假设与依赖限制
DOCUMENT_CHARS = 500  # one document reviewed
MAX_ENGAGEMENT_ENTRIES = 500  # documents, interviews, lawyers or contacts, each
LICENCE_DIGITS = 17  # 律师执业证号: 17 digits


@dataclass(frozen=True)
class Invalid:
    """One problem with one field: ``field`` names it as the file does, ``code`` the kind of problem."""

    field: str
    code: str
    message: Message


def raise_first(problems: Iterable[Invalid], make: Callable[[str, Message], UserError]) -> None:
    """Raise ``make(code, message)`` for the first problem, if there is one (``make``: e.g. StoreError)."""
    for problem in problems:
        raise make(problem.code, problem.message)


def summary(problems: list[Invalid], what: Message) -> Message:
    """``what`` (e.g. "导出文件有误，未生成文件") followed by up to MAX_LISTED problems, one a line."""
    listed = problems[:MAX_LISTED]
    more = len(problems) - len(listed)
    zh = [f"{what.zh}（{len(problems)} 处问题）："] + [f"  {p.message.zh}" for p in listed]
    en = [f"{what.en} ({len(problems)} problem(s)):"] + [f"  {p.message.en}" for p in listed]
    if more:
        zh.append(f"  ……另有 {more} 处问题未列出。")
        en.append(f"  … and {more} more.")
    return Message("\n".join(zh), "\n".join(en))


# --- showing a value from a file in a message ----------------------------------------------------------------

# Control characters, direction controls ("invoice\u202efdp.exe") and lone surrogates: written as escapes.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\u{code:04x}" if code > 0xFF else f"\\x{code:02x}"


def shown(value: Any, limit: int = 40) -> str:
    """A value from a file as a message may show it: cut to ``limit`` characters, control characters, lone
    surrogates and direction overrides written as escapes, anything but text named by its type."""
    if isinstance(value, bool) or value is None:
        return "true" if value is True else "false" if value is False else "null"
    if isinstance(value, int):
        digits = value.bit_length() * 0.30103
        return str(value) if digits < 40 else f"一个 {int(digits) + 1} 位的数"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, list):
        return f"列表（{len(value)} 项）"
    if isinstance(value, dict):
        return f"对象（{len(value)} 项）"
    if not isinstance(value, str):
        return type(value).__name__
    text = _INVISIBLE.sub(_escape, value[:limit])
    return f"“{text}{'…' if len(value) > limit else ''}”"


# --- text fields ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Label:
    zh: str
    en: str


LABELS = {
    "name": Label("企业名称", "The company name"),
    "uscc": Label("统一社会信用代码", "The unified social credit code"),
    "facts": Label("企业特征", "The profile facts"),
    "region": Label("所在地区", "The region"),
    "size": Label("企业规模", "The size"),
    "assessor": Label("评估人", "The assessor"),
    "reviewer": Label("审核人", "The reviewer"),
    "assessment_date": Label("体检日期", "The assessment date"),
    "period": Label("体检期间", "The assessment period"),
    "question_id": Label("问题编号", "The question id"),
    "answer": Label("回答", "The answer"),
    "note": Label("备注", "The note"),
    "na_reason": Label("不适用理由", "The reason for not applicable"),
    "changed_at": Label("修改时间", "The change time"),
    "changed_by": Label("修改人", "The person who changed it"),
    "measure": Label("整改措施", "The measure"),
    "owner": Label("责任人", "The owner"),
    "due": Label("完成期限", "The due date"),
    "status": Label("整改状态", "The status"),
    "attachment_name": Label("附件名称", "The attachment name"),
    "added_at": Label("添加时间", "The time added"),
    "added_by": Label("添加人", "The person who added it"),
    "reference": Label("委托编号", "The engagement reference"),
    "firm": Label("出具律师事务所", "The issuing firm"),
    "scope": Label("体检范围", "The scope"),
    "as_of": Label("事实截止日", "The as-of date"),
    "assumptions": Label("假设与依赖限制", "The assumptions and limits of reliance"),
    "document": Label("审阅文件", "A document reviewed"),
    "person_name": Label("姓名", "The name"),
    "position": Label("职务", "The position"),
    "phone": Label("联系电话", "The phone number"),
    "interview_date": Label("访谈日期", "The interview date"),
    "licence": Label("执业证号", "The licence number"),
    "signed_by": Label("签发人", "The person who signed off"),
    "signed_at": Label("签发时间", "The sign-off time"),
}


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")  # NUL; a lone surrogate cannot be written as UTF-8
_UNSTORABLE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")  # and, in a one-line field, any control


def _bad_char(value: str, single_line: bool) -> str | None:
    """The first character that cannot be stored (NUL, a lone surrogate) or, in a one-line field, any
    control character; None when there is none."""
    found = (_UNSTORABLE_LINE if single_line else _UNSTORABLE).search(value)
    return found.group() if found else None


def prefixed(where: Message, problems: list[Invalid]) -> list[Invalid]:
    """The problems with ``where`` (e.g. "问题 “Q01-1”：") in front of each message."""
    return [Invalid(p.field, p.code, Message(where.zh + p.message.zh, where.en + p.message.en)) for p in problems]


def text_problems(field: str, value: Any, limit: int, *, required: bool = False,
                  single_line: bool = True) -> list[Invalid]:
    """A text field: text (not a number or list), within ``limit`` characters, storable, present if required."""
    label = LABELS[field]

    def problem(code: str, zh: str, en: str) -> list[Invalid]:
        return [Invalid(field, code, Message(zh, en))]

    if not isinstance(value, str):
        return problem("wrong_type", f"{label.zh}应为文字，而不是{shown(value)}。",
                       f"{label.en} must be text, not {shown(value)}.")
    if len(value) > limit:
        return problem("too_long", f"{label.zh}不能超过 {limit:,} 字（现有 {len(value):,} 字）。",
                       f"{label.en} is limited to {limit:,} characters (it has {len(value):,}).")
    if required and not value.strip():
        return problem("required", f"请填写{label.zh}。", f"{label.en} is required.")
    bad = _bad_char(value, single_line)
    if bad is not None:
        return problem("bad_character", f"{label.zh}含有不能保存的字符（U+{ord(bad):04X}），请删除它。",
                       f"{label.en} contains a character that cannot be stored (U+{ord(bad):04X}).")
    return []


def date_problems(field: str, value: Any) -> list[Invalid]:
    """A date (or None) between EARLIEST_DATE and LATEST_DATE."""
    if value is None:
        return []
    label = LABELS[field]
    day = value.date() if isinstance(value, dt.datetime) else value
    if not isinstance(day, dt.date):
        return [Invalid(field, "wrong_type", Message(f"{label.zh}应为日期，而不是{shown(value)}。",
                                                     f"{label.en} must be a date, not {shown(value)}."))]
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        return [Invalid(field, "date_out_of_range", Message(
            f"{label.zh} {day.isoformat()} 不在 {EARLIEST_DATE.isoformat()} 至 {LATEST_DATE.isoformat()} 之间。",
            f"{label.en} {day.isoformat()} is not between {EARLIEST_DATE.isoformat()} and "
            f"{LATEST_DATE.isoformat()}."))]
    return []


def parse_date(field: str, value: Any, *, with_time: bool = False) -> tuple[Any, list[Invalid]]:
    """An ISO date (``2026-11-28``) or date-time from a file; null or "" is None."""
    if value is None or value == "":
        return None, []
    label = LABELS[field]
    example = "2026-11-28T10:02:11+08:00" if with_time else "2026-11-28"
    if isinstance(value, str) and len(value) <= 40:
        try:
            parsed = dt.datetime.fromisoformat(value) if with_time else dt.date.fromisoformat(value)
        except ValueError:
            pass
        else:
            return parsed, date_problems(field, parsed)
    return None, [Invalid(field, "bad_date", Message(
        f"{label.zh} {shown(value)} 不是有效的日期，应写成 {example} 的形式。",
        f"{label.en} {shown(value)} is not a valid date; write it as {example}."))]


# --- the profile ----------------------------------------------------------------------------------------------

_PROFILE_ORDER = ("name", "uscc", "facts", "region", "size", "assessor", "reviewer", "assessment_date", "period")


def profile_problems(profile: CompanyProfile, guide: Guide) -> list[Invalid]:
    """Everything wrong with a profile, in the order of the form. The 统一社会信用代码 and the facts are checked
    by :func:`checklist.profile.check_profile` (GB 32100 check digit, facts the guide knows, a business type)."""
    problems: list[Invalid] = []
    problems += text_problems("name", profile.name, NAME_CHARS, required=True)
    if not isinstance(profile.uscc, str):
        problems += text_problems("uscc", profile.uscc, 24)
    for name in ("region", "size", "assessor", "reviewer", "period"):
        problems += text_problems(name, getattr(profile, name), SHORT_TEXT_CHARS)
    facts = profile.facts
    if isinstance(facts, str) or not isinstance(facts, (set, frozenset)) or not all(
            isinstance(f, str) for f in facts):
        problems.append(Invalid("facts", "wrong_type", Message(
            f"企业特征应为特征编号的列表，而不是{shown(facts)}。",
            f"The profile facts must be a list of fact ids, not {shown(facts)}.")))
    problems += date_problems("assessment_date", profile.assessment_date)
    if not any(p.code == "wrong_type" for p in problems):  # check_profile needs text and a set of text
        unknown = sorted(facts - set(guide.facts))
        if unknown:
            listed = "、".join(shown(f) for f in unknown[:MAX_LISTED]) + ("……" if len(unknown) > MAX_LISTED else "")
            problems.append(Invalid("facts", "unknown_fact", Message(
                f"指引中没有这些企业特征（共 {len(unknown)} 个）：{listed}。",
                f"The guide has no such profile facts ({len(unknown)}): {listed.replace('、', ', ')}.")))
        seen = {p.field for p in problems if p.field != "facts"}
        known = replace(profile, facts=frozenset(facts) & frozenset(guide.facts))
        problems += [Invalid(p.field, f"bad_{p.field}", p.message)
                     for p in check_profile(known, guide).problems if p.field not in seen]
    return sorted(problems, key=lambda p: _PROFILE_ORDER.index(p.field))


def company_problems(profile: CompanyProfile, guide: Guide) -> list[Invalid]:
    """The profile's problems apart from its facts: what the wizard's company page checks."""
    return [p for p in profile_problems(profile, guide) if p.field != "facts"]


# --- answers, actions, attachments ----------------------------------------------------------------------------


def question_problems(question_id: Any, guide: Guide) -> list[Invalid]:
    """The id names a question of the guide (with a hint for a near miss, see schema.did_you_mean)."""
    if isinstance(question_id, str) and question_id in guide.questions:
        return []
    from .schema import did_you_mean

    hint, hint_en = did_you_mean(question_id, guide.questions) if isinstance(question_id, str) else ("", "")
    return [Invalid("question_id", "unknown_question", Message(
        f"指引中没有问题 {shown(question_id)}。{hint}", f"The guide has no question {shown(question_id)}. {hint_en}".strip()))]


def record_problems(record: AnswerRecord, guide: Guide | None = None) -> list[Invalid]:
    """An answer record: a known question (with ``guide``), an answer of the allowed set, a note within
    NOTE_CHARS, a reason for 不适用 within NA_REASON_CHARS, a plausible time and person."""
    problems: list[Invalid] = []
    if record.answer is not None and not isinstance(record.answer, Answer):
        problems.append(Invalid("answer", "bad_answer", Message(
            f"回答 {shown(record.answer)} 不是允许的值（{'、'.join(a.value for a in Answer)}）。",
            f"The answer {shown(record.answer)} is not one of {', '.join(a.value for a in Answer)}.")))
    problems += text_problems("note", record.note, NOTE_CHARS, single_line=False)
    problems += text_problems("na_reason", record.na_reason, NA_REASON_CHARS, single_line=False)
    if record.answer is Answer.NOT_APPLICABLE and isinstance(record.na_reason, str) and not record.na_reason.strip():
        problems.append(Invalid("na_reason", "na_reason_required", Message(
            "标为“不适用”时请写明理由。", "Give a reason when marking a question not applicable.")))
    problems += date_problems("changed_at", record.changed_at)
    problems += text_problems("changed_by", record.changed_by, SHORT_TEXT_CHARS)
    return _of_question(record.question_id, guide, problems)


def _of_question(question_id: Any, guide: Guide | None, problems: list[Invalid]) -> list[Invalid]:
    """The problems of an entry of one question. Checked against a ``guide`` (a whole file: an import), an unknown
    question comes first and each message names the question; a change of one question (the store) needs not."""
    if guide is None:
        return problems
    where = Message(f"问题 {shown(question_id)}：", f"Question {shown(question_id)}: ")
    return question_problems(question_id, guide) + (prefixed(where, problems) if problems else [])


def action_problems(action: ActionItem, guide: Guide | None = None) -> list[Invalid]:
    """An action item: measure within MEASURE_CHARS, owner within SHORT_TEXT_CHARS, a real due date between
    EARLIEST_DATE and LATEST_DATE, a status of the allowed set."""
    problems = text_problems("measure", action.measure, MEASURE_CHARS, single_line=False)
    problems += text_problems("owner", action.owner, SHORT_TEXT_CHARS)
    problems += date_problems("due", action.due)
    if not isinstance(action.status, ActionStatus):
        problems.append(Invalid("status", "bad_status", Message(
            f"整改状态 {shown(action.status)} 不是允许的值（{'、'.join(s.value for s in ActionStatus)}）。",
            f"The status {shown(action.status)} is not one of {', '.join(s.value for s in ActionStatus)}.")))
    problems += date_problems("changed_at", action.changed_at)
    problems += text_problems("changed_by", action.changed_by, SHORT_TEXT_CHARS)
    return _of_question(action.question_id, guide, problems)


def attachment_name_problems(name: Any) -> list[Invalid]:
    """An attachment's name: 1 to ATTACHMENT_NAME_CHARS characters, one name (no / or \\), no control character."""
    problems = text_problems("attachment_name", name, ATTACHMENT_NAME_CHARS, required=True)
    if problems:
        return problems
    if "/" in name or "\\" in name or name.strip() in (".", ".."):
        return [Invalid("attachment_name", "bad_attachment_name", Message(
            f"附件名称 {shown(name)} 不是单个文件名（不能含有 / 或 \\）。",
            f"The attachment name {shown(name)} is not a single file name (no / or \\)."))]
    return []


def new_attachment_problems(attachment: Any, guide: Guide | None = None) -> list[Invalid]:
    """An attachment to be written (a store.NewAttachment): a known question, its name, when and by whom."""
    problems = attachment_name_problems(attachment.name)
    problems += date_problems("added_at", attachment.added_at)
    problems += text_problems("added_by", attachment.added_by, SHORT_TEXT_CHARS)
    return _of_question(attachment.question_id, guide, problems)


def contents_problems(guide: Guide, profile: CompanyProfile | None, records: Iterable[AnswerRecord] = (),
                      actions: Iterable[ActionItem] = (), attachments: Iterable[Any] = ()) -> list[Invalid]:
    """Everything a new file would hold: the profile (unless None), each record and action (once per
    question), each attachment (store.NewAttachment), at most MAX_ATTACHMENTS of them."""
    problems = profile_problems(profile, guide) if profile is not None else []
    for kind, entries, check in (("answer", records, record_problems), ("action", actions, action_problems)):
        seen: set[Any] = set()
        for entry in entries:
            problems += check(entry, guide)
            key = entry.question_id if isinstance(entry.question_id, str) else id(entry)
            if key in seen:
                problems.append(Invalid("question_id", f"duplicate_{kind}", Message(
                    f"问题 {shown(entry.question_id)} 的{'回答' if kind == 'answer' else '整改事项'}出现了不止一次。",
                    f"Question {shown(entry.question_id)} has more than one {kind}.")))
            seen.add(key)
    count = 0
    for attachment in attachments:
        problems += new_attachment_problems(attachment, guide)
        count += 1
    return problems + attachment_count_problems(count)


def attachment_count_problems(count: int) -> list[Invalid]:
    if count <= MAX_ATTACHMENTS:
        return []
    return [Invalid("attachments", "too_many_attachments", Message(
        f"一个体检文件最多 {MAX_ATTACHMENTS:,} 个附件（现有 {count:,} 个）。",
        f"An assessment file holds at most {MAX_ATTACHMENTS:,} attachments ({count:,} given)."))]


# --- the engagement and the sign-off --------------------------------------------------------------------------

_ENGAGEMENT_LISTS = {"documents": ("审阅文件", "documents"), "interviews": ("访谈", "interviews"),
                     "lawyers": ("承办律师", "lawyers"), "contacts": ("企业联系人", "contacts")}


def licence_problems(value: Any) -> list[Invalid]:
    """A 律师执业证号: empty, or LICENCE_DIGITS digits."""
    problems = text_problems("licence", value, SHORT_TEXT_CHARS)
    if problems or not value:
        return problems
    if not (value.isascii() and value.isdigit() and len(value) == LICENCE_DIGITS):
        return [Invalid("licence", "bad_licence", Message(
            f"执业证号 {shown(value)} 应为 {LICENCE_DIGITS} 位数字（见律师执业证）。",
            f"The licence number {shown(value)} must be {LICENCE_DIGITS} digits (as on the lawyer's licence)."))]
    return []


def _person_problems(person: Lawyer | Contact | Interview, where: Message) -> list[Invalid]:
    problems = text_problems("person_name", person.name, SHORT_TEXT_CHARS, required=True)
    if isinstance(person, Lawyer):
        problems += licence_problems(person.licence)
    else:
        problems += text_problems("position", person.position, SHORT_TEXT_CHARS)
    if isinstance(person, Contact):
        problems += text_problems("phone", person.phone, SHORT_TEXT_CHARS)
    if isinstance(person, Interview):
        problems += date_problems("interview_date", person.day)
    return prefixed(where, problems)


def engagement_problems(engagement: Engagement) -> list[Invalid]:
    """The engagement's fields: short texts, paragraphs within ENGAGEMENT_TEXT_CHARS, a plausible as-of date,
    at most MAX_ENGAGEMENT_ENTRIES entries a list, every person named, every licence number of 17 digits."""
    e = engagement
    problems = text_problems("reference", e.reference, SHORT_TEXT_CHARS)
    problems += text_problems("firm", e.firm, NAME_CHARS)
    problems += text_problems("scope", e.scope, ENGAGEMENT_TEXT_CHARS, single_line=False)
    problems += date_problems("as_of", e.as_of)
    problems += text_problems("assumptions", e.assumptions, ENGAGEMENT_TEXT_CHARS, single_line=False)
    for key, (zh, en) in _ENGAGEMENT_LISTS.items():
        entries = getattr(e, key)
        if len(entries) > MAX_ENGAGEMENT_ENTRIES:
            problems.append(Invalid(key, "too_many", Message(
                f"{zh}最多 {MAX_ENGAGEMENT_ENTRIES} 项（现有 {len(entries):,} 项）。",
                f"At most {MAX_ENGAGEMENT_ENTRIES} {en} ({len(entries):,} given).")))
            continue
        for n, entry in enumerate(entries, 1):
            where = Message(f"{zh}第 {n} 项：", f"{en.capitalize()} {n}: ")
            if key == "documents":
                problems += prefixed(where, text_problems("document", entry, DOCUMENT_CHARS, required=True))
            else:
                problems += _person_problems(entry, where)
    if e.partner is not None:
        problems += _person_problems(e.partner, Message("审核合伙人：", "Reviewing partner: "))
    return problems


def signoff_problems(signoff: SignOff) -> list[Invalid]:
    problems = text_problems("signed_by", signoff.by, SHORT_TEXT_CHARS, required=True)
    problems += licence_problems(signoff.licence)
    problems += date_problems("signed_at", signoff.at)
    return problems


def engagement_from_data(data: Any) -> tuple[Engagement, list[Invalid]]:
    """An engagement from its JSON form (a file's, an export's), and every problem of it. A wrong structure
    (a list where an object belongs) is a problem; a wrong value is kept for engagement_problems to name."""
    problems: list[Invalid] = []

    def fail(key: str, zh: str, en: str) -> None:
        problems.append(Invalid(key, "wrong_type", Message(zh, en)))

    if not isinstance(data, dict):
        fail("engagement", f"委托事实应为对象，而不是{shown(data)}。", f"The engagement must be an object, not {shown(data)}.")
        return Engagement(), problems

    def text(entry: dict, key: str) -> Any:
        value = entry.get(key)
        return "" if value is None else value

    def day(entry: dict, key: str, field: str) -> Any:
        value, bad = parse_date(field, entry.get(key))
        problems.extend(bad)
        return value

    def entries(key: str) -> list[dict]:
        value = data.get(key)
        zh, en = _ENGAGEMENT_LISTS[key]
        if value is None:
            return []
        if not isinstance(value, list) or len(value) > MAX_ENGAGEMENT_ENTRIES:
            what_zh = f"最多 {MAX_ENGAGEMENT_ENTRIES} 项的列表" if isinstance(value, list) else "列表"
            fail(key, f"{zh}应为{what_zh}，而不是{shown(value)}。", f"The {en} must be a list, not {shown(value)}.")
            return []
        if key != "documents" and not all(isinstance(v, dict) for v in value):
            fail(key, f"{zh}的每一项应为对象。", f"Each of the {en} must be an object.")
            return []
        return value

    partner = data.get("partner")
    if partner is not None and not isinstance(partner, dict):
        fail("partner", f"审核合伙人应为对象，而不是{shown(partner)}。",
             f"The reviewing partner must be an object, not {shown(partner)}.")
        partner = None
    engagement = Engagement(
        reference=text(data, "reference"), firm=text(data, "firm"), scope=text(data, "scope"),
        as_of=day(data, "as_of", "as_of"),
        documents=tuple(entries("documents")),
        interviews=tuple(Interview(text(v, "name"), text(v, "position"), day(v, "date", "interview_date"))
                         for v in entries("interviews")),
        assumptions=text(data, "assumptions"),
        lawyers=tuple(Lawyer(text(v, "name"), text(v, "licence")) for v in entries("lawyers")),
        partner=Lawyer(text(partner, "name"), text(partner, "licence")) if partner else None,
        contacts=tuple(Contact(text(v, "name"), text(v, "position"), text(v, "phone")) for v in entries("contacts")),
    )
    return engagement, problems + engagement_problems(engagement)


# --- where a file is written ----------------------------------------------------------------------------------

_CAUSES: dict[int, tuple[str, str]] = {
    errno.EACCES: ("没有写入权限", "no permission to write there"),
    errno.EPERM: ("没有写入权限", "no permission to write there"),
    errno.EROFS: ("所在位置是只读的，没有写入权限", "the location is read-only"),
    errno.ENOSPC: ("磁盘空间不足", "the disk is full"),
    getattr(errno, "EDQUOT", -1): ("磁盘空间不足（超出配额）", "the disk quota is exceeded"),
    errno.ENOENT: ("文件夹不存在", "the folder does not exist"),
    errno.ENOTDIR: ("路径中有一部分是文件而不是文件夹", "part of the path is a file, not a folder"),
    errno.EISDIR: ("这是一个文件夹", "it is a folder"),
    errno.ENAMETOOLONG: ("文件名太长", "the name is too long"),
    errno.EIO: ("读写设备出错", "an input/output error on the device"),
}


def os_error_message(path: str | os.PathLike[str], exc: OSError, *, create: bool = False) -> Message:
    """What a failed write of ``path`` tells the user: the path and the real cause, in words."""
    detail = exc.strerror or str(exc)
    zh, en = _CAUSES.get(exc.errno or 0, (detail, detail))
    if create:
        return Message(f"无法创建 {path}：{zh}。", f"Cannot create {path}: {en}.")
    return Message(f"无法写入 {path}：{zh}。", f"Cannot write {path}: {en}.")


def cannot_create(path: Path, exc: OSError | sqlite3.Error) -> tuple[str, Message]:
    """The code and message of a new file that could not be made: the path and the real cause. SQLite's own
    words ("disk I/O error") are turned into the cause where the folder tells it (full, read-only)."""
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        if "full" in text or _free_bytes(path.parent) < 1024 * 1024:
            exc = OSError(errno.ENOSPC, str(exc))
        elif "readonly" in text or "read-only" in text or _read_only_mount(path.parent):
            exc = OSError(errno.EROFS, str(exc))
        else:
            exc = OSError(0, str(exc))
    code = {errno.ENOSPC: "disk_full", getattr(errno, "EDQUOT", -1): "disk_full", errno.EROFS: "read_only",
            errno.EACCES: "no_permission", errno.EPERM: "no_permission"}.get(exc.errno or 0, "write_failed")
    return code, os_error_message(path, exc, create=True)


def _free_bytes(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 1 << 62


def write_problem(path: str | os.PathLike[str]) -> Message | None:
    """Why a new file cannot be written at ``path`` (folder missing, not a folder, not writable, ``path`` a
    folder), checked before any work is done; None when it looks possible. The write itself may still fail
    (a full disk), and reports its own cause through :func:`os_error_message`."""
    target = Path(path)
    folder = target.parent
    try:
        if target.is_dir():
            return os_error_message(target, OSError(errno.EISDIR, "Is a directory"))
        mode = os.stat(folder).st_mode
    except OSError as exc:
        return os_error_message(target, exc)
    if not stat.S_ISDIR(mode):
        return os_error_message(target, OSError(errno.ENOTDIR, "Not a directory"))
    if not os.access(folder, os.W_OK | os.X_OK):
        readonly = _read_only_mount(folder)
        return os_error_message(target, OSError(errno.EROFS if readonly else errno.EACCES, ""))
    return None


def _read_only_mount(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # pragma: no cover - no statvfs on Windows
        return False
