"""Explainable scoring: item exposure and risk, chapter and company health index.

Pure functions over immutable data (see docs/scoring.md):

* a question's exposure comes from its answer (unanswered counts as 不确定);
* an item's exposure is the highest exposure among its applicable questions —
  one failing control is enough for the violation to exist;
* item risk = severity (1–4) × exposure (0–1); its level follows the thresholds;
* health index = 100 × (1 − Σ risk / Σ severity) over applicable items;
* a preventive-control question carries at most the control cap of exposure;
* veto: an item with criminal liability whose violation is answered 不符合
  (a fact question, not a missing control) caps the overall level.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from .applicability import applicable
from .model import Answer, Guide, Level
from .vocabulary import Mark, paren, worst

HIDDEN_BY_HAND = Answer.NOT_APPLICABLE
TOP_ITEMS = 10  # how many open items a summary lists first


@dataclass(frozen=True)
class QuestionScore:
    question_id: str
    answer: Answer | None  # None: not answered yet
    exposure: float
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
    level: Level | None = None  # None when not applicable
    pending: bool = False  # 待核实: some question unanswered or answered 不确定
    veto: bool = False  # criminal liability and a 不符合 answer
    gain_if_fixed: float = 0.0  # index points the company gains when the item is fully fixed

    @property
    def open(self) -> bool:
        return self.applicable and self.risk > 0

    @property
    def mark(self) -> Mark:
        return Mark.of(self.level)

    def status_text(self, lang: str = "zh") -> str:
        """重大风险（待核实）: the level, and whether some answer still needs verifying."""
        if not self.applicable:
            return Mark.NA.text(lang)
        text = self.mark.text(lang)
        return text + paren(Mark.PENDING.text(lang), lang) if self.pending else text


@dataclass(frozen=True)
class ChapterScore:
    chapter_id: str
    index: float | None
    applicable_items: int
    counts: Mapping[Level, int]
    answered: int
    applicable_questions: int
    mark: Mark = Mark.NA  # the chapter index's level


@dataclass(frozen=True)
class Score:
    index: float | None  # None when nothing applies
    index_level: Level | None  # level from the index alone
    level: Level | None  # after the veto
    provisional: bool  # some applicable question is unanswered
    items: Mapping[str, ItemScore]
    chapters: tuple[ChapterScore, ...]
    counts: Mapping[Level, int]
    pending: int
    not_applicable: int
    veto_items: tuple[str, ...]
    answered: int
    applicable_questions: int
    question_marks: Mapping[str, Mark]  # every applicable question: the level its own answer gives

    def ranked_open_items(self) -> list[ItemScore]:
        """Open items, the ones whose fix gains most first (the action plan's order)."""
        return sorted(
            (s for s in self.items.values() if s.open),
            key=lambda s: (-s.gain_if_fixed, -s.severity, s.item_id),
        )

    @property
    def mark_counts(self) -> dict[Mark, int]:
        """Items per level, then how many wait for verification and how many do not apply."""
        return {lv.mark: n for lv, n in self.counts.items()} | {Mark.PENDING: self.pending,
                                                                 Mark.NA: self.not_applicable}

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
    unsure = params.answer_exposure[Answer.UNSURE]
    scope = applicable(guide, facts)
    counted = frozenset(q for q in scope.questions if answers.get(q) is not HIDDEN_BY_HAND)

    raw: dict[str, ItemScore] = {}
    for item in guide.items.values():
        qids = [q for q in item.question_ids if q in counted]
        if item.id not in scope.items or not qids:
            raw[item.id] = ItemScore(item.id, item.chapter_id, False, item.severity)
            continue
        qscores = tuple(_question_score(guide, q, answers.get(q), unsure) for q in qids)
        exposure = max(qs.exposure for qs in qscores)
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
        )

    total_severity = sum(s.severity for s in raw.values() if s.applicable)
    items = {iid: _with_gain(s, total_severity) for iid, s in raw.items()}
    index = _index(items.values())
    index_level = params.index_level(index) if index is not None else None
    veto_items = tuple(s.item_id for s in items.values() if s.veto)
    level = index_level
    if level is not None and veto_items and level.rank > params.veto_cap.rank:
        level = params.veto_cap

    chapters = []
    for chapter in guide.chapters:
        members = [items[i] for i in chapter.item_ids]
        chapter_questions = [
            q.id for aid in chapter.article_ids for q in guide.articles[aid].questions if q.id in counted
        ]
        chapters.append(ChapterScore(
            chapter_id=chapter.id,
            index=_index(members),
            applicable_items=sum(1 for s in members if s.applicable),
            counts=_counts(members),
            answered=sum(1 for q in chapter_questions if q in answers),
            applicable_questions=len(chapter_questions),
            mark=Mark.NA if (ci := _index(members)) is None else params.index_level(ci).mark,
        ))

    return Score(
        index=index,
        index_level=index_level,
        level=level,
        provisional=any(q not in answers for q in counted),
        items=items,
        chapters=tuple(chapters),
        counts=_counts(items.values()),
        pending=sum(1 for s in items.values() if s.applicable and s.pending),
        not_applicable=sum(1 for s in items.values() if not s.applicable),
        veto_items=veto_items,
        answered=sum(1 for q in counted if q in answers),
        applicable_questions=len(counted),
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


def _question_score(guide: Guide, question_id: str, answer: Answer | None, unsure: float) -> QuestionScore:
    params = guide.scoring
    exposure = params.answer_exposure[answer] if answer is not None else unsure
    control = guide.questions[question_id].is_control
    if control:
        exposure = min(exposure, params.control_exposure_cap)
    return QuestionScore(question_id, answer, exposure, control)


def _with_gain(item: ItemScore, total_severity: int) -> ItemScore:
    if not item.applicable or not total_severity:
        return item
    return replace(item, gain_if_fixed=100.0 * item.risk / total_severity)


def _index(items) -> float | None:
    scored = [s for s in items if s.applicable]
    severity = sum(s.severity for s in scored)
    if not severity:
        return None
    return 100.0 * (1.0 - sum(s.risk for s in scored) / severity)


def _counts(items) -> dict[Level, int]:
    counts = dict.fromkeys(Level, 0)
    for s in items:
        if s.applicable and s.level is not None:
            counts[s.level] += 1
    return counts
