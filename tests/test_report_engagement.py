"""The consultant's report a firm signs: scope and method, documents and interviews, the law cited, the legend,
a signature page naming the firm's lawyers; and every report a draft until a reviewer signs it off."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest

from checklist.assessment import ActionItem
from checklist.engagement import Engagement
from checklist.store import AssessmentFile
from reports.model import build_report
from reports.options import ReportOptions
from reports.render import render_report
from tests.test_engagement import ENGAGEMENT
from tests.test_report_model import ANSWERS, PROFILE

# Q08-1 answered and no 不确定: nothing is missing
COMPLETE = {**{q: a for q, a in ANSWERS.items()}, "Q04-1": ANSWERS["Q05-1"], "Q07-1": ANSWERS["Q05-1"],
            "Q08-1": ANSWERS["Q05-1"]}


def _file(path: Path, guide, answers: dict, engagement: Engagement) -> AssessmentFile:
    f = AssessmentFile.create(path, guide, PROFILE, "王敏")
    for q, a in answers.items():
        f.set_answer(q, a)
    f.set_action(ActionItem("Q06-1", "终止与无资质单位的合同，改委托持证单位处置", "EHS 部 张强"))
    f.add_attachment("Q06-1", "危废处置合同.pdf", data=b"%PDF-1.7")
    f.set_engagement(engagement)
    return f


def _pages(pdf: Path) -> list[str]:
    return [re.sub(r"\s+", "", page.extract_text()).replace("\u200b", "") for page in pypdf.PdfReader(pdf).pages]


@pytest.fixture(scope="module")
def signed(tmp_path_factory, sample_guide):
    folder = tmp_path_factory.mktemp("signed")
    with _file(folder / "签发.lhc", sample_guide, COMPLETE, ENGAGEMENT) as f:
        f.sign_off("赵合伙人（示例）", "13101200510067890")
        assessment = f.assessment
    out = folder / "报告.pdf"
    render_report(assessment, out, ReportOptions(template="consultant", disclaimer="本所免责声明第一段。\n本所免责声明第二段。"))
    return assessment, _pages(out)


def test_the_consultant_report_states_scope_lawyers_laws_and_legend(signed):
    assessment, pages = signed
    text = "".join(pages)
    for words in ("一、委托事项与工作方法", "（二）体检范围", "公司设立、研发与生产三章所列事项", "事实截止日2026年11月20日",
                  "（三）工作方法", "（四）假设与依赖限制", "企业提供的文件真实、完整",
                  "示例律所〔2026〕合规字第018号", "（一）审阅文件与访谈", "营业执照（2025年换发）", "危废处置合同.pdf",
                  "周婷质量负责人2026年11月12日", "（二）所引法律"):
        assert words in text, words
    signature = next(p for p in pages if "审核与签章" in p and "承办律师" in p)
    for words in ("承办律师陈律师（示例）13101201810012345", "承办律师林律师（示例）13101202010054321",
                  "审核合伙人赵合伙人（示例）13101200510067890", "示例律师事务所（盖章）"):
        assert words in signature, words
    # the client's people are named as the client's, not among the signatories
    assert "王敏" not in signature and "李娜" not in signature
    assert "委托方填报人王敏" in pages[0] and "委托方审核人李娜" in pages[0]


def test_the_laws_cited_appendix_lists_every_law_of_the_findings_with_version_and_articles(signed):
    assessment, pages = signed
    model = build_report(assessment, ReportOptions(template="consultant"))
    cited = {g.law: {p.article for p in g.provisions} for c in model.findings for f in c.findings for g in f.laws}
    assert {law.law for law in model.laws_cited} == {t[:t.index("》") + 1] for t in cited}
    appendix = next(p for p in pages if "（二）所引法律" in p and "所引条款" in p)
    for law in model.laws_cited:
        assert re.sub(r"\s+", "", law.law) in appendix and law.version.replace(" ", "") in appendix
        for article in law.articles:
            assert article in appendix


def test_the_consultant_report_prints_the_firms_disclaimer_and_the_legend_on_every_page(signed):
    _, pages = signed
    text = "".join(pages)
    assert "本所免责声明第一段。" in text and "本所免责声明第二段。" in text
    assert "请咨询执业律师" not in text and "不构成法律意见" not in text
    assert "本报告仅供杭州钱塘示例生物医药科技有限公司（委托方）在委托范围内内部使用" in pages[0]
    for page in pages[1:]:
        assert "保密：仅供委托方内部使用，未经出具单位书面同意不得分发" in page


def test_a_signed_off_report_is_final_and_says_who_signed(signed):
    assessment, pages = signed
    day = assessment.signoff.at.date()
    assert f"本报告已于{day.year}年{day.month}月{day.day}日由赵合伙人（示例）（执业证号13101200510067890）审核签发定稿" in pages[0]
    assert not any("草稿" in p for p in pages)


def test_an_incomplete_report_is_a_draft_on_every_page_and_its_cover_counts_what_is_missing(tmp_path, sample_guide):
    unanswered = dict(ANSWERS)
    unanswered.pop("Q05-1")
    partial = Engagement(firm="示例律师事务所", lawyers=ENGAGEMENT.lawyers)
    with _file(tmp_path / "草稿.lhc", sample_guide, unanswered, partial) as f:
        assessment = f.assessment
    out = tmp_path / "草稿.pdf"
    render_report(assessment, out, ReportOptions(template="consultant", sections=frozenset({"summary"})))
    pages = _pages(out)
    assert all("草稿" in p for p in pages)
    cover = pages[0]
    s = assessment.score()
    for words in ("草稿尚未定稿", f"尚有{s.applicable_questions - s.answered}个适用问题未作答", f"{s.pending}项违规事项待核实",
                  "委托事实缺少4项（委托编号、体检范围、事实截止日、审核合伙人及执业证号）", "尚未经审核人签发定稿"):
        assert words in cover, words
    assert "审核意见：本报告为草稿，尚未签发定稿" in "".join(pages)


def test_the_summary_counts_over_applicable_items_and_says_so(signed):
    assessment, pages = signed
    s = assessment.score()
    applicable = len(assessment.guide.items) - s.not_applicable
    open_items = sum(1 for i in s.items.values() if i.open)
    summary = next(p for p in pages if "（二）风险等级统计" in p)
    assert f"占适用事项的{open_items / applicable:.0%}" in summary
    assert f"占比按适用的{applicable}项事项计算；按企业画像不适用的{s.not_applicable}项另计" in summary
    assert "占全部事项" not in summary


def test_a_self_check_report_without_sign_off_is_a_draft_too(signed, tmp_path):
    assessment, _ = signed
    model = build_report(replace(assessment, signoff=None), ReportOptions())
    assert not model.status.final and model.status.missing == ("尚未经审核人签发定稿",)
    assert build_report(assessment, ReportOptions()).status.final


def test_the_provisions_of_one_article_are_written_once():
    from reports.model import _grouped

    order = {"第五十三条第一款": (53, 0, 1), "第五十三条第二款": (53, 0, 2), "第五十四条": (54, 0, 0),
             "第五十五条第一款": (55, 0, 1), "第五十五条": (55, 0, 0), "第一百一十五条之一第二款": (115, 1, 2)}
    assert _grouped(list(order), order) == ("第五十三条第一款、第二款", "第五十四条", "第五十五条", "第一百一十五条之一第二款")
