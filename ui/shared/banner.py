"""A quiet message strip above the content: plain words, and what to do next."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from .plain import plain

ICONS = {"info": "ⓘ", "warning": "⚠", "error": "✕"}


class Banner(QWidget):
    """Hidden until there is something to say; takes no room when hidden."""

    def __init__(self, parent: QWidget | None = None, margins: tuple[int, int, int, int] = (10, 6, 10, 0)) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(*margins)
        self.frame = QFrame()
        outer.addWidget(self.frame)
        layout = QHBoxLayout(self.frame)
        layout.setContentsMargins(12, 8, 8, 8)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = plain(QLabel())  # messages carry paths, names and reasons from files
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton()  # what to do about it, when there is one thing to do
        self.action_button.hide()
        self._action: Callable[[], None] | None = None
        self.action_button.clicked.connect(lambda: self._action() if self._action else None)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("关闭提示"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, kind: str, text: str, action: tuple[str, Callable[[], None]] | None = None) -> None:
        """``kind`` is info, warning or error; ``action`` a button's words and what it does."""
        self._action = action[1] if action else None
        self.action_button.setText(action[0] if action else "")
        self.action_button.setVisible(action is not None)
        self.frame.setProperty("role", f"banner-{kind}")
        self.frame.style().unpolish(self.frame)
        self.frame.style().polish(self.frame)
        self.icon.setText(ICONS.get(kind, ""))
        self.text.setText(text)
        self.setAccessibleName(text)
        self.show()
