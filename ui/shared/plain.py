"""Text from users and files shown as the characters it holds, never as Qt rich text.

Qt guesses whether a string is HTML (``Qt::mightBeRichText``) in labels, message boxes and
tool tips; a company name or a guide's hint that looks like HTML would be rendered, and an
``<img src="/dev/zero">`` in it read until memory runs out. So every label that can show such
text is set to plain text, and tool tips, which cannot be, are written as escaped HTML.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def plain(label: QLabel) -> QLabel:
    """``label`` showing its text literally, whatever it looks like."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def tip(text: str) -> str:
    """A tool tip showing ``text`` literally, its line breaks and spaces kept; "" stays "" (no tip).

    The escaped text is the only content: the one paragraph around it is the app's own markup.
    """
    if not text:
        return ""
    return f'<p style="white-space:pre-wrap">{escape(text, quote=False)}</p>'


def title(text: str) -> str:
    """A window title showing ``text`` literally: Qt takes "[*]" for the unsaved-changes mark."""
    return text.replace("[*]", "[*][*]")


def mnemonic_free(text: str) -> str:
    """A button, check box or menu label showing ``text`` literally: "&" would mark a shortcut key."""
    return text.replace("&", "&&")

