"""The immutable guide model: what the loader builds and everything else reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from .conditions import Condition, holds
from .errors import Message
from .numerals import article_label, chinese_number, english_article_label
from .statutes import Statute
from .vocabulary import Answer, Level, QuestionKind, date_text, long_date

# Sanction kinds an item's penalty can carry. Criminal liability is not listed
# here: it follows from the item citing a criminal-law article.
SANCTIONS = {
    "correction": "责令改正",
    "warning": "警告",
    "credit": "信用惩戒（列入经营异常名录、失信名单等）",
    "civil": "民事赔偿责任",
    "punitive_damages": "惩罚性赔偿",
    "fine": "罚款",
    "confiscation": "没收违法所得或物品",
    "suspension": "责令停产停业、暂停业务",
    "revocation": "吊销许可证件或营业执照",
    "individual_fine": "对责任人员罚款",
    "individual_ban": "对责任人员从业禁止、处分或拘留",
}
SANCTIONS_EN = {
    "correction": "an order to correct",
    "warning": "a warning",
    "credit": "credit sanctions (abnormal-operations list, list of dishonest entities, etc.)",
    "civil": "civil liability for damages",
    "punitive_damages": "punitive damages",
    "fine": "a fine",
    "confiscation": "confiscation of illegal gains or goods",
    "suspension": "an order to stop production or business, suspension of business",
    "revocation": "revocation of licences or of the business licence",
    "individual_fine": "fines on responsible persons",
    "individual_ban": "bans, sanctions or detention of responsible persons",
}



@dataclass(frozen=True)
class SeverityRule:
    """One rung of the severity scale: the first rule an item's penalty meets gives its severity.

    A rule with no condition takes every penalty (the lowest rung). The rules are data in the
    guide's scoring.yaml, so the method text, the explanation and the help are written from them.
    """

    value: int  # 1–4
    name: Message  # 严重 / severe …
    criminal: bool = False  # the item carries criminal liability
    sanctions: tuple[str, ...] = ()  # any of these sanctions
    fine_at_least_yuan: int | None = None  # a fine whose upper limit reaches this sum
    fine_by_multiple: bool = False  # a fine set as a multiple of value or gain

    @property
    def otherwise(self) -> bool:
        return not (self.criminal or self.sanctions or self.fine_at_least_yuan or self.fine_by_multiple)

    def met_by(self, penalty: Penalty, criminal: bool) -> list[str]:
        """The conditions of this rule that ``penalty`` meets, as keys: criminal, a sanction, fine, multiple."""
        if self.otherwise:
            return ["otherwise"]
        met = ["criminal"] if self.criminal and criminal else []
        met += [s for s in self.sanctions if s in penalty.sanctions]
        if self.fine_at_least_yuan is not None and (penalty.fine_max_yuan or 0) >= self.fine_at_least_yuan:
            met.append("fine")
        if self.fine_by_multiple and penalty.fine_by_multiple:
            met.append("multiple")
        return met


# The scale of guides whose scoring.yaml does not write one out (guide 1.0): the same rules as data.
def legacy_severity_rules(large_fine_yuan: int) -> tuple[SeverityRule, ...]:
    return (
        SeverityRule(4, Message("严重", "grave"), criminal=True),
        SeverityRule(3, Message("较重", "serious"),
                     sanctions=("revocation", "suspension", "individual_ban", "punitive_damages"),
                     fine_at_least_yuan=large_fine_yuan, fine_by_multiple=True),
        SeverityRule(2, Message("中等", "moderate"), sanctions=("fine", "confiscation", "individual_fine")),
        SeverityRule(1, Message("轻微", "minor")),
    )


class LawState(StrEnum):
    """Where a law stands on a given day."""

    NOT_YET = "not_yet"  # adopted, takes effect later
    IN_FORCE = "in_force"
    ENDING = "ending"  # in force, but repealed or replaced on a known later day
    ENDED = "ended"  # repealed or replaced


@dataclass(frozen=True)
class LawStatus:
    state: LawState
    law: Law
    on: dt.date

    @property
    def citable(self) -> bool:
        return self.state in (LawState.IN_FORCE, LawState.ENDING)

    def describe(self, lang: str = "zh", successor: str | None = None) -> str:
        """One line a user reads: 现行有效 / 将于…由…取代 / 已于…废止 …; ``successor`` names the law that
        takes over in ``lang`` (the registry's Chinese name by default)."""
        law, zh = self.law, lang != "en"
        if self.state is LawState.NOT_YET:
            assert law.effective
            return (f"尚未施行（{date_text(law.effective)}起施行）" if zh
                    else f"not yet in force (takes effect on {long_date(law.effective, 'en')})")
        if self.state is LawState.IN_FORCE:
            return "现行有效" if zh else "in force"
        assert law.ends_on is not None
        successor = law.successor if successor is None else successor
        if zh:
            verb = "废止" if law.repealed_on else "由修订后的文本取代"
            by = f"（{successor}）" if successor else ""
            when = date_text(law.ends_on)
            if self.state is LawState.ENDING:
                return f"现行有效；将于{when}{verb}{by}"
            return f"已于{when}{verb}{by}"
        verb = "repealed" if law.repealed_on else "replaced by a revised text"
        by = f" ({successor})" if successor else ""
        if self.state is LawState.ENDING:
            return f"in force; to be {verb} on {long_date(law.ends_on, 'en')}{by}"
        return f"{verb} on {long_date(law.ends_on, 'en')}{by}"


@dataclass(frozen=True)
class Law:
    id: str
    title: str
    short_title: str
    kind: str
    issuing_body: str
    revision: dt.date
    revision_note: str
    effective: dt.date | None
    last_article: int | None = None  # how many articles the law has; None in guides that do not say
    repealed_on: dt.date | None = None
    repealed_by: str = ""
    replaced_on: dt.date | None = None  # a revised text takes over on this day
    replaced_by: str = ""
    change_note: str = ""  # what the coming change does, in plain words

    @property
    def ends_on(self) -> dt.date | None:
        return self.repealed_on or self.replaced_on

    @property
    def successor(self) -> str:
        return self.repealed_by or self.replaced_by

    def status_on(self, day: dt.date) -> LawStatus:
        if self.effective and day < self.effective:
            return LawStatus(LawState.NOT_YET, self, day)
        if self.ends_on is None:
            return LawStatus(LawState.IN_FORCE, self, day)
        return LawStatus(LawState.ENDED if day >= self.ends_on else LawState.ENDING, self, day)


@dataclass(frozen=True)
class LegalRef:
    law_id: str
    article: int
    article_sub: int = 0
    paragraph: int | None = None
    quote: str = ""
    condition: Condition | None = None  # the companies the provision concerns (applies_when); None: every one

    @property
    def article_label(self) -> str:
        return article_label(self.article, self.article_sub, self.paragraph)

    def label(self, lang: str = "zh") -> str:
        if lang == "en":
            return english_article_label(self.article, self.article_sub, self.paragraph)
        return self.article_label

    @property
    def key(self) -> str:
        """How the English overlay names this citation: ``gongsi-fa 9(2)``, ``xingfa 169-1``."""
        sub = f"-{self.article_sub}" if self.article_sub else ""
        return f"{self.law_id} {self.article}{sub}" + (f"({self.paragraph})" if self.paragraph else "")


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    hint: str
    article_id: str
    condition: Condition | None = None
    kind: QuestionKind = QuestionKind.FACT
    advice: tuple[str, ...] = ()  # what to do when this question fails; else the item's remediation
    documents: tuple[str, ...] = ()  # what to prepare for the question: the 资料清单 lists them

    @property
    def is_control(self) -> bool:
        return self.kind is QuestionKind.CONTROL


@dataclass(frozen=True)
class Article:
    id: str
    number: int
    title: str
    guidance: str
    chapter_id: str
    legal_basis: tuple[LegalRef, ...] = ()
    questions: tuple[Question, ...] = ()
    condition: Condition | None = None

    @property
    def label(self) -> str:
        return article_label(self.number)

    def label_in(self, lang: str) -> str:
        return f"Article {self.number}" if lang == "en" else self.label


@dataclass(frozen=True)
class PenaltyLine:
    """One part of an item's legal consequences, for the companies its condition names."""

    text: str
    condition: Condition | None = None


@dataclass(frozen=True)
class Penalty:
    summary: str  # every line, as one text: the severity is judged over all of them
    sanctions: frozenset[str]
    fine_max_yuan: int | None = None
    fine_by_multiple: bool = False
    lines: tuple[PenaltyLine, ...] = ()  # the summary in parts, when parts concern some companies only

    def summary_for(self, facts: frozenset[str]) -> str:
        """The consequences a company with these profile facts faces."""
        if not self.lines:
            return self.summary
        text = "".join(line.text for line in self.lines if holds(line.condition, facts))
        return text[:-1] + "。" if text.endswith("；") else text  # a part written to be followed by another


@dataclass(frozen=True)
class Item:
    id: str
    number: int
    title: str
    description: str
    liable: str
    chapter_id: str
    question_ids: tuple[str, ...]
    obligation_basis: tuple[LegalRef, ...]
    penalty_basis: tuple[LegalRef, ...]
    criminal_basis: tuple[LegalRef, ...]
    penalty: Penalty
    remediation: tuple[str, ...]
    severity: int
    condition: Condition | None = None

    @property
    def criminal(self) -> bool:
        return bool(self.criminal_basis)

    @property
    def legal_refs(self) -> tuple[LegalRef, ...]:
        return self.obligation_basis + self.penalty_basis + self.criminal_basis


@dataclass(frozen=True)
class Chapter:
    id: str
    number: int
    title: str
    summary: str
    article_ids: tuple[str, ...]
    item_ids: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"第{chinese_number(self.number)}章"

    def label_in(self, lang: str) -> str:
        return f"Chapter {self.number}" if lang == "en" else self.label


@dataclass(frozen=True)
class ProfileFact:
    id: str
    group: str  # "business_type" or "activity"
    label: str
    help: str


@dataclass(frozen=True)
class ScoringParams:
    """Parameters from the guide's scoring file; see docs/scoring.md."""

    answer_exposure: Mapping[Answer, float]  # an unanswered question is unknown: it has no exposure
    control_exposure_cap: float  # highest exposure a control question can carry
    severity_rules: tuple[SeverityRule, ...]  # gravest first; the last one takes every penalty
    item_level_min_risk: Mapping[Level, float]  # red/orange/yellow: lowest risk for that level
    index_level_min: Mapping[Level, float]  # green/yellow/orange: lowest index for that level
    veto_cap: Level
    # the share (0–1) of its applicable questions every chapter needs answered before the overall level
    # is given; a guide that does not say asks for every question
    level_min_answered: float = 1.0

    def item_level(self, risk: float) -> Level:
        for level in (Level.RED, Level.ORANGE, Level.YELLOW):
            if risk >= self.item_level_min_risk[level] - 1e-9:
                return level
        return Level.GREEN

    def index_level(self, index: float) -> Level:
        for level in (Level.GREEN, Level.YELLOW, Level.ORANGE):
            if index >= self.index_level_min[level] - 1e-9:
                return level
        return Level.RED

    def severity_rule(self, penalty: Penalty, criminal: bool) -> SeverityRule:
        """The first rung of the scale the penalty meets."""
        return next(r for r in self.severity_rules if r.met_by(penalty, criminal))

    def severity(self, penalty: Penalty, criminal: bool) -> int:
        """Severity 1–4 from the penalty exposure (docs/scoring.md)."""
        return self.severity_rule(penalty, criminal).value

    def severity_name(self, value: int) -> Message:
        return next(r.name for r in self.severity_rules if r.value == value)


# Guide folders of format 1 (guide 1.0) carry no statute texts and no law status; they still open
# inside the assessments made with them, but only the current format can be validated for release.
GUIDE_FORMAT = 2


@dataclass(frozen=True)
class GuideMeta:
    id: str
    title: str
    version: str
    effective_date: dt.date
    issuing_body: str
    notice: str
    declared_chapters: int
    declared_articles: int
    declared_items: int
    format: int = 1
    law_status_date: dt.date | None = None  # the law was checked up to this day
    release_notes: str = ""  # what this version changed, for the people who use it


def _owner(obj: object) -> str:
    if isinstance(obj, GuideMeta):
        return "guide"
    if isinstance(obj, ProfileFact):
        return f"fact:{obj.id}"
    if isinstance(obj, Law):
        return f"law:{obj.id}"
    return obj.id  # type: ignore[attr-defined]


def _frozen(mapping: dict) -> Mapping:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True)
class Guide:
    meta: GuideMeta
    chapters: tuple[Chapter, ...]
    articles: Mapping[str, Article]
    items: Mapping[str, Item]
    questions: Mapping[str, Question]
    facts: Mapping[str, ProfileFact]
    laws: Mapping[str, Law]
    scoring: ScoringParams
    content_hash: str
    sources: Mapping[str, bytes] = field(repr=False, default_factory=dict)
    statutes: Mapping[str, Statute] = field(repr=False, default_factory=dict)  # law id -> shipped text
    # the English overlay (checklist/overlay.py): (whose, field) -> English; empty where a guide has none
    english: Mapping[tuple[str, str], str] = field(repr=False, default_factory=dict)
    # laws the guide no longer cites because they ended (lapsed.yaml): told to users of older guides citing them
    lapsed: Mapping[str, Law] = field(repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        for name in ("articles", "items", "questions", "facts", "laws", "sources", "statutes", "english", "lapsed"):
            object.__setattr__(self, name, _frozen(getattr(self, name)))
        items_by_question: dict[str, list[str]] = {}
        for item in self.items.values():
            for qid in item.question_ids:
                items_by_question.setdefault(qid, []).append(item.id)
        object.__setattr__(
            self, "_items_by_question", {q: tuple(ids) for q, ids in items_by_question.items()}
        )

    def chapter(self, chapter_id: str) -> Chapter:
        return next(c for c in self.chapters if c.id == chapter_id)

    def items_for_question(self, question_id: str) -> tuple[str, ...]:
        return self._items_by_question.get(question_id, ())  # type: ignore[attr-defined]

    def ordered_questions(self) -> list[Question]:
        """Questions in reading order: chapter, article, question."""
        return [
            q
            for chapter in self.chapters
            for aid in chapter.article_ids
            for q in self.articles[aid].questions
        ]

    def cite(self, ref: LegalRef, lang: str = "zh") -> str:
        """《Full title》第X条 — the way a citation is written in text (in English: Title, Article X)."""
        if lang == "en":
            return f"{self.text(self.laws[ref.law_id], 'title', 'en')}, {ref.label('en')}"
        return f"《{self.laws[ref.law_id].title}》{ref.article_label}"

    # -- languages
    def text(self, obj: object, name: str, lang: str = "zh") -> str:
        """The text ``name`` of a part of the guide in ``lang``: English from the overlay where it has it.

        ``obj`` is the guide's meta, a chapter, article, question, item, profile fact or law; an item's
        ``penalty`` is its penalty summary. A text the overlay lacks is shown in Chinese.
        """
        if lang == "en":
            english = self.english.get((_owner(obj), name))
            if english:
                return english
        if name == "penalty" and isinstance(obj, Item):
            return obj.penalty.summary
        return getattr(obj, name)

    def remediation(self, item: Item, lang: str = "zh") -> tuple[str, ...]:
        return self._lines(item.id, "remediation", item.remediation, lang)

    def advice(self, question: Question, lang: str = "zh") -> tuple[str, ...]:
        """The question's own advice in ``lang`` (a line the overlay lacks in Chinese); () where it has none."""
        return self._lines(question.id, "advice", question.advice, lang)

    def documents(self, question: Question, lang: str = "zh") -> tuple[str, ...]:
        """The documents to prepare for the question, named in ``lang`` (a name the overlay lacks in Chinese)."""
        return self._lines(question.id, "documents", question.documents, lang)

    def _lines(self, owner: str, name: str, chinese: tuple[str, ...], lang: str) -> tuple[str, ...]:
        if lang != "en":
            return chinese
        return tuple(self.english.get((owner, f"{name}.{n}"), line) for n, line in enumerate(chinese, 1))

    def explanation(self, owner: Article | Item, ref: LegalRef, lang: str = "zh") -> str:
        """The English explanation of a Chinese quote, where the overlay gives one; else ""."""
        return self.english.get((owner.id, f"ref:{ref.key}"), "") if lang == "en" else ""

    @property
    def has_english(self) -> bool:
        return bool(self.english)

    def cited_law_ids(self) -> list[str]:
        """Every law the guide cites, in the order first cited."""
        refs = [r for a in self.articles.values() for r in a.legal_basis]
        refs += [r for it in self.items.values() for r in it.legal_refs]
        return list(dict.fromkeys(r.law_id for r in refs))

    def law_status(self, law_id: str) -> LawStatus:
        """Where a cited law stands on the guide's effective date."""
        return self.laws[law_id].status_on(self.meta.effective_date)

    def pending_changes(self) -> list[LawStatus]:
        """Cited laws that a known later change will repeal or replace, soonest first."""
        statuses = [self.law_status(law_id) for law_id in self.cited_law_ids()]
        ending = [s for s in statuses if s.state is LawState.ENDING]
        return sorted(ending, key=lambda s: s.law.ends_on or s.on)

    def article_text(self, ref: LegalRef) -> tuple[str, ...]:
        """The whole cited article as the shipped statute text writes it (its lines), or () if not shipped."""
        statute = self.statutes.get(ref.law_id)
        article = statute.articles.get((ref.article, ref.article_sub)) if statute else None
        return article.lines if article else ()
