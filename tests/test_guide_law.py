"""The guide against the law, with nothing but the guide folder: quotes, article numbers and law status
are checked from the statute texts the guide ships, each failure at file:line:column."""

import shutil

import pytest

from checklist.loader import check_guide, check_sources, load_sources, read_guide_dir
from tests.helpers import ROOT, SAMPLE_GUIDE, run_cli


@pytest.fixture
def guide_copy(tmp_path):
    return shutil.copytree(SAMPLE_GUIDE, tmp_path / "g")


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def errors(folder, lang="zh"):
    guide, problems = check_guide(folder)
    assert guide is None
    return [p.render(lang) for p in problems if not p.warning]


def test_a_quote_changed_by_one_character_is_refused_where_it_is_written(guide_copy):
    edit(guide_copy / "chapters" / "05-labour.yaml", "每月支付二倍的工资", "每月支付三倍的工资")
    assert errors(guide_copy) == [
        "chapters/05-labour.yaml:39:16: 引文与《中华人民共和国劳动合同法》第八十二条的原文不一致，必须逐字照录。"
        "前 44 个字一致，从“三倍的工资”开始不同。"]


def test_an_article_the_law_does_not_have_is_refused(guide_copy):
    edit(guide_copy / "chapters" / "05-labour.yaml", "article: 82", "article: 182")
    assert errors(guide_copy) == [
        "chapters/05-labour.yaml:38:18: 《中华人民共和国劳动合同法》只到第九十八条，没有第一百八十二条。请核对条号。"]


def test_an_article_missing_from_the_shipped_text_is_refused(guide_copy):
    edit(guide_copy / "chapters" / "05-labour.yaml", "article: 82", "article: 83")
    assert errors(guide_copy) == [
        "chapters/05-labour.yaml:38:18: 随指引附带的《中华人民共和国劳动合同法》文本（statutes/laodong-hetong-fa.md）中没有第八十三条。"
        "请核对条号；条号无误的，把该条全文加入该文件。"]


def test_a_paragraph_the_article_does_not_have_is_refused(guide_copy):
    edit(guide_copy / "chapters" / "05-labour.yaml", "article: 82\n", "article: 82\n        paragraph: 3\n")
    assert errors(guide_copy) == [
        "chapters/05-labour.yaml:39:20: 《中华人民共和国劳动合同法》第八十二条只有 2 款，没有第 3 款。"]


def test_a_law_repealed_before_the_effective_date_is_refused_at_every_citation(guide_copy):
    edit(guide_copy / "guide.yaml", "effective_date: 2026-01-01", "effective_date: 2026-09-01")
    found = errors(guide_copy)
    assert len(found) == 3
    assert found[0] == (
        "chapters/03-production.yaml:24:14: 《中华人民共和国固体废物污染环境防治法》已于 2026-08-15 废止（中华人民共和国生态环境法典），"
        "在本指引施行日期 2026-09-01 已不是现行有效的法律，不能引用。请改引现行法律的相应条文。")
    english = errors(guide_copy, "en")[0]
    assert english.startswith("chapters/03-production.yaml:24:14: 中华人民共和国固体废物污染环境防治法 was repealed on 2026-08-15")


def test_a_law_not_yet_in_force_is_refused(guide_copy):
    edit(guide_copy / "laws.yaml", "effective: 2013-07-01", "effective: 2027-01-01")
    found = errors(guide_copy)
    assert found[0].startswith("chapters/05-labour.yaml:10:14: 《中华人民共和国劳动合同法》自2027-01-01起施行")


def test_a_law_ending_within_twelve_months_is_a_note_naming_date_and_successor(guide_copy):
    guide, problems = check_guide(guide_copy)
    problems = [p for p in problems if p.code != "overlay_missing"]  # the sample guide has no English
    assert guide is not None
    (note,) = problems
    assert note.warning and note.args["end"].isoformat() == "2026-08-15"
    assert "中华人民共和国生态环境法典" in note.render()
    # more than twelve months ahead, no note
    edit(guide_copy / "laws.yaml", "repealed_on: 2026-08-15", "repealed_on: 2027-02-01")
    assert [p for p in check_guide(guide_copy)[1] if p.code != "overlay_missing"] == []


def test_a_cited_law_without_its_text_is_refused(guide_copy):
    (guide_copy / "statutes" / "laodong-hetong-fa.md").unlink()
    assert errors(guide_copy) == [
        "laws.yaml:31:9: 缺少《中华人民共和国劳动合同法》的法规文本 statutes/laodong-hetong-fa.md。"
        "指引引用的每部法规都要附上所引条文的全文（可运行 legalcheck guide statutes --from 法规全文文件夹 自动生成）。"]


def test_an_older_format_opens_as_stored_but_cannot_be_validated_for_use(guide_copy):
    edit(guide_copy / "guide.yaml", "format: 2\n", "")
    edit(guide_copy / "guide.yaml", "law_status_date: 2025-12-31\n", "")
    shutil.rmtree(guide_copy / "statutes")
    assert errors(guide_copy)[0].startswith("guide.yaml:2:1: 这份指引使用第 1 版文件格式，现行为第 2 版")
    guide = load_sources(read_guide_dir(guide_copy))  # as stored in an assessment made with it
    assert guide.meta.format == 1 and guide.statutes == {}


def test_validate_through_the_cli_fails_with_the_position(guide_copy):
    edit(guide_copy / "chapters" / "05-labour.yaml", "每月支付二倍的工资", "每月支付三倍的工资")
    result = run_cli("guide", "validate", str(guide_copy))
    assert result.returncode == 1
    assert any(line.startswith("chapters/05-labour.yaml:39:16: 引文与《中华人民共和国劳动合同法》")
               for line in result.stdout.splitlines())
    assert "共发现 1 处问题" in result.stderr


def test_a_revision_note_with_brackets_is_a_note_because_the_report_would_nest_them(guide_copy):
    edit(guide_copy / "laws.yaml", "revision_note: 2023年修订", "revision_note: 2023年修正（刑法修正案（十二））")
    guide, problems = check_guide(guide_copy)
    assert guide is not None  # a note, not an error: stored guides written this way still open
    notes = [p for p in problems if p.code == "revision_note_brackets"]
    assert len(notes) == 1 and notes[0].warning
    assert notes[0].line == 8 and "逗号" in notes[0].render()


def test_no_revision_note_of_the_bundled_guide_nests_brackets():
    guide, problems = check_guide(ROOT / "guide_content")
    assert guide is not None
    assert [p.render() for p in problems if p.code == "revision_note_brackets"] == []


def test_brackets_inside_a_title_in_a_revision_note_are_fine():
    guide, problems = check_guide(SAMPLE_GUIDE)  # 2023年《刑法修正案（十二）》修正
    assert guide is not None and [p for p in problems if p.code == "revision_note_brackets"] == []


LAPSED_LAW = """  - id: old-law
    title: 中华人民共和国旧法
    short_title: 旧法
    kind: 法律
    issuing_body: 全国人民代表大会常务委员会
    revision: 2010-01-01
    revision_note: 2010年修订
    last_article: 10
    repealed_on: 2024-01-01
    repealed_by: 中华人民共和国新法
"""


def test_a_repealed_law_the_guide_no_longer_cites_belongs_in_the_register_of_lapsed_laws(guide_copy):
    laws = guide_copy / "laws.yaml"
    laws.write_text(laws.read_text(encoding="utf-8").rstrip("\n") + "\n" + LAPSED_LAW, encoding="utf-8")
    found = errors(guide_copy)
    assert len(found) == 1 and "已失效法律登记表" in found[0] and "lapsed.yaml" in found[0]
    assert check_sources(read_guide_dir(guide_copy), current=False)[0] is not None  # a stored guide still opens
    laws.write_text(laws.read_text(encoding="utf-8").replace(LAPSED_LAW, ""), encoding="utf-8")
    (guide_copy / "lapsed.yaml").write_text("laws:\n" + LAPSED_LAW, encoding="utf-8")
    guide, problems = check_guide(guide_copy)
    assert guide is not None and [p for p in problems if not p.warning] == []
    assert "old-law" in guide.lapsed and "old-law" not in guide.laws


def test_a_law_in_force_is_not_a_lapsed_law(guide_copy):
    (guide_copy / "lapsed.yaml").write_text("laws:\n" + LAPSED_LAW.replace("    repealed_on: 2024-01-01\n", "")
                                            .replace("    repealed_by: 中华人民共和国新法\n", ""), encoding="utf-8")
    (found,) = errors(guide_copy)
    assert found.startswith("lapsed.yaml:2:") and "仍然有效" in found
