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
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..assessment import ActionItem, AnswerRecord, Assessment, Attachment, Review
from ..engagement import Engagement, SignOff, completeness, current_signoff, fingerprint
from ..errors import Message
from ..loader import GuideError, content_hash, load_sources
from ..model import Answer, Guide
from ..profile import CompanyProfile

if TYPE_CHECKING:
    from ..migrate import MigrationPlan

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory lock, SQLite still guards the data
    fcntl = None  # type: ignore[assignment]
from .diagnosis import StoreError, _damaged, _guide_altered, _not_openable, _reading_error, _write_error
from .rows import (
    ACTIONS,
    ANSWERS,
    ARCHIVE,
    ATTACHMENTS,
    AUDIT,
    ENGAGEMENT,
    GUIDE_FILES,
    MAX_ATTACHMENT_BYTES,
    MAX_GUIDE_FILES,
    MAX_VALUE_BYTES,
    META,
    PROFILE,
    REVIEWS,
    SIGNOFF,
    AuditEntry,
    NewAttachment,
    _decode_text,
    _Invalid,
    _json,
    _shown,
)
from .schema import (
    SCHEMA_VERSION,
    _check_identity,
    _migrate,
    _run_migrations,
    _transaction,
    _version,
)

SUFFIX = ".lhc"




# What every connection syncs: EXTRA is FULL plus a sync of the folder after the journal is deleted at commit,
# without which a power cut can bring the journal back and roll an acknowledged change back (see
# docs/assessment-json.md, "断电与持久性"; bench/bench_durability.py measures the cost).
SYNCHRONOUS = "EXTRA"


SQLITE_READONLY_ROLLBACK = 776  # a read-only connection met a hot journal


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)


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
        first = next((p for p in exc.problems if not p.warning), exc.problems[0]) if exc.problems else None
        raise _damaged(path, f"所存指引有 {len(exc.problems)} 处问题" + (f"，第一处：{first.render('zh')}" if first else "")) from None
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
    if _version(conn) < 3:  # no guide migration before schema 3
        return Assessment(guide, profile, records, actions, attachments)
    archive = tuple(ARCHIVE.rows(conn, "ORDER BY question_id"))
    reviews = {v.question_id: v for v in REVIEWS.rows(conn)}
    meta = dict(META.rows(conn))
    try:
        law_review = tuple(str(i) for i in json.loads(meta.get("law_review", "[]")))
    except (ValueError, TypeError, RecursionError):
        raise _Invalid(Message("文件信息中的“因法律变化需复核”列表无法读取",
                               "the list of items to review because the law changed cannot be read")) from None
    if _version(conn) < 4:  # no engagement facts, no sign-off before schema 4
        return Assessment(guide, profile, records, actions, attachments, archive, reviews, law_review)
    engagement = next(ENGAGEMENT.rows(conn, "WHERE id = 1"), Engagement())
    signoff = next(SIGNOFF.rows(conn, "WHERE id = 1"), None)
    return Assessment(guide, profile, records, actions, attachments, archive, reviews, law_review, engagement,
                      signoff)


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
               attachments: Iterable[NewAttachment] = (), engagement: Engagement | None = None) -> AssessmentFile:
        """Write a new file next to ``path`` and rename it into place: the target is absent or complete.

        ``records``, ``actions``, ``attachments`` and ``engagement`` fill it at once (used by import).
        """
        from .. import validation

        path = Path(path)
        records, actions, attachments = list(records), list(actions), list(attachments)
        validation.raise_first(validation.contents_problems(guide, profile, records, actions, attachments),
                               StoreError)
        if engagement is not None:
            validation.raise_first(validation.engagement_problems(engagement), StoreError)
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
                    if engagement is not None and not engagement.empty:
                        ENGAGEMENT.insert(conn, [engagement])
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
        old, new = self._answered(question_id, answer, na_reason)
        # Answering a question marked for review after a guide move is the review.
        self._save_record(new, "answer", old.answer and old.answer.value, answer and answer.value,
                          resolves_review=answer is not None)

    def set_answers(self, answers: Iterable[tuple[str, Answer | None, str | None]]) -> None:
        """Record many answers, each (question, answer, 不适用 reason), in one transaction: all or none.

        Each answer is checked as set_answer checks it before anything is written, and each gets its audit row.
        """
        changes = [self._answered(q, answer, reason) for q, answer, reason in answers]
        if not changes:
            return
        reviewed = {new.question_id for _, new in changes
                    if new.answer is not None and new.question_id in self.assessment.reviews}

        def write(conn: sqlite3.Connection) -> None:
            for old, new in changes:
                ANSWERS.save(conn, new)
                _audit(conn, self.user, "answer", new.question_id, old.answer and old.answer.value,
                       new.answer and new.answer.value)
            conn.executemany("DELETE FROM reviews WHERE question_id = ?", [(q,) for q in sorted(reviewed)])

        self._write(write)
        records = dict(self.assessment.records)
        records.update((new.question_id, new) for _, new in changes)
        reviews = {q: v for q, v in self.assessment.reviews.items() if q not in reviewed}
        self.assessment = replace(self.assessment, records=records, reviews=reviews)

    def _answered(self, question_id: str, answer: Answer | None, na_reason: str | None) -> tuple[AnswerRecord, AnswerRecord]:
        """The record of ``question_id`` as it is, and as it is with ``answer``; a StoreError if that is not allowed."""
        from .. import validation

        self._known_question(question_id)
        old = self.assessment.records.get(question_id, AnswerRecord(question_id))
        reason = (na_reason if na_reason is not None else old.na_reason).strip()
        if answer is not Answer.NOT_APPLICABLE:
            reason = ""
        new = replace(old, answer=answer, na_reason=reason, changed_at=_now(), changed_by=self.user)
        validation.raise_first(validation.record_problems(new), StoreError)
        return old, new

    def set_note(self, question_id: str, note: str) -> None:
        from .. import validation

        self._known_question(question_id)
        old = self.assessment.records.get(question_id, AnswerRecord(question_id))
        if old.note == note:
            return
        new = replace(old, note=note, changed_at=_now(), changed_by=self.user)
        validation.raise_first(validation.record_problems(new), StoreError)
        self._save_record(new, "note", old.note, note)

    def _save_record(self, record: AnswerRecord, action: str, old: Any, new: Any, resolves_review: bool = False) -> None:
        review = resolves_review and record.question_id in self.assessment.reviews

        def write(conn: sqlite3.Connection) -> None:
            ANSWERS.save(conn, record)
            _audit(conn, self.user, action, record.question_id, old, new)
            if review:
                conn.execute("DELETE FROM reviews WHERE question_id = ?", (record.question_id,))

        self._write(write)
        records = dict(self.assessment.records)
        records[record.question_id] = record
        reviews = {q: v for q, v in self.assessment.reviews.items() if not (review and q == record.question_id)}
        self.assessment = replace(self.assessment, records=records, reviews=reviews)
        self._settle_signoff()

    # -- moving to a newer guide version (checklist.store.guide_move)

    def move_to_guide(self, new: Guide, plan: MigrationPlan) -> Path:
        """Move to guide ``new`` as ``plan`` says, in one transaction; return the copy of the file as it was."""
        from .guide_move import move

        return move(self, new, plan)

    def restore_from(self, backup: Path) -> None:
        """Undo a move: every table back as it is in ``backup``."""
        from .guide_move import restore

        restore(self, backup)

    def resolve_review(self, question_id: str) -> None:
        """Keep the answer marked for review as it is."""
        from .guide_move import resolve_review

        resolve_review(self, question_id)

    def mark_review(self, review: Review) -> None:
        from .guide_move import mark_review

        mark_review(self, review)

    def set_action(self, action: ActionItem) -> None:
        """Save the action item of a question; an empty one removes it."""
        self._known_question(action.question_id)
        from .. import validation

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
        self._settle_signoff()

    def add_attachment(self, question_id: str, source: str | Path, data: bytes | None = None) -> Attachment:
        """Store a copy of ``source`` (or ``data`` under its name) as evidence for a question."""
        from .. import validation

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
        self._settle_signoff()
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
        self._settle_signoff()

    def update_profile(self, profile: CompanyProfile) -> None:
        from .. import validation

        validation.raise_first(validation.profile_problems(profile, self.guide), StoreError)
        old = self.assessment.profile

        def write(conn: sqlite3.Connection) -> None:
            PROFILE.save(conn, profile)
            _audit(conn, self.user, "profile", "profile", _json(old.to_data()), _json(profile.to_data()))

        self._write(write)
        self.assessment = replace(self.assessment, profile=profile)
        self._settle_signoff()

    # -- the engagement and the sign-off

    def set_engagement(self, engagement: Engagement) -> None:
        """Save the engagement facts (an empty engagement removes them)."""
        from .. import validation

        validation.raise_first(validation.engagement_problems(engagement), StoreError)
        old = self.assessment.engagement
        if engagement == old:
            return

        def write(conn: sqlite3.Connection) -> None:
            if engagement.empty:
                conn.execute("DELETE FROM engagement")
            else:
                ENGAGEMENT.save(conn, engagement)
            _audit(conn, self.user, "engagement", "engagement", None if old.empty else _json(old.to_data()),
                   None if engagement.empty else _json(engagement.to_data()))

        self._write(write)
        self.assessment = replace(self.assessment, engagement=engagement)
        self._settle_signoff()

    def sign_off(self, by: str, licence: str = "") -> SignOff:
        """Record a reviewer's sign-off of the assessment as it is: its reports are final until it changes.
        Refused while anything is missing (see checklist.engagement.completeness)."""
        from .. import validation

        missing = completeness(self.assessment)
        if not missing.complete:
            lines = missing.lines()
            raise StoreError("incomplete", Message(
                "尚不能签发定稿：" + "；".join(m.zh for m in lines) + "。请补齐后再签发。",
                "Cannot sign off yet: " + "; ".join(m.en for m in lines) + ". Complete them first."))
        signoff = SignOff(by.strip(), _now(), fingerprint(self.assessment), licence.strip())
        validation.raise_first(validation.signoff_problems(signoff), StoreError)

        def write(conn: sqlite3.Connection) -> None:
            SIGNOFF.save(conn, signoff)
            _audit(conn, self.user, "signoff", "file", None,
                   signoff.by + (f"（执业证号 {signoff.licence}）" if signoff.licence else ""))

        self._write(write)
        self.assessment = replace(self.assessment, signoff=signoff)
        return signoff

    def _settle_signoff(self) -> None:
        """A change after a sign-off withdraws it: the row goes and the audit log says so. A change that leaves
        the content as it was (the same answer given again) keeps it."""
        if self.assessment.signoff is None or current_signoff(self.assessment) is not None:
            return
        gone = self.assessment.signoff

        def write(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM signoff")
            _audit(conn, self.user, "signoff_withdrawn", "file", gone.by, None)

        self._write(write)
        self.assessment = replace(self.assessment, signoff=None)

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
