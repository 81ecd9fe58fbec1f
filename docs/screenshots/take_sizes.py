"""Screenshots of every main window at the size of the X screen, in one language.

    Xvfb :98 -screen 0 1024x700x24 &
    DISPLAY=:98 LEGALCHECK_SHOT_LANG=en .venv/bin/python docs/screenshots/take_sizes.py

Each picture is the whole screen, so a window or dialog that does not fit shows as cut at the edge.
Writes sizes/<lang>-<width>x<height>-<view>.png: start, wizard, questionnaire, article, dashboard,
actions and report-dialog, from copies of the shipped examples.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from take_screenshots import ROOT, settle  # noqa: E402

from checklist.loader import load_guide  # noqa: E402
from checklist.model import Answer  # noqa: E402
from ui.app import App  # noqa: E402
from ui.shared import i18n  # noqa: E402
from ui.shared.fonts import ensure_cjk_font  # noqa: E402
from ui.shared.settings import AppSettings  # noqa: E402
from ui.shared.theme import apply_style  # noqa: E402

OUT = Path(os.environ.get("LEGALCHECK_SHOT_DIR", HERE / "sizes"))


def shoot(qapp: QApplication, name: str) -> None:
    settle(qapp, 30)
    screen = qapp.primaryScreen()
    size = screen.size()
    path = OUT / f"{i18n.lang()}-{size.width()}x{size.height()}-{name}.png"
    screen.grabWindow(0).save(str(path))
    print("wrote", path)


def fill_screen(widget: QWidget, qapp: QApplication) -> None:
    """What a maximised window gets: the screen (there is no window manager to maximise it)."""
    widget.setGeometry(qapp.primaryScreen().availableGeometry())
    widget.show()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="legalcheck-sizes-"))
    os.environ["XDG_DATA_HOME"] = str(work / "data")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    QStandardPaths.setTestModeEnabled(True)
    qapp = QApplication(sys.argv[:1])
    i18n.install(qapp, os.environ.get("LEGALCHECK_SHOT_LANG", "zh"))
    apply_style(qapp)
    fonts = ensure_cjk_font(qapp)
    app = App(qapp, AppSettings(), fonts, ROOT / "guide_content", ROOT / "examples")
    guide = load_guide(ROOT / "guide_content")
    examples = sorted(app.examples(), key=lambda p: "drug" not in p.stem)
    files = [Path(shutil.copyfile(p, work / p.name)) for p in examples]
    for path in reversed(files):  # the recent list of the start page
        app.open_path(path).close()
    settle(qapp)

    start = app.show_start()
    fill_screen(start, qapp)
    shoot(qapp, "start")

    from ui.company.wizard import NewAssessmentWizard

    wizard = NewAssessmentWizard(guide, "王敏", "王敏", str(work), start)
    wizard.company.name.setText("杭州示例细胞治疗技术有限公司")
    wizard.company.uscc.setText("91330114MA2J8K3L5W")
    wizard.company.region.setText("浙江省杭州市钱塘区")
    wizard.show()
    wizard.next()
    for fact in ("mah", "cro"):
        wizard.types.boxes[fact].setChecked(True)
    shoot(qapp, "wizard")
    wizard.reject()
    start.hide()

    window = app.open_path(files[0])
    fill_screen(window, qapp)
    session = window.session
    gap = next(q for q in session.questions
               if session.answer(q) is Answer.PARTIAL and session.record(q).note and not session.action(q).empty)
    window.show_question(gap)
    window.page.focus_answers()
    shoot(qapp, "questionnaire")
    window.show_overview(guide.questions[gap].article_id)
    shoot(qapp, "article")
    window.show_view(1)
    window.dashboard.chapter_view.clearSelection()
    shoot(qapp, "dashboard")
    window.show_view(0)

    from ui.actions.register_window import ActionRegisterWindow

    window.open_action_register()
    register = window.findChild(ActionRegisterWindow)
    shoot(qapp, "actions")
    register.close()

    from ui.report.report_dialog import ReportDialog

    window.open_report()
    dialog = window.findChild(ReportDialog)
    shoot(qapp, "report-dialog")
    dialog.close()
    window.close()
    app.quit()


if __name__ == "__main__":
    main()
