"""The report's findings and action plan as an Excel workbook, from the same report model as the PDF.

One sheet per table a firm or a compliance team works through: 发现事项 (one row per finding), 整改计划
(one row per measure, due dates as real dates) and 概况 (the figures of the cover and the summary).
Every level is written as its name and shape besides its fill, so a grey print or a colour-blind
reader loses nothing. openpyxl is imported on use: the app never pays for it before a workbook is asked for.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from typing import Any

from .model import Finding, LawGroup, ReportModel
from .options import ReportOptions
from .palette import readable_accent

DATE_FORMAT = "yyyy-mm-dd"
MAX_CELL_CHARS = 32767  # Excel's limit for the text of one cell
LINE_HEIGHT = 15  # points, a line of 11-point text
MAX_ROW_HEIGHT = 409  # points, Excel's limit
FINDINGS_SHEET = "发现事项"
PLAN_SHEET = "整改计划"
OVERVIEW_SHEET = "概况"

# (heading, width in characters); a CJK character is about two
FINDING_COLUMNS = (("编号", 8), ("违规事项", 28), ("所属章", 24), ("风险等级", 12), ("待核实", 8),
                   ("严重程度", 12), ("暴露程度", 10), ("事实", 60), ("法律依据", 60), ("法律后果", 40),
                   ("整改建议", 50))
PLAN_COLUMNS = (("序号", 6), ("编号", 8), ("违规事项", 28), ("风险等级", 12), ("整改措施", 60), ("责任人", 16),
                ("完成期限", 12), ("状态", 10), ("已逾期", 8), ("来源", 10), ("整改可加分", 10))


def write_xlsx(model: ReportModel, options: ReportOptions) -> bytes:
    """The workbook as bytes (written to its file by the caller, atomically)."""
    from openpyxl import Workbook

    book = Workbook()
    style = _Style(readable_accent(options.accent))
    _findings_sheet(book.active, model, style)
    _plan_sheet(book.create_sheet(PLAN_SHEET), model, style)
    _overview_sheet(book.create_sheet(OVERVIEW_SHEET), model, style)
    book.properties.title = f"{model.cover.title} — {model.cover.company}"
    book.properties.creator = model.cover.issuing_party
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


class _Style:
    """The few cell styles the workbook uses, made once."""

    def __init__(self, accent: str) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill

        self.head_font = Font(bold=True, color="FFFFFF")
        self.head_fill = PatternFill("solid", fgColor=accent[1:])
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.left = Alignment(horizontal="left", vertical="top", wrap_text=True)
        self.centre = Alignment(horizontal="center", vertical="top", wrap_text=True)
        self._fills: dict[str, tuple[Any, Any]] = {}

    def level(self, cell: Any, mark: Any) -> None:
        """A level cell: its shape and name as text, its colour as the fill."""
        from openpyxl.styles import Font, PatternFill

        if mark.key not in self._fills:
            self._fills[mark.key] = (PatternFill("solid", fgColor=mark.fill[1:]), Font(color=mark.ink[1:], bold=True))
        cell.value = f"{mark.icon} {mark.label}"
        cell.fill, cell.font = self._fills[mark.key]
        cell.alignment = self.centre


def _table(sheet: Any, columns: Sequence[tuple[str, int]], rows: Sequence[Sequence[Any]], style: _Style) -> None:
    """A header row (frozen, filtered) over ``rows``; text wraps in its column."""
    from openpyxl.utils import get_column_letter

    sheet.append([name for name, _ in columns])
    for cell in sheet[1]:
        cell.font, cell.fill, cell.alignment = style.head_font, style.head_fill, style.centre
    for row in rows:
        sheet.append(list(row))
    for n, (_, width) in enumerate(columns, 1):
        sheet.column_dimensions[get_column_letter(n)].width = width
    widths = [width for _, width in columns]
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = style.wrap
            if isinstance(cell.value, str):
                if len(cell.value) > MAX_CELL_CHARS:
                    cell.value = cell.value[:MAX_CELL_CHARS - 1] + "…"
                # text, never a formula: a note typed as "=HYPERLINK(…)" must not run when the sheet opens
                cell.data_type = "s"
        # Neither Excel nor LibreOffice grows a row for wrapped text on opening: the height is set here
        lines = max(_lines(cell.value, widths[n]) for n, cell in enumerate(row))
        sheet.row_dimensions[row[0].row].height = min(LINE_HEIGHT * lines + 4, MAX_ROW_HEIGHT)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(len(rows) + 1, 2)}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _lines(value: Any, width: int) -> int:
    """How many lines ``value`` wraps to in a column ``width`` characters wide (an ideograph is two)."""
    if not isinstance(value, str):
        return 1
    total = 0
    for line in value.split("\n"):
        chars = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
        total += max(1, -(-chars // max(width - 1, 1)))
    return total


def _findings_sheet(sheet: Any, model: ReportModel, style: _Style) -> None:
    sheet.title = FINDINGS_SHEET
    exposure = {item_id: cell.exposure for row in model.matrix.cells for cell in row for item_id, _ in cell.items}
    rows, marks = [], []
    for chapter in model.findings:
        for f in chapter.findings:
            rows.append((f.item_id, f.title, f"{chapter.label}　{chapter.title}", None, "是" if f.pending else "否",
                         f"{f.severity}（{f.severity_label}）", exposure.get(f.item_id), facts_text(f),
                         "\n".join(law_text(g) for g in f.laws), penalty_text(f), "\n".join(f.remediation)))
            marks.append(f.mark)
    _table(sheet, FINDING_COLUMNS, rows, style)
    for n, mark in enumerate(marks, 2):
        style.level(sheet.cell(n, 4), mark)
        sheet.cell(n, 7).number_format = "0.0#"


def _plan_sheet(sheet: Any, model: ReportModel, style: _Style) -> None:
    rows, marks = [], []
    for row in model.plan:
        for a in row.actions:
            rows.append((row.rank, row.item_id, row.title, None, a.measure, a.owner, a.due_date or a.due, a.status,
                         "是" if a.overdue else "否", "指引建议" if a.suggested else "整改计划", round(row.gain, 1)))
            marks.append(row.mark)
    _table(sheet, PLAN_COLUMNS, rows, style)
    for n, mark in enumerate(marks, 2):
        style.level(sheet.cell(n, 4), mark)
        due = sheet.cell(n, 7)
        if not isinstance(due.value, str):
            due.number_format = DATE_FORMAT
        sheet.cell(n, 11).number_format = "0.0"


def _overview_sheet(sheet: Any, model: ReportModel, style: _Style) -> None:
    c, s = model.cover, model.summary
    index = float(s.index) if s.index.replace(".", "", 1).isdigit() else s.index
    facts: list[tuple[str, Any]] = [
        ("报告名称", c.title), ("企业名称", c.company), ("统一社会信用代码", c.uscc), ("报告编号", c.report_number),
        ("报告日期", c.report_day or c.report_date), ("出具方", c.issuing_party), ("体检期间", c.period),
        ("评估日期", c.assessment_date), ("依据指引", f"《{c.guide_title}》（版本 {c.guide_version}）"),
        ("健康指数", index), ("暂定", "是（尚有问题未作答）" if s.provisional else "否"), ("整体等级", None),
        ("已作答问题", f"{s.answered} / {s.applicable_questions}"), ("适用事项", s.applicable_items),
        ("指引事项总数", s.total_items), ("待核实事项", s.pending),
    ]
    facts += [(f"{row.mark.icon} {row.mark.label}", row.count) for row in s.counts]
    _table(sheet, (("项目", 22), ("内容", 60)), facts, style)
    row_of = {name: n for n, (name, _) in enumerate(facts, 2)}
    for n in row_of.values():  # figures and dates read as the facts they are, beside the text ones
        sheet.cell(n, 2).alignment = style.left
    style.level(sheet.cell(row_of["整体等级"], 2), s.mark)
    if c.report_day is not None:
        sheet.cell(row_of["报告日期"], 2).number_format = DATE_FORMAT
    if isinstance(index, float):
        sheet.cell(row_of["健康指数"], 2).number_format = "0.0"
    sheet.auto_filter.ref = None  # a list of facts, not a table to filter


# -- the text of one finding in a cell


def facts_text(f: Finding) -> str:
    lines = [f.fact_summary]
    for x in f.facts:
        line = f"{x.question_id} {x.text}——{x.answer}"
        if x.na_reason:
            line += f"；不适用理由：{x.na_reason}"
        if x.note:
            line += f"；备注：{x.note}"
        if x.evidence:
            line += f"；证据材料：{'、'.join(x.evidence)}"
        lines.append(line)
    if f.compliant_ids:
        lines.append(f"另有 {'、'.join(f.compliant_ids)} 回答为“符合”。")
    return "\n".join(lines)


def law_text(group: LawGroup) -> str:
    lines = [f"【{group.role}】{group.law}"]
    lines += [f"{p.article}{f'：“{p.quote}”' if p.quote else ''}" for p in group.provisions]
    if group.change:
        lines.append(f"法律变化：{group.change}")
    return "\n".join(lines)


def penalty_text(f: Finding) -> str:
    return f"{f.penalty}\n严重程度：{f.severity}（{f.severity_label}）——{f.severity_reason}。{f.risk_line}"
