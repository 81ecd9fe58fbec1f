"""Bidirectional controls made visible, so a name shows the characters it holds.

A right-to-left override in "report\u202efdp.exe" makes it display as "reportexe.pdf": the
extension the eye reads is not the file's. Wherever a name from a user or a file is listed
(attachments in the app, the report, the command line), each bidi control is replaced by a
visible marker such as "[U+202E]", and the text after it keeps its stored order.
"""

from __future__ import annotations

# Embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069), the marks LRM, RLM and ALM.
BIDI_CONTROLS = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)] + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\u200e", "\u200f", "\u061c"]
)
_MARKERS = {ord(c): f"[U+{ord(c):04X}]" for c in BIDI_CONTROLS}


def has_bidi_controls(text: str) -> bool:
    return any(c in BIDI_CONTROLS for c in text)


def reveal_bidi(text: str) -> str:
    """``text`` with every bidi control replaced by its visible marker: "report[U+202E]fdp.exe"."""
    return text.translate(_MARKERS)
