"""The assessment file (``.lhc``): SQLite used as an application file format.

One file per company assessment. It holds the exact guide used (its source files),
the profile, answers, action items, attachments and an audit log. Every change is
one transaction with a rollback journal and full sync, so a crash, a kill or a full
disk at any instant leaves a file that opens with every earlier change. A second
instance opening the same file gets it read-only.

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
import struct
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Generic, TypeVar

from .assessment import ActionItem, ActionStatus, AnswerRecord, Assessment, Attachment
from .errors import Message, UserError
from .loader import GuideError, load_sources
from .model import Answer, Guide
from .profile import CompanyProfile

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory lock, SQLite still guards the data
    fcntl = None  # type: ignore[assignment]

SUFFIX = ".lhc"
APPLICATION_ID = 0x4C484331  # "LHC1"
SCHEMA_VERSION = 2
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
MAX_NOTE_CHARS = 20000
SQLITE_MAGIC = b"SQLite format 3\x00"

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


def _decompress(name: str, content: bytes, compression: str) -> bytes:
    try:
        if compression == "zlib":
            return zlib.decompress(content)
    except zlib.error:
        raise sqlite3.DatabaseError(f"guide file {name} cannot be decompressed") from None
    if compression != "none":
        raise sqlite3.DatabaseError(f"guide file {name} uses an unknown compression {compression!r}")
    return content


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


def _time(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value)


META: _Table[tuple[str, str], tuple[str, str]] = _Table(
    "meta", ("key", "value"), ("key", "value"),
    to_row=lambda kv: {"key": kv[0], "value": kv[1]},
    from_row=lambda row: (row["key"], row["value"]),
    key=("key",))

GUIDE_FILES: _Table[tuple[str, bytes], tuple[str, bytes]] = _Table(
    "guide_files", ("name", "content", "compression"), ("name", "content", "compression"),
    to_row=lambda file: {"name": file[0], "content": _compress(file[1]), "compression": "zlib"},
    from_row=lambda row: (row["name"], _decompress(row["name"], bytes(row["content"]), row["compression"])),
    key=("name",), added={"compression": "none"})  # since version 2

PROFILE: _Table[CompanyProfile, CompanyProfile] = _Table(
    "profile", ("id", "data"), ("data",),
    to_row=lambda profile: {"id": 1, "data": _json(profile.to_data())},
    from_row=lambda row: CompanyProfile.from_data(json.loads(row["data"])),
    key=("id",))

ANSWERS: _Table[AnswerRecord, AnswerRecord] = _Table(
    "answers", ("question_id", "answer", "note", "na_reason", "changed_at", "changed_by"),
    ("question_id", "answer", "note", "na_reason", "changed_at", "changed_by"),
    to_row=lambda r: {"question_id": r.question_id, "answer": r.answer and r.answer.value, "note": r.note,
                      "na_reason": r.na_reason, "changed_at": r.changed_at and r.changed_at.isoformat(),
                      "changed_by": r.changed_by},
    from_row=lambda row: AnswerRecord(row["question_id"], Answer(row["answer"]) if row["answer"] else None,
                                      row["note"], row["na_reason"], _time(row["changed_at"]), row["changed_by"]),
    key=("question_id",))

ACTIONS: _Table[ActionItem, ActionItem] = _Table(
    "actions", ("question_id", "measure", "owner", "due", "status", "changed_at", "changed_by"),
    ("question_id", "measure", "owner", "due", "status", "changed_at", "changed_by"),
    to_row=lambda x: {"question_id": x.question_id, "measure": x.measure, "owner": x.owner,
                      "due": x.due and x.due.isoformat(), "status": x.status.value,
                      "changed_at": x.changed_at and x.changed_at.isoformat(), "changed_by": x.changed_by},
    from_row=lambda row: ActionItem(row["question_id"], row["measure"], row["owner"],
                                    dt.date.fromisoformat(row["due"]) if row["due"] else None,
                                    ActionStatus(row["status"]), _time(row["changed_at"]), row["changed_by"]),
    key=("question_id",))

# Written from a NewAttachment (with its data), read as an Attachment (without it: see attachment_data).
ATTACHMENTS: _Table[NewAttachment, Attachment] = _Table(
    "attachments", ("question_id", "name", "size", "sha256", "data", "added_at", "added_by"),
    ("id", "question_id", "name", "size", "sha256", "added_at", "added_by"),
    to_row=lambda a: {"question_id": a.question_id, "name": a.name, "size": len(a.data),
                      "sha256": hashlib.sha256(a.data).hexdigest(), "data": a.data,
                      "added_at": a.added_at and a.added_at.isoformat(), "added_by": a.added_by},
    from_row=lambda row: Attachment(row["id"], row["question_id"], row["name"], row["size"], row["sha256"],
                                    _time(row["added_at"]), row["added_by"]))

AuditEntry = tuple[str, str, str, str, str | None, str | None]  # at, by, action, target, old, new
_AUDIT_COLUMNS = ("at", "by", "action", "target", "old", "new")

AUDIT: _Table[AuditEntry, AuditEntry] = _Table(
    "audit", _AUDIT_COLUMNS, _AUDIT_COLUMNS,
    to_row=lambda entry: dict(zip(_AUDIT_COLUMNS, entry, strict=True)),
    from_row=lambda row: tuple(row[c] for c in _AUDIT_COLUMNS))


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
    """A clear error when the file is missing, empty, foreign or cut short; None when it looks sound."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(100)
    except FileNotFoundError:
        return StoreError("not_found", Message(f"找不到文件 {path}。", f"File {path} not found."))
    except IsADirectoryError:
        return StoreError("not_found", Message(f"{path} 是一个文件夹，不是体检文件。", f"{path} is a folder."))
    except PermissionError:
        return StoreError("no_permission", Message(
            f"没有权限读取 {path}。请检查文件权限。", f"No permission to read {path}."))
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


def _damaged(path: Path, detail: str = "") -> StoreError:
    return StoreError("damaged", Message(
        f"文件 {path.name} 已损坏，无法读取{('（' + detail + '）') if detail else ''}。请使用备份。",
        f"The file {path.name} is damaged and cannot be read{(' (' + detail + ')') if detail else ''}. Use a backup."))


# --- the file ----------------------------------------------------------------


class AssessmentFile:
    """An open assessment file. All changes go through its methods, one transaction each."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock_fd: int | None, read_only: Message | None,
                 user: str, *, migrated_from: int | None = None, backup_path: Path | None = None) -> None:
        self.path = path
        self._conn = conn
        self._lock_fd = lock_fd
        self.read_only_reason = read_only
        self.user = user
        # Set when this open upgraded the file from an older schema; backup_path: the file as it was.
        self.migrated_from = migrated_from
        self.backup_path = backup_path
        self.guide: Guide = self._load_guide()
        self.assessment: Assessment = self._load_assessment()

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

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
            conn = sqlite3.connect(tmp, isolation_level=None)
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
        try:
            conn = _connect(path, reason is not None)
            _check_identity(conn, path)
            version = _version(conn)
            if reason is not None or version == SCHEMA_VERSION:
                return cls(path, conn, lock_fd, reason, user)
            try:
                backup = _upgrade(conn, path, version, user)
            except (OSError, sqlite3.Error) as exc:  # the file is as it was: offer it read-only
                conn.close()
                _unlock(lock_fd)
                lock_fd = None
                conn = _connect(path, True)
                detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                return cls(path, conn, None, Message(
                    f"此文件由旧版软件创建，需要升级文件格式才能编辑，但升级未能完成（{detail}），"
                    "已以只读方式打开，文件没有改动。请检查磁盘空间和文件夹权限后重新打开。",
                    f"This file needs a format upgrade before it can be edited, but the upgrade failed ({detail}); "
                    "opened read-only, the file unchanged. Check disk space and folder permissions, then reopen."),
                    user)
            return cls(path, conn, lock_fd, None, user, migrated_from=version, backup_path=backup)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            _unlock(lock_fd)
            if isinstance(exc, sqlite3.DatabaseError):
                raise _damaged(path, str(exc)) from None
            raise

    def close(self) -> None:
        self._conn.close()
        _unlock(self._lock_fd)  # after SQLite lets go: closing another descriptor drops its locks
        self._lock_fd = None

    def __enter__(self) -> AssessmentFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading

    def _load_guide(self) -> Guide:
        try:
            return load_sources(dict(GUIDE_FILES.rows(self._conn)))
        except GuideError as exc:
            raise _damaged(self.path, f"所存指引有 {len(exc.problems)} 处问题") from None

    def _load_assessment(self) -> Assessment:
        profile = next(PROFILE.rows(self._conn, "WHERE id = 1"), None)
        if profile is None:
            raise _damaged(self.path, "缺少企业信息")
        records = {r.question_id: r for r in ANSWERS.rows(self._conn)}
        actions = {x.question_id: x for x in ACTIONS.rows(self._conn)}
        attachments = tuple(ATTACHMENTS.rows(self._conn, "ORDER BY id"))
        return Assessment(self.guide, profile, records, actions, attachments)

    def meta(self) -> dict[str, str]:
        return dict(META.rows(self._conn))

    def audit_log(self) -> list[AuditEntry]:
        return list(AUDIT.rows(self._conn, "ORDER BY id"))

    def attachment_data(self, attachment_id: int) -> bytes:
        row = self._conn.execute("SELECT data FROM attachments WHERE id = ?", (attachment_id,)).fetchone()
        if row is None:
            raise StoreError("no_attachment", Message("找不到该附件。", "Attachment not found."))
        return bytes(row[0])

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


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 2000")
    return conn


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
    check = conn.execute("PRAGMA quick_check").fetchone()[0]
    if check != "ok":
        raise _damaged(path, check)


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
