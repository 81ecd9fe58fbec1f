"""Stable ids, free numbering: numbers follow the order, guidance refers by id and shows the current number."""

from __future__ import annotations

import shutil

from checklist.loader import check_guide
from tests.helpers import SAMPLE_GUIDE, sample_v2


def test_an_article_inserted_in_the_middle_renumbers_the_rest_and_references_follow(tmp_path):
    guide, problems = check_guide(sample_v2(tmp_path / "v2"))
    assert guide is not None, [p.render() for p in problems if not p.warning]
    assert [a.id for a in guide.articles.values()][3:6] == ["A04", "A11", "A05"]
    assert [a.number for a in guide.articles.values()] == list(range(1, 12))
    assert guide.articles["A05"].label == "第六条"
    assert "第四条的原始记录" in guide.articles["A11"].guidance  # written [[A04]]


def _copy_with(tmp_path, old: str, new: str):
    folder = shutil.copytree(SAMPLE_GUIDE, tmp_path / "g")
    chapter = folder / "chapters" / "02-rnd.yaml"
    chapter.write_text(chapter.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    return folder


def test_a_literal_reference_to_the_guides_own_article_is_refused_where_it_is(tmp_path):
    folder = _copy_with(tmp_path, "研发数据应当真实、完整、可追溯。", "研发数据应当真实、完整、可追溯，见本指引第三条。")
    guide, problems = check_guide(folder)
    assert guide is None
    assert [p.render() for p in problems if not p.warning] == [
        "chapters/02-rnd.yaml:24:15: “本指引第三条”直接写了序号，插入或删除条文后会指错。请改写成按编号引用，如“本指引[[A19]]”，"
        "软件显示时会换成当时的序号。"]


def test_a_reference_to_an_id_the_guide_lacks_is_refused(tmp_path):
    folder = _copy_with(tmp_path, "研发数据应当真实、完整、可追溯。", "研发数据应当真实、完整、可追溯，见[[A99]]。")
    guide, problems = check_guide(folder)
    assert guide is None
    assert "引用“[[A99]]”指向的条文或章不存在" in [p.render() for p in problems if not p.warning][0]


def test_a_number_still_written_must_be_the_one_the_order_gives(tmp_path):
    folder = _copy_with(tmp_path, "    number: 4\n", "    number: 7\n")
    guide, problems = check_guide(folder)
    assert guide is None
    assert [p.render() for p in problems if not p.warning] == [
        "chapters/02-rnd.yaml:22:13: 条序号由先后顺序决定（可以不写）：此处应为 4，实际写的是 7。"]
