"""A process killed at any instant leaves a file that opens with a prefix of what it wrote."""

import os
import random
import shutil
import signal
import subprocess
import sys
import time

from checklist.model import Answer
from checklist.store import AssessmentFile
from tests.helpers import ROOT
from tests.test_store import PROFILE

KILLS = 50
ANSWERS = [Answer.COMPLIANT, Answer.PARTIAL, Answer.NON_COMPLIANT, Answer.UNSURE]

# Writes (question, answer, note) number 0, 1, 2, … and prints each number once it is committed.
WRITER = """
import sys
from checklist.model import Answer
from checklist.store import AssessmentFile
answers = [Answer.COMPLIANT, Answer.PARTIAL, Answer.NON_COMPLIANT, Answer.UNSURE]
f = AssessmentFile.open(sys.argv[1], "写入进程")
questions = sorted(f.guide.questions)
print("ready", flush=True)
for i in range(100000):
    q = questions[i % len(questions)]
    if i % 2:
        f.set_note(q, f"第{i}次修改")
    else:
        f.set_answer(q, answers[(i // 2) % 4])
    print(i, flush=True)
"""


def expected_after(writes: int, questions: list[str]) -> dict[str, tuple]:
    state: dict[str, list] = {}
    for i in range(writes):
        q = questions[i % len(questions)]
        entry = state.setdefault(q, [None, ""])
        if i % 2:
            entry[1] = f"第{i}次修改"
        else:
            entry[0] = ANSWERS[(i // 2) % 4]
    return {q: tuple(v) for q, v in state.items()}


def test_sigkill_at_random_moments_never_loses_a_committed_answer(tmp_path, sample_guide):
    template = tmp_path / "template.lhc"
    AssessmentFile.create(template, sample_guide, PROFILE, "王敏").close()
    questions = sorted(sample_guide.questions)
    rng = random.Random(20261128)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for attempt in range(KILLS):
        path = tmp_path / f"kill-{attempt}.lhc"
        shutil.copy(template, path)
        with subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True,
                              env=env, cwd=ROOT) as child:
            assert child.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0, 0.12))
            child.send_signal(signal.SIGKILL)
            acknowledged = [int(line) for line in child.stdout.read().split()]
        confirmed = (acknowledged[-1] + 1) if acknowledged else 0

        with AssessmentFile.open(path, "检查") as f:
            found = {q: (r.answer, r.note) for q, r in f.assessment.records.items()}
        # the file holds exactly the first n writes, with every confirmed write among them
        candidates = [n for n in (confirmed, confirmed + 1) if expected_after(n, questions) == found]
        assert candidates, f"attempt {attempt}: file is not a prefix of the writes (confirmed {confirmed})"
