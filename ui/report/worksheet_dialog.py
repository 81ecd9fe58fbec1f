"""Printing the blank questionnaire (空白问卷) or the 资料清单 for the people who will be interviewed: PDF or
Excel, made in a worker thread with progress and a way to cancel; an existing file is replaced only when the
user says so."""

from __future__ import annotations

import datetime as dt
import re
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from checklist.assessment import Assessment

from ..session.session import Session
from ..shared import i18n
from ..shared.banner import Banner
from ..shared.plain import plain
from .background import BackgroundDialog

QUESTIONNAIRE, DOCUMENTS = "questionnaire", "documents"  # reports.worksheets.SheetKind, without loading it
PDF, XLSX = "pdf", "xlsx"


class WorksheetWorker(QObject):
    progress = Signal(int, str)
    done = Signal(str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, assessment: Assessment, kind: str, out: Path, fmt: str, lang: str) -> None:
        super().__init__()
        self.assessment, self.kind, self.out, self.fmt, self.lang = assessment, kind, out, fmt, lang
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            from reports.worksheets import Cancelled, Format, ReportError, SheetKind, render_worksheet
        except ImportError as exc:
            self.failed.emit(self.tr("报告组件无法加载（{detail}）。请重新运行安装脚本 setup.sh。").format(detail=exc))
            return
        try:
            render_worksheet(self.assessment, SheetKind(self.kind), self.out, Format(self.fmt), day=dt.date.today(),
                             lang=self.lang, cancelled=self.stop.is_set,
                             progress=lambda percent, label: self.progress.emit(percent, i18n.text(label)))
        except Cancelled:
            self.cancelled.emit()
        except ReportError as exc:
            self.failed.emit(i18n.text(exc))
        except Exception as exc:  # noqa: BLE001 - the user sees words, the log keeps the details
            traceback.print_exc(file=sys.stderr)
            self.failed.emit(self.tr("生成文件时出错：{detail}。体检文件未受影响，可以重试。").format(detail=exc))
        else:
            self.done.emit(str(self.out))


class WorksheetDialog(BackgroundDialog):
    written = Signal(str)

    def __init__(self, session: Session, kind: str, parent: QWidget | None = None,
                 before_render: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.session, self.kind = session, kind
        self.before_render = before_render or (lambda: None)
        self.thread: QThread | None = None
        self.worker: WorksheetWorker | None = None
        self.confirmed = ""  # a path the user agreed to replace
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("打印空白问卷") if kind == QUESTIONNAIRE else self.tr("导出资料清单"))
        layout = QVBoxLayout(self)
        self.banner = Banner(margins=(0, 0, 0, 4))
        layout.addWidget(self.banner)
        about = QLabel(self.tr("按企业信息列出适用的全部检查问题，每题有回答方框、核查提示和备注栏，按章、条分组，"
                               "供访谈时填写。") if kind == QUESTIONNAIRE else
                       self.tr("按条列出回答适用问题需要准备的资料及其对应的问题，带“已备”勾选栏，"
                               "可在访谈前发给各部门。"))
        about.setWordWrap(True)
        about.setMinimumWidth(520)
        about.setMinimumHeight(about.heightForWidth(520))  # a top-level layout does not ask a wrapped label
        layout.addWidget(about)

        formats = QHBoxLayout()
        self.format_group = QButtonGroup(self)
        self.pdf = QRadioButton(self.tr("PDF（打印）"))
        self.xlsx = QRadioButton(self.tr("Excel 工作簿"))
        self.pdf.setChecked(True)
        for button in (self.pdf, self.xlsx):
            self.format_group.addButton(button)
            formats.addWidget(button)
            button.toggled.connect(self._format_changed)
        formats.addStretch(1)
        layout.addLayout(formats)

        out_row = QHBoxLayout()
        self.output = QLineEdit(str(self.default_path(PDF)))
        self.output.setAccessibleName(self.tr("保存位置"))
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        saving = QLabel(self.tr("保存到"))
        saving.setBuddy(self.output)
        out_row.addWidget(saving)
        out_row.addWidget(self.output, 1)
        out_row.addWidget(browse)
        layout.addLayout(out_row)
        self.open_after = QCheckBox(self.tr("完成后用系统程序打开"))
        self.open_after.setChecked(True)
        layout.addWidget(self.open_after)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("生成进度"))
        self.progress_label = plain(QLabel())
        self.progress_label.setProperty("role", "muted")
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)
        self.progress.hide()

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.make_button = QPushButton(self.tr("生成"))
        self.make_button.setProperty("primary", True)
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("关闭"))
        self.cancel_button.clicked.connect(self._cancel_or_close)
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.resize(600, 0)

    # -- where

    def fmt(self) -> str:
        return XLSX if self.xlsx.isChecked() else PDF

    def default_path(self, fmt: str) -> Path:
        lhc = self.session.file.path
        name = re.sub(r'[\\/:*?"<>|\s]+', "", self.session.assessment.profile.name)[:60] or lhc.stem
        what = "空白问卷" if self.kind == QUESTIONNAIRE else "资料清单"
        return lhc.with_name(f"{name}-{what}.{fmt}")

    def _format_changed(self, checked: bool) -> None:
        if not checked:
            return
        path = Path(self.output.text().strip() or self.default_path(self.fmt()))
        if path.suffix.lower() in (".pdf", ".xlsx"):
            self.output.setText(str(path.with_suffix(f".{self.fmt()}")))

    def _browse(self) -> None:
        fmt = self.fmt()
        pattern = self.tr("PDF 文件 (*.pdf)") if fmt == PDF else self.tr("Excel 工作簿 (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.output.text(), pattern)
        if path:
            if not path.lower().endswith(f".{fmt}"):
                path += f".{fmt}"
            self.output.setText(path)
            self.confirmed = path  # the file dialog asked before choosing an existing file

    def _problem(self) -> str:
        text = self.output.text().strip()
        out = Path(text)
        if not text or out.suffix.lower() != f".{self.fmt()}":
            return self.tr("文件名应以 .{suffix} 结尾。").format(suffix=self.fmt())
        if out.is_dir():
            return self.tr("{path} 是一个文件夹，请给出文件名。").format(path=out)
        if not out.parent.is_dir():
            return self.tr("文件夹 {folder} 不存在。").format(folder=out.parent)
        return ""

    # -- making it

    def start_button(self) -> QPushButton:
        return self.make_button

    def start(self) -> None:
        problem = self._problem()
        if problem:
            self.banner.show_message("error", problem)
            return
        out = Path(self.output.text().strip())
        if out.exists() and str(out) != self.confirmed:
            self.banner.show_message("warning", self.tr("{path} 已存在。要替换它吗？").format(path=out),
                                     (self.tr("替换"), self._replace))
            return
        self.before_render()
        self._launch(WorksheetWorker(self.session.assessment, self.kind, out, self.fmt(), i18n.lang()))

    def _replace(self) -> None:
        self.confirmed = self.output.text().strip()
        self.start()

    def _on_done(self, path: str) -> None:
        self.progress.setValue(100)
        self.progress_label.setText(self.tr("已生成：{path}").format(path=path))
        self.confirmed = ""
        self.written.emit(path)
        if self.open_after.isChecked() and not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            self.banner.show_message("info", self.tr("文件已保存到 {path}，但系统中没有能打开它的程序。").format(path=path))
