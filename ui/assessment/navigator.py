"""The navigator: chapters → articles → questions that apply, each question with its answer
(a sign and a word), each article and chapter with its progress; and the filters over it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import IntEnum

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from checklist.model import Answer
from checklist.vocabulary import Mark

from ..session.session import Session
from ..shared import i18n
from ..shared.models import ROOT, Index
from ..shared.plain import tip
from ..shared.theme import answer_icon, progress_eighths, progress_icon

TITLE, STATE = 0, 1


class Kind(IntEnum):
    CHAPTER = 0
    ARTICLE = 1
    QUESTION = 2


class Role(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1
    ID = Qt.ItemDataRole.UserRole + 2
    MARK = Qt.ItemDataRole.UserRole + 3  # the level the answer gives (theme mark key)
    ANSWER = Qt.ItemDataRole.UserRole + 4  # Answer value or None
    REVIEW = Qt.ItemDataRole.UserRole + 5  # the answer was kept through a guide move: to be looked at again
    ARTICLE = Qt.ItemDataRole.UserRole + 6  # the article of a question or article row
    CHAPTER = Qt.ItemDataRole.UserRole + 7  # the chapter of any row
    PROGRESS = Qt.ItemDataRole.UserRole + 8  # (answered, applicable) of an article or chapter
    EVIDENCE = Qt.ItemDataRole.UserRole + 9  # how many evidence files a question has
    ACTION = Qt.ItemDataRole.UserRole + 10  # a question has an action item
    OWNER = Qt.ItemDataRole.UserRole + 11  # the owner its action item names, or ""
    CHANGED = Qt.ItemDataRole.UserRole + 12  # when its answer, note, action or evidence last changed, or None


@dataclass(frozen=True)
class QuestionFacts:
    """What the filters ask of a question besides its answer."""

    evidence: int = 0
    action: bool = False
    owner: str = ""
    changed: dt.datetime | None = None


@dataclass
class _Node:
    kind: Kind
    id: str
    parent: int  # node number, -1 for top level
    row: int
    chapter: str
    article: str = ""
    children: list[int] = field(default_factory=list)


class NavigatorModel(QAbstractItemModel):
    """A read-only tree over the session; rows carry node numbers as internal ids."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._nodes: list[_Node] = []
        self._top: list[int] = []
        self._by_id: dict[str, int] = {}
        self._progress: dict[int, tuple[int, int]] = {}  # counted when first asked, after each change
        self._facts: dict[str, QuestionFacts] | None = None
        self._bold = QFont()
        self._bold.setBold(True)
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
            nodes.append(_Node(Kind.CHAPTER, chapter.id, -1, len(top), chapter.id))
            top.append(c)
            for aid in articles:
                a = len(nodes)
                nodes.append(_Node(Kind.ARTICLE, aid, c, len(nodes[c].children), chapter.id, aid))
                nodes[c].children.append(a)
                for question in guide.articles[aid].questions:
                    if question.id in applies.questions:
                        q = len(nodes)
                        nodes.append(_Node(Kind.QUESTION, question.id, a, len(nodes[a].children), chapter.id, aid))
                        nodes[a].children.append(q)
        self._nodes, self._top = nodes, top
        self._by_id = {n.id: i for i, n in enumerate(nodes)}
        self._forget()

    def _forget(self) -> None:
        self._progress = {}
        self._facts = None

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._build()
        self.endResetModel()

    def _on_changed(self, question_id: str) -> None:
        self._forget()
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
            return self.tr("条文与问题") if section == TITLE else self.tr("回答与进度")
        return None

    def index_of(self, node_id: str) -> QModelIndex:
        """The row of a question, an article or a chapter."""
        number = self._by_id.get(node_id)
        if number is None:
            return QModelIndex()
        return self.createIndex(self._nodes[number].row, TITLE, number)

    # -- content

    def questions_under(self, number: int) -> list[str]:
        node = self._nodes[number]
        if node.kind is Kind.QUESTION:
            return [node.id]
        return [q for child in node.children for q in self.questions_under(child)]

    def progress(self, number: int) -> tuple[int, int]:
        """(answered, applicable) under a row; 不适用 with a reason counts as answered, as everywhere."""
        counted = self._progress.get(number)
        if counted is None:
            records = self.session.assessment.records
            questions = self.questions_under(number)
            done = sum(1 for q in questions if (r := records.get(q)) is not None and r.answer is not None)
            counted = self._progress[number] = (done, len(questions))
        return counted

    def facts(self, question_id: str) -> QuestionFacts:
        if self._facts is None:
            self._facts = _question_facts(self.session)
        return self._facts.get(question_id, QuestionFacts())

    def _mark(self, number: int) -> Mark:
        node = self._nodes[number]
        if node.kind is Kind.QUESTION:
            return self.session.score.question_mark(node.id)
        return self.session.score.mark_of(self.questions_under(number))

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
        done, total = self.progress(number)
        return f"{done}/{total}"

    def _description(self, number: int) -> str:
        """What a tip and a screen reader say of a row: the full text, the answer or progress, and more."""
        node = self._nodes[number]
        title = self._title(node)
        if node.kind is not Kind.QUESTION:
            done, total = self.progress(number)
            return "{title}\n{progress}".format(title=title, progress=self.tr("已作答 {done}/{total}").format(
                done=done, total=total))
        record = self.session.record(node.id)
        if record.answer is None:
            state = self._state(number)
        elif record.answer is Answer.NOT_APPLICABLE:
            state = self.tr("{answer}　理由：{reason}").format(answer=self._state(number), reason=record.na_reason)
        else:  # the answer, and the level it gives
            state = f"{self._state(number)}　{i18n.mark_label(self._mark(number))}"
        lines = [f"{node.id}　{title}", state]
        facts = self.facts(node.id)
        if facts.evidence:
            lines.append(self.tr("证据材料 {n} 份").format(n=facts.evidence))
        if facts.action:
            lines.append(self.tr("整改措施：{owner}").format(owner=facts.owner or self.tr("未指定责任人")))
        return "\n".join(lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        number = index.internalId()
        node = self._nodes[number]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._title(node) if column == TITLE else self._state(number)
        if role == Qt.ItemDataRole.DecorationRole and column == STATE:
            if node.kind is Kind.QUESTION:
                answer = self.session.answer(node.id)
                return answer_icon(answer and answer.value)
            return progress_icon(progress_eighths(*self.progress(number)))
        if role == Qt.ItemDataRole.FontRole and node.kind is Kind.CHAPTER:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:  # guide text: escaped, as Qt renders a tip that looks like HTML
            return tip(self._description(number))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._description(number)
        return self._role(node, number, role)

    def _role(self, node: _Node, number: int, role: int):
        if role == Role.KIND:
            return int(node.kind)
        if role == Role.ID:
            return node.id
        if role == Role.CHAPTER:
            return node.chapter
        if role == Role.ARTICLE:
            return node.article or None
        if role == Role.MARK:
            return self._mark(number)
        if role == Role.PROGRESS and node.kind is not Kind.QUESTION:
            return self.progress(number)
        if node.kind is not Kind.QUESTION:
            return None
        if role == Role.REVIEW:
            return node.id in self.session.assessment.reviews
        if role == Role.ANSWER:
            answer = self.session.answer(node.id)
            return answer and answer.value
        facts = self.facts(node.id)
        if role == Role.EVIDENCE:
            return facts.evidence
        if role == Role.ACTION:
            return facts.action
        if role == Role.OWNER:
            return facts.owner
        if role == Role.CHANGED:
            return facts.changed
        return None


def _question_facts(session: Session) -> dict[str, QuestionFacts]:
    """Evidence, action and the last change of every question, in one pass over the assessment."""
    assessment = session.assessment
    evidence: dict[str, int] = {}
    changed: dict[str, dt.datetime] = {}

    def touch(question_id: str, when: dt.datetime | None) -> None:
        if when is not None and (question_id not in changed or when > changed[question_id]):
            changed[question_id] = when

    for attachment in assessment.attachments:
        evidence[attachment.question_id] = evidence.get(attachment.question_id, 0) + 1
        touch(attachment.question_id, attachment.added_at)
    for record in assessment.records.values():
        touch(record.question_id, record.changed_at)
    for action in assessment.actions.values():
        touch(action.question_id, action.changed_at)
    return {q: QuestionFacts(evidence.get(q, 0), not (a := session.action(q)).empty, a.owner.strip(), changed.get(q))
            for q in session.questions}


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
        Filter.UNANSWERED: i18n.answer_label(None),
        Filter.GAPS: QCoreApplication.translate("Filter", "存在差距（部分符合、不符合）"),
        Filter.PENDING: QCoreApplication.translate("Filter", "待核实（不确定）"),
        Filter.RED: i18n.mark_label(Mark.RED),
        Filter.REVIEW: QCoreApplication.translate("Filter", "需复核（指引迁移后）"),
    }


@dataclass(frozen=True)
class Conditions:
    """What a question must have besides the answer the filter asks for; all of them at once."""

    evidence: bool = False
    action: bool = False
    owner: str = ""  # the owner its action item names
    since: dt.date | None = None  # changed on or after this day

    @property
    def count(self) -> int:
        return sum((self.evidence, self.action, bool(self.owner), self.since is not None))


class NavigatorFilter(QSortFilterProxyModel):
    """Shows the questions that match a filter and the conditions, with their article and chapter."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mode = Filter.ALL
        self._conditions = Conditions()
        self.setRecursiveFilteringEnabled(True)

    @property
    def mode(self) -> Filter:
        return self._mode

    @property
    def conditions(self) -> Conditions:
        return self._conditions

    @property
    def filtering(self) -> bool:
        return self._mode is not Filter.ALL or self._conditions.count > 0

    def set_mode(self, mode: Filter) -> None:
        self.beginFilterChange()
        self._mode = Filter(mode)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_conditions(self, conditions: Conditions) -> None:
        if conditions == self._conditions:
            return
        self.beginFilterChange()
        self._conditions = conditions
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.filtering:
            return True
        index = self.sourceModel().index(source_row, TITLE, source_parent)
        if index.data(Role.KIND) != Kind.QUESTION:
            return False  # shown when a question under it is (recursive filtering)
        return self._answer_matches(index) and self._conditions_met(index)

    def _answer_matches(self, index: QModelIndex) -> bool:
        if self._mode is Filter.ALL:
            return True
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

    def _conditions_met(self, index: QModelIndex) -> bool:
        c = self._conditions
        if c.evidence and not index.data(Role.EVIDENCE):
            return False
        if c.action and not index.data(Role.ACTION):
            return False
        if c.owner and index.data(Role.OWNER) != c.owner:
            return False
        if c.since is not None:
            changed = index.data(Role.CHANGED)
            return changed is not None and changed.date() >= c.since
        return True
