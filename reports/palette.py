"""Risk-level marks shared by the report's HTML and its SVG charts.

Every level has a name, a colour and a shape, so a colour-blind reader or a
black-and-white print still tells them apart. Text drawn on a fill uses the
``ink`` colour chosen for at least 4.5:1 contrast (WCAG AA); a test checks it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checklist.model import Level


@dataclass(frozen=True)
class Mark:
    key: str  # CSS class suffix and SVG pattern id
    label: str  # 重大风险 …
    short: str  # 重大 … for tight chart cells
    icon: str  # a glyph the CJK fonts carry
    fill: str  # solid fill (badges, bars)
    ink: str  # text on ``fill``
    tint: str  # light background (matrix cells, table rows)
    tint_ink: str  # text on ``tint``


MARKS: dict[str, Mark] = {
    "red": Mark("red", "重大风险", "重大", "◆", "#B42318", "#FFFFFF", "#FDECEA", "#7A1A10"),
    "orange": Mark("orange", "较大风险", "较大", "▲", "#F79009", "#1A1A1A", "#FFF1E0", "#7A4100"),
    "yellow": Mark("yellow", "一般风险", "一般", "■", "#F5C518", "#1A1A1A", "#FFF8D6", "#5E4A00"),
    "green": Mark("green", "低风险", "低", "●", "#2E7D32", "#FFFFFF", "#E7F5EA", "#1B5E20"),
    "pending": Mark("pending", "待核实", "待核实", "？", "#DCE3EC", "#1F2A37", "#F1F4F8", "#1F2A37"),
    "na": Mark("na", "不适用", "不适用", "○", "#E5E7EB", "#374151", "#F3F4F6", "#4B5563"),
}

DEFAULT_ACCENT = "#1F3A5F"  # ink blue
INK = "#1A1A1A"
GREY = "#6B7280"
RULE = "#C9CED6"

_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


def mark_for(level: Level | None) -> Mark:
    return MARKS[level.value] if level is not None else MARKS["na"]


def is_hex_colour(value: str) -> bool:
    return bool(_HEX.match(value))


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def luminance(colour: str) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = _rgb(colour)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def readable_accent(colour: str, background: str = "#FFFFFF", minimum: float = 4.5) -> str:
    """``colour`` darkened just enough to read as heading text on ``background``.

    A firm's brand colour may be light (gold, sky blue); headings and white text on
    the cover band must stay legible, so the hue is kept and the lightness lowered.
    """
    r, g, b = _rgb(colour)
    for step in range(0, 101):
        k = 1 - step / 100
        candidate = f"#{round(r * k):02X}{round(g * k):02X}{round(b * k):02X}"
        if contrast(candidate, background) >= minimum:
            return candidate
    return "#000000"
