"""Guide versions as a user meets them: the guide manager installs a release (and refuses a forged one),
an open assessment offers the move to it, the move is one undoable step, and kept answers are reviewed."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from checklist.loader import load_guide, read_guide_dir
from checklist.model import Answer
from checklist.package import SignatureState, generate_key, pack
from checklist.store import AssessmentFile
from tests.helpers import sample_v2
from tests.test_ui.conftest import make_profile
from ui.assessment.main_window import AssessmentWindow
from ui.assessment.navigator import Filter
from ui.guides.manager import GuideManager
from ui.guides.migration_dialog import MigrationDialog


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> tuple[Path, bytes, bytes]:
    """Version 0.2.0 of the sample guide packed twice: signed, and with no signature; and the public key."""
    folder = sample_v2(tmp_path_factory.mktemp("release") / "v2")
    guide = load_guide(folder)
    private, public = generate_key()
    out = tmp_path_factory.mktemp("packages")
    signed, unsigned = out / "sample-0.2.0.zip", out / "sample-0.2.0-unsigned.zip"
    files = read_guide_dir(folder)
    signed.write_bytes(pack(files, guide.meta.id, guide.meta.version, private))
    unsigned.write_bytes(pack(files, guide.meta.id, guide.meta.version, None))
    return signed, unsigned, public


def _rows(manager: GuideManager) -> list[tuple[str, SignatureState]]:
    return [(e.key, e.state) for e in manager.model.rows]


def test_the_manager_installs_a_signed_release_and_shows_what_changed(app, release, tmp_path, qtbot, told,
                                                                    monkeypatch):
    signed, _unsigned, public = release
    (tmp_path / "bureau.pub").write_bytes(public)
    manager = GuideManager(app.library)
    qtbot.addWidget(manager)
    assert _rows(manager) == [("sample-guide@0.1.0", SignatureState.BUNDLED)]
    assert not manager.remove_button.isEnabled()  # the bundled guide stays
    assert "本机没有该指引的更早版本" in manager.changes.toPlainText()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "bureau.pub"), ""))
    manager.choose_key()
    assert "已信任公钥" in manager.status.text()
    entry = manager.install(signed)
    assert entry is not None and entry.state is SignatureState.OFFICIAL
    assert ("sample-guide@0.2.0", SignatureState.OFFICIAL) in _rows(manager)
    assert manager.selected().key == "sample-guide@0.2.0"
    changes = manager.changes.toPlainText()  # 本版变化: against 0.1.0, the wording before and after
    assert "在研及已完成的临床试验是否均已取得批准或默示许可？" in changes
    assert "在研临床试验是否均已取得批准或默示许可？" in changes
    assert "V05" in changes and "劳动合同法" in changes
    assert manager.remove_button.isEnabled()
    manager.remove_selected()
    assert _rows(manager) == [("sample-guide@0.1.0", SignatureState.BUNDLED)]
    assert told.messages == []


def test_an_unsigned_release_installs_only_when_the_user_says_so(app, release, qtbot, monkeypatch):
    _signed, unsigned, _public = release
    manager = GuideManager(app.library)
    qtbot.addWidget(manager)
    asked: list[SignatureState] = []

    def answer(yes: bool):
        def confirm(title, version, state):  # noqa: ANN001, ARG001
            asked.append(state)
            return yes
        return confirm

    monkeypatch.setattr(manager, "confirm_unsigned", answer(False))
    assert manager.install(unsigned) is None
    assert asked == [SignatureState.UNSIGNED] and len(manager.model.rows) == 1
    monkeypatch.setattr(manager, "confirm_unsigned", answer(True))
    entry = manager.install(unsigned)
    assert entry is not None and entry.state is SignatureState.UNSIGNED
    assert manager.model.data(manager.model.index(0, manager.model.STATE)) == "未签名"
    assert "未签名" in manager.status.text()


def test_a_forged_release_is_refused_with_a_message_and_changes_nothing(app, release, tmp_path, qtbot, told):
    signed, _unsigned, public = release
    app.library.add_key(public)
    with zipfile.ZipFile(signed) as z:
        members = {n: z.read(n) for n in z.namelist()}
    members["scoring.yaml"] = members["scoring.yaml"].replace(b"0.6", b"0.9")
    forged = io.BytesIO()
    with zipfile.ZipFile(forged, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    path = tmp_path / "forged.zip"
    path.write_bytes(forged.getvalue())
    manager = GuideManager(app.library)
    qtbot.addWidget(manager)
    assert manager.install(path) is None
    title, message, _advice = told.messages[-1]
    assert title == "不能安装" and "已被改动" in message and "Traceback" not in message
    assert len(manager.model.rows) == 1
    (tmp_path / "not-a-zip.zip").write_bytes(b"PK\x03\x04 this is not a package")
    assert manager.install(tmp_path / "not-a-zip.zip") is None
    assert told.messages[-1][0] == "不能安装"


def _answered_v1(tmp_path: Path, sample_guide) -> Path:  # noqa: ANN001
    path = tmp_path / "迁移.lhc"
    with AssessmentFile.create(path, sample_guide, make_profile(sample_guide), "王敏") as f:
        for n, q in enumerate(sample_guide.questions.values()):
            f.set_answer(q.id, (Answer.COMPLIANT, Answer.PARTIAL, Answer.NON_COMPLIANT)[n % 3])
    return path


def test_an_open_assessment_moves_to_the_installed_release_in_one_undoable_step(
        app, release, sample_guide, tmp_path, qtbot):
    signed, _unsigned, public = release
    app.library.add_key(public)
    app.library.install(signed)
    path = _answered_v1(tmp_path, sample_guide)
    before = AssessmentFile.open(path, "王敏")
    answers_before = dict(before.assessment.answers)
    before.close()

    window: AssessmentWindow = app.open_path(path)
    qtbot.waitExposed(window)
    assert window.guide_banner.isVisible()
    assert "0.2.0" in window.guide_banner.text.text() and "迁移" in window.guide_banner.action_button.text()
    window.guide_banner.action_button.click()
    dialog = window.findChild(MigrationDialog)
    assert dialog is not None and dialog.isVisible()
    plan_text = dialog.details.toPlainText()
    assert "原样保留的回答" in plan_text and "Q03-1" in plan_text and "Q08-1" in plan_text
    dialog.migrate_button.click()
    QApplication.processEvents()

    session = window.session
    assert session.guide.meta.version == "0.2.0"
    assert "已迁移到 0.2.0" in window.guide_banner.text.text()
    assessment = session.assessment
    assert "Q03-1" in assessment.reviews  # reworded: the old answer kept, to be looked at again
    assert assessment.answers["Q03-1"] == answers_before["Q03-1"]
    assert [a.question_id for a in assessment.archive] == ["Q08-1"] and "Q08-1" not in assessment.answers
    assert path.with_name("迁移.lhc.guide-0.1.0.bak").is_file()

    window.sidebar.set_filter(Filter.REVIEW)
    assert window.sidebar.shows("Q03-1")
    assert not window.sidebar.shows("Q01-1")
    window.show_question("Q03-1")
    page = window.page
    assert page.review.isVisible()
    assert "原问题：在研临床试验是否均已取得批准或默示许可？" in page.review.text.text()
    page.review.action_button.click()  # 原回答仍然成立
    assert "Q03-1" not in session.assessment.reviews and not page.review.isVisible()

    session.undo_stack.undo()  # the review mark comes back
    assert "Q03-1" in session.assessment.reviews
    session.undo_stack.undo()  # and the move itself is undone: the file as it was
    assert session.guide.meta.version == "0.1.0"
    assert dict(session.assessment.answers) == answers_before
    assert dict(session.assessment.reviews) == {} and session.assessment.archive == ()
    window.close()

    reopened = AssessmentFile.open(path, "王敏")
    assert reopened.guide.meta.version == "0.1.0" and dict(reopened.assessment.answers) == answers_before
    reopened.close()


def test_a_new_assessment_asks_which_guide_when_there_are_two(app, release, qtbot, monkeypatch):
    from ui.guides.choice import GuideChoice

    signed, _unsigned, public = release
    app.library.add_key(public)
    app.library.install(signed)
    app._guides_changed()
    shown: list[list[str]] = []

    def choose(self):  # noqa: ANN001
        shown.append([e.key for e in self.model.rows])
        return True

    monkeypatch.setattr(GuideChoice, "exec", choose)
    guide = app.choose_guide()
    assert sorted(shown[0]) == ["sample-guide@0.1.0", "sample-guide@0.2.0"]
    assert guide is not None and guide.meta.version == "0.2.0"  # the newest is chosen unless the user picks
