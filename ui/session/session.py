"""One open assessment file and its undo history, as a QObject the views listen to.

Every change goes through an undo command (``ui/commands.py``) that calls the domain
(``AssessmentFile``) and then :meth:`Session.apply`, which rescores and tells the views.
A write the domain refuses (disk full, read-only) is reported once in plain words, and
the views re-read the stored state.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from checklist.applicability import Applicability, applicable
from checklist.assessment import GAP_ANSWERS, ActionItem, AnswerRecord, Assessment, Attachment
from checklist.model import Answer, Guide
from checklist.scoring import Score
from checklist.store import AssessmentFile, StoreError

from ..shared import i18n
from ..shared.settings import RecentEntry


class Session(QObject):
    changed = Signal(str)  # the question whose answer, note, action or evidence changed
    scopeChanged = Signal()  # the profile changed: what applies, and so every view, may differ
    scoreChanged = Signal()
    writeFailed = Signal(str, str)  # a plain message, and the typed text that was not written ("" if none)
    signoffChanged = Signal()  # signed off, or a change withdrew the sign-off

    def __init__(self, file: AssessmentFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file = file
        self.undo_stack = QUndoStack(self)
        self.attachment_refs: dict[int, Any] = {}  # row id → the undo commands' handle on it
        self.scope: Applicability = applicable(self.guide, self.assessment.profile.facts)
        self.questions: list[str] = self._ordered_questions()
        self.score: Score = self.assessment.score()
        self._chapter_scores = {c.chapter_id: c for c in self.score.chapters}
        self._chapter_of = self._chapters_of_questions()

    # -- reading

    @property
    def guide(self) -> Guide:
        return self.file.guide

    @property
    def assessment(self) -> Assessment:
        return self.file.assessment

    @property
    def read_only(self) -> bool:
        return self.file.read_only

    def _ordered_questions(self) -> list[str]:
        return [q.id for q in self.guide.ordered_questions() if q.id in self.scope.questions]

    def record(self, question_id: str) -> AnswerRecord:
        return self.assessment.records.get(question_id) or AnswerRecord(question_id)

    def answer(self, question_id: str) -> Answer | None:
        return self.record(question_id).answer

    def action(self, question_id: str) -> ActionItem:
        return self.assessment.actions.get(question_id) or ActionItem(question_id)

    def attachments(self, question_id: str) -> list[Attachment]:
        return self.assessment.attachments_for(question_id)

    def items_of(self, question_id: str) -> list[str]:
        """The applicable items a question detects."""
        return [i for i in self.guide.items_for_question(question_id) if i in self.scope.items]

    def is_gap(self, question_id: str) -> bool:
        return self.answer(question_id) in GAP_ANSWERS

    def next_question(self, after: str | None, accept: Callable[[str], bool] = lambda q: True,
                      wrap: bool = False) -> str | None:
        """The first question after ``after`` in reading order that ``accept`` takes."""
        start = self.questions.index(after) + 1 if after in self.questions else 0
        order = self.questions[start:] + (self.questions[:start] if wrap else [])
        return next((q for q in order if accept(q)), None)

    def previous_question(self, before: str | None) -> str | None:
        if before not in self.questions:
            return None
        index = self.questions.index(before)
        return self.questions[index - 1] if index > 0 else None

    def questions_in(self, scope_id: str) -> list[str]:
        """The applicable questions of an article or a chapter, in reading order."""
        guide = self.guide
        if scope_id in guide.articles:
            return [q for q in self.questions if guide.questions[q].article_id == scope_id]
        return [q for q in self.questions if self._chapter_of[q] == scope_id]

    def progress(self) -> tuple[int, int]:
        """(questions answered, questions the profile makes applicable), as the score counts them
        (checklist.scoring.Completion: 不适用 with a reason counts as answered), so the app, the report
        and the command line show the same numbers."""
        c = self.score.completion
        return c.answered, c.questions

    def chapter_progress(self, chapter_id: str) -> tuple[int, int]:
        c = self._chapter_scores.get(chapter_id)
        return (c.answered, c.applicable_questions) if c is not None else (0, 0)

    @property
    def started(self) -> bool:
        """Some answer was given: before that the dashboard shows no score."""
        return self.progress()[0] > 0

    def summary(self) -> RecentEntry:
        profile = self.assessment.profile
        s = self.score
        answered, questions = self.progress()
        return RecentEntry(
            path=str(self.file.path), company=profile.name,
            assessed=profile.assessment_date.isoformat() if profile.assessment_date else "",
            index=s.index if self.started else None, provisional=s.provisional,
            level=s.level.value if self.started and s.level is not None else None,
            answered=answered, questions=questions,
        )

    # -- changing (called by undo commands)

    def apply(self, change: Callable[[], object], question_id: str | None, command: QUndoCommand | None = None,
              unsaved_text: str = "") -> bool:
        """Run one domain write (``question_id`` None: the profile); on a StoreError report it, drop
        ``command`` and show the stored state."""
        try:
            change()
        except StoreError as exc:
            if command is not None:
                command.setObsolete(True)  # Qt then leaves it out of the history
            self._announce(question_id)
            self.writeFailed.emit(i18n.text(exc.message), unsaved_text)
            return False
        self.refresh(question_id)
        return True

    def apply_to_many(self, change: Callable[[], object], question_ids: list[str],
                      command: QUndoCommand | None = None) -> bool:
        """Run one domain write that changes every question in ``question_ids``; rescore once, then tell the
        views of each question."""
        try:
            change()
        except StoreError as exc:
            if command is not None:
                command.setObsolete(True)
            for question_id in question_ids:
                self._announce(question_id)
            self.writeFailed.emit(i18n.text(exc.message), "")
            return False
        self.score = self.assessment.score()
        self._chapter_scores = {c.chapter_id: c for c in self.score.chapters}
        for question_id in question_ids:
            self._announce(question_id)
        self.scoreChanged.emit()
        self.signoffChanged.emit()  # any change may have withdrawn it
        return True

    def _chapters_of_questions(self) -> dict[str, str]:
        return {q.id: self.guide.articles[q.article_id].chapter_id for q in self.guide.questions.values()}

    def refresh(self, question_id: str | None = None) -> None:
        """Rescore after a change to ``question_id``, or to the profile or the guide (None), and tell the views."""
        if question_id is None:
            self.scope = applicable(self.guide, self.assessment.profile.facts)
            self.questions = self._ordered_questions()
        self.score = self.assessment.score()
        self._chapter_scores = {c.chapter_id: c for c in self.score.chapters}
        self._announce(question_id)
        self.scoreChanged.emit()
        self.signoffChanged.emit()  # any change may have withdrawn it

    def _announce(self, question_id: str | None) -> None:
        if question_id is None:
            self.scopeChanged.emit()
        else:
            self.changed.emit(question_id)

    def sign_off(self, by: str, licence: str) -> str:
        """Sign the assessment off; "" when done, else why not, in words. Not undoable: it is withdrawn by the
        next change, which undo is too."""
        try:
            self.file.sign_off(by, licence)
        except StoreError as exc:
            return i18n.text(exc.message)
        self.signoffChanged.emit()
        return ""

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def undo(self) -> None:
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def close(self) -> None:
        self.file.close()
