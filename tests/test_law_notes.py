"""What users are told about the law behind a guide: the status date, adopted changes, and what a
later version of the guide knows about the laws an older assessment relied on."""

import datetime as dt
import shutil

from checklist.explain import explain
from checklist.lawnotes import law_standing
from checklist.loader import load_guide, newer_version_of
from checklist.model import Answer
from checklist.store import AssessmentFile
from reports.html import render_html
from reports.model import build_report
from reports.options import ReportOptions
from tests.helpers import FIXTURES, SAMPLE_GUIDE


def test_the_status_date_and_a_repeal_before_and_after_it_happens(sample_guide):
    before = law_standing(sample_guide, today=dt.date(2026, 6, 1))
    assert before.heading() == "法律状态截至 2025年12月31日"
    assert [n.text() for n in before.pending] == [
        "《中华人民共和国固体废物污染环境防治法》现行有效；将于2026年8月15日废止（中华人民共和国生态环境法典）。"]
    after = law_standing(sample_guide, today=dt.date(2026, 9, 1))
    assert after.pending[0].status == "已于2026年8月15日废止（中华人民共和国生态环境法典）"
    assert after.pending[0].text("en") == (
        "中华人民共和国固体废物污染环境防治法: repealed on 15 August 2026 (中华人民共和国生态环境法典).")


def test_the_explanation_of_an_item_names_the_change_of_its_law(sample_guide):
    from checklist.scoring import score

    s = score(sample_guide, frozenset(sample_guide.facts), {})
    waste_item = next(i for i in sample_guide.items.values()
                      if any(r.law_id == "guti-feiwu-wuran-huanjing-fangzhi-fa" for r in i.legal_refs))
    lines = explain(sample_guide, s, waste_item.id, today=dt.date(2026, 6, 1)).lines()
    assert lines[-2:] == ["依据的法律：法律状态截至 2025年12月31日。",
                          "《中华人民共和国固体废物污染环境防治法》现行有效；将于2026年8月15日废止（中华人民共和国生态环境法典）。"]


def newer_sample(tmp_path):
    folder = shutil.copytree(SAMPLE_GUIDE, tmp_path / "v2")
    guide_file = folder / "guide.yaml"
    guide_file.write_text(guide_file.read_text(encoding="utf-8").replace('version: "0.1.0"', 'version: "0.2.0"'),
                          encoding="utf-8")
    laws = folder / "laws.yaml"
    laws.write_text(laws.read_text(encoding="utf-8").replace(
        "revision: 2012-12-28\n    revision_note: 2012年修正", "revision: 2026-03-01\n    revision_note: 2026年修正"),
        encoding="utf-8")
    return folder


def test_a_report_of_an_older_guide_says_which_version_it_used_and_what_changed(tmp_path, sample_guide):
    from tests.test_ui.conftest import make_profile

    folder = newer_sample(tmp_path)
    newer = newer_version_of(sample_guide, folder)
    assert newer is not None and newer.meta.version == "0.2.0"
    assert newer_version_of(sample_guide, SAMPLE_GUIDE) is None  # the same content is not a newer version
    assert newer_version_of(newer, SAMPLE_GUIDE) is None  # nor is an older one
    path = tmp_path / "a.lhc"
    with AssessmentFile.create(path, sample_guide, make_profile(sample_guide), "王敏") as file:
        file.set_answer("Q06-1", Answer.NON_COMPLIANT)  # the hazardous-waste item, whose law was repealed
        model = build_report(file.assessment, ReportOptions(), today=dt.date(2026, 12, 2), current_guide=newer)
    method = model.method
    assert method.law_heading == "法律状态截至 2025年12月31日"
    assert method.current_version == "0.2.0"
    assert method.law_since == ("《中华人民共和国劳动合同法》已修订（2026年修正），本次体检所用指引引用的是2012年修正的文本。",)
    assert method.law_pending[0].startswith("《中华人民共和国固体废物污染环境防治法》已于2026年8月15日废止")
    groups = [g for c in model.findings for f in c.findings for g in f.laws]
    assert any(g.change.startswith("已于2026年8月15日废止") for g in groups if "固体废物" in g.law)
    html = render_html(model, ReportOptions())
    assert "本次体检使用的是该指引 0.1.0 版（法律状态截至 2025年12月31日），现行版本为 0.2.0 版" in html
    assert "已修订（2026年修正）" in html


def test_an_assessment_made_with_guide_1_0_learns_what_guide_1_1_knows(tmp_path):
    bundled = load_guide(__import__("guide_content").bundled_guide_dir())
    with AssessmentFile.open(FIXTURES / "guide-1.0" / "drug-manufacturer-1.0.lhc", "测试", read_only=True) as f:
        old = f.guide
        standing = law_standing(old, newer_version_of(old, __import__("guide_content").bundled_guide_dir()),
                                today=dt.date(2026, 12, 2))
    assert old.meta.version == "1.0.0" and bundled.meta.version == "1.2.0"
    assert standing.heading() == "该版指引未载明法律状态的核对日期"
    assert standing.newer_version == "1.2.0"
    repealed = {n.title for n in standing.since if "废止" in n.status}
    assert repealed == {"中华人民共和国环境保护法", "中华人民共和国环境影响评价法", "中华人民共和国大气污染防治法",
                        "中华人民共和国水污染防治法", "中华人民共和国固体废物污染环境防治法"}
    assert any(n.title == "中华人民共和国商标法" and "2027年1月1日" in n.text() for n in standing.since)
