"""Start-up stays light: the first window appears before the domain, the guide or the report layer load."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.helpers import ROOT
from ui.shared.fonts import FAMILIES, ensure_cjk_font

PROBE = """
import sys
from ui.app import run
code = run()
# the vocabulary (labels, marks) is all of the domain a first window may read
light = {'checklist', 'checklist.errors', 'checklist.vocabulary'}
heavy = sorted({m for m in sys.modules if m.split('.')[0] in {'weasyprint', 'reports', 'jinja2', 'checklist', 'yaml'}}
               - light)
print('loaded:', ','.join(heavy))
sys.exit(code)
"""


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
            "LEGALCHECK_QUIT_WHEN_SHOWN": "1", "PYTHONPATH": str(ROOT)}


def test_first_window_loads_neither_the_domain_beyond_its_words_nor_the_report_layer(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=_env(tmp_path), capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "first-window-ms" in result.stdout
    assert "loaded: \n" in result.stdout + "\n", result.stdout


def test_legalcheck_gui_opens_a_file_given_on_the_command_line(tmp_path: Path, lhc: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "cli", "gui", str(lhc)], cwd=ROOT, env=_env(tmp_path),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "first-window-ms" in result.stdout
    assert "Traceback" not in result.stderr


def test_the_gui_command_is_registered() -> None:
    from cli.main import build_parser

    args = build_parser().parse_args(["gui", "a.lhc", "--guide", "guide_dir"])
    assert (args.file, args.guide) == ("a.lhc", "guide_dir")
    assert args.run.__module__ == "cli.gui_cmd"


def test_a_cjk_font_is_found(qapp: QApplication) -> None:
    status = ensure_cjk_font(qapp)
    assert status.ok and status.family in FAMILIES
    assert status.family in qapp.font().families()


def test_a_font_file_is_loaded_when_the_system_has_no_cjk_family(qapp: QApplication, monkeypatch) -> None:  # noqa: ANN001
    import ui.shared.fonts as fonts

    noto = next(iter(fonts._candidate_files()), None)
    assert noto is not None, "the test machine has fonts-noto-cjk"
    monkeypatch.setattr(fonts.QFontDatabase, "families", staticmethod(lambda *args: ["DejaVu Sans"]))
    status = ensure_cjk_font(qapp)
    assert status.ok and status.loaded_from is not None


def test_no_cjk_font_at_all_is_reported(qapp: QApplication, monkeypatch) -> None:  # noqa: ANN001
    import ui.shared.fonts as fonts

    monkeypatch.setattr(fonts.QFontDatabase, "families", staticmethod(lambda *args: ["DejaVu Sans"]))
    monkeypatch.setattr(fonts, "_candidate_files", lambda: [])
    assert not ensure_cjk_font(qapp).ok


MANY_NONES = """
# PySide6 6.12 on Python 3.11 aborts here ("deallocating None"); pyproject.toml keeps it out.
from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

app = QApplication([])


class Model(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


class Emitter(QObject):
    said = Signal(str)


model, emitter = Model(), Emitter()
emitter.said.connect(lambda text: None)
index = model.index(0, 0)
for _ in range(200_000):  # an afternoon of answering asks this many times and more
    index.data()
    model.beginResetModel()
    model.endResetModel()
    emitter.said.emit("x")
print("alive")
"""


def test_long_sessions_do_not_exhaust_none_true_false(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", MANY_NONES], cwd=ROOT, env=_env(tmp_path), capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "alive" in result.stdout
