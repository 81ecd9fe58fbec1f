"""What a window asks of the application. Windows emit these; only the app connects them, so no
window imports or calls the app, and the app alone decides what opening or quitting means."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Requests(QObject):
    new = Signal(object)  # parent widget: create an assessment
    open = Signal(object)  # parent widget: choose a file to open
    open_path = Signal(str, object)  # a file, the parent widget
    open_example = Signal(str, object)  # an example file (opened as a copy), the parent widget
    start = Signal()  # show the start page
    settings = Signal(object)  # parent widget
    scoring_help = Signal(object)  # parent widget
    about = Signal(object)  # parent widget
    guides = Signal(object)  # parent widget: the guide manager
    quit = Signal()
