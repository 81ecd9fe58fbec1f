"""The PDF report in English (``legalcheck report --lang en``): every word of the report's own is English;
what stays Chinese is what the user typed (names, notes, measures), the law quoted (authoritative) and the
Chinese titles of the laws beside their English names. Word and Excel are Chinese only and refused in English."""

from __future__ import annotations

import dataclasses
import re
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from pypdf import PdfReader

from checklist.assessment import Assessment
from checklist.store import AssessmentFile
from tests.conftest import EXAMPLE_FIRM, EXAMPLE_REPORT_DAY
from tests.helpers import ROOT, run_cli

EXAMPLES = sorted((ROOT / "examples").glob("*.lhc"))
TEMPLATES = ("self_check", "consultant")

# Han ideographs, and the Chinese punctuation that goes with them: a run of these in the PDF's text
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CHINESE_RUN = re.compile(f"[{HAN}\u3000-\u303f\uff00-\uffef]*[{HAN}][{HAN}\u3000-\u303f\uff00-\uffef]*")

SELF_CHECK_HEADINGS = ["Contents", "1.Conclusions", "2.Riskdistribution", "3.Findings", "4.Actionplan", "Appendix",
                       "A.Allanswers", "B.Scoringmethod", "C.Disclaimer"]
CONSULTANT_HEADINGS = ["Contents", "1.Engagementandmethod", "2.Conclusions", "3.Riskdistribution", "4.Findings",
                       "5.Actionplan", "Reviewandsignature", "Appendix", "A.Documentsreviewedandinterviews",
                       "B.Lawscited", "C.Allanswers", "D.Scoringmethod", "E.Disclaimer"]
FINDING_HEADINGS = ["(1)Facts", "(2)Legalbasis", "(3)Legalconsequences", "(4)Remediation"]


def render(lhc: Path, pdf: Path, template: str, lang_first: bool) -> None:
    """``legalcheck --lang en report …`` or ``legalcheck report … --lang en``: both write English."""
    args = ["report", str(lhc), "-o", str(pdf), "--template", template, "--firm", EXAMPLE_FIRM,
            "--date", EXAMPLE_REPORT_DAY.isoformat()]
    result = run_cli(*(["--lang", "en", *args] if lang_first else [*args, "--lang", "en"]))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith("Report written to")


def incomplete_copy(folder: Path) -> Path:
    """An example with the questions of its first chapter unanswered: a provisional, incomplete check-up."""
    lhc = shutil.copy(EXAMPLES[0], folder / "incomplete.lhc")
    with AssessmentFile.open(lhc, "test") as f:
        guide = f.assessment.guide
        ids = [q.id for a in guide.chapters[0].article_ids for q in guide.articles[a].questions
               if q.id in f.assessment.records]
        f.set_answers((q, None, None) for q in ids)
    return Path(lhc)


@pytest.fixture(scope="module")
def english(tmp_path_factory) -> dict[tuple[str, str], tuple[Path, Path]]:
    """(example stem, template) → (the assessment, its English PDF); 'incomplete' in the self-check too."""
    folder = tmp_path_factory.mktemp("english-reports")
    cases = [(lhc, template) for lhc in EXAMPLES for template in TEMPLATES]
    cases.append((incomplete_copy(folder), "self_check"))
    out = {}
    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = []
        for n, (lhc, template) in enumerate(cases):
            pdf = folder / f"{lhc.stem}-{template}.pdf"
            jobs.append(pool.submit(render, lhc, pdf, template, lang_first=n % 2 == 0))
            out[(lhc.stem, template)] = (lhc, pdf)
        for job in jobs:
            job.result()
    return out


def pages(pdf: Path) -> list[str]:
    # the invisible break points of long words and the joiners of the last two characters are no text
    return [(p.extract_text() or "").replace("\u200b", "").replace("\u2060", "") for p in PdfReader(pdf).pages]


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def user_and_law_texts(assessment: Assessment, firm: str) -> list[str]:
    """What may stay Chinese in an English report: what the user typed, the law quoted, the laws' titles."""
    texts = [firm, assessment.profile.name, assessment.profile.uscc, assessment.profile.assessor,
             assessment.profile.reviewer, assessment.profile.period]
    texts += [t for r in assessment.records.values() for t in (r.note, r.na_reason)]
    texts += [t for a in assessment.actions.values() for t in (a.measure, a.owner)]
    texts += [a.name for a in assessment.attachments]
    texts += [t for x in assessment.archive for t in (x.question_text, x.note, x.na_reason)]
    texts += [r.old_text for r in assessment.reviews.values()]
    texts += strings_in(assessment.engagement)
    if assessment.signoff:
        texts.append(assessment.signoff.by)
    guide = assessment.guide
    refs = [r for a in guide.articles.values() for r in a.legal_basis]
    refs += [r for i in guide.items.values() for r in i.legal_refs]
    texts += [r.quote for r in refs]
    texts += [f"《{law.title}》" for law in guide.laws.values()]
    return [t for t in texts if isinstance(t, str) and t]


def strings_in(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value):
        return [s for f in dataclasses.fields(value) for s in strings_in(getattr(value, f.name))]
    if isinstance(value, (tuple, list)):
        return [s for v in value for s in strings_in(v)]
    return []


def foreign_chinese(text: str, allowed: list[str]) -> list[str]:
    """The runs of Chinese in ``text`` that are in none of the ``allowed`` texts (a run of the PDF's text may
    be cut short by a line break, never longer than the text it comes from)."""
    # the report prints the law's item numbers as the law is printed: (一) as （一）
    corpus = "\n".join(re.sub(r"\(([一二三四五六七八九十百]+)\)", r"（\1）", compact(t)) for t in allowed)
    return [run for line in text.splitlines() for word in line.split() for run in CHINESE_RUN.findall(word)
            if run not in corpus]


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("example", [p.stem for p in EXAMPLES])
def test_the_english_report_has_no_chinese_but_the_users_and_the_laws(english, example, template):
    lhc, pdf = english[(example, template)]
    with AssessmentFile.open(lhc, "test", read_only=True) as f:
        allowed = user_and_law_texts(f.assessment, EXAMPLE_FIRM)
    texts = pages(pdf)
    leaks = {n: runs for n, text in enumerate(texts, 1) if (runs := foreign_chinese(text, allowed))}
    assert leaks == {}


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("example", [p.stem for p in EXAMPLES])
def test_the_english_report_has_its_headings_and_page_numbers(english, example, template):
    lhc, pdf = english[(example, template)]
    texts = pages(pdf)
    flat = compact("\n".join(texts))
    for heading in (CONSULTANT_HEADINGS if template == "consultant" else SELF_CHECK_HEADINGS):
        assert heading in flat, heading
    for heading in FINDING_HEADINGS:
        assert heading in flat, heading
    assert "LegalHealthCheckReport" in compact(texts[0])
    assert f"Page2of{len(texts)}" in compact(texts[1])  # the cover has no number
    with AssessmentFile.open(lhc, "test", read_only=True) as f:
        assert f.assessment.profile.name in texts[0]  # the company's name as typed
    meta = PdfReader(pdf).metadata
    assert meta.title.startswith("Legal Health Check Report — ")


def test_the_dates_are_written_in_english(english):
    _, pdf = english[("drug-manufacturer", "consultant")]
    flat = compact("\n".join(pages(pdf)))
    assert "1December2026" in flat  # the report date
    assert "2026年12月1日" not in flat


def test_the_law_is_quoted_in_chinese_and_named_in_english(english):
    lhc, pdf = english[("drug-manufacturer", "consultant")]
    flat = compact("\n".join(pages(pdf)))
    with AssessmentFile.open(lhc, "test", read_only=True) as f:
        guide = f.assessment.guide
    law = guide.laws["gongsi-fa"] if "gongsi-fa" in guide.laws else next(iter(guide.laws.values()))
    assert compact(guide.text(law, "title", "en")) in flat
    assert f"《{law.title}》" in flat  # its Chinese title beside: the quotes are of that text
    assert "Obligation" in flat and "Article" in flat


def test_an_incomplete_assessment_says_so_on_the_cover_in_english(english):
    _, pdf = english[("incomplete", "self_check")]
    texts = pages(pdf)
    cover = compact(texts[0])
    assert "DRAFT—notfinal" in cover
    assert re.search(r"\d+applicablequestion\(s\)unanswered", cover), texts[0]
    flat = compact("\n".join(texts))
    assert "provisional" in flat


@pytest.mark.parametrize("formats", ["docx", "xlsx", "pdf,docx", "pdf,xlsx,docx"])
@pytest.mark.parametrize("lang_first", [True, False])
def test_word_and_excel_are_refused_in_english(tmp_path, formats, lang_first):
    args = ["report", str(EXAMPLES[0]), "-o", str(tmp_path / "r"), "--format", formats]
    result = run_cli(*(["--lang", "en", *args] if lang_first else [*args, "--lang", "en"]))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "PDF only" in result.stderr and "Chinese only" in result.stderr
    assert list(tmp_path.iterdir()) == []  # nothing written, not even the PDF


def test_the_refusal_is_told_in_chinese_to_a_chinese_user():
    from reports.options import Format, ReportError, check_language

    with pytest.raises(ReportError) as refused:
        check_language([Format.PDF, Format.XLSX], "en")
    assert "英文报告只提供 PDF" in refused.value.zh and "xlsx" in refused.value.zh
    check_language([Format.PDF], "en")
    check_language([Format.DOCX, Format.XLSX], "zh")


def test_the_report_help_tells_of_the_language():
    result = run_cli("report", "--help")
    assert "--lang" in result.stdout and "Word" in result.stdout


def test_the_check_would_find_the_chinese_report_words():
    """The allowed texts (quotes, notes, names) do not hide the report's own Chinese words."""
    from reports import i18n

    with AssessmentFile.open(EXAMPLES[-1], "test", read_only=True) as f:
        allowed = user_and_law_texts(f.assessment, EXAMPLE_FIRM)
    words = [i18n.text(key, "zh") for key in ("report.title", "summary.to_verify", "findings.facts", "plan.none",
                                               "findings.no_actions", "cover.assessment_date", "actions.overdue")]
    assert all(foreign_chinese(w, allowed) for w in words)


def test_an_overlay_explanation_of_a_quote_is_printed_beside_the_chinese_quote():
    import datetime as dt

    from checklist.findings import findings
    from reports.html import render_html
    from reports.model import build_report
    from reports.options import ReportOptions

    with AssessmentFile.open(ROOT / "examples" / "drug-manufacturer.lhc", "test", read_only=True) as f:
        assessment = f.assessment
    found = findings(assessment, lang="en")[0]
    ref = found.obligations[0]
    explained = "The directors owe the company a duty of loyalty (an explanation, not the text of the law)."
    guide = dataclasses.replace(assessment.guide,
                                english={**assessment.guide.english, (found.item_id, f"ref:{ref.key}"): explained})
    options = ReportOptions(language="en", report_date=dt.date(2026, 12, 2))
    model = build_report(dataclasses.replace(assessment, guide=guide), options)
    html = render_html(model, options).replace("\u2060", "").replace("\u200b", "")
    quote_at = html.index(ref.quote.strip()[:12])
    assert html.index(f"Explanation: {explained}") > quote_at  # under the Chinese quote, which stays
    assert html.count(explained) == 1
