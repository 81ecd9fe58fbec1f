"""Each rule is written once, and everything that shows it follows: a level's colour or a severity
threshold changed in one line reaches the app, the report and the command line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from checklist.conditions import holds, parse
from checklist.explain import explain
from checklist.loader import load_guide
from checklist.scoring import score
from guide_content import bundled_guide_dir
from tests.helpers import ROOT, run_cli


def test_not_holds_exactly_when_its_term_does_not():
    problems: list = []
    condition = parse({"all": [{"not": "rnd_startup"}, {"any": ["mah", "cdmo"]}]}, None,
                      lambda *args: problems.append(args))
    assert problems == []
    assert holds(condition, frozenset({"mah"}))
    assert not holds(condition, frozenset({"mah", "rnd_startup"}))
    assert not holds(condition, frozenset())
    assert holds(parse({"not": "mah"}, None, lambda *a: None), frozenset())


def test_every_explanation_states_the_severity_the_score_uses():
    guide = load_guide(bundled_guide_dir())
    s = score(guide, frozenset(guide.facts), {})
    for item in guide.items.values():
        e = explain(guide, s, item.id)
        assert e.severity == item.severity == s.items[item.id].severity
        assert e.severity_label == guide.scoring.severity_name(item.severity).zh
        rule = guide.scoring.severity_rule(item.penalty, item.criminal)
        assert rule.value == item.severity
        assert e.severity_reason.startswith("可能承担刑事责任") == ("criminal" in rule.met_by(item.penalty, item.criminal))


def test_score_speaks_english_when_asked():
    result = run_cli("--lang", "en", "score", str(ROOT / "examples" / "drug-manufacturer.lhc"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1].startswith("Health index ") and "Overall level " in lines[1]
    assert lines[2].startswith("Answered ") and "Major risk" in lines[2] and "To verify" in lines[2]
    assert "整体等级" not in result.stdout and "健康指数" not in result.stdout


PROBE = r'''
import sys, datetime as dt
from pathlib import Path
from PySide6.QtWidgets import QApplication
from checklist.loader import load_guide
from checklist.model import Answer
from checklist.profile import CompanyProfile
from checklist.store import AssessmentFile
from checklist.vocabulary import Mark
from reports.html import render_html
from reports.model import build_report
from reports.options import ReportOptions
from ui.shared.theme import mark_icon

guide = load_guide(Path("guide_content"))
profile = CompanyProfile(name="示例", uscc="91330100MA2H0A1B0X", facts=frozenset({"mah"}))
path = Path(sys.argv[1])
with AssessmentFile.create(path, guide, profile, "测试") as f:
    for q in f.guide.ordered_questions():
        f.set_answer(q.id, Answer.COMPLIANT)
    q = next(q for q in f.guide.ordered_questions() if f.assessment.score().question_mark(q.id) is not Mark.NA
             and any(guide.items[i].severity == 3 for i in guide.items_for_question(q.id)))
    f.set_answer(q.id, Answer.PARTIAL)  # severity 3 x exposure 0.5 = 1.5: yellow, unless yellow starts higher
    s = f.assessment.score()
    html = render_html(build_report(f.assessment), ReportOptions())
app = QApplication([])
image = mark_icon(Mark.RED, 16).pixmap(16, 16).toImage()
print("question", s.question_mark(q.id).value)
print("report-colour", "#123456" in html.upper() or "#123456" in html)
print("icon", image.pixelColor(8, 8).name())
'''


def test_a_colour_and_a_threshold_are_each_one_line_that_every_view_follows(tmp_path: Path):
    copy = tmp_path / "src"
    for part in ("checklist", "ui", "reports", "cli", "guide_content"):
        shutil.copytree(ROOT / part, copy / part, ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
    vocabulary = copy / "checklist" / "vocabulary.py"
    text = vocabulary.read_text(encoding="utf-8")
    assert text.count('"#B42318"') == 1  # the red fill is written once
    vocabulary.write_text(text.replace('"#B42318"', '"#123456"'), encoding="utf-8")
    scoring = copy / "guide_content" / "scoring.yaml"
    text = scoring.read_text(encoding="utf-8")
    assert text.count("  yellow: 0.5\n") == 1  # the yellow threshold is written once
    scoring.write_text(text.replace("  yellow: 0.5\n", "  yellow: 2\n"), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(copy), "QT_QPA_PLATFORM": "offscreen"}
    lhc = tmp_path / "a.lhc"
    probe = subprocess.run([sys.executable, "-c", PROBE, str(lhc)], cwd=copy, env=env, capture_output=True,
                           text=True, timeout=120)
    assert probe.returncode == 0, probe.stderr
    assert "question green" in probe.stdout  # the domain (and so the app's navigator) uses the new threshold
    assert "report-colour True" in probe.stdout  # the report's badges take the new colour
    assert "icon #123456" in probe.stdout  # the app's painted mark too
    cli = subprocess.run([sys.executable, "-m", "cli", "score", str(lhc)], cwd=copy, env=env,
                         capture_output=True, text=True, timeout=60)
    assert cli.returncode == 0, cli.stderr
    assert "一般风险 0" in cli.stdout  # the command line no longer counts the item as yellow
