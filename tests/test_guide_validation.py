"""The validator: every problem, at file:line:column, in plain Chinese (or English)."""

import pytest

from checklist.loader import check_guide
from tests.helpers import SAMPLE_GUIDE, broken_copy, run_cli

EXPECTED = {
    "syntax_error": [
        "chapters/02-rnd.yaml:3:8: YAML 格式错误：引号或括号没有闭合，文件就结束了（found unexpected end of stream）。"
        "请检查缩进、冒号后的空格和引号是否成对。",
    ],
    "duplicate_id": [
        "chapters/03-production.yaml:31:13: 编号“Q06-1”重复，已在 chapters/03-production.yaml:28 使用过。每个编号必须唯一。",
        "chapters/03-production.yaml:58:24: 问题编号“Q06-2”不存在。是否想写“Q06-1”？",
    ],
    "dangling_question": [
        "chapters/04-sales.yaml:24:13: 问题“Q08-1”没有被任何违规事项引用，回答它不会影响评分。"
        "请在相关事项的 questions 中列出它，或删除该问题。",
        "chapters/04-sales.yaml:33:24: 问题编号“Q08-9”不存在。是否想写“Q08-1”？",
    ],
    "bad_condition": [
        "chapters/02-rnd.yaml:34:28: 不认识的条件运算“either”，只能用 any（任一）、all（全部）或 not（非）。",
    ],
    "unknown_field": [
        "chapters/05-labour.yaml:5:5: 缺少必填字段“title”（条文标题）。",
        "chapters/05-labour.yaml:7:5: 不认识的字段“titel”。是否想写“title”？",
    ],
    "unknown_law": [
        "chapters/01-setup.yaml:37:14: 法规编号“gongsifa”未在 laws.yaml 中登记。是否想写“gongsi-fa”？",
    ],
    "count_mismatch": ["guide.yaml:14:10: 声明的违规事项数量为 48，实际为 6。"],
    "alias": ["profile.yaml:4:11: 不支持锚点和别名（& 和 *）。请直接写出完整内容。"],
    "scoring_order": [
        "scoring.yaml:8:3: 须满足 0 < yellow ≤ orange ≤ red ≤ 4（风险值 = 严重程度 1–4 × 暴露程度 0–1）。",
    ],
    "tab_indent": [
        "profile.yaml:3:1: YAML 格式错误：不能用 Tab 键缩进，请改用空格（found a tab character that violates "
        "indentation）。请检查缩进、冒号后的空格和引号是否成对。",
    ],
    "bad_penalty": [
        "chapters/05-labour.yaml:42:26: “sanctions”的值“jail”不在可选范围内：correction、warning、credit、civil、"
        "punitive_damages、fine、confiscation、suspension、revocation、individual_fine、individual_ban。",
    ],
}


def test_sample_guide_is_valid_with_one_note_on_a_law_about_to_be_repealed():
    guide, problems = check_guide(SAMPLE_GUIDE)
    assert guide is not None
    problems = [p for p in problems if p.code != "overlay_missing"]  # the sample guide has no English
    assert [p.render() for p in problems] == [
        "laws.yaml:29:18: 提醒：《中华人民共和国固体废物污染环境防治法》将于 2026-08-15 失效（中华人民共和国生态环境法典），"
        "本指引引用了它 3 处。请在该日前修订所涉内容，并在 laws.yaml 的 change_note 中写明变化，软件会把它告诉用户。"]
    assert problems[0].warning


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_broken_guide_reports_exact_file_line_and_message(case, tmp_path):
    guide, problems = check_guide(broken_copy(case, tmp_path / case))
    assert guide is None
    assert [p.render() for p in problems if not p.warning] == EXPECTED[case]


def test_four_problems_at_once_through_the_cli(tmp_path):
    folder = broken_copy("four_problems", tmp_path / "g")
    result = run_cli("guide", "validate", str(folder))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stdout.splitlines() if "提醒" not in line]
    assert lines == [
        "chapters/02-rnd.yaml:3:8: YAML 格式错误：引号或括号没有闭合，文件就结束了（found unexpected end of stream）。"
        "请检查缩进、冒号后的空格和引号是否成对。",
        "chapters/03-production.yaml:31:13: 编号“Q06-1”重复，已在 chapters/03-production.yaml:28 使用过。每个编号必须唯一。",
        "chapters/03-production.yaml:58:24: 问题编号“Q06-2”不存在。是否想写“Q06-1”？",
        "chapters/04-sales.yaml:32:25: 适用条件应当是企业特征编号，或 any / all / not 组成的条件。",
        "chapters/04-sales.yaml:33:24: 问题编号“Q08-9”不存在。是否想写“Q08-1”？",
    ]
    assert "共发现 5 处问题" in result.stderr


def test_messages_in_english(tmp_path):
    folder = broken_copy("dangling_question", tmp_path / "g")
    result = run_cli("--lang", "en", "guide", "validate", str(folder))
    assert result.returncode == 1
    assert "chapters/04-sales.yaml:33:24: Question id 'Q08-9' does not exist. Did you mean 'Q08-1'?" in result.stdout


def test_missing_files_are_all_named(tmp_path):
    (tmp_path / "empty").mkdir()
    guide, problems = check_guide(tmp_path / "empty")
    assert guide is None
    assert {p.render() for p in problems} >= {
        "guide.yaml:1:1: 缺少文件 guide.yaml。每份指引都需要这个文件。",
        "laws.yaml:1:1: 缺少文件 laws.yaml。每份指引都需要这个文件。",
        "chapters:1:1: chapters 文件夹中没有章节文件（*.yaml）。",
    }


def test_validate_nonexistent_folder_is_a_plain_error():
    result = run_cli("guide", "validate", "/nonexistent/guide")
    assert result.returncode == 1
    assert result.stderr.strip() == "错误：找不到指引文件夹 /nonexistent/guide。"


def test_valid_guide_exit_zero():
    result = run_cli("guide", "validate", str(SAMPLE_GUIDE))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "检查通过：5 章、10 条、6 项违规事项、12 个检查问题，20 条引文已逐字核对；法律状态截至 2025-12-31" in result.stdout


def test_the_share_of_answers_before_an_overall_level_is_checked_and_optional(tmp_path):
    import shutil

    folder = shutil.copytree(SAMPLE_GUIDE, tmp_path / "g")
    scoring = folder / "scoring.yaml"
    text = scoring.read_text(encoding="utf-8")
    assert "level_min_answered: 0.8\n" in text
    scoring.write_text(text.replace("level_min_answered: 0.8\n", "level_min_answered: 80\n"), encoding="utf-8")
    guide, problems = check_guide(folder)
    assert guide is None
    line = text.splitlines().index("level_min_answered: 0.8") + 1
    assert f"scoring.yaml:{line}:21: “level_min_answered”应当在 0 到 1 之间。" in [p.render() for p in problems]
    scoring.write_text(text.replace("level_min_answered: 0.8\n", ""), encoding="utf-8")
    guide, _ = check_guide(folder)
    assert guide is not None and guide.scoring.level_min_answered == 1  # not said: every question is needed
