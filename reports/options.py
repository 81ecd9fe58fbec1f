"""What the person rendering a report chooses: template, sections, branding."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from checklist.errors import Message, UserError

from .palette import DEFAULT_ACCENT, is_hex_colour


class Template(StrEnum):
    SELF_CHECK = "self_check"
    CONSULTANT = "consultant"

    @property
    def title(self) -> Message:
        return TEMPLATE_TEXT[self][0]

    @property
    def description(self) -> Message:
        return TEMPLATE_TEXT[self][1]


TEMPLATE_TEXT = {
    Template.SELF_CHECK: (Message("企业自查版", "Self-check"),
                          Message("企业法务部门自行出具，供内部管理使用。",
                                  "Issued by the company's own legal department, for internal use.")),
    Template.CONSULTANT: (Message("顾问出具版", "Consultant"),
                          Message("律师事务所或咨询机构出具，含审核人与签章栏。",
                                  "Issued by a law firm or consultancy, with reviewer and signature blocks.")),
}


class Section(StrEnum):
    """A section of the report, in reading order. The cover, the contents and the disclaimer are not
    among them: they are always present (a report without the disclaimer could pass for legal advice)."""

    SUMMARY = "summary"
    CHARTS = "charts"
    FINDINGS = "findings"
    PLAN = "plan"
    ANSWERS = "answers"
    METHOD = "method"

    @property
    def title(self) -> Message:
        return SECTION_TITLES[self]

    @property
    def in_appendix(self) -> bool:
        return self in (Section.ANSWERS, Section.METHOD)


SECTION_TITLES = {
    Section.SUMMARY: Message("体检结论", "Conclusions"),
    Section.CHARTS: Message("风险分布", "Risk distribution"),
    Section.FINDINGS: Message("风险事项详情", "Findings"),
    Section.PLAN: Message("整改计划", "Action plan"),
    Section.ANSWERS: Message("问卷作答明细", "All answers"),
    Section.METHOD: Message("评分方法", "Scoring method"),
}
DISCLAIMER_TITLE = Message("免责声明", "Disclaimer")
MIGRATION_TITLE = Message("指引迁移记录", "Guide version move")

LOGO_SUFFIXES = {".png", ".svg"}
MAX_LOGO_BYTES = 2 * 1024 * 1024
MAX_DISCLAIMER_CHARS = 20000


class ReportError(UserError):
    """A problem the user can fix (bad option, unwritable output)."""


@dataclass(frozen=True)
class ReportOptions:
    template: Template = Template.SELF_CHECK
    sections: frozenset[Section] = field(default_factory=lambda: frozenset(Section))
    firm_name: str = ""
    logo: Path | None = None
    accent: str = DEFAULT_ACCENT
    report_number: str = ""  # e.g. FZTJ-2026-0001; derived from the company and date when empty
    issuing_party: str = ""  # defaults to the firm (consultant) or the company's legal department
    report_date: dt.date | None = None  # defaults to today
    disclaimer: str = ""  # the firm's own disclaimer (consultant template); its default one when empty
    language: str = "zh"  # the report's language: zh, or en for the PDF (the guide's English overlay)

    def check(self) -> None:
        """Raise ReportError for the first option that cannot be used."""
        if self.language not in LANGUAGES:
            raise ReportError(f"报告语言只能是 {'、'.join(LANGUAGES)}，而不是“{self.language}”。",
                              f"The report language must be one of {', '.join(LANGUAGES)}, not {self.language!r}.")
        if self.template not in set(Template):
            raise ReportError(
                f"没有名为“{self.template}”的报告模板，可选：{'、'.join(Template)}。",
                f"No report template named {self.template!r}; choose one of {', '.join(Template)}.")
        unknown = sorted(set(self.sections) - set(Section))
        if unknown:
            raise ReportError(f"不认识的报告章节：{'、'.join(unknown)}。", f"Unknown sections: {', '.join(unknown)}.")
        if len(self.disclaimer) > MAX_DISCLAIMER_CHARS:
            raise ReportError(f"免责声明不能超过 {MAX_DISCLAIMER_CHARS:,} 字（现有 {len(self.disclaimer):,} 字）。",
                              f"The disclaimer is limited to {MAX_DISCLAIMER_CHARS:,} characters "
                              f"({len(self.disclaimer):,} given).")
        if not is_hex_colour(self.accent):
            raise ReportError(f"主题色应写成 #1F3A5F 的形式，而不是“{self.accent}”。",
                              f"The accent colour must look like #1F3A5F, not {self.accent!r}.")
        if self.logo is not None:
            logo = Path(self.logo)
            if logo.suffix.lower() not in LOGO_SUFFIXES:
                raise ReportError("标志图片只能是 PNG 或 SVG 文件。", "The logo must be a PNG or SVG file.")
            try:
                size = logo.stat().st_size
            except OSError:
                raise ReportError(f"找不到标志图片 {logo}。", f"Logo {logo} not found.") from None
            if not logo.is_file():
                raise ReportError(f"{logo} 不是文件。", f"{logo} is not a file.")
            if size > MAX_LOGO_BYTES:
                raise ReportError("标志图片超过 2 MB，请换一个较小的文件。", "The logo is over 2 MB; use a smaller file.")


LANGUAGES = ("zh", "en")
# Only the PDF is written in English; the Word document and the workbook are Chinese.
ENGLISH_FORMATS = frozenset({"pdf"})


def check_language(formats: Iterable[Format], language: str) -> None:
    """Refuse a format that cannot be written in ``language``: in English only the PDF."""
    if language != "en":
        return
    refused = [f for f in formats if f not in ENGLISH_FORMATS]
    if refused:
        names = ", ".join(f.value for f in refused)
        raise ReportError(f"英文报告只提供 PDF 格式；Word 和 Excel 报告只有中文版（{names}）。"
                          "请只选 PDF，或改用中文生成。",
                          f"The English report is available as PDF only; the Word and Excel reports are in "
                          f"Chinese only ({names}). Choose PDF alone, or render in Chinese.", code="language")


class Format(StrEnum):
    """A file the report is written as; each comes from the same report model."""

    PDF = "pdf"
    DOCX = "docx"
    XLSX = "xlsx"

    @property
    def suffix(self) -> str:
        return f".{self.value}"

    @property
    def title(self) -> Message:
        return FORMAT_TITLES[self]


FORMAT_TITLES = {
    Format.PDF: Message("PDF 报告", "PDF report"),
    Format.DOCX: Message("Word 文档（可编辑）", "Word document (editable)"),
    Format.XLSX: Message("Excel 工作簿（发现事项与整改计划）", "Excel workbook (findings and action plan)"),
}


def output_paths(target: Path, formats: Iterable[Format]) -> dict[Format, Path]:
    """Where each format goes: ``target`` is one file's name (报告.pdf) or a stem (报告) for several formats.

    A name ending in a report suffix stands for its stem; a name ending in a suffix of a format not chosen
    is refused, so that ``-o 报告.docx`` never quietly writes 报告.pdf.
    """
    chosen = list(dict.fromkeys(formats))
    if not chosen:
        raise ReportError("请至少选择一种报告格式。", "Choose at least one report format.")
    target = Path(target)
    suffix = target.suffix.lower()
    known = {f.suffix: f for f in Format}
    if suffix in known and known[suffix] not in chosen:
        wanted = "、".join(f.suffix for f in chosen)
        raise ReportError(f"报告文件应以 {wanted} 结尾。", f"The report file must end in {', '.join(f.suffix for f in chosen)}.")
    stem = target.with_suffix("") if suffix in known else target
    return {f: stem.with_name(stem.name + f.suffix) for f in chosen}


def default_report_name(company: str, fallback: str) -> str:
    """The file name (without suffix) a report gets unless the user names it: 杭州某某公司-法治体检报告."""
    name = re.sub(r'[\\/:*?"<>|\s]+', "", company)[:60] or fallback
    return f"{name}-法治体检报告"
