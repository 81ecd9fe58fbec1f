"""Small helpers shared by the sub-commands."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any, TextIO

from checklist.errors import UserError

# Terminal control: ESC sequences (CSI "ESC [ … m", OSC "ESC ] … BEL", DCS/APC/PM/SOS strings, two-character
# escapes), then any C0 control but newline and tab, DEL and C1 controls (0x80-0x9F, the 8-bit CSI among them).
_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]?|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[P^_X][^\x1b]*(?:\x1b\\)?"
                     r"|\x1b[ -/]*[0-~]?")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Direction overrides and isolates reorder what follows them ("invoice\u202efdp.exe"): shown, not obeyed.
_BIDI = re.compile(r"[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def clean(text: Any) -> str:
    """Text from a file or a user as the terminal may show it: escape sequences and control characters (but
    newline and tab) removed, direction controls shown as <U+202E>, a lone surrogate as U+FFFD."""
    text = _CONTROL.sub("", _ESCAPE.sub("", str(text)))
    text = _BIDI.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)
    return _SURROGATE.sub("\ufffd", text)


def out(*parts: Any, file: TextIO | None = None) -> None:
    """print() for any line that holds outside text (names, titles, notes, file content): cleaned first."""
    print(clean(" ".join(map(str, parts))), file=file or sys.stdout)


def safe_json(data: Any, **options: Any) -> str:
    """JSON text with C1 controls, DEL, direction controls and lone surrogates written as \\u escapes (JSON's
    own escaping covers only C0): the same data, safe on a terminal and encodable as UTF-8."""
    text = json.dumps(data, ensure_ascii=False, **options)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


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
            out(problem.render(lang), file=sys.stderr)
        raise


def current_guide_for(guide):
    """The bundled guide when it is a later version of ``guide`` (the one an assessment was made with)."""
    from checklist.loader import newer_version_of
    from guide_content import bundled_guide_dir

    return newer_version_of(guide, bundled_guide_dir())


def open_for_reading(path: str | Path, lang: str):
    """An assessment file opened read-only, as every reading command does; says so when it read a recovered copy."""
    from checklist.store import AssessmentFile
    from checklist.vocabulary import login_name

    file = AssessmentFile.open(path, login_name(), read_only=True)
    if file.recovery_notice is not None:
        print(say(lang, "提示：", "Note: ") + file.recovery_notice.text(lang), file=sys.stderr)
    return file


def print_json(data: Any) -> None:
    sys.stdout.write(safe_json(data, indent=2, default=str) + "\n")
