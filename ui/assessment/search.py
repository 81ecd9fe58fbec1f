"""Search over articles, items, questions and laws; every hit leads to a question that applies."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt

from checklist.model import LegalRef

from ..session.session import Session
from ..shared import i18n
from ..shared.models import Index, RowModel
from ..shared.plain import tip

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_HITS = 200


KIND_ORDER = {"question": 0, "article": 1, "item": 2, "law": 3}


@dataclass(frozen=True)
class Entry:
    kind: str  # question / article / item / law
    title: str
    detail: str  # the second line: where it is, or what it says
    haystack: str  # case-folded text searched
    target: str  # the question to show
    full: str = ""  # the tooltip, when the title is shortened


def _kind_label(kind: str) -> str:
    labels = {
        "question": QCoreApplication.translate("Search", "问题"),
        "article": QCoreApplication.translate("Search", "条文"),
        "item": QCoreApplication.translate("Search", "违规事项"),
        "law": QCoreApplication.translate("Search", "法规"),
    }
    return labels[kind]


def build_index(session: Session) -> list[Entry]:
    guide = session.guide
    applicable = set(session.questions)
    order = {q: n for n, q in enumerate(session.questions)}

    def first(questions: list[str]) -> str | None:
        found = [q for q in questions if q in applicable]
        return min(found, key=order.__getitem__) if found else None

    def text(part, name: str) -> str:
        return i18n.guide_text(guide, part, name)

    def both(part, *names: str) -> str:  # what a search matches: the Chinese and, in English, the English too
        return " ".join(getattr(part, n) if n != "penalty" else part.penalty.summary for n in names) + " " + \
            " ".join(text(part, n) for n in names)

    def law_entry(ref: LegalRef, where: str, target: str) -> Entry:
        law = guide.laws[ref.law_id]
        if i18n.lang() == "en":
            shown = f"{text(law, 'short_title')}, {ref.label('en')}"
        else:
            shown = f"《{law.short_title or law.title}》{ref.article_label}"
        return Entry("law", shown, where,
                     f"{both(law, 'title', 'short_title')} {ref.article_label} {ref.label('en')} {ref.quote}"
                     .casefold(), target, f"{i18n.cite(guide, ref)}\n{ref.quote}")

    entries: list[Entry] = []
    for qid in session.questions:
        q = guide.questions[qid]
        article = guide.articles[q.article_id]
        entries.append(Entry("question", text(q, "text"), i18n.heading(guide, article),
                             f"{q.id} {both(q, 'text', 'hint')}".casefold(), qid, text(q, "text")))
    for article in guide.articles.values():
        target = first([q.id for q in article.questions])
        if target is None:
            continue
        title = i18n.heading(guide, article)
        guidance = text(article, "guidance")
        entries.append(Entry("article", title, guidance[:60],
                             f"{article.id} {title} {both(article, 'title', 'guidance')}".casefold(), target,
                             guidance))
        entries += [law_entry(ref, title, target) for ref in article.legal_basis]
    for item in guide.items.values():
        target = first(list(item.question_ids))
        if target is None or item.id not in session.scope.items:
            continue
        title, penalty = text(item, "title"), text(item, "penalty")
        entries.append(Entry("item", f"{item.id}　{title}", penalty,
                             f"{item.id} {both(item, 'title', 'description', 'penalty')}".casefold(), target,
                             f"{title}\n{penalty}"))
        entries += [law_entry(ref, f"{item.id}　{title}", target) for ref in item.legal_refs]
    unique = list(dict.fromkeys(entries))  # the same citation from two places once
    # Questions first, then articles, items and laws, each in reading order.
    return sorted(unique, key=lambda e: (KIND_ORDER[e.kind], order[e.target]))


class SearchModel(RowModel):
    """The entries that hold every word of the query."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._index = build_index(session)
        self.query = ""
        session.scopeChanged.connect(self._on_scope_changed)

    def _on_scope_changed(self) -> None:
        self._index = build_index(self.session)
        self.set_query(self.query)

    def set_query(self, text: str) -> None:
        terms = text.casefold().split()
        self.query = text
        self.set_rows([e for e in self._index if all(t in e.haystack for t in terms)][:MAX_HITS] if terms else [])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        hit = self.row_at(index)
        if hit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"［{_kind_label(hit.kind)}］{hit.title}\n{hit.detail}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{_kind_label(hit.kind)}：{hit.full or hit.title}\n{hit.detail}"
            return tip(text) if role == Qt.ItemDataRole.ToolTipRole else text  # a tip of guide text: escaped
        if role == TARGET_ROLE:
            return hit.target
        return None
