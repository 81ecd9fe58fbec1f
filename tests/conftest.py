"""Shared test fixtures."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.helpers import ROOT, SAMPLE_GUIDE


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path_factory, monkeypatch):
    """Installed guides and trusted keys live in the user's data folder: each test gets an empty one."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


@pytest.fixture(scope="session")
def sample_guide():
    from checklist.loader import load_guide

    return load_guide(SAMPLE_GUIDE)


EXAMPLE_REPORT_DAY = dt.date(2026, 12, 1)
EXAMPLE_FIRM = "示例律师事务所"


@pytest.fixture(scope="session")
def example_reports(tmp_path_factory) -> dict[tuple[Path, str], tuple[Path, subprocess.CompletedProcess]]:
    """Every example in both templates as PDF, DOCX and XLSX, rendered once per run by ``legalcheck report``
    (one process each, two at a time: the reports are long and CI machines have two cores). Maps
    (example, template) to the files' stem and the finished process."""
    from reports.options import Template

    folder = tmp_path_factory.mktemp("example-reports")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cases = [(example, template) for example in sorted((ROOT / "examples").glob("*.lhc")) for template in Template]

    def render(case: tuple[Path, str]) -> tuple[Path, subprocess.CompletedProcess]:
        example, template = case
        stem = folder / f"{example.stem}-{template}"
        result = subprocess.run([sys.executable, "-m", "cli", "report", str(example), "-o", str(stem),
                                 "--format", "pdf,docx,xlsx", "--template", template, "--firm", EXAMPLE_FIRM,
                                 "--date", EXAMPLE_REPORT_DAY.isoformat()],
                                cwd=ROOT, env=env, capture_output=True, text=True)
        return stem, result

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(cases, pool.map(render, cases), strict=True))
