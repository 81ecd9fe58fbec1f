"""Hostile guides: values the loader did not expect, files that are not files, names that are not text.

Each case goes through ``legalcheck guide validate`` as a user runs it: exit 1, the problem at
file:line:column in plain words, no traceback. Where an assessment file can carry the same content
(its stored guide), the file is refused with a message, the stored guide's problem is the same one,
and the file is left exactly as it was.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from checklist.errors import UserError
from checklist.loader import GuideError, content_hash, load_sources
from checklist.numerals import article_label, chinese_number
from checklist.schema import MAX_SUGGESTIONS
from tests.helpers import ROOT, SAMPLE_GUIDE, run_cli

NOT_A_FILE = "这不是普通文件，而是{kind}，无法读取。请删除它，或换成真正的文件。"


@pytest.fixture
def guide(tmp_path) -> Path:
    return Path(shutil.copytree(SAMPLE_GUIDE, tmp_path / "guide"))


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def validate(folder: Path, *args: str, lang: str = "zh", timeout: float = 60) -> subprocess.CompletedProcess:
    """``legalcheck guide validate`` (or another guide command), which must answer in time: a FIFO must
    not make it wait for a writer."""
    command = [sys.executable, "-m", "cli", "--lang", lang, "guide", *(args or ("validate",)), str(folder)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert "Traceback" not in result.stderr, result.stderr
    return result


def refused(result: subprocess.CompletedProcess, *lines: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    shown = (result.stdout + result.stderr).splitlines()
    for line in lines:
        assert line in shown, f"{line!r} not in {shown}"


# --- inside an assessment file ----------------------------------------------------------------------


@pytest.fixture
def lhc(tmp_path, sample_guide) -> Path:
    from checklist.store import AssessmentFile
    from tests.test_report_model import PROFILE

    path = tmp_path / "客户.lhc"
    with AssessmentFile.create(path, sample_guide, PROFILE, "王敏") as f:
        f.set_note("Q01-1", "住所变更尚未登记。")
    return path


def store_guide_file(lhc: Path, name: str | bytes, content: bytes) -> None:
    """Replace (or add) one file of the guide stored in ``lhc``, its recorded hash updated to match, as an
    editor of the file would: what is left to catch it is the loader."""
    conn = sqlite3.connect(lhc, isolation_level=None)
    try:
        conn.execute("DELETE FROM guide_files WHERE name = ?", (name,))
        conn.execute("INSERT INTO guide_files (name, content, compression) VALUES (?, ?, 'zlib')",
                     (name, zlib.compress(content)))
        sources = {n: zlib.decompress(c) for n, c in conn.execute("SELECT name, content FROM guide_files")}
        if all(isinstance(n, str) for n in sources):
            conn.execute("UPDATE meta SET value = ? WHERE key = 'guide_hash'", (content_hash(sources),))
    finally:
        conn.close()


def stored_sources(lhc: Path) -> dict:
    conn = sqlite3.connect(lhc)
    try:
        return {n: zlib.decompress(c) for n, c in conn.execute("SELECT name, content FROM guide_files")}
    finally:
        conn.close()


def refused_when_opened(lhc: Path, *lines: str) -> None:
    """The stored guide's problems are these lines; opening the file says it cannot be read; the file is unchanged."""
    from checklist.store import AssessmentFile

    with pytest.raises(GuideError) as loaded:
        load_sources(stored_sources(lhc))
    rendered = [p.render() for p in loaded.value.problems]
    for line in lines:
        assert line in rendered, f"{line!r} not in {rendered}"
    before = lhc.read_bytes()
    with pytest.raises(UserError) as opened:
        AssessmentFile.open(lhc, "检查", read_only=True)
    assert opened.value.zh and opened.value.en
    result = run_cli("score", str(lhc))
    assert result.returncode == 1 and result.stderr.startswith("错误：") and "Traceback" not in result.stderr
    assert lhc.read_bytes() == before


def sample_file(name: str) -> str:
    return (SAMPLE_GUIDE / name).read_text(encoding="utf-8")


# --- cause 4: values the loader did not expect --------------------------------------------------------


def test_an_impossible_date(guide, lhc):
    edit(guide / "guide.yaml", "effective_date: 2026-01-01", "effective_date: 2026-02-30")
    line = "guide.yaml:5:17: “2026-02-30”不是存在的日期，请核对年、月、日（例如 2 月没有 30 日）。"
    refused(validate(guide), line)
    store_guide_file(lhc, "guide.yaml", (guide / "guide.yaml").read_bytes())
    refused_when_opened(lhc, line)


def test_a_5000_digit_integer(guide, lhc):
    edit(guide / "guide.yaml", "chapters: 5", "chapters: " + "9" * 5000)
    line = "guide.yaml:12:13: 数字“999999999999999999999999…”太大：最多 15 位。如果它是一段文字，请加引号。"
    refused(validate(guide), line)
    store_guide_file(lhc, "guide.yaml", (guide / "guide.yaml").read_bytes())
    refused_when_opened(lhc, line)


@pytest.mark.parametrize("value", [".inf", "-.inf", ".nan", "1.0e+400"])
def test_infinity_or_nan_where_a_number_belongs(guide, value):
    edit(guide / "scoring.yaml", "control_exposure_cap: 0.5", f"control_exposure_cap: {value}")
    refused(validate(guide, lang="en"),
            "scoring.yaml:12:23: 'control_exposure_cap' must be an ordinary number, not .inf or .nan.")


def test_a_huge_number_where_a_number_belongs(guide):
    edit(guide / "scoring.yaml", "control_exposure_cap: 0.5", "control_exposure_cap: 1" + "0" * 400)
    refused(validate(guide), "scoring.yaml:12:23: 数字“100000000000000000000000…”太大：最多 15 位。如果它是一段文字，请加引号。")


def test_an_article_beyond_any_law(guide, lhc):
    chapter = guide / "chapters" / "01-setup.yaml"
    edit(chapter, "        article: 34\n        quote: 公司登记事项发生变更的，应当依法办理变更登记\n    questions:",
         "        article: 10000\n        paragraph: 100\n        quote: 公司登记事项发生变更的，应当依法办理变更登记\n    questions:")
    lines = ["chapters/01-setup.yaml:12:18: “article”应当是 1 到 9999 之间的整数。",
             "chapters/01-setup.yaml:13:20: “paragraph”应当是 1 到 99 之间的整数。"]
    refused(validate(guide), *lines)
    refused(validate(guide, "citations"), *lines, "错误：指引有 2 处问题，请先运行 legalcheck guide validate 修正。")
    store_guide_file(lhc, "chapters/01-setup.yaml", chapter.read_bytes())
    refused_when_opened(lhc, *lines)


def test_numbers_beyond_chinese_numerals_are_written_in_digits():
    assert chinese_number(9999) == "九千九百九十九"
    assert (chinese_number(10000), chinese_number(0), chinese_number(-3)) == ("10000", "0", "-3")
    assert article_label(10000, 100, 1000) == "第10000条之一百第一千款"


def test_a_non_utf8_statute_text(guide, lhc):
    statute = guide / "statutes" / "xingfa.md"
    statute.write_bytes(statute.read_bytes().replace("第三百三十八条".encode(), "第三百三十八条".encode("gbk")))
    result = validate(guide)
    refused(result, "statutes/xingfa.md:43:1: 文件不是 UTF-8 编码。请用 UTF-8 保存（记事本“另存为”时选择 UTF-8）。")
    assert "缺少《中华人民共和国刑法》的法规文本" not in result.stdout  # it is there, only unreadable
    store_guide_file(lhc, "statutes/xingfa.md", statute.read_bytes())
    refused_when_opened(lhc, "statutes/xingfa.md:43:1: 文件不是 UTF-8 编码。请用 UTF-8 保存（记事本“另存为”时选择 UTF-8）。")


def test_a_non_utf8_full_text_to_verify_against(guide, tmp_path):
    full = Path(shutil.copytree(SAMPLE_GUIDE / "statutes", tmp_path / "full"))
    (full / "gongsi-fa.md").write_bytes("# 中华人民共和国公司法\n".encode() + "第一条".encode("gbk"))
    result = validate(guide, "citations", "--verify", str(full))
    refused(result, f"{full / 'gongsi-fa.md'}:2:1: 文件不是 UTF-8 编码。请用 UTF-8 保存（记事本“另存为”时选择 UTF-8）。")


def test_a_stored_guide_file_named_by_bytes(lhc):
    store_guide_file(lhc, b"chapters/06-x.yaml", b"id: C6")
    refused_when_opened(lhc, "chapters/06-x.yaml:1:1: 指引中有一个文件的名称不是文字（chapters/06-x.yaml），无法使用。")


# --- cause 4 and 6: things in a guide folder that are not files ----------------------------------------

WHERE = ["chapters/06-extra.yaml", "statutes/xingfa.md", "guide.yaml"]


def replace_with(guide: Path, name: str, make) -> None:
    path = guide / name
    if path.exists():
        path.unlink()
    make(path)


@pytest.mark.parametrize("name", WHERE)
def test_a_folder_named_like_a_guide_file(guide, name):
    replace_with(guide, name, Path.mkdir)
    refused(validate(guide), f"{name}:1:1: " + NOT_A_FILE.format(kind="文件夹"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
@pytest.mark.parametrize("name", WHERE)
def test_a_fifo_named_like_a_guide_file_does_not_block(guide, name):
    # cause 6: open() on a FIFO waits for a writer forever
    replace_with(guide, name, os.mkfifo)
    started = time.monotonic()
    refused(validate(guide, timeout=30), f"{name}:1:1: " + NOT_A_FILE.format(kind="命名管道（FIFO）"))
    assert time.monotonic() - started < 30
    if name == "guide.yaml":  # the other commands read the folder the same way
        refused(validate(guide, "citations", timeout=30), "guide.yaml:1:1: " + NOT_A_FILE.format(kind="命名管道（FIFO）"))


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_link_to_a_device_named_like_a_chapter(guide):
    (guide / "chapters" / "06-zero.yaml").symlink_to("/dev/zero")
    refused(validate(guide, timeout=30), "chapters/06-zero.yaml:1:1: " + NOT_A_FILE.format(kind="设备文件"))


def test_a_file_that_cannot_be_opened(guide):
    (guide / "chapters" / "06-loop.yaml").symlink_to("06-loop.yaml")
    refused(validate(guide), "chapters/06-loop.yaml:1:1: 无法读取文件：符号链接循环指向自身。")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_a_file_without_read_permission(guide):
    (guide / "profile.yaml").chmod(0)
    refused(validate(guide), "profile.yaml:1:1: 无法读取文件：没有读取权限。")


def test_a_chapter_file_name_that_is_not_utf8(guide):
    try:
        fd = os.open(os.fsencode(guide / "chapters") + b"/06-\xff.yaml", os.O_WRONLY | os.O_CREAT)
    except OSError:
        pytest.skip("this file system only takes UTF-8 names")
    os.close(fd)
    refused(validate(guide), "chapters/06-\\xff.yaml:1:1: 文件名 chapters/06-\\xff.yaml 不是有效的 UTF-8 文字，无法使用。"
                             "请用中文、英文字母或数字重新命名。")


# --- cause 6: fuzzy matching that took minutes ------------------------------------------------------------


def big_chapter(questions: int, references: int) -> bytes:
    """A chapter defining many questions and one item listing thousands of question ids that do not exist."""
    lines = ["id: C6", "number: 6", "title: 大章", "articles:", "  - id: A11", "    number: 11",
             "    title: 许多问题", "    guidance: 许多问题。", "    questions:"]
    for i in range(questions):
        lines += [f"      - id: QX{i:05d}-1", f"        text: 问题 {i}？", "        hint: 查阅材料。"]
    lines += ["items:", "  - id: V99", "    title: 大事项", "    description: 描述。", "    liable: 公司",
              "    questions:"]
    lines += [f"      - QY{i:05d}-1" for i in range(references)]
    lines += ["    obligation_basis: []", "    penalty_basis: []", "    penalty: {summary: 后果。, sanctions: [civil]}",
              "    remediation: [整改。]"]
    return ("\n".join(lines) + "\n").encode()


def test_thousands_of_unknown_question_ids_validate_in_seconds(guide):
    chapter = big_chapter(10_000, 58_000)
    assert len(chapter) > 1_800_000  # the 1.9 MB chapter that took 97 s
    (guide / "chapters" / "06-big.yaml").write_bytes(chapter)
    started = time.monotonic()
    result = validate(guide, timeout=60)
    elapsed = time.monotonic() - started
    assert elapsed < 10, f"{elapsed:.1f} s"
    lines = result.stdout.splitlines()
    unknown = [line for line in lines if "问题编号“QY" in line]
    assert len(unknown) == 58_000  # every one is reported
    assert unknown[0] == "chapters/06-big.yaml:30016:9: 问题编号“QY00000-1”不存在。是否想写“QX00000-1”？"
    assert 0 < sum("是否想写" in line for line in unknown) <= MAX_SUGGESTIONS  # suggestions, but a bounded few
    assert result.returncode == 1
