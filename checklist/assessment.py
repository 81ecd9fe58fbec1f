"""What an assessment holds besides the guide: answers, action items, attachments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from .engagement import Engagement, SignOff
from .model import Answer, Guide
from .profile import CompanyProfile
from .scoring import Score, score
from .vocabulary import ActionStatus

GAP_ANSWERS = frozenset({Answer.PARTIAL, Answer.NON_COMPLIANT, Answer.UNSURE})


@dataclass(frozen=True)
class AnswerRecord:
    question_id: str
    answer: Answer | None = None  # a note may come before the answer
    note: str = ""
    na_reason: str = ""  # required when the user marks a question 不适用
    changed_at: dt.datetime | None = None
    changed_by: str = ""


@dataclass(frozen=True)
class ActionItem:
    question_id: str
    measure: str = ""
    owner: str = ""
    due: dt.date | None = None
    status: ActionStatus = ActionStatus.OPEN
    changed_at: dt.datetime | None = None
    changed_by: str = ""

    @property
    def empty(self) -> bool:
        return not (self.measure or self.owner or self.due) and self.status is ActionStatus.OPEN


@dataclass(frozen=True)
class Attachment:
    id: int
    question_id: str
    name: str
    size: int
    sha256: str
    added_at: dt.datetime
    added_by: str


@dataclass(frozen=True)
class Archived:
    """What was recorded for a question a newer guide version no longer has."""

    question_id: str
    guide_version: str  # the version the question belonged to
    question_text: str
    answer: Answer | None
    note: str
    na_reason: str
    action: ActionItem | None
    archived_at: dt.datetime


@dataclass(frozen=True)
class Review:
    """An answer kept through a guide migration whose question, law or items changed: to be looked at again."""

    question_id: str
    reasons: tuple[str, ...]  # keys of checklist.migrate.REASONS
    old_text: str
    old_answer: Answer | None
    since_version: str


@dataclass(frozen=True)
class Assessment:
    """An immutable snapshot of one company's assessment."""

    guide: Guide
    profile: CompanyProfile
    records: Mapping[str, AnswerRecord] = field(default_factory=dict)
    actions: Mapping[str, ActionItem] = field(default_factory=dict)
    attachments: tuple[Attachment, ...] = ()
    archive: tuple[Archived, ...] = ()  # answers to questions of an earlier guide version
    reviews: Mapping[str, Review] = field(default_factory=dict)  # answers to look at again after a migration
    law_review: tuple[str, ...] = ()  # items whose law changed at the last migration: 因法律变化需复核
    engagement: Engagement = field(default_factory=Engagement)  # a firm's engagement; empty for a self-check
    signoff: SignOff | None = None  # as recorded; checklist.engagement.current_signoff says whether it still holds

    def __post_init__(self) -> None:
        object.__setattr__(self, "records", MappingProxyType(dict(self.records)))
        object.__setattr__(self, "actions", MappingProxyType(dict(self.actions)))
        object.__setattr__(self, "reviews", MappingProxyType(dict(self.reviews)))

    @property
    def answers(self) -> dict[str, Answer]:
        return {q: r.answer for q, r in self.records.items() if r.answer is not None}

    def score(self) -> Score:
        return score(self.guide, self.profile.facts, self.answers)

    def attachments_for(self, question_id: str) -> list[Attachment]:
        return [a for a in self.attachments if a.question_id == question_id]
