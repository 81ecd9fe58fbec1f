"""Real PDFs from real WeasyPrint, read back with poppler: headings, names, fonts, safety, cancelling."""

from __future__ import annotations

import logging
import re
import struct
import subprocess
import zlib
from contextlib import contextmanager
from pathlib import Path

import pytest

from checklist.profile import CompanyProfile
from checklist.store import AssessmentFile
from reports.render import Cancelled, ReportOptions, harfbuzz_subset_available, render_report
from tests.test_report_model import PROFILE, rich_assessment

HEADINGS = ["目录", "一、体检结论", "二、风险分布", "三、风险事项详情", "四、整改计划", "附录",
            "（一）问卷作答明细", "（二）评分方法", "（三）免责声明"]
# the consultant's report opens with its scope and method and lists what it relied on and the law it cites
CONSULTANT_HEADINGS = ["目录", "一、委托事项与工作方法", "二、体检结论", "三、风险分布", "四、风险事项详情", "五、整改计划",
                       "审核与签章", "附录", "（一）审阅文件与访谈", "（二）所引法律", "（三）问卷作答明细", "（四）评分方法",
                       "（五）免责声明"]
A4_WIDTH_PT = 595.3


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def no_weasyprint_warnings():
    """Unsupported CSS, missing images and refused URLs are logged by WeasyPrint: any of them fails the test."""
    handler = _Collect()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    try:
        yield handler.records
    finally:
        logger.removeHandler(handler)
    assert [r.getMessage() for r in handler.records] == []


def pdftext(pdf: Path) -> str:
    # Zero-width spaces are the invisible break points long words get; a reader sees no difference.
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return text.replace("\u200b", "")


def pdffonts(pdf: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:]]


def png_bytes() -> bytes:
    """A 2×2 ink-blue PNG, written by hand so the test needs no imaging library."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x1f\x3a\x5f" * 2 for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


@pytest.fixture(scope="module")
def lhc(tmp_path_factory, sample_guide):
    return rich_assessment(tmp_path_factory.mktemp("render") / "体检.lhc", sample_guide)


@pytest.fixture(scope="module")
def assessment(lhc):
    with AssessmentFile.open(lhc, "test", read_only=True) as f:
        return f.assessment


@pytest.fixture(scope="module")
def self_check(assessment, tmp_path_factory):
    out = tmp_path_factory.mktemp("self") / "报告.pdf"
    steps: list = []
    with no_weasyprint_warnings():
        render_report(assessment, out, ReportOptions(report_number="FZTJ-2026-0001"),
                      html_out=out.with_suffix(".html"), progress=lambda p, s: steps.append((p, s)))
    return out, pdftext(out), steps


@pytest.fixture(scope="module")
def consultant(assessment, tmp_path_factory):
    folder = tmp_path_factory.mktemp("consultant")
    logo = folder / "logo.png"
    logo.write_bytes(png_bytes())
    out = folder / "报告.pdf"
    # the sections that carry no sign-off are left out: the self-check render covers them
    options = ReportOptions(template="consultant", firm_name="浙江示例律师事务所", logo=logo, accent="#7A1F2B",
                            report_number="FZTJ-2026-0042", sections=frozenset({"summary", "plan"}))
    with no_weasyprint_warnings():
        render_report(assessment, out, options)
    return out, pdftext(out)


def test_harfbuzz_subsetting_is_available_here():
    assert harfbuzz_subset_available(), "install libharfbuzz-subset0: reports take many seconds without it"


def compact(text: str) -> str:
    """The text without spaces and line breaks: letter-spaced titles come out of pdftotext as 目 录."""
    return re.sub(r"\s+", "", text)


def test_every_section_heading_company_and_number_are_in_the_pdf(self_check):
    _, text, _ = self_check
    flat = compact(text)
    for heading in HEADINGS:
        assert heading in flat, heading
    assert PROFILE.name in text
    assert PROFILE.uscc in text
    assert "FZTJ-2026-0001" in text
    assert "法治体检报告" in flat
    assert "内部资料注意保密" in flat
    assert re.search(r"第 \d+ 页\s+共 \d+ 页", text)


def test_findings_read_fact_law_consequence_advice(self_check):
    _, text, _ = self_check
    for part in ("（1）事实", "（2）法律依据", "（3）法律后果", "（4）整改建议"):
        assert part in text
    assert "《中华人民共和国刑法》" in text and "第三百三十八条" in text
    assert "危废处置合同.pdf" in text
    assert "2026年12月15日" in text


def test_contents_give_page_numbers(self_check):
    pages = [compact(p) for p in self_check[1].split("\f")]
    contents = pages[1]
    assert contents.startswith(compact(PROFILE.name) + "内部资料注意保密目录")
    for entry in ("一、体检结论", "二、风险分布", "三、风险事项详情", "四、整改计划", "（二）评分方法"):
        page = next(n for n, text in enumerate(pages[2:], 3) if entry in text)
        assert re.search(rf"{re.escape(entry)}\.{{5,}}{page}(?!\d)", contents), entry


def test_every_page_after_the_cover_is_numbered_in_order_out_of_the_page_count(self_check):
    pages = self_check[1].split("\f")
    pages = pages[:-1] if not pages[-1].strip() else pages  # pdftotext ends the last page with \f
    total = len(pages)
    assert total > 5
    assert not re.search(r"第 \d+ 页", pages[0])  # the cover carries no running footer
    for number, text in enumerate(pages[1:], 2):
        flat = compact(text)  # reading order may put a table cell between the two halves of the footer
        assert f"第{number}页" in flat and f"共{total}页" in flat, f"page {number}"


def test_rendering_leaves_the_garbage_collector_as_it_found_it(assessment, tmp_path):
    import gc

    assert gc.isenabled()
    with pytest.raises(Cancelled):
        render_report(assessment, tmp_path / "a.pdf", ReportOptions(), cancelled=lambda: True)
    assert gc.isenabled()
    gc.disable()
    try:
        with pytest.raises(Cancelled):
            render_report(assessment, tmp_path / "b.pdf", ReportOptions(), cancelled=lambda: True)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_fonts_are_embedded_cjk_fonts_only(self_check, consultant):
    for pdf in (self_check[0], consultant[0]):
        fonts = pdffonts(pdf)
        assert fonts, "no fonts"
        for row in fonts:
            name, emb = row[0], row[-5]
            assert "CJK" in name, f"non-CJK font {name}: a glyph fell back or is missing"
            assert "Type 3" not in " ".join(row)
            assert emb == "yes", f"{name} not embedded"
        names = " ".join(r[0] for r in fonts)
        assert "Serif-CJK-SC" in names and "Sans-CJK-SC-Bold" in names


def test_progress_runs_from_0_to_100_in_steps_told_in_both_languages(self_check):
    _, _, steps = self_check
    percents = [p for p, _ in steps]
    assert percents[0] == 0 and percents[-1] == 100
    assert percents == sorted(percents)
    assert all(re.search(r"[\u4e00-\u9fff]", label.zh) for _, label in steps)
    assert all(label.en and not re.search(r"[\u4e00-\u9fff]", label.en) for _, label in steps)
    assert any(label.zh.startswith("排版第") and label.en.startswith("Laying out page") for _, label in steps)


def test_html_output_is_the_same_report(self_check):
    pdf, _, _ = self_check
    html = pdf.with_suffix(".html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert PROFILE.name in html and "FZTJ-2026-0001" in html
    assert "@page" in html  # the stylesheet travels with the file


def test_consultant_report_has_sign_off_seal_and_branding(consultant):
    pdf, text = consultant
    for words in ("审核与签章", "承办律师", "审核合伙人", "出具单位", "浙江示例律师事务所（盖章）", "日期",
                  "FZTJ-2026-0042"):
        assert words in text, words
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True).stdout
    assert len(images.strip().splitlines()) >= 3  # header lines plus the logo


def test_self_check_report_has_no_seal_block(self_check):
    assert "（盖章）" not in self_check[1] and "承办律师" not in self_check[1]


def test_hostile_notes_render_as_harmless_wrapped_text(sample_guide, tmp_path):
    word = "A" * 10_000
    note = '<b>粗体</b><img src="file:///etc/passwd"><script>alert(1)</script>\n' + word
    profile = CompanyProfile('<i>恶意</i>公司"&', PROFILE.uscc, PROFILE.facts, assessor="<script>x</script>")
    lhc = rich_assessment(tmp_path / "恶意.lhc", sample_guide, notes={"Q03-1": note}, profile=profile)
    with AssessmentFile.open(lhc, "test", read_only=True) as f:
        assessment = f.assessment
    out = tmp_path / "恶意.pdf"
    options = ReportOptions(sections=frozenset({"findings", "answers"}), firm_name="<b>律所</b>")
    with no_weasyprint_warnings():
        render_report(assessment, out, options, html_out=tmp_path / "恶意.html")
    html = (tmp_path / "恶意.html").read_text(encoding="utf-8").replace("\u200b", "")
    assert "<script>" not in html and "<img src=\"file:///etc/passwd\"" not in html
    assert "&lt;img src=&#34;file:///etc/passwd&#34;&gt;" in html
    assert "<i>恶意</i>" not in html
    text = pdftext(out)
    assert '<img src="file:///etc/passwd">' in text  # shown as the words the user typed
    assert "<script>alert(1)</script>" in text
    assert "<i>恶意</i>公司" in text
    assert "root:x:0:0" not in text
    assert text.count("A") >= 2 * len(word)  # in the finding and in the appendix, all of it
    bbox = subprocess.run(["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True, check=True).stdout
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', bbox)]
    assert right_edges and max(right_edges) <= A4_WIDTH_PT - 20  # wrapped inside the page, nothing cut off


def test_cancelling_leaves_no_file_and_keeps_an_earlier_report(assessment, tmp_path):
    out = tmp_path / "报告.pdf"
    out.write_bytes(b"%PDF earlier report")
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 6  # somewhere inside layout, after a few pages

    with pytest.raises(Cancelled):
        render_report(assessment, out, ReportOptions(), html_out=tmp_path / "报告.html", cancelled=cancelled)
    assert out.read_bytes() == b"%PDF earlier report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["报告.pdf"]

    fresh = tmp_path / "新报告.pdf"
    with pytest.raises(Cancelled):
        render_report(assessment, fresh, ReportOptions(), cancelled=lambda: True)
    assert not fresh.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["报告.pdf"]


def test_the_renderer_refuses_urls_outside_its_assets(tmp_path):
    import weasyprint

    from reports.fetcher import PACKAGE_DIR, FetchPolicy, weasyprint_fetcher

    html = ('<link rel="stylesheet" href="http://127.0.0.1:9/x.css">'
            '<img src="file:///etc/passwd"><img src="https://example.com/a.png"><p>正文</p>')
    handler = _Collect()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    try:
        weasyprint.HTML(string=html, base_url=PACKAGE_DIR.as_uri() + "/",
                        url_fetcher=weasyprint_fetcher(FetchPolicy())).write_pdf(tmp_path / "x.pdf")
    finally:
        logger.removeHandler(handler)
    messages = " ".join(r.getMessage() for r in handler.records)
    assert "not allowed" in messages or "outside" in messages
    assert messages.count("Refused") + messages.count("refused") + messages.count("allowed") >= 3
