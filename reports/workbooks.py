"""Excel workbooks of the lists people keep beside the report: the action register (整改事项清单), the blank
questionnaire and the 资料清单. Written with openpyxl; each sheet has its header frozen and filterable,
dates are dates, and a mark that matters (已逾期) is written as text, not shown by colour alone."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from checklist.actions import ActionRow
from checklist.bidi import reveal_bidi
from checklist.errors import Message
from checklist.vocabulary import Answer, answer_name
from checklist.worksheets import DocumentArticle, SheetChapter

from .render import write_atomically

HEADER_FILL = "1F3A5F"  # the report's ink blue
OVERDUE_FILL = "FDECEA"  # the tint of 重大风险, with the words 已逾期 in the cell
OVERDUE = Message("已逾期", "Overdue")

ACTION_COLUMNS = (  # title, width in characters
    (Message("编号", "No."), 9),
    (Message("条文", "Article"), 22),
    (Message("问题", "Question"), 50),
    (Message("风险事项", "Items"), 10),
    (Message("整改措施", "Measure"), 40),
    (Message("负责人", "Owner"), 14),
    (Message("完成期限", "Due"), 12),
    (Message("状态", "Status"), 10),
    (Message("逾期", "Overdue"), 8),
    (Message("最后修改", "Last changed"), 18),
)


def _sheet(workbook, title: str, columns: Sequence[tuple[Message, int]], lang: str, header_note: str):
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet = workbook.active  # one sheet per workbook
    sheet.title = title[:31]
    sheet.append([c.text(lang) for c, _ in columns])
    for n, (_, width) in enumerate(columns, 1):
        cell = sheet.cell(row=1, column=n)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(n)].width = width
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    sheet.oddHeader.center.text = _safe(header_note).replace("&", "&&")  # & starts a code in Excel's header
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    return sheet


def _finish(sheet, columns: int) -> None:
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    sheet.auto_filter.ref = f"A1:{get_column_letter(columns)}{max(sheet.max_row, 1)}"
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(vertical="top", wrap_text=True)


def _save(workbook, path: Path) -> Path:
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_atomically(Path(path), buffer.getvalue())  # a failed write leaves an earlier file as it was
    return Path(path)


def _workbook(title: str, company: str):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.properties.title = title
    workbook.properties.subject = _safe(company)
    workbook.properties.creator = "风控法务体检"
    return workbook


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # what an .xlsx cannot hold (openpyxl refuses it)


def _safe(text: str) -> str:
    """Text from a file as a cell value: control characters an .xlsx cannot hold dropped, direction controls
    shown rather than obeyed, and a leading = + - @ kept from making Excel read it as a formula."""
    text = reveal_bidi(_CONTROL.sub("", text))
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def write_action_register(rows: Iterable[ActionRow], path: Path, *, company: str, day: dt.date,
                          lang: str = "zh") -> Path:
    """The register as shown: one row per action, in the order given; overdue judged on ``day``."""
    from openpyxl.styles import Font, PatternFill

    title = Message("整改事项清单", "Action register").text(lang)
    as_of = Message(f"{company}　{title}（截至 {day.isoformat()}）", f"{company} — {title} (as of {day.isoformat()})")
    workbook = _workbook(title, company)
    sheet = _sheet(workbook, title, ACTION_COLUMNS, lang, as_of.text(lang))
    for row in rows:
        sheet.append([
            row.question_id,
            _safe(f"{row.article_label} {row.article_title}"),
            _safe(row.question_text),
            "、".join(row.item_ids) if lang == "zh" else ", ".join(row.item_ids),
            _safe(row.measure),
            _safe(row.owner),
            row.due,
            row.status.text(lang),
            OVERDUE.text(lang) if row.overdue else "",
            row.changed_at.replace(tzinfo=None, microsecond=0) if row.changed_at else None,
        ])
        r = sheet.max_row
        sheet.cell(row=r, column=7).number_format = "yyyy-mm-dd"
        sheet.cell(row=r, column=10).number_format = "yyyy-mm-dd hh:mm"
        if row.overdue:
            flag = sheet.cell(row=r, column=9)
            flag.font = Font(bold=True, color="7A1A10")
            flag.fill = PatternFill("solid", fgColor=OVERDUE_FILL)
    _finish(sheet, len(ACTION_COLUMNS))
    return _save(workbook, path)


ANSWER_BOXES = tuple(Answer)  # the boxes of the blank questionnaire, in the app's order (keys 1–5)
QUESTIONNAIRE_COLUMNS = (
    (Message("章", "Chapter"), 18),
    (Message("条文", "Article"), 24),
    (Message("编号", "No."), 9),
    (Message("问题", "Question"), 60),
    (Message("回答", "Answer"), 16),
    (Message("备注", "Notes"), 36),
    (Message("核查提示", "What to check"), 50),
)
DOCUMENT_COLUMNS = (
    (Message("已备", "Ready"), 6),
    (Message("章", "Chapter"), 18),
    (Message("条文", "Article"), 24),
    (Message("资料", "Document"), 44),
    (Message("对应问题", "Questions"), 18),
    (Message("备注", "Notes"), 30),
)


def write_questionnaire(chapters: Sequence[SheetChapter], path: Path, *, company: str, day: dt.date,
                        lang: str = "zh") -> Path:
    """The blank questionnaire as a sheet: the answer column offers the five answers as a list to choose from."""
    from openpyxl.worksheet.datavalidation import DataValidation

    title = Message("空白问卷", "Blank questionnaire").text(lang)
    workbook = _workbook(title, company)
    sheet = _sheet(workbook, title, QUESTIONNAIRE_COLUMNS, lang, f"{company}　{title}　{day.isoformat()}")
    for chapter in chapters:
        for article in chapter.articles:
            for q in article.questions:
                sheet.append([_safe(f"{chapter.label} {chapter.title}"), _safe(f"{article.label} {article.title}"),
                              q.id, _safe(q.text), "", "", _safe(q.hint)])
    choices = ",".join(answer_name(a).text(lang) for a in ANSWER_BOXES)
    if sheet.max_row > 1:
        rule = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
        sheet.add_data_validation(rule)
        rule.add(f"E2:E{sheet.max_row}")
    _finish(sheet, len(QUESTIONNAIRE_COLUMNS))
    return _save(workbook, path)


def write_documents(articles: Sequence[DocumentArticle], path: Path, *, company: str, day: dt.date,
                    lang: str = "zh") -> Path:
    """The 资料清单: one row per document of each article, with an empty 已备 column to tick."""
    title = Message("资料清单", "Documents to prepare").text(lang)
    workbook = _workbook(title, company)
    sheet = _sheet(workbook, title, DOCUMENT_COLUMNS, lang, f"{company}　{title}　{day.isoformat()}")
    comma = "、" if lang == "zh" else ", "
    for article in articles:
        for doc in article.documents:
            sheet.append(["☐", _safe(f"{article.chapter_label} {article.chapter_title}"),
                          _safe(f"{article.label} {article.title}"), _safe(doc.name), comma.join(doc.question_ids), ""])
    _finish(sheet, len(DOCUMENT_COLUMNS))
    return _save(workbook, path)
