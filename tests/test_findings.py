"""Findings apply the law to one company's facts: what was found names the failing questions, only the law that
concerns the company's profile is cited, and advice deals with the questions that failed, never one answered 符合."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from checklist.assessment import AnswerRecord
from checklist.conditions import Fact, holds
from checklist.findings import findings
from checklist.model import Answer
from checklist.store import AssessmentFile
from tests.helpers import ROOT

HAN = re.compile(r"[\u3400-\u9fff]")
EXAMPLES = {p.stem: p for p in sorted((ROOT / "examples").glob("*.lhc"))}


@pytest.fixture(scope="module")
def assessments():
    out = {}
    for name, path in EXAMPLES.items():
        with AssessmentFile.open(path, "test", read_only=True) as f:
            out[name] = f.assessment
    return out


def by_item(assessment):
    return {f.item_id: f for f in findings(assessment)}


def answered(assessment, qid):
    record = assessment.records.get(qid)
    return record.answer if record else None


@pytest.mark.parametrize("name", EXAMPLES)
def test_advice_deals_only_with_failing_questions_and_law_only_with_the_company(assessments, name):
    a = assessments[name]
    facts = a.profile.facts
    for found in findings(a):
        item = a.guide.items[found.item_id]
        assert found.observations, found.item_id
        for o in found.observations:
            assert answered(a, o.question_id) not in (Answer.COMPLIANT, Answer.NOT_APPLICABLE), o
            assert o.question_id in found.statement[0]
        for advice in found.advice:
            assert advice.question_ids and set(advice.question_ids) <= set(found.failing_ids), (found.item_id, advice)
            if advice.specific:
                assert advice.text in a.guide.questions[advice.question_ids[0]].advice
            else:
                assert advice.text in item.remediation
        for ref in (*found.obligations, *found.penalties, *found.criminal):
            assert holds(ref.condition, facts), (found.item_id, ref)
        for ref in item.legal_refs:
            if not holds(ref.condition, facts):
                assert ref not in (*found.obligations, *found.penalties, *found.criminal)


def test_a_provision_that_does_not_concern_the_company_is_not_cited(assessments):
    a = assessments["biotech-startup"]
    item = a.guide.items["V03"]
    device_only = replace(item.penalty_basis[0], condition=Fact("device_distributor"))
    guide = replace(a.guide, items={**a.guide.items, "V03": replace(
        item, penalty_basis=(device_only, *item.penalty_basis[1:]))})
    found = by_item(replace(a, guide=guide))["V03"]
    assert device_only not in found.penalties
    assert found.penalties == item.penalty_basis[1:]
    assert by_item(a)["V03"].penalties == item.penalty_basis


def test_a_questions_own_advice_replaces_the_general_remediation_for_that_question_only(assessments):
    a = assessments["biotech-startup"]
    item = a.guide.items["V03"]
    failing = [o.question_id for o in by_item(a)["V03"].observations]
    assert failing[0] == "Q03-2" and len(failing) > 1
    questions = {**a.guide.questions, **{q: replace(a.guide.questions[q], advice=()) for q in item.question_ids}}
    questions["Q03-2"] = replace(questions["Q03-2"], advice=("由董事会向赵衡发出书面催缴书。",))
    guide = replace(a.guide, questions=questions)
    found = by_item(replace(a, guide=guide))["V03"]
    own = [x for x in found.advice if x.specific]
    general = [x for x in found.advice if not x.specific]
    assert [(x.text, x.question_ids) for x in own] == [("由董事会向赵衡发出书面催缴书。", ("Q03-2",))]
    assert [x.text for x in general] == list(item.remediation)
    assert all("Q03-2" not in x.question_ids for x in general)

    # once the other questions are answered 符合, only the question's own advice is left
    records = dict(a.records)
    for qid in failing[1:]:
        records[qid] = AnswerRecord(qid, Answer.COMPLIANT)
    alone = by_item(replace(a, guide=guide, records=records))["V03"]
    assert [x.text for x in alone.advice] == ["由董事会向赵衡发出书面催缴书。"]
    assert alone.failing_ids == ("Q03-2",)


def test_what_was_found_differs_between_companies_whose_answers_differ(assessments):
    biotech, distributor = by_item(assessments["biotech-startup"]), by_item(assessments["device-distributor"])
    drug = by_item(assessments["drug-manufacturer"])
    for one, other, item in ((biotech, distributor, "V44"), (biotech, drug, "V26"), (biotech, drug, "V46")):
        assert one[item].failing_ids != other[item].failing_ids
        assert one[item].statement != other[item].statement
        assert [x.text for x in one[item].advice] != [x.text for x in other[item].advice], item


def test_the_statement_uses_the_users_notes_and_owners(assessments):
    a = assessments["biotech-startup"]
    found = by_item(a)["V03"]
    note = a.records["Q03-2"].note.strip()
    assert any(note[:30] in p for p in found.statement)
    action = a.actions.get("Q03-2")
    if action and action.owner:
        assert any(action.owner in x.line(assignment=True) for x in found.advice)


def test_notes_for_editors_are_refused_by_the_validator_and_dropped_from_older_guides():
    from checklist.loader import check_sources, load_sources, read_guide_dir

    sources = read_guide_dir(ROOT / "guide_content")
    name = "chapters/05-ip-labour-data-tax.yaml"
    text = sources[name].decode()
    sentence = "虚开发票的行政处罚依照国务院制定的《中华人民共和国发票管理办法》执行。"
    assert sentence in text
    noted = text.replace(sentence, "虚开发票的行政处罚规定在国务院制定的《中华人民共和国发票管理办法》，该文本未收录，本事项未引用其罚则。")
    sources = {**sources, name: noted.encode()}
    _, problems = check_sources(sources)
    assert [p.code for p in problems if not p.warning] == ["editor_note"]
    stored = load_sources(sources)  # a guide already published keeps opening, without the note
    description = stored.items["V47"].description
    assert "未收录" not in description and "未引用" not in description
    assert description.endswith("虚开发票的行政处罚规定在国务院制定的《中华人民共和国发票管理办法》。")


def test_the_bundled_guide_cites_drug_law_to_drug_companies_and_device_law_to_device_companies(assessments):
    biotech = by_item(assessments["biotech-startup"])  # a drug developer running a clinical trial
    for item in ("V09", "V11"):
        cited = {r.law_id for r in (*biotech[item].obligations, *biotech[item].penalties)}
        assert "yaopin-guanli-fa" in cited and not any(law.startswith("yiliao-qixie") for law in cited), item
        assert "医疗器械" not in biotech[item].exposure, item
    distributor = by_item(assessments["device-distributor"])  # sells devices online, no drugs
    cited = {r.law_id for r in (*distributor["V34"].obligations, *distributor["V34"].penalties)}
    assert "yaopin-guanli-fa" not in cited and "yiliao-qixie-jiandu-guanli-tiaoli" in cited


# --- the printed reports ----------------------------------------------------------

TEMPLATES = ("self_check", "consultant")


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    """Every example in both templates, as ``legalcheck report`` prints it: (name, template) -> PDF text."""
    import os
    import subprocess
    import sys
    from concurrent.futures import ThreadPoolExecutor

    folder = tmp_path_factory.mktemp("findings")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def render(job):
        name, template = job
        out = folder / f"{name}-{template}.pdf"
        result = subprocess.run([sys.executable, "-m", "cli", "report", str(EXAMPLES[name]), "-o", str(out),
                                 "--template", template], cwd=ROOT, env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        return job, body_text(out)

    jobs = [(name, template) for name in EXAMPLES for template in TEMPLATES]
    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(pool.map(render, jobs))


def body_text(pdf) -> str:
    """The text inside the page margins (no running header or footer), without the 草稿 watermark."""
    import subprocess

    text = subprocess.run(["pdftotext", "-x", "0", "-y", "75", "-W", "595", "-H", "700", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    return "\n".join(line for line in text.splitlines() if line.strip() not in ("草", "稿"))


def flat(text: str) -> str:
    """The text without spaces and line breaks."""
    import re

    return re.sub(r"\s+", "", text)


def model_of(assessment, template):
    from reports.model import build_report
    from reports.options import ReportOptions, Template

    return build_report(assessment, ReportOptions(template=Template(template)))


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("name", EXAMPLES)
def test_no_note_for_editors_reaches_a_report(pdfs, name, template):
    from checklist.editorial import EDITOR_PHRASES

    text = flat(pdfs[name, template]).lower()
    for phrase in (*EDITOR_PHRASES, "本事项未", "下述法律后果未包括"):
        assert flat(phrase).lower() not in text, phrase


@pytest.mark.parametrize("name", EXAMPLES)
def test_the_consultant_report_does_not_send_its_client_to_a_lawyer(pdfs, name):
    assert "请咨询执业律师" not in flat(pdfs[name, "consultant"])
    assert "咨询执业律师" in flat(pdfs[name, "self_check"])  # a company checking itself is told to


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("name", EXAMPLES)
def test_recommendations_deal_only_with_failing_questions_in_the_model_and_the_pdf(assessments, pdfs, name, template):
    import re

    a = assessments[name]
    m = model_of(a, template)
    text = flat(pdfs[name, template])
    start = text.index("（四）主要建议")
    section = text[start:text.index("风险分布", start)]
    failing = {qid for f in findings(a) for qid in f.failing_ids}
    passing = {qid for qid, r in a.records.items() if r.answer in (Answer.COMPLIANT, Answer.NOT_APPLICABLE)}
    for line in m.summary.recommendations:
        assert flat(line) in section, line
        for qid in re.findall(r"Q\d\d-\d", line):
            assert qid in failing and qid not in passing, (line, qid)
    mentioned = set(re.findall(r"Q\d\d-\d", section))
    assert mentioned and mentioned <= failing, mentioned - failing
    for chapter in m.findings:
        for f in chapter.findings:
            for line in f.remediation:
                assert set(re.findall(r"Q\d\d-\d", line)) <= failing, (f.item_id, line)


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("name", EXAMPLES)
def test_a_finding_in_the_pdf_cites_no_law_that_does_not_concern_the_company(assessments, pdfs, name, template):
    import re

    a = assessments[name]
    facts = a.profile.facts
    text = flat(pdfs[name, template])
    for found in findings(a):
        item = a.guide.items[found.item_id]
        sections = []  # the item's heading opens its finding, and its row in the action plan
        for head in re.finditer(rf"\d+\.{found.item_id}{re.escape(flat(item.title))}", text):
            rest = text[head.end():]
            nxt = re.search(r"\d+\.V\d\d", rest)
            sections.append(rest[:nxt.start()] if nxt else rest)
        section = next(s for s in sections if "（2）法律依据" in s)
        section = section[section.index("（2）法律依据"):section.index("（4）整改建议")]
        cited = {r.law_id for r in (*found.obligations, *found.penalties, *found.criminal)}
        for ref in item.legal_refs:
            if not holds(ref.condition, facts) and ref.law_id not in cited:
                assert a.guide.laws[ref.law_id].title not in section, (found.item_id, ref.law_id)


@pytest.mark.parametrize("name", EXAMPLES)
def test_in_english_the_advice_is_the_guides_english_line_for_line(assessments, name):
    a = assessments[name]
    guide = a.guide
    chinese, english = findings(a), findings(a, lang="en")
    assert [f.item_id for f in english] == [f.item_id for f in chinese]
    for zh, en in zip(chinese, english, strict=True):
        assert [(x.question_ids, x.specific) for x in en.advice] == [(x.question_ids, x.specific) for x in zh.advice]
        for x in en.advice:
            if x.specific:  # the question's own advice
                assert x.text in guide.advice(guide.questions[x.question_ids[0]], "en")
            else:  # the item's remediation, for the questions without advice of their own
                assert x.text in guide.remediation(guide.items[en.item_id], "en")
            assert not HAN.search(x.text), (en.item_id, x.text)
    assert any(x.specific for f in english for x in f.advice)  # every example has a question's own advice


def test_the_first_advice_deals_with_what_failed(assessments):
    """The cases a reader found: advice on the 出资期限 answered 符合, on unlicensed products of a distributor whose
    licences are in order, on project planning where a workshop produces without environmental acceptance."""
    biotech = by_item(assessments["biotech-startup"])
    assert biotech["V03"].advice[0].question_ids == ("Q03-2",)
    assert "出资期限" not in " ".join(x.text for x in biotech["V03"].advice)  # Q03-1 is answered 符合
    distributor = assessments["device-distributor"]
    for found in findings(distributor):
        for advice in found.advice:
            assert "立即停止经营" not in advice.text and "药品" not in advice.text, (found.item_id, advice.text)
    drug = by_item(assessments["drug-manufacturer"])
    assert drug["V28"].advice[0].question_ids == ("Q34-3",) and "验收" in drug["V28"].advice[0].text
    assert all("立项" not in x.text for x in drug["V28"].advice)


def test_a_report_of_an_assessment_made_with_guide_1_0_carries_none_of_its_notes_for_editors():
    """Guide 1.0 wrote "该文本未收录，本事项未引用其罚则" into three items; its assessments still open and print."""
    from dataclasses import fields, is_dataclass

    from checklist.editorial import EDITOR_PHRASES
    from reports.model import build_report
    from tests.helpers import FIXTURES

    with AssessmentFile.open(FIXTURES / "guide-1.0" / "drug-manufacturer-1.0.lhc", "test", read_only=True) as f:
        assert "未收录" in f.guide.sources["chapters/05-ip-labour-data-tax.yaml"].decode()
        model = build_report(f.assessment)

    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, tuple):
            for v in value:
                yield from strings(v)
        elif is_dataclass(value):
            for field in fields(value):
                yield from strings(getattr(value, field.name))

    text = "\n".join(strings(model))
    assert "发票管理办法" in text  # the sentence is kept, without the note
    for phrase in EDITOR_PHRASES:
        assert phrase.lower() not in text.lower(), phrase
