"""The report model states the assessment's facts, in order, with the guide's law only. No PDF here."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from checklist.applicability import applicable
from checklist.assessment import ActionItem, ActionStatus
from checklist.model import SANCTIONS, Answer, Penalty
from checklist.numerals import article_label
from checklist.profile import CompanyProfile
from checklist.store import AssessmentFile
from checklist.vocabulary import MARK_STYLES, date_text
from reports.fetcher import STATIC_DIR, TEMPLATES_DIR, FetchPolicy, Refused
from reports.model import build_report, default_report_number
from reports.options import ReportError, ReportOptions
from reports.palette import contrast, readable_accent
from tests.helpers import ROOT

PROFILE = CompanyProfile(
    "杭州钱塘示例生物医药科技有限公司", "91330100MA27XYW12A",
    frozenset({"mah", "drug_manufacturer", "clinical_trials", "hazardous_waste", "hospital_sales"}),
    region="浙江省杭州市", assessor="王敏", reviewer="李娜", assessment_date=dt.date(2026, 11, 20), period="2026年度")

ANSWERS = {
    "Q01-1": Answer.PARTIAL, "Q02-1": Answer.COMPLIANT, "Q03-1": Answer.NON_COMPLIANT, "Q03-2": Answer.PARTIAL,
    "Q04-1": Answer.UNSURE, "Q05-1": Answer.COMPLIANT, "Q06-1": Answer.NON_COMPLIANT, "Q06-2": Answer.PARTIAL,
    "Q07-1": Answer.UNSURE, "Q09-1": Answer.COMPLIANT, "Q10-1": Answer.COMPLIANT,
}  # Q08-1 stays unanswered: the index is provisional


def rich_assessment(path: Path, guide, notes: dict[str, str] | None = None, profile: CompanyProfile = PROFILE) -> Path:
    """A sample-guide assessment with gaps of every kind, notes, actions and evidence."""
    with AssessmentFile.create(path, guide, profile, "王敏") as f:
        for q, a in ANSWERS.items():
            f.set_answer(q, a)
        f.set_note("Q01-1", "2025 年 6 月住所由钱塘区迁至滨江区，股东会决议已通过，但尚未申请变更登记。")
        f.set_note("Q06-1", "第三季度的废有机溶剂交给了仅有一般固废运输资质的公司。\n合同编号 HW-2026-07。")
        for q, note in (notes or {}).items():
            f.set_note(q, note)
        f.set_action(ActionItem("Q06-1", "终止与无资质单位的合同，改委托持证单位处置", "EHS 部 张强",
                                dt.date(2026, 12, 15), ActionStatus.IN_PROGRESS))
        f.set_action(ActionItem("Q01-1", "补办住所变更登记", "法务部 李娜", dt.date(2026, 10, 31)))
        f.add_attachment("Q06-1", "危废处置合同.pdf", data=b"%PDF-1.7")
    return path


@pytest.fixture(scope="module")
def assessment(tmp_path_factory, sample_guide):
    path = rich_assessment(tmp_path_factory.mktemp("model") / "体检.lhc", sample_guide)
    with AssessmentFile.open(path, "test", read_only=True) as f:
        return f.assessment


@pytest.fixture(scope="module")
def model(assessment):
    return build_report(assessment, ReportOptions(report_number="FZTJ-2026-0001", report_date=dt.date(2026, 11, 28)))


def test_dates_are_written_the_chinese_way(model):
    assert date_text(dt.date(2026, 11, 28)) == "2026年11月28日"
    assert model.cover.report_date == "2026年11月28日"
    assert model.cover.assessment_date == "2026年11月20日"


def test_cover_carries_the_facts_a_reader_looks_for(model, sample_guide):
    c = model.cover
    assert (c.title, c.company, c.uscc, c.report_number) == (
        "法治体检报告", PROFILE.name, PROFILE.uscc, "FZTJ-2026-0001")
    assert (c.assessor, c.reviewer, c.period) == ("王敏", "李娜", "2026年度")
    assert (c.guide_title, c.guide_version) == (sample_guide.meta.title, sample_guide.meta.version)
    assert c.confidentiality == "内部资料 注意保密"
    assert c.issuing_party == f"{PROFILE.name}法务部门"


def test_issuing_party_and_number_default_sensibly(assessment):
    day = dt.date(2026, 11, 28)
    consultant = build_report(assessment, ReportOptions(template="consultant", firm_name="示例律师事务所"), today=day)
    assert consultant.cover.issuing_party == "示例律师事务所"
    assert consultant.cover.report_number == default_report_number(PROFILE.uscc, day)
    assert consultant.cover.report_number.startswith("FZTJ-20261128-")
    assert build_report(assessment, today=day).cover.report_number == consultant.cover.report_number


def test_summary_matches_the_score(model, assessment):
    s = assessment.score()
    assert model.summary.index == f"{s.index:.1f}"
    assert model.summary.provisional is True
    assert model.summary.mark.label == s.level.label
    assert [v.item_id for v in model.summary.veto_items] == list(s.veto_items) == ["V04"]
    assert "刑法" in model.summary.veto_items[0].reason
    assert sum(c.count for c in model.summary.counts) == len(assessment.guide.items)
    # shares are of the applicable items; the items that do not apply are counted apart, without a share
    *levels, na = model.summary.counts
    assert sum(c.share for c in levels) == pytest.approx(1)
    assert (na.mark.key, na.count, na.share) == ("na", s.not_applicable, None)
    assert sum(c.count for c in levels) == model.summary.applicable_items
    assert [t.item_id for t in model.summary.top_items] == [i.item_id for i in s.ranked_open_items()][:10]


def test_three_to_five_recommendations_in_plain_words(model, assessment):
    recs = model.summary.recommendations
    assert 3 <= len(recs) <= 5
    assert "V04" in recs[0]  # the criminal-liability item comes first
    top = [i for i in assessment.score().ranked_open_items() if not i.veto][0]
    remediation = assessment.guide.items[top.item_id].remediation[0].rstrip("。")
    assert any(remediation in r for r in recs)
    assert all(r.endswith("。") for r in recs)


def test_recommendations_never_fall_below_three(sample_guide, tmp_path):
    path = tmp_path / "全部符合.lhc"
    with AssessmentFile.create(path, sample_guide, PROFILE, "王敏") as f:
        for q in applicable(sample_guide, PROFILE.facts).questions:
            f.set_answer(q, Answer.COMPLIANT)
        m = build_report(f.assessment)
    assert len(m.summary.recommendations) == 3
    assert m.summary.index == "100.0" and not m.summary.provisional
    assert m.plan == () and all(not c.findings for c in m.findings)


def test_matrix_places_every_applicable_item_once(model, assessment):
    s = assessment.score()
    placed = [(item_id, cell.severity, cell.exposure) for row in model.matrix.cells for cell in row
              for item_id, _ in cell.items]
    assert sorted(p[0] for p in placed) == sorted(i for i, x in s.items.items() if x.applicable)
    for item_id, severity, exposure in placed:
        assert (s.items[item_id].severity, s.items[item_id].exposure) == (severity, exposure)
    assert [sv for sv, _ in model.matrix.severities] == [4, 3, 2, 1]
    assert model.matrix.exposures == (0, 0.5, 1)


def test_findings_are_sorted_by_risk_and_read_like_an_opinion(model, assessment, sample_guide):
    s = assessment.score()
    for chapter in model.findings:
        risks = [s.items[f.item_id].risk for f in chapter.findings]
        assert risks == sorted(risks, reverse=True)
    v04 = next(f for c in model.findings for f in c.findings if f.item_id == "V04")
    # fact: the answers and notes that produced it, and the evidence
    q = {f.question_id: f for f in v04.facts}
    assert q["Q06-1"].answer == "不符合" and "HW-2026-07" in q["Q06-1"].note
    assert (q["Q06-1"].control, q["Q06-2"].control) == (False, True)  # a preventive control is marked as such
    assert q["Q06-1"].evidence == ("危废处置合同.pdf",)
    # law: full titles with revision notes, article labels as the statute writes them
    item = sample_guide.items["V04"]
    assert [g.role for g in v04.laws] == ["义务依据", "处罚依据", "刑事责任依据"]
    assert v04.laws[2].law == "《中华人民共和国刑法》（2023年《刑法修正案（十二）》修正）"
    assert v04.laws[2].provisions[0].article == "第三百三十八条"
    # consequence and advice
    assert v04.penalty == item.penalty.summary
    assert v04.severity_reason.startswith("可能承担刑事责任")
    # the item's remediation, for the failing questions it deals with (the guide gives them no advice of their own)
    failing = "、".join(x.question_id for x in v04.facts if x.answer_key != "compliant")
    assert v04.remediation == tuple(f"{r.rstrip('。')}（针对 {failing}）。" for r in item.remediation)
    assert [(a.measure, a.owner, a.due, a.status) for a in v04.actions] == [
        ("终止与无资质单位的合同，改委托持证单位处置", "EHS 部 张强", "2026年12月15日", "进行中")]


def test_every_quote_comes_from_the_guide(model, sample_guide):
    cited = {(ref.law_id, ref.article_label, ref.quote) for item in sample_guide.items.values() for ref in item.legal_refs}
    titles = {law_id: law.title for law_id, law in sample_guide.laws.items()}
    for chapter in model.findings:
        for finding in chapter.findings:
            for group in finding.laws:
                law_id = next(k for k, t in titles.items() if group.law.startswith(f"《{t}》"))
                for p in group.provisions:
                    for fragment in p.quote.split("……"):
                        assert (law_id, p.article, fragment) in cited


def test_clear_items_are_listed_not_argued(model, assessment):
    s = assessment.score()
    clear = [x.item_id for c in model.findings for x in c.clear]
    assert clear == [i for i, x in s.items.items() if x.applicable and not x.open]
    assert "V03" in clear


def test_action_plan_follows_the_ranking_and_suggests_missing_measures(model, assessment):
    ranked = assessment.score().ranked_open_items()
    assert [r.item_id for r in model.plan] == [i.item_id for i in ranked]
    assert [r.gain for r in model.plan] == [i.gain_if_fixed for i in ranked]
    v01 = next(r for r in model.plan if r.item_id == "V01")
    assert v01.actions[0].overdue  # due 2026-10-31, report dated 2026-11-28, not done
    v02 = next(r for r in model.plan if r.item_id == "V02")  # answered 不符合, no action recorded yet
    assert v02.actions[0].suggested and v02.actions[0].status == "尚未制定"
    assert "V05" not in [r.item_id for r in model.plan]  # only 不确定: to verify, not a known gap to fix


def test_appendix_lists_every_applicable_question(model, sample_guide):
    listed = [q.question_id for c in model.answers for a in c.articles for q in a.questions]
    assert sorted(listed) == sorted(applicable(sample_guide, PROFILE.facts).questions)
    unanswered = next(q for c in model.answers for a in c.articles for q in a.questions if q.question_id == "Q08-1")
    assert unanswered.answer == "未作答"
    assert model.answers[0].articles[0].label == article_label(1)


def test_method_states_the_parameters_used(model, sample_guide):
    m = model.method
    assert m.content_hash == sample_guide.content_hash
    assert ("部分符合", "0.5") in m.exposures
    assert "100 万元" in m.severity_rules[1][1]
    assert [c for _, c in m.item_levels] == ["风险值 ≥ 3", "风险值 ≥ 2", "风险值 ≥ 0.5", "风险值 < 0.5"]
    assert m.veto_cap == "重大风险"
    assert m.control_cap == f"{sample_guide.scoring.control_exposure_cap:g}"


def test_method_severity_rules_are_written_from_the_scale_that_scores(sample_guide):
    from checklist.method import describe

    rules = dict(describe(sample_guide.scoring).severity_rules)
    # every sanction named in the method's text gives exactly the severity that text puts it under
    for rung in sample_guide.scoring.severity_rules:
        for sanction in rung.sanctions:
            assert sample_guide.scoring.severity(Penalty("", frozenset({sanction})), False) == rung.value
            assert SANCTIONS[sanction] in rules[f"{rung.value} {rung.name.zh}"]
    named = {s for r in sample_guide.scoring.severity_rules for s in r.sanctions}
    lowest = rules["1 轻微"]
    assert all(SANCTIONS[s] in lowest for s in SANCTIONS if s not in named)  # the rest fall to the last rung


def test_disclaimer_quotes_the_guide_notice_and_says_it_is_not_legal_advice(model, sample_guide):
    text = "".join(model.disclaimer)
    assert sample_guide.meta.notice.strip() in text
    assert "不构成法律意见" in model.disclaimer[-1]


def test_level_marks_keep_contrast_and_have_a_shape():
    icons = [m.icon for m in MARK_STYLES.values()]
    assert len(set(icons)) == len(icons)
    for mark in MARK_STYLES.values():
        assert contrast(mark.fill, mark.ink) >= 4.5, mark.label
        assert contrast(mark.tint, mark.tint_ink) >= 4.5, mark.label
    assert [m.label for m in MARK_STYLES.values()] == [
        "重大风险", "较大风险", "一般风险", "低风险", "未评估", "待核实", "不适用", "未作答"]


def test_a_light_brand_colour_is_darkened_until_headings_read():
    assert readable_accent("#1F3A5F") == "#1F3A5F"
    gold = readable_accent("#FFD700")
    assert contrast(gold, "#FFFFFF") >= 4.5 and gold != "#FFD700"


def test_options_are_checked_with_plain_messages(tmp_path):
    with pytest.raises(ReportError, match="template"):
        ReportOptions(template="fancy").check()
    with pytest.raises(ReportError) as err:
        ReportOptions(accent="red").check()
    assert "#1F3A5F" in err.value.zh
    with pytest.raises(ReportError) as err:
        ReportOptions(logo=tmp_path / "logo.gif").check()
    assert err.value.zh == "标志图片只能是 PNG 或 SVG 文件。"
    with pytest.raises(ReportError) as err:
        ReportOptions(logo=tmp_path / "none.png").check()
    assert err.value.zh.startswith("找不到标志图片")


def test_fetch_policy_serves_only_the_report_assets_and_the_logo(tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG")
    other = tmp_path / "other.png"
    other.write_bytes(b"\x89PNG")
    policy = FetchPolicy(extra_files=[logo], data_uris=["data:image/png;base64,AAAA"])
    assert policy.resolve((STATIC_DIR / "report.css").as_uri()) == STATIC_DIR / "report.css"
    assert policy.resolve(logo.as_uri()) == logo.resolve()
    assert policy.resolve("data:image/png;base64,AAAA") is None
    for url in ("http://example.com/x.png", "https://example.com/x.css", "file:///etc/passwd",
                other.as_uri(), "ftp://example.com/x", "data:text/html,<script>",
                (TEMPLATES_DIR / ".." / ".." / "pyproject.toml").as_uri(), "file://evil.example/share/logo.png",
                (TEMPLATES_DIR / "report.html").as_uri()):  # templates are read by Jinja2, never fetched
        with pytest.raises(Refused):
            policy.resolve(url)


def test_importing_the_report_model_loads_no_renderer():
    code = ("import sys, reports, reports.model, reports.options, reports.render\n"
            "print(','.join(m for m in sys.modules if m.split('.')[0] in ('weasyprint', 'jinja2', 'PySide6')))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_an_incomplete_assessment_says_so_and_counts_unassessed_items_apart(tmp_path, sample_guide):
    from reports.html import render_html

    path = tmp_path / "部分.lhc"
    with AssessmentFile.create(path, sample_guide, PROFILE, "王敏") as f:
        f.set_answer("Q01-1", Answer.COMPLIANT)
        f.set_answer("Q03-2", Answer.PARTIAL)
        s = f.assessment.score()
        model = build_report(f.assessment, ReportOptions(report_date=dt.date(2026, 11, 28)))
    summary = model.summary
    assert s.level is None and summary.level_waits and summary.mark.label == "尚待评估"
    c = s.completion
    assert summary.completion.startswith(f"已作答 {c.answered} / {c.questions} 个适用问题（")
    assert "整体等级尚待评估" in summary.overview and f"尚有 {s.unassessed} 项事项" in summary.overview
    unassessed = [i for i, x in s.items.items() if x.applicable and not x.assessed]
    assert [x.item_id for x in summary.unassessed] == unassessed and unassessed
    rows = {row.mark.key: row.count for row in summary.counts}
    assert rows["unassessed"] == len(unassessed)
    assert sum(rows[lv] for lv in ("red", "orange", "yellow", "green")) == c.assessed_items
    assert sum(row.share for row in summary.counts if row.share is not None) == pytest.approx(1)  # of applicable items
    placed = {i for row in model.matrix.cells for cell in row for i, _ in cell.items}
    assert placed == {i for i, x in s.items.items() if x.assessed} and model.matrix.unassessed == len(unassessed)
    assert {r.item_id for r in model.plan} == {"V02"}  # the only item with a failing answer
    clear = {x.item_id for ch in model.findings for x in ch.clear}
    assert not clear & set(unassessed)  # not assessed is not "no risk found"
    assert {x.item_id for ch in model.findings for x in ch.unassessed} == set(unassessed)
    html = render_html(model, ReportOptions())
    assert "□ 尚待评估" in html and "作答尚不足以确定整体等级" in html
