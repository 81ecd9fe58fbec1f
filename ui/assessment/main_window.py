"""The assessment window: navigator, question page with its legal reference, dashboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from checklist.engagement import current_signoff
from checklist.lawnotes import law_standing
from checklist.migrate import Fate, MigrationPlan
from checklist.model import Guide

from ..session.session import Session
from ..shared import i18n
from ..shared.banner import Banner
from ..shared.plain import tip, title
from ..shared.requests import Requests
from ..shared.settings import WINDOW_GEOMETRY, WINDOW_SPLITTER
from .article_page import ArticlePage
from .dashboard import Dashboard
from .navigator import Filter, filter_labels
from .question_page import QuestionPage
from .reference import ReferenceView
from .sidebar import Sidebar
from .summary_bar import SummaryBar

if TYPE_CHECKING:
    from ..shared.settings import AppSettings


class AssessmentWindow(QMainWindow):
    closed = Signal(object)  # the window, after its file was closed

    def __init__(self, settings: AppSettings, session: Session, question_id: str = "") -> None:
        super().__init__()
        self.settings = settings
        self.requests = Requests(self)
        self.session = session
        self.keep_session = False  # set when the window is rebuilt (language switch) around the same file
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumSize(960, 600)

        self.sidebar = Sidebar(session)
        self.page = QuestionPage(session)
        self.reference = ReferenceView(session)
        self.dashboard = Dashboard(session)
        self.overview = ArticlePage(session)
        self.summary = SummaryBar(session)
        self.banner = Banner()
        self.guide_banner = Banner()  # a newer version of the guide, and the move to it
        self.newer_guide: Guide | None = None
        self.error_banner = Banner()

        self.question_split = QSplitter(Qt.Orientation.Horizontal)
        self.question_split.addWidget(self.page)
        self.question_split.addWidget(self.reference)
        self.question_split.setStretchFactor(0, 5)
        self.question_split.setStretchFactor(1, 4)
        self.reference.setMinimumWidth(220)  # a law's name and the start of its quote, even on a 1024 px screen
        self.views = QStackedWidget()
        self.views.addWidget(self.question_split)
        self.views.addWidget(self.dashboard)
        self.views.addWidget(self.overview)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.sidebar)
        self.split.addWidget(self.views)
        # The navigator grows with the window, so a wide screen shows more of each question.
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 3)
        self.split.setSizes([340, 1000])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.summary)
        layout.addWidget(self.banner)
        layout.addWidget(self.guide_banner)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.split, 1)
        self.setCentralWidget(central)

        self.saved_label = QLabel()
        self.saved_label.setProperty("role", "muted")
        self.final_label = QLabel()  # 草稿, or who signed the reports off
        self.final_label.setTextFormat(Qt.TextFormat.PlainText)  # names the signer as typed
        self.statusBar().addPermanentWidget(self.final_label)
        self.statusBar().addPermanentWidget(self.saved_label)
        self._signed = current_signoff(session.assessment) is not None
        self._build_actions()

        self.sidebar.questionChosen.connect(self.show_question)
        self.sidebar.overviewChosen.connect(self.show_overview)
        self.sidebar.notApplicableRequested.connect(self.ask_not_applicable)
        self.overview.questionChosen.connect(self._open_from_overview)
        self.overview.itemChosen.connect(self._go_to_item)
        self.overview.notApplicableRequested.connect(self.ask_not_applicable)
        self.page.answered.connect(self._advance)
        self.page.previousRequested.connect(self.previous_question)
        self.page.nextRequested.connect(self.next_question)
        self.page.problem.connect(self.show_problem)
        self.dashboard.itemActivated.connect(self._go_to_item)
        self.dashboard.chapterActivated.connect(self._go_to_chapter)
        self.page.savingChanged.connect(self._update_title)
        # Bound methods, not lambdas: Qt drops them with the window, while the session may live on.
        session.writeFailed.connect(self._write_failed)
        session.changed.connect(self._update_title)
        session.scopeChanged.connect(self._scope_changed)
        session.undo_stack.indexChanged.connect(self._update_undo_actions)
        session.signoffChanged.connect(self._update_signoff)

        if session.read_only:
            reason = session.file.read_only_reason
            self.show_banner("info", self.tr("只读：{reason} 可以查看和生成报告，修改不会保存。").format(
                reason=i18n.text(reason) if reason else ""))
        elif session.file.migration_notice is not None:
            self.show_banner("info", i18n.text(session.file.migration_notice))
        self._restore_layout()
        self.show_question(question_id or self._first_question())
        self._update_title()
        self._update_undo_actions()
        self._update_signoff()
        self.page.focus_answers()  # keys 1–5 work from the first moment

    # -- actions and menus

    def _action(self, text: str, slot, shortcut: QKeySequence | str | list | None = None) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, (list, QKeySequence.StandardKey)):
            action.setShortcuts(shortcut)  # a standard key: every binding of the platform (Ctrl+W and Ctrl+F4)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        file_menu.addAction(self._action(self.tr("新建体检…"), lambda: self.requests.new.emit(self),
                                         QKeySequence.StandardKey.New))
        file_menu.addAction(self._action(self.tr("打开…"), lambda: self.requests.open.emit(self),
                                         QKeySequence.StandardKey.Open))
        file_menu.addAction(self._action(self.tr("开始页"), self.requests.start.emit))
        file_menu.addSeparator()
        self.profile_action = self._action(self.tr("企业信息…"), self.edit_profile)
        self.profile_action.setEnabled(not self.session.read_only)
        file_menu.addAction(self.profile_action)
        self.engagement_action = self._action(self.tr("委托事实…"), self.edit_engagement)
        file_menu.addAction(self.engagement_action)
        self.signoff_action = self._action(self.tr("签发定稿…"), self.sign_off)
        self.signoff_action.setEnabled(not self.session.read_only)
        file_menu.addAction(self.signoff_action)
        self.report_action = self._action(self.tr("生成报告…"), self.open_report, "Ctrl+R")
        file_menu.addAction(self.report_action)
        self.questionnaire_action = self._action(self.tr("打印空白问卷…"), lambda: self.open_worksheet("questionnaire"))
        self.documents_action = self._action(self.tr("导出资料清单…"), lambda: self.open_worksheet("documents"))
        file_menu.addAction(self.questionnaire_action)
        file_menu.addAction(self.documents_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("关闭"), self.close, QKeySequence.StandardKey.Close))
        file_menu.addAction(self._action(self.tr("退出"), self.requests.quit.emit, QKeySequence.StandardKey.Quit))

        edit = bar.addMenu(self.tr("编辑(&E)"))
        self.undo_action = self._action(self.tr("撤销"), self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.tr("重做"), self.redo,
                                        [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        edit.addAction(self._action(self.tr("查找…"), self.sidebar.focus_search, QKeySequence.StandardKey.Find))
        edit.addAction(self._action(self.tr("下一个未答问题"), self.next_unanswered,
                                    [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")]))
        # Not Alt+↑/↓: that key opens the calendar of a date and the list of a choice.
        edit.addAction(self._action(self.tr("上一题"), self.previous_question, "Alt+PgUp"))
        edit.addAction(self._action(self.tr("下一题"), self.next_question, "Alt+PgDown"))

        view = bar.addMenu(self.tr("视图(&V)"))
        self.questions_action = self._action(self.tr("问卷"), lambda: self.show_view(0), "Ctrl+1")
        self.dashboard_action = self._action(self.tr("总览"), lambda: self.show_view(1), "Ctrl+2")
        group = QActionGroup(self)
        for action in (self.questions_action, self.dashboard_action):
            action.setCheckable(True)
            group.addAction(action)
            view.addAction(action)
        self.questions_action.setChecked(True)
        view.addSeparator()
        self.register_action = self._action(self.tr("整改事项清单"), self.open_action_register, "Ctrl+Shift+A")
        view.addAction(self.register_action)
        view.addSeparator()
        filters = view.addMenu(self.tr("筛选"))
        filter_group = QActionGroup(self)
        for mode, label in filter_labels().items():
            action = self._action(label, lambda m=mode: self.sidebar.set_filter(m))
            action.setCheckable(True)
            action.setChecked(mode is Filter.ALL)
            filter_group.addAction(action)
            filters.addAction(action)
        self.sidebar.filter.currentIndexChanged.connect(
            lambda row: filter_group.actions()[row].setChecked(True))

        settings = bar.addMenu(self.tr("设置(&S)"))
        settings.addAction(self._action(self.tr("首选项…"), lambda: self.requests.settings.emit(self),
                                        QKeySequence.StandardKey.Preferences))
        settings.addAction(self._action(self.tr("指引管理…"), lambda: self.requests.guides.emit(self)))
        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self._action(self.tr("评分方法"), lambda: self.requests.scoring_help.emit(self)))
        help_menu.addAction(self._action(self.tr("关于"), lambda: self.requests.about.emit(self)))

        toolbar = self.addToolBar(self.tr("视图"))
        toolbar.setObjectName("viewToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.questions_action)
        toolbar.addAction(self.dashboard_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.report_action)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    def _update_undo_actions(self, *_args: object) -> None:
        stack = self.session.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        # What is undone names evidence files: escaped, as Qt renders a tip that looks like HTML.
        self.undo_action.setToolTip(tip(self.tr("撤销：{what}").format(what=stack.undoText())) if stack.canUndo()
                                    else self.tr("没有可撤销的操作"))
        self.redo_action.setToolTip(tip(self.tr("重做：{what}").format(what=stack.redoText())) if stack.canRedo()
                                    else self.tr("没有可重做的操作"))

    # -- title and messages

    def _update_title(self, *_args: object) -> None:
        if self.session.read_only:
            state = self.tr("只读")
        elif self.page.saving:
            state = self.tr("正在保存…")
        else:
            state = self.tr("已保存")
        name = self.session.file.path.name
        company = self.session.assessment.profile.name
        self.setWindowTitle(title(f"{company} — {name} — {state}"))  # titles are plain; "[*]" is kept literal
        self.setWindowFilePath(str(self.session.file.path))
        self.saved_label.setText(state)

    def show_banner(self, kind: str, text: str) -> None:
        self.banner.show_message(kind, text)

    # -- a newer version of the guide

    def offer_move(self, new: Guide) -> None:
        """Say that a newer version of the guide is installed, with the way to move to it."""
        self.newer_guide = new
        self.guide_banner.show_message("info", self.tr(
            "本机已安装“{title}”的新版本 {version}（{status}）。可以把本体检迁移到新版本：没有回答会丢失，"
            "有变化的问题会标为“需复核”。").format(
                title=new.meta.title, version=new.meta.version,
                status=law_standing(new).heading(i18n.lang())),
            (self.tr("迁移…"), self.move_to_newer_guide))

    def move_to_newer_guide(self) -> None:
        from checklist.migrate import plan

        from ..guides.migration_dialog import MigrationDialog

        new = self.newer_guide
        if new is None:
            return
        self.flush()
        moves = plan(self.session.assessment, new)
        dialog = MigrationDialog(moves, new, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._move(new, moves))
        dialog.open()

    def _move(self, new: Guide, moves: MigrationPlan) -> None:
        from ..session.commands import MoveToGuideCommand

        self.session.push(MoveToGuideCommand(self.session, new, moves))
        if self.session.guide.meta.version == new.meta.version:
            c = moves.counts()
            self.guide_banner.show_message("info", self.tr(
                "已迁移到 {version}：{carried} 个回答原样保留，{review} 个需复核，{archived} 个已存档。"
                "迁移前的文件另存了一份副本；可以撤销（Ctrl+Z）。").format(
                    version=new.meta.version, carried=c[Fate.CARRIED], review=c[Fate.REVIEW],
                    archived=c[Fate.ARCHIVED]))

    def show_problem(self, message: str) -> None:
        self.error_banner.show_message("error", message)
        self.statusBar().showMessage(message, 8000)

    def _write_failed(self, message: str, unsaved_text: str) -> None:
        if unsaved_text:  # what the user typed must not be lost with the failed write
            QGuiApplication.clipboard().setText(unsaved_text)
            message += " " + self.tr("未保存的文字已复制到剪贴板。")
        self.show_problem(message)

    # -- typed text and undo

    def flush(self) -> None:
        """Write what was typed before anything else happens, so undo takes back what the user sees."""
        self.page.flush()

    def undo(self) -> None:
        self.flush()
        self.session.undo_stack.undo()

    def redo(self) -> None:
        self.flush()
        self.session.undo_stack.redo()

    # -- moving between questions

    def show_question(self, question_id: str) -> None:
        if not question_id:
            return
        if self.views.currentWidget() is self.overview:  # moving in the tree: the focus stays there
            self.views.setCurrentIndex(0)
        elif self.views.currentIndex() != 0:
            self.show_view(0)
        self.page.show_question(question_id)
        self.reference.show_question(question_id)
        self.sidebar.select(question_id)

    def show_overview(self, scope_id: str) -> None:
        """The page of an article or a chapter."""
        self.flush()
        self.overview.show_scope(scope_id)
        self.views.setCurrentWidget(self.overview)
        self.questions_action.setChecked(True)
        self.sidebar.select(scope_id)

    def _open_from_overview(self, question_id: str) -> None:
        self.show_question(question_id)
        self.page.focus_answers()  # the table that had the focus is gone: the answer keys take it

    def ask_not_applicable(self, scope_id: str) -> None:
        """不适用 for every unanswered question of an article or a chapter, with one reason."""
        from .not_applicable import NotApplicableDialog

        if self.session.read_only:
            return
        self.flush()
        dialog = NotApplicableDialog(self.session, scope_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @property
    def question_id(self) -> str:
        return self.page.question_id

    def _unanswered(self, question_id: str) -> bool:
        return self.session.answer(question_id) is None

    def _first_question(self) -> str:
        """Where work resumes: the first question not answered yet, else the first question."""
        return self.session.next_question(None, self._unanswered) or next(iter(self.session.questions), "")

    def _advance(self, question_id: str) -> None:
        following = self.sidebar.visible_after(question_id)
        answered, total = self.session.progress()
        if following:
            self.show_question(following)
        elif answered == total:
            self.statusBar().showMessage(self.tr("所有适用问题都已作答。可查看总览（Ctrl+2），或生成报告。"), 10000)
            self.sidebar.select(question_id)
        else:
            self.statusBar().showMessage(self.tr("已是最后一题。按 Ctrl+Enter 转到下一个未答问题。"), 8000)
            self.sidebar.select(question_id)

    def next_unanswered(self) -> None:
        self.flush()
        following = self.session.next_question(self.question_id, self._unanswered, wrap=True)
        if following:
            self.show_question(following)
        else:
            self.statusBar().showMessage(self.tr("所有适用问题都已作答。"), 8000)

    def next_question(self) -> None:
        following = self.session.next_question(self.question_id)
        if following:
            self.show_question(following)

    def previous_question(self) -> None:
        before = self.session.previous_question(self.question_id)
        if before:
            self.show_question(before)

    def _go_to_item(self, item_id: str) -> None:
        """The question that puts the item most at risk."""
        questions = self.session.score.items[item_id].questions
        if questions:
            self.show_question(max(questions, key=lambda q: q.exposure).question_id)

    def _go_to_chapter(self, chapter_id: str) -> None:
        """Where work on the chapter resumes: its first question not answered yet, else its first question."""
        guide = self.session.guide
        ours = [q for q in self.session.questions if guide.articles[guide.questions[q].article_id].chapter_id == chapter_id]
        target = next((q for q in ours if self._unanswered(q)), ours[0] if ours else "")
        if target:
            self.show_question(target)
            self.page.focus_answers()

    def show_view(self, index: int) -> None:
        self.flush()
        self.views.setCurrentIndex(index)
        (self.questions_action if index == 0 else self.dashboard_action).setChecked(True)
        if index == 1:
            self.dashboard.chapter_view.setFocus()
        else:
            self.page.focus_answers()

    def edit_profile(self) -> None:
        from ..company.profile_dialog import ProfileDialog

        self.flush()
        dialog = ProfileDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def edit_engagement(self) -> None:
        from ..engagement.dialog import EngagementDialog

        self.flush()
        dialog = EngagementDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def sign_off(self) -> None:
        from ..engagement.signoff_dialog import SignOffDialog

        self.flush()  # what was typed is part of what is signed off
        dialog = SignOffDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _update_signoff(self) -> None:
        signoff = current_signoff(self.session.assessment)
        if signoff is not None:
            at = signoff.at.strftime("%Y-%m-%d %H:%M")
            self.final_label.setText(self.tr("定稿：{by} 于 {at} 签发").format(by=signoff.by, at=at))
            self.final_label.setProperty("role", "fine")
        else:
            self.final_label.setText(self.tr("草稿：尚未签发定稿"))
            self.final_label.setProperty("role", "muted")
            if self._signed:
                self.show_banner("info", self.tr("签发已撤回：签发后体检内容有了修改，报告重新成为草稿。需要定稿时请重新签发（文件 → 签发定稿…）。"))
        self.final_label.style().unpolish(self.final_label)
        self.final_label.style().polish(self.final_label)
        self._signed = signoff is not None

    def _scope_changed(self) -> None:
        self._update_title()
        # After a profile change the current question, or the article or chapter shown, may no longer apply.
        page_gone = self.views.currentWidget() is self.overview and not self.session.questions_in(
            self.overview.scope_id)
        if page_gone or self.question_id not in self.session.questions:
            self.show_question(self._first_question())

    def open_report(self) -> None:
        self.flush()
        from ..report.report_dialog import ReportDialog  # the report layer loads only when asked for

        dialog = ReportDialog(self.session, self.settings, self, before_render=self.flush)
        dialog.show()

    def open_worksheet(self, kind: str) -> None:
        from ..report.worksheet_dialog import WorksheetDialog  # the report layer loads only when asked for

        self.flush()
        dialog = WorksheetDialog(self.session, kind, self, before_render=self.flush)
        dialog.show()

    def open_action_register(self) -> None:
        from ..actions.register_window import ActionRegisterWindow

        self.flush()  # a measure still being typed belongs in the register
        window = self.findChild(ActionRegisterWindow)
        if window is None:
            window = ActionRegisterWindow(self.session, self)
            window.questionChosen.connect(self._show_from_register)
        window.show()
        window.raise_()
        window.activateWindow()

    def _show_from_register(self, question_id: str) -> None:
        self.show_question(question_id)
        self.raise_()
        self.activateWindow()
        self.page.focus_answers()

    # -- layout memory and closing

    def _restore_layout(self) -> None:
        settings = self.settings
        geometry = settings.get(WINDOW_GEOMETRY)
        if not geometry or not self.restoreGeometry(geometry):
            self.resize(1360, 860)
        splitter = settings.get(WINDOW_SPLITTER)
        if not splitter or not self.split.restoreState(splitter):
            navigator = max(320, self.width() * 28 // 100)
            self.split.setSizes([navigator, self.width() - navigator])
        rest = self.width() - self.split.sizes()[0]
        self.question_split.setSizes([rest * 3 // 5, rest * 2 // 5])  # the question, and its law beside it

    def save_layout(self) -> None:
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_SPLITTER, self.split.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        from ..actions.register_window import ActionRegisterWindow
        from ..report.report_dialog import ReportDialog
        from ..report.worksheet_dialog import WorksheetDialog

        for dialog in (*self.findChildren(ReportDialog), *self.findChildren(WorksheetDialog)):
            dialog.shutdown()  # a render thread must not outlive its window
        for register in self.findChildren(ActionRegisterWindow):
            register.close()
        self.flush()
        self.session.writeFailed.disconnect(self._write_failed)
        self.session.changed.disconnect(self._update_title)
        self.session.scopeChanged.disconnect(self._scope_changed)
        self.session.undo_stack.indexChanged.disconnect(self._update_undo_actions)
        self.session.signoffChanged.disconnect(self._update_signoff)
        self.save_layout()
        self.page.evidence.cleanup()
        event.accept()
        self.closed.emit(self)
