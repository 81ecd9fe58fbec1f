"""The left side of the window: search, the filters and the navigator tree with its context menu."""

from __future__ import annotations

from PySide6.QtCore import (
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QContextMenuEvent, QFont, QFontMetrics, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from checklist.model import Answer

from ..session.session import Session
from ..shared import i18n
from ..shared.plain import plain
from .navigator import STATE, TITLE, Conditions, Filter, Kind, NavigatorFilter, NavigatorModel, Role, filter_labels
from .search import TARGET_ROLE, SearchModel

ANY_OWNER = ""


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped title when the tree wraps: QTreeView itself sizes rows for one line."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if not self.tree.wordWrap() or index.column() != TITLE:
            return size
        depth = 1  # the root is decorated: every level is indented
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        margin = self.tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.tree) + 1
        width = self.tree.header().sectionSize(TITLE) - depth * self.tree.indentation() - 2 * margin - 2
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else option.fontMetrics
        text = str(index.data() or "")
        needed = metrics.boundingRect(QRect(0, 0, max(width, 40), 100_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(size.width(), max(size.height(), needed.height() + 4))


class Sidebar(QWidget):
    questionChosen = Signal(str)
    overviewChosen = Signal(str)  # an article or a chapter: its page
    notApplicableRequested = Signal(str)  # 不适用 for every question of an article or a chapter

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
        # Its longest choice must not widen the navigator: the list opens as wide as it needs.
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter.setMinimumContentsLength(6)

        self.more = QToolButton()
        self.more.setCheckable(True)
        self.more.setToolTip(self.tr("按证据、整改措施、责任人、修改日期筛选"))
        self.more.toggled.connect(lambda on: self.conditions_box.setVisible(on))
        self.full_text = QToolButton()
        self.full_text.setText(self.tr("显示全文"))
        self.full_text.setCheckable(True)
        self.full_text.setToolTip(self.tr("问题较长时换行显示全文"))
        self.full_text.toggled.connect(self.set_full_text)
        filter_row = QHBoxLayout()
        filter_row.setSpacing(4)
        filter_row.addWidget(self.filter, 1)
        filter_row.addWidget(self.more)
        filter_row.addWidget(self.full_text)
        self.conditions_box = self._build_conditions()
        self.conditions_box.hide()
        self._update_more()

        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("条文与问题导航"))
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(14)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        # Sized once, not to its contents, which would read every row on each answer; the user may narrow it.
        self.tree.header().setSectionResizeMode(STATE, QHeaderView.ResizeMode.Interactive)
        labels = [i18n.answer_label(a) for a in (*Answer, None)] + ["000/000"]
        icon = self.tree.iconSize().width() if self.tree.iconSize().isValid() else 16
        state_width = max(self.tree.fontMetrics().horizontalAdvance(t) for t in labels) + max(icon, 16) + 20
        self.tree.header().resizeSection(STATE, state_width)
        # Room for a question's first words beside its state, three levels deep, even on a 1024 px screen.
        words = self.tree.fontMetrics().horizontalAdvance("营业执照登记的经营范围") + 40
        self.setMinimumWidth(state_width + 3 * self.tree.indentation() + words
                             + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 24)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.activated.connect(self._activated)
        self.tree.expandAll()
        self.proxy.modelReset.connect(self.tree.expandAll)
        self.proxy.layoutChanged.connect(self.tree.expandAll)
        self.proxy.rowsInserted.connect(lambda parent, *_: self.tree.expandRecursively(parent))
        # Wrapped rows take their height from the column's width: laid out again when it changes.
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.tree.doItemsLayout)
        self.tree.header().sectionResized.connect(self._column_resized)
        self._build_context_menu()

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
        layout.addLayout(filter_row)
        layout.addWidget(self.conditions_box)
        layout.addWidget(self.stack, 1)
        self.proxy.rowsRemoved.connect(self._update_empty)
        self.proxy.rowsInserted.connect(self._update_empty)
        self.proxy.modelReset.connect(self._update_empty)
        session.changed.connect(self._refresh_owners)
        session.scopeChanged.connect(self._refresh_owners)

    # -- filters beyond the answer

    def _build_conditions(self) -> QFrame:
        box = QFrame()
        box.setProperty("role", "card")
        grid = QGridLayout(box)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setVerticalSpacing(4)
        self.with_evidence = QCheckBox(self.tr("有证据材料"))
        self.with_action = QCheckBox(self.tr("有整改措施"))
        self.owner = QComboBox()
        self.owner.setAccessibleName(self.tr("责任人"))
        self.owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.owner.setMinimumContentsLength(6)
        self.since_on = QCheckBox(self.tr("此日起有改动"))
        self.since = QDateEdit(QDate.currentDate().addDays(-7))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setAccessibleName(self.tr("改动日期不早于"))
        self.clear_button = QPushButton(self.tr("清除筛选"))
        self.clear_button.clicked.connect(self.clear_filters)
        grid.addWidget(self.with_evidence, 0, 0)
        grid.addWidget(self.with_action, 0, 1)
        grid.addWidget(QLabel(self.tr("责任人")), 1, 0)
        grid.addWidget(self.owner, 1, 1)
        grid.addWidget(self.since_on, 2, 0)
        grid.addWidget(self.since, 2, 1)
        grid.addWidget(self.clear_button, 3, 1, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)
        self._refresh_owners()
        self.with_evidence.toggled.connect(self._conditions_changed)
        self.with_action.toggled.connect(self._conditions_changed)
        self.owner.currentIndexChanged.connect(self._conditions_changed)
        self.since_on.toggled.connect(self._conditions_changed)
        self.since.dateChanged.connect(self._conditions_changed)
        return box

    def owners(self) -> list[str]:
        """Every owner the action items name, in the order a reader looks them up."""
        return sorted({a.owner.strip() for a in self.session.assessment.actions.values() if a.owner.strip()})

    def _refresh_owners(self, *_args: object) -> None:
        owners = [ANY_OWNER, *self.owners()]
        if [self.owner.itemData(i) for i in range(self.owner.count())] == owners:
            return
        chosen = self.owner.currentData() or ANY_OWNER
        self.owner.blockSignals(True)
        self.owner.clear()
        for owner in owners:
            self.owner.addItem(owner or self.tr("任何责任人"), owner)
        self.owner.setCurrentIndex(max(0, self.owner.findData(chosen)))
        self.owner.blockSignals(False)
        if self.owner.currentData() != chosen:  # the owner chosen is gone: so is the filter on it
            self._conditions_changed()

    def conditions(self) -> Conditions:
        return Conditions(
            evidence=self.with_evidence.isChecked(), action=self.with_action.isChecked(),
            owner=self.owner.currentData() or ANY_OWNER,
            since=self.since.date().toPython() if self.since_on.isChecked() else None)

    def _conditions_changed(self, *_args: object) -> None:
        self.proxy.set_conditions(self.conditions())
        self._update_more()
        self.tree.expandAll()
        self._update_empty()

    def _update_more(self) -> None:
        count = self.proxy.conditions.count
        self.more.setText(self.tr("筛选（{n}）").format(n=count) if count else self.tr("筛选"))

    def clear_filters(self) -> None:
        for box in (self.with_evidence, self.with_action, self.since_on):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.owner.blockSignals(True)
        self.owner.setCurrentIndex(0)
        self.owner.blockSignals(False)
        self._conditions_changed()
        self.set_filter(Filter.ALL)

    def set_full_text(self, on: bool) -> None:
        """Questions on as many lines as their text needs, or one line each, cut where the column ends."""
        if self.full_text.isChecked() != on:
            self.full_text.setChecked(on)  # comes back here through toggled
            return
        self.tree.setUniformRowHeights(not on)
        self.tree.setWordWrap(on)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone if on else Qt.TextElideMode.ElideRight)
        self.tree.doItemsLayout()

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == TITLE and self.tree.wordWrap():
            self._relayout.start()

    # -- the context menu

    def _build_context_menu(self) -> None:
        def action(text: str, slot, shortcut: QKeySequence | None = None) -> QAction:  # noqa: ANN001
            made = QAction(text, self.tree)
            made.triggered.connect(lambda _checked=False: slot())
            if shortcut is not None:
                made.setShortcut(shortcut)
                made.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                self.tree.addAction(made)
            return made

        self.open_action = action(self.tr("打开"), self._open_row)
        self.article_action = action(self.tr("查看条文"), self._open_article)
        self.article_na_action = action(self.tr("本条全部设为不适用…"), lambda: self._not_applicable(Role.ARTICLE))
        self.chapter_na_action = action(self.tr("本章全部设为不适用…"), lambda: self._not_applicable(Role.CHAPTER))
        self.copy_action = action(self.tr("复制问题编号"), self._copy_id, QKeySequence(QKeySequence.StandardKey.Copy))
        self.context_menu = QMenu(self)
        self.context_menu.addAction(self.open_action)
        self.context_menu.addAction(self.article_action)
        self.context_menu.addSeparator()
        self.context_menu.addAction(self.article_na_action)
        self.context_menu.addAction(self.chapter_na_action)
        self.context_menu.addSeparator()
        self.context_menu.addAction(self.copy_action)
        # Watched rather than a custom menu policy: a click names its row, the menu key means the current one.
        self.tree.installEventFilter(self)
        self.tree.viewport().installEventFilter(self)
        self.tree.selectionModel().currentChanged.connect(lambda current, _previous: self._update_actions())
        self._update_actions()

    def _update_actions(self) -> None:
        """What the menu offers for the current row."""
        index = self.tree.currentIndex()
        kind = index.data(Role.KIND) if index.isValid() else None
        editable = not self.session.read_only
        self.open_action.setEnabled(kind is not None)
        self.article_action.setEnabled(kind in (Kind.ARTICLE, Kind.QUESTION))
        self.article_na_action.setEnabled(editable and kind in (Kind.ARTICLE, Kind.QUESTION))
        self.chapter_na_action.setEnabled(editable and kind is not None)
        self.copy_action.setEnabled(kind == Kind.QUESTION)

    def show_context_menu(self, position: QPoint | None = None) -> None:
        """The menu for the row at ``position`` (viewport coordinates), or for the current row."""
        if position is not None:
            index = self.tree.indexAt(position).siblingAtColumn(TITLE)
            if index.isValid() and index != self.tree.currentIndex().siblingAtColumn(TITLE):
                self.tree.setCurrentIndex(index)
        current = self.tree.currentIndex()
        if not current.isValid():
            return
        if position is None:
            self.tree.scrollTo(current)
            rect = self.tree.visualRect(current)
            position = QPoint(rect.left() + 24, rect.bottom())
        self._update_actions()
        self.context_menu.popup(self.tree.viewport().mapToGlobal(position))

    def _open_row(self) -> None:
        index = self.tree.currentIndex()
        if index.data(Role.KIND) == Kind.QUESTION:
            self.questionChosen.emit(index.data(Role.ID))
        elif index.isValid():
            self.overviewChosen.emit(index.data(Role.ID))

    def _open_article(self) -> None:
        article = self.tree.currentIndex().data(Role.ARTICLE)
        if article:
            self.overviewChosen.emit(article)

    def _not_applicable(self, role: Role) -> None:
        scope = self.tree.currentIndex().data(role)
        if scope and not self.session.read_only:
            self.notApplicableRequested.emit(scope)

    def _copy_id(self) -> None:
        index = self.tree.currentIndex()
        if index.data(Role.KIND) == Kind.QUESTION:
            QGuiApplication.clipboard().setText(index.data(Role.ID))

    # -- the tree

    def select(self, node_id: str) -> None:
        """Make a question, an article or a chapter current in the tree without announcing it again."""
        source = self.model.index_of(node_id)
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
        if not current.isValid():
            return
        if current.data(Role.KIND) == Kind.QUESTION:
            self.questionChosen.emit(current.data(Role.ID))
        else:
            self.overviewChosen.emit(current.data(Role.ID))

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
        if self.proxy.rowCount() == 0 and self.proxy.conditions.count:
            self.empty.setText(self.tr("没有符合筛选条件的问题。可以放宽条件，或清除筛选。"))
            self.stack.setCurrentWidget(self.empty)
        elif self.proxy.rowCount() == 0:
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
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent) \
                and watched in (self.tree, self.tree.viewport()):
            by_mouse = event.reason() == QContextMenuEvent.Reason.Mouse and watched is self.tree.viewport()
            self.show_context_menu(event.pos() if by_mouse else None)
            return True
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
