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
        timeout=300,  # a command that blocks fails its test instead of hanging the suite
    )


def sample_v2(dest: Path) -> Path:
    """Version 0.2.0 of the sample guide, as the bureau would publish it: one question reworded, one item
    removed (with the one question only it used), one article inserted in the middle without renumbering
    anything, one law replaced by a revision, one weight changed; numbers are left to the order."""
    import re

    folder = shutil.copytree(SAMPLE_GUIDE, dest)

    def edit(name: str, old: str, new: str) -> None:
        path = folder / name
        text = path.read_text(encoding="utf-8")
        assert old in text, (name, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    for path in (folder / "chapters").glob("*.yaml"):  # numbers follow the order from now on
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"^ *number: \d+\n", "", text, flags=re.M), encoding="utf-8")
    edit("guide.yaml", 'version: "0.1.0"', 'version: "0.2.0"')
    edit("guide.yaml", "  articles: 10\n  items: 6", "  articles: 11\n  items: 5")
    edit("guide.yaml", "notice: |", "release_notes: |\n  0.2.0：新增研发数据备份条款；删除一项经营事项；劳动合同法修订。\nnotice: |")
    edit("chapters/02-rnd.yaml", "在研临床试验是否均已取得批准或默示许可？", "在研及已完成的临床试验是否均已取得批准或默示许可？")
    edit("chapters/02-rnd.yaml", "items:\n", """  - id: A11
    title: 研发数据备份
    guidance: 研发数据应当定期备份，异地保存；备份的范围与[[A04]]的原始记录一致。
    questions:
      - id: Q11-1
        text: 研发数据是否定期备份并异地保存？
        hint: 查阅备份记录。
items:
""")
    edit("chapters/02-rnd.yaml", "questions: [Q03-1, Q03-2, Q04-1]", "questions: [Q03-1, Q03-2, Q04-1, Q11-1]")
    sales = folder / "chapters" / "04-sales.yaml"
    text = sales.read_text(encoding="utf-8")
    text = text[:text.index("      - id: Q08-1")] + text[text.index("items:"):]  # A08 keeps no question
    text = text[:text.index("items:")] + "items: []\n"
    sales.write_text(text, encoding="utf-8")
    edit("chapters/05-labour.yaml", "questions: [Q09-1, Q10-1]", "questions: [Q09-1, Q10-1, Q07-1]")
    edit("laws.yaml", "    last_article: 98\n", "    last_article: 98\n    replaced_on: 2026-10-01\n"
         "    replaced_by: 修订后的《中华人民共和国劳动合同法》\n    change_note: 书面合同的期限和二倍工资的计算有调整。\n")
    edit("scoring.yaml", "  partial: 0.5", "  partial: 0.6")
    return folder
