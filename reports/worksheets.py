"""The papers handed to the people who will be interviewed, as PDF and as Excel: the blank questionnaire
(空白问卷) of the questions the company's profile makes applicable, and the 资料清单 of the documents to
prepare. They share the report's stylesheet, page furniture (company and confidentiality mark in the
header, 第 n 页 共 m 页 in the footer) and layout engine; WeasyPrint loads only when a PDF is made."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from checklist.assessment import Assessment
from checklist.errors import Message
from checklist.model import Answer
from checklist.vocabulary import answer_name, date_text
from checklist.worksheets import DocumentArticle, SheetChapter, document_count, documents, questionnaire

from .fetcher import PACKAGE_DIR, STATIC_DIR, FetchPolicy, weasyprint_fetcher
from .model import CONFIDENTIAL
from .options import ReportError
from .render import Cancelled, Progress, collector_paused, font_config, write_atomically

__all__ = ["Cancelled", "Format", "ReportError", "SheetKind", "render_worksheet"]


class SheetKind(StrEnum):
    QUESTIONNAIRE = "questionnaire"
    DOCUMENTS = "documents"

    @property
    def title(self) -> Message:
        return SHEET_TITLES[self]


SHEET_TITLES = {
    SheetKind.QUESTIONNAIRE: Message("空白问卷", "Blank questionnaire"),
    SheetKind.DOCUMENTS: Message("资料清单", "Documents to prepare"),
}


class Format(StrEnum):
    PDF = "pdf"
    XLSX = "xlsx"


@dataclass(frozen=True)
class SheetHead:
    """What heads every worksheet: whose it is, from which guide, as of which day."""

    title: str
    company: str
    uscc: str
    period: str
    guide_title: str
    guide_version: str
    date: str
    confidentiality: str
    scope: str  # what the sheet covers, in one sentence


@dataclass(frozen=True)
class SheetModel:
    head: SheetHead
    kind: SheetKind
    chapters: tuple[SheetChapter, ...]
    articles: tuple[DocumentArticle, ...]
    answers: tuple[str, ...]  # the answer boxes, in the app's order


def build_sheet(assessment: Assessment, kind: SheetKind, day: dt.date, lang: str = "zh") -> SheetModel:
    """The sheet's content; ``lang`` chooses the language of the guide's texts and document names."""
    guide, profile = assessment.guide, assessment.profile
    chapters = questionnaire(guide, profile.facts, lang)
    articles = documents(guide, profile.facts, lang) if kind is SheetKind.DOCUMENTS else ()
    questions = sum(c.question_count for c in chapters)
    if kind is SheetKind.QUESTIONNAIRE:
        scope = (f"按企业画像适用的 {questions} 个检查问题，分 {len(chapters)} 章、"
                 f"{sum(len(c.articles) for c in chapters)} 条；不适用于本企业的问题未列入。")
    else:
        scope = (f"回答 {questions} 个适用问题需要准备的资料，共 {document_count(articles)} 项，按条列出；"
                 "请在“已备”栏打勾，无法提供的在备注中说明。")
    head = SheetHead(
        title=kind.title.zh, company=profile.name, uscc=profile.uscc,
        period=profile.period or (f"{profile.assessment_date.year}年度" if profile.assessment_date else "—"),
        guide_title=guide.meta.title, guide_version=guide.meta.version, date=date_text(day),
        confidentiality=CONFIDENTIAL, scope=scope)
    return SheetModel(head, kind, chapters, articles,
                      tuple(answer_name(a).zh for a in Answer))


def render_html(model: SheetModel) -> str:
    from .html import environment, level_rules, stylesheet  # Jinja2 only here
    from .options import DEFAULT_ACCENT
    from .palette import readable_accent

    extra = (STATIC_DIR / "worksheet.css").read_text(encoding="utf-8")
    template = environment().get_template(f"{model.kind}.html")
    return template.render(m=model, css=stylesheet(), sheet_css=extra, level_css=level_rules(),
                           accent=readable_accent(DEFAULT_ACCENT))


def render_worksheet(assessment: Assessment, kind: SheetKind, out: Path, fmt: Format = Format.PDF, *,
                     day: dt.date | None = None, lang: str = "zh", progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None) -> Path:
    """Write the ``kind`` worksheet of ``assessment`` to ``out`` as PDF or Excel and return the path.

    Like the report, the file is written whole or not at all: a cancelled or failed render leaves an
    earlier file at ``out`` as it was.
    """
    day = day or dt.date.today()
    report = progress or (lambda _p, _s: None)
    is_cancelled = cancelled or (lambda: False)

    def step(percent: int, label: Message) -> None:
        if is_cancelled():
            raise Cancelled()
        report(percent, label)

    step(0, Message("整理问题和资料", "Collecting the questions and documents"))
    # the PDF's headings and instructions are written in Chinese, so its content is too
    model = build_sheet(assessment, kind, day, lang if fmt is Format.XLSX else "zh")
    if fmt is Format.XLSX:
        from . import workbooks

        step(30, Message("写入 Excel 工作簿", "Writing the Excel workbook"))
        if kind is SheetKind.QUESTIONNAIRE:
            workbooks.write_questionnaire(model.chapters, out, company=model.head.company, day=day, lang=lang)
        else:
            workbooks.write_documents(model.articles, out, company=model.head.company, day=day, lang=lang)
        report(100, Message("完成", "Done"))
        return Path(out)
    with collector_paused():
        html = render_html(model)
        step(10, Message("加载排版引擎", "Loading the layout engine"))
        import weasyprint  # ~0.5 s: only when a PDF is actually made

        document = weasyprint.HTML(string=html, base_url=PACKAGE_DIR.as_uri() + "/",
                                   url_fetcher=weasyprint_fetcher(FetchPolicy()))
        step(20, Message("排版页面", "Laying out pages"))
        laid_out = document.render(font_config=font_config())
        step(85, Message(f"写入 PDF（共 {len(laid_out.pages)} 页）", f"Writing the PDF ({len(laid_out.pages)} pages)"))
        pdf = laid_out.write_pdf()
    step(98, Message("保存文件", "Saving the file"))
    write_atomically(Path(out), pdf)
    report(100, Message("完成", "Done"))
    return Path(out)
