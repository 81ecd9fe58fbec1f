"""Records and rows: one mapping per table, the only place that names its columns and turns a record into
a row and back; every value read is checked as it is taken."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ..assessment import ActionItem, ActionStatus, AnswerRecord, Archived, Attachment, Review
from ..engagement import Engagement, SignOff
from ..errors import Message, UserError
from ..loader import MAX_CHAPTER_FILES, MAX_STATUTE_FILES, REQUIRED_FILES
from ..model import Answer
from ..profile import CompanyProfile
from ..yamldoc import MAX_FILE_BYTES

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory lock, SQLite still guards the data
    fcntl = None  # type: ignore[assignment]

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
MAX_VALUE_BYTES = MAX_ATTACHMENT_BYTES + 1024 * 1024  # no value a file holds is larger: SQLite refuses to read one


MAX_GUIDE_FILES = len(REQUIRED_FILES) + MAX_CHAPTER_FILES + MAX_STATUTE_FILES


@dataclass(frozen=True)
class NewAttachment:
    """An attachment to write into a new file (on import)."""

    question_id: str
    name: str
    data: bytes
    added_at: dt.datetime | None = None
    added_by: str = ""


_W = TypeVar("_W")


_R = TypeVar("_R")


@dataclass(frozen=True)
class _Table(Generic[_W, _R]):
    name: str
    written: tuple[str, ...]  # the columns to_row fills
    read: tuple[str, ...]  # the columns from_row takes
    to_row: Callable[[_W], dict[str, Any]]
    from_row: Callable[[dict[str, Any]], _R]
    key: tuple[str, ...] = ()  # what a save replaces; none: a save always adds a row
    added: Mapping[str, Any] = field(default_factory=dict)

    @property
    def _insert(self) -> str:
        return (f"INSERT INTO {self.name} ({', '.join(self.written)}) "
                f"VALUES ({', '.join(':' + c for c in self.written)})")

    def insert(self, conn: sqlite3.Connection, records: Iterable[_W]) -> None:
        """Add rows; a key already present is an error (bulk writes into a new file)."""
        conn.executemany(self._insert, (self.to_row(r) for r in records))

    def save(self, conn: sqlite3.Connection, record: _W) -> int:
        return self.write_row(conn, self.to_row(record))

    def write_row(self, conn: sqlite3.Connection, row: dict[str, Any]) -> int:
        """Insert ``row``, or update the columns it names in the row with the same key; return the rowid."""
        sql = self._insert
        if self.key:
            sql += f" ON CONFLICT ({', '.join(self.key)}) DO UPDATE SET " + ", ".join(
                f"{c} = excluded.{c}" for c in self.written if c not in self.key)
        return conn.execute(sql, row).lastrowid or 0

    def rows(self, conn: sqlite3.Connection, tail: str = "", params: Iterable[Any] = ()) -> Iterator[_R]:
        """The records of the table (``tail``: WHERE / ORDER BY), reading only the columns the file has."""
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({self.name})")}
        missing = [c for c in self.read if c not in present and c not in self.added]
        if missing:
            raise sqlite3.DatabaseError(f"{self.name} has no column {', '.join(missing)}")
        names = [c for c in self.read if c in present]
        for values in conn.execute(f"SELECT {', '.join(names)} FROM {self.name} {tail}", tuple(params)):
            yield self.from_row({**self.added, **dict(zip(names, values, strict=True))})


class _Invalid(Exception):
    """A value in the file that no assessment file holds; ``detail`` says which and why."""

    def __init__(self, detail: Message) -> None:
        super().__init__(detail.en)
        self.detail = detail


_COLUMN_NAMES = {
    "question_id": ("问题编号", "question id"), "answer": ("回答", "answer"), "note": ("备注", "note"),
    "na_reason": ("不适用理由", "reason for not applicable"), "changed_at": ("修改时间", "time of change"),
    "changed_by": ("修改人", "changed by"), "measure": ("整改措施", "measure"), "owner": ("负责人", "owner"),
    "due": ("完成期限", "due date"), "status": ("状态", "status"), "id": ("编号", "id"), "name": ("名称", "name"),
    "size": ("大小", "size"), "sha256": ("校验值", "checksum"), "added_at": ("添加时间", "time added"),
    "added_by": ("添加人", "added by"), "key": ("名称", "key"), "value": ("值", "value"),
    "content": ("内容", "content"), "compression": ("压缩方式", "compression"), "data": ("内容", "data"),
    "at": ("时间", "time"), "by": ("操作人", "user"), "action": ("操作", "action"), "target": ("对象", "target"),
    "old": ("原值", "old value"), "new": ("新值", "new value"),
    "guide_version": ("指引版本", "guide version"), "question_text": ("问题", "question"),
    "reasons": ("复核原因", "reasons"), "old_text": ("原问题", "former question"),
    "old_answer": ("原回答", "former answer"), "since_version": ("起始版本", "since version"),
    "licence": ("执业证号", "licence number"), "fingerprint": ("内容校验值", "content fingerprint"),
}


_TABLE_NAMES = {
    "answers": ("回答记录", "the answers"), "actions": ("整改事项", "the action items"),
    "attachments": ("附件", "the attachments"), "meta": ("文件信息", "the file information"),
    "guide_files": ("所存指引", "the stored guide"), "audit": ("修改记录", "the audit log"),
    "profile": ("企业信息", "the company profile"),
    "archive": ("存档", "the archive"), "reviews": ("复核标记", "the review marks"),
    "engagement": ("委托事实", "the engagement"), "signoff": ("签发定稿", "the sign-off"),
}


def _shown(value: str, limit: int = 40) -> str:
    """A value as a message quotes it: cut short, anything unprintable written as an escape."""
    text = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in value[:limit])
    return text + ("…" if len(value) > limit else "")


def _valid_text(value: str) -> bool:
    """Text that can be shown, saved and exported: no lone surrogate (nor undecodable bytes, read as such)."""
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _decode_text(data: bytes) -> str:
    # SQLite hands back TEXT as stored; bytes that are not UTF-8 become lone surrogates, which _valid_text refuses.
    return data.decode("utf-8", "surrogateescape")


_E = TypeVar("_E", Answer, ActionStatus)


class _Row:
    """One row read from a table, its values checked one by one as the mapping takes them."""

    def __init__(self, table: str, row: Mapping[str, Any]) -> None:
        self.table = table
        self.row = row

    def _where(self) -> tuple[str, str]:
        """Which row: "回答记录中问题 Q01-1 的" / "of question Q01-1 in the answers"."""
        table_zh, table_en = _TABLE_NAMES.get(self.table, (self.table, self.table))
        for key in ("question_id", "name", "key"):
            value = self.row.get(key)
            if isinstance(value, str) and _valid_text(value):
                if key == "question_id":
                    return f"{table_zh}中问题 {_shown(value)} 的", f"of question {_shown(value)} in {table_en}"
                return f"{table_zh}中“{_shown(value)}”的", f"of '{_shown(value)}' in {table_en}"
        return f"{table_zh}中的", f"in {table_en}"

    def fail(self, column: str, zh: str, en: str) -> _Invalid:
        where_zh, where_en = self._where()
        col_zh, col_en = _COLUMN_NAMES.get(column, (column, column))
        return _Invalid(Message(f"{where_zh}{col_zh}{zh}", f"the {col_en} {where_en} {en}"))

    def text(self, column: str) -> str:
        value = self.row[column]
        if isinstance(value, str):
            if not _valid_text(value):
                raise self.fail(column, "含有无效字符（孤立的代理码位或不是 UTF-8 的字节）",
                                "holds an invalid character (a lone surrogate or bytes that are not UTF-8)")
            return value
        if isinstance(value, bytes):
            raise self.fail(column, f"应为文字，却是二进制数据（{len(value):,} 字节）",
                            f"should be text but is binary data ({len(value):,} bytes)")
        if value is None:
            raise self.fail(column, "缺失", "is missing")
        raise self.fail(column, f"应为文字，却是数值 {_shown(str(value))}", f"should be text but is the number {value!r}")

    def optional_text(self, column: str) -> str | None:
        return None if self.row[column] is None else self.text(column)

    def integer(self, column: str) -> int:
        value = self.row[column]
        if isinstance(value, int) and value >= 0:
            return value
        raise self.fail(column, "应为非负整数", "should be a whole number of at least 0")

    def blob(self, column: str) -> bytes:
        value = self.row[column]
        if isinstance(value, bytes):
            return value
        raise self.fail(column, "应为二进制数据", "should be binary data")

    def time(self, column: str) -> dt.datetime:
        value = self.text(column)
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(column, f"“{_shown(value)}”不是有效的时间",
                            f"is not a valid time ({_shown(value)!r})") from None

    def date(self, column: str) -> dt.date | None:
        value = self.optional_text(column)
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise self.fail(column, f"“{_shown(value)}”不是有效的日期",
                            f"is not a valid date ({_shown(value)!r})") from None

    def choice(self, column: str, allowed: type[_E]) -> _E:
        value = self.text(column)
        try:
            return allowed(value)
        except ValueError:
            raise self.fail(column, f"“{_shown(value)}”不是允许的值（应为 {'、'.join(allowed)} 之一）",
                            f"is {_shown(value)!r}, which is not allowed (one of {', '.join(allowed)})") from None


def _inflate(row: _Row) -> tuple[str, bytes]:
    """A stored guide file, decompressed, never beyond the size a guide file may have (a zlib bomb stops here)."""
    name, content, compression = row.text("name"), row.blob("content"), row.text("compression")
    if compression == "none":
        data = content
    elif compression == "zlib":
        inflater = zlib.decompressobj()
        try:
            data = inflater.decompress(content, MAX_FILE_BYTES + 1)
        except zlib.error:
            raise row.fail("content", "无法解压", "cannot be decompressed") from None
        if len(data) > MAX_FILE_BYTES:
            raise row.fail("content", f"解压后超过单个指引文件 {MAX_FILE_BYTES // 1048576} MB 的上限",
                           f"is over the {MAX_FILE_BYTES // 1048576} MB limit of a guide file once decompressed")
        if not inflater.eof:
            raise row.fail("content", "不完整，无法解压", "is cut short and cannot be decompressed")
    else:
        raise row.fail("compression", f"“{_shown(compression)}”不是已知的压缩方式",
                       f"is {_shown(compression)!r}, not a known compression")
    return name, data


def _profile(row: _Row) -> CompanyProfile:
    text = row.text("data")

    def bad(zh: str, en: str) -> _Invalid:
        return _Invalid(Message(f"企业信息{zh}", f"the company profile {en}"))

    try:
        data = json.loads(text)
    except RecursionError:
        raise bad("嵌套层数过多，不是体检文件会保存的企业信息", "is nested too deeply to be a profile") from None
    except ValueError as exc:
        raise bad(f"不是有效的 JSON（第 {getattr(exc, 'pos', 0) + 1} 个字符处）",
                  f"is not valid JSON (at character {getattr(exc, 'pos', 0) + 1})") from None
    if not isinstance(data, dict):
        kind_zh, kind_en = {list: ("列表", "a list"), str: ("文字", "a string")}.get(type(data), ("单个值", "a single value"))
        raise bad(f"应为一组字段（JSON 对象），却是{kind_zh}", f"should be a JSON object but is {kind_en}")
    try:
        _json(data).encode("utf-8")
    except UnicodeEncodeError:
        raise bad("含有无效字符（孤立的代理码位）", "holds an invalid character (a lone surrogate)") from None
    except (RecursionError, ValueError):
        raise bad("嵌套层数过多，不是体检文件会保存的企业信息", "is nested too deeply to be a profile") from None
    try:
        return CompanyProfile.from_data(data)
    except UserError as exc:
        raise bad(f"有误：{exc.message.zh}", f"is wrong: {exc.message.en}") from None
    except (ValueError, TypeError, AttributeError, KeyError, RecursionError) as exc:
        raise bad(f"有无法识别的内容（{_shown(str(exc), 80)}）",
                  f"holds something that cannot be read ({_shown(str(exc), 80)})") from None


def _reader(table: str, build: Callable[[_Row], _R]) -> Callable[[dict[str, Any]], _R]:
    return lambda row: build(_Row(table, row))


META: _Table[tuple[str, str], tuple[str, str]] = _Table(
    "meta", ("key", "value"), ("key", "value"),
    to_row=lambda kv: {"key": kv[0], "value": kv[1]},
    from_row=_reader("meta", lambda r: (r.text("key"), r.text("value"))),
    key=("key",))


GUIDE_FILES: _Table[tuple[str, bytes], tuple[str, bytes]] = _Table(
    "guide_files", ("name", "content", "compression"), ("name", "content", "compression"),
    to_row=lambda file: {"name": file[0], "content": _compress(file[1]), "compression": "zlib"},
    from_row=_reader("guide_files", _inflate),
    key=("name",), added={"compression": "none"})  # since version 2


PROFILE: _Table[CompanyProfile, CompanyProfile] = _Table(
    "profile", ("id", "data"), ("data",),
    to_row=lambda profile: {"id": 1, "data": _json(profile.to_data())},
    from_row=_reader("profile", _profile),
    key=("id",))


ANSWERS: _Table[AnswerRecord, AnswerRecord] = _Table(
    "answers", ("question_id", "answer", "note", "na_reason", "changed_at", "changed_by"),
    ("question_id", "answer", "note", "na_reason", "changed_at", "changed_by"),
    to_row=lambda r: {"question_id": r.question_id, "answer": r.answer and r.answer.value, "note": r.note,
                      "na_reason": r.na_reason, "changed_at": r.changed_at and r.changed_at.isoformat(),
                      "changed_by": r.changed_by},
    from_row=_reader("answers", lambda r: AnswerRecord(
        r.text("question_id"), None if r.row["answer"] is None else r.choice("answer", Answer),
        r.text("note"), r.text("na_reason"), r.time("changed_at"), r.text("changed_by"))),
    key=("question_id",))


ACTIONS: _Table[ActionItem, ActionItem] = _Table(
    "actions", ("question_id", "measure", "owner", "due", "status", "changed_at", "changed_by"),
    ("question_id", "measure", "owner", "due", "status", "changed_at", "changed_by"),
    to_row=lambda x: {"question_id": x.question_id, "measure": x.measure, "owner": x.owner,
                      "due": x.due and x.due.isoformat(), "status": x.status.value,
                      "changed_at": x.changed_at and x.changed_at.isoformat(), "changed_by": x.changed_by},
    from_row=_reader("actions", lambda r: ActionItem(
        r.text("question_id"), r.text("measure"), r.text("owner"), r.date("due"), r.choice("status", ActionStatus),
        r.time("changed_at"), r.text("changed_by"))),
    key=("question_id",))


# Written from a NewAttachment (with its data), read as an Attachment (without it: see attachment_data).
ATTACHMENTS: _Table[NewAttachment, Attachment] = _Table(
    "attachments", ("question_id", "name", "size", "sha256", "data", "added_at", "added_by"),
    ("id", "question_id", "name", "size", "sha256", "added_at", "added_by"),
    to_row=lambda a: {"question_id": a.question_id, "name": a.name, "size": len(a.data),
                      "sha256": hashlib.sha256(a.data).hexdigest(), "data": a.data,
                      "added_at": a.added_at and a.added_at.isoformat(), "added_by": a.added_by},
    from_row=_reader("attachments", lambda r: Attachment(
        r.integer("id"), r.text("question_id"), r.text("name"), r.integer("size"), r.text("sha256"),
        r.time("added_at"), r.text("added_by"))))


def _action_from_json(r: _Row) -> ActionItem | None:
    text = r.optional_text("action")
    if text is None:
        return None
    try:
        data = json.loads(text)
        return ActionItem(r.text("question_id"), str(data["measure"]), str(data["owner"]),
                          dt.date.fromisoformat(data["due"]) if data.get("due") else None,
                          ActionStatus(data["status"]))
    except (ValueError, KeyError, TypeError, RecursionError):
        raise r.fail("action", "不是有效的整改事项", "is not a valid action item") from None


def _reasons(r: _Row) -> tuple[str, ...]:
    try:
        value = json.loads(r.text("reasons"))
    except (ValueError, RecursionError):
        value = None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise r.fail("reasons", "不是有效的复核原因列表", "is not a valid list of reasons")
    return tuple(value)


ARCHIVE: _Table[Archived, Archived] = _Table(
    "archive", ("question_id", "guide_version", "question_text", "answer", "note", "na_reason", "action",
                "archived_at"),
    ("question_id", "guide_version", "question_text", "answer", "note", "na_reason", "action", "archived_at"),
    to_row=lambda a: {"question_id": a.question_id, "guide_version": a.guide_version,
                      "question_text": a.question_text, "answer": a.answer and a.answer.value, "note": a.note,
                      "na_reason": a.na_reason, "archived_at": a.archived_at.isoformat(),
                      "action": None if a.action is None else _json({
                          "measure": a.action.measure, "owner": a.action.owner,
                          "due": a.action.due and a.action.due.isoformat(), "status": a.action.status.value})},
    from_row=_reader("archive", lambda r: Archived(
        r.text("question_id"), r.text("guide_version"), r.text("question_text"),
        None if r.row["answer"] is None else r.choice("answer", Answer), r.text("note"), r.text("na_reason"),
        _action_from_json(r), r.time("archived_at"))),
    key=("question_id",))

REVIEWS: _Table[Review, Review] = _Table(
    "reviews", ("question_id", "reasons", "old_text", "old_answer", "since_version"),
    ("question_id", "reasons", "old_text", "old_answer", "since_version"),
    to_row=lambda v: {"question_id": v.question_id, "reasons": _json(list(v.reasons)), "old_text": v.old_text,
                      "old_answer": v.old_answer and v.old_answer.value, "since_version": v.since_version},
    from_row=_reader("reviews", lambda r: Review(
        r.text("question_id"), _reasons(r), r.text("old_text"),
        None if r.row["old_answer"] is None else r.choice("old_answer", Answer), r.text("since_version"))),
    key=("question_id",))

def _engagement(row: _Row) -> Engagement:
    from .. import validation

    text = row.text("data")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise _Invalid(Message("委托事实不是有效的 JSON", "the engagement is not valid JSON")) from None
    engagement, problems = validation.engagement_from_data(data)
    if problems:
        first = problems[0].message
        raise _Invalid(Message(f"委托事实有误：{first.zh}", f"the engagement is wrong: {first.en}"))
    return engagement


ENGAGEMENT: _Table[Engagement, Engagement] = _Table(
    "engagement", ("id", "data"), ("data",),
    to_row=lambda e: {"id": 1, "data": _json(e.to_data())},
    from_row=_reader("engagement", _engagement),
    key=("id",))


def _signoff(row: _Row) -> SignOff:
    from .. import validation

    signoff = SignOff(row.text("by"), row.time("at"), row.text("fingerprint"), row.text("licence"))
    problems = validation.signoff_problems(signoff)
    if problems:
        first = problems[0].message
        raise _Invalid(Message(f"签发定稿记录有误：{first.zh}", f"the sign-off is wrong: {first.en}"))
    if len(signoff.fingerprint) != 64 or not all(c in "0123456789abcdef" for c in signoff.fingerprint):
        raise row.fail("fingerprint", "不是有效的校验值", "is not a valid fingerprint")
    return signoff


SIGNOFF: _Table[SignOff, SignOff] = _Table(
    "signoff", ("id", "by", "licence", "at", "fingerprint"), ("by", "licence", "at", "fingerprint"),
    to_row=lambda s: {"id": 1, "by": s.by, "licence": s.licence, "at": s.at.isoformat(),
                      "fingerprint": s.fingerprint},
    from_row=_reader("signoff", _signoff),
    key=("id",))


AuditEntry = tuple[str, str, str, str, str | None, str | None]  # at, by, action, target, old, new


_AUDIT_COLUMNS = ("at", "by", "action", "target", "old", "new")


AUDIT: _Table[AuditEntry, AuditEntry] = _Table(
    "audit", _AUDIT_COLUMNS, _AUDIT_COLUMNS,
    to_row=lambda entry: dict(zip(_AUDIT_COLUMNS, entry, strict=True)),
    from_row=_reader("audit", lambda r: (r.text("at"), r.text("by"), r.text("action"), r.text("target"),
                                         r.optional_text("old"), r.optional_text("new"))))


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _compress(data: bytes) -> bytes:
    return zlib.compress(data, 9)
