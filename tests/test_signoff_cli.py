"""``legalcheck signoff`` and ``legalcheck report --disclaimer`` as a user runs them."""

from __future__ import annotations

import re

from checklist.store import AssessmentFile
from tests.helpers import run_cli
from tests.test_engagement import ENGAGEMENT
from tests.test_report_engagement import COMPLETE, _file, _pages


def test_signoff_is_refused_while_incomplete_then_the_report_names_the_signer_until_a_change(tmp_path, sample_guide):
    lhc = tmp_path / "体检.lhc"
    unfinished = {q: a for q, a in COMPLETE.items() if q != "Q05-1"}
    _file(lhc, sample_guide, unfinished, ENGAGEMENT).close()
    refused = run_cli("signoff", str(lhc), "--by", "赵合伙人（示例）")
    assert refused.returncode == 1
    assert refused.stderr.strip() == "错误：尚不能签发定稿：尚有 1 个适用问题未作答；1 项违规事项待核实。请补齐后再签发。"

    with AssessmentFile.open(lhc, "王敏") as f:
        f.set_answer("Q05-1", COMPLETE["Q05-1"])
    signed = run_cli("signoff", str(lhc), "--by", "赵合伙人（示例）", "--licence", "13101200510067890")
    assert signed.returncode == 0, signed.stderr
    assert signed.stdout.startswith("已签发定稿：赵合伙人（示例）（执业证号 13101200510067890），")

    disclaimer = tmp_path / "免责声明.txt"
    disclaimer.write_text("本所出具的报告仅供委托方使用。\n", encoding="utf-8")
    out = tmp_path / "报告.pdf"
    result = run_cli("report", str(lhc), "-o", str(out), "--template", "consultant", "--disclaimer", str(disclaimer))
    assert result.returncode == 0, result.stderr
    pages = _pages(out)
    assert "由赵合伙人（示例）（执业证号13101200510067890）审核签发定稿" in pages[0]
    assert not any("草稿" in p for p in pages)
    assert "本所出具的报告仅供委托方使用。" in pages[-1]

    with AssessmentFile.open(lhc, "王敏") as f:
        f.set_note("Q05-1", "签发后补充的备注")
        assert f.audit_log()[-1][2] == "signoff_withdrawn"
    again = tmp_path / "修改后.pdf"
    result = run_cli("report", str(lhc), "-o", str(again), "--template", "consultant")
    assert result.returncode == 0, result.stderr
    pages = _pages(again)
    assert all("草稿" in p for p in pages) and "尚未经审核人签发定稿" in pages[0]
    assert not re.search("审核签发定稿。此后", pages[0])


def test_a_disclaimer_file_that_cannot_be_used_is_named(tmp_path, sample_guide):
    lhc = tmp_path / "体检.lhc"
    _file(lhc, sample_guide, COMPLETE, ENGAGEMENT).close()
    bad = tmp_path / "声明.txt"
    bad.write_bytes("免责声明".encode("gb18030"))
    result = run_cli("report", str(lhc), "-o", str(tmp_path / "r.pdf"), "--disclaimer", str(bad))
    assert result.returncode == 1
    assert result.stderr.strip() == "错误：免责声明文件 声明.txt 不是 UTF-8 编码的文本。"
    missing = run_cli("report", str(lhc), "-o", str(tmp_path / "r.pdf"), "--disclaimer", str(tmp_path / "无.txt"))
    assert missing.returncode == 1 and "找不到免责声明文件" in missing.stderr
