"""The papers for the people who will be interviewed: the blank questionnaire of the profile's applicable
questions and the 资料清单 of the documents to prepare, as data, as PDF (real WeasyPrint) and as Excel."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pytest

from checklist.applicability import applicable
from checklist.loader import check_guide, load_guide
from checklist.store import AssessmentFile
from checklist.worksheets import document_count, documents, questionnaire
from guide_content import bundled_guide_dir
from reports.worksheets import Format, SheetKind, render_worksheet
from tests.helpers import ROOT, SAMPLE_GUIDE

DAY = dt.date(2026, 12, 2)
EXAMPLE = ROOT / "examples" / "device-distributor.lhc"  # a profile to which much of the guide does not apply


@pytest.fixture(scope="module")
def guide():
    return load_guide(bundled_guide_dir())


@pytest.fixture(scope="module")
def example():
    with AssessmentFile.open(EXAMPLE, "t", read_only=True) as f:
        return f.assessment


def pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"[ \t]+", " ", text)


def test_the_questionnaire_holds_the_applicable_questions_in_reading_order(example):
    guide = example.guide
    facts = example.profile.facts
    chapters = questionnaire(guide, facts)
    ids = [q.id for c in chapters for a in c.articles for q in a.questions]
    scope = applicable(guide, facts).questions
    assert ids == [q.id for q in guide.ordered_questions() if q.id in scope]
    assert len(ids) < len(guide.questions)  # the example's profile leaves questions out
    assert all(a.questions for c in chapters for a in c.articles)  # no empty article is printed


def test_every_question_of_the_bundled_guide_says_what_documents_to_prepare_in_the_words_of_its_hint(guide):
    for q in guide.questions.values():
        assert q.documents, q.id
        for name in q.documents:
            run = min(4, len(name))  # the name, or a stretch of it, is what the hint names
            assert any(name[i:i + run] in q.hint for i in range(len(name) - run + 1)), (q.id, name)


def test_the_document_list_names_each_document_once_per_article_with_the_questions_it_serves(example):
    guide = example.guide
    articles = documents(guide, example.profile.facts)
    scope = applicable(guide, example.profile.facts).questions
    for article in articles:
        names = [d.name for d in article.documents]
        assert len(names) == len(set(names))
        for doc in article.documents:
            assert doc.question_ids and set(doc.question_ids) <= scope
            assert all(doc.name in guide.questions[q].documents for q in doc.question_ids)
    served = {(a.id, d.name) for a in articles for d in a.documents}
    expected = {(guide.questions[q].article_id, n) for q in scope for n in guide.questions[q].documents}
    assert served == expected


def test_documents_is_an_optional_list_in_the_guide_format(tmp_path):
    folder = shutil.copytree(SAMPLE_GUIDE, tmp_path / "g")
    path = folder / "chapters" / "01-setup.yaml"
    text = path.read_text(encoding="utf-8")
    hint = "        hint: 对照股东会决议与营业执照、登记机关受理材料。\n"
    assert hint in text
    path.write_text(text.replace(hint, hint + "        documents:\n          - 股东会决议\n          - 营业执照\n"
                                 "          - 股东会决议\n"), encoding="utf-8")
    g, problems = check_guide(folder)
    assert g is not None, [p.render() for p in problems]
    assert g.questions["Q01-1"].documents == ("股东会决议", "营业执照")  # a repeat is listed once
    assert g.questions["Q02-1"].documents == ()

    path.write_text(text.replace(hint, hint + "        documents: 股东会决议\n"), encoding="utf-8")
    g, problems = check_guide(folder)
    assert g is None
    assert any(p.render().startswith("chapters/01-setup.yaml:18:") and "列表" in p.render() for p in problems)


def test_the_blank_questionnaire_pdf_prints_every_applicable_question_and_no_other(tmp_path, example):
    guide = example.guide
    out = render_worksheet(example, SheetKind.QUESTIONNAIRE, tmp_path / "问卷.pdf", day=DAY)
    text = pdf_text(out)
    scope = applicable(guide, example.profile.facts).questions
    printed = set(re.findall(r"\bQ\d\d-\d\b", text))
    assert printed == scope
    assert example.profile.name in text and "2026年12月2日" in text and "空白问卷" in text
    assert text.count("部分符合") >= len(scope)  # the answer boxes of every question
    assert "核查提示" in text and "备注" in text and "受访人" in text
    assert re.search(r"第\s*1\s*页\s*共\s*\d+\s*页", text)  # the report's page furniture


def test_the_document_list_pdf_lists_per_article_the_documents_and_their_questions(tmp_path, example):
    guide = example.guide
    out = render_worksheet(example, SheetKind.DOCUMENTS, tmp_path / "资料清单.pdf", day=DAY)
    text = pdf_text(out)
    articles = documents(guide, example.profile.facts)
    flat = re.sub(r"\s+", "", text)
    assert "资料清单" in flat and f"共{document_count(articles)}项" in flat
    for article in articles:
        assert article.title in flat
        for doc in article.documents:
            assert doc.name[:8] in flat, doc.name
    not_applicable = set(guide.questions) - applicable(guide, example.profile.facts).questions
    assert not set(re.findall(r"\bQ\d\d-\d\b", text)) & not_applicable


def test_the_worksheets_as_excel(tmp_path, example):
    guide = example.guide
    import openpyxl

    q_out = render_worksheet(example, SheetKind.QUESTIONNAIRE, tmp_path / "问卷.xlsx", Format.XLSX, day=DAY)
    sheet = openpyxl.load_workbook(q_out).active
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [r[2] for r in rows] == [q.id for c in questionnaire(guide, example.profile.facts)
                                    for a in c.articles for q in a.questions]
    assert sheet.data_validations.dataValidation[0].formula1 == '"符合,部分符合,不符合,不适用,不确定"'

    d_out = render_worksheet(example, SheetKind.DOCUMENTS, tmp_path / "资料.xlsx", Format.XLSX, day=DAY)
    sheet = openpyxl.load_workbook(d_out).active
    header = [c.value for c in sheet[1]]
    assert header == ["已备", "章", "条文", "资料", "对应问题", "备注"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    articles = documents(guide, example.profile.facts)
    assert len(rows) == document_count(articles)
    assert rows[0][3] == articles[0].documents[0].name and rows[0][4] == "、".join(articles[0].documents[0].question_ids)


def test_the_register_workbook_holds_hostile_text_as_plain_text(tmp_path, sample_guide):
    import openpyxl

    from checklist.actions import register
    from checklist.assessment import ActionItem
    from checklist.profile import CompanyProfile
    from reports.workbooks import write_action_register

    profile = CompanyProfile("某&公司\u202e", "91330100MA27XYW12A", frozenset(sample_guide.facts))
    with AssessmentFile.create(tmp_path / "h.lhc", sample_guide, profile, "王敏") as f:
        f.set_action(ActionItem("Q01-1", "=HYPERLINK(\"http://x\")\x07\n第二行", "+李娜", DAY))
        rows = register(f.assessment, DAY)
    out = write_action_register(rows, tmp_path / "h.xlsx", company=profile.name, day=DAY)
    sheet = openpyxl.load_workbook(out).active
    measure, owner = sheet["E2"].value, sheet["F2"].value
    assert measure == "'=HYPERLINK(\"http://x\")\n第二行" and sheet["E2"].data_type == "s"
    assert owner == "'+李娜"
    assert sheet["G2"].is_date


HAN = re.compile(r"[\u3400-\u9fff]")


def test_in_english_the_document_list_names_the_guides_english_documents(example):
    guide = example.guide
    english = documents(guide, example.profile.facts, "en")
    chinese = documents(guide, example.profile.facts)
    assert [a.id for a in english] == [a.id for a in chinese]
    for en, zh in zip(english, chinese, strict=True):
        assert en.label.startswith("Article ") and en.chapter_label.startswith("Chapter ")
        assert en.title == guide.text(guide.articles[en.id], "title", "en")
        named = {n for d in zh.documents for q in d.question_ids
                 for n in guide.documents(guide.questions[q], "en")}
        assert {d.name for d in en.documents} == named
        assert not any(HAN.search(d.name) for d in en.documents)


def test_the_document_list_in_english_as_excel_has_no_chinese_but_the_companys_name(tmp_path, guide):
    import openpyxl

    from checklist.profile import CompanyProfile

    company = "杭州示例生物医药有限公司"
    profile = CompanyProfile(company, "91330100MA27XYW12A", frozenset(guide.facts))
    with AssessmentFile.create(tmp_path / "a.lhc", guide, profile, "王敏") as f:
        assessment = f.assessment
    out = render_worksheet(assessment, SheetKind.DOCUMENTS, tmp_path / "documents.xlsx", Format.XLSX, day=DAY,
                           lang="en")
    sheet = openpyxl.load_workbook(out).active
    assert [c.value for c in sheet[1]] == ["Ready", "Chapter", "Article", "Document", "Questions", "Notes"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == document_count(documents(guide, profile.facts, "en")) > 600
    assert "Shareholders' resolutions" in {r[3] for r in rows}
    texts = [str(v) for r in rows for v in r if v is not None]
    assert [t for t in texts if HAN.search(t)] == []
    header = sheet.oddHeader.center.text
    assert company in header and not HAN.search(header.replace(company, ""))  # the company keeps its own name
    assert sheet.title == "Documents to prepare"


@pytest.mark.parametrize("kind", list(SheetKind))
def test_the_worksheets_in_english_as_pdf_have_no_chinese_but_the_companys_name(tmp_path, guide, kind):
    from checklist.profile import CompanyProfile

    company = "杭州示例生物医药有限公司"
    profile = CompanyProfile(company, "91330100MA27XYW12A", frozenset(guide.facts), period="FY 2026")
    with AssessmentFile.create(tmp_path / "a.lhc", guide, profile, "王敏") as f:
        assessment = f.assessment
    out = render_worksheet(assessment, kind, tmp_path / f"{kind}.pdf", day=DAY, lang="en")
    text = pdf_text(out)
    assert company in text
    assert [line for line in text.splitlines() if HAN.search(line.replace(company, ""))] == []
    assert re.search(r"Page 1 of \d+", text) and "2026-12-02" in text
    flat = re.sub(r"\s+", " ", text)
    if kind is SheetKind.DOCUMENTS:
        assert "Documents to prepare" in flat and "Shareholders' resolutions" in flat
    else:
        assert "Blank questionnaire" in flat and "Partly compliant" in flat and "What to check" in flat
