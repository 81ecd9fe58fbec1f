"""Undo commands: one per user action, each calling the domain API through the session.

A command whose write fails marks itself obsolete, so Qt leaves it out of the history
(see :meth:`Session.apply`). Typing in a note or an action field arrives as many small
commands that merge into one undo step per editing spell.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from checklist.assessment import ActionItem
from checklist.bidi import reveal_bidi
from checklist.engagement import Engagement
from checklist.migrate import MigrationPlan
from checklist.model import Answer, Guide
from checklist.profile import CompanyProfile

from ..shared import i18n
from .session import Session

NOTE_ID = 1
ACTION_ID = 2


class AnswerCommand(QUndoCommand):
    def __init__(self, session: Session, question_id: str, answer: Answer | None, na_reason: str = "") -> None:
        super().__init__(QCoreApplication.translate("Commands", "回答 {question}：{answer}").format(
            question=question_id, answer=i18n.answer_label(answer)))
        old = session.record(question_id)
        self.session, self.question_id = session, question_id
        self.old = (old.answer, old.na_reason)
        self.new = (answer, na_reason)

    def redo(self) -> None:
        answer, reason = self.new
        self.session.apply(lambda: self.session.file.set_answer(self.question_id, answer, reason),
                           self.question_id, self)

    def undo(self) -> None:
        answer, reason = self.old
        self.session.apply(lambda: self.session.file.set_answer(self.question_id, answer, reason),
                           self.question_id, self)


class AnswersCommand(QUndoCommand):
    """Many answers given at once (不适用 for a whole article or chapter): one step, one transaction each way."""

    def __init__(self, session: Session, answers: list[tuple[str, Answer | None, str]], text: str) -> None:
        super().__init__(text)
        self.session = session
        self.new = answers
        self.old = [(q, (r := session.record(q)).answer, r.na_reason) for q, _answer, _reason in answers]
        self.question_ids = [q for q, _answer, _reason in answers]

    def _write(self, answers: list[tuple[str, Answer | None, str]]) -> None:
        self.session.apply_to_many(lambda: self.session.file.set_answers(answers), self.question_ids, self)

    def redo(self) -> None:
        self._write(self.new)

    def undo(self) -> None:
        self._write(self.old)


class NoteCommand(QUndoCommand):
    """A note as typed; consecutive edits in one spell merge into one step."""

    def __init__(self, session: Session, question_id: str, note: str, spell: int) -> None:
        super().__init__(QCoreApplication.translate("Commands", "编辑备注 {question}").format(question=question_id))
        self.session, self.question_id, self.spell = session, question_id, spell
        self.old = session.record(question_id).note
        self.new = note

    def id(self) -> int:
        return NOTE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, NoteCommand) or other.isObsolete() or \
                (other.question_id, other.spell) != (self.question_id, self.spell):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)  # typed and deleted again: nothing to undo
        return True

    def _write(self, note: str) -> None:
        self.session.apply(lambda: self.session.file.set_note(self.question_id, note), self.question_id, self,
                           unsaved_text=note if note is self.new else "")

    def redo(self) -> None:
        self._write(self.new)

    def undo(self) -> None:
        self._write(self.old)


class ActionCommand(QUndoCommand):
    """A change to a question's action item; typing in one field merges into one step."""

    def __init__(self, session: Session, action: ActionItem, field: str, spell: int = 0) -> None:
        super().__init__(QCoreApplication.translate("Commands", "编辑整改措施 {question}").format(question=action.question_id))
        self.session, self.question_id = session, action.question_id
        self.field, self.spell = field, spell
        self.old = session.action(action.question_id)
        self.new = action

    def id(self) -> int:
        return ACTION_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ActionCommand) or other.isObsolete() or not self.spell or \
                (other.question_id, other.field, other.spell) != (self.question_id, self.field, self.spell):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.session.apply(lambda: self.session.file.set_action(self.new), self.question_id, self)

    def undo(self) -> None:
        self.session.apply(lambda: self.session.file.set_action(self.old), self.question_id, self)


@dataclass
class AttachmentRef:
    """An attachment across undo and redo: removing and adding it back gives it a new row id."""

    id: int


def attachment_ref(session: Session, attachment_id: int) -> AttachmentRef:
    return session.attachment_refs.setdefault(attachment_id, AttachmentRef(attachment_id))


def _rekey(session: Session, ref: AttachmentRef, new_id: int) -> None:
    session.attachment_refs.pop(ref.id, None)
    ref.id = new_id
    session.attachment_refs[new_id] = ref


class _AttachmentCommand(QUndoCommand):
    """Adds or removes evidence; the bytes live in the command while the evidence is out of the file."""

    def __init__(self, session: Session, question_id: str, text: str) -> None:
        super().__init__(text)
        self.session, self.question_id = session, question_id
        self.ref: AttachmentRef | None = None
        self.name = ""
        self.data: bytes | None = None

    def _put_back(self) -> None:
        assert self.data is not None

        def write() -> None:
            attachment = self.session.file.add_attachment(self.question_id, Path(self.name), data=self.data)
            if self.ref is None:
                self.ref = attachment_ref(self.session, attachment.id)
            else:
                _rekey(self.session, self.ref, attachment.id)
            self.data = None

        self.session.apply(write, self.question_id, self)

    def _take_out(self) -> None:
        assert self.ref is not None
        ref = self.ref

        def write() -> None:
            data = self.session.file.attachment_data(ref.id)
            self.session.file.remove_attachment(ref.id)
            self.data = data

        self.session.apply(write, self.question_id, self)


class AddAttachmentCommand(_AttachmentCommand):
    def __init__(self, session: Session, question_id: str, source: Path) -> None:
        super().__init__(session, question_id, QCoreApplication.translate("Commands", "添加证据 {name}").format(
            name=reveal_bidi(source.name)))
        self.source = source

    def redo(self) -> None:
        if self.ref is not None:
            self._put_back()
            return

        def write() -> None:
            attachment = self.session.file.add_attachment(self.question_id, self.source)
            self.ref = attachment_ref(self.session, attachment.id)
            self.name = attachment.name

        self.session.apply(write, self.question_id, self)

    def undo(self) -> None:
        self._take_out()


class RemoveAttachmentCommand(_AttachmentCommand):
    def __init__(self, session: Session, attachment_id: int) -> None:
        attachment = next(a for a in session.assessment.attachments if a.id == attachment_id)
        super().__init__(session, attachment.question_id, QCoreApplication.translate("Commands", "移除证据 {name}").format(
            name=reveal_bidi(attachment.name)))
        self.ref = attachment_ref(session, attachment_id)
        self.name = attachment.name

    def redo(self) -> None:
        self._take_out()

    def undo(self) -> None:
        self._put_back()


class ProfileCommand(QUndoCommand):
    """A new company profile: what applies may change, so every view starts over."""

    def __init__(self, session: Session, profile: CompanyProfile) -> None:
        super().__init__(QCoreApplication.translate("Commands", "修改企业信息"))
        self.session = session
        self.old, self.new = session.assessment.profile, profile

    def redo(self) -> None:
        self.session.apply(lambda: self.session.file.update_profile(self.new), None, self)

    def undo(self) -> None:
        self.session.apply(lambda: self.session.file.update_profile(self.old), None, self)


class EngagementCommand(QUndoCommand):
    """New engagement facts, as one step."""

    def __init__(self, session: Session, engagement: Engagement) -> None:
        super().__init__(QCoreApplication.translate("Commands", "修改委托事实"))
        self.session = session
        self.old, self.new = session.assessment.engagement, engagement

    def redo(self) -> None:
        self.session.apply(lambda: self.session.file.set_engagement(self.new), None, self)

    def undo(self) -> None:
        self.session.apply(lambda: self.session.file.set_engagement(self.old), None, self)


class MoveToGuideCommand(QUndoCommand):
    """The move to a newer guide version: one step, undone by putting back the file as it was."""

    def __init__(self, session: Session, new: Guide, plan: MigrationPlan) -> None:
        super().__init__(QCoreApplication.translate("Commands", "迁移到指引 {version}").format(version=new.meta.version))
        self.session, self.new, self.plan = session, new, plan
        self.backup: Path | None = None

    def redo(self) -> None:
        def move() -> None:
            self.backup = self.session.file.move_to_guide(self.new, self.plan)

        self.session.apply(move, None, self)

    def undo(self) -> None:
        if self.backup is not None:
            backup = self.backup
            self.session.apply(lambda: self.session.file.restore_from(backup), None, self)


class KeepReviewedAnswerCommand(QUndoCommand):
    """The answer kept through a move stands as it is: its review mark goes."""

    def __init__(self, session: Session, question_id: str) -> None:
        super().__init__(QCoreApplication.translate("Commands", "确认原回答"))
        self.session, self.question_id = session, question_id
        self.review = session.assessment.reviews[question_id]

    def redo(self) -> None:
        self.session.apply(lambda: self.session.file.resolve_review(self.question_id), self.question_id, self)

    def undo(self) -> None:
        self.session.apply(lambda: self.session.file.mark_review(self.review), self.question_id, self)
