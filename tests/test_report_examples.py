"""Every example's full report, rendered by ``legalcheck report``: all headings, the company, no missing glyph."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from checklist.store import AssessmentFile
from tests.helpers import ROOT
from tests.test_report_render import CONSULTANT_HEADINGS, compact, pdffonts, pdftext

EXAMPLES = sorted((ROOT / "examples").glob("*.lhc"))


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[Path, tuple[Path, subprocess.CompletedProcess]]:
    folder = tmp_path_factory.mktemp("examples")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def render(example: Path) -> tuple[Path, subprocess.CompletedProcess]:
        out = folder / f"{example.stem}.pdf"
        result = subprocess.run([sys.executable, "-m", "cli", "report", str(example), "-o", str(out),
                                 "--template", "consultant", "--firm", "示例律师事务所"],
                                cwd=ROOT, env=env, capture_output=True, text=True)
        return out, result

    # one process per example, two at a time: the reports are long and CI machines have two cores
    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(EXAMPLES, pool.map(render, EXAMPLES), strict=True))


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
