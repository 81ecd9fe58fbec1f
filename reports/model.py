"""The report model: every fact the report states, built once from an assessment.

Plain dataclasses and strings, no Qt, no Jinja2, no WeasyPrint: the PDF, the HTML
and any later export render this same model, so they can never disagree. Legal
text (quotes, penalties, remediation) comes from the guide only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, fields, is_dataclass, replace
from typing import Any

from checklist.actions import is_overdue
from checklist.applicability import applicable
from checklist.assessment import ActionItem, Assessment
from checklist.bidi import reveal_bidi
from checklist.engagement import completeness, current_signoff
from checklist.errors import Message
from checklist.findings import Finding as Found
from checklist.findings import findings as find
from checklist.findings import lead_advice
from checklist.lawnotes import LawStanding, law_standing
from checklist.method import describe, enough_condition, num, severity_reason
from checklist.model import Answer, Guide, Item, LegalRef
from checklist.numerals import full_width_items
from checklist.scoring import ItemScore, Score
from checklist.validation import NOTE_CHARS
from checklist.vocabulary import (
    LEVEL_WAITS,
    Level,
    Mark,
    MarkStyle,
    answer_name,
    index_text,
    long_date,
    points_text,
)

from . import i18n
from .options import ReportOptions, Template

# what each row of the risk-level table means, in Chinese: the Word document and the workbook say it alike
LEVEL_MEANINGS = {key: meaning.zh for key, meaning in i18n.LEVEL_MEANINGS.items()}

REPORT_TITLE = i18n.TEXTS["report.title"].zh
CONFIDENTIAL_TEXT = Message("内部资料 注意保密", "Internal — confidential")
CONFIDENTIAL = CONFIDENTIAL_TEXT.zh
# The referral to a lawyer is a sentence of its own: the consultant's report leaves it out.
NOT_LEGAL_ADVICE_TEXT = Message(
    "本报告依据企业填写的问卷回答、备注和所附材料，按上述指引和评分方法自动生成，反映的是作答时点的情况；"
    "报告中的法律条文摘引自指引，以正式公布的法律文本为准。本报告供企业自查和完善合规管理参考，"
    "不构成法律意见，也不代表任何行政机关的认定；具体事项请咨询执业律师或主管部门。",
    "This report was generated automatically from the company's questionnaire answers, notes and attachments, by "
    "the guide and the scoring method above, and reflects the situation when the answers were given. The legal "
    "provisions are quoted from the guide in the original Chinese, which is authoritative; the officially "
    "published text of the law prevails. The English explanations beside them are for reading only. This report "
    "is for the company's self-check and for improving its compliance management; it is not legal advice and "
    "does not represent the finding of any authority. For specific matters, consult a practising lawyer or the "
    "competent authority.")
NOT_LEGAL_ADVICE = NOT_LEGAL_ADVICE_TEXT.zh
# The consultant's report speaks for the firm: its own disclaimer (a setting, or ``--disclaimer``) replaces the
# self-check's, and without one the firm's report says what a firm's report says about reliance.
FIRM_DISCLAIMER_TEXT = (
    Message("本报告系出具单位接受委托方委托，依据委托方提供的问卷回答、文件资料和访谈陈述，对照上述指引，就委托范围内的"
            "事项于事实截止日的状况出具。出具单位未对委托方提供的材料作独立核查；材料不真实、不完整的，相应结论随之改变。",
            "This report is issued by the issuing firm at the client's request, on the questionnaire answers, "
            "documents and interview statements the client provided, against the guide above, on the matters within "
            "the engagement as they stood on the as-of date. The firm has not independently verified the materials "
            "the client provided; where they are untrue or incomplete, the conclusions change accordingly."),
    Message("本报告仅供委托方在委托范围内使用，未经出具单位书面同意，不得向第三方提供、引用或公开，亦不得用于其他目的。",
            "This report is for the client's use within the engagement only. Without the issuing firm's written "
            "consent it may not be given to, quoted to or published for any third party, nor used for any other "
            "purpose."),
)
FIRM_DISCLAIMER = tuple(m.zh for m in FIRM_DISCLAIMER_TEXT)
CONSULTANT_CONFIDENTIAL_TEXT = Message("保密 仅供委托方使用", "Confidential — for the client only")
CONSULTANT_CONFIDENTIAL = CONSULTANT_CONFIDENTIAL_TEXT.zh
DISTRIBUTION_TEXT = Message(
    "本报告仅供{client}（委托方）在委托范围内内部使用。未经{firm}书面同意，不得向任何第三方提供、引用或公开。",
    "This report is for the internal use of {client} (the client) within the engagement only. Without the written "
    "consent of {firm} it may not be given to, quoted to or published for any third party.")
DISTRIBUTION = DISTRIBUTION_TEXT.zh
DISTRIBUTION_SHORT_TEXT = Message("保密：仅供委托方内部使用，未经出具单位书面同意不得分发",
                                  "Confidential: for the client's internal use; not to be distributed without the "
                                  "issuing firm's written consent")
DISTRIBUTION_SHORT = DISTRIBUTION_SHORT_TEXT.zh
DRAFT_MARK = i18n.TEXTS["report.draft"].zh
MAX_RECOMMENDATIONS = 5
MIN_RECOMMENDATIONS = 3

# What the report prints of a user's or a file's text. A name has no length limit where it is typed or
# imported, and a 50,000-character company name, repeated in every page's header, took 95 s to lay out:
# a one-line field (a name, a title, a code) prints at most LINE_LIMIT characters, then an ellipsis; a
# paragraph (a note, a measure, the guide's text) at most TEXT_LIMIT, the limit a note is kept to.
LINE_LIMIT = 200
TEXT_LIMIT = NOTE_CHARS
ELLIPSIS = "…"
# Control characters print as stray glyphs (or nothing) in the PDF and its text layer: C0 but tab and
# newline, DEL, C1, lone surrogates (which no file can be written with) and the non-characters U+FFFE/U+FFFF.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def printable(text: str) -> str:
    """``text`` without the control characters a printed page cannot show."""
    return _UNPRINTABLE.sub("", text)


def one_line(text: str) -> str:
    """A name or title as the report prints it: printable, on one line, at most LINE_LIMIT characters."""
    text = " ".join(printable(text).split())
    return text if len(text) <= LINE_LIMIT else text[:LINE_LIMIT] + ELLIPSIS


def paragraph(text: str) -> str:
    """A note or another paragraph as the report prints it: printable, item numbers （一） in full width, at
    most TEXT_LIMIT characters."""
    text = full_width_items(printable(text))
    return text if len(text) <= TEXT_LIMIT else text[:TEXT_LIMIT] + ELLIPSIS


# --- the model ---------------------------------------------------------------


@dataclass(frozen=True)
class Cover:
    title: str
    company: str
    uscc: str
    report_number: str
    period: str
    assessment_date: str
    assessor: str
    reviewer: str
    guide_title: str
    guide_version: str
    issuing_party: str
    report_date: str
    confidentiality: str
    firm_name: str
    report_day: dt.date | None = None  # the report date as a date, for a workbook's date cell
    distribution: str = ""  # who may read the report (consultant's report): on the cover
    distribution_short: str = ""  # the same in a few words, for the footer of every page


@dataclass(frozen=True)
class CountRow:
    mark: MarkStyle
    count: int
    share: float | None  # of the applicable items, 0–1 (未评估 has its own row); None for the items that do not apply


@dataclass(frozen=True)
class ReportStatus:
    """Draft or final: final once a reviewer signed off the content as it is and nothing is missing."""

    final: bool
    missing: tuple[str, ...]  # what is missing, counted: 尚有 19 个适用问题未作答
    signed_by: str = ""
    signed_licence: str = ""
    signed_on: str = ""  # 2026年11月28日

    @property
    def mark(self) -> str:
        return "" if self.final else DRAFT_MARK


@dataclass(frozen=True)
class Signatory:
    name: str
    licence: str  # 执业证号, or —


@dataclass(frozen=True)
class InterviewRow:
    name: str
    position: str
    date: str


@dataclass(frozen=True)
class ContactRow:
    name: str
    position: str
    phone: str


@dataclass(frozen=True)
class EvidenceRow:
    question_id: str
    name: str


@dataclass(frozen=True)
class EngagementPart:
    """The engagement as the consultant's report states it: scope and method, what was relied on, who signs."""

    reference: str
    firm: str
    scope: str
    as_of: str
    method: tuple[str, ...]  # how the check-up was done, in sentences made from the facts
    assumptions: str
    documents: tuple[str, ...]
    evidence: tuple[EvidenceRow, ...]  # the attachments, with the question each answers
    interviews: tuple[InterviewRow, ...]
    lawyers: tuple[Signatory, ...]
    partner: Signatory | None
    contacts: tuple[ContactRow, ...]
    client_assessor: str  # the client's own people, never the firm's signatories
    client_reviewer: str


@dataclass(frozen=True)
class LawCited:
    """A law cited in the findings: its title, its version, and the articles the findings cite."""

    law: str  # 《中华人民共和国药品管理法》
    version: str  # 2019年修订，2019年12月1日起施行
    issuer: str
    articles: tuple[str, ...]  # 第一百一十五条、第一百二十六条第一款
    change: str = ""
    original: str = ""  # in an English report, the Chinese title


@dataclass(frozen=True)
class TopItem:
    rank: int
    item_id: str
    title: str
    chapter: str
    mark: MarkStyle
    gain: float
    pending: bool


@dataclass(frozen=True)
class VetoItem:
    item_id: str
    title: str
    reason: str  # 可能承担刑事责任（《刑法》第三百三十八条）


@dataclass(frozen=True)
class Summary:
    index: str
    provisional: bool
    mark: MarkStyle  # overall level, after the veto; 尚待评估 while too little is answered
    index_mark: MarkStyle  # level from the index alone
    overview: str
    veto_cap: str  # the level a veto caps the overall level at
    veto_items: tuple[VetoItem, ...]
    counts: tuple[CountRow, ...]  # red, orange, yellow, green, not applicable: shares sum to 1
    pending: int
    applicable_items: int
    total_items: int
    answered: int
    applicable_questions: int
    top_items: tuple[TopItem, ...]
    recommendations: tuple[str, ...]
    completion: str = ""  # 已作答 24 / 114 个适用问题（21%），已评估 30 / 40 项适用事项
    level_waits: bool = False  # too little answered for an overall level: 尚待评估
    enough: str = ""  # when the overall level is given, in words
    unassessed: tuple[ClearItem, ...] = ()  # applicable items none of whose questions is answered


@dataclass(frozen=True)
class MatrixCell:
    severity: int
    exposure: float
    mark: MarkStyle
    items: tuple[tuple[str, bool], ...]  # (item id, pending)


@dataclass(frozen=True)
class Matrix:
    severities: tuple[tuple[int, str], ...]  # (4, "严重") … (1, "轻微"), top row first
    exposures: tuple[float, ...]  # columns, left to right
    exposure_labels: tuple[str, ...]
    cells: tuple[tuple[MatrixCell, ...], ...]  # rows as in ``severities``
    unassessed: int = 0  # applicable items not placed: none of their questions is answered


@dataclass(frozen=True)
class Fact:
    question_id: str
    text: str
    answer: str  # label, or 未作答
    answer_key: str  # Answer value, or "none"
    note: str
    na_reason: str
    evidence: tuple[str, ...]
    control: bool = False  # asks about a preventive control, not the violation itself


@dataclass(frozen=True)
class Provision:
    article: str  # 第一百一十五条第二款 (Article 115(2))
    quote: str  # fragments of the same provision joined with ……; always the Chinese text
    explanation: str = ""  # the English overlay's explanation of the quote, in an English report


@dataclass(frozen=True)
class LawGroup:
    """The provisions one item cites from one law in one role, so the title is written once."""

    role: str  # 义务依据 / 处罚依据 / 刑事责任依据
    law: str  # 《中华人民共和国药品管理法》（2019年修订）
    provisions: tuple[Provision, ...]
    change: str = ""  # an adopted change of this law: 现行有效；将于2027年1月1日由修订后的文本取代……
    original: str = ""  # in an English report, the law's Chinese title: the quotes are of that text

    @property
    def citation(self) -> str:
        return self.law + "、".join(p.article for p in self.provisions)


@dataclass(frozen=True)
class Action:
    measure: str
    owner: str
    due: str
    status: str
    overdue: bool
    suggested: bool  # no action item yet: the guide's remediation is shown as a suggestion
    due_date: dt.date | None = None  # ``due`` as a date, for a workbook's date cell


@dataclass(frozen=True)
class Finding:
    item_id: str
    title: str
    mark: MarkStyle
    pending: bool
    veto: bool
    description: str
    liable: str
    fact_summary: str
    facts: tuple[Fact, ...]  # the answers that raise the risk, and any with a note or evidence
    compliant_ids: tuple[str, ...]  # the other questions, answered 符合 without a note
    laws: tuple[LawGroup, ...]
    penalty: str
    severity: int
    severity_label: str
    severity_reason: str
    risk_line: str
    remediation: tuple[str, ...]  # advice for the failing questions, each naming them
    actions: tuple[Action, ...]
    gain: float
    statement: tuple[str, ...] = ()  # what was found, after fact_summary: one paragraph per failing question


@dataclass(frozen=True)
class ClearItem:
    item_id: str
    title: str
    mark: MarkStyle


@dataclass(frozen=True)
class ChapterFindings:
    chapter_id: str
    label: str  # 第一章
    title: str
    index: str
    index_value: float | None
    mark: MarkStyle
    findings: tuple[Finding, ...]
    clear: tuple[ClearItem, ...]  # assessed items with no risk found
    not_applicable: int
    unassessed: tuple[ClearItem, ...] = ()  # applicable items none of whose questions is answered yet


@dataclass(frozen=True)
class PlanRow:
    rank: int
    item_id: str
    title: str
    mark: MarkStyle
    gain: float
    actions: tuple[Action, ...]


@dataclass(frozen=True)
class AnswerArticle:
    label: str  # 第一条
    title: str
    questions: tuple[Fact, ...]


@dataclass(frozen=True)
class AnswerChapter:
    label: str
    title: str
    articles: tuple[AnswerArticle, ...]


@dataclass(frozen=True)
class Method:
    guide_title: str
    guide_version: str
    guide_effective: str
    guide_issuer: str
    content_hash: str
    exposures: tuple[tuple[str, str], ...]  # (answer label, exposure)
    severity_rules: tuple[tuple[str, str], ...]  # (severity, condition)
    item_levels: tuple[tuple[MarkStyle, str], ...]  # (mark, condition on risk)
    index_levels: tuple[tuple[MarkStyle, str], ...]  # (mark, condition on index)
    veto_cap: str
    control_cap: str  # highest exposure of a preventive-control question; "" when not capped
    law_heading: str  # 法律状态截至 2026年12月1日
    law_pending: tuple[str, ...]  # adopted changes of cited laws, each with its date and what changes
    law_since: tuple[str, ...]  # what the current guide's registry knows of the laws this older guide cites
    current_version: str  # the current guide's version when this assessment used an older one, else ""
    enough: str = ""  # when the overall level is given, in words


@dataclass(frozen=True)
class ReviewRow:
    question_id: str
    text: str  # the question as this guide version asks it
    old_text: str  # as the earlier version asked it; "" when the wording did not change
    old_answer: str
    reasons: str  # 问题的文字已修改、法律依据已修改
    since_version: str


@dataclass(frozen=True)
class ArchivedRow:
    question_id: str
    guide_version: str
    text: str
    answer: str
    note: str
    action: str  # the action recorded for it, in one line; "" when none
    archived_on: str


@dataclass(frozen=True)
class MigrationRecord:
    """What moving to this guide version left to look at: nothing recorded is dropped from a report."""

    versions: str  # 1.0.0 → 1.1.0
    reviews: tuple[ReviewRow, ...]
    law_review: tuple[tuple[str, str], ...]  # (item id, title) whose law changed
    archived: tuple[ArchivedRow, ...]


@dataclass(frozen=True)
class ReportModel:
    cover: Cover
    summary: Summary
    matrix: Matrix
    findings: tuple[ChapterFindings, ...]
    plan: tuple[PlanRow, ...]
    answers: tuple[AnswerChapter, ...]
    method: Method
    disclaimer: tuple[str, ...]
    migration: MigrationRecord | None = None  # present when the assessment moved from an earlier guide version
    status: ReportStatus = ReportStatus(True, ())
    engagement: EngagementPart | None = None  # the consultant's report only
    laws_cited: tuple[LawCited, ...] = ()

    @property
    def page_estimate(self) -> int:
        """A rough page count, for progress reporting before layout knows the real one."""
        # measured: a finding takes about 1.8 pages, the plan 6 items and the appendix 9 questions a page
        findings = sum(len(c.findings) for c in self.findings)
        questions = sum(len(a.questions) for c in self.answers for a in c.articles)
        moved = len(self.migration.reviews) + len(self.migration.archived) if self.migration else 0
        return 6 + findings * 9 // 5 + len(self.plan) // 6 + (questions + moved) // 9


# --- building it ---------------------------------------------------------------


def build_report(assessment: Assessment, options: ReportOptions | None = None, *,
                 today: dt.date | None = None, current_guide: Guide | None = None) -> ReportModel:
    """The report of ``assessment``; ``current_guide`` is the current version of its guide, when known."""
    options = options or ReportOptions()
    report_date = options.report_date or today or dt.date.today()
    standing = law_standing(assessment.guide, current_guide, report_date)
    builder = _Builder(assessment, assessment.score(), options, report_date, standing)
    findings = builder.findings()
    return _tidy(ReportModel(
        cover=builder.cover(),
        summary=builder.summary(),
        matrix=builder.matrix(),
        findings=findings,
        plan=builder.plan(),
        answers=builder.answer_appendix(),
        method=builder.method(),
        disclaimer=builder.disclaimer(),
        migration=builder.migration(),
        status=builder.status(),
        engagement=builder.engagement(),
        laws_cited=builder.laws_cited(findings),
    ))


def default_report_number(uscc: str, day: dt.date) -> str:
    """A stable number when none is given: same company and day, same number."""
    digest = hashlib.sha256(f"{uscc}|{day.isoformat()}".encode()).hexdigest()[:4].upper()
    return f"FZTJ-{day:%Y%m%d}-{digest}"


class _Builder:
    def __init__(self, assessment: Assessment, score: Score, options: ReportOptions, report_date: dt.date,
                 standing: LawStanding) -> None:
        self.a = assessment
        self.standing = standing
        self.lang = lang = options.language
        self.en = lang == "en"
        self.changes = {n.law_id: (f"{n.status_en}. {n.detail_en}".rstrip() if self.en
                                   else f"{n.status}。{n.detail}".rstrip()) for n in standing.pending + standing.since}
        self.guide = guide = assessment.guide
        self.s = score
        self.options = options
        self.report_date = report_date
        # every applicable question as the report states it, in the findings and in the appendix
        self.facts = {q: self._fact(q) for q in applicable(guide, assessment.profile.facts).questions}
        self.found = {f.item_id: f for f in find(assessment, score, lang)}
        self.chapter_label = {c.id: c.label_in(lang) for c in guide.chapters}

    # -- the language

    def say(self, zh: str, en: str) -> str:
        return en if self.en else zh

    def date(self, day: dt.date | None) -> str:
        return long_date(day, self.lang)

    def title(self, obj: object, name: str = "title") -> str:
        """A text of the guide in the report's language (English from the overlay)."""
        return self.guide.text(obj, name, self.lang)

    def item_title(self, item_id: str) -> str:
        return self.title(self.guide.items[item_id])

    def level(self, level: Level | None) -> str:
        return _style(level).name.text(self.lang)

    def sep(self) -> str:
        return self.say("、", ", ")

    # -- cover and summary

    @property
    def consultant(self) -> bool:
        return self.options.template == Template.CONSULTANT

    @property
    def firm(self) -> str:
        """The issuing firm: the one named for this report, else the engagement's."""
        return one_line(self.options.firm_name or self.a.engagement.firm)

    def cover(self) -> Cover:
        p = self.a.profile
        o = self.options
        if o.issuing_party:
            issuer = one_line(o.issuing_party)
        elif self.consultant and self.firm:
            issuer = self.firm
        elif self.en:
            issuer = f"Legal department of {one_line(p.name)}" if p.name.strip() else "The company's legal department"
        else:
            issuer = f"{one_line(p.name)}法务部门" if p.name.strip() else "企业法务部门"
        lang = self.lang
        year = p.assessment_date.year if p.assessment_date else None
        return Cover(
            title=i18n.text("report.title", lang),
            company=p.name,
            uscc=p.uscc,
            report_number=o.report_number or default_report_number(p.uscc, self.report_date),
            period=p.period or (self.say(f"{year}年度", f"Year {year}") if year else "—"),
            assessment_date=self.date(p.assessment_date),
            assessor=p.assessor or "—",
            reviewer=p.reviewer or "—",
            guide_title=self.title(self.guide.meta),
            guide_version=self.guide.meta.version,
            issuing_party=issuer,
            report_date=self.date(self.report_date),
            confidentiality=(CONSULTANT_CONFIDENTIAL_TEXT if self.consultant else CONFIDENTIAL_TEXT).text(lang),
            firm_name=self.firm if self.consultant else o.firm_name,
            distribution=DISTRIBUTION_TEXT.text(lang).format(
                client=one_line(p.name) or self.say("委托方", "the client"), firm=issuer)
            if self.consultant else "",
            distribution_short=DISTRIBUTION_SHORT_TEXT.text(lang) if self.consultant else "",
            report_day=self.report_date,
        )

    def summary(self) -> Summary:
        s = self.s
        total = len(self.guide.items)
        applicable_items = total - s.not_applicable
        # shares of the applicable items: an item that does not apply is neither a risk nor its absence
        counts = [CountRow(_style(lv), s.counts[lv], s.counts[lv] / applicable_items if applicable_items else 0)
                  for lv in Level]
        counts.append(CountRow(Mark.UNASSESSED.style, s.unassessed,
                               s.unassessed / applicable_items if applicable_items else 0))
        counts.append(CountRow(Mark.NA.style, s.not_applicable, None))
        c = s.completion
        top = tuple(
            TopItem(rank, i.item_id, self.item_title(i.item_id), self.chapter_label[i.chapter_id],
                    _style(i.level), i.gain_if_fixed, i.pending)
            for rank, i in enumerate(s.top_items(), 1)
        )
        return Summary(
            index=index_text(s.index),
            provisional=s.provisional,
            mark=replace(Mark.UNASSESSED.style, name=LEVEL_WAITS, short=LEVEL_WAITS) if s.level_waits
            else _style(s.level),
            index_mark=_style(s.index_level),
            overview=self._overview(applicable_items),
            veto_cap=self.level(self.guide.scoring.veto_cap),
            veto_items=tuple(VetoItem(i, self.item_title(i),
                                      severity_reason(self.guide, self.guide.items[i], self.lang))
                             for i in s.veto_items),
            counts=tuple(counts),
            pending=s.pending,
            applicable_items=applicable_items,
            total_items=total,
            answered=s.answered,
            applicable_questions=s.applicable_questions,
            top_items=top,
            recommendations=self._recommendations(),
            completion=self.say(f"已作答 {c.answered} / {c.questions} 个适用问题（{c.percent_text()}），"
                                f"已评估 {c.assessed_items} / {c.items} 项适用事项",
                                f"{c.answered} of {c.questions} applicable questions answered ({c.percent_text()}), "
                                f"{c.assessed_items} of {c.items} applicable items assessed"),
            level_waits=s.level_waits,
            enough=self.say(f"须{enough_condition(self.guide.scoring)}（写明理由的“不适用”计为已作答）。",
                            f"{enough_condition(self.guide.scoring, 'en')[:1].upper()}"
                            f"{enough_condition(self.guide.scoring, 'en')[1:]} is needed (“Not applicable” with "
                            "a reason counts as answered)."),
            unassessed=self._unassessed(self.guide.items),
        )

    def _unassessed(self, item_ids) -> tuple[ClearItem, ...]:
        return tuple(ClearItem(i, self.item_title(i), Mark.UNASSESSED.style) for i in item_ids
                     if (x := self.s.items[i]).applicable and not x.assessed)

    def _overview(self, applicable_items: int) -> str:
        if self.en:
            return self._overview_en(applicable_items)
        s, p, c = self.s, self.a.profile, self.s.completion
        who = one_line(p.name) or "企业"
        text = (f"{who}本次体检适用《{self.guide.meta.title}》中 {applicable_items} 项违规事项、"
                f"{c.questions} 个检查问题，已作答 {c.answered} 个（{c.percent_text()}）。")
        if not c.items:
            return text + "按企业画像，没有适用的违规事项，未计算健康指数。"
        if s.unassessed:
            text += (f"尚有 {s.unassessed} 项事项的检查问题都未作答，列为“未评估”：其风险尚不知道，"
                     "不计入健康指数和风险等级统计。")
        if s.index is None:
            text += "还没有已评估的事项，未计算健康指数。"
        else:
            text += f"健康指数为 {index_text(s.index)} 分"
            if s.provisional:
                text += f"（暂定：只计已评估的 {c.assessed_items} 项事项，未作答的问题不计入）"
            text += "。" if s.level_waits else f"，按分数为{_style(s.index_level).label}。"
        if s.level_waits:
            text += f"作答尚不足以确定整体等级（须{enough_condition(self.guide.scoring)}），整体等级尚待评估。"
        elif s.level != s.index_level:
            text += f"因一票否决规则，整体等级为{_style(s.level).label}。"
        elif s.provisional:
            text += f"整体等级为{_style(s.level).label}（暂定）。"
        else:
            text += f"整体等级为{_style(s.level).label}。"
        open_items = [i for i in s.items.values() if i.open]
        if open_items:
            share = f"{len(open_items) / applicable_items:.0%}" if applicable_items else "—"
            text += (f"适用的 {applicable_items} 项事项中，{len(open_items)} 项存在风险迹象（占适用事项的 {share}），"
                     f"其中重大风险 {s.counts[Level.RED]} 项、较大风险 {s.counts[Level.ORANGE]} 项；"
                     f"{s.pending} 项有待核实；另有 {s.not_applicable} 项按企业画像不适用，未计入。")
        elif c.assessed_items:
            text += "已评估的事项中未发现存在风险迹象的事项。"
        if self.a.reviews:
            text += (f"另有 {len(self.a.reviews)} 个回答在迁移到本版指引后尚待复核，沿用原回答计分"
                     "（见附录“指引迁移记录”）。")
        return text

    def _overview_en(self, applicable_items: int) -> str:
        s, p, c = self.s, self.a.profile, self.s.completion
        who = one_line(p.name) or "The company"
        text = (f"For this check-up, {applicable_items} violation items and {c.questions} check questions of the "
                f"{self.title(self.guide.meta)} apply to {who}; {c.answered} are answered ({c.percent_text()}). ")
        if not c.items:
            return text + "By the company profile no violation item applies, so no health index is computed."
        if s.unassessed:
            text += (f"None of the check questions of {s.unassessed} items is answered yet: they are “not assessed”, "
                     "their risk is unknown, and they are counted neither in the health index nor in the risk "
                     "levels. ")
        if s.index is None:
            text += "No item is assessed yet, so no health index is computed. "
        else:
            text += f"The health index is {index_text(s.index)}"
            if s.provisional:
                text += (f" (provisional: only the {c.assessed_items} assessed items count; unanswered questions "
                         "do not)")
            text += ". " if s.level_waits else f", which by the score is {self.level(s.index_level)}. "
        if s.level_waits:
            text += (f"Too little is answered for an overall level ({enough_condition(self.guide.scoring, 'en')} "
                     "is needed): the overall level is not yet rated. ")
        elif s.level != s.index_level:
            text += f"By the veto rule the overall level is {self.level(s.level)}. "
        elif s.provisional:
            text += f"The overall level is {self.level(s.level)} (provisional). "
        else:
            text += f"The overall level is {self.level(s.level)}. "
        open_items = [i for i in s.items.values() if i.open]
        if open_items:
            share = f"{len(open_items) / applicable_items:.0%}" if applicable_items else "—"
            text += (f"Of the {applicable_items} applicable items, {len(open_items)} show signs of risk ({share} of "
                     f"the applicable items): {s.counts[Level.RED]} major and {s.counts[Level.ORANGE]} high risks; "
                     f"{s.pending} are to verify; {s.not_applicable} more do not apply by the company profile and "
                     "are not counted. ")
        elif c.assessed_items:
            text += "No assessed item shows signs of risk. "
        if self.a.reviews:
            text += (f"{len(self.a.reviews)} answers still await review after the move to this guide version and "
                     "are scored as given (see the appendix “Guide version move”). ")
        return text.strip()

    def _recommendations(self) -> tuple[str, ...]:
        """Three to five plain recommendations: the fixes that gain most, then what to verify.

        Each fix is the advice for the gravest failing answer of its item (checklist.findings), so it never
        deals with a question answered 符合 or with law that does not concern the company."""
        s, say = self.s, self.say
        out: list[str] = []
        ranked = s.ranked_open_items()
        veto = [i for i in ranked if i.veto]
        if veto:
            ids = self.sep().join(i.item_id for i in veto)
            # a firm's own report does not send its client to a lawyer: it is the lawyer's advice
            if self.options.template == Template.CONSULTANT:
                then = say("评估刑事法律风险并制定应对方案", "assess the criminal-law risk and plan the response")
            else:
                then = say("并尽快咨询执业律师", "and consult a practising lawyer without delay")
            out.append(say(f"立即处置可能承担刑事责任的事项（{ids}）：停止相关行为，保全资料，{then}。",
                           f"Deal at once with the items that may carry criminal liability ({ids}): stop the conduct "
                           f"concerned, preserve the records, {then}."))
        if s.unassessed:
            rest = s.completion.questions - s.completion.answered
            out.append(say(f"完成其余 {rest} 个问题的作答："
                           f"{s.unassessed} 项未评估事项的风险尚不知道，作答后才能确定整体等级和完整的整改计划。",
                           f"Answer the remaining {rest} questions: the risk of the {s.unassessed} items not "
                           "assessed is unknown, and only then can the overall level and a complete action plan be "
                           "given."))
        for i in ranked:
            if len(out) >= MAX_RECOMMENDATIONS - (1 if s.pending else 0):
                break
            advice = lead_advice(self.found[i.item_id])
            if i.veto or advice is None:
                continue
            item = self.guide.items[i.item_id]
            ids = self.sep().join(advice.question_ids)
            gain = points_text(i.gain_if_fixed)
            if self.en:
                who = "".join(f"; {part}" for part in (advice.owner and f"owner: {advice.owner}",
                                                      advice.due and f"due: {self.date(advice.due)}") if part)
                out.append(f"{_sentence(advice.text)} ({item.id} “{self.title(item)}”, {self.level(i.level)}, for "
                           f"{ids}{who}; correcting it raises the health index by {gain} points).")
            else:
                who = "".join(f"；{part}" for part in (advice.owner and f"责任人：{advice.owner}",
                                                       advice.due and f"完成期限：{self.date(advice.due)}") if part)
                out.append(f"{_sentence(advice.text)}（{item.id}“{item.title}”，{_style(i.level).label}，"
                           f"针对 {ids}{who}；完成后健康指数可提高 {gain} 分）。")
        if s.pending:
            out.append(say(f"查明 {s.pending} 项待核实事项：有问题回答为“不确定”或尚未作答，"
                           "查明事实后结论可能变好，也可能变差。",
                           f"Establish the facts of the {s.pending} items to verify: a question is answered “Unsure” "
                           "or not answered, and the conclusion may turn out better or worse."))
        generic = [
            say("为每项整改措施指定责任人和完成期限，并在整改完成后更新问卷回答，复核健康指数。",
                "Give every corrective action an owner and a due date; once done, update the answers and review the "
                "health index."),
            say("保存合规资料作为证据（许可证件、合同、记录、培训材料），以便检查或争议时举证。",
                "Keep compliance records as evidence (licences, contracts, records, training materials) for "
                "inspections and disputes."),
            say("每年至少开展一次法治体检；法律法规修订或业务范围变化时及时复查。",
                "Run a legal health check at least once a year, and again when the law or the business changes."),
        ]
        for text in generic:
            if len(out) >= MIN_RECOMMENDATIONS:
                break
            out.append(text)
        return tuple(out[:MAX_RECOMMENDATIONS])

    # -- distribution

    def matrix(self) -> Matrix:
        params = self.guide.scoring
        answered = {a: v for a, v in params.answer_exposure.items() if a is not Answer.NOT_APPLICABLE}
        # the columns are every exposure an item can carry: each answer's, and the capped
        # exposure of preventive-control questions, plus whatever the items actually have
        cap = params.control_exposure_cap
        values = set(answered.values()) | {min(v, cap) for v in answered.values()}
        values |= {i.exposure for i in self.s.items.values() if i.assessed}
        exposures = tuple(sorted(values))
        labels = []
        for value in exposures:
            names = [a.text(self.lang) for a, v in answered.items() if v == value]
            labels.append((f"{num(value)} ({', '.join(names)})" if self.en else f"{num(value)}（{'、'.join(names)}）")
                          if names else num(value))
        placed: dict[tuple[int, float], list[ItemScore]] = {}
        for i in self.s.items.values():
            if i.assessed:  # an item not assessed has no exposure to place it by
                placed.setdefault((i.severity, i.exposure), []).append(i)
        rows = []
        for severity in (4, 3, 2, 1):
            cells = []
            for exposure in exposures:
                members = sorted(placed.get((severity, exposure), ()), key=lambda i: self.guide.items[i.item_id].number)
                cells.append(MatrixCell(severity, exposure, _style(params.item_level(severity * exposure)),
                                        tuple((i.item_id, i.pending) for i in members)))
            rows.append(tuple(cells))
        return Matrix(
            severities=tuple((r.value, r.name.text(self.lang)) for r in params.severity_rules),
            exposures=exposures,
            exposure_labels=tuple(labels),
            cells=tuple(rows),
            unassessed=self.s.unassessed,
        )

    # -- findings

    def findings(self) -> tuple[ChapterFindings, ...]:
        out = []
        for chapter, cs in zip(self.guide.chapters, self.s.chapters, strict=True):
            scores = [self.s.items[i] for i in chapter.item_ids if self.s.items[i].applicable]
            scores.sort(key=lambda i: (-i.risk, -i.severity, self.guide.items[i.item_id].number))
            out.append(ChapterFindings(
                chapter_id=chapter.id,
                label=self.chapter_label[chapter.id],
                title=self.title(chapter),
                index=index_text(cs.index),
                index_value=cs.index,
                mark=cs.mark.style,
                findings=tuple(self._finding(i) for i in scores if i.open),
                clear=tuple(ClearItem(i.item_id, self.item_title(i.item_id), _style(i.level))
                            for i in scores if i.assessed and not i.open),
                not_applicable=len(chapter.item_ids) - len(scores),
                unassessed=self._unassessed(chapter.item_ids),
            ))
        return tuple(out)

    def _finding(self, i: ItemScore) -> Finding:
        item = self.guide.items[i.item_id]
        found: Found = self.found[i.item_id]
        all_facts = [self.facts[q] for q in item.question_ids if q in self.facts]
        # A compliant answer without a note adds nothing to the opinion but its id.
        plain = [f for f in all_facts if f.answer_key == Answer.COMPLIANT.value and not (f.note or f.evidence)]
        facts = tuple(f for f in all_facts if f not in plain)
        level = self.level(i.level)
        gain = points_text(i.gain_if_fixed)
        risk_line = self.say(f"风险值 = 严重程度 {i.severity} × 暴露程度 {num(i.exposure)} = {num(i.risk)}，"
                             f"评为{level}；整改完成后健康指数可提高 {gain} 分。",
                             f"Risk = severity {i.severity} × exposure {num(i.exposure)} = {num(i.risk)}, rated "
                             f"{level}; correcting it raises the health index by {gain} points.")
        return Finding(
            item_id=item.id,
            title=self.title(item),
            mark=_style(i.level),
            pending=i.pending,
            veto=i.veto,
            description=self.title(item, "description"),
            liable=self.title(item, "liable"),
            fact_summary=found.statement[0],
            statement=found.statement[1:],
            facts=facts,
            compliant_ids=tuple(f.question_id for f in plain),
            laws=self._laws(found),
            penalty=found.exposure,
            severity=item.severity,
            severity_label=self.guide.scoring.severity_name(item.severity).text(self.lang),
            severity_reason=severity_reason(self.guide, item, self.lang),
            risk_line=risk_line,
            remediation=tuple(a.line(lang=self.lang) for a in found.advice),
            actions=self._actions(item, suggest=False),
            gain=i.gain_if_fixed,
        )

    def _fact(self, question_id: str) -> Fact:
        record = self.a.records.get(question_id)
        answer = record.answer if record else None
        question = self.guide.questions[question_id]
        return Fact(
            question_id=question_id,
            text=self.title(question, "text"),
            answer=answer_name(answer).text(self.lang),
            answer_key=answer.value if answer else "none",
            note=record.note.strip() if record else "",
            na_reason=record.na_reason if record else "",
            evidence=tuple(reveal_bidi(att.name) for att in self.a.attachments_for(question_id)),
            control=question.is_control,
        )

    def _laws(self, found: Found) -> tuple[LawGroup, ...]:
        """The provisions that concern this company, by role and law."""
        say = self.say
        roles: tuple[tuple[str, tuple[LegalRef, ...]], ...] = (
            (say("义务依据", "Obligation"), found.obligations), (say("处罚依据", "Penalty"), found.penalties),
            (say("刑事责任依据", "Criminal liability"), found.criminal))
        item = self.guide.items[found.item_id]
        groups = []
        for role, refs in roles:
            # law → provision → (quotes, English explanations), in the guide's order
            by_law: dict[str, dict[str, tuple[list[str], list[str]]]] = {}
            for ref in refs:
                quotes, notes = by_law.setdefault(ref.law_id, {}).setdefault(ref.label(self.lang), ([], []))
                if ref.quote and ref.quote not in quotes:
                    quotes.append(ref.quote)
                note = self.guide.explanation(item, ref, self.lang)
                if note and note not in notes:
                    notes.append(note)
            for law_id, provisions in by_law.items():
                groups.append(LawGroup(role, self._law_title(law_id), tuple(
                    Provision(label, "……".join(q.strip() for q in quotes), " ".join(notes))
                    for label, (quotes, notes) in provisions.items()),
                    self.changes.get(law_id, ""), self._law_original(law_id)))
        return tuple(groups)

    def _law_title(self, law_id: str) -> str:
        law = self.guide.laws[law_id]
        if self.en:
            note = self.title(law, "revision_note") if law.revision_note else ""
            return self.title(law) + (f" ({note})" if note else "")
        revision = f"（{law.revision_note}）" if law.revision_note else ""
        return f"《{law.title}》{revision}"

    def _law_original(self, law_id: str) -> str:
        """The Chinese title beside the English one: the quotes are of the Chinese text."""
        return f"《{self.guide.laws[law_id].title}》" if self.en else ""

    def _actions(self, item: Item, suggest: bool) -> tuple[Action, ...]:
        seen: list[ActionItem] = []
        for q in item.question_ids:
            action = self.a.actions.get(q)
            if action is not None and not action.empty and action not in seen:
                seen.append(action)
        actions = tuple(self._action(x) for x in seen)
        if actions or not suggest:
            return actions
        advice = self.found[item.id].advice if item.id in self.found else ()
        if advice and self.en:
            more = f"; {len(advice) - 1} more suggestions under Findings" if len(advice) > 1 else ""
            measure = f"{_sentence(advice[0].text)} (for {', '.join(advice[0].question_ids)}{more})."
        elif advice:
            more = f"；另有 {len(advice) - 1} 项建议，见风险事项详情" if len(advice) > 1 else ""
            measure = f"{_sentence(advice[0].text)}（针对 {'、'.join(advice[0].question_ids)}{more}）。"
        else:
            measure = self.say("制定整改措施", "Plan corrective action")
        return (Action(measure, "—", "—", self.say("尚未制定", "Not planned"), False, True),)

    def _action(self, action: ActionItem) -> Action:
        overdue = is_overdue(action, self.report_date)
        return Action(
            measure=action.measure or self.say("（未填写措施）", "(no measure entered)"),
            owner=action.owner or "—",
            due=self.date(action.due),
            status=action.status.text(self.lang),
            overdue=overdue,
            suggested=False,
            due_date=action.due,
        )

    # -- action plan and appendix

    def plan(self) -> tuple[PlanRow, ...]:
        return tuple(
            PlanRow(rank, i.item_id, self.item_title(i.item_id), _style(i.level), i.gain_if_fixed,
                    self._actions(self.guide.items[i.item_id], suggest=True))
            for rank, i in enumerate(self.s.ranked_open_items(), 1)
        )

    def answer_appendix(self) -> tuple[AnswerChapter, ...]:
        out = []
        for chapter in self.guide.chapters:
            articles = []
            for aid in chapter.article_ids:
                article = self.guide.articles[aid]
                lines = [self.facts[q.id] for q in article.questions if q.id in self.facts]
                if lines:
                    articles.append(AnswerArticle(article.label_in(self.lang), self.title(article), tuple(lines)))
            if articles:
                out.append(AnswerChapter(self.chapter_label[chapter.id], self.title(chapter), tuple(articles)))
        return tuple(out)

    def method(self) -> Method:
        meta = self.guide.meta
        text = describe(self.guide.scoring, self.lang)
        return Method(
            guide_title=self.title(meta),
            guide_version=meta.version,
            guide_effective=self.date(meta.effective_date),
            guide_issuer=self.title(meta, "issuing_body"),
            content_hash=self.guide.content_hash,
            exposures=text.exposures,
            severity_rules=text.severity_rules,
            item_levels=tuple((mark.style, rule) for mark, rule in text.item_levels),
            index_levels=tuple((mark.style, rule) for mark, rule in text.index_levels),
            veto_cap=text.veto_cap.text(self.lang),
            control_cap=text.control_cap,
            law_heading=self.standing.heading(self.lang),
            law_pending=tuple(n.text(self.lang) for n in self.standing.pending),
            law_since=tuple(n.text(self.lang) for n in self.standing.since),
            current_version=self.standing.newer_version,
            enough=text.enough,
        )

    def migration(self) -> MigrationRecord | None:
        from checklist.migrate import REASONS

        a = self.a
        if not (a.reviews or a.archive or a.law_review):
            return None
        order = {qid: n for n, qid in enumerate(self.guide.questions)}
        earlier = sorted({r.since_version for r in a.reviews.values()} | {x.guide_version for x in a.archive})
        lang, say = self.lang, self.say
        reviews = tuple(
            # the earlier wording is the earlier guide's, kept as it was asked (it has no English)
            ReviewRow(qid, self.title(self.guide.questions[qid], "text"),
                      r.old_text if r.old_text != self.guide.questions[qid].text else "",
                      answer_name(r.old_answer).text(lang),
                      self.sep().join(REASONS[k].text(lang) for k in r.reasons if k in REASONS),
                      r.since_version)
            for qid, r in sorted(a.reviews.items(), key=lambda kv: order.get(kv[0], 0))
            if qid in self.guide.questions)
        archived = tuple(
            ArchivedRow(x.question_id, x.guide_version, x.question_text, answer_name(x.answer).text(lang),
                        x.note.strip(),
                        say("；", "; ").join(part for part in (
                            _sentence(x.action.measure),
                            x.action.owner and say(f"责任人 {x.action.owner}", f"owner {x.action.owner}"),
                            x.action.due and say(f"期限 {self.date(x.action.due)}", f"due {self.date(x.action.due)}"),
                            x.action.status.text(lang)) if part)
                        if x.action and not x.action.empty else "",
                        self.date(x.archived_at.date()))
            for x in a.archive)
        return MigrationRecord(
            versions=f"{'、'.join(earlier)} → {self.guide.meta.version}" if earlier else self.guide.meta.version,
            reviews=reviews,
            law_review=tuple((i, self.guide.items[i].title) for i in a.law_review if i in self.guide.items),
            archived=archived)

    # -- draft or final, the engagement, the laws cited

    def status(self) -> ReportStatus:
        missing = completeness(self.a, consultant=self.consultant)
        lines = tuple(m.text(self.lang) for m in missing.lines())
        signoff = current_signoff(self.a)
        if signoff is None:
            return ReportStatus(False, lines + (i18n.text("status.not_signed", self.lang),))
        return ReportStatus(missing.complete, lines, one_line(signoff.by), signoff.licence,
                            self.date(signoff.at.date()))

    def engagement(self) -> EngagementPart | None:
        if not self.consultant:
            return None
        e, p, s = self.a.engagement, self.a.profile, self.s
        documents = tuple(d.strip() for d in e.documents if d.strip())
        evidence = tuple(EvidenceRow(x.question_id, reveal_bidi(x.name)) for x in self.a.attachments
                         if x.question_id in self.facts)
        guide = self.guide.meta
        method = self._method_en(documents, evidence) if self.en else [
            f"以《{guide.title}》（版本 {guide.version}）为检查标准：该指引列有 {len(self.guide.items)} 项高频违规事项、"
            f"{len(self.guide.questions)} 个检查问题。按委托方的企业画像，适用其中 {s.applicable_questions} 个问题、"
            f"{len(self.guide.items) - s.not_applicable} 项违规事项。",
            f"委托方逐题填写问卷（已作答 {s.answered} / {s.applicable_questions} 个适用问题），并就部分问题提供备注和证据材料；"
            + (f"承办律师审阅了 {len(documents)} 件文件资料" if documents else "承办律师审阅了委托方提供的材料")
            + (f"和随问卷提供的 {len(evidence)} 件证据材料" if evidence else "")
            + (f"，并访谈了 {len(e.interviews)} 人次" if e.interviews else "") + "（见附录“审阅文件与访谈”）。",
            "每一违规事项的风险值由严重程度（由法律后果推定）与暴露程度（由作答推定）相乘得出，据此评定等级、计算健康指数"
            f"（见附录“评分方法”）；法律依据为指引施行之日现行有效的文本（{self.standing.heading()}）。",
        ]
        return EngagementPart(
            reference=e.reference or "—",
            firm=self.firm or "—",
            scope=e.scope,
            as_of=self.date(e.as_of),
            method=tuple(method),
            assumptions=e.assumptions,
            documents=documents,
            evidence=evidence,
            interviews=tuple(InterviewRow(i.name, i.position or "—", self.date(i.day)) for i in e.interviews),
            lawyers=tuple(Signatory(lw.name, lw.licence or "—") for lw in e.lawyers),
            partner=Signatory(e.partner.name, e.partner.licence or "—") if e.partner else None,
            contacts=self._contacts(),
            client_assessor=p.assessor or "—",
            client_reviewer=p.reviewer or "—",
        )

    def _method_en(self, documents: tuple[str, ...], evidence: tuple[EvidenceRow, ...]) -> list[str]:
        """How the check-up was done, in English: the sentences of ``engagement`` for an English report."""
        e, s, guide = self.a.engagement, self.s, self.guide.meta
        reviewed = (f"the handling lawyers reviewed {len(documents)} documents" if documents
                    else "the handling lawyers reviewed the materials the client provided")
        reviewed += f" and {len(evidence)} pieces of evidence provided with the questionnaire" if evidence else ""
        reviewed += f", and held {len(e.interviews)} interviews" if e.interviews else ""
        return [
            f"The standard applied is the {self.title(guide)} (version {guide.version}), which lists "
            f"{len(self.guide.items)} high-frequency violation items and {len(self.guide.questions)} check "
            f"questions. By the client's company profile, {s.applicable_questions} questions and "
            f"{len(self.guide.items) - s.not_applicable} violation items apply.",
            f"The client completed the questionnaire question by question ({s.answered} of "
            f"{s.applicable_questions} applicable questions answered) and gave notes and evidence for some "
            f"questions; {reviewed} (see the appendix “Documents reviewed and interviews”).",
            "Each violation item's risk is its severity (from the legal consequences) times its exposure (from the "
            "answers), from which its level and the health index follow (see the appendix “Scoring method”); the "
            f"legal basis is the text in force on the day the guide took effect ({self.standing.heading('en')}).",
        ]

    def _contacts(self) -> tuple[ContactRow, ...]:
        """The client's contacts, the questionnaire's assessor and reviewer among them with that role named."""
        p = self.a.profile
        roles = {name: role for name, role in ((p.reviewer, self.say("委托方审核人", "client's reviewer")),
                                               (p.assessor, self.say("问卷填报人", "completed the questionnaire")))
                 if name.strip()}
        rows = []
        for c in self.a.engagement.contacts:
            role = roles.pop(c.name.strip(), "")
            position = self.say("，", ", ").join(part for part in (c.position, role) if part)
            rows.append(ContactRow(c.name, position or "—", c.phone or "—"))
        rows += [ContactRow(name, role, "—") for name, role in reversed(roles.items())]
        return tuple(rows)

    def laws_cited(self, findings: tuple[ChapterFindings, ...]) -> tuple[LawCited, ...]:
        """Every law the findings cite, in the order of the registry, each with the articles cited."""
        cited: dict[str, list[str]] = {}
        for chapter in findings:
            for f in chapter.findings:
                for g in f.laws:
                    articles = cited.setdefault(g.law, [])
                    articles += [p.article for p in g.provisions if p.article not in articles]
        out = []
        for law_id, law in self.guide.laws.items():
            title = self._law_title(law_id)
            if title not in cited:
                continue
            order = {ref.label(self.lang): (ref.article, ref.article_sub, ref.paragraph or 0)
                     for item in self.guide.items.values()
                     for ref in item.obligation_basis + item.penalty_basis + item.criminal_basis
                     if ref.law_id == law_id}
            articles = _grouped(sorted(cited.pop(title), key=lambda a: order.get(a, (10**6, 0, 0))), order,
                                self.lang)
            if self.en:
                version = "; ".join(part for part in (
                    law.revision_note and self.title(law, "revision_note"),
                    law.effective and f"in force from {self.date(law.effective)}") if part)
                name = self.title(law)
            else:
                version = "，".join(part for part in (
                    law.revision_note, law.effective and f"{self.date(law.effective)}起施行") if part)
                name = f"《{law.title}》"
            out.append(LawCited(name, version or "—", self.title(law, "issuing_body"), tuple(articles),
                                self.changes.get(law_id, ""), self._law_original(law_id)))
        return tuple(out)

    def disclaimer(self) -> tuple[str, ...]:
        lang = self.lang
        if self.consultant:  # the firm's words; the guide's notice speaks to a company checking itself
            own = tuple(line.strip() for line in self.options.disclaimer.splitlines() if line.strip())
            return own or tuple(m.text(lang) for m in FIRM_DISCLAIMER_TEXT)
        notice = tuple(line.strip() for line in self.title(self.guide.meta, "notice").splitlines() if line.strip())
        if self.standing.since:  # the guide's own notice speaks of the law as it stood when it was published
            version = self.guide.meta.version
            if self.en:
                where = (" are under “Law status” in the appendix “Scoring method”" if "method" in self.options.sections
                         else ": " + " ".join(n.text(lang) for n in self.standing.since))
                notice += (f"The above was written when version {version} of the guide was published; the changes "
                           f"in the cited laws since{where}".rstrip(".") + ".",)
            else:
                where = ("见附录“评分方法”中的“法律状态”" if "method" in self.options.sections
                         else "：" + "".join(n.text() for n in self.standing.since))
                notice += (f"以上为指引 {version} 版发布时的说明；此后所引法律的变化{where}".rstrip("。") + "。",)
        notice += (NOT_LEGAL_ADVICE_TEXT.text(lang),)
        if self.options.template == Template.CONSULTANT:  # the firm's report is the advice it would refer to
            notice = tuple(_without_referral(p) for p in notice)
        return tuple(p for p in notice if p)


def _grouped(labels: list[str], order: dict[str, tuple[int, int, int]], lang: str = "zh") -> tuple[str, ...]:
    """Provisions of one article written once: 第五十三条第一款、第二款 (Article 53(1), (2)); an article cited
    whole covers its paragraphs. ``labels`` are in the law's order; one not in ``order`` stands as it is."""
    from checklist.numerals import article_label, chinese_number, english_article_label

    groups: dict[tuple[int, int] | str, list[int]] = {}
    for label in labels:
        key = order.get(label)
        if key is None:
            groups[label] = []
            continue
        paragraphs = groups.setdefault(key[:2], [])
        paragraphs.append(key[2])
    out = []
    for key, paragraphs in groups.items():
        if isinstance(key, str):
            out.append(key)
        elif lang == "en":
            out.append(english_article_label(*key) if 0 in paragraphs else english_article_label(
                *key, paragraphs[0]) + "".join(f", ({n})" for n in paragraphs[1:]))
        elif 0 in paragraphs:
            out.append(article_label(*key))
        else:
            out.append(article_label(*key, paragraphs[0]) + "".join(
                f"、第{chinese_number(n)}款" for n in paragraphs[1:]))
    return tuple(out)


def _style(level: Level | None) -> MarkStyle:
    return Mark.of(level).style


def _without_referral(paragraph: str) -> str:
    """A self-check paragraph without the sentence that sends the reader to a lawyer."""
    if "咨询执业律师" in paragraph:
        return "".join(part for part in re.findall(r"[^。]*。?", paragraph) if "咨询执业律师" not in part)
    sentences = re.split(r"(?<=\.)\s+", paragraph)
    return " ".join(part for part in sentences if "consult a practising lawyer" not in part)


def _sentence(text: str) -> str:
    """Guide remediation lines end in 。; drop it so a parenthesis can follow."""
    return text.strip().rstrip("。；;.")


# The fields printed on one line: names, titles, codes. Every other string of the model is a paragraph.
_LINE_FIELDS: dict[type, frozenset[str]] = {
    Cover: frozenset(f.name for f in fields(Cover)) - {"issuing_party", "distribution"},  # made of one-line parts
    TopItem: frozenset({"item_id", "title", "chapter"}),
    VetoItem: frozenset({"item_id", "title"}),
    Fact: frozenset({"question_id", "evidence"}),
    LawGroup: frozenset({"law", "original"}),
    Action: frozenset({"owner"}),
    Finding: frozenset({"item_id", "title", "compliant_ids"}),
    ClearItem: frozenset({"item_id", "title"}),
    ChapterFindings: frozenset({"chapter_id", "title"}),
    PlanRow: frozenset({"item_id", "title"}),
    AnswerArticle: frozenset({"title"}),
    AnswerChapter: frozenset({"title"}),
    MatrixCell: frozenset({"items"}),
    # the method's tables lay out automatically, which costs the square of a cell's length
    Method: frozenset({"guide_title", "guide_version", "guide_effective", "guide_issuer", "content_hash",
                       "exposures", "severity_rules", "item_levels", "index_levels", "veto_cap", "control_cap",
                       "law_heading", "current_version"}),
}
_LINE_FIELDS.update({
    Signatory: frozenset({"name", "licence"}),
    InterviewRow: frozenset({"name", "position", "date"}),
    ContactRow: frozenset({"name", "position", "phone"}),
    EvidenceRow: frozenset({"question_id", "name"}),
    EngagementPart: frozenset({"reference", "firm", "as_of", "client_assessor", "client_reviewer"}),
    LawCited: frozenset({"law", "version", "issuer", "articles", "original"}),
    ReportStatus: frozenset({"signed_by", "signed_licence", "signed_on"}),
})
_MODEL_TYPES = frozenset({*_LINE_FIELDS, CountRow, Summary, Matrix, Provision, ReportModel})


def _tidy(value: Any, line: bool = False) -> Any:
    """Every string of the model as the report prints it: see one_line and paragraph."""
    if isinstance(value, str):
        return one_line(value) if line else paragraph(value)
    if isinstance(value, tuple):
        return tuple(_tidy(v, line) for v in value)
    if is_dataclass(value) and type(value) in _MODEL_TYPES:
        lines = _LINE_FIELDS.get(type(value), frozenset())
        return replace(value, **{f.name: _tidy(getattr(value, f.name), f.name in lines) for f in fields(value)})
    return value
