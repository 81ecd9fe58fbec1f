"""What the person rendering a report chooses: template, sections, branding."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from checklist.errors import UserError

from .palette import DEFAULT_ACCENT, is_hex_colour

TEMPLATES = {"self_check": "企业自查版", "consultant": "顾问出具版"}

# Optional sections, in reading order, with the labels a dialog shows. The cover,
# the contents and the disclaimer are always present: a report without the
# disclaimer could be mistaken for legal advice.
SECTIONS = {
    "summary": "体检结论",
    "charts": "风险分布",
    "findings": "风险事项详情",
    "plan": "整改计划",
    "answers": "问卷作答明细",
    "method": "评分方法",
}

LOGO_SUFFIXES = {".png", ".svg"}
MAX_LOGO_BYTES = 2 * 1024 * 1024


class ReportError(UserError):
    """A problem the user can fix (bad option, unwritable output)."""


@dataclass(frozen=True)
class ReportOptions:
    template: str = "self_check"
    sections: frozenset[str] = field(default_factory=lambda: frozenset(SECTIONS))
    firm_name: str = ""
    logo: Path | None = None
    accent: str = DEFAULT_ACCENT
    report_number: str = ""  # e.g. FZTJ-2026-0001; derived from the company and date when empty
    issuing_party: str = ""  # defaults to the firm (consultant) or the company's legal department
    report_date: dt.date | None = None  # defaults to today

    def check(self) -> None:
        """Raise ReportError for the first option that cannot be used."""
        if self.template not in TEMPLATES:
            raise ReportError(
                f"没有名为“{self.template}”的报告模板，可选：{'、'.join(TEMPLATES)}。",
                f"No report template named {self.template!r}; choose one of {', '.join(TEMPLATES)}.")
        unknown = sorted(set(self.sections) - set(SECTIONS))
        if unknown:
            raise ReportError(f"不认识的报告章节：{'、'.join(unknown)}。", f"Unknown sections: {', '.join(unknown)}.")
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
