"""``legalcheck migrate``: move an assessment to a newer version of its guide, or show what that would do."""

from __future__ import annotations

import argparse

from checklist.errors import UserError

from .common import out, say


def register(commands: argparse._SubParsersAction) -> None:
    mig = commands.add_parser("migrate", help="把体检迁移到新版本指引 / move an assessment to a newer guide version")
    mig.add_argument("file", metavar="FILE.lhc")
    mig.add_argument("--to", required=True, metavar="ID@VERSION",
                     help="目标指引（legalcheck guide list 列出的 编号@版本） / target guide")
    mig.add_argument("--dry-run", action="store_true", help="只显示迁移计划，不修改文件 / show the plan only")
    mig.set_defaults(run=run_migrate)


def run_migrate(args: argparse.Namespace) -> int:
    from checklist.library import GuideLibrary
    from checklist.migrate import plan
    from checklist.store import AssessmentFile
    from checklist.vocabulary import login_name

    guide_id, _, version = args.to.partition("@")
    entry = GuideLibrary().find(guide_id, version)
    if entry is None:
        raise UserError(f"本机没有指引 {args.to}。请先安装它（legalcheck guide install），或运行 legalcheck guide list 查看。",
                        f"No guide {args.to} here. Install it first (legalcheck guide install), or see legalcheck "
                        "guide list.")
    new = entry.guide
    with AssessmentFile.open(args.file, login_name(), read_only=args.dry_run) as file:
        old = file.guide
        if old.meta.id != new.meta.id:
            raise UserError(f"这个体检使用的是“{old.meta.title}”，{args.to} 不是它的版本。",
                            f"This assessment uses '{old.meta.title}'; {args.to} is not a version of it.")
        if old.content_hash == new.content_hash:
            out(say(args.lang, f"体检已经使用 {args.to}，无需迁移。", f"The assessment already uses {args.to}."))
            return 0
        if file.read_only and not args.dry_run:
            raise UserError(f"文件以只读方式打开，不能迁移：{file.read_only_reason.zh}",
                            f"The file is open read-only and cannot be moved: {file.read_only_reason.en}")
        moves = plan(file.assessment, new)
        for line in moves.lines(new, args.lang):
            out(line)
        if args.dry_run:
            return 0
        backup = file.move_to_guide(new, moves)
    out(say(args.lang, f"已迁移到 {args.to}。迁移前的文件保存在 {backup}。",
            f"Moved to {args.to}. The file as it was is kept as {backup}."))
    return 0
