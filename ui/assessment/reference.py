"""The legal side of a question: article guidance, the items it detects with their penalty
exposure, and the legal basis quoted. One selectable, copyable text view; sections fold."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from checklist.findings import applies
from checklist.lawnotes import LawStanding, law_standing
from checklist.model import Guide, Item, LegalRef
from checklist.numerals import full_width_items
from checklist.vocabulary import points_text

from ..session.session import Session
from ..shared import i18n
from ..shared.theme import ACCENT, MUTED, RULE

SECTIONS = ("guidance", "items", "basis")
_CSS = f"""
body {{ line-height: 150%; }}
h3 {{ color: {ACCENT}; font-size: 11pt; margin: 14px 0 4px 0; }}
h4 {{ font-size: 10.5pt; margin: 10px 0 2px 0; }}
p {{ margin: 2px 0 6px 0; }}
.muted {{ color: {MUTED}; }}
.quote {{ margin: 2px 0 8px 12px; }}
.article {{ margin: 0 0 4px 24px; color: {MUTED}; }}
a.fold {{ color: {ACCENT}; text-decoration: none; font-weight: bold; font-size: 11pt; }}
td {{ padding: 1px 8px 1px 0; vertical-align: top; }}
hr {{ color: {RULE}; }}
"""


class ReferenceView(QTextBrowser):
    """Renders the reference for one question; links ``fold:NAME`` open and close a section."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.question_id = ""
        self.folded: set[str] = set()  # remembered from question to question
        self.opened: set[LegalRef] = set()  # citations shown with their whole article, for this question
        self._html = ""
        self._standing: LawStanding = law_standing(session.guide)
        self.setOpenLinks(False)
        # Legal text is for quoting: selectable and copyable with the keyboard as well as the mouse.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.document().setDefaultStyleSheet(_CSS)
        self.document().setDocumentMargin(12)
        self.setAccessibleName(self.tr("条文指引、违规事项与法律依据"))
        self.setAccessibleDescription(self.tr("Ctrl+↓ / Ctrl+↑ 转到下一个或上一个链接，Enter 展开或收起"))
        session.scoreChanged.connect(self._rerender)

    def show_question(self, question_id: str) -> None:
        self.question_id = question_id
        self.opened = set()
        self._rerender(keep_position=False)

    def toggle(self, section: str) -> None:
        self.folded ^= {section}
        self._rerender()

    def toggle_article(self, ref: LegalRef) -> None:
        self.opened ^= {ref}
        self._rerender()

    def _on_anchor(self, url: QUrl) -> None:
        chosen = self._link_at_cursor()
        if url.scheme() == "fold":
            self.toggle(url.path())
        elif url.scheme() == "article":
            self.toggle_article(self._refs()[int(url.path())][1])
        if chosen is not None and self.hasFocus():  # from the keyboard: stay on the link just used
            self._select_link(chosen)

    # -- links from the keyboard

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        # Tab leaves the view, so it is one stop in the window's Tab order; Ctrl+↓ / Ctrl+↑ step through the links.
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.step_link(forward=event.key() == Qt.Key.Key_Down)
            return
        super().keyPressEvent(event)

    def links(self) -> list[tuple[int, int]]:
        """Where each link is in the text: (start, end)."""
        found: list[tuple[int, int]] = []
        block = self.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.charFormat().anchorHref():
                    start, end = fragment.position(), fragment.position() + fragment.length()
                    if found and found[-1][1] == start:  # one link written in several formats
                        start = found.pop()[0]
                    found.append((start, end))
                fragments += 1
            block = block.next()
        return found

    def _link_at_cursor(self) -> int | None:
        here = self.textCursor().selectionStart()
        return next((n for n, (start, end) in enumerate(self.links()) if start <= here < end), None)

    def _select_link(self, number: int) -> None:
        links = self.links()
        if not links:
            return
        start, end = links[min(number, len(links) - 1)]
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)  # Enter opens the link under the cursor
        self.ensureCursorVisible()

    def step_link(self, forward: bool) -> None:
        links = self.links()
        if not links:
            return
        cursor = self.textCursor()
        here = cursor.selectionStart()
        if forward:  # from a link to the one after it; from a plain cursor to the first link from there
            following = [n for n, (start, _end) in enumerate(links)
                         if start > here or (start == here and not cursor.hasSelection())]
            self._select_link(following[0] if following else 0)
        else:
            before = [n for n, (start, _end) in enumerate(links) if start < here]
            self._select_link(before[-1] if before else len(links) - 1)

    def _rerender(self, keep_position: bool = True) -> None:
        html = self.render_html()
        if html == self._html:
            return  # most answers leave this question's items as they were
        self._html = html
        position = self.verticalScrollBar().value()
        self.setHtml(html)
        if keep_position:
            self.verticalScrollBar().setValue(position)

    # -- HTML

    def _heading(self, key: str, title: str) -> str:
        arrow = "▸" if key in self.folded else "▾"
        state = self.tr("已收起") if key in self.folded else self.tr("已展开")
        return f'<h3><a class="fold" href="fold:{key}" title="{escape(state)}">{arrow} {escape(title)}</a></h3>'

    def render_html(self) -> str:
        if not self.question_id:
            hint = self.tr("在左侧选择一个问题。")
            return f"<p class='muted'>{escape(hint)}</p>"
        guide = self.session.guide
        question = guide.questions[self.question_id]
        article = guide.articles[question.article_id]
        items = [guide.items[i] for i in self.session.items_of(self.question_id)]
        parts = [self._heading("guidance", self.tr("条文指引"))]
        if "guidance" not in self.folded:
            parts.append(f"<h4>{escape(i18n.heading(guide, article))}</h4>")
            guidance = i18n.guide_text(guide, article, "guidance")
            parts += [f"<p>{escape(line)}</p>" for line in guidance.splitlines() if line.strip()]
        parts.append(self._heading("items", self.tr("本题检查的违规事项（{n} 项）").format(n=len(items))))
        if "items" not in self.folded:
            parts += [self._item_html(item) for item in items]
        unique = self._refs()
        parts.append(self._heading("basis", self.tr("法律依据（{n} 条）").format(n=len(unique))))
        if "basis" not in self.folded:
            parts.append(f"<p class='muted'>{escape(self._status_heading())}</p>")
            label = self.tr("法律变化")
            parts += [f"<p class='muted'>{escape(label)}：{escape(note)}</p>"
                      for note in self._law_notes({ref.law_id for _, ref in unique})]
            parts += [self._ref_html(guide, n, kind, ref) for n, (kind, ref) in enumerate(unique)]
        return "".join(parts)

    def _refs(self) -> list[tuple[str, LegalRef]]:
        guide = self.session.guide
        question = guide.questions[self.question_id]
        refs = [(self.tr("条文依据"), ref) for ref in guide.articles[question.article_id].legal_basis]
        facts = self.session.assessment.profile.facts  # a provision that does not concern the company is left out
        for item in (guide.items[i] for i in self.session.items_of(self.question_id)):
            refs += [(self.tr("义务依据"), r) for r in item.obligation_basis if applies(r, facts)]
            refs += [(self.tr("处罚依据"), r) for r in item.penalty_basis if applies(r, facts)]
            refs += [(self.tr("刑事责任依据"), r) for r in item.criminal_basis if applies(r, facts)]
        return list(dict.fromkeys(refs))

    def _status_heading(self) -> str:
        standing = self._standing
        if i18n.lang() == "en":
            return f"{standing.heading('en')}; guide {standing.guide_version}."
        return f"{standing.heading()}（指引 {standing.guide_version} 版）。"

    def _law_notes(self, law_ids: set[str]) -> list[str]:
        return [n.text(i18n.lang()) for n in self._standing.pending if n.law_id in law_ids]

    def _item_html(self, item: Item) -> str:
        s = self.session.score.items[item.id]
        mark = s.mark.style
        badge = (f'<span style="background:{mark.fill}; color:{mark.ink};">&nbsp;{mark.icon} '
                 f"{escape(s.status_text(i18n.lang()))}&nbsp;</span>")
        guide = self.session.guide
        rows = [
            (self.tr("违规情形"), i18n.guide_text(guide, item, "description")),
            (self.tr("责任主体"), i18n.guide_text(guide, item, "liable")),
            (self.tr("法律后果"), self._penalty(item)),
            (self.tr("严重程度"),
             f"{item.severity}{i18n.paren(i18n.text(self.session.guide.scoring.severity_name(item.severity)))}"),
        ]
        if s.applicable and s.gain_if_fixed > 0:
            rows.append((self.tr("整改可加分"), points_text(s.gain_if_fixed)))
        for note in self._law_notes({ref.law_id for ref in item.legal_refs}):
            rows.append((self.tr("法律变化"), note))
        table = "".join(f"<tr><td class='muted' width='72'>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in rows)
        # the question's own advice where the guide gives one, else the item's remediation
        own = guide.advice(guide.questions[self.question_id], i18n.lang()) if self.question_id else ()
        steps = own or guide.remediation(item, i18n.lang())
        advice = "".join(f"<li>{escape(r)}</li>" for r in steps)
        advice_title = self.tr("整改建议")
        advice_html = f"<p class='muted'>{escape(advice_title)}</p><ul>{advice}</ul>" if advice else ""
        return (f"<h4>{escape(item.id)}　{escape(i18n.guide_text(guide, item, 'title'))}　{badge}</h4>"
                f"<table>{table}</table>{advice_html}")

    def _penalty(self, item: Item) -> str:
        """The consequences this company faces; in English the overlay's plain-words summary."""
        if i18n.lang() == "en":
            return i18n.guide_text(self.session.guide, item, "penalty")
        return item.penalty.summary_for(self.session.assessment.profile.facts)

    def _explanation(self, guide: Guide, ref: LegalRef) -> str:
        """The overlay's English explanation of a quote, from the article or an item that cites it."""
        question = guide.questions[self.question_id]
        owners = [guide.articles[question.article_id]] + [guide.items[i] for i in self.session.items_of(self.question_id)]
        return next((text for owner in owners if (text := guide.explanation(owner, ref, i18n.lang()))), "")

    def _ref_html(self, guide: Guide, index: int, kind: str, ref: LegalRef) -> str:
        law = guide.laws[ref.law_id]
        lang = i18n.lang()
        revision = guide.text(law, "revision_note", lang)
        if lang == "en":
            note = f" ({escape(revision)})" if revision else ""
            title = f"{escape(guide.text(law, 'title', lang))}{note}, "
        else:
            title = f"《{escape(law.title)}》" + (f"（{escape(revision)}）" if revision else "")
        html = (f"<p><span class='muted'>{escape(kind)}</span>　{title}"
                f"<b>{escape(ref.label(lang))}</b></p>"
                f"<p class='quote'>“{escape(full_width_items(ref.quote))}”</p>")
        explanation = self._explanation(guide, ref)
        if explanation:
            label = self.tr("英文说明（以中文原文为准）")
            html += f"<p class='quote'><span class='muted'>{escape(label)}：</span>{escape(explanation)}</p>"
        lines = guide.article_text(ref)
        if lines:
            shown = ref in self.opened
            link = self.tr("收起条文全文") if shown else self.tr("查看条文全文")
            html += f"<p class='quote'><a href='article:{index}'>{'▾' if shown else '▸'} {escape(link)}</a></p>"
            if shown:
                html += "".join(f"<p class='article'>{escape(full_width_items(line))}</p>" for line in lines)
        return html
