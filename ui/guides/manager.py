"""The guide manager: every guide on this machine with its version, dates, issuer and signature
state; installing a release package, removing one, trusting a publisher's key, and 本版变化."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from checklist.errors import UserError
from checklist.library import Entry, GuideLibrary
from checklist.loader import GuideError, version_key
from checklist.package import SignatureState

from ..shared import errors, i18n
from ..shared.models import Index, RowModel, table_view
from ..shared.paths import start_folder

STATE_COLOURS = {
    SignatureState.BUNDLED: "#1B5E20",
    SignatureState.OFFICIAL: "#1B5E20",
    SignatureState.UNTRUSTED: "#7A4100",
    SignatureState.UNSIGNED: "#7A4100",
    SignatureState.TAMPERED: "#9B1C1C",
}


class GuideModel(RowModel):
    TITLE, VERSION, EFFECTIVE, LAW, ISSUER, STATE = range(6)
    COLUMNS = 6

    def __init__(self, library: GuideLibrary | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        if library is not None:
            self.reload()

    def reload(self) -> None:
        assert self.library is not None
        self.set_rows(self.library.entries())

    def headers(self) -> list[str]:
        return [self.tr("指引"), self.tr("版本"), self.tr("施行日期"), self.tr("法律状态截至"), self.tr("发布机关"),
                self.tr("签名")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        entry: Entry | None = self.row_at(index)
        if entry is None:
            return None
        meta, column = entry.guide.meta, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            guide = entry.guide
            return (i18n.guide_text(guide, meta, "title"), meta.version, i18n.format_date(meta.effective_date),
                    i18n.format_date(meta.law_status_date), i18n.guide_text(guide, meta, "issuing_body"),
                    entry.state.text(i18n.lang()))[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE:
            return QColor(STATE_COLOURS[entry.state])
        return None


class GuideManager(QDialog):
    def __init__(self, library: GuideLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(self.tr("指引管理"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1080, 680)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("本机可用的指引：随软件提供的指引和已安装的指引包。新建体检时可以选择其中任一版本；"
                               "官方签名的指引包由您信任的发布机关签发。"))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        layout.addWidget(intro)
        self.model = GuideModel(library, self)
        self.table = table_view(self.model, 30)
        self.table.setAccessibleName(self.tr("指引列表"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(GuideModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in range(1, GuideModel.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.changes = QTextBrowser()
        self.changes.setAccessibleName(self.tr("本版变化"))
        self.changes.setOpenLinks(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.changes)
        split.setSizes([240, 420])
        layout.addWidget(split, 1)
        buttons = QHBoxLayout()
        self.install_button = QPushButton(self.tr("安装指引包…"))
        self.install_button.clicked.connect(self.choose_package)
        self.trust_button = QPushButton(self.tr("信任发布机关公钥…"))
        self.trust_button.clicked.connect(self.choose_key)
        self.remove_button = QPushButton(self.tr("删除所选指引"))
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.install_button, self.trust_button, self.remove_button):
            buttons.addWidget(button)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setProperty("role", "muted")
        buttons.addWidget(self.status, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_changes())
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show_changes()

    # -- what the selected guide changed

    def selected(self) -> Entry | None:
        return self.model.row_at(self.table.currentIndex())

    def previous_of(self, entry: Entry) -> Entry | None:
        """The version just before ``entry`` among the guides here with its id."""
        older = [e for e in self.model.rows if e.guide.meta.id == entry.guide.meta.id
                 and version_key(e.guide.meta.version) < version_key(entry.guide.meta.version)]
        return max(older, key=lambda e: version_key(e.guide.meta.version), default=None)

    def _show_changes(self) -> None:
        from checklist.guidediff import HTML_STYLE, diff, to_html

        entry = self.selected()
        self.remove_button.setEnabled(entry is not None and not entry.bundled)
        if entry is None:
            self.changes.clear()
            return
        meta = entry.guide.meta
        previous = self.previous_of(entry)
        self.changes.document().setDefaultStyleSheet(HTML_STYLE)
        title = self.tr("本版变化")
        heading = f"<h3>{_escape(title)}</h3>"
        if previous is None:
            release_notes = i18n.guide_text(entry.guide, meta, "release_notes")
            notes = "".join(f"<p>{_escape(line)}</p>" for line in release_notes.splitlines() if line.strip())
            nothing_to_compare = self.tr("本机没有该指引的更早版本可供比较。")
            self.changes.setHtml(heading + (notes or f"<p>{_escape(nothing_to_compare)}</p>"))
            return
        self.changes.setHtml(heading + to_html(diff(previous.guide, entry.guide), i18n.lang(), page=False))

    # -- installing and removing

    def choose_package(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择指引包"), str(start_folder()),
                                              self.tr("指引包 (*.zip);;所有文件 (*)"))
        if path:
            self.install(Path(path))

    def install(self, path: Path) -> Entry | None:
        try:
            package, guide = self.library.check(path)
        except GuideError as exc:
            lines = "\n".join(p.render(i18n.lang()) for p in exc.problems if not p.warning)
            errors.tell(self, self.tr("指引包未通过校验"), self.tr("指引包中的指引有问题，未安装。已安装的指引没有改动。"),
                        lines)
            return None
        except UserError as exc:
            errors.tell(self, self.tr("不能安装"), i18n.text(exc.message))
            return None
        allow = False
        if package.state in (SignatureState.UNSIGNED, SignatureState.UNTRUSTED):
            if not self.confirm_unsigned(guide.meta.title, guide.meta.version, package.state):
                return None
            allow = True
        try:
            entry = self.library.install(path, allow_unsigned=allow)
        except UserError as exc:
            errors.tell(self, self.tr("不能安装"), i18n.text(exc.message))
            return None
        self.model.reload()
        row = next(i for i, e in enumerate(self.model.rows) if e.key == entry.key)
        self.table.selectRow(row)
        self.status.setText(self.tr("已安装“{title}”{version}（{state}）。").format(
            title=guide.meta.title, version=guide.meta.version, state=entry.state.text(i18n.lang())))
        return entry

    def confirm_unsigned(self, title: str, version: str, state: SignatureState) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("未经官方签名的指引包"),
                          self.tr("“{title}”{version} 版{state}，无法确认它来自发布机关，内容也可能被他人改动过。"
                                  "只有在确认来源可靠时才安装。").format(title=title, version=version,
                                                                     state=state.text(i18n.lang())),
                          QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        install = box.addButton(self.tr("仍然安装"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is install

    def choose_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择发布机关的公钥"), str(start_folder()),
                                              self.tr("公钥 (*.pub *.pem);;所有文件 (*)"))
        if not path:
            return
        try:
            kid = self.library.add_key(Path(path).read_bytes())
        except (UserError, OSError) as exc:
            errors.tell(self, self.tr("不能信任该公钥"), i18n.text(exc.message) if isinstance(exc, UserError)
                        else str(exc))
            return
        self.model.reload()
        self.status.setText(self.tr("已信任公钥 {kid}。由它签名的指引包显示为官方签名。").format(kid=kid))

    def remove_selected(self) -> None:
        entry = self.selected()
        if entry is None or entry.bundled:
            return
        try:
            self.library.remove(entry.guide.meta.id, entry.guide.meta.version)
        except UserError as exc:
            errors.tell(self, self.tr("不能删除"), i18n.text(exc.message))
            return
        self.model.reload()
        self._show_changes()


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
