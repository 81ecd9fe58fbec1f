"""The words, marks and formats every part of the product shows, each defined once.

Answers, risk levels and the other marks a question or an item can carry, action
statuses and question kinds, with their Chinese and English names; each mark's shape
and colours (every mark has a shape as well as a colour, so nothing depends on colour
alone; text on a fill keeps at least 4.5:1 contrast); and how an index, a date and a
sum of money are written. The app, the report and the command line read them here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from .errors import Message


class Answer(StrEnum):
    COMPLIANT = "compliant"
    PARTIAL = "partial"
    NON_COMPLIANT = "non_compliant"
    NOT_APPLICABLE = "not_applicable"
    UNSURE = "unsure"

    @property
    def label(self) -> str:
        return ANSWER_NAMES[self].zh

    def text(self, lang: str = "zh") -> str:
        return ANSWER_NAMES[self].text(lang)


ANSWER_NAMES = {
    Answer.COMPLIANT: Message("符合", "Compliant"),
    Answer.PARTIAL: Message("部分符合", "Partly compliant"),
    Answer.NON_COMPLIANT: Message("不符合", "Not compliant"),
    Answer.NOT_APPLICABLE: Message("不适用", "Not applicable"),
    Answer.UNSURE: Message("不确定", "Unsure"),
}
NOT_ANSWERED = Message("未作答", "Not answered")
LEVEL_WAITS = Message("尚待评估", "Not yet rated")  # the overall level, until enough is answered


def answer_name(answer: Answer | None) -> Message:
    return NOT_ANSWERED if answer is None else ANSWER_NAMES[answer]


class Level(StrEnum):
    """An item's risk level, gravest first."""

    RED = "red"
    ORANGE = "orange"
    YELLOW = "yellow"
    GREEN = "green"

    @property
    def rank(self) -> int:
        """0 for the gravest level, 3 for the mildest."""
        return list(Level).index(self)

    @property
    def mark(self) -> Mark:
        return Mark(self.value)

    @property
    def label(self) -> str:
        return self.mark.label

    def text(self, lang: str = "zh") -> str:
        return self.mark.text(lang)


class Mark(StrEnum):
    """What a question, article, chapter or item shows: a level, or why it has none."""

    RED = "red"
    ORANGE = "orange"
    YELLOW = "yellow"
    GREEN = "green"
    UNASSESSED = "unassessed"  # 未评估: an item none of whose questions is answered yet: unknown, not a risk
    PENDING = "pending"  # 待核实: answered 不确定, or not all answered
    NA = "na"  # does not apply
    UNANSWERED = "unanswered"  # not a level: nothing answered yet

    @classmethod
    def of(cls, level: Level | None) -> Mark:
        return cls.NA if level is None else level.mark

    @property
    def style(self) -> MarkStyle:
        return MARK_STYLES[self]

    @property
    def label(self) -> str:
        return MARK_STYLES[self].name.zh

    def text(self, lang: str = "zh") -> str:
        return MARK_STYLES[self].name.text(lang)


@dataclass(frozen=True)
class MarkStyle:
    key: str  # CSS class suffix, SVG pattern id
    name: Message  # 重大风险 …
    short: Message  # 重大 … for tight chart cells
    icon: str  # a glyph the CJK fonts carry; painted icons have the same shape
    fill: str  # solid fill: badges, bars, icons
    ink: str  # text on ``fill``
    tint: str  # light background: matrix cells, table rows
    tint_ink: str  # text on ``tint``

    @property
    def label(self) -> str:
        return self.name.zh


MARK_STYLES: dict[Mark, MarkStyle] = {
    Mark.RED: MarkStyle("red", Message("重大风险", "Major risk"), Message("重大", "Major"), "◆",
                        "#B42318", "#FFFFFF", "#FDECEA", "#7A1A10"),
    Mark.ORANGE: MarkStyle("orange", Message("较大风险", "High risk"), Message("较大", "High"), "▲",
                           "#F79009", "#1A1A1A", "#FFF1E0", "#7A4100"),
    Mark.YELLOW: MarkStyle("yellow", Message("一般风险", "Moderate risk"), Message("一般", "Moderate"), "■",
                           "#F5C518", "#1A1A1A", "#FFF8D6", "#5E4A00"),
    Mark.GREEN: MarkStyle("green", Message("低风险", "Low risk"), Message("低", "Low"), "●",
                          "#2E7D32", "#FFFFFF", "#E7F5EA", "#1B5E20"),
    Mark.UNASSESSED: MarkStyle("unassessed", Message("未评估", "Not assessed"), Message("未评估", "Unassessed"), "□",
                               "#D3D8DF", "#1F2933", "#EEF0F3", "#3A4350"),
    Mark.PENDING: MarkStyle("pending", Message("待核实", "To verify"), Message("待核实", "Verify"), "？",
                            "#DCE3EC", "#1F2A37", "#F1F4F8", "#1F2A37"),
    Mark.NA: MarkStyle("na", Message("不适用", "Not applicable"), Message("不适用", "N/A"), "○",
                       "#E5E7EB", "#374151", "#F3F4F6", "#4B5563"),
    Mark.UNANSWERED: MarkStyle("unanswered", NOT_ANSWERED, NOT_ANSWERED, "◌",
                               "#FFFFFF", "#5B6573", "#FFFFFF", "#5B6573"),
}

# Gravest first: what a parent shows when its children differ.
GRAVITY = (Mark.RED, Mark.ORANGE, Mark.YELLOW, Mark.PENDING, Mark.GREEN, Mark.UNASSESSED, Mark.NA, Mark.UNANSWERED)


def worst(marks: Iterable[Mark]) -> Mark:
    """The gravest of ``marks`` (UNANSWERED when there are none)."""
    return min(marks, key=GRAVITY.index, default=Mark.UNANSWERED)


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"

    @property
    def label(self) -> str:
        return STATUS_NAMES[self].zh

    def text(self, lang: str = "zh") -> str:
        return STATUS_NAMES[self].text(lang)


STATUS_NAMES = {
    ActionStatus.OPEN: Message("未开始", "Not started"),
    ActionStatus.IN_PROGRESS: Message("进行中", "In progress"),
    ActionStatus.DONE: Message("已完成", "Done"),
}


class QuestionKind(StrEnum):
    """A fact question asks whether the violation happened; a control question whether a preventive
    control is in place (its exposure is capped and it never triggers the criminal-liability veto)."""

    FACT = "fact"
    CONTROL = "control"

    def text(self, lang: str = "zh") -> str:
        return KIND_NAMES[self].text(lang)


KIND_NAMES = {QuestionKind.FACT: Message("违规情形", "Violation"), QuestionKind.CONTROL: Message("防范措施", "Control")}


def login_name() -> str:
    """Who made a change, when no assessor is named: the login name (there is none in some containers)."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name: any failure of the lookup means the same
        return "legalcheck"


# --- formats -------------------------------------------------------------------


def index_text(value: float | None) -> str:
    """A health index as every view writes it: one decimal, a dash when there is none."""
    return "—" if value is None else f"{value:.1f}"


def points_text(value: float) -> str:
    """Index points, as a gain is written: one decimal."""
    return f"{value:.1f}"


def date_text(day: dt.date | None, lang: str = "zh") -> str:
    """2026年12月1日 in Chinese (as legal texts write dates), 1 Dec 2026 in English; a dash for none."""
    if day is None:
        return "—"
    if lang == "en":
        return f"{day.day} {day:%b %Y}"
    return f"{day.year}年{day.month}月{day.day}日"


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def long_date(day: dt.date | None, lang: str = "zh") -> str:
    """A date as a document writes it: 2026年12月2日, or 2 December 2026 in English; a dash for none."""
    if day is None:
        return "—"
    if lang == "en":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return date_text(day)


def yuan(amount: int, lang: str = "zh") -> str:
    """Money as statutes write it: 万元 for round sums, otherwise 元."""
    if lang == "en":
        return f"CNY {amount:,}"
    return f"{amount // 10000} 万元" if amount % 10000 == 0 else f"{amount} 元"


def paren(text: str, lang: str = "zh") -> str:
    """A parenthetical: full-width brackets in Chinese, spaced ASCII ones in English."""
    return f" ({text})" if lang == "en" else f"（{text}）"


def join(parts: Iterable[str], lang: str = "zh") -> str:
    return (", " if lang == "en" else "、").join(parts)
