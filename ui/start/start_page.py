"""The start page: recent assessments (from the cached summaries), new, open, examples.

Nothing here opens an assessment file or loads the guide: the first window shows fast.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from checklist.vocabulary import Mark

from ..shared import i18n
from ..shared.banner import Banner
from ..shared.models import Index, RowModel, table_view
from ..shared.plain import mnemonic_free, tip
from ..shared.requests import Requests
from ..shared.settings import AppSettings, RecentEntry
from ..shared.theme import ACCENT, emphasised, mark_icon

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class RecentModel(RowModel):
    """Rows of (cached summary, whether the file is still there)."""

    COMPANY, DATE, INDEX, LEVEL, FILE = range(5)
    COLUMNS = 5

    def __init__(self, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.reload()

    def reload(self) -> None:
        # One stat per entry tells a moved or deleted file; the file itself is not opened.
        self.set_rows([(e, Path(e.path).is_file()) for e in self.settings.recent()])

    def headers(self) -> list[str]:
        return [self.tr("企业"), self.tr("体检日期"), self.tr("健康指数"), self.tr("等级"), self.tr("文件")]

    def entry(self, row: int) -> RecentEntry:
        return self.rows[row][0]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index)
        if row is None:
            return None
        entry, exists = row
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COMPANY:
                return entry.company
            if column == self.DATE:
                return i18n.format_date(entry.assessed_date)
            if column == self.INDEX:
                if entry.index is None:
                    return self.tr("尚未作答") if entry.answered == 0 else "—"
                return i18n.format_index(entry.index) + (self.tr("（暂定）") if entry.provisional else "")
            if column == self.LEVEL:
                return i18n.mark_label(entry.level) if entry.level in set(Mark) else "—"
            name = Path(entry.path).name
            return name if exists else self.tr("{name}（文件已移动或删除）").format(name=name)
        if role == Qt.ItemDataRole.DecorationRole and column == self.LEVEL and entry.level in set(Mark):
            return mark_icon(entry.level)
        if role == Qt.ItemDataRole.ForegroundRole and not exists:
            return QColor("#8A939F")
        if role == Qt.ItemDataRole.ToolTipRole:
            progress = self.tr("已答 {answered}/{total} 题").format(answered=entry.answered, total=entry.questions)
            return tip(f"{entry.path}\n{progress}")  # a path any file name can be in: escaped
        if role == PATH_ROLE:
            return entry.path
        return None


def example_label(path: Path) -> str:
    """The company an example is about, from the JSON it was built from; else the file name."""
    try:
        data = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        name = data["profile"]["name"]
    except (OSError, ValueError, KeyError, TypeError):
        return path.stem
    return name if isinstance(name, str) and name else path.stem


class StartWindow(QMainWindow):
    closed = Signal(object)  # this window

    def __init__(self, settings: AppSettings, examples: list[Path], fonts_ok: bool) -> None:
        super().__init__()
        self.settings = settings
        self.requests = Requests(self)
        self.examples = examples
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("风控法务体检"))
        self.setMinimumSize(820, 520)
        self.resize(1080, 660)

        central = QWidget()
        self.setCentralWidget(central)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner = Banner(margins=(16, 10, 16, 0))
        outer.addWidget(self.banner)
        body = QHBoxLayout()
        body.setContentsMargins(32, 28, 32, 28)
        body.setSpacing(32)
        outer.addLayout(body, 1)

        side = QVBoxLayout()
        side.setSpacing(10)
        title = QLabel(self.tr("风控法务体检"))
        title.setFont(emphasised(title.font(), 1.9))
        title.setStyleSheet(f"color: {ACCENT};")
        title.setWordWrap(True)  # "Legal Risk Health Check" is wider than the side panel
        title.setAccessibleName(title.text())
        subtitle = QLabel(self.tr("生物医药企业法律风险自查\n逐条作答，即时评分，生成法治体检报告"))
        subtitle.setProperty("role", "muted")
        subtitle.setWordWrap(True)
        side.addWidget(title)
        side.addWidget(subtitle)
        side.addSpacing(18)
        self.new_button = QPushButton(self.tr("新建体检…"))
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("填写企业信息，按业务范围生成适用的问卷（Ctrl+N）"))
        self.new_button.clicked.connect(lambda: self.requests.new.emit(self))
        self.open_button = QPushButton(self.tr("打开文件…"))
        self.open_button.setToolTip(self.tr("打开已有的体检文件（.lhc）（Ctrl+O）"))
        self.open_button.clicked.connect(lambda: self.requests.open.emit(self))
        self.example_button = QPushButton(self.tr("打开示例"))
        self._fill_examples()
        self.guides_button = QPushButton(self.tr("指引管理…"))
        self.guides_button.setToolTip(self.tr("查看、安装指引的新版本和本版变化"))
        self.guides_button.clicked.connect(lambda: self.requests.guides.emit(self))
        self.settings_button = QPushButton(self.tr("设置…"))
        self.settings_button.clicked.connect(lambda: self.requests.settings.emit(self))
        for button in (self.new_button, self.open_button, self.example_button, self.guides_button,
                       self.settings_button):
            button.setMinimumHeight(36)
            side.addWidget(button)
        side.addStretch(1)
        notice = QLabel(self.tr("体检结果供企业自查参考，不构成法律意见。"))
        notice.setProperty("role", "muted")
        notice.setWordWrap(True)
        side.addWidget(notice)
        panel = QWidget()
        panel.setLayout(side)
        panel.setFixedWidth(300)
        body.addWidget(panel)

        recent = QVBoxLayout()
        heading = QLabel(self.tr("最近的体检"))
        heading.setProperty("role", "heading")
        recent.addWidget(heading)
        self.model = RecentModel(settings, self)
        self.table = table_view(self.model, 34)
        self.table.setAccessibleName(self.tr("最近的体检"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(RecentModel.COMPANY, QHeaderView.ResizeMode.Stretch)
        for column in (RecentModel.DATE, RecentModel.INDEX, RecentModel.LEVEL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RecentModel.FILE, QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(self._open_row)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        forget = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        forget.setContext(Qt.ShortcutContext.WidgetShortcut)
        forget.activated.connect(self._forget_current)

        self.empty = QLabel(self.tr(
            "还没有体检记录。\n\n点击“新建体检”，填写企业信息后即可逐条作答；"
            "已有体检文件（.lhc）请点击“打开文件”。\n想先看看效果，可以“打开示例”。"))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setProperty("role", "muted")
        self.empty.setFrameShape(QFrame.Shape.StyledPanel)
        self.empty.setMargin(18)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        recent.addWidget(self.stack, 1)
        hint = QLabel(self.tr("按 Enter 打开所选体检，Delete 从列表中移除（不删除文件）。"))
        hint.setProperty("role", "muted")
        recent.addWidget(hint)
        body.addLayout(recent, 1)

        for key, slot in ((QKeySequence.StandardKey.New, lambda: self.requests.new.emit(self)),
                          (QKeySequence.StandardKey.Open, lambda: self.requests.open.emit(self)),
                          (QKeySequence.StandardKey.Quit, self.requests.quit.emit)):
            QShortcut(QKeySequence(key), self).activated.connect(slot)
        self.model.modelReset.connect(self._update_empty)
        self._update_empty()
        if not fonts_ok:
            self.banner.show_message("warning", self.tr(
                "没有找到中文字体，中文可能显示为方框。请安装 Noto Sans CJK 字体"
                "（Debian/Ubuntu：sudo apt-get install fonts-noto-cjk），然后重新启动本程序。"))

    def _fill_examples(self) -> None:
        examples = self.examples
        if not examples:
            self.example_button.setEnabled(False)
            self.example_button.setToolTip(self.tr("没有找到示例文件（examples 文件夹为空或不存在）。"))
            return
        menu = QMenu(self.example_button)
        # Filled when first shown: start-up reads no file beyond the settings.
        menu.aboutToShow.connect(lambda: self._list_examples(menu, examples))
        self.example_button.setMenu(menu)
        self.example_button.setToolTip(self.tr("示例以副本打开，不会改动原示例文件。"))

    def _list_examples(self, menu: QMenu, examples: list[Path]) -> None:
        if menu.actions():
            return
        for path in examples:
            menu.addAction(mnemonic_free(example_label(path)),  # a company name: an "&" in it is shown
                           lambda p=path: self.requests.open_example.emit(str(p), self))

    def _update_empty(self) -> None:
        # the file's name as wide as it needs up to 220 px; the company's name takes the rest
        self.table.horizontalHeader().resizeSection(RecentModel.FILE, min(220, self.table.sizeHintForColumn(
            RecentModel.FILE)))
        if self.model.rowCount():
            self.stack.setCurrentWidget(self.table)
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.model.index(0, 0))
        else:
            self.stack.setCurrentWidget(self.empty)

    def reload(self) -> None:
        self.model.reload()

    def _open_row(self, index: QModelIndex) -> None:
        path = index.data(PATH_ROLE)
        if path:
            self.requests.open_path.emit(str(path), self)

    def _forget_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.settings.forget(self.model.entry(index.row()).path)
            self.model.reload()

    def _context_menu(self, position) -> None:  # type: ignore[no-untyped-def]
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("打开"), lambda: self._open_row(index))
        menu.addAction(self.tr("从列表中移除"), self._forget_current)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.closed.emit(self)
