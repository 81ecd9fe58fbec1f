"""The assessment file keeps every answer and explains every file it cannot open."""

import datetime as dt
import sqlite3

import pytest

from checklist import store
from checklist.assessment import ActionItem, ActionStatus
from checklist.model import Answer
from checklist.profile import CompanyProfile
from checklist.store import AssessmentFile, StoreError

PROFILE = CompanyProfile("杭州示例生物科技有限公司", "91330100MA27XYW12A", frozenset({"mah", "clinical_trials"}),
                         region="浙江省杭州市", assessor="王敏", assessment_date=dt.date(2026, 11, 28))


@pytest.fixture
def lhc(tmp_path, sample_guide):
    path = tmp_path / "示例.lhc"
    AssessmentFile.create(path, sample_guide, PROFILE, "王敏").close()
    return path


def test_everything_written_comes_back(lhc):
    with AssessmentFile.open(lhc, "王敏") as f:
        f.set_answer("Q01-1", Answer.PARTIAL)
        f.set_note("Q01-1", "2025 年住所变更未登记 <script>")
        f.set_answer("Q03-1", Answer.NOT_APPLICABLE, na_reason="本年度无在研临床试验")
        f.set_action(ActionItem("Q01-1", "补办住所变更登记", "法务部 李娜", dt.date(2026, 12, 31), ActionStatus.IN_PROGRESS))
        att = f.add_attachment("Q01-1", "营业执照.pdf", data=b"%PDF-1.7 licence")
    with AssessmentFile.open(lhc, "李娜") as f:
        a = f.assessment
        assert a.profile == PROFILE
        r = a.records["Q01-1"]
        assert (r.answer, r.note, r.changed_by) == (Answer.PARTIAL, "2025 年住所变更未登记 <script>", "王敏")
        assert a.records["Q03-1"].na_reason == "本年度无在研临床试验"
        assert a.actions["Q01-1"].measure == "补办住所变更登记"
        assert a.actions["Q01-1"].due == dt.date(2026, 12, 31)
        assert [x.name for x in a.attachments] == ["营业执照.pdf"]
        assert f.attachment_data(att.id) == b"%PDF-1.7 licence"
        assert [row[2:4] for row in f.audit_log()] == [
            ("create", "file"), ("answer", "Q01-1"), ("note", "Q01-1"), ("answer", "Q03-1"),
            ("action", "Q01-1"), ("attachment_add", "Q01-1")]
        assert f.guide.content_hash == a.guide.content_hash


def test_not_applicable_needs_a_reason(lhc):
    with AssessmentFile.open(lhc, "王敏") as f:
        with pytest.raises(StoreError) as err:
            f.set_answer("Q01-1", Answer.NOT_APPLICABLE)
        assert err.value.message.zh == "标为“不适用”时请写明理由。"
        assert "Q01-1" not in f.assessment.records


def test_second_instance_gets_the_file_read_only(lhc):
    with AssessmentFile.open(lhc, "王敏") as first:
        first.set_answer("Q01-1", Answer.COMPLIANT)
        with AssessmentFile.open(lhc, "李娜") as second:
            assert second.read_only
            assert second.read_only_reason.zh.startswith("该文件已在另一个窗口中打开编辑")
            assert second.assessment.records["Q01-1"].answer is Answer.COMPLIANT
            with pytest.raises(StoreError) as err:
                second.set_answer("Q01-1", Answer.NON_COMPLIANT)
            assert err.value.code == "read_only"
    with AssessmentFile.open(lhc, "李娜") as again:
        assert not again.read_only


def test_an_attachment_over_the_limit_is_refused_clearly(lhc, tmp_path):
    big = tmp_path / "扫描件.pdf"
    with open(big, "wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # 100 MB, sparse
    with AssessmentFile.open(lhc, "王敏") as f:
        with pytest.raises(StoreError) as err:
            f.add_attachment("Q01-1", big)
        assert err.value.message.zh == (
            "附件“扫描件.pdf”有 100 MB，超过单个附件 50 MB 的上限。请压缩、拆分，或只附关键页。")
        assert f.assessment.attachments == ()


def test_full_disk_loses_only_the_change_being_made(lhc):
    with AssessmentFile.open(lhc, "王敏") as f:
        f.set_answer("Q01-1", Answer.COMPLIANT)
        pages = f._conn.execute("PRAGMA page_count").fetchone()[0]
        f._conn.execute(f"PRAGMA max_page_count = {pages + 1}")  # SQLite's own "disk is full" from here on
        with pytest.raises(StoreError) as err:
            f.add_attachment("Q01-1", "big.bin", data=b"x" * 200_000)
        assert err.value.code == "disk_full"
        assert err.value.message.zh == "磁盘空间不足，最后一次修改没有保存，之前的内容完好。请清理磁盘空间后重试。"
    with AssessmentFile.open(lhc, "王敏") as f:
        assert f.assessment.records["Q01-1"].answer is Answer.COMPLIANT
        assert f.assessment.attachments == ()


def _expect_error(path, code, zh):
    with pytest.raises(StoreError) as err:
        AssessmentFile.open(path, "王敏")
    assert (err.value.code, err.value.message.zh) == (code, zh)


def test_zero_byte_file(tmp_path):
    path = tmp_path / "空.lhc"
    path.write_bytes(b"")
    _expect_error(path, "empty", "文件是空的（0 字节），可能在复制或下载时中断。请使用备份或重新获取该文件。")


def test_truncated_file(lhc):
    data = lhc.read_bytes()
    lhc.write_bytes(data[: len(data) // 2])
    with pytest.raises(StoreError) as err:
        AssessmentFile.open(lhc, "王敏")
    assert err.value.code == "truncated"
    assert err.value.message.zh.startswith("文件不完整：应有 ")
    assert "可能在复制或传输时被截断" in err.value.message.zh


def test_pdf_renamed_to_lhc(tmp_path):
    path = tmp_path / "报告.lhc"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    _expect_error(path, "foreign", "这不是体检文件（.lhc），看起来是PDF 文档。")


def test_other_sqlite_database(tmp_path):
    path = tmp_path / "other.lhc"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    _expect_error(path, "foreign", "这是一个数据库文件，但不是体检文件（.lhc）。")


def test_file_from_a_future_version(lhc):
    conn = sqlite3.connect(lhc)
    conn.execute(f"PRAGMA user_version = {store.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    _expect_error(lhc, "too_new",
                  f"此文件由更新版本的软件创建（文件格式第 {store.SCHEMA_VERSION + 1} 版，本软件支持到第 "
                  f"{store.SCHEMA_VERSION} 版）。请升级软件后再打开。")


def test_damaged_pages_are_reported_not_raised(lhc):
    data = bytearray(lhc.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size * 2, page_size * 3):  # scribble over a b-tree page
        data[offset] = 0xA5
    lhc.write_bytes(bytes(data))
    with pytest.raises(StoreError) as err:
        AssessmentFile.open(lhc, "王敏")
    assert err.value.code == "damaged"
    assert err.value.message.zh.startswith("文件 示例.lhc 已损坏，无法读取")


def _add_future_columns(conn):
    conn.execute("ALTER TABLE answers ADD COLUMN evidence TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE actions ADD COLUMN budget INTEGER")
    conn.execute("ALTER TABLE attachments ADD COLUMN kind TEXT NOT NULL DEFAULT 'document'")
    conn.execute("ALTER TABLE audit ADD COLUMN host TEXT NOT NULL DEFAULT ''")


def test_a_column_added_by_a_later_migration_does_not_break_writes(lhc, monkeypatch):
    with AssessmentFile.open(lhc, "王敏") as f:
        f.set_answer("Q01-1", Answer.COMPLIANT)
    future = store.SCHEMA_VERSION + 1
    monkeypatch.setattr(store, "SCHEMA_VERSION", future)
    monkeypatch.setitem(store.MIGRATIONS, future - 1, _add_future_columns)
    with AssessmentFile.open(lhc, "王敏") as f:
        assert f._conn.execute("PRAGMA user_version").fetchone()[0] == future
        f._conn.execute("UPDATE answers SET evidence = '合同第 3 条' WHERE question_id = 'Q01-1'")
        f.set_answer("Q01-1", Answer.PARTIAL)
        f.set_note("Q01-1", "住所变更未登记")
        f.set_answer("Q02-1", Answer.UNSURE)
        f.set_action(ActionItem("Q01-1", "补办登记", "李娜", dt.date(2026, 12, 31)))
        f.add_attachment("Q01-1", "执照.pdf", data=b"%PDF")
        f.update_profile(PROFILE)
    with AssessmentFile.open(lhc, "李娜") as f:
        a = f.assessment
        assert (a.records["Q01-1"].answer, a.records["Q01-1"].note) == (Answer.PARTIAL, "住所变更未登记")
        assert a.records["Q02-1"].answer is Answer.UNSURE
        assert a.actions["Q01-1"].owner == "李娜"
        assert [x.name for x in a.attachments] == ["执照.pdf"]
        # a save updates the columns it knows and leaves the later one alone
        assert f._conn.execute("SELECT evidence FROM answers WHERE question_id = 'Q01-1'").fetchone() == ("合同第 3 条",)
        assert f._conn.execute("SELECT kind FROM attachments").fetchone() == ("document",)


def test_create_never_leaves_a_partial_file(tmp_path, sample_guide):
    target = tmp_path / "missing-folder" / "a.lhc"
    with pytest.raises(StoreError) as err:
        AssessmentFile.create(target, sample_guide, PROFILE, "王敏")
    assert err.value.code == "write_failed"
    assert not target.exists()


def test_files_holding_an_older_guide_format_keep_opening(tmp_path):
    # guides written before control questions existed have no control_exposure_cap
    import shutil

    from checklist.loader import load_guide
    from tests.helpers import SAMPLE_GUIDE

    old = tmp_path / "old-guide"
    shutil.copytree(SAMPLE_GUIDE, old)
    scoring = old / "scoring.yaml"
    scoring.write_text(scoring.read_text(encoding="utf-8").replace("control_exposure_cap: 0.5\n", ""), encoding="utf-8")
    path = tmp_path / "old.lhc"
    AssessmentFile.create(path, load_guide(old), PROFILE, "王敏").close()
    with AssessmentFile.open(path, "王敏") as f:
        assert f.guide.scoring.control_exposure_cap == 1.0
