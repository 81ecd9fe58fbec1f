"""Settings outlive the app: what is chosen is read back after a restart, under the key it was stored under."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from tests.helpers import ROOT
from ui.app import App
from ui.preferences.settings_dialog import SettingsDialog
from ui.shared import settings as settings_module
from ui.shared.settings import LANGUAGE, AppSettings, Setting

RESTART = """
from PySide6.QtWidgets import QApplication
from ui.app import run
from ui.shared import i18n
code = run()
print('language:', i18n.lang())
print('title:', QApplication.applicationDisplayName())
"""

SAMPLES = {str: "测试 value", bytes: b"\x01\x02layout"}


def _reread(settings: AppSettings, folder: Path) -> AppSettings:
    """The settings as a new process reads them: from a copy of the file, past this process's cache."""
    settings.sync()
    copy = folder / "copy.ini"
    shutil.copyfile(settings.store.fileName(), copy)
    return AppSettings(QSettings(str(copy), QSettings.Format.IniFormat))


def test_every_setting_reads_back_from_the_file_it_was_written_to(tmp_path: Path) -> None:
    declared = [v for v in vars(settings_module).values() if isinstance(v, Setting)]
    assert LANGUAGE in declared
    settings = AppSettings()
    for setting in declared:
        settings.set(setting, SAMPLES[setting.type])
    again = _reread(settings, tmp_path)
    assert {s.key: again.get(s) for s in declared} == {s.key: SAMPLES[s.type] for s in declared}


def test_a_language_stored_by_an_earlier_version_is_still_found(tmp_path: Path) -> None:
    old = tmp_path / "old.ini"
    old.write_text("[%General]\nlanguage=en\nassessor=王敏\n", encoding="utf-8")
    settings = AppSettings(QSettings(str(old), QSettings.Format.IniFormat))
    assert settings.get(LANGUAGE) == "en"
    settings.set(LANGUAGE, "zh")
    assert _reread(settings, tmp_path).get(LANGUAGE) == "zh"  # the new key wins once written


def test_english_chosen_in_the_preferences_is_the_language_after_a_restart(
        app: App, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch, qtbot) -> None:  # noqa: ANN001
    def choose_english_by_keys(dialog: SettingsDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.language.setFocus()
        qtbot.keyClick(dialog.language, Qt.Key.Key_End)  # English is the last language
        qtbot.keyClick(dialog.language, Qt.Key.Key_Return)  # the dialog's default button: OK
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", choose_english_by_keys)
    app.show_settings(app.show_start())
    assert app.settings.get(LANGUAGE) == "en"
    app.close_all()

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(isolated_settings),
           "LEGALCHECK_QUIT_WHEN_SHOWN": "1", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", RESTART], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert "language: en" in result.stdout
    assert "title: Legal Risk Health Check" in result.stdout
