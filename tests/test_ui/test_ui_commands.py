"""Undo commands on a session, no widgets: each step calls the domain and undo restores the file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from checklist import store
from checklist.assessment import ActionStatus
from checklist.model import Answer
from checklist.store import AssessmentFile
from ui.session.commands import (
    ActionCommand,
    AddAttachmentCommand,
    AnswerCommand,
    NoteCommand,
    RemoveAttachmentCommand,
)
from ui.session.session import Session


def reopened(session: Session) -> AssessmentFile:
    return AssessmentFile.open(session.file.path, "审阅人", read_only=True)


def test_answer_undo_redo_writes_through_to_the_file(session: Session, qtbot) -> None:
    with qtbot.wait_signal(session.scoreChanged):
        session.push(AnswerCommand(session, "Q01-1", Answer.NON_COMPLIANT))
    assert session.answer("Q01-1") is Answer.NON_COMPLIANT
    assert session.score.answered == 1
    session.undo()
    assert session.answer("Q01-1") is None
    with reopened(session) as other:
        assert other.assessment.records["Q01-1"].answer is None
    session.redo()
    with reopened(session) as other:
        assert other.assessment.records["Q01-1"].answer is Answer.NON_COMPLIANT


def test_not_applicable_keeps_its_reason_through_undo(session: Session) -> None:
    session.push(AnswerCommand(session, "Q02-1", Answer.NOT_APPLICABLE, "尚未设立合规部门"))
    session.push(AnswerCommand(session, "Q02-1", Answer.COMPLIANT))
    assert session.record("Q02-1").na_reason == ""
    session.undo()
    assert session.record("Q02-1").answer is Answer.NOT_APPLICABLE
    assert session.record("Q02-1").na_reason == "尚未设立合规部门"


def test_typing_a_note_is_one_undo_step(session: Session) -> None:
    for text in ("已", "已核", "已核查营业执照"):
        session.push(NoteCommand(session, "Q01-1", text, spell=1))
    assert session.undo_stack.count() == 1
    assert session.record("Q01-1").note == "已核查营业执照"
    session.push(NoteCommand(session, "Q01-1", "已核查营业执照，待补章程", spell=2))  # a new spell
    assert session.undo_stack.count() == 2
    session.undo()
    session.undo()
    assert session.record("Q01-1").note == ""


def test_a_note_typed_and_deleted_leaves_no_step(session: Session) -> None:
    session.push(NoteCommand(session, "Q01-1", "x", spell=1))
    session.push(NoteCommand(session, "Q01-1", "", spell=1))
    assert session.undo_stack.count() == 0


def test_action_fields_merge_per_field_and_undo(session: Session) -> None:
    action = session.action("Q01-1")
    for text in ("补", "补办变更登记"):
        action = replace(action, measure=text)
        session.push(ActionCommand(session, action, "measure", spell=1))
    action = replace(session.action("Q01-1"), due=dt.date(2027, 3, 31))
    session.push(ActionCommand(session, action, "due"))
    action = replace(session.action("Q01-1"), status=ActionStatus.IN_PROGRESS)
    session.push(ActionCommand(session, action, "status"))
    assert session.undo_stack.count() == 3
    stored = session.action("Q01-1")
    assert (stored.measure, stored.due, stored.status) == ("补办变更登记", dt.date(2027, 3, 31), ActionStatus.IN_PROGRESS)
    for _ in range(3):
        session.undo()
    assert session.action("Q01-1").empty
    assert "Q01-1" not in session.assessment.actions


def test_evidence_add_remove_undo_redo_follow_the_same_file(session: Session, tmp_path: Path) -> None:
    source = tmp_path / "董事会决议.pdf"
    source.write_bytes(b"%PDF-1.4 minutes")
    session.push(AddAttachmentCommand(session, "Q01-1", source))
    first = session.attachments("Q01-1")[0]
    session.push(RemoveAttachmentCommand(session, first.id))
    assert session.attachments("Q01-1") == []
    session.undo()  # put back: a new row id
    back = session.attachments("Q01-1")[0]
    assert session.file.attachment_data(back.id) == b"%PDF-1.4 minutes"
    session.undo()  # the add is undone even though the row id changed
    assert session.attachments("Q01-1") == []
    session.redo()
    session.redo()
    assert session.attachments("Q01-1") == []
    session.undo()
    assert [a.name for a in session.attachments("Q01-1")] == ["董事会决议.pdf"]


def test_a_failed_write_is_reported_and_left_out_of_the_history(session: Session, qtbot,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    session.push(AnswerCommand(session, "Q01-1", Answer.COMPLIANT))

    def disk_full(change) -> None:  # noqa: ANN001
        raise store.diagnosis._write_error(sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(session.file, "_write", disk_full)
    with qtbot.wait_signal(session.writeFailed) as failed:
        session.push(AnswerCommand(session, "Q01-1", Answer.NON_COMPLIANT))
    assert "磁盘空间不足" in failed.args[0]
    assert session.answer("Q01-1") is Answer.COMPLIANT  # the stored state
    assert session.undo_stack.count() == 1  # the failed step is not in the history
    monkeypatch.undo()
    session.undo()
    assert session.answer("Q01-1") is None


def test_an_attachment_over_the_limit_gets_the_domain_message(session: Session, qtbot, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store.file, "MAX_ATTACHMENT_BYTES", 10)
    big = tmp_path / "扫描件.pdf"
    big.write_bytes(b"x" * 100)
    with qtbot.wait_signal(session.writeFailed) as failed:
        session.push(AddAttachmentCommand(session, "Q01-1", big))
    assert "超过单个附件" in failed.args[0]
    assert session.undo_stack.count() == 0
