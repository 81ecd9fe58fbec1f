"""Moving an open assessment file to a newer version of its guide, and back.

The move follows a :class:`checklist.migrate.MigrationPlan`: one transaction replaces the stored guide,
archives what was recorded for questions the new version no longer has, marks the answers to review,
records the items whose law changed and writes the audit entry. A copy of the file as it was is kept
beside it first (``客户.lhc.guide-1.0.0.bak``); going back copies every table from that copy, again in one
transaction, so the move is one step that can be undone.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..assessment import Archived, Review
from ..errors import Message
from ..migrate import Fate, MigrationPlan
from ..model import Guide
from .diagnosis import StoreError, _write_error
from .rows import ARCHIVE, GUIDE_FILES, META, REVIEWS, _json
from .schema import _transaction

if TYPE_CHECKING:
    from .file import AssessmentFile

# Tables a move changes, copied back whole when it is undone (the audit log is kept and grows).
RESTORED = ("meta", "guide_files", "profile", "answers", "actions", "attachments", "archive", "reviews", "engagement",
            "signoff")


def guide_backup_for(path: Path, version: str) -> Path:
    """Where the file as it was with guide ``version`` is kept: 客户.lhc.guide-1.0.0.bak."""
    return path.with_name(f"{path.name}.guide-{version}.bak")


def move(file: AssessmentFile, new: Guide, plan: MigrationPlan) -> Path:
    """Move ``file`` to guide ``new`` as ``plan`` says; return the copy of the file as it was."""
    from .file import _audit, _copy_durably, _now, _read_assessment

    old = file.guide
    if (plan.guide_id, plan.old_version, plan.new_version) != (old.meta.id, old.meta.version, new.meta.version):
        raise StoreError("plan_mismatch", Message("迁移计划与这个体检文件或目标指引不符，请重新生成计划。",
                                                  "The migration plan does not fit this file or guide; plan again."))
    if new.meta.id != old.meta.id:
        raise StoreError("other_guide", Message(
            f"“{new.meta.title}”不是这个体检所用指引的新版本。", f"'{new.meta.title}' is not a version of this guide."))
    backup = guide_backup_for(file.path, old.meta.version)
    a = file.assessment
    now = _now()

    def write(conn: sqlite3.Connection) -> None:
        if not backup.exists():  # a backup already there is the file before an earlier, undone move
            _copy_durably(file.path, backup)
        conn.execute("DELETE FROM guide_files")
        GUIDE_FILES.insert(conn, sorted(new.sources.items()))
        for key, value in (("guide_id", new.meta.id), ("guide_version", new.meta.version),
                           ("guide_hash", new.content_hash), ("law_review", _json(list(plan.law_review_items)))):
            META.save(conn, (key, value))
        for m in plan.of(Fate.ARCHIVED):
            record = a.records.get(m.question_id)
            ARCHIVE.save(conn, Archived(
                m.question_id, old.meta.version, m.old_text, record.answer if record else None,
                record.note if record else "", record.na_reason if record else "", a.actions.get(m.question_id), now))
            conn.execute("DELETE FROM answers WHERE question_id = ?", (m.question_id,))
            conn.execute("DELETE FROM actions WHERE question_id = ?", (m.question_id,))
        for m in plan.of(Fate.REVIEW):
            record = a.records.get(m.question_id)
            REVIEWS.save(conn, Review(m.question_id, m.reasons, m.old_text, record.answer if record else None,
                                      old.meta.version))
        counts = {fate.value: n for fate, n in plan.counts().items()}
        _audit(conn, file.user, "migrate", "guide", old.meta.version,
               json.dumps({"version": new.meta.version, **counts}, ensure_ascii=False))

    try:
        file._write(write)
    except OSError as exc:
        raise StoreError("write_failed", Message(
            f"无法保存迁移前的副本 {backup.name}：{exc.strerror or exc}。文件没有改动。",
            f"Cannot keep the copy {backup.name} from before the move: {exc.strerror or exc}. The file is "
            "unchanged.")) from None
    file.guide = new
    file.assessment = _read_assessment(file._conn, new)
    file._settle_signoff()
    return backup


def restore(file: AssessmentFile, backup: Path) -> None:
    """Put back every table of ``file`` from ``backup`` (the copy a move kept), in one transaction."""
    from .file import AssessmentFile as File
    from .file import _audit, _read_assessment, _read_guide

    with File.open(backup, file.user, read_only=True) as earlier:  # checked like any file before it is trusted
        if earlier.guide.meta.id != file.guide.meta.id:
            raise StoreError("other_guide", Message("这个副本不是本体检文件迁移前的副本。",
                                                    "This copy is not this file before its move."))
        version = earlier.guide.meta.version
    conn = file._conn
    if file.read_only_reason is not None:
        file._write(lambda _conn: None)  # says why it cannot
    try:
        conn.execute("ATTACH DATABASE ? AS earlier", (f"{backup.resolve().as_uri()}?mode=ro",))
    except sqlite3.Error as exc:
        raise _write_error(exc) from None
    try:
        present = {name for (name,) in conn.execute("SELECT name FROM earlier.sqlite_master WHERE type = 'table'")}
        with _transaction(conn):
            for table in RESTORED:
                conn.execute(f"DELETE FROM main.{table}")
                if table in present:
                    columns = [row[1] for row in conn.execute(f"PRAGMA earlier.table_info({table})")]
                    names = ", ".join(columns)
                    conn.execute(f"INSERT INTO main.{table} ({names}) SELECT {names} FROM earlier.{table}")
            _audit(conn, file.user, "migrate_undo", "guide", file.guide.meta.version, version)
    except sqlite3.Error as exc:
        raise _write_error(exc) from None
    finally:
        conn.execute("DETACH DATABASE earlier")
    file.guide = _read_guide(conn, file.path)
    file.assessment = _read_assessment(conn, file.guide)


def mark_review(file: AssessmentFile, review: Review) -> None:
    """Put a review mark back (undoing its resolution)."""
    from .file import _audit

    def write(conn: sqlite3.Connection) -> None:
        REVIEWS.save(conn, review)
        _audit(conn, file.user, "review_again", review.question_id, None, None)

    file._write(write)
    file.assessment = replace(file.assessment, reviews={**file.assessment.reviews, review.question_id: review})
    file._settle_signoff()


def resolve_review(file: AssessmentFile, question_id: str) -> None:
    """The user has looked at a kept answer again: it stands, the review mark goes."""
    from .file import _audit

    if question_id not in file.assessment.reviews:
        return

    def write(conn: sqlite3.Connection) -> None:
        conn.execute("DELETE FROM reviews WHERE question_id = ?", (question_id,))
        _audit(conn, file.user, "review_done", question_id, None, None)

    file._write(write)
    reviews = {q: v for q, v in file.assessment.reviews.items() if q != question_id}
    file.assessment = replace(file.assessment, reviews=reviews)
    file._settle_signoff()
