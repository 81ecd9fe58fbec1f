"""The page of an article or a chapter: what it is about, how far it is answered, its questions with
their answers, the items it touches with their levels, and 不适用 for all of it with one reason."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..session.session import Session
from ..shared import i18n
from ..shared.models import Index, RowModel
from ..shared.plain import plain, tip
from ..shared.theme import answer_icon, emphasised, mark_icon
from .not_applicable import scope_title

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the question or item of a row


class QuestionsModel(RowModel):
    """The questions of the page, one a row: number, article, text, answer (sign and word)."""

    NUMBER, ARTICLE, TEXT, ANSWER = range(4)
    COLUMNS = 4

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def headers(self) -> list[str]:
        return [self.tr("编号"), self.tr("条文"), self.tr("问题"), self.tr("回答")]

    def refresh(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.COLUMNS - 1))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        qid = self.row_at(index)
        if qid is None:
            return None
        column = index.column()
        guide = self.session.guide
        question = guide.questions[qid]
        answer = self.session.answer(qid)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return qid
            if column == self.ARTICLE:
                return i18n.part_label(guide.articles[question.article_id])
            if column == self.TEXT:
                return i18n.guide_text(guide, question, "text")
            return i18n.answer_label(answer and answer.value)
        if role == Qt.ItemDataRole.DecorationRole and column == self.ANSWER:
            return answer_icon(answer and answer.value)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return tip(i18n.guide_text(guide, question, "text"))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ANSWER and answer is not None:
            reason = self.session.record(qid).na_reason
            return tip(reason) if reason else None
        if role == ID_ROLE:
            return qid
        return None


class ItemsModel(RowModel):
    """The applicable items the page's questions detect, with the level each has now."""

    ITEM, LEVEL = range(2)
    COLUMNS = 2

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def headers(self) -> list[str]:
        return [self.tr("违规事项"), self.tr("等级")]

    def refresh(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.COLUMNS - 1))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        item_id = self.row_at(index)
        if item_id is None:
            return None
        item = self.session.guide.items[item_id]
        scored = self.session.score.items[item_id]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.ITEM:
                return f"{item.id}　{i18n.guide_text(self.session.guide, item, 'title')}"
            return scored.status_text(i18n.lang())
        if role == Qt.ItemDataRole.DecorationRole and index.column() == self.LEVEL:
            return mark_icon(scored.mark)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.ITEM:
            return tip(i18n.guide_text(self.session.guide, item, "description"))
        if role == ID_ROLE:
            return item_id
        return None


class FittedTable(QTableView):
    """A table as tall as its rows, inside the page's own scrolling; long text wraps in its column."""

    def __init__(self, model: RowModel, stretch: int) -> None:
        super().__init__()
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(model.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self._width = -1
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(self.fit)
        model.modelReset.connect(self.fit)
        model.dataChanged.connect(lambda *_: self._fit_timer.start(0))

    def fit(self) -> None:
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(r) for r in range(self.model().rowCount()))
        self.setFixedHeight(self.horizontalHeader().height() + rows + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._width:  # text wraps anew; the height follows
            self._width = event.size().width()
            self._fit_timer.start(0)


class ArticlePage(QScrollArea):
    """Shows one article or one chapter (``scope_id``), kept current as answers change."""

    questionChosen = Signal(str)
    itemChosen = Signal(str)
    notApplicableRequested = Signal(str)  # the article or chapter

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.scope_id = ""
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(10)

        # Guide text: every label here shows it as plain text.
        self.breadcrumb = plain(QLabel())
        self.breadcrumb.setProperty("role", "muted")
        self.breadcrumb.setWordWrap(True)
        self.title = plain(QLabel())
        self.title.setWordWrap(True)
        self.title.setFont(emphasised(self.title.font(), 1.25))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.breadcrumb)
        layout.addWidget(self.title)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(160)
        self.progress.setAccessibleName(self.tr("作答进度"))
        self.progress_text = QLabel()
        self.next_button = QPushButton(self.tr("下一个未答问题"))
        self.next_button.clicked.connect(self._open_unanswered)
        self.na_button = QPushButton(self.tr("全部设为不适用…"))
        self.na_button.clicked.connect(lambda: self.notApplicableRequested.emit(self.scope_id))
        self.na_button.setEnabled(not session.read_only)
        progress_row.addWidget(self.progress)
        progress_row.addWidget(self.progress_text, 1)
        layout.addLayout(progress_row)
        buttons = QHBoxLayout()  # a row of their own: long English labels never widen the page
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.na_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.guidance_title = QLabel()
        self.guidance_title.setProperty("role", "heading")
        self.guidance = plain(QLabel())
        self.guidance.setWordWrap(True)
        self.guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                              | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.guidance_title)
        layout.addWidget(self.guidance)

        self.questions_title = QLabel()
        self.questions_title.setProperty("role", "heading")
        self.questions_model = QuestionsModel(session, self)
        self.questions = FittedTable(self.questions_model, QuestionsModel.TEXT)
        self.questions.setAccessibleName(self.tr("问题与回答"))
        self.questions.activated.connect(lambda index: self.questionChosen.emit(index.data(ID_ROLE)))
        layout.addWidget(self.questions_title)
        layout.addWidget(self.questions)

        self.items_title = QLabel()
        self.items_title.setProperty("role", "heading")
        self.items_model = ItemsModel(session, self)
        self.items = FittedTable(self.items_model, ItemsModel.ITEM)
        self.items.setAccessibleName(self.tr("涉及的违规事项"))
        self.items.activated.connect(lambda index: self.itemChosen.emit(index.data(ID_ROLE)))
        layout.addWidget(self.items_title)
        layout.addWidget(self.items)
        layout.addStretch(1)
        self.setWidget(body)

        session.scoreChanged.connect(self._refresh)
        session.scopeChanged.connect(self._scope_changed)

    @property
    def is_article(self) -> bool:
        return self.scope_id in self.session.guide.articles

    def show_scope(self, scope_id: str) -> None:
        """Show the article or chapter ``scope_id``."""
        self.scope_id = scope_id
        guide = self.session.guide
        if self.is_article:
            article = guide.articles[scope_id]
            chapter = guide.chapter(article.chapter_id)
            self.breadcrumb.setText(i18n.heading(guide, chapter))
            self.guidance_title.setText(self.tr("条文指引"))
            self.guidance.setText(i18n.guide_text(guide, article, "guidance").strip())
        else:
            chapter = guide.chapter(scope_id)
            self.breadcrumb.setText(self.tr("本章共 {n} 条").format(n=len(
                {guide.questions[q].article_id for q in self.session.questions_in(scope_id)})))
            self.guidance_title.setText(self.tr("本章概述"))
            self.guidance.setText((i18n.guide_text(guide, chapter, "summary") or "").strip())
        self.title.setText(scope_title(self.session, scope_id))
        self.guidance_title.setVisible(bool(self.guidance.text()))
        self.guidance.setVisible(bool(self.guidance.text()))
        self.questions.setColumnHidden(QuestionsModel.ARTICLE, self.is_article)
        self.na_button.setToolTip(self.tr("把本条未作答的问题都标为“不适用”，写一次理由") if self.is_article
                                  else self.tr("把本章未作答的问题都标为“不适用”，写一次理由"))
        questions = self.session.questions_in(scope_id)
        self.questions_model.set_rows(questions)
        items = dict.fromkeys(i for q in questions for i in self.session.items_of(q))
        self.items_model.set_rows(sorted(items, key=lambda i: guide.items[i].number))
        self.questions_title.setText(self.tr("问题（{n}）").format(n=len(questions)))
        self.items_title.setText(self.tr("涉及的违规事项（{n}）").format(n=len(items)))
        self.items_title.setVisible(bool(items))
        self.items.setVisible(bool(items))
        self.verticalScrollBar().setValue(0)
        self._show_progress()

    def _show_progress(self) -> None:
        questions = self.questions_model.rows
        done = sum(1 for q in questions if self.session.answer(q) is not None)
        self.progress.setRange(0, max(1, len(questions)))
        self.progress.setValue(done)
        self.progress_text.setText(self.tr("已作答 {done}/{total}").format(done=done, total=len(questions)))
        self.progress.setAccessibleDescription(self.progress_text.text())
        self.next_button.setEnabled(done < len(questions))

    def _refresh(self) -> None:
        if not self.scope_id:
            return
        self.questions_model.refresh()
        self.items_model.refresh()
        self._show_progress()

    def _scope_changed(self) -> None:
        """After a profile change the page's questions may differ, or none may apply."""
        if self.scope_id and self.session.questions_in(self.scope_id):
            self.show_scope(self.scope_id)

    def _open_unanswered(self) -> None:
        following = next((q for q in self.questions_model.rows if self.session.answer(q) is None), None)
        if following:
            self.questionChosen.emit(following)

    def focus_questions(self) -> None:
        self.questions.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.questions.currentIndex().isValid() and self.questions_model.rows:
            self.questions.setCurrentIndex(self.questions_model.index(0, QuestionsModel.NUMBER))
