"""The left side of the window: search, the filter and the navigator tree."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from checklist.model import Answer

from ..session.session import Session
from ..shared import i18n
from ..shared.plain import plain
from .navigator import STATE, TITLE, Filter, Kind, NavigatorFilter, NavigatorModel, Role, filter_labels
from .search import TARGET_ROLE, SearchModel


class Sidebar(QWidget):
    questionChosen = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._selecting = False
        self.model = NavigatorModel(session, self)
        self.proxy = NavigatorFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search_model = SearchModel(session, self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索条文、事项、问题、法规（Ctrl+F）"))
        self.search.setAccessibleName(self.tr("搜索"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(lambda: self._open_hit(self.results.model().index(0, 0)))
        self.search.installEventFilter(self)

        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("筛选问题"))
        for mode, label in filter_labels().items():
            self.filter.addItem(label, int(mode))
        self.filter.currentIndexChanged.connect(self._filter_changed)

        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("条文与问题导航"))
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        # A fixed state column: sizing it to its contents would read every row on each answer.
        self.tree.header().setSectionResizeMode(STATE, QHeaderView.ResizeMode.Fixed)
        labels = [i18n.answer_label(a) for a in (*Answer, None)] + ["000/000"]
        state_width = max(self.tree.fontMetrics().horizontalAdvance(t) for t in labels) + 16
        self.tree.header().resizeSection(STATE, state_width)
        # Room for a question's first words beside its state, three levels deep, even on a 1024 px screen.
        words = self.tree.fontMetrics().horizontalAdvance("营业执照登记的经营范围") + 24
        self.setMinimumWidth(state_width + 3 * self.tree.indentation() + words
                             + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 24)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.activated.connect(self._activated)
        self.tree.expandAll()
        self.proxy.modelReset.connect(self.tree.expandAll)
        self.proxy.layoutChanged.connect(self.tree.expandAll)
        self.proxy.rowsInserted.connect(lambda parent, *_: self.tree.expandRecursively(parent))

        self.empty = plain(QLabel())  # repeats what was typed in the search box
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty.setMargin(8)

        self.results = QListView()
        self.results.setModel(self.search_model)
        self.results.setAccessibleName(self.tr("搜索结果"))
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setSpacing(2)
        self.results.activated.connect(self._open_hit)

        self.stack = QStackedWidget()
        for widget in (self.tree, self.results, self.empty):
            self.stack.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(self.search)
        layout.addWidget(self.filter)
        layout.addWidget(self.stack, 1)
        self.proxy.rowsRemoved.connect(self._update_empty)
        self.proxy.rowsInserted.connect(self._update_empty)
        self.proxy.modelReset.connect(self._update_empty)

    # -- the tree

    def select(self, question_id: str) -> None:
        """Make ``question_id`` current in the tree without announcing it again."""
        source = self.model.index_of(question_id)
        index = self.proxy.mapFromSource(source)
        if index.isValid() and self.tree.currentIndex() != index:
            self._selecting = True
            try:
                self.tree.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            finally:
                self._selecting = False
            self.tree.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting:
            return
        if current.isValid() and current.data(Role.KIND) == Kind.QUESTION:
            self.questionChosen.emit(current.data(Role.ID))

    def _activated(self, index: QModelIndex) -> None:
        if index.data(Role.KIND) != Kind.QUESTION:  # a chapter or an article: its first question
            child = index.siblingAtColumn(TITLE)
            while child.isValid() and child.data(Role.KIND) != Kind.QUESTION:
                child = self.proxy.index(0, TITLE, child)
            if child.isValid():
                self.tree.setCurrentIndex(child)

    def visible_after(self, question_id: str) -> str | None:
        """The next question the filter shows, after ``question_id`` in reading order."""
        return self.session.next_question(question_id, self.shows)

    def shows(self, question_id: str) -> bool:
        source = self.model.index_of(question_id)
        return self.proxy.filterAcceptsRow(source.row(), source.parent())

    def _filter_changed(self, row: int) -> None:
        self.proxy.set_mode(Filter(self.filter.itemData(row)))
        self.tree.expandAll()
        self._update_empty()

    def set_filter(self, mode: Filter) -> None:
        self.filter.setCurrentIndex(self.filter.findData(int(mode)))

    def _update_empty(self, *_args: object) -> None:
        if self.search.text().strip():
            return
        if self.proxy.rowCount() == 0:
            texts = {
                Filter.ALL: self.tr("按企业信息，没有适用的问题。"),
                Filter.UNANSWERED: self.tr("所有适用问题都已作答。可查看总览，或生成报告。"),
                Filter.GAPS: self.tr("没有回答为“部分符合”或“不符合”的问题。"),
                Filter.PENDING: self.tr("没有回答为“不确定”的问题。"),
                Filter.RED: self.tr("没有重大风险的回答。"),
                Filter.REVIEW: self.tr("没有需要复核的回答。"),
            }
            self.empty.setText(texts[self.proxy.mode])
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.tree)

    # -- search

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search(self, text: str) -> None:
        self.search_model.set_query(text)
        if text.strip():
            if self.search_model.rowCount() == 0:
                self.empty.setText(self.tr("没有找到“{text}”。试试更短的词，或法规简称（如“药品管理法”）。").format(
                    text=text.strip()))
                self.stack.setCurrentWidget(self.empty)
            else:
                self.stack.setCurrentWidget(self.results)
        else:
            self._update_empty()

    def _open_hit(self, index: QModelIndex) -> None:
        if index.isValid():
            self.questionChosen.emit(index.data(TARGET_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key == Qt.Key.Key_Escape:
                self.search.clear()
                self.tree.setFocus()
                return True
            if key == Qt.Key.Key_Down and self.stack.currentWidget() is self.results:
                self.results.setFocus()
                self.results.setCurrentIndex(self.search_model.index(0, 0))
                return True
        return super().eventFilter(watched, event)
