"""Moving an assessment to a newer version of its guide without losing an answer.

Every question the company answered (or wrote a note, an action or evidence for) meets one fate:

* carried: the question, its article's legal basis and the items it detects are unchanged;
* review: the question's text, its legal basis or the items it detects changed; the old answer is
  kept and shown, marked 需复核, until the user answers again;
* archived: the question is gone from the new version; answer, note and action go to the archive
  that the report's appendix lists.

Items whose law changed (their citations, or the status of a law they cite) are listed as
因法律变化需复核. Questions new in the version start unanswered.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from .assessment import Assessment
from .errors import Message
from .model import Guide, LegalRef


class Fate(StrEnum):
    CARRIED = "carried"
    REVIEW = "review"
    ARCHIVED = "archived"

    def text(self, lang: str = "zh") -> str:
        return FATE_NAMES[self].text(lang)


FATE_NAMES = {Fate.CARRIED: Message("原样保留", "carried over"), Fate.REVIEW: Message("需复核", "to review"),
              Fate.ARCHIVED: Message("存档", "archived")}

REASONS = {
    "text": Message("问题的文字已修改", "the question's wording changed"),
    "items": Message("所检测的违规事项已调整", "the items it detects changed"),
    "law": Message("法律依据已修改", "its legal basis changed"),
    "kind": Message("问题类型已修改", "its kind changed"),
}


@dataclass(frozen=True)
class Move:
    question_id: str
    fate: Fate
    reasons: tuple[str, ...] = ()  # keys of REASONS
    old_text: str = ""
    old_answer: str = ""  # the Answer value, or "" when only a note or an action was recorded

    def reason_text(self, lang: str = "zh") -> str:
        return ("、" if lang != "en" else ", ").join(REASONS[r].text(lang) for r in self.reasons)


@dataclass(frozen=True)
class MigrationPlan:
    guide_id: str
    old_version: str
    new_version: str
    moves: tuple[Move, ...]
    new_questions: tuple[str, ...]  # in the new version only: start unanswered
    law_review_items: tuple[str, ...]  # items whose law changed: 因法律变化需复核

    def of(self, fate: Fate) -> list[Move]:
        return [m for m in self.moves if m.fate is fate]

    def counts(self) -> dict[Fate, int]:
        return {fate: len(self.of(fate)) for fate in Fate}

    def lines(self, new: Guide, lang: str = "zh") -> list[str]:
        """The plan as a person reads it, one fact a line."""
        en = lang == "en"
        c = self.counts()
        out = [f"{self.guide_id} {self.old_version} → {self.new_version}",
               (f"carried {c[Fate.CARRIED]}, to review {c[Fate.REVIEW]}, archived {c[Fate.ARCHIVED]}, "
                f"new questions {len(self.new_questions)}") if en else
               (f"原样保留 {c[Fate.CARRIED]} 个回答，需复核 {c[Fate.REVIEW]} 个，存档 {c[Fate.ARCHIVED]} 个；"
                f"新增问题 {len(self.new_questions)} 个")]
        for move in self.of(Fate.REVIEW):
            out.append(f"  {'review' if en else '需复核'} {move.question_id}: {move.reason_text(lang)}")
        for move in self.of(Fate.ARCHIVED):
            out.append(f"  {'archived' if en else '存档'} {move.question_id}: {move.old_text}")
        if self.law_review_items:
            titles = "、".join(f"{i} {new.items[i].title}" for i in self.law_review_items)
            out.append(f"  {'items to review because the law changed' if en else '因法律变化需复核的违规事项'}: {titles}")
        return out


def _law_of_question(guide: Guide, qid: str) -> tuple[tuple[str, int, int, int | None, str], ...]:
    """What a question rests on: its article's legal basis and the citations of the items it detects."""
    refs: list[LegalRef] = list(guide.articles[guide.questions[qid].article_id].legal_basis)
    for iid in guide.items_for_question(qid):
        refs += guide.items[iid].legal_refs
    return tuple(sorted({(r.law_id, r.article, r.article_sub, r.paragraph, r.quote) for r in refs},
                        key=lambda t: (t[0], t[1], t[2], t[3] or 0, t[4])))


def _touched(assessment: Assessment) -> list[str]:
    """Questions with anything recorded: an answer, a note, an action or evidence."""
    ids = [q for q, r in assessment.records.items() if r.answer is not None or r.note or r.na_reason]
    ids += list(assessment.actions)
    ids += [a.question_id for a in assessment.attachments]
    return list(dict.fromkeys(ids))


def plan(assessment: Assessment, new: Guide) -> MigrationPlan:
    old = assessment.guide
    moves = []
    for qid in _touched(assessment):
        record = assessment.records.get(qid)
        answer = record.answer.value if record and record.answer else ""
        old_q = old.questions.get(qid)
        old_text = old_q.text if old_q else ""
        if qid not in new.questions:
            moves.append(Move(qid, Fate.ARCHIVED, (), old_text, answer))
            continue
        new_q = new.questions[qid]
        reasons = []
        if old_q is None or old_q.text != new_q.text:
            reasons.append("text")
        if old_q is not None and old_q.kind != new_q.kind:
            reasons.append("kind")
        if old_q is None or set(old.items_for_question(qid)) != set(new.items_for_question(qid)):
            reasons.append("items")
        if old_q is None or _law_of_question(old, qid) != _law_of_question(new, qid):
            reasons.append("law")
        moves.append(Move(qid, Fate.REVIEW if reasons else Fate.CARRIED, tuple(reasons), old_text, answer))
    day = new.meta.effective_date
    law_review = []
    for iid, item in new.items.items():
        before = old.items.get(iid)
        if before is None:
            continue
        cited = {r.law_id for r in item.legal_refs} | {r.law_id for r in before.legal_refs}
        refs_changed = {(r.law_id, r.article, r.article_sub, r.paragraph, r.quote) for r in item.legal_refs} != {
            (r.law_id, r.article, r.article_sub, r.paragraph, r.quote) for r in before.legal_refs}
        status_changed = any(
            law_id in old.laws and law_id in new.laws
            and old.laws[law_id].status_on(day).describe() != new.laws[law_id].status_on(day).describe()
            for law_id in cited)
        # a penalty written in parts for some companies (guide 1.2) is the same penalty as before
        penalty_changed = replace(item.penalty, lines=()) != replace(before.penalty, lines=())
        if refs_changed or status_changed or penalty_changed:
            law_review.append(iid)
    new_questions = tuple(q.id for q in new.ordered_questions() if q.id not in old.questions)
    return MigrationPlan(new.meta.id, old.meta.version, new.meta.version, tuple(moves), new_questions,
                         tuple(law_review))
