"""The navigator: chapters → articles → questions that apply, with answer state and risk mark."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, QSortFilterProxyModel, Qt

from checklist.model import Answer
from checklist.vocabulary import Mark

from ..session.session import Session
from ..shared import i18n
from ..shared.models import ROOT, Index
from ..shared.plain import tip
from ..shared.theme import mark_icon

TITLE, STATE = 0, 1


class Kind(IntEnum):
    CHAPTER = 0
    ARTICLE = 1
    QUESTION = 2


class Role(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1
    ID = Qt.ItemDataRole.UserRole + 2
    MARK = Qt.ItemDataRole.UserRole + 3  # theme mark key
    ANSWER = Qt.ItemDataRole.UserRole + 4  # Answer value or None
    REVIEW = Qt.ItemDataRole.UserRole + 5  # the answer was kept through a guide move: to be looked at again


@dataclass
class _Node:
    kind: Kind
    id: str
    parent: int  # node number, -1 for top level
    row: int
    children: list[int] = field(default_factory=list)


class NavigatorModel(QAbstractItemModel):
    """A read-only tree over the session; rows carry node numbers as internal ids."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._nodes: list[_Node] = []
        self._top: list[int] = []
        self._by_id: dict[str, int] = {}
        self._build()
        session.changed.connect(self._on_changed)
        session.scopeChanged.connect(self._rebuild)

    def _build(self) -> None:
        nodes: list[_Node] = []
        top: list[int] = []
        guide, applies = self.session.guide, self.session.scope
        for chapter in guide.chapters:
            articles = [a for a in chapter.article_ids if a in applies.articles
                        and any(q.id in applies.questions for q in guide.articles[a].questions)]
            if not articles:
                continue
            c = len(nodes)
            nodes.append(_Node(Kind.CHAPTER, chapter.id, -1, len(top)))
            top.append(c)
            for aid in articles:
                a = len(nodes)
                nodes.append(_Node(Kind.ARTICLE, aid, c, len(nodes[c].children)))
                nodes[c].children.append(a)
                for question in guide.articles[aid].questions:
                    if question.id in applies.questions:
                        q = len(nodes)
                        nodes.append(_Node(Kind.QUESTION, question.id, a, len(nodes[a].children)))
                        nodes[a].children.append(q)
        self._nodes, self._top = nodes, top
        self._by_id = {n.id: i for i, n in enumerate(nodes)}

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._build()
        self.endResetModel()

    def _on_changed(self, question_id: str) -> None:
        number = self._by_id.get(question_id)
        while number is not None and number >= 0:
            node = self._nodes[number]
            self.dataChanged.emit(self.createIndex(node.row, TITLE, number), self.createIndex(node.row, STATE, number))
            number = node.parent if node.parent >= 0 else None

    # -- structure

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if column not in (TITLE, STATE) or row < 0:
            return QModelIndex()
        siblings = self._nodes[parent.internalId()].children if parent.isValid() else self._top
        if row >= len(siblings) or (parent.isValid() and parent.column() != TITLE):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, child: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        up = self._nodes[child.internalId()].parent
        if up < 0:
            return QModelIndex()
        return self.createIndex(self._nodes[up].row, TITLE, up)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self._top)
        if parent.column() != TITLE:
            return 0
        return len(self._nodes[parent.internalId()].children)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("条文与问题") if section == TITLE else self.tr("状态")
        return None

    def index_of(self, question_id: str) -> QModelIndex:
        number = self._by_id.get(question_id)
        if number is None:
            return QModelIndex()
        return self.createIndex(self._nodes[number].row, TITLE, number)

    # -- content

    def _questions_under(self, number: int) -> list[str]:
        node = self._nodes[number]
        if node.kind is Kind.QUESTION:
            return [node.id]
        return [q for child in node.children for q in self._questions_under(child)]

    def _mark(self, number: int) -> Mark:
        node = self._nodes[number]
        if node.kind is Kind.QUESTION:
            return self.session.score.question_mark(node.id)
        return self.session.score.mark_of(self._questions_under(number))

    def _title(self, node: _Node) -> str:
        guide = self.session.guide
        if node.kind is Kind.CHAPTER:
            return i18n.heading(guide, guide.chapter(node.id))
        if node.kind is Kind.ARTICLE:
            return i18n.heading(guide, guide.articles[node.id])
        return i18n.guide_text(guide, guide.questions[node.id], "text")

    def _state(self, number: int) -> str:
        node = self._nodes[number]
        if node.kind is Kind.QUESTION:
            answer = self.session.answer(node.id)
            return i18n.answer_label(answer)
        questions = self._questions_under(number)
        done = sum(1 for q in questions if self.session.answer(q) is not None)
        return f"{done}/{len(questions)}"

    def _description(self, number: int) -> str:
        """The title, the state and the mark: what a tip and a screen reader say of a row."""
        return f"{self._title(self._nodes[number])}\n{self._state(number)}　{i18n.mark_label(self._mark(number))}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        number = index.internalId()
        node = self._nodes[number]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._title(node) if column == TITLE else self._state(number)
        if role == Qt.ItemDataRole.DecorationRole and column == TITLE:
            return mark_icon(self._mark(number))
        if role == Qt.ItemDataRole.ToolTipRole:  # guide text: escaped, as Qt renders a tip that looks like HTML
            prefix = f"{node.id}　" if node.kind is Kind.QUESTION else ""
            return tip(f"{prefix}{self._description(number)}")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._description(number)
        if role == Role.KIND:
            return int(node.kind)
        if role == Role.ID:
            return node.id
        if role == Role.MARK:
            return self._mark(number)
        if role == Role.REVIEW and node.kind is Kind.QUESTION:
            return node.id in self.session.assessment.reviews
        if role == Role.ANSWER and node.kind is Kind.QUESTION:
            answer = self.session.answer(node.id)
            return answer and answer.value
        return None


class Filter(IntEnum):
    ALL = 0
    UNANSWERED = 1
    GAPS = 2  # 部分符合 or 不符合
    PENDING = 3  # 待核实: answered 不确定
    RED = 4  # the answer puts an item at 重大风险
    REVIEW = 5  # kept through a move to a newer guide version: 需复核


def filter_labels() -> dict[Filter, str]:
    return {
        Filter.ALL: QCoreApplication.translate("Filter", "全部问题"),
        Filter.UNANSWERED: i18n.mark_label(Mark.UNANSWERED),
        Filter.GAPS: QCoreApplication.translate("Filter", "存在差距（部分符合、不符合）"),
        Filter.PENDING: QCoreApplication.translate("Filter", "待核实（不确定）"),
        Filter.RED: i18n.mark_label(Mark.RED),
        Filter.REVIEW: QCoreApplication.translate("Filter", "需复核（指引迁移后）"),
    }


class NavigatorFilter(QSortFilterProxyModel):
    """Shows the questions that match a filter, with their article and chapter."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mode = Filter.ALL
        self.setRecursiveFilteringEnabled(True)

    @property
    def mode(self) -> Filter:
        return self._mode

    def set_mode(self, mode: Filter) -> None:
        self.beginFilterChange()
        self._mode = Filter(mode)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._mode is Filter.ALL:
            return True
        index = self.sourceModel().index(source_row, TITLE, source_parent)
        if index.data(Role.KIND) != Kind.QUESTION:
            return False  # shown when a question under it is (recursive filtering)
        answer = index.data(Role.ANSWER)
        if self._mode is Filter.UNANSWERED:
            return answer is None
        if self._mode is Filter.GAPS:
            return answer in (Answer.PARTIAL.value, Answer.NON_COMPLIANT.value)
        if self._mode is Filter.PENDING:
            return answer == Answer.UNSURE.value
        if self._mode is Filter.REVIEW:
            return bool(index.data(Role.REVIEW))
        return index.data(Role.MARK) == Mark.RED
