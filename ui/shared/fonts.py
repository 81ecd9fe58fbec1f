"""A CJK font for the whole app, so Chinese never shows as empty boxes.

Order: a CJK sans the system already has (fontconfig, Windows, macOS); else a Noto CJK
file found on disk, loaded with ``QFontDatabase.addApplicationFont``; else nothing, and
the start page says plainly what to install.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

# Preferred families, most wanted first: the platforms' own CJK sans.
FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
            "Hiragino Sans GB", "WenQuanYi Micro Hei", "Noto Sans SC")
POINT_SIZE = 10.5
FONT_ENV = "LEGALCHECK_CJK_FONT"  # a font file to use when nothing else is found
FILE_NAMES = ("NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf", "NotoSansCJK.ttc",
              "NotoSansSC-Regular.otf", "NotoSansSC-Regular.ttf")


@dataclass(frozen=True)
class FontStatus:
    family: str | None  # None: no CJK font at all
    loaded_from: Path | None = None  # set when the app loaded the file itself

    @property
    def ok(self) -> bool:
        return self.family is not None


def _candidate_files() -> list[Path]:
    """Places a Noto CJK file may live: the env variable, font folders, the PyPI font package."""
    paths: list[Path] = []
    if os.environ.get(FONT_ENV):
        paths.append(Path(os.environ[FONT_ENV]))
    folders = [Path.home() / ".local/share/fonts", Path.home() / ".fonts", Path("/usr/share/fonts"),
               Path("/usr/local/share/fonts"), Path("/Library/Fonts"), Path.home() / "Library/Fonts"]
    # The noto-cjk-sans-otc wheel installs its font inside site-packages.
    folders += [Path(p) for p in sys.path if p.endswith("site-packages")]
    for folder in folders:
        for name in FILE_NAMES:
            direct = folder / name
            if direct.is_file():
                paths.append(direct)
        for sub in ("opentype/noto", "truetype/noto", "noto-cjk", "noto_cjk_sans_otc", "opentype/noto-cjk"):
            for name in FILE_NAMES:
                candidate = folder / sub / name
                if candidate.is_file():
                    paths.append(candidate)
    return paths


def _cjk_family(families: list[str]) -> str | None:
    available = set(families)
    return next((f for f in FAMILIES if f in available), None)


def ensure_cjk_font(app: QApplication) -> FontStatus:
    """Make the app's default font one that has Chinese glyphs; report what was found."""
    family = _cjk_family(QFontDatabase.families())
    loaded_from = None
    if family is None:
        for path in _candidate_files():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                continue
            loaded = QFontDatabase.applicationFontFamilies(font_id)
            family = _cjk_family(loaded) or (loaded[0] if loaded else None)
            if family:
                loaded_from = path
                break
    font = QFont(app.font())
    if family:
        font.setFamilies([family, *[f for f in FAMILIES if f != family]])
    font.setPointSizeF(POINT_SIZE)
    app.setFont(font)
    return FontStatus(family, loaded_from)
