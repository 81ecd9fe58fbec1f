"""What is printed for the people who will be interviewed: the blank questionnaire (空白问卷) of the questions
a profile makes applicable, and the 资料清单, the documents to prepare, article by article. In English the
guide's English overlay gives the texts and document names; a text it lacks stays Chinese."""

from __future__ import annotations

from dataclasses import dataclass

from .applicability import applicable
from .model import Guide


@dataclass(frozen=True)
class SheetQuestion:
    id: str
    text: str
    hint: str
    documents: tuple[str, ...]


@dataclass(frozen=True)
class SheetArticle:
    id: str
    label: str  # 第十二条
    title: str
    questions: tuple[SheetQuestion, ...]


@dataclass(frozen=True)
class SheetChapter:
    id: str
    label: str  # 第二章
    title: str
    articles: tuple[SheetArticle, ...]

    @property
    def question_count(self) -> int:
        return sum(len(a.questions) for a in self.articles)


def questionnaire(guide: Guide, facts: frozenset[str], lang: str = "zh") -> tuple[SheetChapter, ...]:
    """The applicable questions in reading order, grouped by chapter and article; empty groups are left out."""
    scope = applicable(guide, facts)
    chapters = []
    for chapter in guide.chapters:
        articles = []
        for aid in chapter.article_ids:
            article = guide.articles[aid]
            questions = tuple(SheetQuestion(q.id, guide.text(q, "text", lang), guide.text(q, "hint", lang),
                                            guide.documents(q, lang))
                              for q in article.questions if q.id in scope.questions)
            if questions:
                articles.append(SheetArticle(article.id, article.label_in(lang), guide.text(article, "title", lang),
                                             questions))
        if articles:
            chapters.append(SheetChapter(chapter.id, chapter.label_in(lang), guide.text(chapter, "title", lang),
                                         tuple(articles)))
    return tuple(chapters)


@dataclass(frozen=True)
class Document:
    name: str
    question_ids: tuple[str, ...]  # the questions it serves


@dataclass(frozen=True)
class DocumentArticle:
    id: str
    label: str
    title: str
    chapter_id: str
    chapter_label: str
    chapter_title: str
    documents: tuple[Document, ...]


def documents(guide: Guide, facts: frozenset[str], lang: str = "zh") -> tuple[DocumentArticle, ...]:
    """The documents the applicable questions name, per article in reading order; a document two questions
    of one article name is listed once, with both questions."""
    out = []
    for chapter in questionnaire(guide, facts, lang):
        for article in chapter.articles:
            served: dict[str, list[str]] = {}
            for q in article.questions:
                for name in q.documents:
                    served.setdefault(name, []).append(q.id)
            if served:
                out.append(DocumentArticle(article.id, article.label, article.title, chapter.id, chapter.label,
                                           chapter.title, tuple(Document(n, tuple(ids)) for n, ids in served.items())))
    return tuple(out)


def document_count(articles: tuple[DocumentArticle, ...]) -> int:
    return sum(len(a.documents) for a in articles)
