"""``legalcheck worksheet`` and ``legalcheck actions`` as a user runs them."""

from __future__ import annotations

import datetime as dt
import json

from checklist.actions import register
from checklist.store import AssessmentFile
from tests.helpers import ROOT, run_cli

EXAMPLE = ROOT / "examples" / "biotech-startup.lhc"


def example_rows(day: dt.date):
    with AssessmentFile.open(EXAMPLE, "t", read_only=True) as f:
        return register(f.assessment, day)


def test_worksheet_writes_pdf_and_excel_and_never_overwrites_without_force(tmp_path):
    base = tmp_path / "资料清单"
    result = run_cli("worksheet", str(EXAMPLE), "--kind", "documents", "--format", "pdf,xlsx", "-o", str(base),
                     "--date", "2026-12-02")
    assert result.returncode == 0, result.stderr
    pdf, xlsx = tmp_path / "资料清单.pdf", tmp_path / "资料清单.xlsx"
    assert pdf.read_bytes().startswith(b"%PDF") and xlsx.read_bytes().startswith(b"PK")
    assert f"已生成资料清单 {pdf}" in result.stdout

    pdf.write_bytes(b"earlier")
    again = run_cli("worksheet", str(EXAMPLE), "--kind", "documents", "--format", "pdf,xlsx", "-o", str(base))
    assert again.returncode == 1
    assert "已存在，不会覆盖。要覆盖请加 --force" in again.stderr
    assert pdf.read_bytes() == b"earlier"  # nothing was written, not even the other format
    forced = run_cli("worksheet", str(EXAMPLE), "--kind", "documents", "--format", "pdf", "-o", str(pdf), "--force")
    assert forced.returncode == 0, forced.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_worksheet_questionnaire_with_its_suffix_and_plain_errors(tmp_path):
    out = tmp_path / "问卷.xlsx"
    result = run_cli("worksheet", str(EXAMPLE), "--kind", "questionnaire", "--format", "xlsx", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.exists() and not (tmp_path / "问卷.xlsx.xlsx").exists()
    bad = run_cli("--lang", "en", "worksheet", str(EXAMPLE), "--kind", "questionnaire", "--format", "docx",
                  "-o", str(tmp_path / "x"))
    assert bad.returncode == 1 and "Unknown format 'docx'" in bad.stderr and "Traceback" not in bad.stderr
    folder = run_cli("worksheet", str(EXAMPLE), "--kind", "questionnaire", "-o", str(tmp_path / "missing" / "q.pdf"))
    assert folder.returncode == 1 and "找不到输出文件夹" in folder.stderr


def test_actions_lists_filters_and_sorts_the_register():
    day = dt.date(2027, 1, 1)
    rows = example_rows(day)
    result = run_cli("actions", str(EXAMPLE), "--overdue", "--date", "2027-01-01", "--sort", "due")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    late = [r for r in rows if r.overdue]
    assert [line.split()[0] for line in lines[:-1]] == [r.question_id for r in
                                                          sorted(late, key=lambda r: (r.due, r.order))]
    assert all("已逾期" in line for line in lines[:-1])
    assert lines[-1].endswith(f"截至 2027-01-01 已逾期 {len(late)}。")

    data = json.loads(run_cli("actions", str(EXAMPLE), "--format", "json", "--owner", rows[0].owner,
                              "--date", "2027-01-01").stdout)
    assert [d["question_id"] for d in data] == [r.question_id for r in rows if r.owner == rows[0].owner]
    assert data[0]["due"] == rows[0].due.isoformat() and data[0]["status"] == rows[0].status.value


def test_actions_to_excel_refuses_to_overwrite_without_force(tmp_path):
    import openpyxl

    out = tmp_path / "整改.xlsx"
    first = run_cli("actions", str(EXAMPLE), "--format", "xlsx", "-o", str(out), "--status", "undone")
    assert first.returncode == 0, first.stderr
    sheet = openpyxl.load_workbook(out).active
    assert sheet.freeze_panes == "A2" and sheet.max_row - 1 == len(example_rows(dt.date.today()))
    again = run_cli("actions", str(EXAMPLE), "--format", "xlsx", "-o", str(out))
    assert again.returncode == 1 and "不会覆盖" in again.stderr
    assert run_cli("actions", str(EXAMPLE), "--format", "xlsx", "-o", str(out), "--force").returncode == 0
    wrong = run_cli("actions", str(EXAMPLE), "--format", "xlsx", "-o", str(tmp_path / "a.csv"))
    assert wrong.returncode == 1 and ".xlsx" in wrong.stderr
