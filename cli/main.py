"""Entry point of ``legalcheck``: parses arguments and turns user errors into plain messages."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from checklist.errors import UserError

from . import assessment_cmds, gui_cmd, guide_cmds, report_cmd
from .common import lang_from_env, say

# Each module adds its sub-commands to the parser.
COMMAND_MODULES: list[Callable[[argparse._SubParsersAction], None]] = [
    guide_cmds.register,
    assessment_cmds.register,
    report_cmd.register,
    gui_cmd.register,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="legalcheck",
        description="风控法务体检 — 生物医药企业法律风险自查与法治体检报告 / Legal Risk Health Check",
    )
    parser.add_argument("--lang", choices=("zh", "en"), default=lang_from_env(),
                        help="消息语言 / message language (default: zh)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True
    for register in COMMAND_MODULES:
        register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except UserError as exc:
        print(say(args.lang, f"错误：{exc.zh}", f"Error: {exc.en}"), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(say(args.lang, "已取消。", "Cancelled."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
