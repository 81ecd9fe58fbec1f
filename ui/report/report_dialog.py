"""The report dialog: template, sections, branding, formats; renders in a worker thread and can be cancelled.

An existing file is replaced only after the user said so, in a question that names every such file.

Rendering (``reports.render`` and WeasyPrint, about half a second to import) loads in the
worker, when the user asks for a report, never before; only the light option keys of
``reports.options`` are read here.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from checklist.assessment import Assessment
from reports.options import Format, ReportError, ReportOptions, Section, Template, default_report_name, output_paths

from ..session.session import Session
from ..shared import i18n
from ..shared.banner import Banner
from ..shared.fields import ColourField, LogoField
from ..shared.paths import documents_folder, example_copies_folder, start_folder
from ..shared.plain import plain
from ..shared.settings import ACCENT, DISCLAIMER, FIRM_NAME, FORMATS, LOGO, TEMPLATE, AppSettings
from .background import BackgroundDialog


class RenderWorker(QObject):
    progress = Signal(int, str)
    done = Signal(list)  # the paths written, in the order of Format
    failed = Signal(str)  # a plain message
    cancelled = Signal()
    slow = Signal()  # HarfBuzz subsetting is missing: rendering will take much longer

    def __init__(self, assessment: Assessment, paths: dict[Format, Path], options: ReportOptions,
                 overwrite: bool) -> None:
        super().__init__()
        self.assessment, self.paths, self.options, self.overwrite = assessment, paths, options, overwrite
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            from reports.render import Cancelled, harfbuzz_subset_available, write_report
        except ImportError as exc:
            self.failed.emit(self.tr("报告组件无法加载（{detail}）。请重新运行安装脚本 setup.sh。").format(
                detail=exc))
            return
        try:
            if not harfbuzz_subset_available():
                self.slow.emit()
            from checklist.loader import newer_version_of
            from guide_content import bundled_guide_dir

            written = write_report(
                self.assessment, self.paths, self.options, overwrite=self.overwrite,
                progress=lambda percent, label: self.progress.emit(percent, i18n.text(label)),
                cancelled=self.stop.is_set,
                current_guide=newer_version_of(self.assessment.guide, bundled_guide_dir()))
        except Cancelled:
            self.cancelled.emit()
        except ReportError as exc:
            self.failed.emit(i18n.text(exc))
        except Exception as exc:  # noqa: BLE001 - the user sees words, the log keeps the details
            traceback.print_exc(file=sys.stderr)
            self.failed.emit(self.tr("生成报告时出错：{detail}。体检文件未受影响，可以重试。").format(
                detail=exc))
        else:
            self.done.emit([str(p) for p in written.values()])


def default_pdf(session: Session) -> Path:
    """Beside the assessment file; for a copy of an example, kept in the app's own data folder, in documents."""
    lhc = session.file.path
    folder = lhc.parent
    if not folder.is_dir() or folder.resolve() == example_copies_folder().resolve():
        folder = documents_folder()
    return folder / (default_report_name(session.assessment.profile.name, lhc.stem) + Format.PDF.suffix)


class ReportDialog(BackgroundDialog):
    rendered = Signal(str)  # the first file written (the PDF when there is one): the one opened

    def __init__(self, session: Session, settings: AppSettings, parent: QWidget | None = None,
                 before_render: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.session, self.settings = session, settings
        self.before_render = before_render or (lambda: None)  # the window writes what was typed before a render reads it
        self.thread: QThread | None = None
        self.worker: RenderWorker | None = None
        self.overwrite_question: QMessageBox | None = None  # asked before replacing files, until answered
        self.setWindowTitle(self.tr("生成法治体检报告"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        outer = QVBoxLayout(self)
        self.banner = Banner(margins=(0, 0, 0, 4))
        outer.addWidget(self.banner)
        # The choices scroll on a small screen; the banner above and the progress and buttons below stay in view.
        self.body = QWidget()
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.body)
        outer.addWidget(self.scroll, 1)

        kind = QGroupBox(self.tr("报告模板"))
        kind_layout = QVBoxLayout(kind)
        self.template_group = QButtonGroup(self)
        chosen = settings.get(TEMPLATE)
        chosen = chosen if chosen in set(Template) else TEMPLATE.default
        for key in Template:
            label, description = i18n.text(key.title), i18n.text(key.description)
            radio = QRadioButton(label)
            radio.setProperty("template", key.value)
            radio.setChecked(key == chosen)
            radio.setAccessibleDescription(description)
            note = QLabel(description)
            note.setProperty("role", "muted")
            note.setContentsMargins(24, 0, 0, 4)
            self.template_group.addButton(radio)
            kind_layout.addWidget(radio)
            kind_layout.addWidget(note)
        layout.addWidget(kind)

        sections = QGroupBox(self.tr("包含的章节"))
        grid = QGridLayout(sections)
        self.section_boxes: dict[Section, QCheckBox] = {}
        for n, key in enumerate(Section):
            box = QCheckBox(i18n.text(key.title))
            box.setChecked(True)
            self.section_boxes[key] = box
            grid.addWidget(box, n // 3, n % 3)
        always = QLabel(self.tr("封面、目录和免责声明总是包含。"))
        always.setProperty("role", "muted")
        grid.addWidget(always, 2, 0, 1, 3)
        layout.addWidget(sections)

        brand = QGroupBox(self.tr("出具信息与品牌"))
        form = QFormLayout(brand)
        self.firm = QLineEdit(settings.get(FIRM_NAME))
        self.firm.setAccessibleName(self.tr("出具单位名称"))
        self.firm.setPlaceholderText(self.tr("律师事务所或咨询机构；企业自查可留空"))
        self.issuing = QLineEdit()
        self.issuing.setAccessibleName(self.tr("出具方"))
        self.issuing.setPlaceholderText(self.tr("留空：顾问版为出具单位，自查版为企业法务部"))
        self.number = QLineEdit()
        self.number.setAccessibleName(self.tr("报告编号"))
        self.number.setPlaceholderText(self.tr("留空自动生成，如 FZTJ-2026-0001"))
        self.report_date = QDateEdit(QDate.currentDate())
        self.report_date.setCalendarPopup(True)
        self.report_date.setDisplayFormat("yyyy-MM-dd")
        self.report_date.setAccessibleName(self.tr("报告日期"))
        self.logo = LogoField(settings.get(LOGO))
        self.accent = ColourField(settings.get(ACCENT))
        form.addRow(self.tr("出具单位"), self.firm)
        form.addRow(self.tr("出具方"), self.issuing)
        form.addRow(self.tr("报告编号"), self.number)
        form.addRow(self.tr("报告日期"), self.report_date)
        form.addRow(self.tr("标志图片"), self.logo)
        form.addRow(self.tr("主题色"), self.accent)
        layout.addWidget(brand)

        language = QGroupBox(self.tr("报告语言"))
        language_layout = QVBoxLayout(language)
        language_row = QHBoxLayout()
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QRadioButton] = {}
        for key, name in (("zh", "中文"), ("en", "English")):  # each language named in its own words
            radio = QRadioButton(name)
            radio.setProperty("language", key)
            self.language_group.addButton(radio)
            self.language_buttons[key] = radio
            language_row.addWidget(radio)
        language_row.addStretch(1)
        language_layout.addLayout(language_row)
        self.language_note = QLabel(self._pdf_only())
        self.language_note.setProperty("role", "muted")
        self.language_note.setWordWrap(True)
        language_layout.addWidget(self.language_note)
        layout.addWidget(language)

        formats = QGroupBox(self.tr("文件格式"))
        format_row = QHBoxLayout(formats)
        chosen_formats = set(settings.get(FORMATS).split(",")) & set(Format) or {Format.PDF}
        self.format_boxes: dict[Format, QCheckBox] = {}
        for key in Format:
            box = QCheckBox(i18n.text(key.title))
            box.setChecked(key in chosen_formats)
            box.toggled.connect(self._show_files)
            self.format_boxes[key] = box
            format_row.addWidget(box)
        format_row.addStretch(1)
        layout.addWidget(formats)

        out_row = QHBoxLayout()
        self.output = QLineEdit(str(default_pdf(session)))
        self.output.setAccessibleName(self.tr("报告保存位置"))
        out_browse = QPushButton(self.tr("浏览…"))
        out_browse.clicked.connect(self._browse_output)
        out_row.addWidget(QLabel(self.tr("保存到")))
        out_row.addWidget(self.output, 1)
        out_row.addWidget(out_browse)
        layout.addLayout(out_row)
        self.files_label = plain(QLabel())  # the files the chosen formats make
        self.files_label.setProperty("role", "muted")
        self.files_label.setWordWrap(True)
        layout.addWidget(self.files_label)
        self.output.textChanged.connect(self._show_files)
        self._show_files()
        self.open_after = QCheckBox(self.tr("完成后用系统程序打开"))
        self.open_after.setChecked(True)
        layout.addWidget(self.open_after)
        layout.addStretch(1)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)  # the line under it says what is happening
        self.progress.setAccessibleName(self.tr("生成进度"))
        self.progress_label = plain(QLabel())  # names the PDF's path
        self.progress_label.setProperty("role", "muted")
        outer.addWidget(self.progress)
        outer.addWidget(self.progress_label)
        self.progress.hide()

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.render_button = QPushButton(self.tr("生成报告"))
        self.render_button.setProperty("primary", True)
        self.render_button.setDefault(True)
        self.render_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("关闭"))
        self.cancel_button.clicked.connect(self._cancel_or_close)
        buttons.addWidget(self.render_button)
        buttons.addWidget(self.cancel_button)
        outer.addLayout(buttons)
        self.chinese_formats: dict[Format, bool] = {}  # Word and Excel as chosen before English was picked
        # the report in the language of the app unless chosen otherwise
        self.language_buttons[i18n.lang()].setChecked(True)
        self.language_group.buttonToggled.connect(self._language_changed)
        self._language_changed()
        self._fit_screen()

    def _fit_screen(self) -> None:
        """As tall as the choices need, but never taller than the screen: beyond that the choices scroll."""
        layout = self.layout()
        wanted = layout.sizeHint().height() - self.scroll.sizeHint().height() + self.body.sizeHint().height()
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().height() - 40 if screen is not None else wanted  # the title bar
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        self.resize(max(620, self.body.sizeHint().width() + bar + 24), min(wanted, room))

    def _pdf_only(self) -> str:
        return self.tr("英文报告只提供 PDF；Word 和 Excel 报告只有中文版。")

    # -- the report's language

    def language(self) -> str:
        checked = self.language_group.checkedButton()
        return checked.property("language") if checked else "zh"

    def _language_changed(self) -> None:
        """In English only the PDF: Word and Excel are unticked and disabled (and ticked again as they were
        when Chinese is chosen back)."""
        english = self.language() == "en"
        self.language_note.setVisible(english)
        for key, box in self.format_boxes.items():
            if key == Format.PDF:
                continue
            if english and box.isEnabled():
                self.chinese_formats[key] = box.isChecked()
                box.setChecked(False)
            elif not english and not box.isEnabled():
                box.setChecked(self.chinese_formats.get(key, False))
            box.setEnabled(not english)
            box.setToolTip(self._pdf_only() if english else "")
        if english and not self.formats():
            self.format_boxes[Format.PDF].setChecked(True)

    # -- choices

    def template(self) -> Template:
        checked = self.template_group.checkedButton()
        return Template(checked.property("template") if checked else TEMPLATE.default)

    def options(self) -> ReportOptions:
        logo = self.logo.value()
        return ReportOptions(
            template=self.template(),
            sections=frozenset(k for k, box in self.section_boxes.items() if box.isChecked()),
            firm_name=self.firm.text().strip(),
            logo=Path(logo) if logo else None,
            accent=self.accent.value(),
            report_number=self.number.text().strip(),
            issuing_party=self.issuing.text().strip(),
            disclaimer=self.settings.get(DISCLAIMER),
            report_date=self.report_date.date().toPython(),
            language=self.language(),
        )

    def formats(self) -> list[Format]:
        return [key for key, box in self.format_boxes.items() if box.isChecked()]

    def paths(self) -> dict[Format, Path]:
        """Where each chosen format goes: the name typed, with each format's suffix. Raises ReportError."""
        return output_paths(Path(self.output.text().strip()), self.formats())

    def _show_files(self) -> None:
        try:
            names = [p.name for p in self.paths().values()] if self.output.text().strip() else []
        except (ReportError, ValueError):  # a path still being typed, such as "folder/"
            names = []
        self.files_label.setText(self.tr("将生成：{files}").format(files="、".join(names)) if names else "")

    def _browse_output(self) -> None:
        typed = Path(self.output.text().strip()).expanduser()
        start = typed if self.output.text().strip() and typed.parent.is_dir() else start_folder(self.settings) / typed.name
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存报告"), str(start),
                                              self.tr("报告文件 (*.pdf *.docx *.xlsx)"))
        if path:
            suffixes = {f.suffix for f in Format}
            self.output.setText(path if Path(path).suffix.lower() in suffixes else path + Format.PDF.suffix)

    def _problem(self) -> str:
        if not self.formats():
            return self.tr("请至少选择一种文件格式。")
        if not self.output.text().strip():
            return self.tr("请填写报告的保存位置。")
        try:
            paths = self.paths()
        except ReportError as exc:
            return i18n.text(exc.message)
        folder = next(iter(paths.values())).parent
        if not folder.is_dir():
            return self.tr("文件夹 {folder} 不存在。").format(folder=folder)
        if not self.accent.valid():
            return self.tr("主题色应写成 #1F3A5F 的形式。")
        return ""

    # -- rendering

    def start_button(self) -> QPushButton:
        return self.render_button

    def start(self) -> None:
        problem = self._problem()
        if problem:
            self.banner.show_message("error", problem)
            return
        paths = self.paths()
        existing = [p for p in paths.values() if p.exists()]
        if existing:
            self._ask_overwrite(paths, existing)
        else:
            self._begin(paths, overwrite=False)

    def _ask_overwrite(self, paths: dict[Format, Path], existing: list[Path]) -> None:
        """Ask, naming every file that would be replaced; the render starts only on 覆盖 (window-modal, so
        the question does not block the event loop)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("覆盖已有文件？"),
                          self.tr("下列文件已存在。生成报告将覆盖它们：\n{files}").format(
                              files="\n".join(str(p) for p in existing)),
                          QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # paths are not markup
        replace = box.addButton(self.tr("覆盖"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered() -> None:
            self.overwrite_question = None
            box.deleteLater()
            if box.clickedButton() is replace:
                self._begin(paths, overwrite=True)

        box.finished.connect(answered)
        self.overwrite_question = box
        box.open()

    def _begin(self, paths: dict[Format, Path], overwrite: bool) -> None:
        self.before_render()
        self.settings.set(TEMPLATE, self.template())
        self.settings.set(FORMATS, ",".join(paths))
        # An immutable snapshot: answering can go on in the window while the report renders.
        worker = RenderWorker(self.session.assessment, paths, self.options(), overwrite)
        worker.slow.connect(self._on_slow)
        self._launch(worker)

    def _on_slow(self) -> None:
        self.banner.show_message("warning", self.tr(
            "未找到 HarfBuzz 字体子集库（libharfbuzz-subset0），生成报告会慢很多（可能需要数十秒）。"
            "请让管理员运行：sudo apt-get install libharfbuzz-subset0"))

    def _on_done(self, paths: list[str]) -> None:
        self.progress.setValue(100)
        self.progress_label.setText(self.tr("已生成：{path}").format(path="、".join(paths)))
        path = paths[0]
        self.rendered.emit(path)
        if self.open_after.isChecked() and not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            self.banner.show_message("info", self.tr("报告已保存到 {path}，但系统中没有能打开它的程序。").format(path=path))
