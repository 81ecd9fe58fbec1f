"""The app, the report and the command line count the same questions and say the same about the level."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checklist.loader import load_guide
from checklist.model import Answer
from checklist.store import AssessmentFile
from guide_content import bundled_guide_dir
from reports.model import build_report
from tests.helpers import ROOT, run_cli
from tests.test_ui.conftest import make_profile
from ui.app import App

EXAMPLES = ("device-distributor", "biotech-startup", "drug-manufacturer")


def partly_answered(path: Path) -> Path:
    """A fifth of the bundled guide answered, 不适用 with a reason among the answers."""
    guide = load_guide(bundled_guide_dir())
    with AssessmentFile.create(path, guide, make_profile(guide, frozenset({"mah", "drug_manufacturer"})), "王敏") as f:
        questions = [q.id for q in f.guide.ordered_questions() if q.id in f.assessment.score().question_marks]
        for n, qid in enumerate(questions[: len(questions) // 5]):
            if n % 6 == 2:
                f.set_answer(qid, Answer.NOT_APPLICABLE, na_reason="本企业不从事该业务")
            else:
                f.set_answer(qid, Answer.PARTIAL if n % 6 == 4 else Answer.COMPLIANT)
    return path


def cli_counts(path: Path) -> tuple[str, str]:
    result = run_cli("score", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    answered = lines[2].split("，")[0].removeprefix("已答 ").removesuffix(" 题")
    return answered, lines[1].split("整体等级 ")[1]


@pytest.mark.parametrize("name", (*EXAMPLES, "partly-answered"))
def test_app_report_and_cli_agree_on_the_questions_answered(name: str, app: App, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / f"{name}.lhc"
    if name == "partly-answered":
        partly_answered(path)
    else:
        shutil.copy(ROOT / "examples" / f"{name}.lhc", path)
    window = app.open_path(path)
    assert window is not None
    qtbot.waitExposed(window)
    s = window.session.score
    done, total = window.session.progress()
    assert window.summary.progress_text.text() == f"· 已答 {done}/{total}"
    assert window.dashboard.progress_label.text() == f"{done} / {total} 题"
    shown_level = window.summary.level.text()
    summary = build_report(window.session.assessment).summary
    window.close()

    assert (summary.answered, summary.applicable_questions) == (done, total)
    assert summary.mark.label == shown_level
    assert cli_counts(path) == (f"{done}/{total}", shown_level)
    with AssessmentFile.open(path, "测试", read_only=True) as f:
        records = f.assessment.records
        assert done == sum(1 for q in s.question_marks if q in records and records[q].answer is not None)
    if name == "partly-answered":
        assert Answer.NOT_APPLICABLE in {r.answer for r in records.values()}  # counted as answered everywhere
        assert shown_level == "尚待评估" and 0 < done < total
    else:
        assert done == total and shown_level != "尚待评估"
