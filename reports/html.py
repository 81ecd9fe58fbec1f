"""The report model as HTML: Jinja2 templates (autoescaped) plus the paged-media stylesheet."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from checklist.numerals import chinese_number

from . import charts
from .fetcher import STATIC_DIR, TEMPLATES_DIR
from .model import ReportModel
from .options import SECTIONS, ReportOptions
from .palette import MARKS, readable_accent

MAIN_SECTIONS = ("summary", "charts", "findings", "plan")
APPENDIX_SECTIONS = ("answers", "method", "disclaimer")  # the disclaimer is always there
TITLES = {**SECTIONS, "disclaimer": "免责声明"}


@dataclass(frozen=True)
class Heading:
    key: str
    anchor: str
    number: str  # 一、 or （一）
    title: str

    @property
    def text(self) -> str:
        return f"{self.number}{self.title}"


def headings(options: ReportOptions) -> tuple[tuple[Heading, ...], tuple[Heading, ...]]:
    """Section headings numbered over the sections actually included (GB/T 9704: 一、 then （一）)."""
    main = [key for key in MAIN_SECTIONS if key in options.sections]
    appendix = [key for key in APPENDIX_SECTIONS if key in options.sections or key == "disclaimer"]
    return (
        tuple(Heading(k, f"sec-{k}", f"{chinese_number(n)}、", TITLES[k]) for n, k in enumerate(main, 1)),
        tuple(Heading(k, f"sec-{k}", f"（{chinese_number(n)}）", TITLES[k]) for n, k in enumerate(appendix, 1)),
    )


# A run of characters with no break opportunity (a pasted URL, a hash, "AAAA…"): CJK text and
# spaces break by themselves, anything else longer than this gets invisible break points.
_UNBREAKABLE = re.compile(r"[^\s\u2e80-\u9fff\uf900-\ufaff\ufe30-\uffef]{40,}")
_ZWSP = "\u200b"


def soft_breaks(value: object) -> object:
    """Insert zero-width spaces into long unbreakable runs of user text.

    CSS ``overflow-wrap: anywhere`` alone would also wrap them, but WeasyPrint then
    measures such a word character by character: a 10,000-character note took
    seconds. Markup (our own SVG and CSS) passes through untouched.
    """
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    return _UNBREAKABLE.sub(lambda m: _ZWSP.join(m[0][i:i + 20] for i in range(0, len(m[0]), 20)), value)


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
    env.filters["points"] = lambda v: f"{v:.1f}"
    return env


@lru_cache(maxsize=1)
def stylesheet() -> str:
    return (STATIC_DIR / "report.css").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def level_rules() -> Markup:
    """Badge colours from the palette, so the report, its charts and the app share one source."""
    return Markup("".join(f".badge-{m.key} {{ background: {m.fill}; color: {m.ink}; }}\n" for m in MARKS.values()))


def render_html(model: ReportModel, options: ReportOptions) -> str:
    """The whole report as one self-contained HTML document (the stylesheet inlined)."""
    main, appendix = headings(options)
    accent = readable_accent(options.accent)
    # Markup: a URL must not get the soft breaks that long words in text get
    logo_url = Markup(escape(Path(options.logo).resolve().as_uri())) if options.logo else ""
    chart_svgs = {}
    if "charts" in options.sections:
        chart_svgs = {
            "bars": charts.chapter_bars(model.findings),
            "matrix": charts.risk_matrix(model.matrix),
            "share": charts.level_share(model.summary.counts),
        }
    template = environment().get_template(f"{options.template}.html")
    return template.render(
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
        marks=MARKS,
    )
