"""The desktop app: start-up, its windows, and opening, creating and closing assessment files.

Start-up shows the start page first and loads nothing else: the domain modules and the
guide load when a file is opened or created, the report layer when a report is rendered.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from checklist.vocabulary import login_name

from .shared import errors, i18n
from .shared.fonts import FontStatus, ensure_cjk_font
from .shared.paths import example_copies_folder, start_folder
from .shared.requests import Requests
from .shared.settings import ASSESSOR, FIRM_NAME, LANGUAGE, LAST_FOLDER, AppSettings
from .shared.theme import apply_style
from .start.start_page import StartWindow

if TYPE_CHECKING:
    from checklist.library import Entry, GuideLibrary
    from checklist.model import Guide
    from checklist.store import AssessmentFile

    from .assessment.main_window import AssessmentWindow
    from .session.session import Session

APP_ROOT = Path(__file__).resolve().parent.parent
EXAMPLES_DIR = APP_ROOT / "examples"
QUIT_WHEN_SHOWN = "LEGALCHECK_QUIT_WHEN_SHOWN"  # start-up benchmark: leave once the first window is up
SUMMARY_DELAY_MS = 1500  # the start page's cached summary follows changes after this pause


def bring_to_front(window: QWidget) -> None:
    window.show()
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # they cannot raise windows
        window.raise_()
    window.activateWindow()


class App(QObject):
    def __init__(self, qapp: QApplication, settings: AppSettings, font_status: FontStatus,
                 guide_dir: Path | None = None, examples_dir: Path = EXAMPLES_DIR) -> None:
        super().__init__()
        self.qapp = qapp
        self.settings = settings
        self.font_status = font_status
        self.guide_dir = guide_dir
        self.examples_dir = examples_dir
        self.windows: dict[str, AssessmentWindow] = {}
        self.start: StartWindow | None = None
        self._library: GuideLibrary | None = None
        self._entries: list[Entry] | None = None
        self._quitting = False

    def user(self) -> str:
        return self.settings.get(ASSESSOR) or login_name()

    # -- the start page

    def connect(self, requests: Requests) -> None:
        """Do what a window asks for."""
        requests.new.connect(self.new_assessment)
        requests.open.connect(self.open_dialog)
        requests.open_path.connect(lambda path, parent: self.open_path(Path(path), parent))
        requests.open_example.connect(lambda path, parent: self.open_example(Path(path), parent))
        requests.start.connect(self.show_start)
        requests.settings.connect(self.show_settings)
        requests.scoring_help.connect(self.show_scoring_help)
        requests.about.connect(self.show_about)
        requests.guides.connect(self.show_guides)
        requests.quit.connect(self.quit)

    def show_start(self) -> StartWindow:
        if self.start is None:
            self.start = StartWindow(self.settings, self.examples(), self.font_status.ok)
            self.connect(self.start.requests)
            self.start.closed.connect(self.start_closed)
        else:
            self.start.reload()
        bring_to_front(self.start)
        return self.start

    def start_closed(self, window: StartWindow) -> None:
        if self.start is window:
            self.start = None

    def _hide_start(self) -> None:
        if self.start is not None:
            self.start.close()

    # -- examples

    def examples(self) -> list[Path]:
        try:
            return sorted(p for p in self.examples_dir.glob("*.lhc") if p.is_file())
        except OSError:
            return []

    def open_example(self, example: Path, parent: QWidget | None = None) -> AssessmentWindow | None:
        """Examples open as a copy, so trying things out never changes the shipped file."""
        folder = example_copies_folder()
        copy = folder / example.name
        if str(copy.resolve()) in self.windows:
            return self.open_path(copy, parent)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(example, copy)
        except OSError as exc:
            errors.cannot_open(parent, str(example), self.tr("无法复制示例文件：{detail}。").format(
                detail=exc.strerror or exc))
            return None
        return self.open_path(copy, parent)

    # -- opening and creating

    def open_dialog(self, parent: QWidget | None = None) -> AssessmentWindow | None:
        path, _ = QFileDialog.getOpenFileName(parent, self.tr("打开体检文件"), str(start_folder(self.settings)),
                                              self.tr("体检文件 (*.lhc);;所有文件 (*)"))
        return self.open_path(Path(path), parent) if path else None

    def open_path(self, path: Path, parent: QWidget | None = None) -> AssessmentWindow | None:
        key = str(path.resolve())
        window = self.windows.get(key)
        if window is not None:  # already open here: a second open would only get a read-only copy
            bring_to_front(window)
            self._hide_start()
            return window
        from checklist.store import AssessmentFile, StoreError

        try:
            file = AssessmentFile.open(path, self.user())
        except StoreError as exc:
            errors.cannot_open(parent, str(path), i18n.text(exc.message))
            return None
        if path.parent.resolve() != example_copies_folder().resolve():  # a copy of an example is no place to go back to
            self.settings.set(LAST_FOLDER, str(path.parent))
        return self.adopt(file)

    def adopt(self, file: AssessmentFile, question_id: str = "") -> AssessmentWindow:
        """Give an open file its window."""
        from .session.session import Session

        session = Session(file, self)
        # The start page's cached summary follows changes after a pause; the timer goes with the session.
        timer = QTimer(session)
        timer.setSingleShot(True)
        timer.setInterval(SUMMARY_DELAY_MS)
        timer.timeout.connect(lambda: self.remember(session))
        session.scoreChanged.connect(timer.start)
        return self._window(session, question_id)

    def _window(self, session: Session, question_id: str = "", view: int = 0) -> AssessmentWindow:
        from .assessment.main_window import AssessmentWindow

        window = AssessmentWindow(self.settings, session, question_id)
        self.connect(window.requests)
        newer = self.newer_guide_for(session.guide)
        if newer is not None and not session.read_only:
            window.offer_move(newer)
        key = str(session.file.path.resolve())
        self.windows[key] = window
        window.closed.connect(self._window_closed)
        if view:
            window.show_view(view)
        window.show()
        self.remember(session)
        self._hide_start()
        return window

    def remember(self, session: Session) -> None:
        """Cache what the start page shows for this file."""
        self.settings.remember(session.summary())

    def _window_closed(self, window: AssessmentWindow) -> None:
        key = next((k for k, w in self.windows.items() if w is window), None)
        if key is None:
            return
        del self.windows[key]
        if window.keep_session:  # rebuilt around the same session (language switch)
            return
        self.remember(window.session)
        window.session.close()
        window.session.deleteLater()
        if not self.windows and not self._quitting:
            self.show_start()

    # -- guides

    @property
    def library(self) -> GuideLibrary:
        """The guides on this machine; loaded when first needed (never at start-up)."""
        if self._library is None:
            from checklist.library import GuideLibrary

            self._library = GuideLibrary(bundled=self.guide_dir)
        return self._library

    def guide_entries(self, parent: QWidget | None = None) -> list[Entry] | None:
        """Every usable guide, or None (after saying why) when even the bundled one cannot be read."""
        from checklist.loader import GuideError
        from checklist.package import SignatureState

        if self._entries is None:
            try:
                self._entries = [e for e in self.library.entries() if e.state is not SignatureState.TAMPERED]
            except GuideError as exc:
                errors.guide_problems(parent, len([p for p in exc.problems if not p.warning]),
                                      str(self.library.bundled_dir))
                return None
            except OSError as exc:
                errors.tell(parent, self.tr("指引无法使用"), self.tr("无法读取指引文件夹 {folder}：{detail}。").format(
                    folder=self.library.bundled_dir, detail=exc.strerror or exc))
                return None
        return self._entries

    def load_guide(self, parent: QWidget | None = None) -> Guide | None:
        """The bundled guide."""
        entries = self.guide_entries(parent)
        return next((e.guide for e in entries if e.bundled), None) if entries else None

    def newer_guide_for(self, guide: Guide) -> Guide | None:
        """The newest guide here with ``guide``'s id, when it is a later version."""
        from checklist.loader import version_key

        entries = self.guide_entries() or []
        same = [e.guide for e in entries if e.guide.meta.id == guide.meta.id]
        newest = max(same, key=lambda g: version_key(g.meta.version), default=None)
        if newest is None or version_key(newest.meta.version) <= version_key(guide.meta.version):
            return None
        return newest

    def choose_guide(self, parent: QWidget | None = None) -> Guide | None:
        """The guide a new assessment uses: asked for only when there is more than one."""
        entries = self.guide_entries(parent)
        if not entries:
            return None
        if len(entries) == 1:
            return entries[0].guide
        from .guides.choice import GuideChoice

        dialog = GuideChoice(entries, parent)
        chosen = dialog.chosen() if dialog.exec() else None
        dialog.deleteLater()
        return chosen

    def show_guides(self, parent: QWidget | None = None) -> None:
        from .guides.manager import GuideManager

        manager = GuideManager(self.library, parent)
        manager.finished.connect(self._guides_changed)
        manager.show()

    def _guides_changed(self) -> None:
        self._entries = None  # installed or removed: read again when next needed

    def new_assessment(self, parent: QWidget | None = None) -> AssessmentWindow | None:
        guide = self.choose_guide(parent)
        if guide is None:
            return None
        from .company.wizard import NewAssessmentWizard

        wizard = NewAssessmentWizard(guide, self.user(), self.settings.get(ASSESSOR), self.settings.get(LAST_FOLDER),
                                     parent, firm=self.settings.get(FIRM_NAME))
        accepted = wizard.exec()
        file = wizard.created_file()
        wizard.deleteLater()
        if not accepted or file is None:
            return None
        self.settings.set(LAST_FOLDER, str(file.path.parent))
        return self.adopt(file)

    # -- settings and language

    def show_settings(self, parent: QWidget | None = None) -> None:
        from .preferences.settings_dialog import SettingsDialog

        before = i18n.lang()
        dialog = SettingsDialog(self.settings, parent)
        if dialog.exec() and dialog.chosen_language() != before:
            self.set_language(dialog.chosen_language())

    def set_language(self, lang: str) -> None:
        """Switch language: windows are rebuilt around the same open files and undo history."""
        self.settings.set(LANGUAGE, lang)
        i18n.install(self.qapp, lang)
        for window in list(self.windows.values()):
            session, question, view = window.session, window.question_id, window.views.currentIndex()
            geometry = window.saveGeometry()
            window.keep_session = True
            window.close()
            fresh = self._window(session, question, view)
            fresh.restoreGeometry(geometry)
        if self.start is not None:
            start = self.start
            self.start = None
            start.close()
            if not self.windows:
                self.show_start()

    # -- help

    def show_scoring_help(self, parent: QWidget | None = None) -> None:
        """How the index is computed, written from the parameters of the guide in use."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

        from .help.scoring_help import scoring_help_html

        session = getattr(parent, "session", None)  # an assessment window scores with its own guide
        guide = session.guide if session is not None else self.load_guide(parent)
        if guide is None:
            return
        dialog = QDialog(parent)
        dialog.setWindowTitle(self.tr("评分方法"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        text = QTextBrowser()
        text.setAccessibleName(self.tr("评分方法"))
        text.setHtml(scoring_help_html(guide))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.close)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.resize(760, 640)
        dialog.show()

    def show_about(self, parent: QWidget | None = None) -> None:
        QMessageBox.about(parent, self.tr("关于风控法务体检"), self.tr(
            "风控法务体检：生物医药企业法律风险自查与法治体检报告。\n"
            "体检结果供企业自查参考，不构成法律意见。"))

    def close_all(self) -> None:
        """Close every window: typed text is written, files are closed, summaries cached."""
        self._quitting = True
        for window in list(self.windows.values()):
            window.close()
        if self.start is not None:
            self.start.close()
        self.settings.sync()

    def quit(self) -> None:
        self.close_all()
        self.qapp.quit()


def _quit_when_shown(qapp: QApplication, started: float) -> None:
    """For the start-up benchmark: report the time to the first painted window and leave."""

    def done() -> None:
        print(f"first-window-ms {(time.perf_counter() - started) * 1000:.1f}", flush=True)
        qapp.quit()

    QTimer.singleShot(0, done)


def run(file: str | None = None, guide_dir: str | None = None) -> int:
    started = time.perf_counter()
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setOrganizationName("legalcheck")
    qapp.setApplicationName("legalcheck")
    settings = AppSettings()
    i18n.install(qapp, settings.get(LANGUAGE))
    qapp.setApplicationDisplayName(QApplication.translate("App", "风控法务体检"))  # once the language is set
    apply_style(qapp)
    font_status = ensure_cjk_font(qapp)
    app = App(qapp, settings, font_status, Path(guide_dir) if guide_dir else None)
    qapp.aboutToQuit.connect(app.close_all)  # also when the session ends without the Quit command
    if not file or app.open_path(Path(file)) is None:
        app.show_start()  # also when the file could not be opened: the user picks another
    if os.environ.get(QUIT_WHEN_SHOWN):
        _quit_when_shown(qapp, started)
    return qapp.exec()
