"""Small helpers shared by the sub-commands."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from checklist.errors import UserError


def lang_from_env() -> str:
    return "en" if os.environ.get("LEGALCHECK_LANG", "").startswith("en") else "zh"


def say(lang: str, zh: str, en: str) -> str:
    return en if lang == "en" else zh


def guide_dir(arg: str | None) -> Path:
    if arg is None:
        from guide_content import bundled_guide_dir

        return bundled_guide_dir()
    path = Path(arg)
    if not path.is_dir():
        raise UserError(f"找不到指引文件夹 {arg}。", f"Guide folder {arg} not found.")
    return path


def load_guide_or_fail(arg: str | None, lang: str):
    """The guide in ``arg`` (or the bundled one); on problems print them all and exit 1."""
    from checklist.loader import GuideError, load_guide

    folder = guide_dir(arg)
    try:
        return load_guide(folder)
    except GuideError as exc:
        for problem in exc.problems:
            print(problem.render(lang), file=sys.stderr)
        raise


def current_guide_for(guide):
    """The bundled guide when it is a later version of ``guide`` (the one an assessment was made with)."""
    from checklist.loader import newer_version_of
    from guide_content import bundled_guide_dir

    return newer_version_of(guide, bundled_guide_dir())


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
