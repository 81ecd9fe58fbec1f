"""How long the window takes to follow one answer, against one 60 Hz frame (16.7 ms).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_answer.py [GUIDE_DIR]

Opens an assessment over the whole guide (every profile fact set, so every question
applies) in the real window and gives answers one after another, as keys 1–5 do. Prints
medians and 95th percentiles of:

* rescore: the domain's scoring of the whole assessment, once per answer;
* refresh: rescoring the guide and updating every view (navigator, question page,
  legal reference, dashboard, summary strip) — the work done per answer besides the disk;
* refresh + paint: the same, plus painting the window;
* answer: the whole key press, including the SQLite transaction with a full sync to disk.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from checklist.loader import load_guide  # noqa: E402
from checklist.model import Answer  # noqa: E402
from checklist.profile import CompanyProfile  # noqa: E402
from checklist.store import AssessmentFile  # noqa: E402

FRAME_MS = 1000 / 60
RUNS = 120


def stats(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    return f"median {statistics.median(samples):6.2f} ms   p95 {p95:6.2f} ms   ({statistics.median(samples) / FRAME_MS:.0%} of a frame)"


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "guide_content"
    work = Path(tempfile.mkdtemp(prefix="legalcheck-bench-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    QStandardPaths.setTestModeEnabled(True)
    qapp = QApplication(sys.argv[:1])
    from ui.app import App
    from ui.shared import i18n
    from ui.shared.fonts import ensure_cjk_font
    from ui.shared.settings import AppSettings
    from ui.shared.theme import apply_style

    i18n.install(qapp, "zh")
    apply_style(qapp)
    app = App(qapp, AppSettings(), ensure_cjk_font(qapp), folder, work)
    guide = load_guide(folder)
    profile = CompanyProfile(name="杭州示例生物医药有限公司", uscc="91330114MA2J8K3L5W", facts=frozenset(guide.facts),
                             assessment_date=dt.date(2026, 11, 28))
    path = work / "bench.lhc"
    AssessmentFile.create(path, guide, profile, "bench").close()
    window = app.open_path(path)
    assert window is not None
    window.resize(1440, 900)
    window.show()
    qapp.processEvents()
    session = window.session
    rng = random.Random(7)
    choices = [Answer.COMPLIANT, Answer.PARTIAL, Answer.NON_COMPLIANT, Answer.UNSURE]

    rescore, refresh, painted, answer = [], [], [], []
    for n in range(RUNS):
        qid = session.questions[n % len(session.questions)]
        window.show_question(qid)
        qapp.processEvents()
        session.file.set_answer(qid, rng.choice(choices))
        start = time.perf_counter()
        session.assessment.score()
        rescore.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        session.refresh(qid)
        refresh.append((time.perf_counter() - start) * 1000)
        qapp.processEvents()
        painted.append((time.perf_counter() - start) * 1000)

        start = time.perf_counter()
        window.page.choose(rng.choice(choices))  # what keys 1–5 do: write, rescore, refresh, move on
        qapp.processEvents()
        answer.append((time.perf_counter() - start) * 1000)

    print(f"guide: {guide.meta.title} {guide.meta.version}: {len(session.questions)} questions apply, "
          f"{len(guide.items)} items; platform {qapp.platformName()}")
    print(f"rescore only (domain):  {stats(rescore)}")
    print(f"refresh all views:      {stats(refresh)}")
    print(f"refresh + paint:        {stats(painted)}")
    print(f"answer incl. disk sync: {stats(answer)}")
    window.close()
    app.quit()


if __name__ == "__main__":
    main()
