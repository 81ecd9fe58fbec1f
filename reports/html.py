"""The report model as HTML: Jinja2 templates (autoescaped) plus the paged-media stylesheet."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from checklist.numerals import chinese_number
from checklist.vocabulary import MARK_STYLES, points_text

from . import charts, i18n
from .fetcher import STATIC_DIR, TEMPLATES_DIR
from .model import ReportModel, printable
from .options import DISCLAIMER_TITLE, MIGRATION_TITLE, ReportOptions, Section
from .palette import readable_accent

DISCLAIMER = "disclaimer"  # the heading key of the disclaimer, always in the appendix
MIGRATION = "migration"  # the migration record: in the appendix whenever there is one, never left out
# The consultant's report: its scope and method come first, what it relied on and the law it cites in the appendix.
SCOPE, DOCUMENTS, LAWS = "scope", "documents", "laws"
CONSULTANT_PARTS = {key: i18n.TEXTS[f"part.{key}"] for key in (SCOPE, DOCUMENTS, LAWS)}


@dataclass(frozen=True)
class Heading:
    key: str
    anchor: str
    number: str  # 一、 or （一）; 1. or A. in English
    title: str

    @property
    def text(self) -> str:
        return f"{self.number}{self.title}"


def headings(options: ReportOptions, migrated: bool = False) -> tuple[tuple[Heading, ...], tuple[Heading, ...]]:
    """Section headings numbered over the sections actually included (GB/T 9704: 一、 then （一）)."""
    lang = options.language
    consultant = options.template == "consultant"
    main = [(s.value, s.title.text(lang)) for s in Section if s in options.sections and not s.in_appendix]
    appendix = [(s.value, s.title.text(lang)) for s in Section if s in options.sections and s.in_appendix]
    if consultant:
        main.insert(0, (SCOPE, CONSULTANT_PARTS[SCOPE].text(lang)))
        appendix[:0] = [(DOCUMENTS, CONSULTANT_PARTS[DOCUMENTS].text(lang)), (LAWS, CONSULTANT_PARTS[LAWS].text(lang))]
    if migrated:
        appendix.append((MIGRATION, MIGRATION_TITLE.text(lang)))
    appendix.append((DISCLAIMER, DISCLAIMER_TITLE.text(lang)))
    return (
        tuple(Heading(k, f"sec-{k}", i18n.section_number(n, lang), title) for n, (k, title) in enumerate(main, 1)),
        tuple(Heading(k, f"sec-{k}", i18n.appendix_number(n, lang), title) for n, (k, title) in enumerate(appendix, 1)),
    )


# Where a line may break in any text: after an ASCII space, tab or newline (unless a word joiner follows),
# and between two ideographs. Everything between two such places is a "word" to the line breaker. A word
# longer than _LONG_WORD characters (a pasted URL, a hash, "AAAA…", but also "。。。。", "药\u2060药\u2060…"
# or "药\u00a0药\u00a0…", which glue characters together) gets an invisible break point every _STEP
# widths (an ideograph is two, other characters one): a piece is narrower than the narrowest column, so
# WeasyPrint never has to measure a word character by character to fit it.
_IDEOGRAPH = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_BREAK = re.compile(f"(?<=[ \t\n])(?![\u2060\ufeff])|(?<=[{_IDEOGRAPH}])(?=[{_IDEOGRAPH}])")
_LONG_WORD = 40
_STEP = 20
_ZWSP = "\u200b"
_ZWJ = "\u200d"


def _joins_previous(text: str, i: int) -> bool:
    """Whether a break before ``text[i]`` would split a character from its marks or an emoji sequence."""
    ch = text[i]
    return (unicodedata.category(ch).startswith("M") or ch in "\u200d\u2060\ufeff" or text[i - 1] == _ZWJ
            or "\U0001f3fb" <= ch <= "\U0001f3ff")


def _break_word(word: str) -> str:
    if len(word) <= _LONG_WORD:
        return word
    out: list[str] = []
    width = 0
    for i, ch in enumerate(word):
        # a break point once a piece is _STEP wide, not inside a cluster unless the cluster goes on and on
        if width >= _STEP and (width >= _STEP + 8 or not _joins_previous(word, i)):
            out.append(_ZWSP)
            width = 0
        out.append(ch)
        width += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return "".join(out)


def soft_breaks(value: object) -> object:
    """Insert zero-width spaces into long unbreakable runs of user text, and drop control characters.

    CSS ``overflow-wrap: anywhere`` alone would also wrap them, but WeasyPrint then
    measures such a word character by character: a 10,000-character note took
    seconds, 20,000 full stops "。" a minute. Markup (our own SVG and CSS) passes through
    untouched. The model is already printable (reports.model.printable); a value a
    template makes itself is too.
    """
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    value = printable(value)
    if len(value) <= _LONG_WORD:
        return value
    return "".join(_break_word(word) for word in _BREAK.split(value))


# The last two ideographs of a paragraph or list item, before any closing punctuation: a word joiner
# between them keeps it from ending on a line of one character (“药。” alone under a full line reads as a
# mistake). Only at the end of a block, so names and titles elsewhere stay as written.
_LAST_TWO = re.compile(f"(?<=[{_IDEOGRAPH}])(?=[{_IDEOGRAPH}][^{_IDEOGRAPH}\\s<>]{{0,3}}</(?:p|li|td|h[1-4])>)")


_LAST_AFTER_NUMBER = re.compile(f"(?<=[0-9]) (?=[{_IDEOGRAPH}][^{_IDEOGRAPH}\\s<>]{{0,3}}</(?:p|li|td|h[1-4])>)")


def no_lone_last_character(page: str) -> str:
    return _LAST_AFTER_NUMBER.sub("\u00a0", _LAST_TWO.sub("\u2060", page))


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,  # every value from the assessment or the guide is escaped
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=soft_breaks,
    )
    env.filters["cn"] = chinese_number
    env.filters["points"] = points_text
    return env


@lru_cache(maxsize=1)
def stylesheet() -> str:
    return (STATIC_DIR / "report.css").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def level_rules() -> Markup:
    """Badge colours from the palette, so the report, its charts and the app share one source."""
    return Markup("".join(f".badge-{m.key} {{ background: {m.fill}; color: {m.ink}; }}\n" for m in MARK_STYLES.values()))


def translator(lang: str):  # noqa: ANN201 - a template global
    """``t(key, **values)`` for the templates: the catalogue's text in ``lang``, the values escaped (with the
    soft breaks of user text) and the result markup, so a template never escapes it twice."""

    def t(key: str, **values: object) -> Markup:
        safe = {k: v if isinstance(v, Markup) else escape(soft_breaks(v)) for k, v in values.items()}
        return Markup(escape(i18n.TEXTS[key].text(lang))).format(**safe) if values else escape(
            i18n.TEXTS[key].text(lang))

    return t


def page_rules(lang: str) -> Markup:
    """The page footer in ``lang``: 第 3 页　共 40 页, Page 3 of 40."""
    before, middle, after = (i18n.text(k, lang).replace('"', "") for k in ("page.before", "page.middle", "page.after"))
    content = f'"{before}" counter(page) "{middle}" counter(pages) "{after}" "\\A" string(legend)'
    return Markup("@page { @bottom-center { content: " + content + "; } }")


def render_html(model: ReportModel, options: ReportOptions) -> str:
    """The whole report as one self-contained HTML document (the stylesheet inlined)."""
    lang = options.language
    main, appendix = headings(options, model.migration is not None)
    accent = readable_accent(options.accent)
    # Markup: a URL must not get the soft breaks that long words in text get
    logo_url = Markup(escape(Path(options.logo).resolve().as_uri())) if options.logo else ""
    chart_svgs = {}
    if "charts" in options.sections:
        chart_svgs = {
            "bars": charts.chapter_bars(model.findings, lang),
            "matrix": charts.risk_matrix(model.matrix, lang),
            "share": charts.level_share(model.summary.counts, lang),
        }
    template = environment().get_template(f"{options.template}.html")
    return no_lone_last_character(template.render(
        m=model,
        o=options,
        main=main,
        appendix=appendix,
        heading={h.key: h for h in main + appendix},
        accent=accent,
        logo_url=logo_url,
        css=stylesheet(),
        level_css=level_rules(),
        charts=chart_svgs,
        marks={mark.value: style for mark, style in MARK_STYLES.items()},
        level_meanings={key: meaning.text(lang) for key, meaning in i18n.LEVEL_MEANINGS.items()},
        lang=lang,
        html_lang=i18n.HTML_LANG[lang],
        t=translator(lang),
        sub=lambda n: i18n.sub_number(n, lang),
        sep="、" if lang == "zh" else ", ",
        gap="　" if lang == "zh" else " ",  # between a label and its title: 第一章　设立, Chapter 1 Set-up
        page_css=page_rules(lang),
    ))
