"""Where files go: a folder typed is a folder, the documents folder exists when needed, choosers open there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from checklist.store import AssessmentFile
from ui.app import App
from ui.company.wizard import NewAssessmentWizard
from ui.report.report_dialog import ReportDialog, default_pdf
from ui.shared.paths import documents_folder
from ui.shared.settings import LAST_FOLDER

from .conftest import USCC, make_profile, type_text


def _to_confirm_page(wizard: NewAssessmentWizard, qtbot) -> None:  # noqa: ANN001
    wizard.show()
    qtbot.waitExposed(wizard)
    type_text(wizard.company.name, "杭州示例生物医药有限公司")
    qtbot.keyClicks(wizard.company.uscc, USCC)
    wizard.next()
    wizard.types.boxes["mah"].setChecked(True)
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.confirm


def _type_path(wizard: NewAssessmentWizard, qtbot, text: str) -> None:  # noqa: ANN001
    path = wizard.confirm.path
    path.setFocus()
    path.selectAll()
    qtbot.keyClick(path, Qt.Key.Key_Backspace)
    type_text(path, text)


def test_the_default_folder_is_the_documents_folder_made_on_a_fresh_profile(sample_guide, fresh_home: Path,
                                                                             qtbot) -> None:  # noqa: ANN001
    assert not (fresh_home / "Documents").exists()
    wizard = NewAssessmentWizard(sample_guide, "王敏", "王敏", "")
    _to_confirm_page(wizard, qtbot)
    proposed = Path(wizard.confirm.path.text())
    assert proposed.parent == fresh_home / "Documents" and proposed.parent.is_dir()
    assert proposed.name.startswith("杭州示例生物医药有限公司-法治体检-") and proposed.suffix == ".lhc"
    assert wizard.confirm.isComplete() and wizard.confirm.problem.text() == ""
    wizard.close()


def test_a_typed_folder_gets_the_file_inside_it_with_the_default_name(sample_guide, tmp_path: Path,
                                                                     qtbot) -> None:  # noqa: ANN001
    folder = tmp_path / "体检文件"
    folder.mkdir()
    wizard = NewAssessmentWizard(sample_guide, "王敏", "王敏", "")
    _to_confirm_page(wizard, qtbot)
    default_name = Path(wizard.confirm.path.text()).name
    _type_path(wizard, qtbot, str(folder))  # an existing folder, no separator at the end
    assert wizard.confirm.target() == folder / default_name
    assert default_name in wizard.confirm.resolved.text()
    qtbot.keyClick(wizard.confirm.path, Qt.Key.Key_Return)  # Enter: 创建体检
    created = wizard.created_file()
    assert created is not None and created.path == folder / default_name
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".lhc") == []  # nothing named after the folder
    created.close()
    wizard.close()


def test_a_new_folder_written_with_a_separator_is_a_folder_and_a_taken_name_is_not_reused(
        sample_guide, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    wizard = NewAssessmentWizard(sample_guide, "王敏", "王敏", "")
    _to_confirm_page(wizard, qtbot)
    default_name = Path(wizard.confirm.path.text()).name
    _type_path(wizard, qtbot, str(tmp_path / "还没有的文件夹") + "/")
    assert wizard.confirm.target() == tmp_path / "还没有的文件夹" / default_name
    assert "不存在" in wizard.confirm.problem.text() and not wizard.confirm.isComplete()
    (tmp_path / "已有").mkdir()
    (tmp_path / "已有" / default_name).write_bytes(b"")
    _type_path(wizard, qtbot, str(tmp_path / "已有") + "/")
    assert wizard.confirm.target().name == default_name.replace(".lhc", "-2.lhc")  # the other file is left alone
    _type_path(wizard, qtbot, str(tmp_path / "已有" / default_name))  # named outright: refused, never overwritten
    assert "已存在" in wizard.confirm.problem.text() and not wizard.confirm.isComplete()
    wizard.close()


def test_file_choosers_start_in_documents_then_in_the_folder_last_used(app: App, fresh_home: Path, lhc: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[str] = []

    def chooser(_parent, _caption, folder="", _filter="", *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        started.append(folder)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", chooser)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", chooser)
    app.open_dialog()
    assert started[-1] == str(fresh_home / "Documents") and Path(started[-1]).is_dir()
    window = app.open_path(lhc)
    assert app.settings.get(LAST_FOLDER) == str(lhc.parent)
    app.open_dialog(window)
    window.page.evidence.choose()
    assert started[-2:] == [str(lhc.parent)] * 2
    app.settings.set(LAST_FOLDER, str(lhc.parent / "gone"))  # a folder since removed: documents again
    app.open_dialog(window)
    assert started[-1] == str(fresh_home / "Documents")


def test_a_report_of_an_example_copy_is_proposed_in_documents(app: App, sample_guide, tmp_path: Path,  # noqa: ANN001
                                                               fresh_home: Path) -> None:
    example = tmp_path / "examples" / "示例.lhc"
    AssessmentFile.create(example, sample_guide, make_profile(sample_guide), "王敏").close()
    window = app.open_example(example)
    assert window is not None
    assert default_pdf(window.session).parent == documents_folder() == fresh_home / "Documents"
    assert app.settings.get(LAST_FOLDER) == ""  # the hidden copy is not where the next chooser opens
    dialog = ReportDialog(window.session, app.settings, window)
    assert Path(dialog.output.text()).parent == fresh_home / "Documents"
    dialog.close()
