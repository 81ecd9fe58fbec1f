"""``legalcheck guide stats`` and ``citations``: the data the bureau's experts review."""

import csv
import io
import json
import shutil

import pytest

from tests.helpers import SAMPLE_GUIDE, STATUTES, run_cli


def test_stats_json_counts_the_sample():
    result = run_cli("guide", "stats", str(SAMPLE_GUIDE), "--format", "json")
    assert result.returncode == 0
    assert json.loads(result.stdout) == {"chapters": 5, "articles": 10, "items": 6, "questions": 12}


def test_citations_json_has_one_record_per_quote():
    result = run_cli("guide", "citations", str(SAMPLE_GUIDE), "--format", "json")
    records = json.loads(result.stdout)
    assert len(records) == 20
    first = records[0]
    assert first == {
        "where": "A01",
        "law_title": "中华人民共和国公司法",
        "law_revision": "2023-12-29",
        "article": 34,
        "article_sub": 0,
        "paragraph": None,
        "quote": "公司登记事项发生变更的，应当依法办理变更登记",
    }
    assert {
        k: next(r for r in records if r["article"] == 260)[k] for k in ("where", "article", "paragraph")
    } == {"where": "V01", "article": 260, "paragraph": 2}


def test_citations_csv_opens_as_a_sheet():
    result = run_cli("guide", "citations", str(SAMPLE_GUIDE), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == ["where", "law_title", "law_revision", "article", "article_sub", "paragraph", "quote"]
    assert len(rows) == 20
    assert rows[-1]["law_title"] == "中华人民共和国劳动合同法"


@pytest.mark.skipif(not STATUTES.is_dir(), reason="statute texts are not beside this checkout")
def test_verify_accepts_verbatim_quotes_and_names_each_mismatch(tmp_path):
    ok = run_cli("guide", "citations", str(SAMPLE_GUIDE), "--verify", str(STATUTES))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "全部 20 条引文均与法规原文一致" in ok.stdout

    guide = tmp_path / "g"
    shutil.copytree(SAMPLE_GUIDE, guide)
    chapter = guide / "chapters" / "05-labour.yaml"
    text = chapter.read_text(encoding="utf-8")
    chapter.write_text(text.replace("应当向劳动者每月支付二倍的工资", "应当向劳动者每月支付三倍的工资"), encoding="utf-8")
    bad = run_cli("guide", "citations", str(guide), "--verify", str(STATUTES))
    assert bad.returncode == 1
    assert bad.stdout.splitlines() == [
        "V06: 引文与《中华人民共和国劳动合同法》第八十二条原文不一致："
        "“用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付三倍的工资”"
    ]
