"""The assessment file keeps every answer and explains every file it cannot open."""

import datetime as dt
import shutil
import sqlite3

import pytest

from checklist import store
from checklist.assessment import ActionItem, ActionStatus
from checklist.model import Answer
from checklist.profile import CompanyProfile
from checklist.store import AssessmentFile, StoreError
from tests.helpers import FIXTURES

VERSION_1_FILE = FIXTURES / "guide-1.0" / "drug-manufacturer-1.0.lhc"  # made with schema version 1; never written

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
    data = lhc.read_bytes()
    message = (f"此文件由更新版本的软件创建（文件格式第 {store.SCHEMA_VERSION + 1} 版，本软件支持到第 "
               f"{store.SCHEMA_VERSION} 版）。请升级软件后再打开。")
    _expect_error(lhc, "too_new", message)
    with pytest.raises(StoreError) as err:
        AssessmentFile.open(lhc, "王敏", read_only=True)
    assert (err.value.code, err.value.message.zh) == ("too_new", message)
    assert lhc.read_bytes() == data
    assert sorted(p.name for p in lhc.parent.iterdir()) == [lhc.name]


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
    monkeypatch.setattr(store.schema, "SCHEMA_VERSION", future)
    monkeypatch.setattr(store.file, "SCHEMA_VERSION", future)
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


@pytest.fixture
def v1(tmp_path):
    """A copy of a file written by version 1.0 of the software (schema version 1)."""
    path = tmp_path / "恒澜药业.lhc"
    shutil.copyfile(VERSION_1_FILE, path)
    return path


def _rows(path):
    """The answers and action items of a file as SQLite holds them."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        answers = {q: (Answer(a) if a else None, note, reason) for q, a, note, reason in conn.execute(
            "SELECT question_id, answer, note, na_reason FROM answers")}
        actions = {q: (measure, status) for q, measure, status in conn.execute(
            "SELECT question_id, measure, status FROM actions")}
        return answers, actions, conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def _records(f):
    a = f.assessment
    return ({q: (r.answer, r.note, r.na_reason) for q, r in a.records.items()},
            {q: (x.measure, x.status.value) for q, x in a.actions.items()})


def test_a_version_1_file_is_upgraded_with_a_backup_beside_it(v1):
    original = v1.read_bytes()
    answers, actions, version = _rows(v1)
    assert version == 1 and len(answers) == 113 and len(actions) == 23
    backup = v1.with_name("恒澜药业.lhc.v1.bak")
    with AssessmentFile.open(v1, "王敏") as f:
        assert not f.read_only
        assert (f.migrated_from, f.backup_path) == (1, backup)
        assert f.migration_notice.zh == (
            f"此文件由旧版软件创建，文件格式已从第 1 版升级为第 {store.SCHEMA_VERSION} 版，内容不变。"
            "升级前的文件保存在 恒澜药业.lhc.v1.bak，旧版软件可以打开它。")
        assert backup.read_bytes() == original
        assert _records(f) == (answers, actions)
        assert f.guide.meta.version == "1.0.0"
        assert f.guide.content_hash == f.meta()["guide_hash"]
        assert {c for (c,) in f._conn.execute("SELECT compression FROM guide_files")} == {"zlib"}
        assert f.audit_log()[-1][2:] == ("upgrade", "file", "1", str(store.SCHEMA_VERSION))
        f.set_answer("Q01-1", Answer.NON_COMPLIANT)
        f.set_note("Q01-1", "升级后补充的备注")
        f.set_action(ActionItem("Q01-1", "补办变更登记", "法务部 李娜", dt.date(2027, 1, 31)))
        att = f.add_attachment("Q01-1", "变更登记通知书.pdf", data=b"%PDF-1.7 notice")
    assert v1.stat().st_size < len(original)  # the guide's files are stored compressed
    with AssessmentFile.open(v1, "李娜") as f:
        assert (f.migrated_from, f.backup_path, f.migration_notice) == (None, None, None)
        r = f.assessment.records["Q01-1"]
        assert (r.answer, r.note, r.changed_by) == (Answer.NON_COMPLIANT, "升级后补充的备注", "王敏")
        assert f.assessment.actions["Q01-1"].owner == "法务部 李娜"
        assert f.attachment_data(att.id) == b"%PDF-1.7 notice"
        assert {q: v for q, v in _records(f)[0].items() if q != "Q01-1"} == {
            q: v for q, v in answers.items() if q != "Q01-1"}
    assert _rows(v1)[2] == store.SCHEMA_VERSION
    assert backup.read_bytes() == original
    assert sorted(p.name for p in v1.parent.iterdir()) == ["恒澜药业.lhc", "恒澜药业.lhc.v1.bak"]
    with AssessmentFile.open(backup, "王敏", read_only=True) as old:
        assert _records(old) == (answers, actions)


def test_a_read_only_open_of_a_version_1_file_reads_it_and_writes_nothing(v1):
    original = v1.read_bytes()
    mtime = v1.stat().st_mtime_ns
    answers, actions, _ = _rows(v1)
    with AssessmentFile.open(v1, "王敏", read_only=True) as f:
        assert f.read_only and f.migrated_from is None
        assert _records(f) == (answers, actions)
        assert f.guide.content_hash == f.meta()["guide_hash"]
        assert f.assessment.score().index is not None
        with pytest.raises(StoreError) as err:
            f.set_answer("Q01-1", Answer.PARTIAL)
        assert err.value.code == "read_only"
    assert (v1.read_bytes(), v1.stat().st_mtime_ns) == (original, mtime)
    assert sorted(p.name for p in v1.parent.iterdir()) == ["恒澜药业.lhc"]
    assert VERSION_1_FILE.read_bytes() == original


def test_an_older_backup_already_beside_the_file_is_kept(v1):
    backup = v1.with_name("恒澜药业.lhc.v1.bak")
    backup.write_bytes(b"the copy a user made earlier")
    with AssessmentFile.open(v1, "王敏") as f:
        assert (f.migrated_from, f.backup_path) == (1, backup)
    assert backup.read_bytes() == b"the copy a user made earlier"


def test_an_upgrade_that_fails_leaves_the_file_as_it_was_and_opens_it_read_only(v1, monkeypatch):
    answers, actions, _ = _rows(v1)
    data = v1.read_bytes()
    original = store.MIGRATIONS[1]

    def half_way(conn):
        original(conn)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setitem(store.MIGRATIONS, 1, half_way)
    with AssessmentFile.open(v1, "王敏") as f:
        assert f.read_only and f.migrated_from is None
        assert f.read_only_reason.zh == (
            "此文件由旧版软件创建，需要升级文件格式才能编辑，但升级未能完成（database or disk is full），"
            "已以只读方式打开，文件没有改动。请检查磁盘空间和文件夹权限后重新打开。")
        assert _records(f) == (answers, actions)
    assert v1.read_bytes() == data
    conn = sqlite3.connect(v1)
    assert "compression" not in [row[1] for row in conn.execute("PRAGMA table_info(guide_files)")]
    conn.close()
    monkeypatch.setitem(store.MIGRATIONS, 1, original)
    with AssessmentFile.open(v1, "王敏") as f:  # the editing lock was given back
        assert not f.read_only and f.migrated_from == 1
        assert _records(f) == (answers, actions)


def test_new_files_store_the_guide_compressed(lhc, sample_guide):
    with AssessmentFile.open(lhc, "王敏", read_only=True) as f:
        assert f.guide.content_hash == sample_guide.content_hash
        stored = f._conn.execute("SELECT compression, sum(length(content)) FROM guide_files GROUP BY 1").fetchall()
    assert stored[0][0] == "zlib" and len(stored) == 1
    assert stored[0][1] < sum(map(len, sample_guide.sources.values())) / 2


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


def test_many_answers_are_written_in_one_transaction_with_an_audit_row_each(lhc):
    with AssessmentFile.open(lhc, "王敏") as f:
        f.set_answer("Q01-1", Answer.COMPLIANT)
        f.set_answers([("Q03-1", Answer.NOT_APPLICABLE, "本年度无在研临床试验"),
                       ("Q03-2", Answer.NOT_APPLICABLE, "本年度无在研临床试验"),
                       ("Q01-1", None, None)])
        assert f.assessment.records["Q03-2"].na_reason == "本年度无在研临床试验"
        assert f.assessment.records["Q01-1"].answer is None
    with AssessmentFile.open(lhc, "李娜") as f:
        records = f.assessment.records
        assert (records["Q03-1"].answer, records["Q03-2"].answer) == (Answer.NOT_APPLICABLE,) * 2
        assert records["Q03-1"].changed_by == "王敏"
        assert records["Q01-1"].answer is None
        assert [row[2:6] for row in f.audit_log()][-3:] == [
            ("answer", "Q03-1", None, "not_applicable"), ("answer", "Q03-2", None, "not_applicable"),
            ("answer", "Q01-1", "compliant", None)]


def test_many_answers_are_all_refused_when_one_is_not_allowed(lhc):
    with AssessmentFile.open(lhc, "王敏") as f:
        with pytest.raises(StoreError) as err:
            f.set_answers([("Q03-1", Answer.NOT_APPLICABLE, "本年度无在研临床试验"),
                           ("Q03-2", Answer.NOT_APPLICABLE, "  ")])
        assert err.value.message.zh == "标为“不适用”时请写明理由。"
        assert f.assessment.records == {}
        assert [row[2] for row in f.audit_log()] == ["create"]


def test_many_answers_on_a_full_disk_leave_none_written(lhc):
    with AssessmentFile.open(lhc, "王敏") as f:
        pages = f._conn.execute("PRAGMA page_count").fetchone()[0]
        f._conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk is full" from here on
        reason = "本企业不从事该项业务" * 150  # rows big enough to need new pages
        with pytest.raises(StoreError) as err:
            f.set_answers([(q, Answer.NOT_APPLICABLE, reason) for q in f.guide.questions])
        assert err.value.code == "disk_full"
        assert f.assessment.records == {}
    with AssessmentFile.open(lhc, "王敏") as f:
        assert f.assessment.records == {}
        assert [row[2] for row in f.audit_log()] == ["create"]
