"""Export, import and the assessment commands, as a user runs them."""

import csv
import datetime as dt
import io
import json

import pytest

from checklist.assessment import ActionItem, ActionStatus
from checklist.interchange import import_json, read_json, score_to_data, to_csv, to_json
from checklist.model import Answer
from checklist.store import AssessmentFile
from tests.helpers import SAMPLE_GUIDE, run_cli
from tests.test_store import PROFILE


@pytest.fixture
def filled(tmp_path, sample_guide):
    path = tmp_path / "a.lhc"
    with AssessmentFile.create(path, sample_guide, PROFILE, "王敏") as f:
        f.set_answer("Q01-1", Answer.NON_COMPLIANT)
        f.set_note("Q01-1", "住所变更未登记")
        f.set_answer("Q02-1", Answer.COMPLIANT)
        f.set_answer("Q03-1", Answer.PARTIAL)
        f.set_answer("Q04-1", Answer.NOT_APPLICABLE, "无自主研发")
        f.set_action(ActionItem("Q01-1", "补办变更登记", "法务部", dt.date(2027, 1, 31), ActionStatus.OPEN))
        f.add_attachment("Q01-1", "执照.png", data=b"\x89PNG fake")
    return path


def test_export_then_import_reproduces_the_same_score(filled, tmp_path):
    with AssessmentFile.open(filled, "王敏", read_only=True) as f:
        exported = to_json(f, with_attachments=True)
        original_score = score_to_data(f.guide, f.assessment.score())
        original = f.assessment
    src = tmp_path / "a.json"
    src.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    with import_json(read_json(src), tmp_path / "b.lhc", "李娜") as g:
        assert score_to_data(g.guide, g.assessment.score()) == original_score
        assert g.assessment.records == original.records
        assert g.assessment.actions == original.actions
        assert g.guide.content_hash == original.guide.content_hash
        (att,) = g.assessment.attachments
        assert (att.name, g.attachment_data(att.id)) == ("执照.png", b"\x89PNG fake")


def test_csv_has_one_row_per_question_for_spreadsheets(filled):
    with AssessmentFile.open(filled, "王敏", read_only=True) as f:
        text = to_csv(f.assessment)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text[1:])))
    assert len(rows) == 12
    row = rows[0]
    assert (row["问题编号"], row["回答"], row["备注"], row["整改措施"], row["完成期限"], row["附件数"]) == (
        "Q01-1", "不符合", "住所变更未登记", "补办变更登记", "2027-01-31", "1")


def test_cli_new_score_export_import(tmp_path):
    profile = tmp_path / "company.yaml"
    profile.write_text(
        "name: 杭州示例生物科技有限公司\nuscc: 91330100MA27XYW12A\nbusiness_types: [mah]\n"
        "activities: [clinical_trials]\nassessor: 王敏\nassessment_date: 2026-11-28\n", encoding="utf-8")
    lhc = tmp_path / "a.lhc"
    made = run_cli("new", "--profile", str(profile), "-o", str(lhc), "--guide", str(SAMPLE_GUIDE))
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == f"已创建 {lhc}：适用 8 个问题、3 项违规事项。"

    scored = json.loads(run_cli("score", str(lhc), "--format", "json").stdout)
    assert scored["health_index"] is None and scored["provisional"] is True  # nothing answered: nothing known
    assert scored["level"] is None and scored["level_waits"] is True
    assert scored["counts"]["unassessed"] == scored["applicable_items"] == 3
    assert {"id", "level", "risk", "gain_if_fixed"} <= set(scored["items"][0])
    assert [c["id"] for c in scored["chapters"]] == ["C1", "C2", "C3", "C4", "C5"]

    explained = run_cli("score", str(lhc), "--explain", "V02")
    assert "未评估：本事项的问题都还没有作答，风险尚不知道；不评定等级，不计入健康指数。" in explained.stdout

    exported = tmp_path / "a.json"
    assert run_cli("export", str(lhc), "--format", "json", "-o", str(exported)).returncode == 0
    imported = run_cli("import", str(exported), "-o", str(tmp_path / "b.lhc"))
    assert imported.stdout.strip().splitlines()[-1] == f"已导入为 {tmp_path / 'b.lhc'}，健康指数 —（已答 0/8 题）。"
    again = run_cli("import", str(exported), "-o", str(tmp_path / "b.lhc"))
    assert again.returncode == 1 and "已存在，不会覆盖" in again.stderr


def test_cli_rejects_bad_inputs_in_plain_words(tmp_path):
    profile = tmp_path / "bad.yaml"
    profile.write_text("name: 示例\nuscc: 91330100MA27XYW12B\nbusiness_types: [mah]\n", encoding="utf-8")
    result = run_cli("new", "--profile", str(profile), "-o", str(tmp_path / "x.lhc"), "--guide", str(SAMPLE_GUIDE))
    assert result.returncode == 1
    assert "校验位不对：按 GB 32100 计算，第 18 位应为“A”，而不是“B”" in result.stderr
    assert not (tmp_path / "x.lhc").exists()

    truncated = tmp_path / "t.json"
    truncated.write_text('{"format": "legalcheck-assessment", "format_version": 1, "profile": {', encoding="utf-8")
    result = run_cli("import", str(truncated), "-o", str(tmp_path / "t.lhc"))
    assert result.returncode == 1
    assert result.stderr.strip() == "错误：这不是有效的 JSON 文件（第 1 行），可能不完整或已损坏。"
    assert not (tmp_path / "t.lhc").exists()

    pdf = tmp_path / "r.lhc"
    pdf.write_bytes(b"%PDF-1.4")
    result = run_cli("score", str(pdf))
    assert result.stderr.strip() == "错误：这不是体检文件（.lhc），看起来是PDF 文档。"
    assert "Traceback" not in result.stderr


def test_an_import_refuses_guide_files_edited_after_the_export_and_names_the_guide_it_uses(tmp_path):
    import json

    from tests.helpers import ROOT, run_cli

    data = json.loads((ROOT / "examples" / "device-distributor.json").read_text(encoding="utf-8"))
    exported = tmp_path / "a.json"
    assert run_cli("import", str(ROOT / "examples" / "device-distributor.json"), "-o", str(tmp_path / "a.lhc")).returncode == 0
    assert run_cli("export", str(tmp_path / "a.lhc"), "--format", "json", "-o", str(exported)).returncode == 0
    again = run_cli("import", str(exported), "-o", str(tmp_path / "b.lhc"))
    assert again.returncode == 0, again.stderr
    assert "使用指引“生物医药产业风控法务指引”1.2.0 版（导出文件所附" in again.stdout
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["guide"]["files"]["scoring.yaml"] = data["guide"]["files"]["scoring.yaml"].replace("partial: 0.5", "partial: 0.1")
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    edited = run_cli("import", str(exported), "-o", str(tmp_path / "c.lhc"))
    assert edited.returncode == 1
    assert "指引文件在导出后被改动过" in edited.stderr
    assert not (tmp_path / "c.lhc").exists()
