"""``legalcheck report``: the 法治体检报告 as PDF (and HTML) from an assessment file."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from pathlib import Path

from checklist.errors import UserError
from reports.options import Template

from .common import clean, current_guide_for, open_for_reading, say


def register(commands: argparse._SubParsersAction) -> None:
    rep = commands.add_parser("report", help="生成法治体检报告（PDF） / render the report")
    rep.add_argument("file", metavar="FILE.lhc")
    rep.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="报告文件 / output PDF")
    rep.add_argument("--template", choices=tuple(Template), type=Template, default=Template.SELF_CHECK,
                     help="self_check 企业自查版（默认），consultant 顾问出具版（含审核与签章）")
    rep.add_argument("--html", metavar="OUT.html", help="同时输出 HTML / also write the HTML")
    rep.add_argument("--firm", metavar="NAME", default="", help="出具单位（律师事务所等）名称 / firm name")
    rep.add_argument("--logo", metavar="PATH", help="标志图片（PNG 或 SVG） / logo")
    rep.add_argument("--accent", metavar="#RRGGBB", default=None, help="主题色 / accent colour")
    rep.add_argument("--number", metavar="FZTJ-…", default="", help="报告编号 / report number")
    rep.add_argument("--disclaimer", metavar="FILE", help="出具单位自己的免责声明（UTF-8 文本，顾问出具版使用） / "
                     "the firm's own disclaimer (consultant template)")
    rep.set_defaults(run=run_report)


MAX_DISCLAIMER_BYTES = 256 * 1024


def read_disclaimer(path: Path) -> str:
    """The firm's disclaimer from a text file: a regular file of at most MAX_DISCLAIMER_BYTES, in UTF-8."""
    try:
        info = path.stat()
    except OSError:
        raise UserError(f"找不到免责声明文件 {path}。", f"Disclaimer file {path} not found.") from None
    if not path.is_file():
        raise UserError(f"{path} 不是普通文件。", f"{path} is not a regular file.")
    if info.st_size > MAX_DISCLAIMER_BYTES:
        raise UserError(f"免责声明文件 {path.name} 超过 {MAX_DISCLAIMER_BYTES // 1024} KB。",
                        f"The disclaimer file {path.name} is over {MAX_DISCLAIMER_BYTES // 1024} KB.")
    try:
        return path.read_bytes().decode("utf-8-sig").strip()
    except UnicodeDecodeError:
        raise UserError(f"免责声明文件 {path.name} 不是 UTF-8 编码的文本。",
                        f"The disclaimer file {path.name} is not UTF-8 text.") from None
    except OSError as exc:
        raise UserError(f"无法读取 {path}：{exc.strerror or exc}。", f"Cannot read {path}: {exc.strerror or exc}.") from None


class _EngineWarnings(logging.Handler):
    def __init__(self, lang: str) -> None:
        super().__init__(logging.WARNING)
        self.lang = lang

    def emit(self, record: logging.LogRecord) -> None:
        print(clean(say(self.lang, "排版提示：", "Layout note: ") + record.getMessage()), file=sys.stderr)


def run_report(args: argparse.Namespace) -> int:
    # The report layer (and with it WeasyPrint) loads only for this command.
    from checklist.validation import write_problem
    from reports.options import DEFAULT_ACCENT, ReportOptions
    from reports.render import harfbuzz_subset_available, render_report

    out = Path(args.output)
    if out.suffix.lower() != ".pdf":
        raise UserError("报告文件应以 .pdf 结尾。", "The report file must end in .pdf.")
    if not out.parent.exists():
        raise UserError(f"找不到输出文件夹 {out.parent}。", f"Output folder {out.parent} not found.")
    for target in (out, Path(args.html)) if args.html else (out,):
        problem = write_problem(target)  # before the minutes of layout: a folder missing, read-only, a folder
        if problem is not None:
            raise UserError(problem, code="write_failed")
    options = ReportOptions(
        template=args.template,
        firm_name=args.firm.strip(),
        logo=Path(args.logo) if args.logo else None,
        accent=args.accent or DEFAULT_ACCENT,
        report_number=args.number.strip(),
        disclaimer=read_disclaimer(Path(args.disclaimer)) if args.disclaimer else "",
    )
    options.check()
    if not harfbuzz_subset_available():
        print(say(args.lang,
                  "提示：未找到 libharfbuzz-subset0，字体子集化将改用较慢的方式，生成报告可能需要数十秒"
                  "（安装：sudo apt-get install libharfbuzz-subset0）。",
                  "Note: libharfbuzz-subset0 not found; font subsetting falls back to a much slower method "
                  "(install: sudo apt-get install libharfbuzz-subset0)."), file=sys.stderr)
    with open_for_reading(args.file, args.lang) as file:
        assessment = file.assessment
    # A warning from the layout engine means something did not come out as designed (an image
    # refused or unreadable, say): show it rather than hand over a silently different report.
    handler = _EngineWarnings(args.lang)
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    # One report per process: the collector stays off through the render (render_report leaves it
    # as it finds it), and what the layout leaves, some 400,000 objects in reference cycles, is
    # frozen, so no collection walks it, not even the one at exit; the process's end frees it.
    gc.disable()
    try:
        render_report(assessment, out, options, html_out=Path(args.html) if args.html else None,
                      current_guide=current_guide_for(assessment.guide))
        gc.freeze()
    finally:
        logger.removeHandler(handler)
        gc.enable()
    print(say(args.lang, f"已生成报告 {out}", f"Report written to {out}"))
    return 0
