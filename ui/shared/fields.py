"""Fields shared by several windows: a brand colour, a logo file, and a date that may be left open."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QColorDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from checklist.validation import EARLIEST_DATE, LATEST_DATE
from reports.palette import is_hex_colour

from .paths import start_folder
from .settings import ACCENT


class ColourField(QWidget):
    """A hex colour with a swatch; the swatch opens the colour chooser."""

    def __init__(self, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(value)
        self.edit.setMaxLength(7)
        self.edit.setFixedWidth(100)
        self.edit.setAccessibleName(self.tr("主题色（十六进制，如 #1F3A5F）"))
        self.sample = QLabel()
        self.sample.setFixedSize(24, 24)
        self.swatch = QPushButton(self.tr("选择…"))
        self.swatch.setAccessibleName(self.tr("选择主题色"))
        self.swatch.clicked.connect(self._choose)
        self.reset = QPushButton(self.tr("恢复默认"))
        self.reset.clicked.connect(lambda: self.edit.setText(ACCENT.default))
        self.problem = QLabel()
        self.problem.setProperty("role", "problem")
        layout.addWidget(self.sample)
        layout.addWidget(self.edit)
        layout.addWidget(self.swatch)
        layout.addWidget(self.reset)
        layout.addWidget(self.problem, 1)
        self.edit.textChanged.connect(self._update)
        self._update()

    def value(self) -> str:
        return self.edit.text().strip().upper()

    def valid(self) -> bool:
        return is_hex_colour(self.value())

    def _update(self) -> None:
        if self.valid():
            self.problem.clear()
            self.sample.setStyleSheet(f"background: {self.value()}; border: 1px solid #8A939F; border-radius: 3px;")
        else:
            self.problem.setText(self.tr("应写成 #1F3A5F 的形式"))
            self.sample.setStyleSheet("border: 1px dashed #8A939F; border-radius: 3px;")

    def _choose(self) -> None:
        colour = QColorDialog.getColor(QColor(self.value() if self.valid() else ACCENT.default), self,
                                       self.tr("主题色"))
        if colour.isValid():
            self.edit.setText(colour.name().upper())


class LogoField(QWidget):
    """The path of a logo image, typed or chosen."""

    def __init__(self, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(value)
        self.edit.setAccessibleName(self.tr("标志图片（PNG 或 SVG）"))
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        layout.addWidget(self.edit, 1)
        layout.addWidget(browse)

    def value(self) -> str:
        return self.edit.text().strip()

    def _browse(self) -> None:
        current = Path(self.value()).expanduser() if self.value() else None
        start = str(current) if current is not None and current.parent.is_dir() else str(start_folder())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择标志图片"), start,
                                              self.tr("图片 (*.png *.svg)"))
        if path:
            self.edit.setText(path)


class NotADate(ValueError):
    """What was typed is no date between EARLIEST_DATE and LATEST_DATE."""


def typed_date(text: str) -> dt.date | None:
    """The date in ``text`` as people type it: 2027-03-31, 2027/3/31, 2027.3.31, 2027年3月31日, 20270331.

    Empty is no date; anything else raises NotADate. Nothing is rounded: 02-30 is refused, not made 02-28.
    """
    text = text.strip()
    if not text:
        return None
    if re.fullmatch(r"\d{8}", text):
        parts = [text[:4], text[4:6], text[6:]]
    else:
        parts = [p for p in re.split(r"[^0-9]+", text) if p]
    if len(parts) != 3 or len(parts[0]) != 4 or not all(len(p) <= 2 for p in parts[1:]):
        raise NotADate(text)
    try:
        day = dt.date(*(int(p) for p in parts))
    except ValueError:
        raise NotADate(text) from None
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise NotADate(text)
    return day


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class _CalendarPopup(QFrame):
    """The calendar under a DateField; Enter or a click takes the day, Esc closes."""

    chosen = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setDateRange(_qdate(EARLIEST_DATE), _qdate(LATEST_DATE))
        self.calendar.activated.connect(self._take)  # Enter, or a double click
        self.calendar.clicked.connect(self._take)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)

    def _take(self, date: QDate) -> None:
        self.chosen.emit(date)
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)


class DateField(QWidget):
    """A date typed (with or without separators) or picked; empty means none yet.

    Unlike QDateEdit it has a real "no date", opens its calendar at today or the date set, and
    arrows, Tab or the wheel never change a date that was typed. Alt+↓ opens the calendar.
    ``dateChanged`` is emitted when the user finishes (Enter, leaving the field, a day picked).
    """

    dateChanged = Signal(object)  # dt.date | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date: dt.date | None = None
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("未定"))
        self.edit.setMaxLength(16)
        self.edit.setFixedWidth(130)
        self.edit.setToolTip(self.tr("输入日期，如 2027-03-31 或 20270331；Alt+↓ 打开日历"))
        self.edit.editingFinished.connect(self._finish)
        self.edit.textEdited.connect(lambda _text: self._show_problem(False))
        self.edit.installEventFilter(self)
        self.setFocusProxy(self.edit)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setAccessibleName(self.tr("打开日历"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+↓ in the field does the same: one Tab stop
        self.button.clicked.connect(self.open_calendar)
        self.problem = QLabel(self.tr("应写成 2027-03-31 的形式"))
        self.problem.setProperty("role", "problem")
        self.problem.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.popup: _CalendarPopup | None = None

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def date(self) -> dt.date | None:
        return self._date

    def set_date(self, day: dt.date | None) -> None:
        """Show ``day`` (from the stored state): no signal, and text being typed is replaced."""
        self._date = day
        self.edit.setText(day.isoformat() if day else "")
        self._show_problem(False)

    def _show_problem(self, shown: bool) -> None:
        self.problem.setVisible(shown)

    def commit(self) -> None:
        """Take what was typed and not yet finished (the user moves on without leaving the field)."""
        if self.edit.isModified():
            self._finish()

    def _finish(self) -> None:
        try:
            day = typed_date(self.edit.text())
        except NotADate:
            self._show_problem(True)  # the text stays for correcting; the stored date is not touched
            return
        self._set_by_user(day)

    def _set_by_user(self, day: dt.date | None) -> None:
        self._show_problem(False)
        self.edit.setText(day.isoformat() if day else "")  # also clears isModified()
        if day != self._date:
            self._date = day
            self.dateChanged.emit(day)

    def open_calendar(self) -> None:
        if not self.isEnabled() or self.edit.isReadOnly():
            return
        if self.popup is None:
            self.popup = _CalendarPopup(self)
            self.popup.chosen.connect(lambda date: self._set_by_user(dt.date(date.year(), date.month(), date.day())))
            self.popup.destroyed.connect(lambda: setattr(self, "popup", None))
        try:
            shown = typed_date(self.edit.text()) or self._date
        except NotADate:
            shown = self._date
        start = _qdate(shown) if shown else QDate.currentDate()
        self.popup.calendar.setSelectedDate(start)
        self.popup.calendar.setCurrentPage(start.year(), start.month())
        self.popup.adjustSize()
        self.popup.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.popup.show()
        self.popup.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and isinstance(event, QKeyEvent) and self._opens_calendar(event):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # the key is the field's, before any window shortcut sees it
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _opens_calendar(event: QKeyEvent) -> bool:
        return (event.key() == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.AltModifier) \
            or event.key() == Qt.Key.Key_F4
