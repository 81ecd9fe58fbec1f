"""Paths and helpers shared by the tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SAMPLE_GUIDE = FIXTURES / "sample_guide"
BROKEN = FIXTURES / "broken"
STATUTES = Path(os.environ.get("LEGALCHECK_STATUTES", ROOT.parent / "shared" / "statutes"))


def broken_copy(case: str, dest: Path) -> Path:
    """The sample guide with the files of ``fixtures/broken/<case>`` laid over it."""
    shutil.copytree(SAMPLE_GUIDE, dest)
    shutil.copytree(BROKEN / case, dest, dirs_exist_ok=True)
    return dest


def run_cli(*args: str, check: bool = False) -> subprocess.CompletedProcess:
    """Run ``legalcheck`` as a user would, in a separate process."""
    return subprocess.run(
        [sys.executable, "-m", "cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=check,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
