"""``legalcheck report``: a PDF (and HTML) from the command line, plain Chinese errors, never a traceback."""

from __future__ import annotations

import subprocess

import pytest

from cli.main import main
from tests.helpers import run_cli
from tests.test_report_model import PROFILE, rich_assessment


@pytest.fixture(scope="module")
def lhc(tmp_path_factory, sample_guide):
    return rich_assessment(tmp_path_factory.mktemp("cli") / "体检.lhc", sample_guide)


def test_report_writes_pdf_and_html_as_a_user_would(lhc, tmp_path):
    # the logo also tries to pull in a file from elsewhere: refused, and said so
    logo = tmp_path / "logo.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
                    'width="40" height="20"><rect width="40" height="20" fill="#7A1F2B"/>'
                    '<image xlink:href="file:///etc/passwd" width="40" height="20"/></svg>', encoding="utf-8")
    out, html = tmp_path / "报告.pdf", tmp_path / "报告.html"
    result = run_cli("report", str(lhc), "-o", str(out), "--template", "consultant", "--html", str(html),
                     "--firm", "浙江示例律师事务所", "--logo", str(logo), "--accent", "#7A1F2B",
                     "--number", "FZTJ-2026-0007")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"已生成报告 {out}"
    notes = result.stderr.splitlines()
    assert notes and all(n.startswith("排版提示：") and "/etc/passwd" in n for n in notes)
    assert out.read_bytes().startswith(b"%PDF-")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert PROFILE.name in text and "FZTJ-2026-0007" in text and "浙江示例律师事务所（盖章）" in text
    assert "root:x:0:0" not in text
    page = html.read_text(encoding="utf-8")
    assert "FZTJ-2026-0007" in page and "浙江示例律师事务所" in page and "#7A1F2B" in page


def test_the_file_is_opened_read_only(lhc, tmp_path, monkeypatch):
    from checklist.errors import Message
    from checklist.store import AssessmentFile, StoreError

    seen = {}

    def spy(cls, path, user, read_only=False):  # stop right after the open: no render needed here
        seen["read_only"] = read_only
        raise StoreError("stop", Message("停止。", "Stop."))

    monkeypatch.setattr(AssessmentFile, "open", classmethod(spy))
    assert main(["report", str(lhc), "-o", str(tmp_path / "x.pdf")]) == 1
    assert seen == {"read_only": True}


@pytest.mark.parametrize(("args", "message"), [
    (["不存在.lhc", "-o", "{tmp}/x.pdf"], "错误：找不到文件 不存在.lhc。"),
    (["{lhc}", "-o", "{tmp}/x.docx"], "错误：报告文件应以 .pdf 结尾。"),
    (["{lhc}", "-o", "{tmp}/没有这个文件夹/x.pdf"], "错误：找不到输出文件夹"),
    (["{lhc}", "-o", "{tmp}/x.pdf", "--accent", "blue"], "错误：主题色应写成 #1F3A5F 的形式，而不是“blue”。"),
    (["{lhc}", "-o", "{tmp}/x.pdf", "--logo", "{tmp}/logo.gif"], "错误：标志图片只能是 PNG 或 SVG 文件。"),
    (["{lhc}", "-o", "{tmp}/x.pdf", "--logo", "{tmp}/none.png"], "错误：找不到标志图片"),
    (["{tmp}/foreign.lhc", "-o", "{tmp}/x.pdf"], "错误：这不是体检文件（.lhc），看起来是PDF 文档。"),
])
def test_mistakes_get_plain_chinese_messages(lhc, tmp_path, capsys, args, message):
    (tmp_path / "foreign.lhc").write_bytes(b"%PDF-1.7 not an assessment")
    argv = ["report", *(a.format(lhc=lhc, tmp=tmp_path) for a in args)]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith(message)
    assert "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_a_missing_harfbuzz_is_announced_in_one_line(tmp_path, capsys, monkeypatch):
    import reports.render

    monkeypatch.setattr(reports.render, "harfbuzz_subset_available", lambda: False)
    assert main(["report", str(tmp_path / "无.lhc"), "-o", str(tmp_path / "x.pdf")]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("提示：未找到 libharfbuzz-subset0") and "apt-get install libharfbuzz-subset0" in lines[0]
    assert lines[1].startswith("错误：找不到文件")
