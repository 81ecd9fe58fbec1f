"""The facts of an engagement, when a law firm runs the check-up for a client, and the reviewer's sign-off.

The firm's people (the handling lawyers and the reviewing partner, each with a 执业证号) and the client's
people (its contacts, and the assessor and reviewer of the profile) are kept apart: a report names the firm's
signatories from here, never from the client's profile. What a report is missing before it can be final, and
the fingerprint a sign-off is given of the content it approves, are worked out here too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .errors import Message

if TYPE_CHECKING:
    from .assessment import Assessment


@dataclass(frozen=True)
class Lawyer:
    """A lawyer of the firm: a handling lawyer (承办律师) or the reviewing partner."""

    name: str
    licence: str = ""  # 律师执业证号, 17 digits as the licence prints it

    def to_data(self) -> dict[str, Any]:
        return {"name": self.name, "licence": self.licence}


@dataclass(frozen=True)
class Contact:
    """Someone of the client the firm dealt with."""

    name: str
    position: str = ""
    phone: str = ""

    def to_data(self) -> dict[str, Any]:
        return {"name": self.name, "position": self.position, "phone": self.phone}


@dataclass(frozen=True)
class Interview:
    name: str
    position: str = ""
    day: dt.date | None = None

    def to_data(self) -> dict[str, Any]:
        return {"name": self.name, "position": self.position, "date": self.day and self.day.isoformat()}


@dataclass(frozen=True)
class Engagement:
    """What the firm was engaged to do and on what it relied. All empty for a company's own self-check."""

    reference: str = ""  # the firm's matter number, e.g. 示例律所〔2026〕合规字第 018 号
    firm: str = ""  # the issuing firm
    scope: str = ""  # what the check-up covers (and what it does not)
    as_of: dt.date | None = None  # the facts are stated as of this date
    documents: tuple[str, ...] = ()  # documents reviewed besides the attachments, one a line
    interviews: tuple[Interview, ...] = ()
    assumptions: str = ""  # assumptions and limits of reliance
    lawyers: tuple[Lawyer, ...] = ()  # the handling lawyers
    partner: Lawyer | None = None  # the reviewing partner
    contacts: tuple[Contact, ...] = field(default_factory=tuple)  # the client's contacts

    @property
    def empty(self) -> bool:
        return self == Engagement()

    def to_data(self) -> dict[str, Any]:
        return {
            "reference": self.reference, "firm": self.firm, "scope": self.scope,
            "as_of": self.as_of and self.as_of.isoformat(), "documents": list(self.documents),
            "interviews": [i.to_data() for i in self.interviews], "assumptions": self.assumptions,
            "lawyers": [lw.to_data() for lw in self.lawyers],
            "partner": self.partner.to_data() if self.partner else None,
            "contacts": [c.to_data() for c in self.contacts],
        }

    def missing(self) -> tuple[Message, ...]:
        """The facts a consultant's report cannot be final without, each named."""
        out = []
        if not self.reference.strip():
            out.append(Message("委托编号", "the engagement reference"))
        if not self.firm.strip():
            out.append(Message("出具律师事务所", "the issuing firm"))
        if not self.scope.strip():
            out.append(Message("体检范围", "the scope"))
        if self.as_of is None:
            out.append(Message("事实截止日", "the as-of date"))
        if not any(lw.name.strip() and lw.licence.strip() for lw in self.lawyers):
            out.append(Message("承办律师及执业证号", "a handling lawyer with licence number"))
        if self.partner is None or not (self.partner.name.strip() and self.partner.licence.strip()):
            out.append(Message("审核合伙人及执业证号", "the reviewing partner with licence number"))
        return tuple(out)


@dataclass(frozen=True)
class SignOff:
    """A reviewer's sign-off: the report of this content is final. ``fingerprint`` is that of the content
    approved (see :func:`fingerprint`); a sign-off whose fingerprint no longer matches has lapsed."""

    by: str
    at: dt.datetime
    fingerprint: str
    licence: str = ""


def fingerprint(assessment: Assessment) -> str:
    """A digest of everything a report states from the assessment: the guide, the profile, every answer,
    note, action and attachment, and the engagement. Who changed what when does not enter it."""
    a = assessment
    data = {
        "guide": a.guide.content_hash,
        "profile": a.profile.to_data(),
        "answers": sorted([r.question_id, r.answer and r.answer.value, r.note, r.na_reason]
                          for r in a.records.values()),
        "actions": sorted([x.question_id, x.measure, x.owner, x.due and x.due.isoformat(), x.status.value]
                          for x in a.actions.values()),
        "attachments": sorted([x.question_id, x.name, x.sha256] for x in a.attachments),
        "reviews": sorted(a.reviews),
        "engagement": a.engagement.to_data(),
    }
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Completeness:
    """What stands between an assessment and a final report."""

    unanswered: int  # applicable questions without an answer
    pending: int  # items 待核实 (an answer 不确定, or none)
    reviews: int  # answers still to review after a move to a newer guide version
    engagement: tuple[Message, ...]  # engagement facts missing (consultant's report only)

    @property
    def complete(self) -> bool:
        return not (self.unanswered or self.pending or self.reviews or self.engagement)

    def lines(self) -> tuple[Message, ...]:
        """Each thing missing, counted: 尚有 19 个适用问题未作答."""
        out = []
        if self.unanswered:
            out.append(Message(f"尚有 {self.unanswered} 个适用问题未作答",
                               f"{self.unanswered} applicable question(s) unanswered"))
        if self.pending:
            out.append(Message(f"{self.pending} 项违规事项待核实", f"{self.pending} item(s) to verify"))
        if self.reviews:
            out.append(Message(f"{self.reviews} 个回答在指引迁移后尚待复核",
                               f"{self.reviews} answer(s) to review after the guide move"))
        if self.engagement:
            out.append(Message(f"委托事实缺少 {len(self.engagement)} 项（{'、'.join(m.zh for m in self.engagement)}）",
                               f"{len(self.engagement)} engagement fact(s) missing "
                               f"({', '.join(m.en for m in self.engagement)})"))
        return tuple(out)


def completeness(assessment: Assessment, consultant: bool | None = None) -> Completeness:
    """What is missing. ``consultant``: whether the engagement facts count; by default, when there are any."""
    s = assessment.score()
    needs_engagement = (not assessment.engagement.empty) if consultant is None else consultant
    return Completeness(
        unanswered=max(s.applicable_questions - s.answered, 0),
        pending=s.pending,
        reviews=len(assessment.reviews),
        engagement=assessment.engagement.missing() if needs_engagement else (),
    )


def current_signoff(assessment: Assessment) -> SignOff | None:
    """The sign-off, when it still covers the content as it is."""
    s = assessment.signoff
    return s if s is not None and s.fingerprint == fingerprint(assessment) else None
