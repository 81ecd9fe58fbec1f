"""A firm's engagement facts and the reviewer's sign-off: kept in the file and its export, checked on every
read, and withdrawn by any later change."""

import datetime as dt
import json
import shutil
import sqlite3
from dataclasses import replace

import pytest

from checklist.assessment import ActionItem
from checklist.engagement import Contact, Engagement, Interview, Lawyer, completeness, current_signoff
from checklist.interchange import import_json, read_json, to_json
from checklist.model import Answer
from checklist.store import AssessmentFile, StoreError
from tests.helpers import FIXTURES
from tests.test_store import PROFILE

VERSION_3_FILE = FIXTURES / "schema-3" / "sample-3.lhc"  # made with schema version 3; never written

ENGAGEMENT = Engagement(
    reference="示例律所〔2026〕合规字第 018 号",
    firm="示例律师事务所",
    scope="公司设立、研发与生产三章所列事项；不含税务与知识产权诉讼。",
    as_of=dt.date(2026, 11, 20),
    documents=("营业执照（2025年换发）", "药品生产许可证"),
    interviews=(Interview("周婷", "质量负责人", dt.date(2026, 11, 12)),),
    assumptions="企业提供的文件真实、完整；本报告仅供委托方内部使用。",
    lawyers=(Lawyer("陈律师（示例）", "13101201810012345"), Lawyer("林律师（示例）", "13101202010054321")),
    partner=Lawyer("赵合伙人（示例）", "13101200510067890"),
    contacts=(Contact("王敏", "法务经理", "0571-00000000"),),
)


@pytest.fixture
def v3(tmp_path):
    path = tmp_path / "样例.lhc"
    shutil.copyfile(VERSION_3_FILE, path)
    return path


def _contents(f):
    a = f.assessment
    return (a.profile, dict(a.records), dict(a.actions), [(x.name, x.sha256) for x in a.attachments],
            a.archive, dict(a.reviews), a.law_review, f.guide.content_hash)


def test_a_version_3_file_is_upgraded_to_4_keeping_everything(v3):
    original = v3.read_bytes()
    with AssessmentFile.open(v3, "王敏", read_only=True) as old:
        before = _contents(old)
        data = {a.id: old.attachment_data(a.id) for a in old.assessment.attachments}
    assert before[4] and before[5] and before[6], "the fixture holds an archive, reviews and a law review"
    with AssessmentFile.open(v3, "王敏") as f:
        assert (f.migrated_from, f.backup_path) == (3, v3.with_name("样例.lhc.v3.bak"))
        assert _contents(f) == before
        assert {a.id: f.attachment_data(a.id) for a in f.assessment.attachments} == data
        assert f.assessment.engagement == Engagement() and f.assessment.signoff is None
        assert f.audit_log()[-1][2:] == ("upgrade", "file", "3", "4")
        f.set_engagement(ENGAGEMENT)
    assert v3.with_name("样例.lhc.v3.bak").read_bytes() == original
    with AssessmentFile.open(v3, "李娜") as f:
        assert f.migrated_from is None
        assert _contents(f) == before
        assert f.assessment.engagement == ENGAGEMENT


def test_the_engagement_round_trips_through_the_file_and_json(tmp_path, sample_guide):
    path = tmp_path / "a.lhc"
    with AssessmentFile.create(path, sample_guide, PROFILE, "王敏") as f:
        f.set_engagement(ENGAGEMENT)
        old, new = f.audit_log()[-1][4:]
        assert old is None and json.loads(new)["partner"] == {"name": "赵合伙人（示例）", "licence": "13101200510067890"}
    with AssessmentFile.open(path, "李娜", read_only=True) as f:
        assert f.assessment.engagement == ENGAGEMENT
        exported = to_json(f)
    assert exported["engagement"]["lawyers"][0] == {"name": "陈律师（示例）", "licence": "13101201810012345"}
    src = tmp_path / "a.json"
    src.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    with import_json(read_json(src), tmp_path / "b.lhc", "李娜") as g:
        assert g.assessment.engagement == ENGAGEMENT


@pytest.mark.parametrize(("change", "message"), [
    ({"lawyers": [{"name": "陈律师", "licence": "1310"}]}, "承办律师第 1 项：执业证号 “1310” 应为 17 位数字"),
    ({"interviews": [{"name": "", "position": "质量负责人"}]}, "访谈第 1 项：请填写姓名。"),
    ({"as_of": "2026-13-01"}, "事实截止日 “2026-13-01” 不是有效的日期"),
    ({"documents": "营业执照"}, "审阅文件应为列表"),
    ({"partner": ["赵"]}, "审核合伙人应为对象"),
])
def test_a_wrong_engagement_in_an_export_is_named(tmp_path, sample_guide, change, message):
    path = tmp_path / "a.lhc"
    with AssessmentFile.create(path, sample_guide, PROFILE, "王敏") as f:
        exported = to_json(f)
    exported["engagement"] = {**ENGAGEMENT.to_data(), **change}
    with pytest.raises(Exception) as err:
        import_json(exported, tmp_path / "b.lhc", "李娜")
    assert message in err.value.message.zh
    assert not (tmp_path / "b.lhc").exists()


def test_a_wrong_engagement_stored_in_a_file_is_named_on_open(tmp_path, sample_guide):
    path = tmp_path / "a.lhc"
    with AssessmentFile.create(path, sample_guide, PROFILE, "王敏") as f:
        f.set_engagement(ENGAGEMENT)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE engagement SET data = json_set(data, '$.partner.licence', '12ab')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as err:
        AssessmentFile.open(path, "王敏")
    assert "委托事实有误：审核合伙人：执业证号 “12ab” 应为 17 位数字" in err.value.message.zh


def _answer_all(f, answer=Answer.COMPLIANT):
    from checklist.applicability import applicable

    for q in sorted(applicable(f.guide, f.assessment.profile.facts).questions):
        f.set_answer(q, answer)


def test_sign_off_is_refused_while_anything_is_missing(tmp_path, sample_guide):
    with AssessmentFile.create(tmp_path / "a.lhc", sample_guide, PROFILE, "王敏") as f:
        f.set_answer("Q01-1", Answer.UNSURE)
        with pytest.raises(StoreError) as err:
            f.sign_off("赵合伙人")
        missing = completeness(f.assessment)
        assert err.value.code == "incomplete"
        assert err.value.message.zh.startswith(f"尚不能签发定稿：尚有 {missing.unanswered} 个适用问题未作答；")
        _answer_all(f)
        f.set_engagement(Engagement(firm="示例律师事务所"))  # a consultant engagement, not complete
        with pytest.raises(StoreError) as err:
            f.sign_off("赵合伙人")
        assert "委托事实缺少 5 项（委托编号、体检范围、事实截止日、承办律师及执业证号、审核合伙人及执业证号）" in err.value.message.zh
        assert f.assessment.signoff is None


def test_a_sign_off_holds_until_something_changes(tmp_path, sample_guide):
    path = tmp_path / "a.lhc"
    with AssessmentFile.create(path, sample_guide, PROFILE, "王敏") as f:
        _answer_all(f)
        f.set_engagement(ENGAGEMENT)
        signed = f.sign_off("赵合伙人（示例）", "13101200510067890")
        assert current_signoff(f.assessment) == signed
        assert f.audit_log()[-1][2:] == ("signoff", "file", None, "赵合伙人（示例）（执业证号 13101200510067890）")
        f.set_answer("Q01-1", Answer.COMPLIANT)  # the same answer again: nothing changed
        assert current_signoff(f.assessment) == signed
    with AssessmentFile.open(path, "李娜") as f:
        assert current_signoff(f.assessment) == signed
        f.set_note("Q01-1", "补充说明")
        assert f.assessment.signoff is None
        assert f.audit_log()[-1][2:] == ("signoff_withdrawn", "file", "赵合伙人（示例）", None)
        f.sign_off("赵合伙人（示例）")
        f.set_action(ActionItem("Q01-1", "复核登记", "法务部", dt.date(2027, 1, 31)))
        assert f.assessment.signoff is None
        f.sign_off("赵合伙人（示例）")
        f.set_engagement(replace(ENGAGEMENT, scope="全部五章"))
        assert f.assessment.signoff is None
    with AssessmentFile.open(path, "李娜") as f:
        assert f.assessment.signoff is None


def test_a_sign_off_does_not_cover_content_changed_behind_the_apps_back(tmp_path, sample_guide):
    path = tmp_path / "a.lhc"
    with AssessmentFile.create(path, sample_guide, PROFILE, "王敏") as f:
        _answer_all(f)
        f.sign_off("李娜")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE answers SET answer = 'non_compliant' WHERE question_id = 'Q01-1'")
    conn.commit()
    conn.close()
    with AssessmentFile.open(path, "王敏", read_only=True) as f:
        assert f.assessment.signoff is not None and current_signoff(f.assessment) is None
