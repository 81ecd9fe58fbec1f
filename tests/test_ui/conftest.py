"""Fixtures for the desktop app's tests: isolated settings, dialogs that never block, a small guide."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, QStandardPaths
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from checklist.profile import CompanyProfile
from checklist.store import AssessmentFile
from tests.helpers import SAMPLE_GUIDE
from ui.app import App
from ui.session.session import Session
from ui.shared import errors, i18n
from ui.shared.fonts import FontStatus
from ui.shared.settings import AppSettings
from ui.shared.theme import apply_style

USCC = "91330100MA2H0A1B0X"  # a valid 统一社会信用代码 (GB 32100 check character X)


@dataclass
class Told:
    """What the app would have shown in modal message boxes and the system viewer."""

    messages: list[tuple[str, str, str]] = field(default_factory=list)
    opened: list[str] = field(default_factory=list)


@pytest.fixture(scope="session", autouse=True)
def styled(qapp: QApplication) -> None:
    apply_style(qapp)  # once, as the app does at start-up


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: QApplication):
    """Every test gets its own settings file and standard folders, and starts in Chinese."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QStandardPaths.setTestModeEnabled(True)
    i18n.install(qapp, "zh")
    yield tmp_path / "settings"
    i18n.install(qapp, "zh")


@pytest.fixture(autouse=True)
def fresh_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user profile with nothing in it yet: no documents folder, no user-dirs settings."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return home


@pytest.fixture(autouse=True)
def told(monkeypatch: pytest.MonkeyPatch) -> Told:
    """Modal dialogs never block: messages are recorded, file choosers must be set by the test."""
    record = Told()

    def tell(parent, title, message, advice=""):  # noqa: ANN001, ARG001
        record.messages.append((title, message, advice))

    monkeypatch.setattr(errors, "tell", tell)
    monkeypatch.setattr(QMessageBox, "about", lambda *args: record.messages.append(("about", "", "")))

    def no_chooser(*args, **kwargs):  # noqa: ANN002, ANN003
        raise AssertionError("a file chooser opened without the test choosing a file")

    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, no_chooser)
    monkeypatch.setattr(QDialog, "exec", lambda self: pytest.fail(f"modal {type(self).__name__} would block"))

    def open_url(url) -> bool:  # noqa: ANN001
        record.opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return record


@pytest.fixture(autouse=True)
def no_leftover_windows(qapp: QApplication):
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # windows closed are deleted now
    leftovers = [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not leftovers, f"windows left open: {leftovers}"


@pytest.fixture
def app(qapp: QApplication, tmp_path: Path) -> App:
    examples = tmp_path / "examples"
    examples.mkdir()
    controller = App(qapp, AppSettings(), FontStatus("Noto Sans CJK SC"), SAMPLE_GUIDE, examples)
    yield controller
    controller.close_all()
    QApplication.processEvents()


def make_profile(guide, facts: frozenset[str] | None = None) -> CompanyProfile:  # noqa: ANN001
    return CompanyProfile(name="杭州示例生物医药有限公司", uscc=USCC,
                          facts=frozenset(guide.facts) if facts is None else facts,
                          assessor="王敏", assessment_date=dt.date(2026, 11, 28), period="2026年度")


@pytest.fixture
def lhc(tmp_path: Path, sample_guide) -> Path:  # noqa: ANN001
    """A new assessment file over the sample guide, every profile fact set, closed again."""
    path = tmp_path / "示例.lhc"
    AssessmentFile.create(path, sample_guide, make_profile(sample_guide), "王敏").close()
    return path


@pytest.fixture
def session(lhc: Path, qapp: QApplication):
    """The sample assessment in a session without a window."""
    s = Session(AssessmentFile.open(lhc, "王敏"))
    yield s
    s.close()


@pytest.fixture
def window(app: App, lhc: Path, qtbot):  # noqa: ANN001
    win = app.open_path(lhc)
    assert win is not None
    qtbot.waitExposed(win)
    return win


def type_text(widget, text: str) -> None:  # noqa: ANN001
    """Type ``text`` as an input method commits it: how Chinese reaches a widget."""
    from PySide6.QtGui import QInputMethodEvent

    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Qt warnings fail the app's tests, except what the headless platform says about itself."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(r"This plugin does not support"))
