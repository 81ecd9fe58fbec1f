"""The guide's scoring.yaml: exposures, the severity scale, level thresholds and the veto."""

from __future__ import annotations

from typing import Any

from .errors import Message
from .model import SANCTIONS, ScoringParams, SeverityRule, legacy_severity_rules
from .schema import Checker, did_you_mean, opt, req
from .vocabulary import Answer, Level

SCORING_SPEC = {
    "answer_exposure": req("map", "各答案的暴露程度", "exposure per answer"),
    # optional, so assessment files holding older guides keep opening; 1 means no cap
    "control_exposure_cap": opt("number", "防范措施类问题的暴露程度上限", "exposure cap of control questions"),
    "severity": opt("list", "严重程度的判定规则", "severity scale"),
    # guides of format 1 give only this threshold; their scale is legacy_severity_rules
    "large_fine_yuan": opt("int", "“高额罚款”的金额线（元）", "large-fine threshold in yuan"),
    "item_levels": req("map", "事项风险等级的最低风险值", "minimum risk per item level"),
    "index_levels": req("map", "健康指数等级的最低分", "minimum index per level"),
    "veto_cap": req("text", "一票否决时整体等级的上限", "overall level cap under veto"),
    # optional, so assessment files holding older guides keep opening: without it every question is needed
    "level_min_answered": opt("number", "给出整体等级前每章须作答的问题比例（0–1）",
                              "share of each chapter's questions answered before the overall level is given"),
}
RULE_SPEC = {
    "value": req("int", "严重程度（1–4）", "severity 1–4"),
    "label": req("text", "名称，如“较重”", "name"),
    "label_en": req("text", "英文名称", "English name"),
    "when_criminal": opt("bool", "可能承担刑事责任时适用", "applies when criminal liability is possible"),
    "sanctions": opt("list", "具有其中任一处罚种类时适用", "applies when any of these sanctions is possible"),
    "fine_at_least_yuan": opt("int", "罚款上限达到此金额（元）时适用", "applies when the fine can reach this sum"),
    "fine_by_multiple": opt("bool", "按货值或违法所得倍数罚款时适用", "applies to fines set as a multiple"),
}
EXPOSURE_SPEC = {a.value: req("number", a.label, a.value) for a in Answer if a is not Answer.NOT_APPLICABLE}
ITEM_LEVEL_SPEC = {lv.value: req("number", lv.label, lv.value) for lv in (Level.RED, Level.ORANGE, Level.YELLOW)}
INDEX_LEVEL_SPEC = {lv.value: req("number", lv.label, lv.value) for lv in (Level.GREEN, Level.YELLOW, Level.ORANGE)}


def read_scoring(chk: Checker) -> ScoringParams | None:
    f = chk.fields((), SCORING_SPEC)
    if f is None:
        return None
    parts = {}
    for key, spec in (("answer_exposure", EXPOSURE_SPEC), ("item_levels", ITEM_LEVEL_SPEC),
                      ("index_levels", INDEX_LEVEL_SPEC)):
        parts[key] = chk.fields((key,), spec) if f[key] is not None else None
    required_missing = any(f[k] is None for k, spec in SCORING_SPEC.items() if spec.required)
    if required_missing or None in parts.values() or any(None in p.values() for p in parts.values()):
        return None
    ok = True

    def bad(path: tuple, code: str, **args: Any) -> None:
        nonlocal ok
        ok = False
        chk.report(path, code, **args)

    exposure = {Answer(k): v for k, v in parts["answer_exposure"].items()}
    control_cap = 1.0 if f["control_exposure_cap"] is None else f["control_exposure_cap"]
    if not 0 <= control_cap <= 1:
        bad(("control_exposure_cap",), "scoring_range", field="control_exposure_cap", low=0, high=1)
    for answer, value in exposure.items():
        if not 0 <= value <= 1:
            bad(("answer_exposure", answer.value), "scoring_range", field=answer.value, low=0, high=1)
    if ok and not (exposure[Answer.COMPLIANT] == 0 <= exposure[Answer.PARTIAL] <= exposure[Answer.NON_COMPLIANT]):
        bad(("answer_exposure",), "scoring_order",
            detail="“符合”必须为 0，且 符合 ≤ 部分符合 ≤ 不符合。",
            detail_en="compliant must be 0 and compliant ≤ partial ≤ non_compliant.")
    item_levels = {Level(k): v for k, v in parts["item_levels"].items()}
    if not 0 < item_levels[Level.YELLOW] <= item_levels[Level.ORANGE] <= item_levels[Level.RED] <= 4:
        bad(("item_levels",), "scoring_order",
            detail="须满足 0 < yellow ≤ orange ≤ red ≤ 4（风险值 = 严重程度 1–4 × 暴露程度 0–1）。",
            detail_en="need 0 < yellow ≤ orange ≤ red ≤ 4 (risk = severity 1–4 × exposure 0–1).")
    index_levels = {Level(k): v for k, v in parts["index_levels"].items()}
    if not 0 <= index_levels[Level.ORANGE] <= index_levels[Level.YELLOW] <= index_levels[Level.GREEN] <= 100:
        bad(("index_levels",), "scoring_order",
            detail="须满足 0 ≤ orange ≤ yellow ≤ green ≤ 100。",
            detail_en="need 0 ≤ orange ≤ yellow ≤ green ≤ 100.")
    min_answered = 1.0 if f["level_min_answered"] is None else f["level_min_answered"]
    if not 0 <= min_answered <= 1:
        bad(("level_min_answered",), "scoring_range", field="level_min_answered", low=0, high=1)
    if f["veto_cap"] not in {lv.value for lv in Level}:
        bad(("veto_cap",), "bad_choice", field="veto_cap", value=f["veto_cap"],
            choices="、".join(lv.value for lv in Level))
    rules = _severity_rules(chk, f["severity"], f["large_fine_yuan"])
    if not ok or rules is None:
        return None
    return ScoringParams(
        answer_exposure=exposure, control_exposure_cap=control_cap, severity_rules=rules,
        item_level_min_risk=item_levels, index_level_min=index_levels, veto_cap=Level(f["veto_cap"]),
        level_min_answered=min_answered,
    )


def _severity_rules(chk: Checker, data: list | None, large_fine_yuan: int | None) -> tuple[SeverityRule, ...] | None:
    if data is None:
        if large_fine_yuan is None:
            chk.report((), "missing_field", field="severity", meaning=SCORING_SPEC["severity"].meaning,
                       meaning_en=SCORING_SPEC["severity"].meaning_en)
            return None
        return legacy_severity_rules(large_fine_yuan)
    rules: list[SeverityRule] = []
    ok = True
    for i, _ in enumerate(data):
        path = ("severity", i)
        r = chk.fields(path, RULE_SPEC)
        if r is None or None in (r["value"], r["label"], r["label_en"]):
            ok = False
            continue
        sanctions = []
        for j, value in enumerate(r["sanctions"] or []):
            if not isinstance(value, str) or value not in SANCTIONS:
                hint = did_you_mean(value, SANCTIONS)[0]
                chk.report(path + ("sanctions", j), "bad_choice", field="sanctions", value=value,
                           choices="、".join(SANCTIONS) + (f"。{hint}" if hint else ""))
                ok = False
            sanctions.append(value)
        rules.append(SeverityRule(r["value"], Message(r["label"], r["label_en"]), bool(r["when_criminal"]),
                                  tuple(sanctions), r["fine_at_least_yuan"], bool(r["fine_by_multiple"])))
    if not ok:
        return None
    values = [r.value for r in rules]
    if values != sorted(set(values), reverse=True) or not all(1 <= v <= 4 for v in values):
        chk.report(("severity",), "scoring_order", detail="严重程度规则须从高到低排列，取值 1–4，不重复。",
                   detail_en="severity rules go from the gravest down, values 1–4, each once.")
        return None
    if not rules or not rules[-1].otherwise or any(r.otherwise for r in rules[:-1]):
        chk.report(("severity",), "scoring_order",
                   detail="只有最后一条严重程度规则不写条件（其余情形），其他每条至少写一个条件。",
                   detail_en="only the last severity rule has no condition (every other case).")
        return None
    return tuple(rules)
