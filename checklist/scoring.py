"""Explainable scoring: item exposure and risk, chapter and company health index.

Pure functions over immutable data (see docs/scoring.md):

* a question's exposure comes from its answer; an unanswered question is unknown and counts for nothing;
* an item none of whose applicable questions is answered is 未评估: it has no level and stays out of the index;
* an assessed item's exposure is the highest exposure among its answered questions —
  one failing control is enough for the violation to exist; some still unanswered: 待核实;
* item risk = severity (1–4) × exposure (0–1); its level follows the thresholds;
* health index = 100 × (1 − Σ risk / Σ severity) over the assessed items, with the completion beside it;
* a preventive-control question carries at most the control cap of exposure;
* the overall level waits (尚待评估) until every chapter has the share of answers the guide asks for;
* veto: an item with criminal liability whose violation is answered 不符合
  (a fact question, not a missing control) caps the overall level, answered enough or not.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from .applicability import applicable
from .model import Answer, Guide, Level
from .vocabulary import LEVEL_WAITS, Mark, paren, worst

HIDDEN_BY_HAND = Answer.NOT_APPLICABLE
FAILING = frozenset({Answer.PARTIAL, Answer.NON_COMPLIANT})  # a known gap, as opposed to an unknown
TOP_ITEMS = 10  # how many open items a summary lists first


@dataclass(frozen=True)
class Completion:
    """How much is answered: the one count the app, the report and the command line all show.

    Questions are those the profile makes applicable; 不适用 with its reason counts as answered (the
    question is dealt with). Items are the applicable ones; an item is assessed once one of its
    applicable questions has an answer other than 不适用.
    """

    answered: int
    questions: int
    assessed_items: int
    items: int

    @property
    def share(self) -> float:
        """Answered questions, 0–1 (1 when no question applies)."""
        return self.answered / self.questions if self.questions else 1.0

    @property
    def complete(self) -> bool:
        return self.answered == self.questions

    def percent_text(self) -> str:
        return f"{self.share * 100:.0f}%"


@dataclass(frozen=True)
class QuestionScore:
    question_id: str
    answer: Answer | None  # None: not answered yet
    exposure: float  # 0 while unanswered: an unknown adds nothing
    control: bool = False  # a preventive-control question: capped exposure, no veto


@dataclass(frozen=True)
class ItemScore:
    item_id: str
    chapter_id: str
    applicable: bool
    severity: int
    questions: tuple[QuestionScore, ...] = ()
    exposure: float = 0.0
    risk: float = 0.0
    level: Level | None = None  # None when not applicable or not assessed
    pending: bool = False  # 待核实: assessed, but some question unanswered or answered 不确定
    veto: bool = False  # criminal liability and a 不符合 answer
    gain_if_fixed: float = 0.0  # index points the company gains when the item is fully fixed
    assessed: bool = False  # some applicable question has an answer; otherwise 未评估

    @property
    def open(self) -> bool:
        """Some risk is scored: a failing answer, or 不确定."""
        return self.assessed and self.risk > 0

    @property
    def known_gap(self) -> bool:
        """Some question is answered 部分符合 or 不符合: a gap the company knows of, to fix."""
        return self.assessed and any(q.answer in FAILING for q in self.questions)

    @property
    def mark(self) -> Mark:
        if self.applicable and not self.assessed:
            return Mark.UNASSESSED
        return Mark.of(self.level)

    def status_text(self, lang: str = "zh") -> str:
        """重大风险（待核实）: the level, and whether some answer still needs verifying."""
        text = self.mark.text(lang)
        return text + paren(Mark.PENDING.text(lang), lang) if self.pending else text


@dataclass(frozen=True)
class ChapterScore:
    chapter_id: str
    index: float | None  # over the chapter's assessed items; None when none is
    applicable_items: int
    counts: Mapping[Level, int]
    answered: int  # as Completion counts: 不适用 with its reason included
    applicable_questions: int
    mark: Mark = Mark.NA  # the chapter index's level; 未评估 while no item of it is assessed
    unassessed: int = 0


@dataclass(frozen=True)
class Score:
    index: float | None  # over the assessed items; None while none is (or nothing applies)
    index_level: Level | None  # level from the index alone
    level: Level | None  # after the veto; None while it waits for answers (尚待评估) or nothing applies
    provisional: bool  # some applicable question is unanswered
    enough_answered: bool  # every chapter has the share of answers the guide asks for an overall level
    completion: Completion
    items: Mapping[str, ItemScore]
    chapters: tuple[ChapterScore, ...]
    counts: Mapping[Level, int]  # assessed items per level
    pending: int
    not_applicable: int
    unassessed: int  # applicable items without any answer: 未评估
    veto_items: tuple[str, ...]
    question_marks: Mapping[str, Mark]  # every applicable question: the level its own answer gives

    @property
    def answered(self) -> int:
        return self.completion.answered

    @property
    def applicable_questions(self) -> int:
        return self.completion.questions

    @property
    def level_waits(self) -> bool:
        """Items apply, but too few answers (and no veto) to give an overall level: 尚待评估."""
        return self.level is None and self.completion.items > 0

    @property
    def level_mark(self) -> Mark:
        """What the overall level shows: its level, 未评估 while it waits, 不适用 when nothing applies."""
        if self.level is not None:
            return self.level.mark
        return Mark.UNASSESSED if self.level_waits else Mark.NA

    def level_text(self, lang: str = "zh") -> str:
        """重大风险 …, 尚待评估 while the level waits, a dash when nothing applies."""
        if self.level is not None:
            return self.level.text(lang)
        return LEVEL_WAITS.text(lang) if self.level_waits else "—"

    def ranked_open_items(self) -> list[ItemScore]:
        """Items with a known gap, the ones whose fix gains most first (the action plan's order)."""
        return sorted(
            (s for s in self.items.values() if s.known_gap),
            key=lambda s: (-s.gain_if_fixed, -s.severity, s.item_id),
        )

    @property
    def mark_counts(self) -> dict[Mark, int]:
        """Items per level, those not assessed yet, how many wait for verification and how many do not apply."""
        return {lv.mark: n for lv, n in self.counts.items()} | {
            Mark.UNASSESSED: self.unassessed, Mark.PENDING: self.pending, Mark.NA: self.not_applicable}

    def top_items(self) -> list[ItemScore]:
        """The open items a summary names first."""
        return self.ranked_open_items()[:TOP_ITEMS]

    def question_mark(self, question_id: str) -> Mark:
        return self.question_marks.get(question_id, Mark.NA)

    def mark_of(self, question_ids: list[str]) -> Mark:
        """What an article or a chapter shows: the gravest mark among its answered questions."""
        answered = [m for q in question_ids if (m := self.question_mark(q)) is not Mark.UNANSWERED]
        return worst(answered) if answered else Mark.UNANSWERED


def score(guide: Guide, facts: frozenset[str], answers: Mapping[str, Answer]) -> Score:
    params = guide.scoring
    scope = applicable(guide, facts)
    counted = frozenset(q for q in scope.questions if answers.get(q) is not HIDDEN_BY_HAND)

    raw: dict[str, ItemScore] = {}
    for item in guide.items.values():
        qids = [q for q in item.question_ids if q in counted]
        if item.id not in scope.items or not qids:
            raw[item.id] = ItemScore(item.id, item.chapter_id, False, item.severity)
            continue
        qscores = tuple(_question_score(guide, q, answers.get(q)) for q in qids)
        known = [qs for qs in qscores if qs.answer is not None]
        if not known:
            raw[item.id] = ItemScore(item.id, item.chapter_id, True, item.severity, qscores)
            continue
        exposure = max(qs.exposure for qs in known)
        risk = item.severity * exposure
        raw[item.id] = ItemScore(
            item_id=item.id,
            chapter_id=item.chapter_id,
            applicable=True,
            severity=item.severity,
            questions=qscores,
            exposure=exposure,
            risk=risk,
            level=params.item_level(risk),
            pending=any(qs.answer in (None, Answer.UNSURE) for qs in qscores),
            veto=item.criminal and any(qs.answer is Answer.NON_COMPLIANT and not qs.control for qs in qscores),
            assessed=True,
        )

    assessed_severity = sum(s.severity for s in raw.values() if s.assessed)
    items = {iid: _with_gain(s, assessed_severity) for iid, s in raw.items()}
    index = _index(items.values())
    index_level = params.index_level(index) if index is not None else None

    chapters = []
    for chapter in guide.chapters:
        members = [items[i] for i in chapter.item_ids]
        chapter_questions = [
            q.id for aid in chapter.article_ids for q in guide.articles[aid].questions if q.id in scope.questions
        ]
        ci = _index(members)
        applicable_items = sum(1 for s in members if s.applicable)
        chapters.append(ChapterScore(
            chapter_id=chapter.id,
            index=ci,
            applicable_items=applicable_items,
            counts=_counts(members),
            answered=sum(1 for q in chapter_questions if q in answers),
            applicable_questions=len(chapter_questions),
            mark=(params.index_level(ci).mark if ci is not None
                  else Mark.UNASSESSED if applicable_items else Mark.NA),
            unassessed=sum(1 for s in members if s.applicable and not s.assessed),
        ))

    enough = all(c.answered >= params.level_min_answered * c.applicable_questions - 1e-9
                 for c in chapters if c.applicable_questions)
    veto_items = tuple(s.item_id for s in items.values() if s.veto)
    level = index_level if enough else None
    if veto_items and (level is None or level.rank > params.veto_cap.rank):
        level = params.veto_cap  # a known failing answer with criminal liability is known, however few answers
    applicable_items = [s for s in items.values() if s.applicable]

    return Score(
        index=index,
        index_level=index_level,
        level=level,
        provisional=any(q not in answers for q in counted),
        enough_answered=enough,
        completion=Completion(
            answered=sum(1 for q in scope.questions if q in answers),
            questions=len(scope.questions),
            assessed_items=sum(1 for s in applicable_items if s.assessed),
            items=len(applicable_items),
        ),
        items=items,
        chapters=tuple(chapters),
        counts=_counts(items.values()),
        pending=sum(1 for s in applicable_items if s.pending),
        not_applicable=len(items) - len(applicable_items),
        unassessed=sum(1 for s in applicable_items if not s.assessed),
        veto_items=veto_items,
        question_marks={q: _question_mark(guide, items, q, answers.get(q)) for q in scope.questions},
    )


def _question_mark(guide: Guide, items: Mapping[str, ItemScore], question_id: str, answer: Answer | None) -> Mark:
    """The level one answer, as scored, gives the applicable items its question detects."""
    if answer is None:
        return Mark.UNANSWERED
    if answer is Answer.NOT_APPLICABLE:
        return Mark.NA
    if answer is Answer.UNSURE:
        return Mark.PENDING
    risk = max((s.severity * q.exposure for iid in guide.items_for_question(question_id) if (s := items[iid]).applicable
                for q in s.questions if q.question_id == question_id), default=0.0)
    return guide.scoring.item_level(risk).mark if risk > 0 else Mark.GREEN


def _question_score(guide: Guide, question_id: str, answer: Answer | None) -> QuestionScore:
    params = guide.scoring
    exposure = params.answer_exposure[answer] if answer is not None else 0.0
    control = guide.questions[question_id].is_control
    if control:
        exposure = min(exposure, params.control_exposure_cap)
    return QuestionScore(question_id, answer, exposure, control)


def _with_gain(item: ItemScore, total_severity: int) -> ItemScore:
    if not item.assessed or not total_severity:
        return item
    return replace(item, gain_if_fixed=100.0 * item.risk / total_severity)


def _index(items) -> float | None:
    scored = [s for s in items if s.assessed]
    severity = sum(s.severity for s in scored)
    if not severity:
        return None
    return 100.0 * (1.0 - sum(s.risk for s in scored) / severity)


def _counts(items) -> dict[Level, int]:
    counts = dict.fromkeys(Level, 0)
    for s in items:
        if s.assessed and s.level is not None:
            counts[s.level] += 1
    return counts
