"""What an assessment found, item by item: the law applied to the facts of one company.

For every open item of a score: what was found (from the answers that raise the risk and the user's notes,
naming the questions), the legal provisions that concern this company's profile, the consequences it faces,
and advice tied to the questions that failed, with the owner and due date of the user's actions. A question
answered 符合 or 不适用 is never the subject of advice, and a provision whose condition the profile does not
meet is never cited. Reports and exports print these findings; they do not choose facts, law or advice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .assessment import Assessment
from .conditions import holds
from .model import Guide, Item, LegalRef
from .numerals import article_label, english_article_label
from .scoring import ItemScore, Score
from .vocabulary import Answer, long_date

# The answers that raise an item's risk, gravest first; None is a question not answered yet.
FAILING = (Answer.NON_COMPLIANT, Answer.PARTIAL, Answer.UNSURE, None)
_ORDER = {answer: n for n, answer in enumerate(FAILING)}


@dataclass(frozen=True)
class Observation:
    """One answer that raises the risk."""

    question_id: str
    question: str
    answer: Answer | None  # None: not answered yet
    note: str
    control: bool  # asks about a preventive control, not the violation itself

    @property
    def confirmed(self) -> bool:
        """The company says the requirement is not (fully) met, as opposed to not knowing yet."""
        return self.answer in (Answer.NON_COMPLIANT, Answer.PARTIAL)


@dataclass(frozen=True)
class Advice:
    text: str
    question_ids: tuple[str, ...]  # the failing questions it deals with
    specific: bool  # the question's own advice, not the item's general remediation
    owner: str = ""  # from the user's action on those questions
    due: dt.date | None = None

    def line(self, assignment: bool = False, lang: str = "zh") -> str:
        """The advice and the questions it deals with; with ``assignment``, also who does it by when:
        ……（针对 Q03-2；责任人：法务部 沈佳；完成期限：2027年1月31日）。"""
        en = lang == "en"
        parts = [f"{'for' if en else '针对'} {(', ' if en else '、').join(self.question_ids)}"]
        if assignment and self.owner:
            parts.append(f"owner: {self.owner}" if en else f"责任人：{self.owner}")
        if assignment and self.due:
            parts.append(f"due: {long_date(self.due, lang)}" if en else f"完成期限：{long_date(self.due)}")
        if en:
            return f"{_clause(self.text)} ({'; '.join(parts)})."
        return f"{_clause(self.text)}（{'；'.join(parts)}）。"


@dataclass(frozen=True)
class Finding:
    item_id: str
    observations: tuple[Observation, ...]  # gravest answer first, then in the item's order
    compliant: tuple[str, ...]  # the item's other applicable questions, answered 符合
    statement: tuple[str, ...]  # what was found, paragraph by paragraph
    obligations: tuple[LegalRef, ...]  # only those that concern this company
    penalties: tuple[LegalRef, ...]
    criminal: tuple[LegalRef, ...]
    exposure: str  # the consequences this company faces
    advice: tuple[Advice, ...]

    @property
    def failing_ids(self) -> tuple[str, ...]:
        return tuple(o.question_id for o in self.observations)

    @property
    def confirmed(self) -> bool:
        return any(o.confirmed for o in self.observations)


def applies(ref: LegalRef, facts: frozenset[str]) -> bool:
    return holds(ref.condition, facts)


def findings(assessment: Assessment, score: Score | None = None, lang: str = "zh") -> tuple[Finding, ...]:
    """The finding of every open item: those with a known gap in the order of the action plan, then those
    answered only 不确定 (to verify). ``lang``: the language of the sentences and the guide's texts (en uses
    the English overlay); the user's notes stay as typed."""
    score = score or assessment.score()
    ranked = score.ranked_open_items()
    to_verify = sorted((i for i in score.items.values() if i.open and not i.known_gap),
                       key=lambda i: (-i.risk, -i.severity, i.item_id))
    return tuple(finding(assessment, i, lang) for i in (*ranked, *to_verify))


def finding(assessment: Assessment, item_score: ItemScore, lang: str = "zh") -> Finding:
    guide = assessment.guide
    item = guide.items[item_score.item_id]
    facts = assessment.profile.facts
    observations = []
    for n, q in enumerate(item_score.questions):
        if q.answer is Answer.COMPLIANT:
            continue
        record = assessment.records.get(q.question_id)
        question = guide.questions[q.question_id]
        observations.append((_ORDER[q.answer], n, Observation(
            q.question_id, guide.text(question, "text", lang), q.answer, record.note.strip() if record else "",
            question.is_control)))
    failing = tuple(o for _, _, o in sorted(observations, key=lambda x: x[:2]))
    compliant = tuple(q.question_id for q in item_score.questions if q.answer is Answer.COMPLIANT)
    obligations = tuple(r for r in item.obligation_basis if applies(r, facts))
    return Finding(
        item_id=item.id,
        observations=failing,
        compliant=compliant,
        statement=_statement(guide, failing, compliant, obligations, lang),
        obligations=obligations,
        penalties=tuple(r for r in item.penalty_basis if applies(r, facts)),
        criminal=tuple(r for r in item.criminal_basis if applies(r, facts)),
        exposure=_exposure(guide, item, facts, failing, lang),
        advice=_advice(assessment, item, failing, lang),
    )


def lead_advice(found: Finding) -> Advice | None:
    """The advice for the gravest failing answer: what a summary recommends first for this item."""
    return found.advice[0] if found.advice else None


# --- what was found -----------------------------------------------------------

_LABEL = {Answer.NON_COMPLIANT: "不符合", Answer.PARTIAL: "部分符合", Answer.UNSURE: "尚待核实", None: "尚未作答"}
_LABEL_EN = {Answer.NON_COMPLIANT: "not compliant", Answer.PARTIAL: "partly compliant", Answer.UNSURE: "to verify",
             None: "not answered"}
_WITHOUT_NOTE = {
    Answer.NON_COMPLIANT: "企业确认不符合要求，未说明具体情况",
    Answer.PARTIAL: "企业确认仅部分符合要求，未说明未达要求之处",
    Answer.UNSURE: "企业尚不能确认是否符合要求，需进一步核实",
}
_WITHOUT_NOTE_EN = {
    Answer.NON_COMPLIANT: "The company confirms the requirement is not met and gives no details",
    Answer.PARTIAL: "The company confirms the requirement is only partly met and does not say where it falls short",
    Answer.UNSURE: "The company cannot yet confirm whether the requirement is met; this needs verifying",
}
_GROUP_WORDS = ((Answer.NON_COMPLIANT, "不符合要求", "not compliant"), (Answer.PARTIAL, "部分符合要求", "partly compliant"),
                (Answer.UNSURE, "尚待核实", "to verify"), (None, "尚未作答", "not answered"))


def _statement(guide: Guide, failing: tuple[Observation, ...], compliant: tuple[str, ...],
               obligations: tuple[LegalRef, ...], lang: str = "zh") -> tuple[str, ...]:
    en = lang == "en"
    sep = ", " if en else "、"
    total = len(failing) + len(compliant)
    groups = []
    for answer, words, words_en in _GROUP_WORDS:
        ids = [o.question_id for o in failing if o.answer is answer]
        if ids:
            groups.append(f"{sep.join(ids)} {words_en if en else words}")
    if compliant:
        groups.append(f"{sep.join(compliant)} {'compliant' if en else '符合要求'}")
    out = [f"Of the {total} applicable check question(s) of this item: {'; '.join(groups)}." if en
           else f"经核查，本事项适用的 {total} 个检查问题中，{'，'.join(groups)}。"]
    unanswered = [o for o in failing if o.answer is None]
    for o in failing:
        if o.answer is None:
            continue
        if en:
            text = _sentence(o.note, lang) if o.note else f"{_WITHOUT_NOTE_EN[o.answer]} (checked: {_clause(o.question)})."
            out.append(f"{o.question_id} ({_LABEL_EN[o.answer]}): {text}")
        else:
            text = _sentence(o.note) if o.note else f"{_WITHOUT_NOTE[o.answer]}（核查内容：{_clause(o.question)}）。"
            out.append(f"{o.question_id}（{_LABEL[o.answer]}）：{text}")
    if unanswered:
        ids = sep.join(o.question_id for o in unanswered)
        out.append(f"{ids} not answered yet: scored as “unsure” for now; to be established and completed." if en
                   else f"{ids} 尚未作答，暂按“不确定”计分，需查明后补充。")
    confirmed = any(o.confirmed for o in failing)
    if obligations:
        basis = cite_short(guide, obligations, lang)
        if en:
            out.append(f"This concerns the obligations under {basis}: there is a risk of violation." if confirmed
                       else f"If confirmed, this would concern the obligations under {basis}.")
        else:
            out.append(f"上述情形涉及{basis}规定的义务，存在违规风险。" if confirmed
                       else f"上述情形如经核实属实，将涉及{basis}规定的义务。")
    return tuple(out)


def cite_short(guide: Guide, refs: tuple[LegalRef, ...], lang: str = "zh") -> str:
    """《公司法》第四十七条、第四十九条和《市场主体登记管理条例》第二十四条: each law once, each article once
    (in English: Company Law, Articles 47 and 49, and …)."""
    en = lang == "en"
    by_law: dict[str, list[str]] = {}
    for ref in refs:
        labels = by_law.setdefault(ref.law_id, [])
        label = english_article_label(ref.article, ref.article_sub) if en else article_label(ref.article, ref.article_sub)
        if label not in labels:
            labels.append(label)
    if en:
        parts = [f"{guide.text(guide.laws[law], 'short_title', 'en')}, "
                 + (labels[0] if len(labels) == 1 else "Articles " + _and([x.removeprefix("Article ") for x in labels], "en"))
                 for law, labels in by_law.items()]
        return _and(parts, "en")
    parts = [f"《{guide.laws[law].short_title}》{'、'.join(labels)}" for law, labels in by_law.items()]
    return "、".join(parts[:-1]) + "和" + parts[-1] if len(parts) > 1 else parts[0]


def _and(parts: list[str], lang: str) -> str:
    """a, b and c (English), a、b和c (Chinese)."""
    if len(parts) < 2:
        return "".join(parts)
    if lang == "en":
        return ", ".join(parts[:-1]) + " and " + parts[-1]
    return "、".join(parts[:-1]) + "和" + parts[-1]


def _exposure(guide: Guide, item: Item, facts: frozenset[str], failing: tuple[Observation, ...],
              lang: str = "zh") -> str:
    # The English overlay has the plain-words penalty as one text; the Chinese may be in parts by profile.
    text = guide.text(item, "penalty", "en") if lang == "en" else item.penalty.summary_for(facts)
    if not any(o.confirmed for o in failing):
        return f"If the above is confirmed: {text}" if lang == "en" else f"如经核实上述情形属实：{text}"
    return text


# --- what to do ----------------------------------------------------------------

def _advice(assessment: Assessment, item: Item, failing: tuple[Observation, ...],
            lang: str = "zh") -> tuple[Advice, ...]:
    guide = assessment.guide
    out: list[Advice] = []
    general: list[str] = []  # failing questions the guide gives no advice of their own
    for o in failing:
        own = guide.advice(guide.questions[o.question_id], lang)
        if not own:
            general.append(o.question_id)
            continue
        owner, due = _action(assessment, (o.question_id,))
        out += [Advice(text, (o.question_id,), True, owner, due) for text in own]
    if general:
        owner, due = _action(assessment, tuple(general))
        out += [Advice(text, tuple(general), False, owner, due) for text in guide.remediation(item, lang)]
    return tuple(out)


def _action(assessment: Assessment, question_ids: tuple[str, ...]) -> tuple[str, dt.date | None]:
    """Owner and due date of the first action the user recorded on these questions."""
    for qid in question_ids:
        action = assessment.actions.get(qid)
        if action is not None and (action.owner or action.due):
            return action.owner, action.due
    return "", None


def _clause(text: str) -> str:
    return text.strip().rstrip("。；;.？?")


def _sentence(text: str, lang: str = "zh") -> str:
    text = " ".join(text.split())
    ends = ("。", "！", "？", "）", "”") + ((".", "!", "?", ")") if lang == "en" else ())
    return text if text.endswith(ends) else text + ("." if lang == "en" else "。")
