"""Entry point of ``legalcheck``: parses arguments and turns user errors into plain messages."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import suppress
from typing import Any, TextIO

from checklist.errors import UserError

from . import assessment_cmds, gui_cmd, guide_cmds, migrate_cmd, report_cmd, signoff_cmd, worksheet_cmds
from .common import lang_from_env, out, say

# Each module adds its sub-commands to the parser.
COMMAND_MODULES: list[Callable[[argparse._SubParsersAction], None]] = [
    guide_cmds.register,
    assessment_cmds.register,
    report_cmd.register,
    worksheet_cmds.register,
    migrate_cmd.register,
    signoff_cmd.register,
    gui_cmd.register,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="legalcheck",
        description="风控法务体检 — 生物医药企业法律风险自查与法治体检报告 / Legal Risk Health Check",
    )
    parser.add_argument("--lang", choices=("zh", "en"), default=lang_from_env(),
                        help="消息和报告的语言（英文报告仅 PDF） / language of the messages and of the report "
                             "(in English the report is PDF only) (default: zh, or LEGALCHECK_LANG)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True
    for register in COMMAND_MODULES:
        register(commands)
    return parser


class _OutputError(Exception):
    """Writing to stdout failed (a full disk behind a redirection, say): told as a message, not a traceback."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error)
        self.error = error


class _GuardedStdout:
    """sys.stdout while a command runs: a failed write raises _OutputError, kept apart from the commands'
    own errors (each file a command writes reports its own failure as a UserError)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _OutputError(exc) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _OutputError(exc) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    stdout = sys.stdout
    try:
        if args.command == "gui":  # the domain loads with the app, which starts fast without it
            return int(args.run(args) or 0)
        from checklist.schema import suggestion_budget

        sys.stdout = _GuardedStdout(stdout)  # type: ignore[assignment]
        with suggestion_budget():  # "did you mean" hints for the first few unknown names only
            code = int(args.run(args) or 0)
        sys.stdout.flush()  # a full disk behind stdout shows here at the latest
        return code
    except UserError as exc:
        out(say(args.lang, f"错误：{exc.zh}", f"Error: {exc.en}"), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(say(args.lang, "已取消。", "Cancelled."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        _drop(stdout)
        return 0
    except _OutputError as exc:
        from checklist.validation import os_error_message

        _drop(stdout)
        message = os_error_message(say(args.lang, "标准输出", "standard output"), exc.error)
        out(say(args.lang, f"错误：{message.zh}", f"Error: {message.en}"), file=sys.stderr)
        return 1
    finally:
        sys.stdout = stdout


def _drop(stdout: TextIO) -> None:
    """What could not be written to stdout is dropped, so that the exit does not try again and fail louder."""
    with suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), stdout.fileno())
