"""What surviving a power cut costs per answer: ``PRAGMA synchronous`` FULL against EXTRA.

    .venv/bin/python bench/bench_durability.py [FOLDER] [--answers N]

Gives N answers (300 by default) through ``AssessmentFile.set_answer`` — one transaction each, as a key press
does — to a file over the bundled guide with each setting, in alternating rounds of 25 so that both see the
same disk at the same moments, and prints the median and 95th percentile of one answer, with the ratio against
FULL (the setting before EXTRA, and the floor: EXTRA does everything FULL does, then syncs the folder).

FOLDER is where the files are written (a temporary folder by default): the cost is the disk's, so measure on
the kind of disk users keep their files on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checklist import store  # noqa: E402
from checklist.loader import load_guide  # noqa: E402
from checklist.model import Answer  # noqa: E402
from checklist.profile import CompanyProfile  # noqa: E402

MODES = ("FULL", "EXTRA")  # FULL first: the floor the others are compared with
LEVELS = {"FULL": 2, "EXTRA": 3}
ROUND = 25


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--answers", type=int, default=300)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="legalcheck-durability-", dir=args.folder))
    try:
        guide = load_guide(ROOT / "guide_content")
        profile = CompanyProfile(name="杭州示例生物医药有限公司", uscc="91330114MA2J8K3L5W",
                                 facts=frozenset(guide.facts), assessment_date=dt.date(2026, 11, 28))
        files = {}
        for mode in MODES:
            store.file.SYNCHRONOUS = mode  # read by every connection the store opens
            path = work / f"{mode}.lhc"
            store.AssessmentFile.create(path, guide, profile, "bench").close()
            files[mode] = store.AssessmentFile.open(path, "bench")
            level = files[mode]._conn.execute("PRAGMA synchronous").fetchone()[0]
            assert level == LEVELS[mode], (mode, level)
        questions = sorted(guide.questions)
        choices = [Answer.COMPLIANT, Answer.PARTIAL, Answer.NON_COMPLIANT, Answer.UNSURE]
        rng = random.Random(7)
        samples: dict[str, list[float]] = {mode: [] for mode in MODES}
        given = 0
        while given < args.answers:
            n = min(ROUND, args.answers - given)
            for mode in MODES:
                f = files[mode]
                for k in range(n):
                    qid = questions[(given + k) % len(questions)]
                    answer = rng.choice(choices)
                    start = time.perf_counter()
                    f.set_answer(qid, answer)
                    samples[mode].append((time.perf_counter() - start) * 1000)
            given += n
        for f in files.values():
            f.close()

        print(f"{args.answers} answers per setting, {len(questions)} questions; SQLite {sqlite3.sqlite_version}, "
              f"Python {platform.python_version()}, {platform.system()} {platform.release()}; files in {work.parent}"
              f" ({os.cpu_count()} CPUs)")
        floor_median, floor_p95 = statistics.median(samples["FULL"]), p95(samples["FULL"])
        for mode in MODES:
            median, high = statistics.median(samples[mode]), p95(samples[mode])
            print(f"synchronous = {mode:5}  median {median:7.2f} ms ({median / floor_median:4.2f}× FULL)   "
                  f"p95 {high:7.2f} ms ({high / floor_p95:4.2f}× FULL)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
