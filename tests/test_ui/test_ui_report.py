"""The report dialog renders in a worker thread, shows progress, can be cancelled, opens the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from checklist.model import Answer
from ui.assessment.main_window import AssessmentWindow
from ui.report.report_dialog import ReportDialog
from ui.shared.settings import FORMATS


@pytest.fixture
def dialog(window: AssessmentWindow, qtbot) -> ReportDialog:  # noqa: ANN001
    for answer, qid in zip((Answer.NON_COMPLIANT, Answer.PARTIAL, Answer.COMPLIANT), window.session.questions,
                           strict=False):
        window.session.file.set_answer(qid, answer)
    window.session.refresh(window.session.questions[0])
    window.open_report()
    found = window.findChild(ReportDialog)
    assert found is not None
    qtbot.waitExposed(found)
    return found


def test_renders_the_pdf_in_a_thread_and_opens_it(dialog: ReportDialog, told, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "报告.pdf"
    dialog.output.setText(str(out))
    dialog.firm.setText("某某律师事务所")
    dialog.section_boxes["answers"].setChecked(False)
    with qtbot.wait_signal(dialog.rendered, timeout=60000) as rendered:
        dialog.start()
        assert dialog.running and not dialog.render_button.isEnabled()
        assert dialog.progress.isVisible()
        QApplication.processEvents()  # the window keeps answering events while the report renders
    assert Path(rendered.args[0]) == out
    assert out.read_bytes().startswith(b"%PDF")
    assert told.opened == [str(out)]
    qtbot.waitUntil(lambda: not dialog.running)
    assert dialog.progress.value() == 100
    assert dialog.render_button.isEnabled()


def test_cancel_stops_the_render_and_writes_nothing(dialog: ReportDialog, told, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "取消.pdf"
    dialog.output.setText(str(out))
    dialog.start()
    dialog.cancel_button.click()  # 取消 while rendering
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    assert not out.exists()
    assert told.opened == []
    assert dialog.progress_label.text() == "已取消，没有生成文件。"


def test_a_bad_output_folder_is_said_plainly(dialog: ReportDialog, tmp_path: Path) -> None:
    dialog.output.setText(str(tmp_path / "没有这个文件夹" / "报告.pdf"))
    dialog.start()
    assert not dialog.running
    assert dialog.banner.isVisible() and "不存在" in dialog.banner.text.text()


def test_missing_harfbuzz_is_warned(dialog: ReportDialog, qtbot, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import reports.render

    monkeypatch.setattr(reports.render, "harfbuzz_subset_available", lambda: False)
    dialog.output.setText(str(tmp_path / "慢.pdf"))
    dialog.open_after.setChecked(False)
    with qtbot.wait_signal(dialog.rendered, timeout=60000):
        dialog.start()
    assert dialog.banner.isVisible() and "libharfbuzz-subset0" in dialog.banner.text.text()
    qtbot.waitUntil(lambda: not dialog.running)


def test_existing_files_are_replaced_only_after_asking(dialog: ReportDialog, told, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from docx import Document
    from openpyxl import load_workbook

    from reports.options import Format

    out, docx = tmp_path / "报告.pdf", tmp_path / "报告.docx"
    dialog.output.setText(str(out))
    dialog.format_boxes[Format.DOCX].setChecked(True)
    dialog.format_boxes[Format.XLSX].setChecked(True)
    assert dialog.files_label.text() == "将生成：报告.pdf、报告.docx、报告.xlsx"
    out.write_bytes(b"an earlier report")
    docx.write_bytes(b"an earlier document")

    dialog.start()
    question = dialog.overwrite_question
    assert question is not None and question.isVisible() and not dialog.running
    assert str(out) in question.text() and str(docx) in question.text() and "报告.xlsx" not in question.text()
    next(b for b in question.buttons() if b.text() == "取消").click()
    assert not dialog.running and dialog.overwrite_question is None
    assert out.read_bytes() == b"an earlier report" and not (tmp_path / "报告.xlsx").exists()

    dialog.start()
    with qtbot.wait_signal(dialog.rendered, timeout=120000) as rendered:
        next(b for b in dialog.overwrite_question.buttons() if b.text() == "覆盖").click()
        assert dialog.running  # the render runs in its thread after the answer
    assert Path(rendered.args[0]) == out and told.opened == [str(out)]  # the PDF is the one opened
    assert out.read_bytes().startswith(b"%PDF")
    assert any(p.style.name == "Heading 1" for p in Document(str(docx)).paragraphs)
    assert load_workbook(tmp_path / "报告.xlsx").sheetnames == ["发现事项", "整改计划", "概况"]
    qtbot.waitUntil(lambda: not dialog.running)
    assert dialog.settings.get(FORMATS) == "pdf,docx,xlsx"  # the next report starts with the same choice


def test_the_report_date_chosen_reaches_the_report(dialog: ReportDialog) -> None:
    import datetime as dt

    from PySide6.QtCore import QDate

    dialog.report_date.setDate(QDate(2026, 12, 1))
    assert dialog.options().report_date == dt.date(2026, 12, 1)


def test_the_report_language_starts_as_the_apps_and_english_is_pdf_only(dialog: ReportDialog) -> None:
    from reports.options import Format

    assert dialog.language_buttons["zh"].isChecked() and dialog.options().language == "zh"
    dialog.format_boxes[Format.DOCX].setChecked(True)
    dialog.language_buttons["en"].click()
    assert dialog.options().language == "en"
    for key in (Format.DOCX, Format.XLSX):  # unticked, disabled, and the reason at hand
        box = dialog.format_boxes[key]
        assert not box.isEnabled() and not box.isChecked()
        assert "PDF" in box.toolTip() and "Word" in box.toolTip()
    assert dialog.formats() == [Format.PDF]
    assert dialog.language_note.isVisible()
    dialog.language_buttons["zh"].click()  # back to Chinese: Word as it was chosen
    assert dialog.format_boxes[Format.DOCX].isEnabled() and dialog.format_boxes[Format.DOCX].isChecked()
    assert dialog.format_boxes[Format.XLSX].isEnabled() and not dialog.format_boxes[Format.XLSX].isChecked()
    assert dialog.format_boxes[Format.XLSX].toolTip() == "" and not dialog.language_note.isVisible()


def test_an_english_ui_renders_the_english_report(app, window: AssessmentWindow, qapp: QApplication, qtbot,
                                                   tmp_path: Path) -> None:  # noqa: ANN001
    from pypdf import PdfReader

    from reports.options import Format
    from ui.shared import i18n

    i18n.install(qapp, "en")
    dialog = ReportDialog(window.session, app.settings)
    qtbot.addWidget(dialog)
    assert dialog.language_buttons["en"].isChecked()  # the app's language
    assert not dialog.format_boxes[Format.DOCX].isEnabled()
    out = tmp_path / "report.pdf"
    dialog.output.setText(str(out))
    dialog.open_after.setChecked(False)
    with qtbot.wait_signal(dialog.rendered, timeout=60000):
        dialog.start()
    qtbot.waitUntil(lambda: not dialog.running)
    reader = PdfReader(out)
    assert reader.metadata.title.startswith("Legal Health Check Report")
    assert "Contents" in reader.pages[1].extract_text()
