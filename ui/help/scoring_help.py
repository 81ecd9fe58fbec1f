"""The scoring method shown in the app, written from the guide's own parameters (checklist.method),
so the help can never disagree with the score it explains."""

from __future__ import annotations

from html import escape

from checklist.method import describe
from checklist.model import Guide
from checklist.vocabulary import Mark

from ..shared import i18n


def scoring_help_html(guide: Guide) -> str:
    lang = i18n.lang()
    text = describe(guide.scoring, lang)
    rows = lambda pairs: "".join(  # noqa: E731
        f"<tr><td>{escape(a)}</td><td>{escape(b)}</td></tr>" for a, b in pairs)
    levels = [(i18n.mark_label(m), rule) for m, rule in text.item_levels]
    index = [(i18n.mark_label(m), rule) for m, rule in text.index_levels]
    unassessed = f"{Mark.UNASSESSED.style.icon} {i18n.mark_label(Mark.UNASSESSED)}"
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
            "<p>Exposure of an item = the highest exposure of its answered questions<br>"
            "Risk = severity × exposure (0–4)<br>"
            "Health index = 100 × (1 − Σ risk ÷ Σ severity), over the assessed items only<br>"
            "Gain if fixed = 100 × the item's risk ÷ Σ severity of the assessed items</p>"
            f"<table>{rows(levels)}</table><table>{rows(index)}</table>"
            f"<h3>4. Not assessed, and the overall level</h3><p>{escape(unassessed)}: while none of an item's "
            "applicable questions is answered, its risk is not known: it gets no level, does not count in the "
            "health index and is not listed for priority remediation. An item with some questions answered is "
            f"scored on those and marked {escape(i18n.mark_label(Mark.PENDING))}. The number of questions "
            "answered is shown beside the health index.</p>"
            f"<p>Overall level: {escape(text.enough)}</p>"
            "<p>Priority remediation lists only items with a question answered “Partly compliant” or "
            "“Not compliant”, ordered by the gain if fixed.</p>"
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
        "<p>事项暴露程度 = 该事项已作答问题暴露程度的最高值<br>风险值 = 严重程度 × 暴露程度（0–4）<br>"
        "健康指数 = 100 × （1 − Σ风险值 ÷ Σ严重程度），只计已评估的事项<br>"
        "整改可加分 = 100 × 该事项风险值 ÷ 已评估事项的 Σ严重程度</p>"
        f"<table>{rows(levels)}</table><table>{rows(index)}</table>"
        f"<h3>4. 未评估与整体等级</h3><p>{escape(unassessed)}：事项的适用问题都还没有作答时，风险尚不知道——"
        "不评定等级，不计入健康指数，也不列入优先整改。部分问题已作答的事项按已作答的问题评分，并标为"
        f"{escape(i18n.mark_label(Mark.PENDING))}。健康指数旁边写明已答的题数。</p>"
        f"<p>整体等级：{escape(text.enough)}</p>"
        "<p>优先整改只列出有问题回答为“部分符合”或“不符合”的事项，按整改可加分排序。</p>"
        f"<p>一票否决：任一可能承担刑事责任的事项中，核查违规情形的问题回答为“不符合”时，整体等级不优于"
        f"{veto}。</p>"
    )
