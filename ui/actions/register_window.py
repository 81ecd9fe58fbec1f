"""The action register (整改事项清单): every action of the assessment with its owner, due date and status;
filters by status, owner, overdue and text; sorting by any column; Enter or a double click shows the
question in the assessment window; export of what is shown to Excel.

The window follows the session: an action changed in the questionnaire (or undone) shows here at once.
It asks the assessment window for a question by a signal, and imports no other window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checklist.actions import NO_OWNER, ActionFilter, ActionRow, SortKey, counts, owners, register, sort_value
from checklist.vocabulary import ActionStatus, Mark

from ..session.session import Session
from ..shared import i18n
from ..shared.banner import Banner
from ..shared.models import Index, RowModel, table_view
from ..shared.plain import plain, title

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the ActionRow behind a cell


class ActionRegisterModel(RowModel):
    """One row per action, kept in step with the session."""

    ID, QUESTION, MEASURE, OWNER, DUE, STATUS, OVERDUE = range(7)
    COLUMNS = 7
    SORT_KEYS = (SortKey.QUESTION, SortKey.QUESTION, SortKey.MEASURE, SortKey.OWNER, SortKey.DUE, SortKey.STATUS,
                 SortKey.OVERDUE)

    def __init__(self, session: Session, today: Callable[[], dt.date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.today = session, today
        self.reload()

    def reload(self) -> None:
        self.set_rows(register(self.session.assessment, self.today(), i18n.lang()))

    def headers(self) -> list[str]:
        return [self.tr("编号"), self.tr("问题"), self.tr("措施"), self.tr("负责人"), self.tr("期限"), self.tr("状态"),
                self.tr("逾期")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        row: ActionRow | None = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.ID:
                return row.question_id
            if column == self.QUESTION:
                return f"{row.article_label}{i18n.gap()}{row.question_text}"
            if column == self.MEASURE:
                return row.measure or self.tr("（未填写措施）")
            if column == self.OWNER:
                return row.owner or self.tr("未指定")
            if column == self.DUE:
                return i18n.format_date(row.due) if row.due else self.tr("未定")
            if column == self.STATUS:
                return i18n.status_label(row.status)
            return self.tr("已逾期") if row.overdue else ""
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.QUESTION, self.MEASURE):
            return self.describe(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.OVERDUE and row.overdue:
                return QBrush(QColor(Mark.RED.style.tint_ink))
            if (column == self.MEASURE and not row.measure) or (column == self.OWNER and not row.owner) \
                    or (column == self.DUE and not row.due) or not row.applies:
                return QBrush(QColor("#5B6573"))
        if role == Qt.ItemDataRole.BackgroundRole and column == self.OVERDUE and row.overdue:
            return QBrush(QColor(Mark.RED.style.tint))
        return None


    def describe(self, row: ActionRow) -> str:
        """The whole row in words: what the table cuts short."""
        lines = [f"{row.question_id}{i18n.gap()}{row.article_label} {row.article_title}", row.question_text]
        if row.measure:
            lines.append(self.tr("措施：{measure}").format(measure=row.measure))
        if not row.applies:
            lines.append(self.tr("按当前企业信息，本题已不适用。"))
        return "\n".join(lines)


class ActionFilterProxy(QSortFilterProxyModel):
    """Filters with checklist.actions.ActionFilter and sorts with its values: a missing owner or date
    stays last whichever way a column is sorted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rule = ActionFilter()

    def set_rule(self, rule: ActionFilter) -> None:
        self.beginFilterChange()
        self.rule = rule
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _row(self, source_row: int) -> ActionRow | None:
        model = self.sourceModel()
        return model.rows[source_row] if 0 <= source_row < len(model.rows) else None

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self._row(source_row)
        return row is not None and self.rule.accepts(row)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = self._row(left.row()), self._row(right.row())
        if a is None or b is None:
            return False
        key = ActionRegisterModel.SORT_KEYS[left.column()]
        va, vb = sort_value(a, key), sort_value(b, key)
        if va[0] != vb[0]:
            present_first = va[0] < vb[0]
            return present_first if self.sortOrder() == Qt.SortOrder.AscendingOrder else not present_first
        return va < vb


class ActionRegisterWindow(QWidget):
    questionChosen = Signal(str)  # show this question in the assessment window

    def __init__(self, session: Session, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session, self.today = session, today
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("actionRegister")
        self.setMinimumSize(720, 420)
        self.model = ActionRegisterModel(session, today, self)
        self.proxy = ActionFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("按状态筛选"))
        self.status.addItem(self.tr("全部状态"), frozenset())
        self.status.addItem(self.tr("未完成"), frozenset({ActionStatus.OPEN, ActionStatus.IN_PROGRESS}))
        for s in ActionStatus:
            self.status.addItem(i18n.status_label(s), frozenset({s}))
        self.owner = QComboBox()
        self.owner.setAccessibleName(self.tr("按负责人筛选"))
        self.owner.setMinimumContentsLength(8)
        self.owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.overdue = QCheckBox(self.tr("仅看逾期"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索编号、问题、措施、负责人"))
        self.search.setAccessibleName(self.tr("搜索整改事项"))
        self.search.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        status_label = QLabel(self.tr("状态"))
        status_label.setBuddy(self.status)
        owner_label = QLabel(self.tr("负责人"))
        owner_label.setBuddy(self.owner)
        for widget in (status_label, self.status, owner_label, self.owner, self.overdue):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)

        self.table = table_view(self.model, 30)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ActionRegisterModel.ID, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("整改事项"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in ((0, 72), (1, 300), (2, 260), (3, 120), (4, 120), (5, 80), (6, 64)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(ActionRegisterModel.QUESTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ActionRegisterModel.MEASURE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._activate)
        self.table.installEventFilter(self)

        self.detail = plain(QLabel())  # the selected action in full; notes and names come from the file
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(self.tr("所选整改事项"))
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)

        self.empty = QLabel(self.tr("还没有整改事项。在问卷中为“不符合”“部分符合”或“不确定”的问题填写整改措施、"
                                    "负责人和期限，它们会出现在这里。"))
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        self.summary = plain(QLabel())
        self.summary.setProperty("role", "muted")
        self.banner = Banner()
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.setToolTip(self.tr("按当前的筛选和排序导出"))
        self.export_button.clicked.connect(self.export)
        self.go_button = QPushButton(self.tr("转到问题"))
        self.go_button.clicked.connect(lambda: self._activate(self.table.currentIndex()))
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.go_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)

        self.status.currentIndexChanged.connect(self._apply_filter)
        self.owner.currentIndexChanged.connect(self._apply_filter)
        self.overdue.toggled.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        # Bound methods: Qt drops the connections with the window, while the session lives on.
        session.changed.connect(self._session_changed)
        session.scopeChanged.connect(self.reload)
        self._fill_owners()
        self._update_summary()
        if self.proxy.rowCount():  # Enter works from the first moment
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._show_detail(self.table.currentIndex())
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(1100, screen.width() - 40) if screen else 1100, min(640, screen.height() - 60) if screen else 640)
        self._update_title()

    # -- following the session

    def _session_changed(self, _question_id: str) -> None:
        self.reload()

    def reload(self) -> None:
        current = self.current_question()
        self.model.reload()
        self._fill_owners()
        self._apply_filter()
        if current:
            self.select(current)
        self._update_title()

    def _update_title(self) -> None:
        self.setWindowTitle(title(self.tr("整改事项清单 — {company}").format(
            company=self.session.assessment.profile.name)))

    def _fill_owners(self) -> None:
        chosen = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("全部负责人"), None)
        self.owner.addItem(self.tr("未指定"), NO_OWNER)
        for name in owners(self.model.rows):
            self.owner.addItem(name, name)
        found = self.owner.findData(chosen) if chosen is not None else 0
        self.owner.setCurrentIndex(max(found, 0))
        self.owner.blockSignals(False)

    # -- filters

    def rule(self) -> ActionFilter:
        return ActionFilter(statuses=self.status.currentData() or frozenset(), owner=self.owner.currentData(),
                            overdue_only=self.overdue.isChecked(), text=self.search.text())

    def _apply_filter(self, *_args: object) -> None:
        self.proxy.set_rule(self.rule())
        self._update_summary()
        self._show_detail(self.table.currentIndex())

    def shown_rows(self) -> list[ActionRow]:
        """The rows as the table shows them: filtered and in the chosen order."""
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def _update_summary(self) -> None:
        c = counts(self.model.rows)
        shown = self.proxy.rowCount()
        self.summary.setText(self.tr("共 {total} 项：未开始 {open}，进行中 {doing}，已完成 {done}；已逾期 {late}。"
                                     "显示 {shown} 项。").format(total=c.total, open=c.open, doing=c.in_progress,
                                                            done=c.done, late=c.overdue, shown=shown))
        has_rows = bool(self.model.rows)
        self.empty.setVisible(not has_rows)
        self.export_button.setEnabled(shown > 0)
        self.go_button.setEnabled(shown > 0)

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        row: ActionRow | None = current.data(ROW_ROLE) if current.isValid() else None
        self.detail.setText(self.model.describe(row) if row else "")
        self.detail.setVisible(row is not None)

    # -- going to a question

    def current_question(self) -> str:
        row = self.table.currentIndex().data(ROW_ROLE)
        return row.question_id if row else ""

    def select(self, question_id: str) -> bool:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(ROW_ROLE).question_id == question_id:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return True
        return False

    def _activate(self, index: QModelIndex) -> None:
        row: ActionRow | None = index.data(ROW_ROLE) if index.isValid() else None
        if row is None:
            return
        if not row.applies or row.question_id not in self.session.questions:
            self.banner.show_message("info", self.tr("问题 {id} 按当前企业信息不适用，问卷中不再显示它。").format(
                id=row.question_id))
            return
        self.questionChosen.emit(row.question_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._activate(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    # -- export

    def default_export_path(self) -> Path:
        lhc = self.session.file.path
        return lhc.with_name(f"{lhc.stem}-整改事项清单.xlsx")

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出整改事项清单"), str(self.default_export_path()),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:  # the file dialog has asked before replacing an existing file
            self.export_to(Path(path if path.lower().endswith(".xlsx") else path + ".xlsx"))

    def export_to(self, path: Path) -> bool:
        from reports.options import ReportError  # the report layer loads only when asked for
        from reports.workbooks import write_action_register

        try:
            write_action_register(self.shown_rows(), path, company=self.session.assessment.profile.name,
                                  day=self.today(), lang=i18n.lang())
        except ReportError as exc:
            self.banner.show_message("error", i18n.text(exc))
            return False
        self.banner.show_message("info", self.tr("已导出 {n} 项到 {path}").format(n=self.proxy.rowCount(), path=path))
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.changed.disconnect(self._session_changed)
        self.session.scopeChanged.disconnect(self.reload)
        event.accept()
