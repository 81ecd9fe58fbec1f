"""The papers handed to the people who will be interviewed, as PDF and as Excel: the blank questionnaire
(空白问卷) of the questions the company's profile makes applicable, and the 资料清单 of the documents to
prepare. They share the report's stylesheet, page furniture (company and confidentiality mark in the
header, 第 n 页 共 m 页 in the footer) and layout engine; WeasyPrint loads only when a PDF is made. In English
the sheets print the guide's English overlay and their own headings in English; the company's name is its own."""

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
CONFIDENTIAL_EN = "Internal — confidential"
# the words the sheets' templates print, by the name the templates use
SHEET_WORDS = {
    "uscc": Message("统一社会信用代码", "Unified social credit code"),
    "period": Message("体检期间", "Period"),
    "printed": Message("打印日期", "Printed on"),
    "department": Message("受访部门", "Department"),
    "interviewee": Message("受访人", "Interviewee"),
    "interview_date": Message("访谈日期", "Date of interview"),
    "blank_date": Message("　　年　　月　　日", ""),
    "how": Message("每题勾选一项回答；选“不适用”的写明理由；“不确定”表示需要进一步核实。备注栏可记录事实、资料名称和需要跟进的事项。",
                   "Tick one answer for each question; for \"Not applicable\" give the reason; \"Unsure\" means it needs "
                   "to be verified. The notes may record facts, the names of documents and matters to follow up."),
    "hint": Message("核查提示", "What to check"),
    "notes": Message("备注", "Notes"),
    "ready": Message("已备", "Ready"),
    "document": Message("资料", "Document"),
    "questions": Message("对应问题", "Questions"),
    "gap": Message("　", "  "),  # between a label and a title: 第一章　…, Chapter 1  …
    "comma": Message("、", ", "),
}
# the page footer in English (report.css writes it in Chinese)
ENGLISH_PAGE_CSS = ('@page { @bottom-center { content: "Page " counter(page) " of " counter(pages) "\\A" string(legend); } }\n'
                    ".sheet-title { letter-spacing: 0.05em; }\n")  # the title's spacing suits Chinese only


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
    guide_line: str = ""  # 《guide title》（版本 1.2.0）, in English: title (version 1.2.0)


@dataclass(frozen=True)
class SheetModel:
    head: SheetHead
    kind: SheetKind
    chapters: tuple[SheetChapter, ...]
    articles: tuple[DocumentArticle, ...]
    answers: tuple[str, ...]  # the answer boxes, in the app's order
    lang: str = "zh"

    @property
    def words(self) -> dict[str, str]:
        return {name: message.text(self.lang) for name, message in SHEET_WORDS.items()}


def build_sheet(assessment: Assessment, kind: SheetKind, day: dt.date, lang: str = "zh") -> SheetModel:
    """The sheet's content; ``lang`` chooses the language of the guide's texts and document names."""
    guide, profile = assessment.guide, assessment.profile
    chapters = questionnaire(guide, profile.facts, lang)
    articles = documents(guide, profile.facts, lang) if kind is SheetKind.DOCUMENTS else ()
    questions = sum(c.question_count for c in chapters)
    article_count = sum(len(c.articles) for c in chapters)
    if kind is SheetKind.QUESTIONNAIRE:
        scope = Message(f"按企业画像适用的 {questions} 个检查问题，分 {len(chapters)} 章、"
                        f"{article_count} 条；不适用于本企业的问题未列入。",
                        f"The {questions} questions the company's profile makes applicable, in {len(chapters)} "
                        f"chapters and {article_count} articles; questions that do not apply to the company are "
                        "left out.")
    else:
        scope = Message(f"回答 {questions} 个适用问题需要准备的资料，共 {document_count(articles)} 项，按条列出；"
                        "请在“已备”栏打勾，无法提供的在备注中说明。",
                        f"The {document_count(articles)} documents to prepare for answering the {questions} "
                        "applicable questions, article by article; tick \"Ready\" for each, and say in the notes "
                        "why any cannot be provided.")
    year = profile.assessment_date.year if profile.assessment_date else None
    title = guide.text(guide.meta, "title", lang)
    head = SheetHead(
        title=kind.title.text(lang), company=profile.name, uscc=profile.uscc,
        period=profile.period or (Message(f"{year}年度", str(year)).text(lang) if year else "—"),
        guide_title=title, guide_version=guide.meta.version,
        date=date_text(day) if lang == "zh" else day.isoformat(),
        confidentiality=CONFIDENTIAL if lang == "zh" else CONFIDENTIAL_EN, scope=scope.text(lang),
        guide_line=(f"《{title}》（版本 {guide.meta.version}）" if lang == "zh"
                    else f"{title} (version {guide.meta.version})"))
    return SheetModel(head, kind, chapters, articles, tuple(answer_name(a).text(lang) for a in Answer), lang)


def render_html(model: SheetModel) -> str:
    from .html import environment, level_rules, stylesheet  # Jinja2 only here
    from .options import DEFAULT_ACCENT
    from .palette import readable_accent

    extra = (STATIC_DIR / "worksheet.css").read_text(encoding="utf-8")
    if model.lang == "en":
        extra += ENGLISH_PAGE_CSS
    template = environment().get_template(f"{model.kind}.html")
    return template.render(m=model, w=model.words, css=stylesheet(), sheet_css=extra, level_css=level_rules(),
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
    model = build_sheet(assessment, kind, day, lang)
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
