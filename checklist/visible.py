"""Bidirectional controls made visible, so a name shows the characters it holds.

A right-to-left override in "合同\u202efdp.exe" makes it display as "合同exe.pdf": the extension the eye
reads is not the file's. Wherever such a name is printed (the report lists attachment names), each bidi
control is replaced by a visible marker, "合同⟨U+202E⟩fdp.exe", and the text keeps its stored order.
"""

from __future__ import annotations

# Embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069), and the marks LRM, RLM and ALM.
BIDI_CONTROLS = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)] + [chr(c) for c in range(0x2066, 0x206A)] + ["\u200e", "\u200f", "\u061c"]
)
_MARKERS = {ord(c): f"⟨U+{ord(c):04X}⟩" for c in BIDI_CONTROLS}


def visible(text: str) -> str:
    """``text`` with every bidi control replaced by its marker: "合同⟨U+202E⟩fdp.exe"."""
    return text.translate(_MARKERS)
