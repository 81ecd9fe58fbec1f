"""The Word document and the Excel workbook say what the PDF says: every example in both templates, opened
with python-docx and openpyxl, lists the same findings (item, level, title) and actions (measure, owner, due
date) as the PDF and the report model; and ``legalcheck report`` chooses formats, sections, date and issuer
and never overwrites a file unless told to."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from checklist.store import AssessmentFile
from cli.common import current_guide_for
from reports.docx import SANS
from reports.model import ReportModel, build_report
from reports.options import ReportOptions, Template
from tests.conftest import EXAMPLE_FIRM, EXAMPLE_REPORT_DAY
from tests.helpers import ROOT, run_cli
from tests.test_report_model import PROFILE, rich_assessment
from tests.test_report_render import compact, pdftext

EXAMPLES = sorted((ROOT / "examples").glob("*.lhc"))
CASES = [(example, template) for example in EXAMPLES for template in Template]


def report_model(example: Path, template: Template) -> ReportModel:
    with AssessmentFile.open(example, "test", read_only=True) as f:
        assessment = f.assessment
    options = ReportOptions(template=template, firm_name=EXAMPLE_FIRM, report_date=EXAMPLE_REPORT_DAY)
    return build_report(assessment, options, current_guide=current_guide_for(assessment.guide))


def docx_text(document) -> tuple[list[tuple[str, str]], list[list[str]]]:  # noqa: ANN001
    """(style, text) of every paragraph, and the cell texts of every table row."""
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    rows = [[c.text for c in row.cells] for table in document.tables for row in table.rows]
    return paragraphs, rows


@pytest.mark.skipif(not EXAMPLES, reason="no examples yet")
@pytest.mark.parametrize(("example", "template"), CASES, ids=lambda v: getattr(v, "stem", v))
def test_word_and_excel_state_the_findings_and_actions_of_the_pdf(example_reports, example, template):
    stem, result = example_reports[(example, template)]
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"已生成报告 {stem}{suffix}" for suffix in (".pdf", ".docx", ".xlsx")]
    model = report_model(example, template)
    findings = [f for chapter in model.findings for f in chapter.findings]
    actions = [(row, a) for row in model.plan for a in row.actions]
    assert findings and actions
    pdf = compact(pdftext(stem.with_suffix(".pdf")))

    document = Document(str(stem.with_suffix(".docx")))
    paragraphs, rows = docx_text(document)
    headings = [text for style, text in paragraphs if style == "Heading 3"]
    for f in findings:
        assert compact(f.item_id + f.title) in pdf
        heading = next(h for h in headings if h.split(" ", 1)[-1] == f"{f.item_id} {f.title}")
        badge = paragraphs[[t for _, t in paragraphs].index(heading) + 1][1]
        assert f"{f.mark.icon} {f.mark.label}" in badge
    for _, a in actions:
        assert compact(a.measure)[:12] in pdf  # the measure's first line: the table's columns interleave later
        assert any(cells[0].endswith(a.measure) and cells[1] == a.owner and cells[2] == a.due for cells in rows), a
    # the PDF's section headings are Word headings, in the same order; chapter headings under them
    from reports.html import headings as section_headings

    main, appendix = section_headings(ReportOptions(template=template), model.migration is not None)
    assert [t for s, t in paragraphs if s == "Heading 1"] == [
        *(h.text for h in main), *(["审核与签章"] if template == Template.CONSULTANT else []), "附录"]
    assert [t for s, t in paragraphs if s == "Heading 2"][-len(appendix):] == [h.text for h in appendix]
    for h in (*main, *appendix):
        assert compact(h.text) in pdf
    assert "附录" in pdf
    assert len(document.tables) > len(findings)  # facts, legal basis and actions of each finding, and more
    assert len(document.inline_shapes) == 2  # the chapter bars and the level shares; the matrix is a table
    assert model.cover.company in document.sections[0].header.paragraphs[0].text
    assert "PAGE" in document.sections[0].footer._element.xml
    fonts = document.styles["Heading 1"].element.rPr.rFonts
    assert fonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia") == SANS

    book = load_workbook(stem.with_suffix(".xlsx"))
    sheet = book["发现事项"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:K{len(findings) + 1}"
    listed = [(r[0].value, r[1].value, r[3].value, r[3].fill.fgColor.rgb[-6:]) for r in sheet.iter_rows(min_row=2)]
    assert listed == [(f.item_id, f.title, f"{f.mark.icon} {f.mark.label}", f.mark.fill[1:]) for f in findings]
    laws = [r[8].value for r in sheet.iter_rows(min_row=2)]
    assert all(g.law in law for f, law in zip(findings, laws, strict=True) for g in f.laws)
    plan = book["整改计划"]
    assert plan.freeze_panes == "A2" and plan.auto_filter.ref
    got = [(r[4].value, r[5].value, r[6].value) for r in plan.iter_rows(min_row=2)]
    want = [(a.measure, a.owner, dt.datetime.combine(a.due_date, dt.time()) if a.due_date else a.due) for _, a in actions]
    assert got == want
    dated = [r[6] for r in plan.iter_rows(min_row=2) if r[6].is_date]
    assert dated and all(c.number_format == "yyyy-mm-dd" for c in dated)
    overview = {r[0].value: r[1].value for r in book["概况"].iter_rows(min_row=2)}
    assert overview["报告日期"] == dt.datetime(2026, 12, 1) and overview["企业名称"] == model.cover.company


# --- the command line ---------------------------------------------------------------


@pytest.fixture(scope="module")
def lhc(tmp_path_factory, sample_guide):
    return rich_assessment(tmp_path_factory.mktemp("office-cli") / "体检.lhc", sample_guide)


def test_formats_sections_date_and_issuer_reach_the_files(lhc, tmp_path):
    stem = tmp_path / "报告"
    result = run_cli("report", str(lhc), "-o", str(stem), "--format", "docx,xlsx", "--sections", "summary,plan",
                     "--date", "2026-12-01", "--issuer", "浙江示例律师事务所合规部", "--template", "consultant",
                     "--logo", str(ROOT / "docs" / "report-sample" / "logo.svg"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["报告.docx", "报告.xlsx"]
    document = Document(str(stem.with_suffix(".docx")))
    paragraphs, rows = docx_text(document)
    texts = [t for _, t in paragraphs]
    assert [t for s, t in paragraphs if s == "Heading 1"] == ["一、委托事项与工作方法", "二、体检结论", "三、整改计划", "审核与签章", "附录"]
    assert "2026年12月1日" in texts and "浙江示例律师事务所合规部" in texts
    assert not any("问卷作答明细" in t for t in texts)
    assert len(document.inline_shapes) == 1  # the logo on the cover; no charts section, no chart
    book = load_workbook(stem.with_suffix(".xlsx"))
    overview = {r[0].value: r[1].value for r in book["概况"].iter_rows(min_row=2)}
    assert overview["报告日期"] == dt.datetime(2026, 12, 1) and overview["出具方"] == "浙江示例律师事务所合规部"
    assert overview["企业名称"] == PROFILE.name


def test_an_existing_file_is_overwritten_only_with_force(lhc, tmp_path):
    out = tmp_path / "报告.xlsx"
    out.write_bytes(b"the firm's edited copy")
    result = run_cli("report", str(lhc), "-o", str(tmp_path / "报告"), "--format", "docx,xlsx")
    assert result.returncode == 1
    assert result.stderr.startswith(f"错误：{out} 已存在，不会覆盖。") and "--force" in result.stderr
    assert out.read_bytes() == b"the firm's edited copy" and not (tmp_path / "报告.docx").exists()
    result = run_cli("report", str(lhc), "-o", str(tmp_path / "报告"), "--format", "docx,xlsx", "--force")
    assert result.returncode == 0, result.stderr
    assert load_workbook(out).sheetnames == ["发现事项", "整改计划", "概况"]
    assert (tmp_path / "报告.docx").exists()


def test_the_default_name_sits_beside_the_assessment(lhc, tmp_path):
    copy = tmp_path / lhc.name
    copy.write_bytes(lhc.read_bytes())
    result = run_cli("report", str(copy), "--format", "xlsx")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / f"{PROFILE.name}-法治体检报告.xlsx").exists()


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "pdf,odt"], "错误：不认识的报告格式：odt。可选：pdf、docx、xlsx"),
    (["--sections", "summary,appendix"], "错误：不认识的报告章节：appendix。可选：summary（体检结论）、charts（风险分布）"),
    (["--date", "2026/12/01"], "错误：报告日期应写成 YYYY-MM-DD"),
    (["--format", "docx", "-o", "{tmp}/x.xlsx"], "错误：报告文件应以 .docx 结尾。"),
])
def test_mistakes_in_the_new_options_are_said_plainly(lhc, tmp_path, args, message):
    result = run_cli("report", str(lhc), *(a.format(tmp=tmp_path) for a in args))
    assert result.returncode == 1
    assert result.stderr.startswith(message), result.stderr
    assert "Traceback" not in result.stderr


def test_sections_help_lists_the_sections_of_the_dialog():
    result = run_cli("report", "--sections", "help")
    assert result.returncode == 0
    for key, title in (("summary", "体检结论"), ("charts", "风险分布"), ("findings", "风险事项详情"), ("plan", "整改计划"),
                       ("answers", "问卷作答明细"), ("method", "评分方法")):
        assert any(line.split()[:2] == [key, f"{title}"] for line in result.stdout.splitlines()), key
