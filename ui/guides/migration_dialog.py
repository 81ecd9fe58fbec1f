"""Moving an open assessment to a newer version of its guide: the plan first, then one undoable step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from checklist.migrate import Fate, MigrationPlan
from checklist.model import Guide

from ..shared import i18n


def plan_html(plan: MigrationPlan, new: Guide, lang: str) -> str:
    from html import escape

    en = lang == "en"
    c = plan.counts()
    parts = [f"<p><b>{escape(plan.old_version)} → {escape(plan.new_version)}</b></p>",
             "<table>"
             + "".join(f"<tr><td>{escape(label)}</td><td align='right'><b>{n}</b></td></tr>" for label, n in (
                 ("Carried over as answered" if en else "原样保留的回答", c[Fate.CARRIED]),
                 ("Kept, to review (text, law or items changed)" if en else "保留原回答、需复核（问题、依据或事项有变化）",
                  c[Fate.REVIEW]),
                 ("Archived (question removed; listed in the report)" if en else "存档（问题已删除，报告附录列出）",
                  c[Fate.ARCHIVED]),
                 ("New questions to answer" if en else "新增、待回答的问题", len(plan.new_questions)),
                 ("Items to review because the law changed" if en else "因法律变化需复核的违规事项",
                  len(plan.law_review_items))))
             + "</table>"]
    review = plan.of(Fate.REVIEW)
    if review:
        parts.append(f"<h4>{'To review' if en else '需复核'}</h4><ul>")
        parts += [f"<li>{escape(m.question_id)}：{escape(m.reason_text(lang))}</li>" for m in review[:60]]
        if len(review) > 60:
            parts.append(f"<li>…（{len(review) - 60}）</li>")
        parts.append("</ul>")
    archived = plan.of(Fate.ARCHIVED)
    if archived:
        parts.append(f"<h4>{'Archived' if en else '存档'}</h4><ul>")
        parts += [f"<li>{escape(m.question_id)}：{escape(m.old_text)}</li>" for m in archived]
        parts.append("</ul>")
    if plan.law_review_items:
        parts.append(f"<h4>{'Items to review because the law changed' if en else '因法律变化需复核'}</h4><ul>")
        parts += [f"<li>{escape(i)} {escape(new.text(new.items[i], 'title', 'en' if en else 'zh'))}</li>"
                  for i in plan.law_review_items]
        parts.append("</ul>")
    return "".join(parts)


class MigrationDialog(QDialog):
    """Shows what a migration will do; accepting it migrates (the window does, as one undoable step)."""

    def __init__(self, plan: MigrationPlan, new: Guide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan, self.new = plan, new
        self.setWindowTitle(self.tr("迁移到新版本指引"))
        self.resize(720, 620)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("“{title}”有新版本 {version}。迁移后按新版本评分；没有回答会被删除：问题或依据有变化的回答"
                               "标为“需复核”并保留原回答，已删除问题的回答存档。迁移前的文件另存一份副本，迁移也可以撤销。")
                       .format(title=new.meta.title, version=new.meta.version))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("迁移计划"))
        self.details.setHtml(plan_html(plan, new, i18n.lang()))
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.migrate_button = buttons.addButton(self.tr("迁移"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.migrate_button.setProperty("primary", True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
