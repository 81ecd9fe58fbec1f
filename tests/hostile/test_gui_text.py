"""Hostile text in the desktop app (causes 1 and 7): names and guide content that look like HTML
are shown as the characters they are, never rendered; attachment names show their bidi controls.

A company name or a stored guide's hint holding ``<img src="/dev/zero">`` made Qt read the device
until memory ran out. Each test opens the real windows (Qt offscreen) over such a file and checks
what the user sees: the literal text, in a window that appeared quickly without reading anything.
"""

from __future__ import annotations

import datetime as dt
import resource
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QDesktopServices, QHelpEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QToolTip,
    QWidget,
)

from checklist.bidi import BIDI_CONTROLS, reveal_bidi
from checklist.loader import load_guide
from checklist.model import Answer, Guide
from checklist.profile import CompanyProfile
from checklist.store import AssessmentFile
from tests.helpers import SAMPLE_GUIDE
from tests.test_ui.conftest import USCC, app, isolated_settings, no_leftover_windows, styled, told
from ui.app import App
from ui.assessment.main_window import AssessmentWindow
from ui.shared import errors
from ui.shared.plain import tip

# The app tests' fixtures, found by pytest here because this module holds them: isolated settings,
# message boxes and file choosers that never block, no window left open, the app over the sample guide.
UI_FIXTURES = (app, isolated_settings, no_leftover_windows, styled, told)
pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(r"This plugin does not support")]

REAL_TELL = errors.tell  # the autouse ``told`` fixture replaces it; one test needs the real message box

DEVICE_IMG = '<img src="/dev/zero">'
VARIANTS = [DEVICE_IMG, '<img src="file:///dev/urandom" width=9999>', "<b>粗体</b>",
            '<a href="file:///etc/passwd">x</a>']
RLO = "\u202e"


# -- measuring


@pytest.fixture(autouse=True)
def capped_address_space() -> Iterator[None]:
    """Each test runs with its address space capped 2 GB above its size at the start: should a device
    ever be read again, the allocation fails at once (an abort with std::bad_alloc) instead of
    exhausting the machine's memory."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    statm = Path("/proc/self/statm")
    if statm.exists():
        cap = int(statm.read_text().split()[0]) * resource.getpagesize() + 2 * 1024**3
        if hard == resource.RLIM_INFINITY or cap < hard:
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    yield
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@contextmanager
def bounded(seconds: float = 5.0, growth_mb: float = 100.0) -> Iterator[None]:
    """The block finishes within ``seconds`` and grows the peak memory by less than ``growth_mb``."""
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    started = time.perf_counter()
    yield
    elapsed = time.perf_counter() - started
    peak_growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - peak_before
    assert elapsed < seconds, f"took {elapsed:.1f} s"
    assert peak_growth < growth_mb, f"peak memory grew by {peak_growth:.0f} MB"


# -- files


def _profile(guide: Guide, name: str) -> CompanyProfile:
    return CompanyProfile(name=name, uscc=USCC, facts=frozenset(guide.facts), assessor="王敏",
                          assessment_date=dt.date(2026, 11, 28), period="2026年度")


def _assessment(path: Path, guide: Guide, name: str = "杭州示例生物医药有限公司") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    AssessmentFile.create(path, guide, _profile(guide, name), "王敏").close()
    return path


HOSTILE_GUIDE = {  # (file, original text, hostile replacement): values quoted so YAML keeps them whole
    "chapters/01-setup.yaml": [
        ("title: 企业设立与治理", f"title: '企业设立{DEVICE_IMG}与治理'"),
        ("title: 登记事项变更\n", "title: '登记事项<b>变更</b>'\n"),
        ("guidance: 公司登记事项发生变更的，应当及时办理变更登记。",
         f"guidance: '公司登记事项{DEVICE_IMG}发生变更的，应当及时办理变更登记。'"),
        ("text: 近一年内的登记事项变更是否均已办理变更登记？",
         f"text: '近一年内的登记事项变更{DEVICE_IMG}是否均已办理变更登记？'"),
        ("hint: 对照股东会决议与营业执照、登记机关受理材料。", f"hint: '对照股东会决议{DEVICE_IMG}与营业执照。'"),
        ("title: 登记事项变更未依法办理变更登记", f"title: '登记事项变更{DEVICE_IMG}未办理'"),
        ("summary: 责令限期登记；逾期不登记的，处一万元以上十万元以下的罚款。",
         "summary: '责令限期登记<img src=\"file:///dev/urandom\" width=9999>；处一万元以上十万元以下的罚款。'"),
        ("- 梳理登记事项变更，补办变更登记。", f"- '梳理{DEVICE_IMG}变更'"),
    ],
    "guide.yaml": [("title: 生物医药产业风控法务指引（测试样本）", f"title: '生物医药{DEVICE_IMG}指引（测试样本）'")],
    "laws.yaml": [("revision_note: 2023年修订", f"revision_note: '2023年{DEVICE_IMG}修订'")],
    "profile.yaml": [
        ("help: 持有药品注册证书的企业。", "help: '持有<img src=\"/dev/zero\">注册证书的企业 & 其他。'"),
        ("label: 药品上市许可持有人", "label: '药品上市许可持有人 & <b>企业</b>'"),
    ],
}


@pytest.fixture
def hostile_guide(tmp_path: Path) -> Guide:
    """The sample guide with HTML-looking text in a chapter, an article, a question, an item and a fact."""
    folder = tmp_path / "guide"
    shutil.copytree(SAMPLE_GUIDE, folder)
    for name, changes in HOSTILE_GUIDE.items():
        path = folder / name
        text = path.read_text(encoding="utf-8")
        for old, new in changes:
            assert text.count(old) == 1, old
            text = text.replace(old, new)
        path.write_text(text, encoding="utf-8")
    return load_guide(folder)


def _open(app: App, path: Path, qtbot) -> AssessmentWindow:  # noqa: ANN001
    window = app.open_path(path)
    assert window is not None
    qtbot.waitExposed(window)
    return window


def _rendered(html: str) -> str:
    """What Qt shows for a tip written as HTML."""
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def _labels_showing(root: QWidget, needle: str) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel) if needle in label.text()]


def _show_tip(view: QAbstractItemView, index) -> str:  # noqa: ANN001
    """Hover over ``index`` as the user does: the view asks for the tip and Qt shows it."""
    view.scrollTo(index)
    point = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    QApplication.processEvents()
    shown = QToolTip.text()
    QToolTip.hideText()
    return shown


# -- cause 1: company names


@pytest.mark.parametrize("name", VARIANTS)
def test_a_company_name_that_looks_like_html_shows_as_text(
        app: App, tmp_path: Path, sample_guide: Guide, qtbot, name: str) -> None:  # noqa: ANN001
    path = _assessment(tmp_path / "hostile.lhc", sample_guide, name)
    with bounded():
        window = _open(app, path, qtbot)
        window.show_view(1)  # the dashboard too
        QApplication.processEvents()
        start = app.show_start()  # the recent list, from the summary the window cached
        qtbot.waitExposed(start)
    assert window.summary.company.text() == name
    assert window.summary.company.textFormat() == Qt.TextFormat.PlainText
    assert window.windowHandle().title().startswith(f"{name} — hostile.lhc — ")
    company = start.model.index(0, start.model.COMPANY)
    assert company.data() == name
    for root in (window, start):
        assert all(label.textFormat() == Qt.TextFormat.PlainText for label in _labels_showing(root, name))
    assert AssessmentFile.open(path, "王敏").assessment.profile.name == name  # what the file holds is kept


def test_a_title_mark_in_a_company_name_is_shown_literally(
        app: App, tmp_path: Path, sample_guide: Guide, qtbot) -> None:  # noqa: ANN001
    path = _assessment(tmp_path / "mark.lhc", sample_guide, "示例[*]公司")
    window = _open(app, path, qtbot)
    shown = window.windowHandle().title()  # what the window system shows; Qt takes a lone [*] for "unsaved"
    assert shown.startswith("示例[*]公司 — mark.lhc — ")


def test_a_path_that_looks_like_html_shows_as_text_in_the_start_pages_tip(
        app: App, tmp_path: Path, sample_guide: Guide, qtbot) -> None:  # noqa: ANN001
    # A folder called '<img src="' holding dev/zero">.lhc: the path reads <img src="/dev/zero">.lhc
    path = _assessment(tmp_path / '<img src="' / "dev" / 'zero">.lhc', sample_guide)
    assert str(path).endswith('<img src="/dev/zero">.lhc')
    window = _open(app, path, qtbot)
    window.close()  # the start page comes back with the file in its recent list
    start = app.start
    assert start is not None
    qtbot.waitExposed(start)
    row = start.model.index(0, start.model.COMPANY)
    assert row.data(Qt.ItemDataRole.ToolTipRole) == tip(f"{path}\n已答 0/{len(window.session.questions)} 题")
    with bounded():
        shown = _show_tip(start.table, row)
    assert f"{path}\n" in _rendered(shown)


def test_an_error_naming_a_path_that_looks_like_html_is_plain_text(
        app: App, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    folder = tmp_path / '<img src="' / "dev"
    folder.mkdir(parents=True)
    bad = folder / 'zero">.lhc'
    bad.write_text("not an assessment", encoding="utf-8")
    shown: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        shown.append(box)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(errors, "tell", REAL_TELL)
    monkeypatch.setattr(QMessageBox, "exec", record)
    with bounded():
        assert app.open_path(bad) is None
        box = shown[0]
        box.show()
        QApplication.processEvents()
    labels = {label.objectName(): label for label in box.findChildren(QLabel)}
    advice = labels["qt_msgbox_informativelabel"]
    assert advice.text() == f"文件：{bad}"
    assert advice.textFormat() == Qt.TextFormat.PlainText
    assert box.windowTitle() == "无法打开体检文件" and labels["qt_msgbox_label"].text()  # what went wrong
    assert labels["qt_msgbox_label"].textFormat() == Qt.TextFormat.PlainText
    box.close()
    assert bad.read_text(encoding="utf-8") == "not an assessment"  # the file was only read


# -- cause 1: a stored guide


def test_a_stored_guide_with_html_in_its_hint_shows_the_literal_text(
        app: App, tmp_path: Path, hostile_guide: Guide, qtbot) -> None:  # noqa: ANN001
    path = _assessment(tmp_path / "guide.lhc", hostile_guide)
    with bounded():
        window = _open(app, path, qtbot)
        window.show_question("Q01-1")
        window.requests.scoring_help.emit(window)  # Help › 评分方法, written from the stored guide
        QApplication.processEvents()
    page = window.page
    assert page.hint.text() == f"提示：对照股东会决议{DEVICE_IMG}与营业执照。"
    assert page.question.text() == f"近一年内的登记事项变更{DEVICE_IMG}是否均已办理变更登记？"
    assert f"企业设立{DEVICE_IMG}与治理" in page.breadcrumb.text()
    for label in (page.hint, page.question, page.breadcrumb):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in _labels_showing(window, "<img"))
    reference = window.reference.toPlainText()  # the guide's text, escaped into the app's own HTML
    assert f"公司登记事项{DEVICE_IMG}发生变更的" in reference
    assert f"登记事项变更{DEVICE_IMG}未办理" in reference
    assert '责令限期登记<img src="file:///dev/urandom" width=9999>' in reference
    assert f"梳理{DEVICE_IMG}变更" in reference
    assert "登记事项<b>变更</b>" in reference
    assert f"《中华人民共和国公司法》（2023年{DEVICE_IMG}修订）第三十四条" in reference
    [help_text] = [t for t in window.findChildren(QTextBrowser) if t is not window.reference]
    assert f"《生物医药{DEVICE_IMG}指引（测试样本）》0.1.0 版" in help_text.toPlainText()
    assert AssessmentFile.open(path, "王敏").guide.questions["Q01-1"].hint == f"对照股东会决议{DEVICE_IMG}与营业执照。"


def test_article_and_chapter_pages_and_the_not_applicable_dialog_show_the_guides_text_literally(
        app: App, tmp_path: Path, hostile_guide: Guide, qtbot) -> None:  # noqa: ANN001
    from ui.assessment.article_page import ArticlePage
    from ui.assessment.not_applicable import NotApplicableDialog

    window = _open(app, _assessment(tmp_path / "pages.lhc", hostile_guide), qtbot)
    with bounded():
        window.show_overview("A01")
        QApplication.processEvents()
    page: ArticlePage = window.overview
    assert page.title.text() == "第一条　登记事项<b>变更</b>"
    assert page.guidance.text() == f"公司登记事项{DEVICE_IMG}发生变更的，应当及时办理变更登记。"
    assert f"企业设立{DEVICE_IMG}与治理" in page.breadcrumb.text()
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in _labels_showing(page, "<"))
    question = page.questions_model.index(0, page.questions_model.TEXT)
    assert question.data() == f"近一年内的登记事项变更{DEVICE_IMG}是否均已办理变更登记？"
    assert DEVICE_IMG not in question.data(Qt.ItemDataRole.ToolTipRole)
    item = page.items_model.index(0, page.items_model.ITEM)
    assert item.data() == f"V01　登记事项变更{DEVICE_IMG}未办理"
    window.show_overview("C1")
    assert page.title.text() == f"第一章　企业设立{DEVICE_IMG}与治理"
    window.ask_not_applicable("C1")
    [dialog] = [d for d in window.findChildren(NotApplicableDialog) if d.isVisible()]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in _labels_showing(dialog, "<img"))
    assert _labels_showing(dialog, f"企业设立{DEVICE_IMG}与治理")
    dialog.reject()


def test_tips_of_navigator_search_and_dashboard_rows_hold_the_escaped_text(
        app: App, tmp_path: Path, hostile_guide: Guide, qtbot) -> None:  # noqa: ANN001
    path = _assessment(tmp_path / "tips.lhc", hostile_guide)
    window = _open(app, path, qtbot)
    question_text = f"近一年内的登记事项变更{DEVICE_IMG}是否均已办理变更登记？"
    escaped = "&lt;img src=\"/dev/zero\"&gt;"

    sidebar = window.sidebar
    row = sidebar.proxy.mapFromSource(sidebar.model.index_of("Q01-1"))
    tree_tip = row.data(Qt.ItemDataRole.ToolTipRole)
    assert escaped in tree_tip and DEVICE_IMG not in tree_tip
    assert _rendered(tree_tip).startswith(f"Q01-1　{question_text}\n未作答")
    chapter = row.parent().parent()
    assert _rendered(chapter.data(Qt.ItemDataRole.ToolTipRole)).startswith(f"第一章　企业设立{DEVICE_IMG}与治理\n")

    sidebar.search.setText("股东会决议")  # found in the hint; the question is the hit
    hit = sidebar.search_model.index(0, 0)
    search_tip = hit.data(Qt.ItemDataRole.ToolTipRole)
    assert escaped in search_tip and DEVICE_IMG not in search_tip
    assert _rendered(search_tip).startswith(f"问题：{question_text}\n")

    window.page.choose(Answer.NON_COMPLIANT)  # V01 becomes an open item on the dashboard
    window.show_view(1)
    top = window.dashboard.top_items
    rows = [top.index(r, top.TITLE) for r in range(top.rowCount())]
    item = next(r for r in rows if top.item_id(r.row()) == "V01")
    item_tip = item.data(Qt.ItemDataRole.ToolTipRole)
    assert escaped in item_tip and DEVICE_IMG not in item_tip
    assert _rendered(item_tip) == (f"V01　登记事项变更{DEVICE_IMG}未办理\n"
                                   '责令限期登记<img src="file:///dev/urandom" width=9999>；处一万元以上十万元以下的罚款。')

    with bounded():  # hovering shows each tip as the text it holds
        shown = [_show_tip(window.dashboard.top_view, item)]
        window.show_view(0)
        shown.append(_show_tip(sidebar.results, hit))
        sidebar.search.clear()
        row = sidebar.proxy.mapFromSource(sidebar.model.index_of("Q01-1"))
        shown.append(_show_tip(sidebar.tree, row))
    assert shown == [item_tip, search_tip, row.data(Qt.ItemDataRole.ToolTipRole)]
    assert _rendered(shown[2]).startswith(f"Q01-1　{question_text}\n不符合　")


def test_the_wizard_shows_a_guides_fact_words_as_text(
        qapp: QApplication, tmp_path: Path, hostile_guide: Guide, qtbot) -> None:  # noqa: ANN001
    from ui.company.wizard import NewAssessmentWizard

    wizard = NewAssessmentWizard(hostile_guide, "王敏", "王敏", str(tmp_path))
    with bounded():
        wizard.show()
        qtbot.waitExposed(wizard)
        wizard.company.name.setText("<b>粗体</b>")
        wizard.company.uscc.setText(USCC)
        QApplication.processEvents()
        guide_labels = _labels_showing(wizard.company, f"生物医药{DEVICE_IMG}指引（测试样本）（0.1.0）")
        wizard.next()
        QApplication.processEvents()
    assert [label.textFormat() for label in guide_labels] == [Qt.TextFormat.PlainText]
    box = wizard.types.boxes["mah"]
    assert box.text() == "药品上市许可持有人 && <b>企业</b>"  # shown as "… & <b>企业</b>", no shortcut key
    assert _rendered(box.toolTip()) == '持有<img src="/dev/zero">注册证书的企业 & 其他。'
    help_label = next(label for label in wizard.types.findChildren(QLabel) if label.buddy() is box)
    assert help_label.textFormat() == Qt.TextFormat.PlainText
    assert help_label.text() == '持有<img src="/dev/zero">注册证书的企业 && 其他。'
    wizard.close()


# -- cause 7: bidi controls in attachment names


def test_reveal_bidi_marks_every_control_and_leaves_other_text() -> None:
    assert reveal_bidi(f"report{RLO}fdp.exe") == "report[U+202E]fdp.exe"
    assert reveal_bidi("合同扫描件（2026）.pdf") == "合同扫描件（2026）.pdf"
    for control in BIDI_CONTROLS:
        shown = reveal_bidi(f"a{control}b")
        assert shown == f"a[U+{ord(control):04X}]b" and not any(c in BIDI_CONTROLS for c in shown)
    assert {f"{ord(c):04X}" for c in BIDI_CONTROLS} == {
        "202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068", "2069", "200E", "200F", "061C"}


def test_an_attachment_named_with_an_rtl_override_shows_the_marker(
        app: App, tmp_path: Path, sample_guide: Guide, told, qtbot,  # noqa: ANN001
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = _assessment(tmp_path / "bidi.lhc", sample_guide)
    source = tmp_path / f"report{RLO}fdp.exe"  # displays as "reportexe.pdf" where the override is obeyed
    source.write_bytes(b"MZ\x90\x00")
    window = _open(app, path, qtbot)
    window.show_question("Q01-1")
    evidence = window.page.evidence
    evidence.add(source)
    row = evidence.model.index(0, 0)
    assert row.data() == "report[U+202E]fdp.exe　4 B"
    assert _rendered(row.data(Qt.ItemDataRole.ToolTipRole)).startswith(f"report[U+202E]fdp.exe，4 B，{app.user()} 于 ")
    assert RLO not in row.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "添加证据 report[U+202E]fdp.exe" in _rendered(window.undo_action.toolTip())
    QApplication.processEvents()
    evidence.open(0)  # the copy handed to the system viewer does not carry the override either
    opened = Path(told.opened[-1])
    assert opened.name == "report_fdp.exe" and opened.read_bytes() == b"MZ\x90\x00"
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)  # no program for it
    evidence.open(0)
    assert window.error_banner.text.text() == "系统中没有能打开“report[U+202E]fdp.exe”的程序。"
    stored = window.session.assessment.attachments_for("Q01-1")[0]
    assert stored.name == source.name  # the file keeps the name as given
    assert window.session.file.attachment_data(stored.id) == b"MZ\x90\x00"

