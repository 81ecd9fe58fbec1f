"""Colours, the painted risk marks and the application style.

A mark's colours and glyph are checklist.vocabulary's, shared with the report; here
they are painted as shapes, so nothing depends on colour alone.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from checklist.vocabulary import Answer, Mark

ACCENT = "#1F3A5F"  # ink blue: chrome and headings
ACCENT_LIGHT = "#E8EEF5"
PAPER = "#FFFFFF"
WINDOW = "#F6F7F9"
INK = "#1A1A1A"
MUTED = "#5B6573"  # secondary text; 5.9:1 on white
RULE = "#C9CED6"
ERROR = "#9B1C1C"  # plain-language problems; 7.6:1 on white
OK = "#1B5E20"
SELECTION = "#C7D7EC"  # selected rows and text: ink stays readable on it (11:1), the marks keep their colours


def emphasised(font: QFont, scale: float) -> QFont:
    """``font`` in bold, ``scale`` times its size: titles and the big numbers."""
    bigger = QFont(font)
    bigger.setPointSizeF(bigger.pointSizeF() * scale)
    bigger.setBold(True)
    return bigger


def _shape(painter: QPainter, key: Mark, rect: QRectF) -> None:
    fill = QColor(key.style.fill)
    outline = QColor(fill).darker(140)
    painter.setPen(QPen(outline, 1))
    painter.setBrush(fill)
    c = rect.center()
    r = rect.width() / 2
    if key == "red":  # diamond
        path = QPainterPath(QPointF(c.x(), c.y() - r))
        for p in ((c.x() + r, c.y()), (c.x(), c.y() + r), (c.x() - r, c.y())):
            path.lineTo(*p)
        path.closeSubpath()
        painter.drawPath(path)
    elif key == "orange":  # triangle
        path = QPainterPath(QPointF(c.x(), c.y() - r))
        path.lineTo(c.x() + r, c.y() + r * 0.8)
        path.lineTo(c.x() - r, c.y() + r * 0.8)
        path.closeSubpath()
        painter.drawPath(path)
    elif key == "yellow":  # square
        painter.drawRect(rect.adjusted(r * 0.15, r * 0.15, -r * 0.15, -r * 0.15))
    elif key == "green":  # disc
        painter.drawEllipse(rect.adjusted(r * 0.1, r * 0.1, -r * 0.1, -r * 0.1))
    elif key == "pending":  # ring with a question mark
        painter.setPen(QPen(QColor("#4B5E78"), 1.4))
        painter.setBrush(fill)
        painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
        font = QFont(painter.font())
        font.setPixelSize(max(8, int(rect.height() * 0.7)))
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "?")
    elif key == "unassessed":  # an empty grey box: not checked yet
        painter.setPen(QPen(QColor("#6B7480"), 1.4))
        painter.setBrush(QColor(key.style.tint))
        painter.drawRect(rect.adjusted(r * 0.2, r * 0.2, -r * 0.2, -r * 0.2))
    elif key == "na":  # hollow grey ring
        painter.setPen(QPen(QColor("#8A939F"), 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect.adjusted(2, 2, -2, -2))
    else:  # unanswered: dashed ring
        pen = QPen(QColor("#8A939F"), 1.2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect.adjusted(2, 2, -2, -2))


@cache
def mark_icon(key: Mark | str, size: int = 16) -> QIcon:
    """The painted shape of a mark, sharp on high-density screens."""
    key = Mark(key)
    return _painted(lambda painter, rect: _shape(painter, key, rect), size)


# An answer's own sign, apart from the level it gives: a shape each, so none depends on colour alone.
ANSWER_COLOURS = {
    Answer.COMPLIANT: "#2E7D32",  # disc with a tick
    Answer.PARTIAL: "#B25E00",  # ring, half filled
    Answer.NON_COMPLIANT: "#B42318",  # square with a cross
    Answer.UNSURE: "#4B5E78",  # ring with a question mark
    Answer.NOT_APPLICABLE: "#6B7280",  # ring struck through
    None: "#8A939F",  # not answered: dashed ring
}


def _answer_shape(painter: QPainter, answer: Answer | None, rect: QRectF) -> None:
    colour = QColor(ANSWER_COLOURS[answer])
    inner = rect.adjusted(1.5, 1.5, -1.5, -1.5)
    c, r = inner.center(), inner.width() / 2
    white = QPen(QColor("#FFFFFF"), max(1.6, r * 0.32), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                 Qt.PenJoinStyle.RoundJoin)
    if answer is Answer.COMPLIANT:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(inner)
        painter.setPen(white)
        tick = QPainterPath(QPointF(c.x() - r * 0.5, c.y() + r * 0.02))
        tick.lineTo(c.x() - r * 0.12, c.y() + r * 0.42)
        tick.lineTo(c.x() + r * 0.52, c.y() - r * 0.38)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
    elif answer is Answer.PARTIAL:
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(inner)
        half = QPainterPath()
        half.moveTo(c)
        half.arcTo(inner, 90, 180)
        half.closeSubpath()
        painter.setBrush(colour)
        painter.drawPath(half)
    elif answer is Answer.NON_COMPLIANT:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(inner, r * 0.25, r * 0.25)
        painter.setPen(white)
        d = r * 0.42
        painter.drawLine(QPointF(c.x() - d, c.y() - d), QPointF(c.x() + d, c.y() + d))
        painter.drawLine(QPointF(c.x() + d, c.y() - d), QPointF(c.x() - d, c.y() + d))
    elif answer is Answer.UNSURE:
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawEllipse(inner)
        font = QFont(painter.font())
        font.setPixelSize(max(8, int(rect.height() * 0.72)))
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "?")
    elif answer is Answer.NOT_APPLICABLE:
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(inner)
        d = r * 0.7
        painter.drawLine(QPointF(c.x() - d, c.y() + d), QPointF(c.x() + d, c.y() - d))
    else:
        painter.setPen(QPen(colour, 1.3, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(inner)


def _painted(paint, size: int) -> QIcon:  # noqa: ANN001 - paint(painter, rect)
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint(painter, QRectF(1, 1, size - 2, size - 2))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def answer_icon(answer: Answer | str | None, size: int = 16) -> QIcon:
    """The painted sign of an answer (None: not answered), shown beside its name."""
    return _answer_icon(Answer(answer) if answer else None, size)


@cache
def _answer_icon(answer: Answer | None, size: int) -> QIcon:
    return _painted(lambda painter, rect: _answer_shape(painter, answer, rect), size)


@cache
def progress_icon(eighths: int, size: int = 16) -> QIcon:
    """A ring filled clockwise to ``eighths``/8: how much of an article or chapter is answered."""

    def paint(painter: QPainter, rect: QRectF) -> None:
        inner = rect.adjusted(1.5, 1.5, -1.5, -1.5)
        painter.setPen(QPen(QColor(ACCENT), 1.3))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawEllipse(inner)
        if eighths >= 8:
            painter.setBrush(QColor(ACCENT))
            painter.drawEllipse(inner)
        elif eighths > 0:
            wedge = QPainterPath()
            wedge.moveTo(inner.center())
            wedge.arcTo(inner, 90, -45 * eighths)
            wedge.closeSubpath()
            painter.setBrush(QColor(ACCENT))
            painter.drawPath(wedge)

    return _painted(paint, size)


def progress_eighths(done: int, total: int) -> int:
    """0 only when nothing is done and 8 only when all is: a ring never looks finished before it is."""
    if total <= 0 or done <= 0:
        return 0
    if done >= total:
        return 8
    return min(7, max(1, round(8 * done / total)))


def apply_style(app: QApplication) -> None:
    """Fusion with a paper palette and one ink-blue accent, the same on every platform."""
    app.setStyle("Fusion")
    palette = app.palette()
    colours = {
        QPalette.ColorRole.Window: WINDOW,
        QPalette.ColorRole.Base: PAPER,
        QPalette.ColorRole.AlternateBase: "#F8F9FB",
        QPalette.ColorRole.Text: INK,
        QPalette.ColorRole.WindowText: INK,
        QPalette.ColorRole.ButtonText: INK,
        QPalette.ColorRole.Button: "#FBFBFC",
        QPalette.ColorRole.Highlight: SELECTION,
        QPalette.ColorRole.HighlightedText: INK,
        QPalette.ColorRole.PlaceholderText: "#7A8491",
        QPalette.ColorRole.Link: ACCENT,
        QPalette.ColorRole.ToolTipBase: PAPER,
        QPalette.ColorRole.ToolTipText: INK,
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#8A939F"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#8A939F"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#8A939F"))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)


# Kept small: Fusion and the palette do most of the work. Focus is always visible.
STYLE_SHEET = f"""
QToolTip {{ border: 1px solid {RULE}; padding: 4px; }}
QPushButton {{ padding: 5px 14px; border: 1px solid {RULE}; border-radius: 4px; background: #FBFBFC; }}
QPushButton:hover {{ background: {ACCENT_LIGHT}; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; padding: 4px 13px; }}
QPushButton:disabled {{ color: #8A939F; background: #F2F3F5; }}
QPushButton[primary="true"] {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton[primary="true"]:hover {{ background: #2A4C77; }}
QPushButton[primary="true"]:focus {{ border: 2px solid #8DB3E2; }}
QPushButton[answer="true"] {{ padding: 7px 10px; text-align: center; }}
QPushButton[answer="true"]:checked {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton[answer="true"]:checked:focus {{ border: 2px solid #8DB3E2; }}
QLineEdit, QPlainTextEdit, QTextEdit {{ border: 1px solid {RULE}; border-radius: 3px; padding: 3px; background: white; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: 2px solid {ACCENT}; padding: 2px; }}
QComboBox, QDateEdit {{ min-height: 24px; }}
QTreeView, QTableView, QListView, QTextBrowser {{ border: 1px solid {RULE}; background: white; }}
QTreeView:focus, QTableView:focus, QListView:focus, QTextBrowser:focus {{ border: 2px solid {ACCENT}; }}
QCheckBox:focus {{ color: {ACCENT}; text-decoration: underline; }}
QLabel[role="heading"] {{ color: {ACCENT}; font-weight: bold; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="problem"] {{ color: {ERROR}; }}
QLabel[role="fine"] {{ color: {OK}; }}
QFrame[role="card"] {{ background: white; border: 1px solid {RULE}; border-radius: 6px; }}
QFrame[role="banner-info"] {{ background: #EEF3F9; border: 1px solid #B8C7DA; border-radius: 4px; }}
QFrame[role="banner-warning"] {{ background: #FFF6E5; border: 1px solid #E7C27A; border-radius: 4px; }}
QFrame[role="banner-error"] {{ background: #FDECEA; border: 1px solid #E3A39C; border-radius: 4px; }}
QProgressBar {{ border: 1px solid {RULE}; border-radius: 3px; background: white; text-align: center; height: 14px; }}
QProgressBar::chunk {{ background: {ACCENT}; }}
"""
