"""The report's colours besides the risk marks (those are checklist.vocabulary's), and the
contrast arithmetic that keeps a firm's brand colour readable."""

from __future__ import annotations

import re

DEFAULT_ACCENT = "#1F3A5F"  # ink blue
INK = "#1A1A1A"
GREY = "#6B7280"
RULE = "#C9CED6"

_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


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
