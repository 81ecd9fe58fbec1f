"""The schema of an assessment file: its SQL, the migrations that bring an older file forward, and the check
that a file holds exactly the objects and columns the store makes."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from ..errors import Message

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory lock, SQLite still guards the data
    fcntl = None  # type: ignore[assignment]
from .diagnosis import StoreError, _damaged
from .rows import _compress, _shown

APPLICATION_ID = 0x4C484331  # "LHC1"


SCHEMA_VERSION = 4


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


_SCHEMA_V3 = """
CREATE TABLE archive (
    question_id TEXT PRIMARY KEY,
    guide_version TEXT NOT NULL,
    question_text TEXT NOT NULL,
    answer TEXT CHECK (answer IN ('compliant', 'partial', 'non_compliant', 'not_applicable', 'unsure')),
    note TEXT NOT NULL DEFAULT '',
    na_reason TEXT NOT NULL DEFAULT '',
    action TEXT,
    archived_at TEXT NOT NULL
);
CREATE TABLE reviews (
    question_id TEXT PRIMARY KEY,
    reasons TEXT NOT NULL,
    old_text TEXT NOT NULL,
    old_answer TEXT CHECK (old_answer IN ('compliant', 'partial', 'non_compliant', 'not_applicable', 'unsure')),
    since_version TEXT NOT NULL
)
"""


_SCHEMA_V4 = """
CREATE TABLE engagement (id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL);
CREATE TABLE signoff (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    by TEXT NOT NULL,
    licence TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    fingerprint TEXT NOT NULL
)
"""


# MIGRATIONS[n] turns a file of schema version n into version n + 1. Each is plain SQL frozen at its version
# (not the row mappings below, which follow the newest schema); all that a file needs run in one transaction.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    0: lambda conn: _run_script(conn, _SCHEMA_V1),
    1: _to_v2,
    # Version 3 can move to a newer guide version: answers to removed questions are archived, answers whose
    # question or law changed are kept with a review mark (see checklist.migrate).
    2: lambda conn: _run_script(conn, _SCHEMA_V3),
    # Version 4 holds a firm's engagement facts (lawyers, scope, documents, interviews) and the reviewer's
    # sign-off that makes a report final (see checklist.engagement).
    3: lambda conn: _run_script(conn, _SCHEMA_V4),
}




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
