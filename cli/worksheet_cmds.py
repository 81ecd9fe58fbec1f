"""``legalcheck actions | worksheet``: the action register, and the blank questionnaire and 资料清单 to hand
to the people who will be interviewed."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from checklist.errors import UserError

from .common import open_for_reading, out, print_json, say

KINDS = ("questionnaire", "documents")
FORMATS = ("pdf", "xlsx")
SORTS = ("question", "measure", "owner", "due", "status", "overdue", "changed")
STATUSES = ("open", "in_progress", "done", "undone")  # undone: open or in progress


def register(commands: argparse._SubParsersAction) -> None:
    ws = commands.add_parser("worksheet", help="打印空白问卷或资料清单（PDF、Excel） / blank questionnaire or documents list")
    ws.add_argument("file", metavar="FILE.lhc")
    ws.add_argument("--kind", choices=KINDS, required=True,
                    help="questionnaire 空白问卷，documents 资料清单 / which worksheet")
    ws.add_argument("--format", default="pdf", metavar="pdf,xlsx",
                    help="pdf、xlsx 或 pdf,xlsx（默认 pdf） / output formats")
    ws.add_argument("-o", "--output", required=True, metavar="OUT",
                    help="输出文件；两种格式时按格式换扩展名 / output file (its suffix follows each format)")
    ws.add_argument("--force", action="store_true", help="覆盖已有文件 / overwrite existing files")
    ws.add_argument("--date", type=_day, default=None, metavar="YYYY-MM-DD", help="打印日期（默认今天） / date printed")
    ws.set_defaults(run=run_worksheet)

    ac = commands.add_parser("actions", help="整改事项清单 / the action register")
    ac.add_argument("file", metavar="FILE.lhc")
    ac.add_argument("--status", default="", metavar="STATUS",
                    help="open 未开始、in_progress 进行中、done 已完成、undone 未完成，可用逗号分隔 / status filter")
    ac.add_argument("--owner", default=None, metavar="NAME", help="负责人（\"\" 表示未指定） / owner filter")
    ac.add_argument("--overdue", action="store_true", help="仅看逾期 / overdue only")
    ac.add_argument("--search", default="", metavar="TEXT", help="按编号、问题、措施、负责人搜索 / text search")
    ac.add_argument("--sort", choices=SORTS, default="question", help="排序 / sort by")
    ac.add_argument("--desc", action="store_true", help="倒序 / descending")
    ac.add_argument("--date", type=_day, default=None, metavar="YYYY-MM-DD",
                    help="判断逾期的日期（默认今天） / the day overdue is judged on")
    ac.add_argument("--format", choices=("text", "json", "xlsx"), default="text")
    ac.add_argument("-o", "--output", metavar="OUT.xlsx", help="Excel 文件（--format xlsx 时必填） / Excel file")
    ac.add_argument("--force", action="store_true", help="覆盖已有文件 / overwrite an existing file")
    ac.set_defaults(run=run_actions)


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写成 2026-12-31 的形式，而不是“{text}” / a date like 2026-12-31") \
            from None


def _formats(text: str) -> list[str]:
    chosen = list(dict.fromkeys(f.strip().lower() for f in text.split(",") if f.strip()))
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise UserError(f"不认识的格式“{','.join(unknown) or text}”，可用 pdf、xlsx 或 pdf,xlsx。",
                        f"Unknown format '{','.join(unknown) or text}'; use pdf, xlsx or pdf,xlsx.")
    return chosen


def targets(output: str, formats: list[str]) -> list[Path]:
    """One file per format: OUT itself when it already ends in the one format's suffix, else OUT with it."""
    base = Path(output)
    if base.suffix.lower() in tuple(f".{f}" for f in FORMATS):
        return [base.with_suffix(f".{f}") for f in formats]
    return [base.with_name(f"{base.name}.{f}") for f in formats]


def check_targets(paths: list[Path], force: bool) -> None:
    """Before any work: every file may be written, and none is overwritten unless asked (--force)."""
    from checklist.validation import write_problem

    for path in paths:
        if path.is_dir():
            raise UserError(f"{path} 是一个文件夹，请给出文件名。", f"{path} is a folder; give a file name.")
        if (path.exists() or path.is_symlink()) and not force:
            raise UserError(f"{path} 已存在，不会覆盖。要覆盖请加 --force。",
                            f"{path} exists and will not be overwritten; add --force to replace it.")
        if not path.parent.is_dir():
            raise UserError(f"找不到输出文件夹 {path.parent}。", f"Output folder {path.parent} not found.")
        problem = write_problem(path)
        if problem is not None:
            raise UserError(problem, code="write_failed")


def run_worksheet(args: argparse.Namespace) -> int:
    from reports.worksheets import Format, SheetKind, render_worksheet

    formats = _formats(args.format)
    paths = targets(args.output, formats)
    check_targets(paths, args.force)
    with open_for_reading(args.file, args.lang) as file:
        assessment = file.assessment
    kind = SheetKind(args.kind)
    for fmt, path in zip(formats, paths, strict=True):
        render_worksheet(assessment, kind, path, Format(fmt), day=args.date, lang=args.lang)
        print(say(args.lang, f"已生成{kind.title.zh} {path}", f"{kind.title.en} written to {path}"))
    return 0


def _statuses(text: str):
    from checklist.vocabulary import ActionStatus

    chosen: set[ActionStatus] = set()
    for part in (p.strip() for p in text.split(",") if p.strip()):
        if part == "undone":
            chosen |= {ActionStatus.OPEN, ActionStatus.IN_PROGRESS}
        elif part in {s.value for s in ActionStatus}:
            chosen.add(ActionStatus(part))
        else:
            raise UserError(f"不认识的状态“{part}”，可用 {'、'.join(STATUSES)}。",
                            f"Unknown status '{part}'; use {', '.join(STATUSES)}.")
    return frozenset(chosen)


def run_actions(args: argparse.Namespace) -> int:
    from checklist.actions import ActionFilter, SortKey, counts, register, sort_rows

    if args.format == "xlsx":
        if not args.output:
            raise UserError("导出 Excel 时请用 -o 给出文件名（以 .xlsx 结尾）。", "Give the Excel file with -o (ending in .xlsx).")
        if Path(args.output).suffix.lower() != ".xlsx":
            raise UserError("Excel 文件应以 .xlsx 结尾。", "The Excel file must end in .xlsx.")
        check_targets([Path(args.output)], args.force)
    elif args.output:
        raise UserError("-o 只用于 --format xlsx；文本和 JSON 写到标准输出。",
                        "-o is for --format xlsx; text and JSON go to standard output.")
    rule = ActionFilter(statuses=_statuses(args.status), owner=args.owner, overdue_only=args.overdue, text=args.search)
    day = args.date or dt.date.today()
    with open_for_reading(args.file, args.lang) as file:
        assessment = file.assessment
    rows = sort_rows(rule.apply(register(assessment, day, args.lang)), SortKey(args.sort), args.desc)
    if args.format == "xlsx":
        from reports.workbooks import write_action_register

        write_action_register(rows, Path(args.output), company=assessment.profile.name, day=day, lang=args.lang)
        print(say(args.lang, f"已导出 {len(rows)} 项整改事项到 {args.output}",
                  f"{len(rows)} actions written to {args.output}"))
        return 0
    if args.format == "json":
        print_json([{
            "question_id": r.question_id, "article_id": r.article_id, "article": r.article_label,
            "question": r.question_text, "items": list(r.item_ids), "measure": r.measure, "owner": r.owner,
            "due": r.due.isoformat() if r.due else None, "status": r.status.value, "overdue": r.overdue,
            "changed_at": r.changed_at.isoformat() if r.changed_at else None, "changed_by": r.changed_by,
        } for r in rows])
        return 0
    lang = args.lang
    late = say(lang, "已逾期", "OVERDUE")
    for r in rows:
        due = r.due.isoformat() if r.due else say(lang, "未定", "no date")
        owner = r.owner or say(lang, "未指定", "no owner")
        out(f"{r.question_id:<7} {due:<10} {r.status.text(lang):<6} {late if r.overdue else '':<4} "
            f"{owner}　{r.measure or say(lang, '（未填写措施）', '(no measure)')}")
    c = counts(rows)
    print(say(lang, f"共 {c.total} 项：未开始 {c.open}，进行中 {c.in_progress}，已完成 {c.done}；"
                    f"截至 {day.isoformat()} 已逾期 {c.overdue}。",
              f"{c.total} actions: {c.open} not started, {c.in_progress} in progress, {c.done} done; "
              f"{c.overdue} overdue on {day.isoformat()}."), file=sys.stdout)
    return 0
