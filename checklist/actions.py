"""The action register (整改事项清单): every action item of an assessment as one row, with the filters and
orders the app's register window and the command line share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from .applicability import applicable
from .assessment import ActionItem, Assessment
from .model import Answer
from .vocabulary import ActionStatus


def is_overdue(action: ActionItem, day: dt.date) -> bool:
    """An action is overdue when its due date has passed on ``day`` and it is not done."""
    return action.due is not None and action.due < day and action.status is not ActionStatus.DONE


@dataclass(frozen=True)
class ActionRow:
    question_id: str
    order: int  # the question's place in reading order: sorting by it follows the guide
    chapter_id: str
    article_id: str
    article_label: str  # 第十二条 / Article 12
    article_title: str
    question_text: str
    item_ids: tuple[str, ...]  # the applicable violation items the question detects
    answer: Answer | None
    measure: str
    owner: str
    due: dt.date | None
    status: ActionStatus
    overdue: bool
    changed_at: dt.datetime | None
    changed_by: str
    applies: bool  # False: the profile changed since and the question no longer applies


def register(assessment: Assessment, today: dt.date, lang: str = "zh") -> list[ActionRow]:
    """The actions recorded in ``assessment``, in reading order; overdue is judged on ``today``.

    Articles and questions are named in ``lang`` (the guide's English where it has it); what the user
    typed (measure, owner) stays as typed.

    An empty action (nothing typed, status untouched) is no action. Actions on questions the guide no
    longer has are left out: they live in the archive of a guide migration.
    """
    guide = assessment.guide
    scope = applicable(guide, assessment.profile.facts)
    order = {q.id: n for n, q in enumerate(guide.ordered_questions())}
    rows = []
    for qid, action in assessment.actions.items():
        question = guide.questions.get(qid)
        if question is None or action.empty:
            continue
        article = guide.articles[question.article_id]
        record = assessment.records.get(qid)
        rows.append(ActionRow(
            question_id=qid,
            order=order.get(qid, len(order)),
            chapter_id=article.chapter_id,
            article_id=article.id,
            article_label=article.label_in(lang),
            article_title=guide.text(article, "title", lang),
            question_text=guide.text(question, "text", lang),
            item_ids=tuple(i for i in guide.items_for_question(qid) if i in scope.items),
            answer=record.answer if record else None,
            measure=action.measure,
            owner=action.owner,
            due=action.due,
            status=action.status,
            overdue=is_overdue(action, today),
            changed_at=action.changed_at,
            changed_by=action.changed_by,
            applies=qid in scope.questions,
        ))
    rows.sort(key=lambda r: r.order)
    return rows


NO_OWNER = ""  # the owner filter's value for actions nobody has been named for


@dataclass(frozen=True)
class ActionFilter:
    """What the register shows; the default shows every row."""

    statuses: frozenset[ActionStatus] = frozenset()  # empty: any status
    owner: str | None = None  # None: anyone; NO_OWNER: actions without an owner
    overdue_only: bool = False
    text: str = ""  # in the question id or text, the measure, the owner, the article or an item id

    def accepts(self, row: ActionRow) -> bool:
        if self.statuses and row.status not in self.statuses:
            return False
        if self.owner is not None and row.owner.strip() != self.owner.strip():
            return False
        if self.overdue_only and not row.overdue:
            return False
        needle = self.text.strip().casefold()
        if needle:
            haystack = " ".join((row.question_id, row.question_text, row.measure, row.owner, row.article_label,
                                 row.article_title, *row.item_ids))
            return needle in haystack.casefold()
        return True

    def apply(self, rows: Iterable[ActionRow]) -> list[ActionRow]:
        return [r for r in rows if self.accepts(r)]


class SortKey(StrEnum):
    """The columns the register sorts by."""

    QUESTION = "question"  # reading order of the guide
    MEASURE = "measure"
    OWNER = "owner"
    DUE = "due"
    STATUS = "status"  # 未开始 → 进行中 → 已完成
    OVERDUE = "overdue"  # overdue first
    CHANGED = "changed"


_STATUS_ORDER = {s: n for n, s in enumerate(ActionStatus)}


def sort_value(row: ActionRow, key: SortKey) -> tuple:
    """A comparable value for ``row`` under ``key``; a missing value (no owner, no date) sorts last in
    either direction, and ties keep the guide's order."""
    if key is SortKey.QUESTION:
        return (0, row.order)
    if key is SortKey.MEASURE:
        return (0 if row.measure else 1, row.measure, row.order)
    if key is SortKey.OWNER:
        return (0 if row.owner else 1, row.owner, row.order)
    if key is SortKey.DUE:
        return (0 if row.due else 1, row.due or dt.date.min, row.order)
    if key is SortKey.STATUS:
        return (0, _STATUS_ORDER[row.status], row.order)
    if key is SortKey.OVERDUE:
        return (0, 0 if row.overdue else 1, row.due or dt.date.max, row.order)
    return (0 if row.changed_at else 1, row.changed_at or dt.datetime.min, row.order)


def sort_rows(rows: Iterable[ActionRow], key: SortKey = SortKey.QUESTION, descending: bool = False) -> list[ActionRow]:
    rows = list(rows)
    present = [r for r in rows if sort_value(r, key)[0] == 0]
    missing = [r for r in rows if sort_value(r, key)[0] == 1]
    present.sort(key=lambda r: sort_value(r, key), reverse=descending)
    missing.sort(key=lambda r: r.order)
    return present + missing


def owners(rows: Iterable[ActionRow]) -> list[str]:
    """The owners named in ``rows``, each once, in the order of their names."""
    return sorted({r.owner.strip() for r in rows if r.owner.strip()})


@dataclass(frozen=True)
class RegisterCounts:
    total: int
    open: int
    in_progress: int
    done: int
    overdue: int


def counts(rows: Iterable[ActionRow]) -> RegisterCounts:
    rows = list(rows)
    by_status = {s: sum(1 for r in rows if r.status is s) for s in ActionStatus}
    return RegisterCounts(len(rows), by_status[ActionStatus.OPEN], by_status[ActionStatus.IN_PROGRESS],
                          by_status[ActionStatus.DONE], sum(1 for r in rows if r.overdue))
