"""The dashboard: progress, health index, level, counts by colour, chapters, and what to fix first.

It follows the session's score, which is recomputed once per change (pure and fast).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QProgressBar,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from checklist.model import Level
from checklist.scoring import ChapterScore, ItemScore
from checklist.vocabulary import Mark, points_text

from ..session.session import Session
from ..shared import i18n
from ..shared.models import Index, RowModel, table_view
from ..shared.plain import plain, tip
from ..shared.theme import MUTED, RULE, emphasised, mark_icon

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # native value for sorting and painting
MARK_ROLE = Qt.ItemDataRole.UserRole + 2


class ChapterModel(RowModel):
    """One row per chapter that applies: its index (painted as a bar), progress, counts by level and 未评估."""

    NAME, INDEX, PROGRESS, RED, ORANGE, YELLOW, GREEN, UNASSESSED = range(8)
    COLUMNS = 8
    MARKS = (*(level.mark for level in Level), Mark.UNASSESSED)  # the count columns, from RED on

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows = self._chapters()
        session.scoreChanged.connect(self._refresh)

    def _chapters(self) -> list[ChapterScore]:
        return [c for c in self.session.score.chapters if c.applicable_questions]

    def _refresh(self) -> None:
        fresh = self._chapters()
        if [c.chapter_id for c in fresh] != [c.chapter_id for c in self.rows]:
            self.set_rows(fresh)
            return
        self.rows = fresh
        if fresh:
            self.dataChanged.emit(self.index(0, 0), self.index(len(fresh) - 1, self.UNASSESSED))

    def headers(self) -> list[str]:
        return [self.tr("章"), self.tr("健康指数"), self.tr("已答"), *(mark.style.icon for mark in self.MARKS)]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section >= self.RED:
            return i18n.mark_label(self.MARKS[section - self.RED])
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        c = self.row_at(index)
        if c is None:
            return None
        column = index.column()
        chapter = self.session.guide.chapter(c.chapter_id)
        done, total = self.session.chapter_progress(c.chapter_id)
        rated = c.index is not None  # some item of the chapter is assessed
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return i18n.heading(self.session.guide, chapter)
            if column == self.INDEX:
                return i18n.format_index(c.index) if rated else i18n.mark_label(c.mark)
            if column == self.PROGRESS:
                return f"{done}/{total}"
            if column == self.UNASSESSED:
                return str(c.unassessed)
            return str(c.counts.get(list(Level)[column - self.RED], 0))
        if role == VALUE_ROLE and column == self.INDEX:
            return c.index
        if role == MARK_ROLE and column == self.INDEX:
            return c.mark
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.INDEX:
            if not rated:
                return i18n.mark_label(c.mark)
            return f"{i18n.format_index(c.index)}，{i18n.mark_label(c.mark)}"
        return None


class IndexBarDelegate(QStyledItemDelegate):
    """The chapter index as a bar in its level's colour, with the number and the level's shape."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        value = index.data(VALUE_ROLE)
        key = Mark(index.data(MARK_ROLE) or Mark.NA)
        style = option.widget.style() if option.widget else None
        if style:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        painter.save()
        rect = option.rect.adjusted(6, 6, -6, -6)
        text_width = 64
        bar = QRect(rect.left() + text_width, rect.top() + 2, rect.width() - text_width, rect.height() - 4)
        if value is not None and bar.width() >= 30:  # no bar without an index (未评估 is written instead), nor in a narrow cell
            painter.setPen(QColor(RULE))
            painter.setBrush(QColor("#F2F4F7"))
            painter.drawRect(bar)
            filled = QRect(bar.left(), bar.top(), int(bar.width() * max(0.0, min(100.0, value)) / 100), bar.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(key.style.fill))
            painter.drawRect(filled)
        mark_icon(key).paint(painter, QRect(rect.left(), rect.center().y() - 7, 14, 14))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ink = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.setPen(QColor(MUTED) if value is None and not selected else ink)
        text_rect = QRect(rect.left() + 18, rect.top(), text_width - 20, rect.height())
        if value is None:
            text_rect = QRect(rect.left() + 18, rect.top(), rect.width() - 18, rect.height())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         index.data(Qt.ItemDataRole.DisplayRole))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(220, 30)


class TopItemsModel(RowModel):
    """Open items, the ones whose fix gains the most index points first."""

    RANK, TITLE, LEVEL, SEVERITY, GAIN = range(5)
    COLUMNS = 5

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows = self._top()
        session.scoreChanged.connect(self._refresh)

    def _top(self) -> list[ItemScore]:
        return self.session.score.top_items()

    def _refresh(self) -> None:
        self.set_rows(self._top())

    def headers(self) -> list[str]:
        return [self.tr("序"), self.tr("违规事项"), self.tr("等级"), self.tr("严重程度"), self.tr("整改可加分")]

    def item_id(self, row: int) -> str:
        return self.rows[row].item_id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        s = self.row_at(index)
        if s is None:
            return None
        guide = self.session.guide
        item = guide.items[s.item_id]
        title = i18n.guide_text(guide, item, "title")
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.RANK:
                return str(index.row() + 1)
            if column == self.TITLE:
                return title
            if column == self.LEVEL:
                return s.status_text(i18n.lang())
            if column == self.SEVERITY:
                return f"{s.severity} {i18n.text(self.session.guide.scoring.severity_name(s.severity))}"
            return f"+{points_text(s.gain_if_fixed)}"
        if role == Qt.ItemDataRole.DecorationRole and column == self.LEVEL:
            return mark_icon(s.mark)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:  # guide text: escaped
            return tip(f"{item.id}　{title}\n{i18n.guide_text(guide, item, 'penalty')}")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.RANK, self.GAIN, self.SEVERITY):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == VALUE_ROLE:
            return (index.row(), title, s.level and s.level.rank, s.severity, s.gain_if_fixed)[column]
        return None


def index_text(session: Session) -> tuple[str, str]:
    """The health index as shown, and a short qualifier (暂定, or why there is no number)."""
    s = session.score
    if not session.started:
        return QCoreApplication.translate("Dashboard", "尚未作答"), ""
    if not s.completion.items:
        return "—", QCoreApplication.translate("Dashboard", "没有适用的事项")
    if s.index is None:
        return "—", QCoreApplication.translate("Dashboard", "尚无已评估的事项")
    return i18n.format_index(s.index), (QCoreApplication.translate("Dashboard", "暂定") if s.provisional else "")


def _card(title: str, *parts: QWidget | QLayout) -> QFrame:
    """A white card: a muted title over ``parts``."""
    card = QFrame()
    card.setProperty("role", "card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(14, 10, 14, 12)
    layout.setSpacing(4)
    for part in (_note(title), *parts):
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return card


def _note(text: str = "", wrap: bool = False) -> QLabel:
    label = plain(QLabel(text))  # the veto note names the guide's items
    label.setProperty("role", "muted")
    label.setWordWrap(wrap)
    return label


class Dashboard(QScrollArea):
    itemActivated = Signal(str)  # an item chosen in the table: go to its questions
    chapterActivated = Signal(str)  # a chapter chosen (Enter, double click): open it in the questionnaire

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # On a low screen (700 px) the page scrolls rather than squeezing the cards' numbers.
        body = QWidget()
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the tables, not to the page
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(14)

        self.index_label = QLabel()
        self.index_label.setFont(emphasised(self.font(), 2.4))
        self.index_label.setWordWrap(True)  # "Not answered yet" is a long line in a narrow card
        self.index_label.setAccessibleName(self.tr("健康指数"))
        self.index_note = _note(wrap=True)

        mid = emphasised(self.font(), 1.6)
        self.level_icon = QLabel()
        self.level_label = QLabel()
        self.level_label.setFont(mid)
        level_row = QHBoxLayout()
        level_row.addWidget(self.level_icon)
        level_row.addWidget(self.level_label, 1)
        self.level_note = _note(wrap=True)

        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("作答进度"))
        self.progress_label = QLabel()
        self.progress_label.setFont(mid)
        self.progress_label.setWordWrap(True)
        self.progress_note = _note(wrap=True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        self.count_labels: dict[Mark, QLabel] = {}
        for n, key in enumerate(self.session.score.mark_counts):
            icon = QLabel()
            icon.setPixmap(mark_icon(key).pixmap(14, 14))
            label = QLabel()
            self.count_labels[key] = label
            grid.addWidget(icon, n % 4, (n // 4) * 2)
            grid.addWidget(label, n % 4, (n // 4) * 2 + 1)

        self.cards_grid = QGridLayout()
        self.cards_grid.setHorizontalSpacing(12)
        self.cards_grid.setVerticalSpacing(12)
        self.cards = [
            _card(self.tr("健康指数"), self.index_label, self.index_note),
            _card(self.tr("整体等级"), level_row, self.level_note),
            _card(self.tr("作答进度"), self.progress_label, self.progress, self.progress_note),
            _card(self.tr("违规事项分布"), grid)]
        self._cards_per_row = 0
        self._place_cards(4)
        layout.addLayout(self.cards_grid)

        heading = QLabel(self.tr("各章健康指数"))
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        self.chapters = ChapterModel(session, self)
        self.chapter_view = table_view(self.chapters, 30)
        self.chapter_view.setItemDelegateForColumn(ChapterModel.INDEX, IndexBarDelegate(self.chapter_view))
        header = self.chapter_view.horizontalHeader()
        header.setSectionResizeMode(ChapterModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ChapterModel.INDEX, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(ChapterModel.INDEX, 260)
        for column in range(ChapterModel.PROGRESS, ChapterModel.UNASSESSED + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.chapter_view.setAccessibleName(self.tr("各章健康指数"))
        self.chapter_view.setToolTip(self.tr("按 Enter 或双击，在问卷中打开该章"))
        self.chapter_view.activated.connect(
            lambda index: self.chapterActivated.emit(self.chapters.rows[index.row()].chapter_id))
        # A chapter's title wraps in a narrow window rather than ending in "…"; every chapter stays visible.
        self.chapter_view.setWordWrap(True)
        self.chapter_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chapter_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # after the header has placed every section (a stretched one moves last)
        header.sectionResized.connect(lambda *_: QTimer.singleShot(0, self._fit_chapter_rows))
        layout.addWidget(self.chapter_view)

        heading = QLabel(self.tr("优先整改（按整改可加分排序）"))
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        self.top_items = TopItemsModel(session, self)
        self.top_view = table_view(self.top_items, 30)
        header = self.top_view.horizontalHeader()
        header.setSectionResizeMode(TopItemsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (TopItemsModel.RANK, TopItemsModel.LEVEL, TopItemsModel.SEVERITY, TopItemsModel.GAIN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.top_view.setAccessibleName(self.tr("优先整改事项"))
        self.top_view.activated.connect(lambda index: self.itemActivated.emit(self.top_items.item_id(index.row())))
        self.top_empty = _note(wrap=True)
        layout.addWidget(self.top_view, 1)
        layout.addWidget(self.top_empty)

        session.scoreChanged.connect(self.refresh)
        self.refresh()

    def _place_cards(self, per_row: int) -> None:
        """Four cards in a row where they fit, two by two on a narrow window (1024 px, English)."""
        if per_row == self._cards_per_row:
            return
        self._cards_per_row = per_row
        for card in self.cards:
            self.cards_grid.removeWidget(card)
        for n, card in enumerate(self.cards):
            self.cards_grid.addWidget(card, n // per_row, n % per_row)
        for column in range(4):
            self.cards_grid.setColumnStretch(column, 1 if column < per_row else 0)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        width = event.size().width()
        natural = sum(card.sizeHint().width() for card in self.cards) + 12 * 3 + 40
        self._place_cards(4 if width >= max(natural, 900) else 2)
        # the index bar gives way to the chapters' titles on a narrow window
        self.chapter_view.horizontalHeader().resizeSection(ChapterModel.INDEX, 260 if width >= 1100 else 100)
        super().resizeEvent(event)
        self._fit_chapter_rows()

    def _fit_chapter_rows(self) -> None:
        """Rows as high as their wrapped titles (at least 30 px); the table as high as its rows."""
        view = self.chapter_view
        # Measured here, not from the view's hint: the hint wraps at the whole column width, the cell at less
        # (its padding), so a title of four lines got three and ended in "…".
        width = max(view.columnWidth(ChapterModel.NAME) - 8, 40)
        metrics = view.fontMetrics()
        for row in range(self.chapters.rowCount()):
            title = self.chapters.index(row, ChapterModel.NAME).data()
            wrapped = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, title)
            view.setRowHeight(row, max(30, wrapped.height() + 12))
        rows = sum(view.rowHeight(row) for row in range(self.chapters.rowCount()))
        view.setFixedHeight(view.horizontalHeader().height() + rows + 2 * view.frameWidth())

    def refresh(self) -> None:
        s = self.session.score
        c = s.completion
        number, note = index_text(self.session)
        self.index_label.setText(number)
        # a number in large type; words ("not answered yet") in the size of the other cards
        is_number = any(ch.isdigit() for ch in number)
        self.index_label.setFont(emphasised(self.font(), 2.4 if is_number else 1.6))
        done, total = self.session.progress()
        started = self.session.started
        if not started:
            self.index_note.setText(self.tr("回答第一个问题后显示。"))
        elif s.index is None:
            self.index_note.setText(note)
        elif s.provisional:
            self.index_note.setText(self.tr(
                "暂定：只计已评估的 {assessed}/{items} 项事项；还有 {n} 题未作答，问题都未作答的事项为“未评估”，"
                "不计入。").format(assessed=c.assessed_items, items=c.items, n=total - done))
        else:
            self.index_note.setText(self.tr("满分 100，全部适用问题已作答。"))
        if s.level is None and not s.level_waits:
            self.level_icon.clear()
            self.level_label.setText("—")
            self.level_note.setText("")
        else:
            self.level_icon.setPixmap(mark_icon(s.level_mark, 22).pixmap(22, 22))
            self.level_label.setText(s.level_text(i18n.lang()))
            if s.veto_items:
                self.level_note.setText(self.tr("一票否决：{items} 可能承担刑事责任且回答为“不符合”。").format(
                    items=i18n.join(s.veto_items)))
            elif s.level_waits:
                share = self.session.guide.scoring.level_min_answered * 100
                self.level_note.setText(self.tr("每一章作答满 {share}% 后给出；目前作答最少的一章为 {least}%。").format(
                    share=f"{share:g}", least=f"{self._least_answered_share() * 100:.0f}"))
            elif s.provisional:
                self.level_note.setText(self.tr("暂定"))
            else:
                self.level_note.setText("")
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        self.progress_label.setText(self.tr("{answered} / {total} 题").format(answered=done, total=total))
        self.progress_note.setText(self.tr("已评估 {assessed}/{items} 项事项").format(
            assessed=c.assessed_items, items=c.items))
        counts = s.mark_counts
        for key, label in self.count_labels.items():
            label.setText(self.tr("{label} {n} 项").format(label=i18n.mark_label(key), n=counts[key]))
        show = self.top_items.rowCount() > 0
        self.top_view.setVisible(show)
        self.top_empty.setVisible(not show)
        self.top_empty.setText(self.tr("回答问题后，这里按“整改可加分”列出最值得先整改的违规事项。")
                               if not started else
                               self.tr("尚未发现需要整改的事项：这里只列出有“部分符合”或“不符合”回答的事项。"))

    def _least_answered_share(self) -> float:
        shares = [c.answered / c.applicable_questions for c in self.session.score.chapters if c.applicable_questions]
        return min(shares, default=1.0)
