"""Why an item has its level: the questions, answers and weights behind it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .lawnotes import law_standing
from .method import severity_reason
from .model import Guide, Level
from .scoring import Score
from .vocabulary import answer_name, points_text


@dataclass(frozen=True)
class QuestionLine:
    question_id: str
    text: str
    answer: str  # label, or 未作答
    exposure: float
    control: bool = False
    answered: bool = True

    @property
    def exposure_text(self) -> str:
        return f"{self.exposure:g}" if self.answered else "不计入"


@dataclass(frozen=True)
class Explanation:
    item_id: str
    title: str
    applicable: bool
    severity: int
    severity_label: str
    severity_reason: str
    questions: tuple[QuestionLine, ...]
    exposure: float
    risk: float
    level: Level | None
    thresholds: tuple[tuple[Level, float], ...]
    control_cap: float
    pending: bool
    veto: bool
    gain_if_fixed: float
    assessed: bool = True  # some applicable question is answered
    law_lines: tuple[str, ...] = ()  # up to which day the law was checked; adopted changes of the laws cited

    def lines(self) -> list[str]:
        """A plain Chinese account, one fact a line."""
        out = [f"{self.item_id} {self.title}"]
        if not self.applicable:
            return out + ["不适用：按企业画像或逐题标注，本事项没有适用的问题。"]
        out.append(f"严重程度 {self.severity}（{self.severity_label}）：{self.severity_reason}。")
        out.append("检查问题及回答（暴露程度）：")
        out += [f"  {q.question_id} {q.text} — {q.answer}（{q.exposure_text}{'，防范措施' if q.control else ''}）"
                for q in self.questions]
        if not self.assessed:
            out.append("未评估：本事项的问题都还没有作答，风险尚不知道；不评定等级，不计入健康指数。")
            return out + list(self.law_lines)
        if any(q.control for q in self.questions):
            out.append(f"防范措施类问题的暴露程度不超过 {self.control_cap:g}，且不触发一票否决。")
        out.append(f"暴露程度取已作答问题的最高值：{self.exposure:g}")
        out.append(f"风险值 = 严重程度 × 暴露程度 = {self.severity} × {self.exposure:g} = {self.risk:g}")
        bands = "，".join(f"{lv.label} ≥ {v:g}" for lv, v in self.thresholds)
        out.append(f"等级：{self.level.label if self.level else '—'}（{bands}，其余为低风险）")
        if self.pending:
            out.append("待核实：有问题回答为“不确定”或尚未作答；“不确定”按其暴露程度计入，未作答的问题不计入，"
                       "查明后等级可能变化。")
        if self.veto:
            out.append("一票否决：本事项可能承担刑事责任，且违规情形类问题回答为“不符合”，整体等级受限。")
        out.append(f"整改完成后健康指数可提高 {points_text(self.gain_if_fixed)} 分。")
        return out + list(self.law_lines)


def explain(guide: Guide, score: Score, item_id: str, today: dt.date | None = None) -> Explanation:
    item = guide.items[item_id]
    s = score.items[item_id]
    standing = law_standing(guide, today=today)
    cited = {ref.law_id for ref in item.legal_refs}
    law_lines = (f"依据的法律：{standing.heading()}。",)
    law_lines += tuple(note.text() for note in standing.pending if note.law_id in cited)
    return Explanation(
        item_id=item.id,
        title=item.title,
        applicable=s.applicable,
        severity=item.severity,
        severity_label=guide.scoring.severity_name(item.severity).zh,
        severity_reason=severity_reason(guide, item),
        questions=tuple(
            QuestionLine(q.question_id, guide.questions[q.question_id].text,
                         answer_name(q.answer).zh, q.exposure, q.control, q.answer is not None)
            for q in s.questions
        ),
        exposure=s.exposure,
        risk=s.risk,
        level=s.level,
        thresholds=tuple((lv, guide.scoring.item_level_min_risk[lv]) for lv in (Level.RED, Level.ORANGE, Level.YELLOW)),
        control_cap=guide.scoring.control_exposure_cap,
        pending=s.pending,
        veto=s.veto,
        gain_if_fixed=s.gain_if_fixed,
        assessed=s.assessed,
        law_lines=law_lines,
    )


__all__ = ["Explanation", "QuestionLine", "explain", "severity_reason"]
