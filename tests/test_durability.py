"""A process killed at any instant leaves a file that opens with a prefix of what it wrote, every write it had
acknowledged among it; a read-only open (as ``score``, ``export`` and ``report`` do) never calls it damaged."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from checklist.model import Answer
from checklist.store import AssessmentFile
from tests.helpers import ROOT
from tests.test_store import PROFILE

KILLS = 50
ANSWERS = [Answer.COMPLIANT, Answer.PARTIAL, Answer.NON_COMPLIANT, Answer.UNSURE]

# Forks one writer per line read (the number of its first write): a fresh process that opens the file, says
# "ready", then writes (question, answer, note) number START, START + 1, … and prints each number once the call
# that made it has returned, that is once the store has acknowledged it. When the writer has died, says "dead".
# Forking a process that has already imported the store costs milliseconds where starting Python costs 0.3 s.
SERVER = """
import os, sys
from checklist.model import Answer
from checklist.store import AssessmentFile
answers = [Answer.COMPLIANT, Answer.PARTIAL, Answer.NON_COMPLIANT, Answer.UNSURE]
while line := sys.stdin.readline():
    pid = os.fork()
    if pid == 0:
        try:
            f = AssessmentFile.open(sys.argv[1], "写入进程")
            assert not f.read_only, f.read_only_reason
            questions = sorted(f.guide.questions)
            print("ready", os.getpid(), flush=True)
            for i in range(int(line), 10**6):
                q = questions[i % len(questions)]
                if i % 2:
                    f.set_note(q, f"第{i}次修改")
                else:
                    f.set_answer(q, answers[(i // 2) % 4])
                sys.stdout.write(f"{i}\\n")  # one write: a kill never leaves half a line
                sys.stdout.flush()
        finally:
            os._exit(1)
    os.waitpid(pid, 0)
    print("dead", flush=True)
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


def _beside(path: Path) -> dict[str, bytes]:
    """The file and whatever SQLite left beside it, byte for byte."""
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir())}


def test_sigkill_at_random_moments_never_loses_an_acknowledged_write(tmp_path, sample_guide):
    path = tmp_path / "kill.lhc"
    journal = f"{path.name}-journal"
    AssessmentFile.create(path, sample_guide, PROFILE, "王敏").close()
    questions = sorted(sample_guide.questions)
    rng = random.Random(20261128)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = 0  # the writes the file holds
    recovered = 0  # read-only opens that met a save the kill had interrupted
    with subprocess.Popen([sys.executable, "-c", SERVER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          text=True, env=env, cwd=ROOT) as server:
        for attempt in range(KILLS):
            # each writer goes on from what the file holds, so its editable open first repairs what the last kill left
            server.stdin.write(f"{done}\n")
            server.stdin.flush()
            line = server.stdout.readline()
            assert line.startswith("ready "), f"attempt {attempt}: the writer did not start ({line!r})"
            pid = int(line.split()[1])
            time.sleep(rng.uniform(0, 0.12))
            os.kill(pid, signal.SIGKILL)
            acknowledged = [int(line) for line in iter(server.stdout.readline, "dead\n")]
            confirmed = acknowledged[-1] + 1 if acknowledged else done

            left = _beside(path)
            with AssessmentFile.open(path, "检查", read_only=True) as f:  # as score, export and report: never "damaged"
                found = {q: (r.answer, r.note) for q, r in f.assessment.records.items()}
                if f.recovered:  # the kill fell inside a save: the journal it left was read into a private copy
                    assert left.get(journal), attempt
                    recovered += 1
            assert _beside(path) == left, f"attempt {attempt}: a read-only open changed the file"
            # the file holds exactly the first n writes, every acknowledged one among them
            candidates = [n for n in (confirmed, confirmed + 1) if expected_after(n, questions) == found]
            assert candidates, f"attempt {attempt}: file is not a prefix of the writes (acknowledged {confirmed})"
            done = candidates[0]
        server.stdin.close()

    with AssessmentFile.open(path, "检查") as f:  # an editable open repairs what the last kill left
        assert {q: (r.answer, r.note) for q, r in f.assessment.records.items()} == expected_after(done, questions)
    # beside it at most a journal SQLite ignores: one a kill cut short before its header was written, that is
    # before any page of the file was
    leftover = {p.name: p.read_bytes()[:8] for p in tmp_path.iterdir() if p != path}
    assert set(leftover) <= {journal} and not any(leftover.get(journal, b"")), leftover
    assert done > KILLS, "the writers were killed before they wrote anything"
    assert recovered, "no kill fell inside a save: nothing tried a read-only open of an interrupted save"
