"""Hostile strings in a report: what the reader of the PDF sees, how long it takes, what is fetched.

Each case renders a real PDF with WeasyPrint and reads it back with poppler's pdftotext. The
assessments are built in memory: what a report does with a string must not depend on whether the
file it came from let the string in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import http.server
import re
import subprocess
import threading
import time
from pathlib import Path

import pytest

from checklist.assessment import ActionItem, AnswerRecord, Assessment, Attachment
from checklist.model import Answer
from reports.model import ELLIPSIS, LINE_LIMIT, build_report
from reports.render import ReportOptions, render_report
from tests.test_report_model import PROFILE

WHEN = dt.datetime(2026, 11, 20, 9, 30)
CONTROLS = "\x00\x01\x07\x08\x0b\x0c\x0e\x1b\x1f\x7f\x80\x85\x9b\x9f\ufffe\uffff"
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
RLO_NAME = "付款凭证\u202efdp.exe"


def pdftotext(pdf: Path) -> str:
    """The PDF's text layer as a reader copies it (zero-width break points removed, no page-break marks)."""
    return subprocess.run(["pdftotext", "-nopgbrk", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout.replace("\u200b", "")


def assessment(guide, *, profile=PROFILE, notes: dict[str, str] | None = None, attachments=(),
               owner: str = "法务部 李娜") -> Assessment:
    records = {q: AnswerRecord(q, Answer.NON_COMPLIANT, (notes or {}).get(q, ""), "", WHEN, "王敏")
               for q in ("Q01-1", "Q03-1", "Q06-1")}
    actions = {"Q01-1": ActionItem("Q01-1", "补办住所变更登记", owner, dt.date(2026, 12, 31), changed_at=WHEN)}
    files = tuple(Attachment(i, q, name, 8, "0" * 64, WHEN, "王敏") for i, (q, name) in enumerate(attachments, 1))
    return Assessment(guide, profile, records, actions, files)


def test_a_50000_character_company_name_renders_in_seconds_cut_with_an_ellipsis(sample_guide, tmp_path):
    # cause 6: the name sits in every page's header; uncut, this report took 95 s to lay out
    name = "钱塘示例生物医药" * 6250
    a = assessment(sample_guide, profile=dataclasses.replace(PROFILE, name=name))
    assert build_report(a).cover.company == name[:LINE_LIMIT] + ELLIPSIS
    started = time.monotonic()
    render_report(a, tmp_path / "长名.pdf", ReportOptions(sections=frozenset({"summary"})))
    elapsed = time.monotonic() - started
    assert elapsed < 15, f"{elapsed:.1f} s"
    text = re.sub(r"\s", "", pdftotext(tmp_path / "长名.pdf"))
    assert name[:LINE_LIMIT] + ELLIPSIS in text
    assert name[:LINE_LIMIT + 1] not in text  # nowhere printed whole, not even in the summary's sentence
    assert name[:LINE_LIMIT] + ELLIPSIS + "法务部门" in text  # the issuer: the company's legal department


@pytest.fixture(scope="module")
def hostile_report(sample_guide, tmp_path_factory):
    """One report full of control characters, a disguised attachment name and HTML/CSS/URL payloads."""
    served: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the name http.server calls
            served.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    payload = (f'<img src="{url}/img.png"><link rel="stylesheet" href="{url}/a.css">'
               f'<style>@import url({url}/b.css); body {{ background: url({url}/c.png) }}</style>'
               f'<iframe src="file:///etc/passwd"></iframe><b>粗体</b>')
    profile = dataclasses.replace(PROFILE, name=f"甲{CONTROLS}乙公司", assessor=f"王{CONTROLS}敏")
    a = assessment(sample_guide, profile=profile,
                   notes={"Q01-1": f"备注{CONTROLS}结束", "Q03-1": payload},
                   attachments=[("Q01-1", RLO_NAME), ("Q06-1", f"记录{CONTROLS}.pdf")], owner=f"法务{CONTROLS}部")
    out = tmp_path_factory.mktemp("hostile") / "恶意.pdf"
    try:
        render_report(a, out, ReportOptions(firm_name=f"律所{CONTROLS}"), html_out=out.with_suffix(".html"))
    finally:
        server.shutdown()
        server.server_close()
    return pdftotext(out), out.with_suffix(".html").read_text(encoding="utf-8"), served, url


def test_control_characters_never_reach_the_pdf_text(hostile_report):
    # cause 7: a name, a note, an attachment name, an owner, with C0, C1 and non-characters in them
    text, html, _, _ = hostile_report
    assert _CONTROL.findall(text) == []
    assert _CONTROL.findall(html) == []
    for words in ("甲乙公司", "备注结束", "法务部", "记录.pdf"):
        assert words in text, words  # the text around them is all there, in order


def test_an_attachment_name_shows_its_bidi_override_as_a_visible_marker(hostile_report):
    # cause 7: U+202E would make "付款凭证\u202efdp.exe" read as "付款凭证exe.pdf"
    text, html, _, _ = hostile_report
    assert "付款凭证[U+202E]fdp.exe" in text
    assert "付款凭证[U+202E]fdp.exe" in html.replace("\u200b", "")
    assert "\u202e" not in text and "\u202e" not in html


def test_html_css_and_urls_in_a_note_print_as_text_and_nothing_is_fetched(hostile_report):
    # already passing: autoescaping and the fetch policy
    text, html, served, url = hostile_report
    assert served == []
    assert f'<img src="{url}/img.png">' in text
    unwrapped = re.sub(r"\s+", "", text)  # a long note may wrap anywhere, even inside a URL
    assert "<b>粗体</b>" in text and '<iframesrc="file:///etc/passwd"></iframe>' in unwrapped
    assert "<iframe" not in html and "<b>粗体</b>" not in html
