"""The assessment file (``.lhc``): SQLite used as an application file format.

One file per company assessment. It holds the exact guide used (its source files),
the profile, answers, action items, attachments and an audit log. Every change is
one transaction with a rollback journal, synced to the disk with the journal's removal
(``PRAGMA synchronous = EXTRA``), so a crash, a kill, a power cut or a full disk at any
instant leaves a file that opens with every change acknowledged before it. A second
instance opening the same file gets it read-only. A read-only open of a file whose last
save was interrupted (a hot journal beside it) reads a recovered private copy.

Every file is untrusted: an open refuses schema objects the store never creates (a trigger,
a view, an index, a table, a changed column), a guide whose content no longer matches the
hash recorded when the file was made, and any value no assessment file holds, each with a
message that names it; nothing the file brought along is ever executed.

A file of an older schema (``PRAGMA user_version``) is upgraded when it is opened for editing: a copy of
it as it was is kept beside it (``客户.lhc.v1.bak``), then every migration runs in one transaction, and
the open file says so (``migrated_from``, ``backup_path``, ``migration_notice``). Opened read-only, it is
read as it is. A file of a newer schema is refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import stat
import struct
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Generic, TypeVar

from .assessment import ActionItem, ActionStatus, AnswerRecord, Assessment, Attachment
from .errors import Message, UserError
from .loader import MAX_CHAPTER_FILES, MAX_STATUTE_FILES, REQUIRED_FILES, GuideError, content_hash, load_sources
from .model import Answer, Guide
from .profile import CompanyProfile
from .yamldoc import MAX_FILE_BYTES

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory lock, SQLite still guards the data
    fcntl = None  # type: ignore[assignment]

SUFFIX = ".lhc"
APPLICATION_ID = 0x4C484331  # "LHC1"
SCHEMA_VERSION = 2
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
SQLITE_MAGIC = b"SQLite format 3\x00"
# What every connection syncs: EXTRA is FULL plus a sync of the folder after the journal is deleted at commit,
# without which a power cut can bring the journal back and roll an acknowledged change back (see
# docs/assessment-json.md, "断电与持久性"; bench/bench_durability.py measures the cost).
SYNCHRONOUS = "EXTRA"
MAX_VALUE_BYTES = MAX_ATTACHMENT_BYTES + 1024 * 1024  # no value a file holds is larger: SQLite refuses to read one
MAX_GUIDE_FILES = len(REQUIRED_FILES) + MAX_CHAPTER_FILES + MAX_STATUTE_FILES
SQLITE_READONLY_ROLLBACK = 776  # a read-only connection met a hot journal

_SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE guide_files (name TEXT PRIMARY KEY, content BLOB NOT NULL);
CREATE TABLE profile (id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL);
CREATE TABLE answers (
    question_id TEXT PRIMARY KEY,
    answer TEXT CHECK (answer IN ('compliant', 'partial', 'non_compliant', 'not_applicable', 'unsure')),
    note TEXT NOT NULL DEFAULT '',
    na_reason TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL
);
CREATE TABLE actions (
    question_id TEXT PRIMARY KEY,
    measure TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    due TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done')),
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL
);
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    question_id TEXT NOT NULL,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL
);
CREATE INDEX attachments_by_question ON attachments (question_id);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    by TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    old TEXT,
    new TEXT
);
"""

def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # executescript() would commit the migration's transaction half-way; run statements one by one.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _to_v2(conn: sqlite3.Connection) -> None:
    """Version 2 stores the guide's files compressed: with its statute texts, an empty assessment with the
    bundled guide had grown from 512,000 to 884,736 bytes; compressed it takes 286,720. Version 1 rows are
    compressed here; a read-only open of a version 1 file reads them as they are (``compression`` 'none')."""
    conn.execute("ALTER TABLE guide_files ADD COLUMN compression TEXT NOT NULL DEFAULT 'none' "
                 "CHECK (compression IN ('none', 'zlib'))")
    rows = conn.execute("SELECT name, content FROM guide_files").fetchall()
    conn.executemany("UPDATE guide_files SET content = ?, compression = 'zlib' WHERE name = ?",
                     [(_compress(bytes(content)), name) for name, content in rows])


# MIGRATIONS[n] turns a file of schema version n into version n + 1. Each is plain SQL frozen at its version
# (not the row mappings below, which follow the newest schema); all that a file needs run in one transaction.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    0: lambda conn: _run_script(conn, _SCHEMA_V1),
    1: _to_v2,
}


def _compress(data: bytes) -> bytes:
    return zlib.compress(data, 9)


@dataclass(frozen=True)
class NewAttachment:
    """An attachment to write into a new file (on import)."""

    question_id: str
    name: str
    data: bytes
    added_at: dt.datetime | None = None
    added_by: str = ""


# --- records and rows ----------------------------------------------------------
#
# Each table has one _Table: the only place that names its columns and turns a record into a row and
# back. Every write names the columns it fills, so a column that a later schema adds (always with a
# default, as ALTER TABLE ... ADD COLUMN requires) never breaks a write, and an upsert leaves such a
# column's value alone. A column this schema added over an older one is listed in ``added`` with the
# value it stands for in a file made before it, so older files read as if they had been migrated.

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


# --- reading values a file holds --------------------------------------------------
#
# A file may come from anyone: its CHECK constraints bind only a writer that kept them on and did not edit the
# pages. Every value is checked as it is read; one that no assessment file holds stops the open with a message
# naming it, never a traceback from deeper down.


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
}
_TABLE_NAMES = {
    "answers": ("回答记录", "the answers"), "actions": ("整改事项", "the action items"),
    "attachments": ("附件", "the attachments"), "meta": ("文件信息", "the file information"),
    "guide_files": ("所存指引", "the stored guide"), "audit": ("修改记录", "the audit log"),
    "profile": ("企业信息", "the company profile"),
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

AuditEntry = tuple[str, str, str, str, str | None, str | None]  # at, by, action, target, old, new
_AUDIT_COLUMNS = ("at", "by", "action", "target", "old", "new")

AUDIT: _Table[AuditEntry, AuditEntry] = _Table(
    "audit", _AUDIT_COLUMNS, _AUDIT_COLUMNS,
    to_row=lambda entry: dict(zip(_AUDIT_COLUMNS, entry, strict=True)),
    from_row=_reader("audit", lambda r: (r.text("at"), r.text("by"), r.text("action"), r.text("target"),
                                         r.optional_text("old"), r.optional_text("new"))))


class StoreError(UserError):
    """A problem with an assessment file the user can understand and act on."""

    def __init__(self, code: str, message: Message) -> None:
        super().__init__(message, code=code)


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)


# --- diagnosing files that are not (or no longer) assessment files ----------

_FOREIGN = (
    (b"%PDF", "PDF 文档", "a PDF document"),
    (b"PK\x03\x04", "压缩包或 Office 文档（docx/xlsx）", "a ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0", "旧版 Office 文档（doc/xls）", "a legacy Office document"),
    (b"\x89PNG", "PNG 图片", "a PNG image"),
    (b"\xff\xd8\xff", "JPEG 图片", "a JPEG image"),
    (b"{", "JSON 文本（可用“导入”功能打开）", "JSON text (use Import)"),
)


def _not_openable(path: Path) -> StoreError | None:
    """A clear error when the file is missing, empty, foreign or cut short; None when it looks sound.

    Only a regular file is opened at all: opening a named pipe would wait for a writer forever, a device
    would be read without end. The same goes for the files SQLite opens beside it (its journal).
    """
    try:
        problem = _not_a_file(path)
        if problem:
            return problem
        for suffix in ("-journal", "-wal", "-shm"):
            beside = Path(f"{path}{suffix}")
            try:
                odd = os.path.lexists(beside) and _not_a_file(beside)
            except FileNotFoundError:  # a link to nothing: SQLite finds no journal either
                odd = None
            if odd:
                return StoreError("not_a_file", Message(
                    f"{path.name} 旁边的 {beside.name} 不是普通文件，体检文件未予打开。请删除或移走它后重试。",
                    f"{beside.name} beside {path.name} is not a regular file; the file was not opened. Remove it "
                    "and try again."))
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb") as handle:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):  # replaced by something else since it was looked at
                return StoreError("not_a_file", Message(
                    f"{path} 不是普通文件，不是体检文件，未予打开。", f"{path} is not a regular file; not opened."))
            size = info.st_size
            head = handle.read(100)
    except FileNotFoundError:
        return StoreError("not_found", Message(f"找不到文件 {path}。", f"File {path} not found."))
    except PermissionError:
        return StoreError("no_permission", Message(
            f"没有权限读取 {path}。请检查文件权限。", f"No permission to read {path}."))
    except OSError as exc:
        return StoreError("unreadable", Message(
            f"无法读取 {path}：{exc.strerror or exc}。", f"Cannot read {path}: {exc.strerror or exc}."))
    if size == 0:
        return StoreError("empty", Message(
            "文件是空的（0 字节），可能在复制或下载时中断。请使用备份或重新获取该文件。",
            "The file is empty (0 bytes); it was probably cut off while copying. Use a backup."))
    if not head.startswith(SQLITE_MAGIC):
        kind = next(((zh, en) for magic, zh, en in _FOREIGN if head.lstrip().startswith(magic)), None)
        zh_kind, en_kind = kind or ("其他类型的文件", "another kind of file")
        return StoreError("foreign", Message(
            f"这不是体检文件（.lhc），看起来是{zh_kind}。",
            f"This is not an assessment file (.lhc); it looks like {en_kind}."))
    if len(head) >= 32 and not Path(f"{path}-journal").exists():
        page_size = struct.unpack(">H", head[16:18])[0]
        page_size = 65536 if page_size == 1 else page_size
        pages = struct.unpack(">I", head[28:32])[0]
        if pages and size < pages * page_size:
            return StoreError("truncated", Message(
                f"文件不完整：应有 {pages * page_size:,} 字节，实际只有 {size:,} 字节，可能在复制或传输时被截断。"
                "请使用备份或重新获取该文件。",
                f"The file is incomplete: {size:,} of {pages * page_size:,} bytes. It was probably cut off "
                "while copying; use a backup."))
    return None


def _not_a_file(path: Path) -> StoreError | None:
    """Why ``path`` (followed through links) is not a regular file to open, or None when it is one."""
    mode = os.stat(path).st_mode
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return StoreError("not_a_file", Message(f"{path} 是一个文件夹，不是体检文件。", f"{path} is a folder."))
    if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
        zh, en = "命名管道或套接字", "a named pipe or socket"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        zh, en = "设备", "a device"
    else:
        zh, en = "特殊文件", "a special file"
    return StoreError("not_a_file", Message(
        f"{path} 不是普通文件（而是{zh}），不是体检文件，未予打开。",
        f"{path} is not a regular file (it is {en}), so it is not an assessment file and was not opened."))


def _damaged(path: Path, detail: str = "") -> StoreError:
    return StoreError("damaged", Message(
        f"文件 {path.name} 已损坏，无法读取{('（' + detail + '）') if detail else ''}。请使用备份。",
        f"The file {path.name} is damaged and cannot be read{(' (' + detail + ')') if detail else ''}. Use a backup."))


def _reading_error(path: Path, exc: BaseException) -> StoreError | None:
    """What the user is told when reading the file failed with ``exc``; None for an error to pass on as it is."""
    if isinstance(exc, _Invalid):
        return StoreError("invalid_content", Message(
            f"文件 {path.name} 含有体检文件不会有的内容：{exc.detail.zh}。文件可能已损坏，或被其他程序改动过，未予打开。"
            "请使用备份，或向发送方索取原始文件。",
            f"The file {path.name} holds something no assessment file has: {exc.detail.en}. It may be damaged or "
            "changed by another program, and was not opened. Use a backup or ask the sender for the original."))
    if isinstance(exc, sqlite3.DataError) and "too big" in str(exc):
        limit = MAX_VALUE_BYTES // 1048576
        return _reading_error(path, _Invalid(Message(
            f"其中一项内容超过 {limit} MB，大于体检文件能保存的任何内容",
            f"one of its values is over {limit} MB, larger than anything an assessment file holds")))
    if isinstance(exc, sqlite3.DatabaseError):
        return _damaged(path, str(exc))
    return None


def _guide_altered(path: Path, zh: str, en: str) -> StoreError:
    return StoreError("guide_altered", Message(
        f"文件 {path.name} 中保存的指引在文件生成后被改动过（{zh}），据此得出的评分和报告不可信，未予打开。"
        "请向发送方索取原始文件。",
        f"The guide stored in {path.name} was altered after the file was made ({en}): the score and report "
        "cannot be trusted, and the file was not opened. Ask the sender for the original."))


def _read_guide(conn: sqlite3.Connection, path: Path) -> Guide:
    """The guide stored in the file, after its content is found to be what was recorded when the file was made."""
    meta = dict(META.rows(conn))
    sources: dict[str, bytes] = {}
    for name, data in GUIDE_FILES.rows(conn):
        if len(sources) == MAX_GUIDE_FILES:
            raise _Invalid(Message(f"所存指引的文件超过 {MAX_GUIDE_FILES} 个",
                                   f"the stored guide has more than {MAX_GUIDE_FILES} files"))
        sources[name] = data
    recorded = meta.get("guide_hash")
    if recorded is None:
        raise _Invalid(Message("文件信息中没有所存指引的内容哈希", "the file information lacks the stored guide's hash"))
    if content_hash(sources) != recorded:
        raise _guide_altered(path, "所存指引的内容与文件生成时记录的哈希不符",
                             "its content does not match the hash recorded when the file was made")
    try:
        guide = load_sources(sources)
    except GuideError as exc:
        raise _damaged(path, f"所存指引有 {len(exc.problems)} 处问题") from None
    if (meta.get("guide_id"), meta.get("guide_version")) != (guide.meta.id, guide.meta.version):
        raise _guide_altered(path, "所存指引的编号或版本与文件记录的不符",
                             "its id or version is not the one the file records")
    return guide


def _read_assessment(conn: sqlite3.Connection, guide: Guide) -> Assessment:
    profile = next(PROFILE.rows(conn, "WHERE id = 1"), None)
    if profile is None:
        raise _Invalid(Message("缺少企业信息", "the company profile is missing"))
    records = {r.question_id: r for r in ANSWERS.rows(conn)}
    actions = {x.question_id: x for x in ACTIONS.rows(conn)}
    attachments = tuple(ATTACHMENTS.rows(conn, "ORDER BY id"))
    return Assessment(guide, profile, records, actions, attachments)


def _connect_read_only(path: Path) -> tuple[sqlite3.Connection, Path | None]:
    """A read-only connection to the file, or to a recovered copy of it (and its folder) when its last save was
    interrupted."""
    try:
        return _connect(path, True), None
    except _HotJournal:
        pass
    try:
        return _open_recovered(path)
    except OSError as exc:
        raise StoreError("recovery_failed", Message(
            f"文件 {path.name} 上次保存时被中断；以只读方式读取需要先在临时文件夹中恢复一份副本，但未能完成"
            f"（{exc.strerror or exc}）。文件本身没有改动，以编辑方式打开时会自动修复。",
            f"The last save of {path.name} was interrupted; reading it read-only needs a recovered copy in the "
            f"temporary folder, which could not be made ({exc.strerror or exc}). The file is unchanged; opening it "
            "for editing repairs it.")) from None


# --- the file ----------------------------------------------------------------


class AssessmentFile:
    """An open assessment file. All changes go through its methods, one transaction each."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock_fd: int | None, read_only: Message | None,
                 user: str, *, migrated_from: int | None = None, backup_path: Path | None = None,
                 scratch: Path | None = None) -> None:
        self.path = path
        self._conn = conn
        self._lock_fd = lock_fd
        self.read_only_reason = read_only
        self.user = user
        # Set when this open upgraded the file from an older schema; backup_path: the file as it was.
        self.migrated_from = migrated_from
        self.backup_path = backup_path
        # Set when the file's last save was interrupted and this read-only open reads a recovered copy in it.
        self._scratch = scratch
        self.guide: Guide = _read_guide(conn, path)
        self.assessment: Assessment = _read_assessment(conn, self.guide)

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def recovered(self) -> bool:
        """Whether this read-only open reads a copy rolled back to the last complete save (see _open_recovered)."""
        return self._scratch is not None

    @property
    def recovery_notice(self) -> Message | None:
        """What to tell the user when the file's last save was interrupted, or None."""
        return RECOVERED if self.recovered else None

    @property
    def migration_notice(self) -> Message | None:
        """What to tell the user when opening upgraded the file, or None."""
        if self.migrated_from is None or self.backup_path is None:
            return None
        return Message(
            f"此文件由旧版软件创建，文件格式已从第 {self.migrated_from} 版升级为第 {SCHEMA_VERSION} 版，内容不变。"
            f"升级前的文件保存在 {self.backup_path.name}，旧版软件可以打开它。",
            f"This file was made by an older version: its format was upgraded from {self.migrated_from} to "
            f"{SCHEMA_VERSION}, its content unchanged. The file as it was is kept as {self.backup_path.name}, "
            "which the older version opens.")

    # -- creating and opening

    @classmethod
    def create(cls, path: str | Path, guide: Guide, profile: CompanyProfile, user: str, *,
               records: Iterable[AnswerRecord] = (), actions: Iterable[ActionItem] = (),
               attachments: Iterable[NewAttachment] = ()) -> AssessmentFile:
        """Write a new file next to ``path`` and rename it into place: the target is absent or complete.

        ``records``, ``actions`` and ``attachments`` fill it at once (used by import).
        """
        from . import validation

        path = Path(path)
        records, actions, attachments = list(records), list(actions), list(attachments)
        validation.raise_first(validation.contents_problems(guide, profile, records, actions, attachments),
                               StoreError)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        made = False  # whether tmp is ours to remove: cleanup must never hide the real cause
        try:
            # Made here rather than by SQLite, whose "unable to open database file" names no cause.
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666))
            made = True
            conn = _connect(tmp, False)
            try:
                _migrate(conn)
                now = _now()
                with _transaction(conn):
                    GUIDE_FILES.insert(conn, sorted(guide.sources.items()))
                    PROFILE.insert(conn, [profile])
                    META.insert(conn, [
                        ("created_at", now.isoformat()), ("created_by", user), ("guide_id", guide.meta.id),
                        ("guide_version", guide.meta.version), ("guide_hash", guide.content_hash),
                    ])
                    _audit(conn, user, "create", "file", None, profile.name)
                    _insert_contents(conn, user, now, records, actions, attachments)
            finally:
                conn.close()
            _fsync(tmp)
            os.replace(tmp, path)
            made = False
            _fsync_dir(path.parent)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(*validation.cannot_create(path, exc)) from None
        finally:
            if made:
                with suppress(OSError):
                    tmp.unlink()
        return cls.open(path, user)

    @classmethod
    def open(cls, path: str | Path, user: str, read_only: bool = False) -> AssessmentFile:
        """Open a file; an editable open of a file of an older schema first upgrades it (see _upgrade).

        A read-only open never writes: it reads a file of an older schema as it is, through the same row
        mappings, a column the file lacks standing for the value the migration that added it would give
        (see _Table.added). Migrating a temporary copy instead would cost a copy of every attachment and
        would not work on a read-only medium, for a result the mappings already give.
        """
        path = Path(path)
        problem = _not_openable(path)
        if problem:
            raise problem
        reason: Message | None = None
        lock_fd = None
        if read_only:
            reason = Message("以只读方式打开。", "Opened read-only.")
        elif not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            reason = Message("没有写入权限，已以只读方式打开。", "No permission to write; opened read-only.")
        else:
            lock_fd, locked = _lock(path)
            if locked:
                reason = Message(
                    "该文件已在另一个窗口中打开编辑，这里以只读方式打开。关闭另一个窗口后重新打开即可编辑。",
                    "The file is open for editing in another window; opened read-only here. Close it there and "
                    "reopen to edit.")
        conn: sqlite3.Connection | None = None
        scratch: Path | None = None
        try:
            if reason is None:
                conn = _connect(path, False)  # SQLite itself rolls back what an interrupted save left
            else:
                conn, scratch = _connect_read_only(path)
                if scratch is not None:
                    reason = RECOVERED if read_only else Message(reason.zh + RECOVERED.zh, f"{reason.en} {RECOVERED.en}")
            _check_identity(conn, path)
            version = _version(conn)
            if reason is not None or version == SCHEMA_VERSION:
                return cls(path, conn, lock_fd, reason, user, scratch=scratch)
            _read_assessment(conn, _read_guide(conn, path))  # every value is checked before the upgrade writes
            try:
                backup = _upgrade(conn, path, version, user)
            except (OSError, sqlite3.Error) as exc:  # the file is as it was: offer it read-only
                conn.close()
                conn = None
                _unlock(lock_fd)
                lock_fd = None
                conn, scratch = _connect_read_only(path)
                detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                return cls(path, conn, None, Message(
                    f"此文件由旧版软件创建，需要升级文件格式才能编辑，但升级未能完成（{detail}），"
                    "已以只读方式打开，文件没有改动。请检查磁盘空间和文件夹权限后重新打开。",
                    f"This file needs a format upgrade before it can be edited, but the upgrade failed ({detail}); "
                    "opened read-only, the file unchanged. Check disk space and folder permissions, then reopen."),
                    user, scratch=scratch)
            return cls(path, conn, lock_fd, None, user, migrated_from=version, backup_path=backup)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            _unlock(lock_fd)
            if scratch is not None:
                shutil.rmtree(scratch, ignore_errors=True)
            problem = _reading_error(path, exc)
            if problem is not None:
                raise problem from None
            raise

    def close(self) -> None:
        self._conn.close()
        _unlock(self._lock_fd)  # after SQLite lets go: closing another descriptor drops its locks
        self._lock_fd = None
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)

    def __enter__(self) -> AssessmentFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading

    @contextmanager
    def _reading(self) -> Iterator[None]:
        try:
            yield
        except (_Invalid, sqlite3.DatabaseError) as exc:
            raise _reading_error(self.path, exc) from None

    def meta(self) -> dict[str, str]:
        with self._reading():
            return dict(META.rows(self._conn))

    def audit_log(self) -> list[AuditEntry]:
        with self._reading():
            return list(AUDIT.rows(self._conn, "ORDER BY id"))

    def attachment_data(self, attachment_id: int) -> bytes:
        """The content of an attachment, checked against the checksum recorded when it was added."""
        with self._reading():
            row = self._conn.execute("SELECT data, sha256, name FROM attachments WHERE id = ?",
                                     (attachment_id,)).fetchone()
        if row is None:
            raise StoreError("no_attachment", Message("找不到该附件。", "Attachment not found."))
        data, sha256, name = row
        if not isinstance(data, bytes) or hashlib.sha256(data).hexdigest() != sha256:
            shown = _shown(name) if isinstance(name, str) else str(attachment_id)
            raise StoreError("attachment_altered", Message(
                f"附件“{shown}”的内容与添加时记录的校验值不符：它在添加后被改动过，不能作为证据使用。请向发送方索取原件。",
                f"The content of the attachment '{shown}' does not match the checksum recorded when it was added: "
                "it was changed since and cannot serve as evidence. Ask the sender for the original."))
        return data

    # -- changing

    def set_answer(self, question_id: str, answer: Answer | None, na_reason: str | None = None) -> None:
        """Record an answer (None clears it). Marking 不适用 by hand needs a reason."""
        self._known_question(question_id)
        old = self.assessment.records.get(question_id, AnswerRecord(question_id))
        reason = (na_reason if na_reason is not None else old.na_reason).strip()
        if answer is not Answer.NOT_APPLICABLE:
            reason = ""
        new = replace(old, answer=answer, na_reason=reason, changed_at=_now(), changed_by=self.user)
        from . import validation

        validation.raise_first(validation.record_problems(new), StoreError)
        self._save_record(new, "answer", old.answer and old.answer.value, answer and answer.value)

    def set_note(self, question_id: str, note: str) -> None:
        from . import validation

        self._known_question(question_id)
        old = self.assessment.records.get(question_id, AnswerRecord(question_id))
        if old.note == note:
            return
        new = replace(old, note=note, changed_at=_now(), changed_by=self.user)
        validation.raise_first(validation.record_problems(new), StoreError)
        self._save_record(new, "note", old.note, note)

    def _save_record(self, record: AnswerRecord, action: str, old: Any, new: Any) -> None:
        def write(conn: sqlite3.Connection) -> None:
            ANSWERS.save(conn, record)
            _audit(conn, self.user, action, record.question_id, old, new)

        self._write(write)
        records = dict(self.assessment.records)
        records[record.question_id] = record
        self.assessment = replace(self.assessment, records=records)

    def set_action(self, action: ActionItem) -> None:
        """Save the action item of a question; an empty one removes it."""
        self._known_question(action.question_id)
        from . import validation

        old = self.assessment.actions.get(action.question_id)
        action = replace(action, changed_at=_now(), changed_by=self.user)
        validation.raise_first(validation.action_problems(action), StoreError)

        def write(conn: sqlite3.Connection) -> None:
            if action.empty:
                conn.execute("DELETE FROM actions WHERE question_id = ?", (action.question_id,))
            else:
                ACTIONS.save(conn, action)
            _audit(conn, self.user, "action", action.question_id, old and _action_text(old),
                   None if action.empty else _action_text(action))

        self._write(write)
        actions = dict(self.assessment.actions)
        if action.empty:
            actions.pop(action.question_id, None)
        else:
            actions[action.question_id] = action
        self.assessment = replace(self.assessment, actions=actions)

    def add_attachment(self, question_id: str, source: str | Path, data: bytes | None = None) -> Attachment:
        """Store a copy of ``source`` (or ``data`` under its name) as evidence for a question."""
        from . import validation

        self._known_question(question_id)
        source = Path(source)
        validation.raise_first(validation.attachment_name_problems(source.name)
                               + validation.attachment_count_problems(len(self.assessment.attachments) + 1),
                               StoreError)
        try:
            size = len(data) if data is not None else source.stat().st_size
        except OSError as exc:
            raise StoreError("attachment_unreadable", Message(
                f"无法读取附件 {source.name}：{exc.strerror or exc}。", f"Cannot read {source.name}.")) from None
        if size > MAX_ATTACHMENT_BYTES:
            raise StoreError("attachment_too_large", Message(
                f"附件“{source.name}”有 {size / 1048576:.0f} MB，超过单个附件 {MAX_ATTACHMENT_BYTES // 1048576} MB 的上限。"
                "请压缩、拆分，或只附关键页。",
                f"'{source.name}' is {size / 1048576:.0f} MB, over the {MAX_ATTACHMENT_BYTES // 1048576} MB "
                "limit per attachment. Compress or split it."))
        if data is None:
            try:
                data = source.read_bytes()
            except OSError as exc:
                raise StoreError("attachment_unreadable", Message(
                    f"无法读取附件 {source.name}：{exc.strerror or exc}。", f"Cannot read {source.name}.")) from None
        row = ATTACHMENTS.to_row(NewAttachment(question_id, source.name, data, _now(), self.user))

        def write(conn: sqlite3.Connection) -> None:
            row["id"] = ATTACHMENTS.write_row(conn, row)
            _audit(conn, self.user, "attachment_add", question_id, None, source.name)

        self._write(write)
        attachment = ATTACHMENTS.from_row(row)
        self.assessment = replace(self.assessment, attachments=self.assessment.attachments + (attachment,))
        return attachment

    def remove_attachment(self, attachment_id: int) -> None:
        gone = next((a for a in self.assessment.attachments if a.id == attachment_id), None)
        if gone is None:
            raise StoreError("no_attachment", Message("找不到该附件。", "Attachment not found."))

        def write(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
            _audit(conn, self.user, "attachment_remove", gone.question_id, gone.name, None)

        self._write(write)
        self.assessment = replace(
            self.assessment, attachments=tuple(a for a in self.assessment.attachments if a.id != attachment_id))

    def update_profile(self, profile: CompanyProfile) -> None:
        from . import validation

        validation.raise_first(validation.profile_problems(profile, self.guide), StoreError)
        old = self.assessment.profile

        def write(conn: sqlite3.Connection) -> None:
            PROFILE.save(conn, profile)
            _audit(conn, self.user, "profile", "profile", _json(old.to_data()), _json(profile.to_data()))

        self._write(write)
        self.assessment = replace(self.assessment, profile=profile)

    # -- plumbing

    def _known_question(self, question_id: str) -> None:
        if question_id not in self.guide.questions:
            raise StoreError("unknown_question", Message(
                f"指引中没有问题 {question_id}。", f"The guide has no question {question_id}."))

    def _write(self, change: Callable[[sqlite3.Connection], None]) -> None:
        if self.read_only_reason is not None:
            raise StoreError("read_only", Message(
                "文件以只读方式打开，修改不会保存。" + self.read_only_reason.zh,
                "The file is open read-only; changes are not saved. " + self.read_only_reason.en))
        try:
            with _transaction(self._conn):
                change(self._conn)
        except sqlite3.Error as exc:
            raise _write_error(exc) from None


def _insert_contents(conn: sqlite3.Connection, user: str, now: dt.datetime, records: Iterable[AnswerRecord],
                     actions: Iterable[ActionItem], attachments: Iterable[NewAttachment]) -> None:
    ANSWERS.insert(conn, (replace(r, changed_at=r.changed_at or now, changed_by=r.changed_by or user)
                          for r in records))
    ACTIONS.insert(conn, (replace(x, changed_at=x.changed_at or now, changed_by=x.changed_by or user)
                          for x in actions))
    ATTACHMENTS.insert(conn, (replace(a, added_at=a.added_at or now, added_by=a.added_by or user)
                              for a in attachments))


def _write_error(exc: sqlite3.Error) -> StoreError:
    text = str(exc).lower()
    if "full" in text:
        return StoreError("disk_full", Message(
            "磁盘空间不足，最后一次修改没有保存，之前的内容完好。请清理磁盘空间后重试。",
            "The disk is full: the last change was not saved; everything before it is intact."))
    if "locked" in text or "busy" in text:
        return StoreError("busy", Message(
            "文件暂时被占用，最后一次修改没有保存，请稍后重试。", "The file is busy; the last change was not saved."))
    if "readonly" in text or "read-only" in text:
        return StoreError("read_only", Message(
            "文件不可写，最后一次修改没有保存。", "The file cannot be written; the last change was not saved."))
    return StoreError("write_failed", Message(
        f"保存失败（{exc}），最后一次修改没有保存，之前的内容完好。",
        f"Saving failed ({exc}); the last change was not saved; everything before it is intact."))


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class _HotJournal(Exception):
    """A read-only connection found the journal of an interrupted save beside the file."""


def _connect(path: Path | str, read_only: bool) -> sqlite3.Connection:
    """A connection set up for an untrusted file: nothing in its schema runs, no value is larger than a file holds.

    ``trusted_schema = OFF``: a view or trigger may not call a function with side effects (the schema check
    refuses both anyway); ``cell_size_check``: damaged pages are caught as they are read. ``synchronous``:
    see SYNCHRONOUS; ``fullfsync`` asks macOS to flush the drive's cache too (elsewhere it does nothing).
    A read-only connection that meets a hot journal raises _HotJournal (see _open_recovered).
    """
    if read_only:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.text_factory = _decode_text
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
        conn.execute("PRAGMA busy_timeout = 2000")
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA cell_size_check = ON")
        if read_only:
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError as exc:
                if getattr(exc, "sqlite_errorcode", None) == SQLITE_READONLY_ROLLBACK:
                    raise _HotJournal() from None
                raise
        else:
            conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
        conn.execute("PRAGMA fullfsync = ON")
    except BaseException:
        conn.close()
        raise
    return conn


RECOVERED = Message(
    "文件上次保存时被中断，已按最后一次完整保存的内容读取；以编辑方式打开时会自动修复。",
    "The last save of this file was interrupted; it was read as of the last complete save. Opening it for "
    "editing repairs it.")


def _open_recovered(path: Path) -> tuple[sqlite3.Connection, Path]:
    """Read a file whose last save was interrupted without touching it: copy it and its journal into a private
    folder, let SQLite roll the copy back to the last complete save there, and read the copy.

    Returns the connection and the folder, to be removed when the file is closed.
    """
    scratch = Path(tempfile.mkdtemp(prefix="legalcheck-recovered-"))
    try:
        copy = scratch / "recovered.lhc"
        shutil.copyfile(path, copy)
        shutil.copyfile(f"{path}-journal", f"{copy}-journal")
        _connect(copy, False).close()  # opening it for writing rolls the interrupted save back
        return _connect(copy, True), scratch
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise


def _version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def _check_identity(conn: sqlite3.Connection, path: Path) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise StoreError("foreign", Message(
            "这是一个数据库文件，但不是体检文件（.lhc）。", "This is a database file, but not an assessment file (.lhc)."))
    version = _version(conn)
    if version > SCHEMA_VERSION:
        raise StoreError("too_new", Message(
            f"此文件由更新版本的软件创建（文件格式第 {version} 版，本软件支持到第 {SCHEMA_VERSION} 版）。请升级软件后再打开。",
            f"This file was made by a newer version (format {version}; this version reads up to "
            f"{SCHEMA_VERSION}). Please upgrade."))
    _check_schema(conn, path, version)
    # CHECK constraints are left to the checks of every value read, which name what is wrong
    conn.execute("PRAGMA ignore_check_constraints = ON")
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.execute("PRAGMA ignore_check_constraints = OFF")
    if check != "ok":
        raise _damaged(path, check)


# --- the schema a file may have ------------------------------------------------

_KINDS = {"table": ("表", "table"), "view": ("视图", "view"), "trigger": ("触发器", "trigger"),
          "index": ("索引", "index")}


def _schema_of(conn: sqlite3.Connection) -> dict[str, tuple[str, str, str | None]]:
    """Every schema object: name → (type, table, its SQL with the spacing made uniform)."""
    return {name: (kind, table, " ".join(sql.split()) if isinstance(sql, str) else sql)
            for kind, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")}


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[Any, ...]]:
    """name, declared type, not null, default, primary key, hidden: all a column is."""
    return [tuple(row[1:]) for row in conn.execute(f"PRAGMA table_xinfo({_quoted(table)})")]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _expected_schema(version: int) -> tuple[dict[str, tuple[str, str, str | None]], dict[str, list]]:
    """The schema the store itself gives a file of ``version``: the migrations run on an empty database."""
    key = (version, tuple(MIGRATIONS[v] for v in range(version)))
    if key not in _EXPECTED:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        try:
            for v in range(version):
                MIGRATIONS[v](conn)
            objects = _schema_of(conn)
            _EXPECTED[key] = objects, {n: _columns(conn, n) for n, (kind, _, _) in objects.items() if kind == "table"}
        finally:
            conn.close()
    return _EXPECTED[key]


_EXPECTED: dict[tuple, tuple[dict[str, tuple[str, str, str | None]], dict[str, list]]] = {}


def _check_schema(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Refuse a file holding any schema object the store did not create, or one it did create but changed.

    A trigger would rewrite what is saved, a view could stand in for a table and show other answers than the
    file holds, a rebuilt table could drop a constraint: none can be in an assessment file, so none is obeyed.
    Only sqlite_master is read before the verdict; no table of the file is touched.
    """
    expected, columns = _expected_schema(version)
    found = _schema_of(conn)
    foreign = [(kind, name) for name, (kind, _, sql) in found.items()
               if name not in expected or expected[name][0] != kind
               or (kind == "table" and not str(sql).upper().startswith("CREATE TABLE"))]
    if foreign:
        shown = foreign[:3]
        zh = "、".join(f"{_KINDS.get(k, (k, k))[0]} {_shown(n)}" for k, n in shown)
        en = ", ".join(f"{_KINDS.get(k, (k, k))[1]} {_shown(n)}" for k, n in shown)
        more_zh = f" 等 {len(foreign)} 个" if len(foreign) > 3 else ""
        more_en = f" and {len(foreign) - 3} more" if len(foreign) > 3 else ""
        raise StoreError("foreign_schema", Message(
            f"文件 {path.name} 含有体检文件从不包含的数据库对象（{zh}{more_zh}），未予打开：这样的对象会让读到或"
            "保存的内容与实际不同。请向发送方索取原始文件。",
            f"The file {path.name} contains database objects an assessment file never has ({en}{more_en}) and was "
            "not opened: such objects could make what is read or saved differ from what is there. Ask the sender "
            "for the original."))
    problems: list[tuple[str, str]] = []
    for name, (kind, _, sql) in expected.items():
        if name not in found:
            problems.append((f"缺少{_KINDS[kind][0]} {name}", f"the {_KINDS[kind][1]} {name} is missing"))
        elif kind == "table" and (found[name][2] != sql or _columns(conn, name) != columns[name]):
            have = {c[0]: c for c in _columns(conn, name)}
            want = {c[0]: c for c in columns[name]}
            extra = [c for c in have if c not in want]
            missing = [c for c in want if c not in have]
            if extra:
                problems.append((f"表 {name} 多出列 {'、'.join(map(_shown, extra))}",
                                 f"table {name} has the extra column(s) {', '.join(map(_shown, extra))}"))
            elif missing:
                problems.append((f"表 {name} 缺少列 {'、'.join(missing)}",
                                 f"table {name} lacks the column(s) {', '.join(missing)}"))
            else:
                problems.append((f"表 {name} 的定义被改动过：列的类型、默认值或约束与体检文件不同",
                                 f"the definition of table {name} was changed: a column's type, default or "
                                 "constraint differs"))
        elif kind == "index" and found[name][1:] != expected[name][1:]:
            problems.append((f"索引 {name} 被改动过", f"index {name} was changed"))
    if problems:
        raise StoreError("foreign_schema", Message(
            f"文件 {path.name} 的结构与体检文件不同（{'；'.join(zh for zh, _ in problems[:3])}），未予打开。"
            "它可能被其他程序改动过；请向发送方索取原始文件。",
            f"The structure of the file {path.name} is not that of an assessment file "
            f"({'; '.join(en for _, en in problems[:3])}) and it was not opened. Another program may have changed "
            "it; ask the sender for the original."))


def _migrate(conn: sqlite3.Connection) -> None:
    """Bring the schema up to SCHEMA_VERSION in one transaction (a new file starts at version 0)."""
    with _transaction(conn):
        _run_migrations(conn)


def _run_migrations(conn: sqlite3.Connection) -> None:
    version = _version(conn)
    while version < SCHEMA_VERSION:
        MIGRATIONS[version](conn)
        version += 1
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def backup_for(path: Path, version: int) -> Path:
    """Where the file as it was before an upgrade from schema ``version`` is kept: 客户.lhc.v1.bak."""
    return path.with_name(f"{path.name}.v{version}.bak")


def _upgrade(conn: sqlite3.Connection, path: Path, version: int, user: str) -> Path:
    """Keep a copy of the file as it is beside it, then migrate it in one transaction; return the copy.

    The copy is written under SQLite's write lock (and our editing lock), so it is the file exactly as
    the migration finds it. A backup already there is kept: it is the older of the two, and the one a
    user who went back to it may rely on. If anything fails the transaction rolls back and the file
    stays at its old version.
    """
    backup = backup_for(path, version)
    with _transaction(conn):
        if not backup.exists():
            _copy_durably(path, backup)
        _run_migrations(conn)
        _audit(conn, user, "upgrade", "file", str(version), str(SCHEMA_VERSION))
    with suppress(sqlite3.Error):  # give back the space a migration freed; the file is sound either way
        conn.execute("VACUUM")
    return backup


def _copy_durably(source: Path, target: Path) -> None:
    """Copy to a temporary name, sync it, rename it into place: ``target`` is absent or complete."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        shutil.copyfile(source, tmp)
        with suppress(OSError):
            shutil.copystat(source, tmp)  # the backup keeps the original's modification time
        _fsync(tmp)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    finally:
        with suppress(FileNotFoundError):
            tmp.unlink()


def _audit(conn: sqlite3.Connection, user: str, action: str, target: str, old: Any, new: Any) -> None:
    AUDIT.save(conn, (_now().isoformat(), user, action, target, old, new))


def _action_text(action: ActionItem) -> str:
    return _json({"measure": action.measure, "owner": action.owner,
                  "due": action.due and action.due.isoformat(), "status": action.status.value})


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _lock(path: Path) -> tuple[int | None, bool]:
    """Take the editing lock; return (descriptor, whether someone else holds it)."""
    if fcntl is None:
        return None, False
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None, True
    return fd, False


def _unlock(fd: int | None) -> None:
    if fd is not None:
        with suppress(OSError):
            os.close(fd)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    with suppress(OSError):  # not every platform can sync a directory
        _fsync(folder)
