"""Small SVG charts drawn in Python and embedded inline, so they stay vector in the PDF.

Each chart reads in black and white: every bar or cell carries its level's name or
shape as text, and fills use a pattern per level besides the colour. All text from
the guide or the assessment is XML-escaped here.
"""

from __future__ import annotations

from html import escape

from markupsafe import Markup

from checklist.vocabulary import Mark

from .i18n import text
from .model import ChapterFindings, CountRow, Matrix
from .palette import GREY, INK, RULE

FONT = "Noto Sans CJK SC, Source Han Sans SC, sans-serif"
WIDTH = 600  # user units; the SVG scales to the text width


def _t(text: str) -> str:
    return escape(text, quote=True)


def _patterns(prefix: str) -> str:
    """One pattern per level: colour plus a texture that survives a grey-scale print."""
    m = {mark.value: mark.style for mark in Mark}
    return (
        "<defs>"
        f'<pattern id="{prefix}-red" width="6" height="6" patternUnits="userSpaceOnUse">'
        f'<rect width="6" height="6" fill="{m["red"].fill}"/>'
        '<path d="M0 0L6 6M6 0L0 6" stroke="#FFFFFF" stroke-width="0.8"/></pattern>'
        f'<pattern id="{prefix}-orange" width="6" height="6" patternUnits="userSpaceOnUse">'
        f'<rect width="6" height="6" fill="{m["orange"].fill}"/>'
        '<path d="M0 6L6 0" stroke="#FFFFFF" stroke-width="1"/></pattern>'
        f'<pattern id="{prefix}-yellow" width="5" height="5" patternUnits="userSpaceOnUse">'
        f'<rect width="5" height="5" fill="{m["yellow"].fill}"/>'
        '<circle cx="2.5" cy="2.5" r="0.9" fill="#1A1A1A" fill-opacity="0.45"/></pattern>'
        f'<pattern id="{prefix}-unassessed" width="6" height="6" patternUnits="userSpaceOnUse">'
        f'<rect width="6" height="6" fill="{m["unassessed"].fill}"/>'
        '<path d="M3 0V6" stroke="#8A939F" stroke-width="0.6"/></pattern>'
        f'<pattern id="{prefix}-na" width="6" height="6" patternUnits="userSpaceOnUse">'
        f'<rect width="6" height="6" fill="{m["na"].fill}"/>'
        '<path d="M0 3H6" stroke="#9CA3AF" stroke-width="0.6"/></pattern>'
        "</defs>"
    )


def _fill(prefix: str, key: str) -> str:
    """The fill of a level: its pattern, or plain colour for green (no texture means no risk)."""
    return Mark.GREEN.style.fill if key == Mark.GREEN else f"url(#{prefix}-{key})"


def _svg(height: float, body: str, label: str) -> Markup:
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {height:g}" '
        f'width="{WIDTH}" height="{height:g}" role="img" aria-label="{_t(label)}" '
        f'font-family="{FONT}">{body}</svg>'
    )


def chapter_bars(rows: tuple[ChapterFindings, ...], lang: str = "zh") -> Markup:
    """Health index per chapter, 0–100: the chapter's name above its bar, the index and level beside it."""
    bar_w, bar_h = 430, 14
    row_h = 38
    top = 22
    height = top + row_h * len(rows) + 22
    out = [_patterns("bar")]
    # gridlines run behind the bars only, so they never cross a chapter's name or its 不适用 note;
    # one path for all of them
    grid = []
    for tick in range(0, 101, 20):
        x = bar_w * tick / 100
        anchor = "start" if tick == 0 else "end" if tick == 100 else "middle"
        out.append(f'<text x="{x:g}" y="{top - 8}" font-size="9" fill="{GREY}" text-anchor="{anchor}">{tick}</text>')
        grid += [f"M{x:g} {top + row_h * k + 17:g}V{top + row_h * k + 35:g}"
                 for k, row in enumerate(rows) if row.index_value is not None]
    out.append(f'<path d="{"".join(grid)}" stroke="{RULE}" stroke-width="0.6" fill="none"/>')
    y = top
    gap = "  " if lang == "en" else "　"
    for row in rows:
        out.append(f'<text x="2" y="{y + 13:g}" font-size="11" fill="{INK}">{_t(row.label)}{gap}{_t(row.title)}</text>')
        by = y + 19
        if row.index_value is None:
            why = text("chart.chapter_unassessed" if row.mark.key == Mark.UNASSESSED else "chart.chapter_na", lang)
            out.append(f'<text x="2" y="{by + 11:g}" font-size="10.5" fill="{GREY}">{row.mark.icon} {why}</text>')
        else:
            w = max(bar_w * row.index_value / 100, 1.5)
            out.append(f'<rect x="0" y="{by:g}" width="{w:g}" height="{bar_h}" '
                       f'fill="{_fill("bar", row.mark.key)}" stroke="{INK}" stroke-width="0.5"/>')
            out.append(f'<text x="{bar_w + 10}" y="{by + 11.5:g}" font-size="11" fill="{INK}">'
                       f'<tspan font-weight="bold">{_t(row.index)}</tspan>  {row.mark.icon} {row.mark.name.text(lang)}</text>')
        y += row_h
    out.append(f'<text x="{bar_w / 2:g}" y="{height - 6}" font-size="9" fill="{GREY}" '
               'text-anchor="middle">' + text("chart.index_axis", lang) + '</text>')
    return _svg(height, "".join(out), text("chart.bars_label", lang))


def risk_matrix(matrix: Matrix, lang: str = "zh") -> Markup:
    """Severity (rows) × exposure (columns); each applicable item's id sits in its cell."""
    head_w, axis_w = 64, 22
    col_w = (WIDTH - head_w - axis_w) / max(len(matrix.exposures), 1)
    per_line = max(int((col_w - 12) // 34), 1)
    head_h, line_h = 40, 14
    row_heights = []
    for cells in matrix.cells:
        lines = max((-(-len(c.items) // per_line) for c in cells), default=0)
        row_heights.append(max(40, 24 + lines * line_h + 4))
    height = head_h + sum(row_heights) + 22
    x0 = axis_w + head_w
    out = []
    out.append(f'<text x="{x0 + col_w * len(matrix.exposures) / 2:g}" y="12" font-size="10" fill="{INK}" '
               'text-anchor="middle" font-weight="bold">' + text("chart.exposure_axis", lang) + '</text>')
    for j, label in enumerate(matrix.exposure_labels):
        out.append(f'<text x="{x0 + col_w * (j + 0.5):g}" y="32" font-size="9.5" fill="{INK}" '
                   f'text-anchor="middle">{_t(label)}</text>')
    # Chinese axis titles read top to bottom, one upright character under the other; English ones turn.
    mid = head_h + sum(row_heights) / 2
    axis = text("chart.severity_axis", lang)
    if lang == "en":
        out.append(f'<text x="12" y="{mid:g}" font-size="10" fill="{INK}" font-weight="bold" text-anchor="middle" '
                   f'transform="rotate(-90 12 {mid:g})">{_t(axis)}</text>')
    else:
        for k, char in enumerate(axis):
            out.append(f'<text x="10" y="{mid - 22 + k * 14:g}" font-size="10" fill="{INK}" font-weight="bold" '
                       f'text-anchor="middle">{char}</text>')
    y = head_h
    for (severity, name), cells, h in zip(matrix.severities, matrix.cells, row_heights, strict=True):
        out.append(f'<text x="{x0 - 8}" y="{y + h / 2 + 4:g}" font-size="10" fill="{INK}" '
                   f'text-anchor="end">{severity} {_t(name)}</text>')
        for j, cell in enumerate(cells):
            cx = x0 + col_w * j
            m = cell.mark
            out.append(f'<rect x="{cx:g}" y="{y:g}" width="{col_w:g}" height="{h}" fill="{m.tint}" '
                       f'stroke="#FFFFFF" stroke-width="2"/>')
            out.append(f'<text x="{cx + 6:g}" y="{y + 14:g}" font-size="9" fill="{m.tint_ink}">'
                       f'{m.icon} {m.short.text(lang)}</text>')
            for line in range(0, len(cell.items), per_line):
                ids = "  ".join(f"{_t(i)}{'*' if pending else ''}" for i, pending in cell.items[line:line + per_line])
                out.append(f'<text x="{cx + 8:g}" y="{y + 30 + line // per_line * line_h:g}" font-size="10" '
                           f'fill="{INK}" font-weight="bold">{ids}</text>')
        y += h
    out.append(f'<text x="{x0}" y="{height - 6}" font-size="9" fill="{GREY}">'
               + _t(text("chart.matrix_note", lang)) + '</text>')
    return _svg(height, "".join(out), text("chart.matrix_label", lang))


def level_share(counts: tuple[CountRow, ...], lang: str = "zh") -> Markup:
    """Share of the applicable items by level, as one 100 % bar and a labelled legend; the items that do not
    apply (the row without a share) are named in the legend but take no part of the bar."""
    total = sum(c.count for c in counts if c.share is not None)
    bar_y, bar_h = 6, 26
    out = [_patterns("share")]
    x = 0.0
    if total:
        for c in counts:
            if not c.count or c.share is None:
                continue
            w = WIDTH * c.count / total
            out.append(f'<rect x="{x:g}" y="{bar_y}" width="{w:g}" height="{bar_h}" fill="{_fill("share", c.mark.key)}" '
                       f'stroke="#FFFFFF" stroke-width="1"/>')
            if w >= 22:
                # the icon names the level even where the segment is too narrow for words
                out.append(f'<rect x="{x + w / 2 - 9:g}" y="{bar_y + 5}" width="18" height="16" fill="{c.mark.fill}"/>')
                out.append(f'<text x="{x + w / 2:g}" y="{bar_y + 18}" font-size="11" fill="{c.mark.ink}" '
                           f'text-anchor="middle">{c.mark.icon}</text>')
            x += w
    else:
        out.append(f'<rect x="0" y="{bar_y}" width="{WIDTH}" height="{bar_h}" fill="none" stroke="{RULE}"/>')
    legend_y = bar_y + bar_h + 22
    col = WIDTH / 3
    for k, c in enumerate(counts):
        lx, ly = col * (k % 3), legend_y + 20 * (k // 3)
        share = text("summary.apart", lang) if c.share is None else f"{c.share * 100:.0f}%" if total else "—"
        out.append(f'<rect x="{lx:g}" y="{ly - 11:g}" width="16" height="14" fill="{_fill("share", c.mark.key)}"/>')
        out.append(f'<text x="{lx + 22:g}" y="{ly:g}" font-size="10.5" fill="{INK}">{c.mark.icon} '
                   f'{c.mark.name.text(lang)}  {text("chart.items", lang, n=c.count, share=share)}</text>')
    height = legend_y + 20 * ((len(counts) + 2) // 3)
    return _svg(height, "".join(out), text("chart.share_label", lang))
