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
    assert json.loads(result.stdout) == {"chapters": 5, "articles": 10, "items": 6, "questions": 12,
                                          "quotes": 20}


def test_citations_json_has_one_record_per_quote():
    result = run_cli("guide", "citations", str(SAMPLE_GUIDE), "--format", "json")
    records = json.loads(result.stdout)
    assert len(records) == 20
    first = records[0]
    assert first == {
        "where": "A01",
        "law_title": "中华人民共和国公司法",
        "law_revision": "2023-12-29",
        "law_status": "现行有效",
        "article": 34,
        "article_sub": 0,
        "paragraph": None,
        "quote": "公司登记事项发生变更的，应当依法办理变更登记",
    }
    assert {
        k: next(r for r in records if r["article"] == 260)[k] for k in ("where", "article", "paragraph")
    } == {"where": "V01", "article": 260, "paragraph": 2}
    waste = next(r for r in records if r["law_title"] == "中华人民共和国固体废物污染环境防治法")
    assert waste["law_status"] == "现行有效；将于2026年8月15日废止（中华人民共和国生态环境法典）"


def test_citations_csv_opens_as_a_sheet():
    result = run_cli("guide", "citations", str(SAMPLE_GUIDE), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == ["where", "law_title", "law_revision", "law_status", "article", "article_sub",
                            "paragraph", "quote"]
    assert len(rows) == 20
    assert rows[-1]["law_title"] == "中华人民共和国劳动合同法"


@pytest.mark.skipif(not STATUTES.is_dir(), reason="the full statute texts are not beside this checkout")
def test_verify_compares_the_shipped_articles_with_the_full_texts(tmp_path):
    ok = run_cli("guide", "citations", str(SAMPLE_GUIDE), "--verify", str(STATUTES))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "附带的 5 部法规、15 条条文均与法规全文一致" in ok.stdout

    guide = shutil.copytree(SAMPLE_GUIDE, tmp_path / "g")
    shipped = guide / "statutes" / "laodong-hetong-fa.md"
    # an article edited in the shipped text, quote and all, still loads, but no longer matches the law
    for path in (shipped, guide / "chapters" / "05-labour.yaml"):
        path.write_text(path.read_text(encoding="utf-8").replace("每月支付二倍的工资", "每月支付三倍的工资", 1),
                        encoding="utf-8")
    bad = run_cli("guide", "citations", str(guide), "--verify", str(STATUTES))
    assert bad.returncode == 1
    assert bad.stdout.splitlines() == [
        f"statutes/laodong-hetong-fa.md: 随指引附带的《中华人民共和国劳动合同法》第八十二条与法规全文 "
        f"{STATUTES / 'laodong-hetong-fa.md'} 不一致。"]


@pytest.mark.skipif(not STATUTES.is_dir(), reason="the full statute texts are not beside this checkout")
def test_statutes_command_writes_the_cited_articles(tmp_path):
    guide = shutil.copytree(SAMPLE_GUIDE, tmp_path / "g")
    shutil.rmtree(guide / "statutes")
    assert run_cli("guide", "validate", str(guide)).returncode == 1
    made = run_cli("guide", "statutes", str(guide), "--from", str(STATUTES))
    assert made.returncode == 0, made.stderr
    assert "已写入 5 部法规的 15 条条文" in made.stdout
    assert sorted(p.name for p in (guide / "statutes").iterdir()) == sorted(
        p.name for p in (SAMPLE_GUIDE / "statutes").iterdir())
    assert run_cli("guide", "validate", str(guide)).returncode == 0


@pytest.mark.skipif(not STATUTES.is_dir(), reason="the full statute texts are not beside this checkout")
def test_statutes_command_refuses_to_write_into_a_pipe_and_changes_nothing(tmp_path):
    import os

    guide = shutil.copytree(SAMPLE_GUIDE, tmp_path / "g")
    before = {p.name: p.read_bytes() for p in (guide / "statutes").iterdir()}
    pipe = guide / "statutes" / "gongsi-fa.md"
    pipe.unlink()
    os.mkfifo(pipe)
    made = run_cli("guide", "statutes", str(guide), "--from", str(STATUTES))  # would block if it wrote there
    assert made.returncode != 0 and "不是普通文件" in made.stderr and "Traceback" not in made.stderr
    assert {p.name: p.read_bytes() for p in (guide / "statutes").iterdir() if p.is_file()} == {
        name: data for name, data in before.items() if name != "gongsi-fa.md"}
