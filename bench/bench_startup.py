"""Time to the first window: the app against a bare PySide6 window, in the same run.

    .venv/bin/python bench/bench_startup.py [--runs N]

Each start is a separate process, timed from launch until it exits right after its
first window is shown and painted (the app leaves when LEGALCHECK_QUIT_WHEN_SHOWN is
set; the bare window does the same). Runs alternate between the variants so a busy
machine weighs on all of them alike; the medians and the ratio to the bare window are
printed. The start page lists twelve recent assessments from the settings cache, as
after months of use; none of those files is opened at start-up. Uses the X display
when there is one (run under Xvfb for a real window), else Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("风控法务体检"))
window.resize(1080, 660)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def seed_settings(config: Path) -> None:
    """A recent list of twelve assessments, as the start page caches them."""
    folder = config / "legalcheck"
    folder.mkdir(parents=True, exist_ok=True)
    entries = [{"path": str(config / f"客户{n:02d}.lhc"), "company": f"杭州示例生物医药有限公司{n:02d}",
                "assessed": "2026-11-28", "index": 70.0 + n, "provisional": False, "level": "yellow",
                "answered": 161, "questions": 161} for n in range(12)]
    value = json.dumps(entries, ensure_ascii=False).replace("\\", "\\\\").replace('"', '\\"')
    (folder / "legalcheck.ini").write_text(f'[recent]\nentries="{value}"\n', encoding="utf-8")


def time_process(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = (time.perf_counter() - start) * 1000
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as config:
        seed_settings(Path(config))
        env = {**os.environ, "XDG_CONFIG_HOME": config, "LEGALCHECK_QUIT_WHEN_SHOWN": "1",
               "PYTHONPATH": str(ROOT)}
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        variants = {
            "bare PySide6 window": [sys.executable, "-c", BARE],
            "legalcheck gui": [str(VENV_BIN / "legalcheck"), "gui"],
            "python -m ui": [sys.executable, "-m", "ui"],
        }
        for command in variants.values():  # warm the file cache once
            time_process(command, env)
        samples: dict[str, list[float]] = {name: [] for name in variants}
        for _ in range(args.runs):
            for name, command in variants.items():
                samples[name].append(time_process(command, env))
    platform = env.get("QT_QPA_PLATFORM") or "xcb"
    bare = statistics.median(samples["bare PySide6 window"])
    print(f"time to first window, median of {args.runs} runs (platform {platform}):")
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"  {name:22s} {median:7.0f} ms   ratio {median / bare:.2f}x")


if __name__ == "__main__":
    main()
