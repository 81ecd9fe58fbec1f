"""The scoring method shown in the app, written from the guide's own parameters (checklist.method),
so the help can never disagree with the score it explains."""

from __future__ import annotations

from html import escape

from checklist.method import describe
from checklist.model import Guide

from ..shared import i18n


def scoring_help_html(guide: Guide) -> str:
    lang = i18n.lang()
    text = describe(guide.scoring, lang)
    rows = lambda pairs: "".join(  # noqa: E731
        f"<tr><td>{escape(a)}</td><td>{escape(b)}</td></tr>" for a, b in pairs)
    levels = [(i18n.mark_label(m), rule) for m, rule in text.item_levels]
    index = [(i18n.mark_label(m), rule) for m, rule in text.index_levels]
    title = escape(i18n.guide_text(guide, guide.meta, "title"))
    veto = escape(i18n.mark_label(text.veto_cap))
    if lang == "en":
        control = (f"<p>A preventive-control question carries an exposure of at most {escape(text.control_cap)}, "
                   "and never triggers the veto.</p>" if text.control_cap else "")
        return (
            f"<h2>Scoring method</h2><p>The scoring parameters of {title}, version "
            f"{escape(guide.meta.version)}. The calculation uses only the company profile and the answers.</p>"
            f"<h3>1. Exposure of a question</h3><table>{rows(text.exposures)}</table>{control}"
            "<h3>2. Severity of a violation item</h3><p>Derived from the item's legal consequences: the first rule "
            f"from the top that the item meets.</p><table>{rows(text.severity_rules)}</table>"
            "<h3>3. Risk, levels and the health index</h3>"
            "<p>Exposure of an item = the highest exposure of its applicable questions<br>"
            "Risk = severity × exposure (0–4)<br>"
            "Health index = 100 × (1 − Σ risk ÷ Σ severity), over the applicable items only<br>"
            "Gain if fixed = 100 × the item's risk ÷ Σ severity</p>"
            f"<table>{rows(levels)}</table><table>{rows(index)}</table>"
            "<p>Veto: when a question checking the violation of an item that may carry criminal liability is "
            f"answered “Not compliant”, the overall level is no better than {veto}.</p>"
        )
    control = (f"<p>防范措施类问题的暴露程度不超过 {escape(text.control_cap)}，且不触发一票否决。</p>"
               if text.control_cap else "")
    return (
        f"<h2>评分方法</h2><p>《{title}》{escape(guide.meta.version)} 版的评分参数。"
        "计算只使用企业画像和各问题的回答。</p>"
        f"<h3>1. 问题的暴露程度</h3><table>{rows(text.exposures)}</table>{control}"
        f"<h3>2. 违规事项的严重程度</h3><p>由事项的法律后果推定，自上而下取第一条符合的规则：</p>"
        f"<table>{rows(text.severity_rules)}</table>"
        "<h3>3. 风险值、等级与健康指数</h3>"
        "<p>事项暴露程度 = 该事项适用问题暴露程度的最高值<br>风险值 = 严重程度 × 暴露程度（0–4）<br>"
        "健康指数 = 100 × （1 − Σ风险值 ÷ Σ严重程度），只计适用的事项<br>"
        "整改可加分 = 100 × 该事项风险值 ÷ Σ严重程度</p>"
        f"<table>{rows(levels)}</table><table>{rows(index)}</table>"
        f"<p>一票否决：任一可能承担刑事责任的事项中，核查违规情形的问题回答为“不符合”时，整体等级不优于"
        f"{veto}。</p>"
    )
