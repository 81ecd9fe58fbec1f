"""How long rescoring the whole guide takes after one answer, against one 60 Hz frame.

    .venv/bin/python bench/bench_scoring.py [GUIDE_DIR]

Prints the median time of score() over the whole guide with every question answered
and its share of a 16.7 ms frame. The floor measured in the same run is a bare loop
over the same answers (building the answer dictionary), so the ratio shows what
scoring adds on this machine.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checklist.loader import load_guide  # noqa: E402
from checklist.model import Answer  # noqa: E402
from checklist.scoring import score  # noqa: E402

FRAME_MS = 1000 / 60


def median_ms(fn, runs: int = 200) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "guide_content"
    guide = load_guide(folder)
    rng = random.Random(1)
    facts = frozenset(guide.facts)  # every fact: the most questions apply
    answers = {q: rng.choice(list(Answer)) for q in guide.questions}
    questions = list(answers)

    def one_answer_then_rescore() -> None:
        q = rng.choice(questions)
        answers[q] = rng.choice(list(Answer))
        score(guide, facts, answers)

    def floor() -> None:
        q = rng.choice(questions)
        answers[q] = rng.choice(list(Answer))
        dict(answers)

    base = median_ms(floor)
    full = median_ms(one_answer_then_rescore)
    print(f"guide: {guide.meta.title} {guide.meta.version}: {len(guide.questions)} questions, {len(guide.items)} items")
    print(f"rescore after one answer: {full:.3f} ms (median of 200)")
    print(f"floor (copy the answers): {base:.4f} ms; ratio {full / base:.0f}x")
    print(f"share of a 60 Hz frame:   {full / FRAME_MS:.1%}")


if __name__ == "__main__":
    main()
