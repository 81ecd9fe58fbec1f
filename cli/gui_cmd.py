"""``legalcheck gui [FILE]``: the desktop app."""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction) -> None:
    gui = commands.add_parser("gui", help="打开桌面应用 / open the desktop app")
    gui.add_argument("file", nargs="?", metavar="FILE.lhc", help="要打开的体检文件 / assessment file to open")
    gui.add_argument("--guide", metavar="DIR", help="新建体检时使用的指引文件夹（默认：内置指引） / guide folder for new "
                                                  "assessments")
    gui.set_defaults(run=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    from ui.app import run  # Qt loads only for this command

    return run(args.file, args.guide)
