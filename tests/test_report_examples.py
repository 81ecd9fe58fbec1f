"""Every example's full report, rendered by ``legalcheck report``: all headings, the company, no missing glyph."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from checklist.store import AssessmentFile
from tests.helpers import ROOT
from tests.test_report_render import CONSULTANT_HEADINGS, compact, pdffonts, pdftext

EXAMPLES = sorted((ROOT / "examples").glob("*.lhc"))


@pytest.fixture(scope="module")
def rendered(example_reports) -> dict[Path, tuple[Path, subprocess.CompletedProcess]]:
    """The consultant report of each example (the one with every part: sign-off, seal)."""
    return {example: (stem.with_suffix(".pdf"), result)
            for (example, template), (stem, result) in example_reports.items() if template == "consultant"}


@pytest.mark.skipif(not EXAMPLES, reason="no examples yet")
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_example_report_is_complete(rendered, example):
    out, result = rendered[example]
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no warning: HarfBuzz subsetting is there
    with AssessmentFile.open(example, "test", read_only=True) as f:
        company = f.assessment.profile.name
    text = pdftext(out)
    flat = compact(text)
    for heading in CONSULTANT_HEADINGS:
        assert heading in flat, heading
    assert company in text
    assert not re.search(r"\([一二三四五六七八九十]+\)", flat), "item numbers print as （一）, as the law is printed"
    assert re.search(r"第 \d+ 页\s+共 \d+ 页", text)
    for row in pdffonts(out):  # every glyph came from an embedded CJK font: no fallback, no boxes
        assert "CJK" in row[0] and row[-5] == "yes", row


LONE_LAST_LINE = re.compile(r"[\u4e00-\u9fff][。，；：、）”」]{0,3}")


@pytest.mark.skipif(not EXAMPLES, reason="no examples yet")
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_no_paragraph_ends_on_a_line_of_one_character(rendered, example):
    lines = pdftext(rendered[example][0]).splitlines()
    lone = [(before[-10:], line) for before, line in zip(lines, lines[1:], strict=False)
            if len(before) > 15 and LONE_LAST_LINE.fullmatch(line.strip())]
    assert lone == []


@pytest.mark.skipif(not EXAMPLES, reason="no examples yet")
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_a_note_never_starts_a_page_away_from_its_question(rendered, example):
    from pypdf import PdfReader

    for number, page in enumerate(PdfReader(rendered[example][0]).pages, 1):
        first = next((line.strip() for line in page.extract_text().splitlines() if line.strip()), "")
        assert not first.startswith(("备注：", "不适用理由：", "证据材料")), f"page {number}: {first}"
