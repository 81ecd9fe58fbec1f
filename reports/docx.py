"""The report as an editable Word document, from the same report model and in the same order as the PDF.

A firm edits the DOCX and re-issues it: headings are Word heading styles (so the contents field and the
navigation pane work), tables are tables, the charts are pictures of the PDF's own SVG, and the page
header, the page-number footer and A4 margins are set up as in the PDF. One function per part of the
report; :data:`SECTION_WRITERS` maps a heading key (reports.html.headings) to its function, so a new
section is one more function there. python-docx is imported on use, never at the app's start.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checklist.numerals import chinese_number
from checklist.vocabulary import MARK_STYLES, Mark, MarkStyle, points_text

from . import charts
from .html import DISCLAIMER, DOCUMENTS, LAWS, MIGRATION, SCOPE, Heading, headings
from .model import LEVEL_MEANINGS, Action, Fact, Finding, ReportModel
from .options import ReportOptions, Template
from .palette import GREY, INK, readable_accent

SERIF = "Noto Serif CJK SC"
SANS = "Noto Sans CJK SC"
TABLE_STYLE = "报告表格"  # paragraph style of table text
NOTE_STYLE = "报告注释"  # muted small text
TEXT_WIDTH_MM = 160  # A4 less the PDF's left and right margins
MARGINS_MM = (28, 24, 24, 26)  # top, right, bottom, left: as reports/static/report.css
CHART_DPI = 200
HEADER_TINT = "EEF1F5"
PAPER_TINT = "F5F7FA"


def write_docx(model: ReportModel, options: ReportOptions, step: Callable[[], None] = lambda: None) -> bytes:
    """The Word document as bytes; ``step()`` is called between parts (it raises to cancel)."""
    import docx

    document = docx.Document()
    writer = _Writer(document, model, options, step)
    writer.write()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --- low-level Word helpers -----------------------------------------------------


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(tag)


def _element(tag: str, **attrs: str) -> Any:
    from docx.oxml import OxmlElement

    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(_qn(key), value)
    return el


def _set_fonts(style_or_run: Any, family: str) -> None:
    """A CJK font for every script of a style or run: w:eastAsia too, and no theme font overriding it."""
    style_or_run.font.name = family
    rpr = style_or_run.element.get_or_add_rPr()
    fonts = rpr.find(_qn("w:rFonts"))
    if fonts is None:
        fonts = _element("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(_qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(_qn(attr), family)


def _rgb(colour: str) -> Any:
    from docx.shared import RGBColor

    return RGBColor.from_string(colour.lstrip("#").upper())


def _shade(target: Any, fill: str) -> None:
    """Background of a table cell (w:tcPr) or a run (w:rPr)."""
    props = target._tc.get_or_add_tcPr() if hasattr(target, "_tc") else target._r.get_or_add_rPr()
    for old in props.findall(_qn("w:shd")):
        props.remove(old)
    props.append(_element("w:shd", **{"w:val": "clear", "w:color": "auto", "w:fill": fill.lstrip("#").upper()}))


def _field(paragraph: Any, instruction: str, shown: str = "") -> None:
    """A Word field (PAGE, NUMPAGES, TOC …) with ``shown`` as its result until Word updates it."""
    run = paragraph.add_run()
    run._r.append(_element("w:fldChar", **{"w:fldCharType": "begin"}))
    code = _element("w:instrText")
    code.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)
    paragraph.add_run()._r.append(_element("w:fldChar", **{"w:fldCharType": "separate"}))
    paragraph.add_run(shown)  # python-docx writes a newline as a line break
    paragraph.add_run()._r.append(_element("w:fldChar", **{"w:fldCharType": "end"}))


def _simple_field(paragraph: Any, instruction: str) -> None:
    """A field Word and LibreOffice compute as they lay out the page (page number, page count)."""
    field = _element("w:fldSimple", **{"w:instr": instruction})
    run = _element("w:r")
    text = _element("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _border_below(paragraph: Any, colour: str) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    borders = _element("w:pBdr")
    borders.append(_element("w:bottom", **{"w:val": "single", "w:sz": "6", "w:space": "4",
                                           "w:color": colour.lstrip("#")}))
    ppr.append(borders)


@dataclass(frozen=True)
class Column:
    title: str
    width_mm: float


# --- the writer ---------------------------------------------------------------------


class _Writer:
    def __init__(self, document: Any, model: ReportModel, options: ReportOptions, step: Callable[[], None]) -> None:
        self.doc, self.m, self.o, self.step = document, model, options, step
        self.accent = readable_accent(options.accent)
        self.main, self.appendix = headings(options, model.migration is not None)
        self._style_ids: dict[str, str] = {}

    def write(self) -> None:
        self._styles()
        self._page_setup()
        self._properties()
        self.cover()
        self.contents()
        for h in self.main:
            self.step()
            SECTION_WRITERS[h.key](self, h)
        SIGNOFF_WRITERS[self.o.template](self)
        self.heading("附录", 1)
        for h in self.appendix:
            self.step()
            SECTION_WRITERS[h.key](self, h)

    # -- set-up

    def _styles(self) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.shared import Pt

        styles = self.doc.styles
        normal = styles["Normal"]
        _set_fonts(normal, SERIF)
        normal.font.size = Pt(10.5)
        normal.font.color.rgb = _rgb(INK)
        normal.paragraph_format.space_after = Pt(4)
        normal.paragraph_format.line_spacing = 1.4
        # Chinese is the text's language, so Word's proofing and line breaking treat it as such
        rpr = normal.element.get_or_add_rPr()
        rpr.append(_element("w:lang", **{"w:val": "zh-CN", "w:eastAsia": "zh-CN"}))
        sizes = {1: 16, 2: 13, 3: 11.5, 4: 10.5}
        for level, size in sizes.items():
            style = styles[f"Heading {level}"]
            _set_fonts(style, SANS)
            style.font.size = Pt(size)
            style.font.bold = True
            style.font.italic = False
            style.font.color.rgb = _rgb(INK if level == 3 else self.accent)
            style.paragraph_format.space_before = Pt({1: 0, 2: 12, 3: 10, 4: 6}[level])
            style.paragraph_format.space_after = Pt({1: 12, 2: 6, 3: 4, 4: 2}[level])
            style.paragraph_format.keep_with_next = True
        styles["Heading 1"].paragraph_format.page_break_before = True
        for name in ("Title", "Header", "Footer", "List Bullet"):
            _set_fonts(styles[name], SANS if name != "List Bullet" else SERIF)
        for name in ("Header", "Footer"):
            styles[name].font.size = Pt(8.5)
            styles[name].font.color.rgb = _rgb(GREY)
        table = styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        table.base_style = normal
        _set_fonts(table, SANS)
        table.font.size = Pt(9)
        table.paragraph_format.space_after = Pt(0)
        table.paragraph_format.line_spacing = 1.2
        note = styles.add_style(NOTE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        note.base_style = normal
        _set_fonts(note, SANS)
        note.font.size = Pt(9)
        note.font.color.rgb = _rgb(GREY)

    def _page_setup(self) -> None:
        from docx.enum.text import WD_TAB_ALIGNMENT
        from docx.shared import Mm

        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        top, right, bottom, left = MARGINS_MM
        section.top_margin, section.right_margin = Mm(top), Mm(right)
        section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)
        section.header_distance, section.footer_distance = Mm(14), Mm(12)
        section.different_first_page_header_footer = True  # the cover has neither
        # the header style's own stops (centre and right of a Letter page) would catch the tab first
        stops = self.doc.styles["Header"].paragraph_format.tab_stops
        for stop in list(stops):
            stops._pPr.tabs.remove(stop._tab)
        stops.add_tab_stop(Mm(TEXT_WIDTH_MM), WD_TAB_ALIGNMENT.RIGHT)
        header = section.header.paragraphs[0]
        header.add_run(f"{self.m.cover.company}　{self.m.cover.report_number}")
        secret = header.add_run(f"\t{self.m.cover.confidentiality}")
        secret.font.color.rgb = _rgb(self.accent)
        _border_below(header, self.accent)
        footer = section.footer.paragraphs[0]
        footer.alignment = 1  # centre
        footer.add_run("第 ")
        _simple_field(footer, "PAGE")
        footer.add_run(" 页　共 ")
        _simple_field(footer, "NUMPAGES")
        footer.add_run(" 页")
        # Word refreshes the contents and page numbers when the document opens (it asks first). Word wants
        # the settings in the schema's order: updateFields goes before these
        settings = self.doc.settings.element
        later = [settings.find(_qn(tag)) for tag in ("w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat")]
        update = _element("w:updateFields", **{"w:val": "true"})
        following = next((el for el in later if el is not None), None)
        if following is not None:
            following.addprevious(update)
        else:
            settings.append(update)
        theme_lang = settings.find(_qn("w:themeFontLang"))
        if theme_lang is not None:  # East Asian text is Chinese, for Word's choice of fonts and line breaking
            theme_lang.set(_qn("w:eastAsia"), "zh-CN")

    def _properties(self) -> None:
        props = self.doc.core_properties
        c = self.m.cover
        props.title = f"{c.title} — {c.company}"
        props.subject = c.company
        props.author = c.issuing_party
        props.keywords = c.report_number
        props.language = "zh-CN"
        props.comments = f"依据《{c.guide_title}》（版本 {c.guide_version}）"

    # -- building blocks

    def para(self, text: str = "", style: str | None = None, *, bold: bool = False) -> Any:
        p = self.doc.add_paragraph()
        if style:
            p._p.style = self.style_id(style)
        if text:
            p.add_run(text).bold = bold
        return p

    def heading(self, text: str, level: int) -> Any:
        return self.para(text, f"Heading {level}")

    def style_id(self, name: str) -> str:
        """The id of a style by its name, looked up once (python-docx searches every style at each lookup)."""
        if name not in self._style_ids:
            self._style_ids[name] = self.doc.styles[name].style_id
        return self._style_ids[name]

    def badge(self, paragraph: Any, mark: MarkStyle) -> None:
        """A level as the PDF's badge: shape and name on its colour (readable without the colour)."""
        run = paragraph.add_run(f" {mark.icon} {mark.label} ")
        run.bold = True
        run.font.color.rgb = _rgb(mark.ink)
        _set_fonts(run, SANS)
        _shade(run, mark.fill)

    def table(self, columns: Sequence[Column], header: bool = True) -> Any:
        from docx.shared import Mm

        t = self.doc.add_table(rows=1 if header else 0, cols=len(columns))
        t._tbl.tblStyle_val = self.style_id("Table Grid")
        t.autofit = False
        for col, spec in zip(t.columns, columns, strict=True):
            col.width = Mm(spec.width_mm)
        if header:
            row = t.rows[0]
            row._tr.get_or_add_trPr().append(_element("w:tblHeader", **{"w:val": "true"}))  # repeats on each page
            for cell, spec in zip(row.cells, columns, strict=True):
                self.cell(cell, spec.title, bold=True)
                _shade(cell, HEADER_TINT)
        self._widths = [Mm(c.width_mm) for c in columns]
        return t

    def row(self, table: Any, values: Sequence[str | MarkStyle | None]) -> Any:
        row = table.add_row()
        for cell, value, width in zip(row.cells, values, self._widths, strict=True):
            cell.width = width
            if isinstance(value, MarkStyle):
                self.level_cell(cell, value)
            else:
                self.cell(cell, value or "")
        return row

    def cell(self, cell: Any, text: str, *, bold: bool = False) -> Any:
        p = cell.paragraphs[0]
        p._p.style = self.style_id(TABLE_STYLE)
        for n, line in enumerate(text.split("\n")):
            if n:
                p = self.cell_para(cell)
            p.add_run(line).bold = bold
        return p

    def cell_para(self, cell: Any, text: str = "") -> Any:
        p = cell.add_paragraph(text)
        p._p.style = self.style_id(TABLE_STYLE)
        return p

    def level_cell(self, cell: Any, mark: MarkStyle, extra: str = "") -> None:
        p = self.cell(cell, f"{mark.icon} {mark.label}{extra}", bold=True)
        for run in p.runs:
            run.font.color.rgb = _rgb(mark.ink)
        _shade(cell, mark.fill)

    def full_row(self, table: Any, text: str, fill: str = PAPER_TINT) -> Any:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        self.cell(merged, text, bold=True)
        _shade(merged, fill)
        return merged

    def picture(self, svg: str) -> None:
        from docx.shared import Mm

        self.doc.add_picture(io.BytesIO(svg_to_png(svg)), width=Mm(TEXT_WIDTH_MM))

    # -- cover and contents

    def cover(self) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Mm, Pt

        c = self.m.cover
        top = self.para(style=TABLE_STYLE)
        if self.o.logo:
            top.add_run().add_picture(io.BytesIO(logo_png(Path(self.o.logo))), height=Mm(14))
            top.add_run("  ")
        if c.firm_name:
            firm = top.add_run(c.firm_name)
            firm.bold, firm.font.size, firm.font.color.rgb = True, Pt(12), _rgb(self.accent)
        secret = self.para(c.confidentiality, TABLE_STYLE, bold=True)
        secret.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        secret.runs[0].font.color.rgb = _rgb(self.accent)
        number = self.para(f"报告编号：{c.report_number}", NOTE_STYLE)
        number.alignment = WD_ALIGN_PARAGRAPH.CENTER
        number.paragraph_format.space_before = Mm(30)
        title = self.para(c.title, "Title")
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        title.runs[0].font.size = Pt(34)
        title.runs[0].font.color.rgb = _rgb(self.accent)
        for text, size in ((c.company, 17), (c.period, 12)):
            p = self.para(text, TABLE_STYLE, bold=size > 12)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.runs[0].font.size = Pt(size)
            p.paragraph_format.space_after = Mm(4)
        self.para().paragraph_format.space_after = Mm(12)
        facts = self.table((Column("", 45), Column("", 95)), header=False)
        facts.alignment = 1  # centred on the page
        for name, value in (("企业名称", c.company), ("统一社会信用代码", c.uscc), ("体检期间", c.period),
                            ("评估日期", c.assessment_date), ("评估人", c.assessor), ("审核人", c.reviewer),
                            ("依据指引", f"《{c.guide_title}》（版本 {c.guide_version}）")):
            row = self.row(facts, (name, value))
            _shade(row.cells[0], PAPER_TINT)
        for text in (c.issuing_party, c.report_date):
            p = self.para(text, TABLE_STYLE)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.runs[0].font.size = Pt(12)
        self.doc.paragraphs[-2].paragraph_format.space_before = Mm(20)
        self.status()

    def status(self) -> None:
        """Draft or final on the cover, as the PDF's cover says it."""
        st = self.m.status
        if st.final:
            licence = f"（执业证号 {st.signed_licence}）" if st.signed_licence else ""
            self.para(f"定稿：本报告已于 {st.signed_on} 由 {st.signed_by}{licence}审核签发定稿。此后对体检内容的任何修改都会撤回签发。",
                      NOTE_STYLE)
        else:
            self.para("草稿　尚未定稿：本报告为草稿，仅供讨论，不得作为定稿使用。尚缺：" + "；".join(st.missing) + "。",
                      TABLE_STYLE, bold=True)

    def contents(self) -> None:
        """A real contents field: Word fills in the page numbers when the user updates it (or on opening)."""
        title = self.para("目录", "TOC Heading")
        title.paragraph_format.page_break_before = True
        _set_fonts(self.doc.styles["TOC Heading"], SANS)
        entries = []
        for h in self.main:
            entries.append(h.text)
            if h.key == "findings":
                entries += [f"　（{chinese_number(n)}）{c.label}　{c.title}" for n, c in enumerate(self.m.findings, 1)]
        if self.o.template == Template.CONSULTANT:
            entries.append("审核与签章")
        entries.append("附录")
        entries += [f"　{h.text}" for h in self.appendix]
        # one paragraph holds the whole field (LibreOffice loses later fields when a field spans paragraphs);
        # until it is updated, its result lists the headings, one to a line
        _field(self.para(), 'TOC \\o "1-2" \\h \\z \\u', "\n".join(entries))

    # -- the sections, in the PDF's order

    def summary(self, h: Heading) -> None:
        s = self.m.summary
        self.heading(h.text, 1)
        self.heading("（一）总体结论", 2)
        box = self.table((Column("健康指数", 40), Column("整体等级", 120)))
        row = box.add_row()
        self.cell(row.cells[0], f"{s.index}\n{'暂定' if s.provisional else '满分 100'}", bold=True)
        verdict = self.cell(row.cells[1], "整体等级：")
        self.badge(verdict, s.mark)
        if s.mark.key != s.index_mark.key:
            self.cell_para(row.cells[1], f"按分数为{s.index_mark.label}，因一票否决规则整体评为{s.mark.label}。")
        self.cell_para(row.cells[1], f"已作答 {s.answered} / {s.applicable_questions} 个适用问题；"
                                     f"适用事项 {s.applicable_items} 项，待核实 {s.pending} 项。")
        self.para()
        self.para(s.overview)
        if s.veto_items:
            self.para("! 一票否决", bold=True)
            self.para("下列事项可能承担刑事责任，且核查违规情形的问题回答为“不符合”。按一票否决规则，"
                      f"无论健康指数多高，整体等级不优于{s.veto_cap}：")
            for v in s.veto_items:
                self.para(f"{v.item_id} {v.title}——{v.reason}", "List Bullet")
        self.heading("（二）风险等级统计", 2)
        self.para(f"占比按适用的 {s.applicable_items} 项事项计算；按企业画像不适用的 "
                  f"{s.total_items - s.applicable_items} 项另计，不计入占比。")
        counts = self.table((Column("风险等级", 32), Column("事项数", 18), Column("占适用事项", 22), Column("含义", 88)))
        for c in s.counts:
            share = "另计" if c.share is None else f"{c.share * 100:.0f}%"
            self.row(counts, (c.mark, str(c.count), share, LEVEL_MEANINGS.get(c.mark.key, "")))
        self.row(counts, (MARK_STYLES[Mark.PENDING], str(s.pending), "—",
                          LEVEL_MEANINGS["pending"]))
        self.heading("（三）重点风险事项", 2)
        if s.top_items:
            self.para(f"按整改后健康指数可提高的分值排序，列出最需要关注的 {len(s.top_items)} 项：")
            top = self.table((Column("序号", 12), Column("编号", 15), Column("违规事项", 63), Column("所属章", 20),
                              Column("等级", 28), Column("整改可加分", 22)))
            for t in s.top_items:
                self.row(top, (str(t.rank), t.item_id, t.title + ("（待核实）" if t.pending else ""), t.chapter,
                               t.mark, points_text(t.gain)))
        else:
            self.para("本次体检未发现存在风险迹象的事项。")
        self.heading("（四）主要建议", 2)
        for n, r in enumerate(s.recommendations, 1):
            self.para(f"{n}. {r}")

    def charts(self, h: Heading) -> None:
        m = self.m
        self.heading(h.text, 1)
        self.heading("（一）各章健康指数", 2)
        self.para("各章健康指数只计本章适用的事项，满分 100，分数越低风险越高。")
        self.picture(charts.chapter_bars(m.findings))
        self.heading("（二）严重程度与暴露程度矩阵", 2)
        self.para("纵向为严重程度（由法律后果推定），横向为暴露程度（由作答推定），越靠右上风险越大。")
        self.matrix()
        self.heading("（三）各等级事项占比", 2)
        self.para(f"指引共 {m.summary.total_items} 项违规事项，按本次体检的风险等级分布如下（含不适用）。")
        self.picture(charts.level_share(m.summary.counts))

    def matrix(self) -> None:
        """The risk matrix as a shaded table: each cell's level by its tint, shape and name, then its items."""
        mx = self.m.matrix
        width = (TEXT_WIDTH_MM - 28) / max(len(mx.exposures), 1)
        t = self.table((Column("严重程度 \\ 暴露程度", 28), *(Column(label, width) for label in mx.exposure_labels)))
        for (severity, name), cells in zip(mx.severities, mx.cells, strict=True):
            row = t.add_row()
            self.cell(row.cells[0], f"{severity} {name}", bold=True)
            for cell, value in zip(row.cells[1:], cells, strict=True):
                ids = "  ".join(f"{i}{'*' if pending else ''}" for i, pending in value.items)
                p = self.cell(cell, f"{value.mark.icon} {value.mark.short.zh}")
                p.runs[0].font.color.rgb = _rgb(value.mark.tint_ink)
                if ids:
                    self.cell_para(cell).add_run(ids).bold = True
                _shade(cell, value.mark.tint)
        self.para("格内为违规事项编号；* 表示待核实。风险值 = 严重程度 × 暴露程度，格的底色和标记表示该格的风险等级。",
                  NOTE_STYLE)

    def findings(self, h: Heading) -> None:
        self.heading(h.text, 1)
        self.para("本部分按章列出适用的违规事项，每章内按风险值从高到低排列。每一事项依次说明事实、法律依据、法律后果和整改建议。")
        for n, c in enumerate(self.m.findings, 1):
            self.step()
            self.heading(f"（{chinese_number(n)}）{c.label}　{c.title}", 2)
            meta = self.para(f"本章健康指数 {c.index}　", NOTE_STYLE)
            self.badge(meta, c.mark)
            meta.add_run(f"　存在风险迹象 {len(c.findings)} 项，未发现风险 {len(c.clear)} 项，不适用 {c.not_applicable} 项。")
            for k, f in enumerate(c.findings, 1):
                self.finding(k, f)
            if c.clear:
                self.para("未发现风险迹象的事项（检查问题均回答“符合”）：", bold=True)
                for x in c.clear:
                    p = self.para(f"{x.item_id} {x.title} ", "List Bullet")
                    self.badge(p, x.mark)
            if not c.findings and not c.clear:
                self.para("按企业画像，本章没有适用的违规事项。", NOTE_STYLE)

    def finding(self, n: int, f: Finding) -> None:
        self.heading(f"{n}. {f.item_id} {f.title}", 3)
        marks = self.para()
        self.badge(marks, f.mark)
        if f.pending:
            marks.add_run(" ")
            self.badge(marks, MARK_STYLES[Mark.PENDING])
        if f.veto:
            marks.add_run("  ! 一票否决").bold = True
        self.para(f.description)
        self.para(f"责任主体：{f.liable}", NOTE_STYLE)
        self.heading("（1）事实", 4)
        self.para(f.fact_summary)
        if f.facts:
            self.facts_table(f.facts)
        if f.compliant_ids:
            self.para(f"另有 {'、'.join(f.compliant_ids)} 回答为“符合”。", NOTE_STYLE)
        self.heading("（2）法律依据", 4)
        if f.laws:
            laws = self.table((Column("依据类型", 22), Column("法律法规及条款", 48), Column("条文", 90)))
            for g in f.laws:
                for k, p in enumerate(g.provisions):
                    self.row(laws, (g.role if not k else "", f"{g.law}{p.article}", f"“{p.quote}”" if p.quote else ""))
                if g.change:
                    self.full_row(laws, f"法律变化：{g.change}")
        else:
            self.para("指引未列明本事项的条文依据。")
        self.heading("（3）法律后果", 4)
        self.para(f.penalty)
        self.para(f"严重程度：{f.severity}（{f.severity_label}）——{f.severity_reason}。{f.risk_line}", NOTE_STYLE)
        self.heading("（4）整改建议", 4)
        for r in f.remediation:
            self.para(r, "List Bullet")
        if f.actions:
            self.actions_table(f.actions)
        else:
            self.para("尚未制定整改措施：请指定责任人和完成期限。", NOTE_STYLE)

    def facts_table(self, facts: Sequence[Fact]) -> None:
        t = self.table((Column("编号", 18), Column("检查问题", 72), Column("回答", 18), Column("备注与证据", 52)))
        for x in facts:
            notes = [f"不适用理由：{x.na_reason}" if x.na_reason else "", f"备注：{x.note}" if x.note else "",
                     f"证据材料：{'、'.join(x.evidence)}" if x.evidence else ""]
            self.row(t, (x.question_id, ("【防范措施】" if x.control else "") + x.text, x.answer,
                         "\n".join(n for n in notes if n)))

    def actions_table(self, actions: Sequence[Action], table: Any = None) -> Any:
        t = table or self.table(ACTION_COLUMNS)
        for a in actions:
            self.row(t, (("【建议】" if a.suggested else "") + a.measure, a.owner, a.due,
                         a.status + ("（已逾期）" if a.overdue else "")))
        return t

    def plan(self, h: Heading) -> None:
        self.heading(h.text, 1)
        if not self.m.plan:
            self.para("本次体检未发现需要整改的事项。")
            return
        self.para("下表按整改后健康指数可提高的分值从高到低排列：每一事项下列出其整改措施、责任人、完成期限和状态。"
                  "尚未制定措施的事项列出指引建议的措施，请补充责任人和完成期限。")
        t = self.table(ACTION_COLUMNS)
        for row in self.m.plan:
            merged = self.full_row(t, f"{row.rank}. {row.item_id} {row.title}　")
            self.badge(merged.paragraphs[0], row.mark)
            merged.paragraphs[0].add_run(f"　整改完成可加 {points_text(row.gain)} 分")
            self.actions_table(row.actions, t)

    def signoff_consultant(self) -> None:
        c, e, st = self.m.cover, self.m.engagement, self.m.status
        self.heading("审核与签章", 1)
        reference = f"（委托编号 {e.reference}）" if e else ""
        as_of = e.as_of if e else c.report_date
        self.para(f"本报告由{c.issuing_party}接受{c.company}委托{reference}，依据委托方提供的问卷回答、文件资料和访谈陈述，"
                  f"按《{c.guide_title}》（版本 {c.guide_version}）就 {as_of} 的事实出具。")
        t = self.table((Column("职责", 30), Column("姓名", 36), Column("执业证号", 50), Column("签字", 44)))
        lawyers = e.lawyers if e else ()
        for lw in lawyers:
            self.row(t, ("承办律师", lw.name, lw.licence, ""))
        if not lawyers:
            self.row(t, ("承办律师", "尚未填写承办律师。", "", ""))
        partner = e.partner if e else None
        self.row(t, ("审核合伙人", partner.name, partner.licence, "") if partner else ("审核合伙人", "尚未填写审核合伙人。", "", ""))
        if st.final:
            licence = f"（执业证号 {st.signed_licence}）" if st.signed_licence else ""
            self.para(f"审核意见：本报告已于 {st.signed_on} 由 {st.signed_by}{licence}审核签发定稿。")
        else:
            self.para(f"审核意见：本报告为草稿，尚未签发定稿（{'；'.join(st.missing)}）。")
        block = self.table((Column("", 32), Column("", 128)), header=False)
        self.row(block, ("出具单位", f"{c.issuing_party}（盖章）"))
        self.row(block, ("日期", c.report_date))

    def scope(self, h: Heading) -> None:
        e, c = self.m.engagement, self.m.cover
        self.heading(h.text, 1)
        if e is None:
            return
        self.heading("（一）委托事项", 2)
        t = self.table((Column("", 40), Column("", 120)), header=False)
        for label, value in (("委托方", c.company), ("出具单位", e.firm), ("委托编号", e.reference),
                             ("事实截止日", e.as_of), ("报告日期", c.report_date)):
            self.row(t, (label, value))
        self.heading("（二）体检范围", 2)
        self.para(e.scope or "体检范围尚未写明。")
        self.para(f"本报告所述事实以 {e.as_of} 为截止日；此后发生的事实和法律变化不在本报告范围之内。")
        self.heading("（三）工作方法", 2)
        for n, line in enumerate(e.method, 1):
            self.para(f"{n}. {line}")
        self.heading("（四）假设与依赖限制", 2)
        self.para(e.assumptions or "假设与依赖限制尚未写明。")
        self.heading("（五）委托方联系人", 2)
        self.para("下列人员为委托方一方的人员，负责填写问卷、提供材料和答复询问；他们不是本报告的签字人。")
        if e.contacts:
            t = self.table((Column("姓名", 40), Column("职务或角色", 70), Column("联系电话", 50)))
            for x in e.contacts:
                self.row(t, (x.name, x.position, x.phone))
        else:
            self.para("未列明委托方联系人。")

    def documents(self, h: Heading) -> None:
        e = self.m.engagement
        self.heading(h.text, 2)
        if e is None:
            return
        self.heading(f"1. 审阅的文件资料（{len(e.documents)}）", 3)
        for n, d in enumerate(e.documents, 1):
            self.para(f"{n}. {d}")
        if not e.documents:
            self.para("未列明附件以外的文件资料。")
        self.heading(f"2. 随问卷提供的证据材料（{len(e.evidence)}）", 3)
        if e.evidence:
            t = self.table((Column("问题编号", 30), Column("文件名", 130)))
            for x in e.evidence:
                self.row(t, (x.question_id, x.name))
        else:
            self.para("问卷未附证据材料。")
        self.heading(f"3. 访谈（{len(e.interviews)}）", 3)
        if e.interviews:
            t = self.table((Column("姓名", 40), Column("职务", 80), Column("访谈日期", 40)))
            for i in e.interviews:
                self.row(t, (i.name, i.position, i.date))
        else:
            self.para("未进行访谈。")

    def laws_cited(self, h: Heading) -> None:
        self.heading(h.text, 2)
        if not self.m.laws_cited:
            self.para("本报告的风险事项详情未引用法律条文。")
            return
        self.para("“风险事项详情”引用的全部法律法规，按指引法规登记表的顺序列出，注明版本和所引条款：")
        t = self.table((Column("法律法规", 55), Column("版本", 40), Column("所引条款", 65)))
        for law in self.m.laws_cited:
            articles = "；".join(law.articles) + (f"\n{law.change}" if law.change else "")
            self.row(t, (f"{law.law}\n{law.issuer}", law.version, articles))

    def signoff_self_check(self) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        c = self.m.cover
        self.para()
        for text in (f"编制：{c.assessor}　　审核：{c.reviewer}", c.issuing_party, c.report_date):
            self.para(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def answers(self, h: Heading) -> None:
        self.heading(h.text, 2)
        self.para("下表列出按企业画像适用的全部检查问题及其回答、备注和证据材料。")
        for n, c in enumerate(self.m.answers, 1):
            self.step()
            self.heading(f"{n}. {c.label}　{c.title}", 3)
            t = self.table((Column("编号", 18), Column("检查问题", 72), Column("回答", 18), Column("备注与证据", 52)))
            for art in c.articles:
                self.full_row(t, f"{art.label}　{art.title}")
                for q in art.questions:
                    notes = [f"不适用理由：{q.na_reason}" if q.na_reason else "", q.note,
                             f"证据材料：{'、'.join(q.evidence)}" if q.evidence else ""]
                    self.row(t, (q.question_id, q.text, q.answer, "\n".join(x for x in notes if x)))

    def method(self, h: Heading) -> None:
        me = self.m.method
        self.heading(h.text, 2)
        self.para(f"本报告依据《{me.guide_title}》（版本 {me.guide_version}，{me.guide_effective}施行；{me.law_heading}）评分。"
                  "评分只使用企业画像和各问题的回答，同样的输入总是得到同样的结果。下列参数为本次评分实际使用的参数。")
        self.heading("1. 问题的暴露程度", 3)
        self.para("每个回答表示“该项违规存在”的可能性（0 为不存在，1 为确定存在）：")
        t = self.table((Column("回答", 60), Column("暴露程度", 40)))
        for label, value in me.exposures:
            self.row(t, (label, value))
        if me.control_cap:
            self.para("检查问题分两类：核查违规情形本身的问题，和核查防范措施（制度、台账、培训等）是否到位的问题。"
                      f"防范措施类问题的暴露程度不超过 {me.control_cap}：防范措施缺失说明风险升高，但不等于违规已经发生。")
        self.heading("2. 违规事项的严重程度", 3)
        self.para("严重程度由指引中该事项的法律后果推定：")
        t = self.table((Column("严重程度", 30), Column("条件", 130)))
        for severity, rule in me.severity_rules:
            self.row(t, (severity, rule))
        self.heading("3. 风险值、等级与健康指数", 3)
        for formula in ("事项暴露程度 = 该事项适用问题暴露程度的最高值", "风险值 = 严重程度 × 暴露程度（0–4）",
                        "健康指数 = 100 × （1 − Σ风险值 ÷ Σ严重程度），只计适用的事项；各章用同一公式",
                        "整改可加分 = 100 × 该事项风险值 ÷ Σ严重程度"):
            self.para(formula, "List Bullet")
        t = self.table((Column("事项等级", 30), Column("条件", 50), Column("整体等级", 30), Column("条件", 50)))
        for (item_mark, item_rule), (index_mark, index_rule) in zip(me.item_levels, me.index_levels, strict=False):
            self.row(t, (item_mark, item_rule, index_mark, index_rule))
        self.para(f"一票否决：任一可能承担刑事责任（严重程度 4）的事项中，核查违规情形的问题回答为“不符合”时，整体等级不优于"
                  f"{me.veto_cap}{'；防范措施类问题不触发一票否决' if me.control_cap else ''}。只要还有适用的问题未作答，"
                  "健康指数标注为“暂定”；回答“不确定”或未作答的事项列为待核实。")
        self.heading("4. 指引版本", 3)
        t = self.table((Column("", 50), Column("", 110)), header=False)
        for name, value in (("指引名称", me.guide_title), ("版本", me.guide_version), ("施行日期", me.guide_effective),
                            ("法律状态", me.law_heading), ("编写或发布", me.guide_issuer),
                            ("内容校验值（SHA-256）", me.content_hash)):
            _shade(self.row(t, (name, value)).cells[0], PAPER_TINT)
        self.heading("5. 法律状态", 3)
        if me.current_version:
            self.para(f"本次体检使用的是该指引 {me.guide_version} 版（{me.law_heading}），现行版本为 {me.current_version} 版。"
                      f"报告中的法律依据、法律后果和评分均按体检所用的 {me.guide_version} 版作出。")
        else:
            self.para("指引所引法律法规的状态已核对至上述日期；报告中的法律依据均为指引施行之日现行有效的文本。")
        if me.law_since:
            self.para(f"按现行版本 {me.current_version} 的法规登记表，体检所用指引引用的下列法律此后已发生变化，"
                      "相关事项应当按现行法律复核：")
            for line in me.law_since:
                self.para(line, "List Bullet")
        if me.law_pending:
            self.para("所引法律中已公布、尚待施行的变化：")
            for line in me.law_pending:
                self.para(line, "List Bullet")

    def migration(self, h: Heading) -> None:
        mg = self.m.migration
        assert mg is not None  # the heading exists only when there is a record
        self.heading(h.text, 2)
        self.para(f"本体检按指引较早的版本开始作答，后迁移到现行的 {self.m.method.guide_version} 版（{mg.versions}）。"
                  "迁移没有删除任何回答：问题或依据有变化的回答原样保留并标为“需复核”，已删除问题的回答存档于此。")
        n = 0
        if mg.reviews:
            n += 1
            self.heading(f"{n}. 尚待复核的回答（{len(mg.reviews)}）", 3)
            self.para("这些回答沿用迁移前的作答，已计入评分；复核前，相关结论应视为暂定。")
            t = self.table((Column("编号", 18), Column("现行问题", 80), Column("原回答", 18), Column("复核原因", 44)))
            for r in mg.reviews:
                old = f"\n原问题（{r.since_version} 版）：{r.old_text}" if r.old_text else ""
                self.row(t, (r.question_id, r.text + old, r.old_answer, r.reasons))
        if mg.law_review:
            n += 1
            self.heading(f"{n}. 因法律变化需复核的违规事项（{len(mg.law_review)}）", 3)
            self.para("这些事项所引法律在两个版本之间有修改，其法律依据与后果以本报告“风险事项详情”所列现行规定为准。")
            for item_id, title in mg.law_review:
                self.para(f"{item_id}　{title}", "List Bullet")
        if mg.archived:
            n += 1
            self.heading(f"{n}. 存档的回答（{len(mg.archived)}）", 3)
            self.para("现行版本已删除这些问题，其回答不再计入评分，原样存档。")
            t = self.table((Column("编号", 22), Column("原问题", 76), Column("回答", 18), Column("备注与整改措施", 44)))
            for x in mg.archived:
                notes = [x.note, f"整改措施：{x.action}" if x.action else "", f"{x.archived_on}存档"]
                self.row(t, (f"{x.question_id}\n{x.guide_version} 版", x.text, x.answer,
                             "\n".join(v for v in notes if v)))

    def disclaimer(self, h: Heading) -> None:
        self.heading(h.text, 2)
        for p in self.m.disclaimer:
            self.para(p)


ACTION_COLUMNS = (Column("整改措施", 88), Column("责任人", 28), Column("完成期限", 24), Column("状态", 20))

SECTION_WRITERS: dict[str, Callable[[_Writer, Heading], None]] = {
    SCOPE: _Writer.scope,
    DOCUMENTS: _Writer.documents,
    LAWS: _Writer.laws_cited,
    "summary": _Writer.summary,
    "charts": _Writer.charts,
    "findings": _Writer.findings,
    "plan": _Writer.plan,
    "answers": _Writer.answers,
    "method": _Writer.method,
    MIGRATION: _Writer.migration,
    DISCLAIMER: _Writer.disclaimer,
}
SIGNOFF_WRITERS: dict[Template, Callable[[_Writer], None]] = {
    Template.CONSULTANT: _Writer.signoff_consultant,
    Template.SELF_CHECK: _Writer.signoff_self_check,
}


# --- pictures ---------------------------------------------------------------------


def svg_to_png(svg: str, dpi: int = CHART_DPI) -> bytes:
    """The report's own SVG chart as a PNG: WeasyPrint lays it out on a page of its size (with the report's
    fonts), PDFium rasterises that page. The PDF and the Word document thus show the same drawing."""
    import re

    size = re.search(r'width="([\d.]+)" height="([\d.]+)"', svg)
    width, height = (float(size.group(1)), float(size.group(2))) if size else (600.0, 400.0)
    page = (f"<html><head><style>@page {{ size: {width}px {height}px; margin: 0 }} body {{ margin: 0 }} "
            f"svg {{ display: block }}</style></head><body>{svg}</body></html>")
    return _raster(page, dpi)


def logo_png(logo: Path, dpi: int = 300) -> bytes:
    """A firm's logo as a PNG for the cover: a PNG as it is, an SVG rendered as the PDF renders it."""
    if logo.suffix.lower() == ".png":
        return logo.read_bytes()
    page = ("<html><head><style>@page { size: 120mm 30mm; margin: 0 } body { margin: 0 } "
            "img { display: block; max-height: 30mm; max-width: 120mm }</style></head>"
            f'<body><img src="{logo.resolve().as_uri()}"></body></html>')
    return _raster(page, dpi, extra_files=(logo,), trim=True)


def _raster(page: str, dpi: int, extra_files: Sequence[Path] = (), trim: bool = False) -> bytes:
    import pypdfium2
    import weasyprint

    from .fetcher import PACKAGE_DIR, FetchPolicy, weasyprint_fetcher
    from .render import font_config

    pdf = weasyprint.HTML(string=page, base_url=PACKAGE_DIR.as_uri() + "/",
                          url_fetcher=weasyprint_fetcher(FetchPolicy(extra_files=extra_files))
                          ).write_pdf(font_config=font_config())
    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[0].render(scale=dpi / 72, fill_color=(255, 255, 255, 0 if trim else 255)).to_pil()
    finally:
        document.close()
    if trim:  # the logo's own extent, not the page it was laid out on
        box = image.getchannel("A").getbbox() if image.mode == "RGBA" else image.getbbox()
        if box:
            image = image.crop(box)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()

