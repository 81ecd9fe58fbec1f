"""One question at a time: the answer keys 1–5, a note, an action item on gaps, evidence.

Answers are pushed as undo commands the moment a key is pressed; typed text is written
after a short pause (and whenever the user moves on), merged into one undo step.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from checklist.assessment import ActionStatus
from checklist.migrate import REASONS
from checklist.model import Answer

from ..session.commands import ActionCommand, AnswerCommand, NoteCommand
from ..session.session import Session
from ..shared import i18n
from ..shared.banner import Banner
from ..shared.fields import DateField
from ..shared.flow import FlowLayout
from ..shared.plain import plain
from ..shared.theme import emphasised
from .evidence import EvidencePanel

ANSWER_KEYS = (
    (Answer.COMPLIANT, "1"),
    (Answer.PARTIAL, "2"),
    (Answer.NON_COMPLIANT, "3"),
    (Answer.NOT_APPLICABLE, "4"),
    (Answer.UNSURE, "5"),
)
WRITE_DELAY_MS = 600  # typed text is written after this pause


class Field(StrEnum):
    """The page's editable fields; typing in one merges into one undo step."""

    NOTE = "note"
    REASON = "reason"  # the 不适用 reason, written with the answer rather than on its own
    MEASURE = "measure"
    OWNER = "owner"
    DUE = "due"
    STATUS = "status"
    SUGGEST = "suggest"  # the guide's remediation taken as the measure


def _left(field: QWidget) -> QHBoxLayout:
    """A field at its own width, at the left of its form row."""
    row = QHBoxLayout()
    row.addWidget(field)
    row.addStretch()
    return row


class QuestionPage(QScrollArea):
    answered = Signal(str)  # the user gave an answer: the window moves on
    previousRequested = Signal()
    nextRequested = Signal()
    problem = Signal(str)
    savingChanged = Signal(bool)  # True while typed text waits to be written

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.question_id = ""
        self._loading = False  # set while widgets are filled from the stored state
        self._saving = False
        self._dirty: set[Field] = set()  # text fields typed into but not yet written
        self._spell = 0  # one editing spell per focus: its keystrokes merge into one undo step
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(WRITE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._build()
        # Only now, with every field in place: the filter looks at them all.
        for field in (self.reason, self.note, self.measure, self.owner, self.due.edit):
            field.installEventFilter(self)
        session.changed.connect(self._on_changed)
        session.scopeChanged.connect(self._on_scope_changed)

    # -- layout

    def _build(self) -> None:
        body = QWidget()
        body.setObjectName("questionBody")
        self.setWidgetResizable(True)
        # Text wraps and button rows wrap: the page never needs scrolling sideways (1024 px screens, English).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop of its own: Tab goes from field to field, and the page scrolls to the one with focus.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(10)

        top = QHBoxLayout()
        # Guide text, names and reasons from the file: every label here shows them as plain text.
        self.breadcrumb = plain(QLabel())
        self.breadcrumb.setProperty("role", "muted")
        self.breadcrumb.setWordWrap(True)
        self.position = plain(QLabel())
        self.position.setProperty("role", "muted")
        self.prev_button = QPushButton(self.tr("‹ 上一题"))
        self.prev_button.setToolTip(self.tr("上一题（Alt+PgUp）"))
        self.prev_button.clicked.connect(self.previousRequested)
        self.next_button = QPushButton(self.tr("下一题 ›"))
        self.next_button.setToolTip(self.tr("下一题（Alt+PgDn）"))
        self.next_button.clicked.connect(self.nextRequested)
        layout.addWidget(self.breadcrumb)  # on its own line: a long chapter and article title wraps there
        top.addWidget(self.position, 1)
        top.addWidget(self.prev_button)
        top.addWidget(self.next_button)
        layout.addLayout(top)

        self.question = plain(QLabel())
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.question.setFont(emphasised(self.question.font(), 1.25))
        self.question.setAccessibleName(self.tr("问题"))
        self.hint = plain(QLabel())
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.question)
        layout.addWidget(self.hint)
        # After a move to a newer guide version: the kept answer and why it wants looking at again.
        self.review = Banner(margins=(0, 0, 0, 0))
        self.review.close_button.hide()
        layout.addWidget(self.review)

        answers = FlowLayout(spacing=8)  # wraps to a second row where the five do not fit
        self.buttons: dict[Answer, QPushButton] = {}
        for answer, key in ANSWER_KEYS:
            button = QPushButton(f"{i18n.answer_label(answer.value)}　{key}")
            button.setCheckable(True)
            button.setProperty("answer", True)
            button.setAccessibleName(self.tr("回答：{label}（快捷键 {key}）").format(
                label=i18n.answer_label(answer.value), key=key))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, a=answer: self.choose(a))
            # A QShortcut answers at once; a button's own shortcut would wait for its click animation.
            # Text fields keep their digits: they claim printable keys before shortcuts see them.
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda a=answer: self._key_answer(a))
            answers.addWidget(button)
            self.buttons[answer] = button
        layout.addLayout(answers)
        self.answered_line = plain(QLabel())  # names who answered: a name from the file
        self.answered_line.setProperty("role", "muted")
        self.answered_line.setWordWrap(True)
        layout.addWidget(self.answered_line)

        # 不适用 needs a reason: asked here, in the page, never in a dialog.
        self.reason_box = QFrame()
        self.reason_box.setProperty("role", "banner-info")
        reason_layout = QVBoxLayout(self.reason_box)
        reason_layout.setContentsMargins(10, 8, 10, 8)
        self.reason_label = QLabel(self.tr("不适用的理由（例如：本企业不从事该项业务）。按 Enter 确认；Esc 回到回答，写下的理由保留。"))
        self.reason_label.setWordWrap(True)
        row = QHBoxLayout()
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("不适用的理由"))
        self.reason.setPlaceholderText(self.tr("写明不适用的理由"))
        self.reason.returnPressed.connect(self.confirm_reason)
        self.reason.textEdited.connect(lambda _text: self._dirty.add(Field.REASON))
        self.reason_ok = QPushButton(self.tr("确认"))
        self.reason_ok.clicked.connect(self.confirm_reason)
        row.addWidget(self.reason, 1)
        row.addWidget(self.reason_ok)
        self.reason_problem = plain(QLabel())
        self.reason_problem.setProperty("role", "problem")
        reason_layout.addWidget(self.reason_label)
        reason_layout.addLayout(row)
        reason_layout.addWidget(self.reason_problem)
        layout.addWidget(self.reason_box)

        note_title = QLabel(self.tr("备注"))
        note_title.setProperty("role", "heading")
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("事实、依据、访谈对象、待补材料……随输入自动保存。"))
        self.note.setAccessibleName(self.tr("备注"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(84)
        self.note.textChanged.connect(lambda: self._typed(Field.NOTE))
        layout.addWidget(note_title)
        layout.addWidget(self.note)

        self.action_box = self._build_action()
        layout.addWidget(self.action_box)

        self.evidence = EvidencePanel(self.session)
        self.evidence.problem.connect(self.problem)
        layout.addWidget(self.evidence)
        layout.addStretch(1)
        self.setWidget(body)  # last: the scroll area filters its widget's events through eventFilter() too

    def _build_action(self) -> QFrame:
        box = QFrame()
        box.setProperty("role", "card")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 10, 12, 10)
        head = QHBoxLayout()
        title = QLabel(self.tr("整改措施"))
        title.setProperty("role", "heading")
        self.suggest = QPushButton(self.tr("采用整改建议"))
        self.suggest.setToolTip(self.tr("把指引对本题违规事项的整改建议填入措施"))
        self.suggest.clicked.connect(self._use_suggestion)
        head.addWidget(title)
        head.addStretch()
        head.addWidget(self.suggest)
        layout.addLayout(head)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.measure = QPlainTextEdit()
        self.measure.setFixedHeight(76)
        self.measure.setTabChangesFocus(True)
        self.measure.setAccessibleName(self.tr("整改措施"))
        self.measure.setPlaceholderText(self.tr("要做什么，做到什么程度"))
        self.measure.textChanged.connect(lambda: self._typed(Field.MEASURE))
        self.owner = QLineEdit()
        self.owner.setAccessibleName(self.tr("责任人"))
        self.owner.setPlaceholderText(self.tr("部门或姓名"))
        self.owner.textEdited.connect(lambda _text: self._typed(Field.OWNER))
        self.due = DateField()
        self.due.setAccessibleName(self.tr("完成期限"))
        self.due.dateChanged.connect(self._due_changed)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("整改状态"))
        for status in ActionStatus:
            self.status.addItem(i18n.status_label(status.value), status.value)
        self.status.currentIndexChanged.connect(self._status_changed)
        form.addRow(self.tr("措施"), self.measure)
        form.addRow(self.tr("责任人"), self.owner)
        # each on its own row: side by side they made the page wider than a 1024 px screen leaves it
        form.addRow(self.tr("完成期限"), _left(self.due))
        form.addRow(self.tr("状态"), _left(self.status))
        layout.addLayout(form)
        return box

    # -- showing a question

    def show_question(self, question_id: str) -> None:
        self.flush()
        self._dirty.clear()
        self.question_id = question_id
        self._spell += 1
        self.reason_problem.clear()
        self._load(full=True)
        self.evidence.show_question(question_id)
        self.verticalScrollBar().setValue(0)

    def _show_review(self, qid: str) -> None:
        review = self.session.assessment.reviews.get(qid)
        if review is None:
            self.review.hide()
            return
        lang = i18n.lang()
        reasons = i18n.join([REASONS[r].text(lang) for r in review.reasons if r in REASONS])
        text = self.tr("需复核：迁移到新版本指引时保留了原回答（{answer}），因为{reasons}。"
                       "请重新作答，或确认原回答仍然成立。").format(
            answer=i18n.answer_label(review.old_answer and review.old_answer.value), reasons=reasons)
        if "text" in review.reasons:
            text += self.tr("原问题：{old}").format(old=review.old_text)
        action = None if self.session.read_only else (self.tr("原回答仍然成立"), self.keep_reviewed_answer)
        self.review.show_message("warning", text, action)

    def keep_reviewed_answer(self) -> None:
        from ..session.commands import KeepReviewedAnswerCommand

        if self.question_id in self.session.assessment.reviews:
            self.session.push(KeepReviewedAnswerCommand(self.session, self.question_id))

    def _load(self, full: bool) -> None:
        """Fill the widgets from the stored state; text being typed is left alone."""
        self._loading = True
        try:
            self._load_fields(full)
        finally:
            self._loading = False

    def _load_fields(self, full: bool) -> None:
        qid, session = self.question_id, self.session
        editable = bool(qid) and not session.read_only
        for button in self.buttons.values():
            button.setEnabled(editable)
        if not qid:
            self.question.setText(self.tr("在左侧选择一个问题开始作答。"))
            self.hint.clear()
            self.breadcrumb.clear()
            self.position.clear()
            self.answered_line.clear()
            self.reason_box.hide()
            self.action_box.hide()
            self.note.setEnabled(False)
            return
        guide = session.guide
        question = guide.questions[qid]
        article = guide.articles[question.article_id]
        chapter = guide.chapter(article.chapter_id)
        if full:
            self.breadcrumb.setText(f"{i18n.heading(guide, chapter)}　›　{i18n.heading(guide, article)}")
            self.question.setText(i18n.guide_text(guide, question, "text"))
            hint = i18n.guide_text(guide, question, "hint")
            self.hint.setText(self.tr("提示：{hint}").format(hint=hint) if hint else "")
            self.hint.setVisible(bool(question.hint))
            number = session.questions.index(qid) + 1 if qid in session.questions else 0
            self.position.setText(self.tr("第 {n} 题，共 {total} 题").format(n=number, total=len(session.questions)))
            self.prev_button.setEnabled(number > 1)
            self.next_button.setEnabled(0 < number < len(session.questions))
        self._show_review(qid)
        record = session.record(qid)
        for answer, button in self.buttons.items():
            button.setChecked(record.answer is answer)
        if record.answer is not None and record.changed_at is not None:
            self.answered_line.setText(self.tr("已回答“{answer}”　{who}，{when}").format(
                answer=i18n.answer_label(record.answer.value), who=record.changed_by,
                when=f"{i18n.format_date(record.changed_at.date())} {record.changed_at:%H:%M}"))
        else:
            self.answered_line.setText(self.tr("尚未作答。按 1–5 选择回答，随即进入下一题。"))
        if record.answer is Answer.NOT_APPLICABLE:
            self.reason_box.show()
            if Field.REASON not in self._dirty:
                self.reason.setText(record.na_reason)
        elif full:
            self.reason_box.hide()
        self.reason.setReadOnly(not editable)
        self.note.setEnabled(True)
        self.note.setReadOnly(not editable)
        if Field.NOTE not in self._dirty and self.note.toPlainText() != record.note:
            self.note.setPlainText(record.note)
        action = session.action(qid)
        self.action_box.setVisible(session.is_gap(qid) or not action.empty)
        if Field.MEASURE not in self._dirty and self.measure.toPlainText() != action.measure:
            self.measure.setPlainText(action.measure)
        if Field.OWNER not in self._dirty and self.owner.text() != action.owner:
            self.owner.setText(action.owner)
        if full or not self.due.edit.isModified():  # a date being typed is left alone
            self.due.set_date(action.due)
        self.status.setCurrentIndex(max(0, self.status.findData(action.status.value)))
        for widget in (self.measure, self.owner):
            widget.setReadOnly(not editable)
        self.due.setEnabled(editable)
        self.status.setEnabled(editable)
        self.suggest.setEnabled(editable and bool(self._suggestion()))

    def _on_changed(self, question_id: str) -> None:
        if question_id == self.question_id:
            self._load(full=False)

    def _on_scope_changed(self) -> None:
        if self.question_id and self.question_id not in self.session.questions:
            self.show_question("")
        else:
            self._load(full=True)

    # -- answering

    def _key_answer(self, answer: Answer) -> None:
        if self.buttons[answer].isEnabled():
            self.choose(answer)

    def focus_answers(self) -> None:
        answer = self.session.answer(self.question_id) if self.question_id else None
        self.buttons.get(answer, self.buttons[Answer.COMPLIANT]).setFocus(Qt.FocusReason.OtherFocusReason)

    def choose(self, answer: Answer) -> None:
        qid = self.question_id
        if not qid or self.session.read_only:
            return
        if answer is Answer.NOT_APPLICABLE:
            self.reason_box.show()
            self.reason_problem.clear()
            if self.session.answer(qid) is not Answer.NOT_APPLICABLE and Field.REASON not in self._dirty:
                self.reason.clear()
            self.buttons[answer].setChecked(self.session.answer(qid) is answer)
            self.reason.setFocus()
            return
        self.reason_box.hide()
        self.session.push(AnswerCommand(self.session, qid, answer))
        if self.session.answer(qid) is answer:
            self.answered.emit(qid)

    def confirm_reason(self) -> None:
        qid = self.question_id
        reason = self.reason.text().strip()
        if not qid or self.session.read_only:
            return
        if not reason:
            self.reason_problem.setText(self.tr("标为“不适用”时请写明理由。"))
            self.reason.setFocus()
            return
        self.reason_problem.clear()
        self._dirty.discard(Field.REASON)
        record = self.session.record(qid)
        if record.answer is not Answer.NOT_APPLICABLE or record.na_reason != reason:
            self.session.push(AnswerCommand(self.session, qid, Answer.NOT_APPLICABLE, reason))
        if self.session.answer(qid) is Answer.NOT_APPLICABLE:
            self.answered.emit(qid)
        # The field may be hidden by now (the next question); focus left there would fall into the note,
        # and the next answer keys would be typed as text.
        self.focus_answers()

    def leave_reason(self) -> None:
        """Esc: back to the answers. What was typed stays in the field (pressing 4 again shows it)."""
        if self.session.answer(self.question_id) is Answer.NOT_APPLICABLE:
            self.focus_answers()
        else:  # nothing was written: the 不适用 request is taken back
            self.reason_box.hide()
            self.buttons[Answer.NOT_APPLICABLE].setFocus(Qt.FocusReason.OtherFocusReason)

    def leave_text(self) -> None:
        """Esc in the note or the action: what was typed is written, and keys 1–5 answer again."""
        self.flush()
        self.focus_answers()

    # -- typed text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in (self.note, self.measure, self.owner):
            self._spell += 1
        elif event.type() == QEvent.Type.FocusOut and watched in (self.note, self.measure, self.owner):
            self.flush()
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if watched is self.reason:
                self.leave_reason()
                return True
            if watched in (self.note, self.measure, self.owner, self.due.edit):
                self.leave_text()
                return True
        return super().eventFilter(watched, event)

    def _typed(self, field: str) -> None:
        if self._loading or not self.question_id or self.session.read_only:
            return
        self._dirty.add(field)
        self._set_saving(True)
        self._timer.start()

    @property
    def saving(self) -> bool:
        return self._saving

    def _set_saving(self, saving: bool) -> None:
        if saving != self._saving:
            self._saving = saving
            self.savingChanged.emit(saving)

    def flush(self) -> None:
        """Write what was typed; called after a pause, on leaving a field or question, before undo."""
        self._timer.stop()
        self.due.commit()
        dirty, self._dirty = self._dirty - {Field.REASON}, self._dirty & {Field.REASON}
        qid = self.question_id
        if dirty and qid:
            if Field.NOTE in dirty:
                note = self.note.toPlainText()
                if note != self.session.record(qid).note:
                    self.session.undo_stack.push(NoteCommand(self.session, qid, note, self._spell))
            for field in (Field.MEASURE, Field.OWNER):
                if field in dirty:
                    value = self.measure.toPlainText() if field == Field.MEASURE else self.owner.text()
                    current = self.session.action(qid)
                    if getattr(current, field.value) != value:
                        new = replace(current, **{field.value: value})
                        self.session.undo_stack.push(ActionCommand(self.session, new, field, self._spell))
        self._set_saving(False)

    def _due_changed(self, due: dt.date | None) -> None:
        if self._loading or not self.question_id or self.session.read_only:
            return
        current = self.session.action(self.question_id)
        if current.due != due:
            self.session.push(ActionCommand(self.session, replace(current, due=due), Field.DUE))

    def _status_changed(self, row: int) -> None:
        if self._loading or not self.question_id or row < 0:
            return
        status = ActionStatus(self.status.itemData(row))
        current = self.session.action(self.question_id)
        if current.status is not status:
            self.session.push(ActionCommand(self.session, replace(current, status=status), Field.STATUS))

    def _suggestion(self) -> str:
        guide = self.session.guide
        own = guide.advice(guide.questions[self.question_id], i18n.lang()) if self.question_id else ()
        if own:  # the guide's advice for this very question
            return own[0]
        items = sorted((guide.items[i] for i in self.session.items_of(self.question_id)),
                       key=lambda item: -item.severity)
        return next((guide.remediation(item, i18n.lang())[0] for item in items if item.remediation), "")

    def _use_suggestion(self) -> None:
        advice = self._suggestion()
        if advice and self.question_id:
            self.flush()
            current = self.session.action(self.question_id)
            measure = f"{current.measure}\n{advice}".strip() if advice not in current.measure else current.measure
            self.session.push(ActionCommand(self.session, replace(current, measure=measure), Field.SUGGEST))
