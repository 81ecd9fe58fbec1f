"""Evidence files attached to a question: a list model and a small panel to add, open and remove."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from checklist.assessment import Attachment
from checklist.bidi import BIDI_CONTROLS, reveal_bidi
from checklist.store import StoreError

from ..session.commands import AddAttachmentCommand, RemoveAttachmentCommand
from ..session.session import Session
from ..shared import i18n
from ..shared.models import Index, RowModel
from ..shared.paths import start_folder
from ..shared.plain import tip


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / 1048576:.1f} MB"


class EvidenceModel(RowModel):
    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.question_id = ""
        session.changed.connect(self._on_changed)
        session.scopeChanged.connect(self._on_scope_changed)

    def show_question(self, question_id: str) -> None:
        self.question_id = question_id
        self.set_rows(self.session.attachments(question_id) if question_id else [])

    def _on_scope_changed(self) -> None:
        self.show_question(self.question_id)

    def _on_changed(self, question_id: str) -> None:
        if question_id == self.question_id:
            self.show_question(self.question_id)

    def attachment(self, row: int) -> Attachment:
        return self.rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        a = self.row_at(index)
        if a is None:
            return None
        # A name shows its bidi controls: "report\u202efdp.exe" must not pass for a PDF.
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{reveal_bidi(a.name)}　{_size(a.size)}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self.tr("{name}，{size}，{who} 于 {when} 添加").format(
                name=reveal_bidi(a.name), size=_size(a.size), who=a.added_by,
                when=i18n.format_date(a.added_at.date()))
            return tip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        return None


def _safe_name(name: str) -> str:
    """A file name the system viewer can open: no folders, nothing odd."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", name).translate({ord(c): "_" for c in BIDI_CONTROLS})
    cleaned = cleaned.strip(". ") or "evidence"
    return cleaned[:150]


class EvidencePanel(QWidget):
    """The list of evidence for the current question; files can also be dropped on it."""

    problem = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = EvidenceModel(session, self)
        self._temp: tempfile.TemporaryDirectory[str] | None = None

        title = QLabel(self.tr("证据材料"))
        title.setProperty("role", "heading")
        self.empty = QLabel(self.tr("尚无证据。可添加制度文件、记录、证照扫描件等，或把文件拖到这里。"))
        self.empty.setProperty("role", "muted")
        self.empty.setWordWrap(True)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("证据材料列表"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setMaximumHeight(96)
        self.view.activated.connect(lambda index: self.open(index.row()))
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self.view.setIconSize(icon.actualSize(self.view.iconSize()))

        self.add_button = QPushButton(self.tr("添加…"))
        self.add_button.setAccessibleName(self.tr("添加证据文件"))
        self.add_button.clicked.connect(self.choose)
        self.open_button = QPushButton(self.tr("打开"))
        self.open_button.setAccessibleName(self.tr("用系统程序打开所选证据"))
        self.open_button.clicked.connect(lambda: self.open(self._selected()))
        self.remove_button = QPushButton(self.tr("移除"))
        self.remove_button.setAccessibleName(self.tr("移除所选证据（可撤销）"))
        self.remove_button.clicked.connect(lambda: self.remove(self._selected()))

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.empty)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.setAcceptDrops(True)
        self.model.modelReset.connect(self._update)
        self.view.selectionModel().selectionChanged.connect(self._update)
        self._update()

    def show_question(self, question_id: str) -> None:
        self.model.show_question(question_id)

    def _selected(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        return 0 if self.model.rowCount() == 1 else -1

    def _update(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        writable = not self.session.read_only and bool(self.model.question_id)
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(writable and self._selected() >= 0)
        self.open_button.setEnabled(self._selected() >= 0)

    # -- actions

    def choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("添加证据文件"), str(start_folder()))
        for path in paths:
            self.add(Path(path))

    def add(self, path: Path) -> None:
        if self.model.question_id and not self.session.read_only:
            self.session.push(AddAttachmentCommand(self.session, self.model.question_id, path))

    def remove(self, row: int) -> None:
        if 0 <= row < self.model.rowCount() and not self.session.read_only:
            self.session.push(RemoveAttachmentCommand(self.session, self.model.attachment(row).id))

    def open(self, row: int) -> None:
        """Open a temporary copy with the system viewer: the file itself stays inside the .lhc."""
        if not 0 <= row < self.model.rowCount():
            return
        attachment = self.model.attachment(row)
        try:
            data = self.session.file.attachment_data(attachment.id)
            if self._temp is None:
                self._temp = tempfile.TemporaryDirectory(prefix="legalcheck-evidence-")
            folder = Path(self._temp.name) / str(attachment.id)
            folder.mkdir(exist_ok=True)
            target = folder / _safe_name(attachment.name)
            target.write_bytes(data)
        except StoreError as exc:
            self.problem.emit(i18n.text(exc.message))
            return
        except OSError as exc:
            self.problem.emit(self.tr("无法打开证据：临时文件写入失败（{detail}）。").format(detail=exc.strerror or exc))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            self.problem.emit(self.tr("系统中没有能打开“{name}”的程序。").format(name=reveal_bidi(attachment.name)))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and not self.session.read_only:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile() and Path(url.toLocalFile()).is_file():
                self.add(Path(url.toLocalFile()))
        event.acceptProposedAction()

    def cleanup(self) -> None:
        if self._temp is not None:
            self._temp.cleanup()
            self._temp = None
