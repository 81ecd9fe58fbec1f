"""``legalcheck report``: the 法治体检报告 as PDF, Word and Excel (and HTML) from an assessment file.

``--lang en`` (before or after ``report``) writes the PDF and HTML in English; Word and Excel are Chinese only.

Everything the app's report dialog offers can be chosen here: template, sections, report date,
issuing party, firm, logo, accent colour, report number and the formats to write.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import logging
import sys
from pathlib import Path

from checklist.errors import UserError
from reports.options import Format, Section, Template

from .common import clean, current_guide_for, open_for_reading, say


class _SectionsHelp(argparse.Action):
    """``--sections help`` lists the sections and stops, like ``--help``, before FILE is asked for."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        if str(values).strip().lower() in ("help", "?", "list"):
            print(section_list())
            parser.exit(0)
        setattr(namespace, self.dest, values)


def section_list() -> str:
    lines = ["可选的报告章节 / report sections (--sections a,b,…; 默认全部 / default all):"]
    lines += [f"  {s.value:<10}{s.title.zh} / {s.title.en}" for s in Section]
    lines.append("  封面、目录和免责声明总是包含 / the cover, contents and disclaimer are always included.")
    return "\n".join(lines)


def register(commands: argparse._SubParsersAction) -> None:
    rep = commands.add_parser("report", help="生成法治体检报告（PDF、Word、Excel） / render the report")
    rep.add_argument("file", metavar="FILE.lhc")
    rep.add_argument("-o", "--output", metavar="OUT", default=None,
                     help="报告文件，或多种格式共用的文件名（不含扩展名）；默认与体检文件同一文件夹 / "
                          "output file, or the stem shared by several formats")
    rep.add_argument("--format", default="pdf", metavar="pdf,docx,xlsx",
                     help="输出格式，逗号分隔（默认 pdf）：pdf 报告，docx 可编辑的 Word 文档，xlsx 发现事项与整改计划 / "
                          "formats, comma-separated")
    rep.add_argument("--template", choices=tuple(Template), type=Template, default=Template.SELF_CHECK,
                     help="self_check 企业自查版（默认），consultant 顾问出具版（含审核与签章）")
    rep.add_argument("--sections", action=_SectionsHelp, default=None, metavar="a,b,…",
                     help="包含的章节，逗号分隔（--sections help 列出全部） / sections to include")
    rep.add_argument("--date", metavar="YYYY-MM-DD", default=None, help="报告日期（默认今天） / report date")
    rep.add_argument("--issuer", metavar="TEXT", default="",
                     help="出具方（默认：顾问版为出具单位，自查版为企业法务部门） / issuing party")
    rep.add_argument("--html", metavar="OUT.html", help="同时输出 HTML / also write the HTML")
    rep.add_argument("--firm", metavar="NAME", default="", help="出具单位（律师事务所等）名称 / firm name")
    rep.add_argument("--logo", metavar="PATH", help="标志图片（PNG 或 SVG） / logo")
    rep.add_argument("--accent", metavar="#RRGGBB", default=None, help="主题色 / accent colour")
    rep.add_argument("--number", metavar="FZTJ-…", default="", help="报告编号 / report number")
    rep.add_argument("--disclaimer", metavar="FILE", help="出具单位自己的免责声明（UTF-8 文本，顾问出具版使用） / "
                     "the firm's own disclaimer (consultant template)")
    rep.add_argument("--force", action="store_true", help="覆盖已存在的文件 / overwrite existing files")
    # the global --lang, also accepted after the command; absent here, the global one (or LEGALCHECK_LANG) stands
    rep.add_argument("--lang", choices=("zh", "en"), default=argparse.SUPPRESS,
                     help="报告和消息的语言：zh 中文（默认），en 英文（仅 PDF；Word 和 Excel 只有中文版） / "
                          "language of the report and the messages: en writes the PDF in English (Word and Excel "
                          "are Chinese only)")
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


def parse_formats(text: str) -> list[Format]:
    names = [part.strip().lower().lstrip(".") for part in text.split(",") if part.strip()]
    unknown = [n for n in names if n not in set(Format)]
    if unknown or not names:
        raise UserError(f"不认识的报告格式：{'、'.join(unknown) or '（空）'}。可选：pdf、docx、xlsx，用逗号分隔。",
                        f"Unknown report format: {', '.join(unknown) or '(none)'}; choose from pdf, docx, xlsx, "
                        "comma-separated.")
    return list(dict.fromkeys(Format(n) for n in names))


def parse_sections(text: str | None) -> frozenset[Section]:
    if text is None:
        return frozenset(Section)
    by_name = {s.value: s for s in Section} | {s.title.zh: s for s in Section} | {s.title.en.lower(): s for s in Section}
    names = [part.strip() for part in text.replace("，", ",").split(",") if part.strip()]
    unknown = [n for n in names if n.lower() not in by_name and n not in by_name]
    if unknown or not names:
        listed = "、".join(f"{s.value}（{s.title.zh}）" for s in Section)
        raise UserError(f"不认识的报告章节：{'、'.join(unknown) or '（空）'}。可选：{listed}。",
                        f"Unknown report section: {', '.join(unknown) or '(none)'}; choose from "
                        f"{', '.join(s.value for s in Section)}.")
    return frozenset(by_name.get(n, by_name.get(n.lower())) for n in names)


def parse_date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"报告日期应写成 YYYY-MM-DD，如 2026-12-01，而不是“{text}”。",
                        f"The report date must look like 2026-12-01, not {text!r}.") from None


def run_report(args: argparse.Namespace) -> int:
    # The report layer (and with it WeasyPrint) loads only for this command.
    from checklist.validation import write_problem
    from reports.options import DEFAULT_ACCENT, ReportOptions, check_language, default_report_name, output_paths
    from reports.render import harfbuzz_subset_available, refuse_existing, write_report

    formats = parse_formats(args.format)
    check_language(formats, args.lang)  # before anything is opened or checked
    options = ReportOptions(
        template=args.template,
        sections=parse_sections(args.sections),
        firm_name=args.firm.strip(),
        logo=Path(args.logo) if args.logo else None,
        accent=args.accent or DEFAULT_ACCENT,
        report_number=args.number.strip(),
        disclaimer=read_disclaimer(Path(args.disclaimer)) if args.disclaimer else "",
        issuing_party=args.issuer.strip(),
        report_date=parse_date(args.date),
        language=args.lang,
    )
    lhc = Path(args.file)
    target = Path(args.output) if args.output else None
    if target is not None:
        paths = output_paths(target, formats)  # a wrong suffix is said before the file is even opened
        _check_targets(paths.values(), args, write_problem, refuse_existing)
    options.check()
    if not harfbuzz_subset_available() and {Format.PDF, Format.DOCX} & set(formats):
        print(say(args.lang,
                  "提示：未找到 libharfbuzz-subset0，字体子集化将改用较慢的方式，生成报告可能需要数十秒"
                  "（安装：sudo apt-get install libharfbuzz-subset0）。",
                  "Note: libharfbuzz-subset0 not found; font subsetting falls back to a much slower method "
                  "(install: sudo apt-get install libharfbuzz-subset0)."), file=sys.stderr)
    with open_for_reading(args.file, args.lang) as file:
        assessment = file.assessment
    if target is None:  # beside the assessment, named as the app names it
        paths = output_paths(lhc.parent / default_report_name(assessment.profile.name, lhc.stem), formats)
        _check_targets(paths.values(), args, write_problem, refuse_existing)
    # A warning from the layout engine means something did not come out as designed (an image
    # refused or unreadable, say): show it rather than hand over a silently different report.
    handler = _EngineWarnings(args.lang)
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    # One report per process: the collector stays off through the render (write_report leaves it
    # as it finds it), and what the layout leaves, some 400,000 objects in reference cycles, is
    # frozen, so no collection walks it, not even the one at exit; the process's end frees it.
    gc.disable()
    try:
        written = write_report(assessment, paths, options, overwrite=args.force,
                               html_out=Path(args.html) if args.html else None,
                               current_guide=current_guide_for(assessment.guide))
        gc.freeze()
    finally:
        logger.removeHandler(handler)
        gc.enable()
    for path in written.values():
        print(clean(say(args.lang, f"已生成报告 {path}", f"Report written to {path}")))
    return 0


def _check_targets(paths, args: argparse.Namespace, write_problem, refuse_existing) -> None:  # noqa: ANN001
    """Before the minutes of layout: a folder missing, read-only, a folder in the way, a file already there."""
    targets = [*paths, *([Path(args.html)] if args.html else [])]
    for target in targets:
        if not target.parent.exists():
            raise UserError(f"找不到输出文件夹 {target.parent}。", f"Output folder {target.parent} not found.")
        problem = write_problem(target)
        if problem is not None:
            raise UserError(problem, code="write_failed")
    if not args.force:
        refuse_existing(targets)
