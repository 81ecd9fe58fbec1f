"""The scoring method in words, written from the guide's own parameters: the report's method
appendix, the app's scoring help and every explanation of a severity read it from here."""

from __future__ import annotations

from dataclasses import dataclass

from .model import SANCTIONS, SANCTIONS_EN, Guide, Item, ScoringParams, SeverityRule
from .vocabulary import Answer, Level, Mark, yuan

CRIMINAL_WORDS = "可能承担刑事责任（引用《刑法》条文，或本身规定追究刑事责任的条文）"
MULTIPLE_WORDS = "按货值金额、违法所得的倍数罚款"
CRIMINAL_WORDS_EN = ("criminal liability possible (the item cites the Criminal Law, or a provision that itself "
                     "imposes criminal liability)")
MULTIPLE_WORDS_EN = "a fine set as a multiple of the value of the goods or of the illegal gains"


def num(value: float) -> str:
    return f"{value:g}"


@dataclass(frozen=True)
class MethodText:
    exposures: tuple[tuple[str, str], ...]  # (answer label, exposure)
    severity_rules: tuple[tuple[str, str], ...]  # ("3 较重", condition in words)
    item_levels: tuple[tuple[Mark, str], ...]  # (mark, condition on risk), gravest first
    index_levels: tuple[tuple[Mark, str], ...]  # (mark, condition on the index), best first
    veto_cap: Mark
    control_cap: str  # highest exposure of a preventive-control question; "" when not capped
    enough: str  # when the overall level is given, in words


def rule_words(rule: SeverityRule, scale: tuple[SeverityRule, ...], lang: str = "zh") -> str:
    """A rung of the severity scale as the method writes it."""
    en = lang == "en"
    words = SANCTIONS_EN if en else SANCTIONS
    if rule.otherwise:
        used = {s for r in scale for s in r.sanctions}
        rest = [words[s] for s in SANCTIONS if s not in used]
        if en:
            return f"only {', '.join(rest)}" if rest else "all other cases"
        return f"仅有{'、'.join(rest)}" if rest else "其余情形"
    parts = [CRIMINAL_WORDS_EN if en else CRIMINAL_WORDS] if rule.criminal else []
    if rule.sanctions:
        parts.append((", " if en else "、").join(words[s] for s in rule.sanctions))
    if rule.fine_at_least_yuan is not None:
        parts.append(f"a maximum fine of at least RMB {rule.fine_at_least_yuan:,}" if en
                     else f"罚款上限不低于 {yuan(rule.fine_at_least_yuan)}")
    if rule.fine_by_multiple:
        parts.append(MULTIPLE_WORDS_EN if en else MULTIPLE_WORDS)
    return ("; or " if en else "；或").join(parts)


def describe(params: ScoringParams, lang: str = "zh") -> MethodText:
    en = lang == "en"
    exposures = tuple((a.text(lang) if en else a.label, num(v)) for a, v in params.answer_exposure.items())
    exposures += ((("Not answered", "not counted (an item none of whose questions is answered is “not assessed”)"),
                   ("Not applicable (with a reason)", "not counted"))
                  if en else (("未作答", "不计入（事项的问题都未作答时为“未评估”）"), ("不适用（需写明理由）", "不计入")))
    scale = params.severity_rules
    risk, index = ("risk", "health index") if en else ("风险值", "健康指数")
    gravest = (Level.RED, Level.ORANGE, Level.YELLOW)
    item_levels = tuple((lv.mark, f"{risk} ≥ {num(params.item_level_min_risk[lv])}") for lv in gravest)
    item_levels += ((Mark.GREEN, f"{risk} < {num(params.item_level_min_risk[Level.YELLOW])}"),)
    best = (Level.GREEN, Level.YELLOW, Level.ORANGE)
    index_levels = tuple((lv.mark, f"{index} ≥ {num(params.index_level_min[lv])}") for lv in best)
    index_levels += ((Mark.RED, f"{index} < {num(params.index_level_min[Level.ORANGE])}"),)
    return MethodText(
        exposures=exposures,
        severity_rules=tuple((f"{r.value} {r.name.text(lang)}", rule_words(r, scale, lang)) for r in scale),
        item_levels=item_levels,
        index_levels=index_levels,
        veto_cap=params.veto_cap.mark,
        control_cap=num(params.control_exposure_cap) if params.control_exposure_cap < 1 else "",
        enough=enough_words(params, lang),
    )


def enough_condition(params: ScoringParams, lang: str = "zh") -> str:
    """How much must be answered before the overall level is given: 每一章适用的问题中已作答的不少于 80%."""
    share = params.level_min_answered
    if lang == "en":
        return ("every applicable question of every chapter is answered" if share >= 1
                else f"at least {share * 100:g}% of the applicable questions of every chapter are answered")
    return "每一章的适用问题全部作答" if share >= 1 else f"每一章适用的问题中已作答的不少于 {share * 100:g}%"


def enough_words(params: ScoringParams, lang: str = "zh") -> str:
    """When the overall level is given: the guide's share of answers per chapter, and the veto's exception."""
    if lang == "en":
        return (f"The overall level is given once {enough_condition(params, lang)} (“not applicable” with a reason "
                "counts as answered); until then it reads “to be assessed”. A veto case sets the overall level "
                "as soon as it is answered.")
    return (f"{enough_condition(params)}（写明理由的“不适用”计为已作答）后，才给出整体等级；此前整体等级为“尚待评估”。"
            "一票否决的情形一经回答即确定整体等级。")


def severity_reason(guide: Guide, item: Item, lang: str = "zh") -> str:
    """Why ``item`` has its severity: the conditions of the scale's rung its penalty meets."""
    en = lang == "en"
    words = SANCTIONS_EN if en else SANCTIONS
    sep = ", " if en else "、"
    penalty = item.penalty
    rule = guide.scoring.severity_rule(penalty, item.criminal)
    met = rule.met_by(penalty, item.criminal)
    if met == ["otherwise"]:
        rest = [words[s] for s in SANCTIONS if s in penalty.sanctions]
        if en:
            return "consequences: " + sep.join(rest) if rest else "no administrative penalty provided"
        return "法律后果为" + "、".join(rest) if rest else "未规定行政处罚"
    parts = []
    if "criminal" in met:
        if en:
            articles = "; ".join(dict.fromkeys(
                f"{guide.text(guide.laws[ref.law_id], 'short_title', 'en')}, {ref.label('en')}"
                for ref in item.criminal_basis))
            parts.append(f"criminal liability possible ({articles})")
        else:
            articles = "、".join(dict.fromkeys(f"《{guide.laws[ref.law_id].short_title}》{ref.article_label}"
                                               for ref in item.criminal_basis))
            parts.append(f"可能承担刑事责任（{articles}）")
    sanctions = [words[s] for s in met if s in SANCTIONS]
    if sanctions:
        parts.append(("consequences include " if en else "法律后果包括") + sep.join(sanctions))
    if "fine" in met:
        parts.append(f"a maximum fine of RMB {penalty.fine_max_yuan or 0:,}" if en
                     else f"罚款上限达到 {yuan(penalty.fine_max_yuan or 0)}")
    if "multiple" in met:
        parts.append("a fine set as a multiple of the value of the goods or of the illegal gains" if en
                     else "按货值金额或违法所得的倍数罚款")
    joiner = "; " if en else "；"
    return joiner.join(parts[:1]) if "criminal" in met else joiner.join(parts)


__all__ = ["Answer", "MethodText", "describe", "rule_words", "severity_reason"]
