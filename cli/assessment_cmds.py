"""``legalcheck new | score | export | import``: assessments from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from checklist.errors import UserError
from checklist.vocabulary import index_text, login_name

from .common import clean, load_guide_or_fail, open_for_reading, out, print_json, safe_json, say

if TYPE_CHECKING:
    from checklist.profile import CompanyProfile

# The domain is imported inside each command so that ``legalcheck gui`` starts fast.


def register(commands: argparse._SubParsersAction) -> None:
    new = commands.add_parser("new", help="新建体检文件 / create an assessment file")
    new.add_argument("--profile", required=True, metavar="PROFILE.yaml", help="企业信息 / company profile")
    new.add_argument("-o", "--output", required=True, metavar="FILE.lhc")
    new.add_argument("--guide", metavar="DIR", help="指引文件夹（默认：内置指引） / guide folder")
    new.set_defaults(run=run_new)

    sc = commands.add_parser("score", help="计算健康指数和风险等级 / score an assessment")
    sc.add_argument("file", metavar="FILE.lhc")
    sc.add_argument("--format", choices=("text", "json"), default="text")
    sc.add_argument("--explain", metavar="ITEM_ID", help="说明某一事项的评分过程 / explain one item")
    sc.set_defaults(run=run_score)

    ex = commands.add_parser("export", help="导出为 JSON 或 CSV / export")
    ex.add_argument("file", metavar="FILE.lhc")
    ex.add_argument("--format", choices=("json", "csv"), default="json")
    ex.add_argument("-o", "--output", metavar="OUT", help="输出文件（默认：标准输出） / output file")
    ex.add_argument("--attachments", action="store_true", help="在 JSON 中包含附件 / include attachments")
    ex.set_defaults(run=run_export)

    im = commands.add_parser("import", help="从 JSON 导入为体检文件 / import JSON")
    im.add_argument("file", metavar="FILE.json")
    im.add_argument("-o", "--output", required=True, metavar="OUT.lhc")
    im.set_defaults(run=run_import)


def _refuse_overwrite(path: Path) -> None:
    """A new assessment file may be made at ``path``: nothing is there, the name ends in .lhc, and the folder
    exists and can be written (checked before any work; the write itself still reports a full disk)."""
    from checklist.store import SUFFIX
    from checklist.validation import write_problem

    if path.is_dir():
        raise UserError(f"{path} 是一个文件夹，请给出要新建的体检文件名（以 {SUFFIX} 结尾）。",
                        f"{path} is a folder; give the name of the assessment file to make (ending in {SUFFIX}).")
    if path.exists() or path.is_symlink():
        raise UserError(f"{path} 已存在，不会覆盖。请换一个文件名或先删除它。",
                        f"{path} exists and will not be overwritten.")
    if path.suffix != SUFFIX:
        raise UserError(f"体检文件应以 {SUFFIX} 结尾。", f"Assessment files end in {SUFFIX}.")
    problem = write_problem(path)
    if problem is not None:
        raise UserError(problem, code="write_failed")


PROFILE_KEYS = {"name", "uscc", "region", "size", "business_types", "activities", "assessor", "reviewer",
                "assessment_date", "period"}


def _scalar(value: object) -> object:
    """A YAML value for a text field: text as it is, a number as written (``period: 2026``); anything else is
    left as it is for the profile check to name (a list is not a name)."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and abs(value) < 10 ** 30:
        return str(value)
    return value


def read_profile(path: Path) -> CompanyProfile:
    from checklist.profile import CompanyProfile, normalise_uscc
    from checklist.validation import shown
    from checklist.yamldoc import YamlError, parse

    try:
        doc = parse(str(path), path.read_bytes())
    except OSError as exc:
        raise UserError(f"无法读取 {path}：{exc.strerror}。", f"Cannot read {path}: {exc.strerror}.") from None
    except YamlError as exc:
        raise UserError(f"{path}:{exc.mark.line}:{exc.mark.column}: 企业信息文件格式有误。",
                        f"{path}:{exc.mark.line}:{exc.mark.column}: the profile is not valid YAML.") from None
    data = doc.data
    if not isinstance(data, dict):
        raise UserError(f"{path}: 企业信息应为“字段: 值”形式。", f"{path}: the profile must be a mapping.")
    unknown = sorted(set(map(str, data)) - PROFILE_KEYS)
    if unknown:
        raise UserError(f"{path}: 不认识的字段：{'、'.join(unknown)}。可用字段：{'、'.join(sorted(PROFILE_KEYS))}。",
                        f"{path}: unknown fields: {', '.join(unknown)}.")
    facts: list[str] = []
    for key in ("business_types", "activities"):
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, list) or not all(isinstance(f, str) for f in value):  # "mah" is not [m, a, h]
            raise UserError(f"{path}: {key} 应为特征编号的列表，例如 [mah, cdmo]，而不是{shown(value)}。",
                            f"{path}: {key} must be a list of fact ids such as [mah, cdmo], not {shown(value)}.")
        facts += value
    date = data.get("assessment_date")
    if date is not None and (not isinstance(date, dt.date) or isinstance(date, dt.datetime)):
        raise UserError(f"{path}: assessment_date 应写成 2026-11-28 的形式。", f"{path}: assessment_date must be a date.")
    uscc = _scalar(data.get("uscc"))
    return CompanyProfile(
        name=_scalar(data.get("name")),  # type: ignore[arg-type] - a wrong type is named by the profile check
        uscc=normalise_uscc(uscc) if isinstance(uscc, str) else uscc,  # type: ignore[arg-type]
        facts=frozenset(facts),
        region=_scalar(data.get("region")),  # type: ignore[arg-type]
        size=_scalar(data.get("size")),  # type: ignore[arg-type]
        assessor=_scalar(data.get("assessor")),  # type: ignore[arg-type]
        reviewer=_scalar(data.get("reviewer")),  # type: ignore[arg-type]
        assessment_date=date or dt.date.today(),
        period=_scalar(data.get("period")),  # type: ignore[arg-type]
    )


def run_new(args: argparse.Namespace) -> int:
    from checklist.store import AssessmentFile
    from checklist.validation import profile_problems

    guide = load_guide_or_fail(args.guide, args.lang)
    profile = read_profile(Path(args.profile))
    problems = profile_problems(profile, guide)  # the checks the wizard, the import and the store make
    if problems:
        for problem in problems:
            out(f"{args.profile}: {problem.field}: {problem.message.text(args.lang)}", file=sys.stderr)
        raise UserError("企业信息有误，未创建文件。", "The profile has problems; no file was created.")
    target = Path(args.output)
    _refuse_overwrite(target)
    file = AssessmentFile.create(target, guide, profile, profile.assessor or login_name())
    s = file.assessment.score()
    file.close()
    out(say(args.lang, f"已创建 {target}：适用 {s.applicable_questions} 个问题、"
                         f"{len(guide.items) - s.not_applicable} 项违规事项。",
              f"Created {target}: {s.applicable_questions} questions and "
              f"{len(guide.items) - s.not_applicable} items apply."))
    return 0


def run_score(args: argparse.Namespace) -> int:
    from checklist.explain import explain
    from checklist.interchange import score_to_data

    with open_for_reading(args.file, args.lang) as file:
        guide = file.guide
        s = file.assessment.score()
        if args.explain:
            if args.explain not in guide.items:
                raise UserError(f"指引中没有违规事项 {args.explain}。", f"The guide has no item {args.explain}.")
            explanation = explain(guide, s, args.explain)
            if args.format == "json":
                print_json(asdict(explanation))
            else:
                out("\n".join(explanation.lines()))
            return 0
        if args.format == "json":
            print_json(score_to_data(guide, s))
            return 0
        out("\n".join(score_lines(guide, file.assessment.profile, s, args.lang)))
    return 0


def score_lines(guide, profile, s, lang: str) -> list[str]:
    """The score as text: company, index and level, counts, veto, chapters, the items to fix first."""
    from checklist.vocabulary import index_text, join, paren, points_text

    en = lang == "en"
    provisional = paren("provisional: some questions are not answered" if en else "暂定：尚有未作答问题", lang)
    level = s.level_text(lang)
    counts = join([f"{mark.text(lang)} {n}" for mark, n in s.mark_counts.items()], lang)
    c = s.completion
    lines = [
        f"{profile.name}{paren(profile.uscc, lang)}",
        (f"Health index {index_text(s.index)}{provisional if s.provisional else ''}  Overall level {level}" if en else
         f"健康指数 {index_text(s.index)}{provisional if s.provisional else ''}  整体等级 {level}"),
        (f"Answered {c.answered}/{c.questions}; items assessed {c.assessed_items}/{c.items}; items: {counts}" if en
         else f"已答 {c.answered}/{c.questions} 题，已评估 {c.assessed_items}/{c.items} 项；事项：{counts}"),
    ]
    if s.level_waits:
        share = f"{guide.scoring.level_min_answered * 100:g}%"
        lines.append(f"The overall level is given once every chapter has {share} of its questions answered."
                     if en else f"每一章作答满 {share} 后给出整体等级。")
    if s.veto_items:
        lines.append(f"Veto: {join(s.veto_items, lang)} (criminal liability possible and answered not compliant)"
                     if en else f"一票否决：{join(s.veto_items, lang)}（可能承担刑事责任且回答为不符合）")
    for chapter in s.chapters:
        ch = guide.chapter(chapter.chapter_id)
        label = f"Chapter {ch.number}" if en else ch.label
        shown = index_text(chapter.index) if chapter.index is not None else chapter.mark.text(lang)
        lines.append(f"  {label} {ch.title}: {shown}" if en else f"  {label} {ch.title}：{shown}")
    for item in s.top_items():
        gain = f"fixing it adds {points_text(item.gain_if_fixed)}" if en else f"整改可加 {points_text(item.gain_if_fixed)} 分"
        lines.append(f"  {item.item_id} {guide.items[item.item_id].title}  {item.status_text(lang)}  {gain}")
    return lines


def run_export(args: argparse.Namespace) -> int:
    from checklist.interchange import export_problem, to_csv, to_json, write_export

    problem = export_problem(args.output) if args.output else None  # before the work is done
    if problem is not None:
        raise UserError(problem, code="write_failed")
    with open_for_reading(args.file, args.lang) as file:
        if args.format == "json":
            text = safe_json(to_json(file, args.attachments), indent=2) + "\n"  # the same data, escaped
        else:
            text = to_csv(file.assessment)
    if args.output:
        write_export(args.output, text)
    else:  # a terminal shows the text, so it is cleaned; a pipe gets the data as it is
        sys.stdout.write(clean(text) if args.format == "csv" and sys.stdout.isatty() else text)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from checklist.interchange import import_json, read_json

    target = Path(args.output)
    _refuse_overwrite(target)
    data = read_json(Path(args.file))
    fallback = None
    if not isinstance(data.get("guide"), dict) or "files" not in data["guide"]:
        fallback = load_guide_or_fail(None, args.lang)
    file = import_json(data, target, login_name(), fallback)
    s = file.assessment.score()
    meta, digest = file.guide.meta, file.guide.content_hash[:12]
    file.close()
    index = index_text(s.index)
    carried = say(args.lang, "导出文件所附" if fallback is None else "软件内置", "carried by the export" if fallback is None
                  else "bundled")
    out(say(args.lang, f"使用指引“{meta.title}”{meta.version} 版（{carried}，内容校验值 {digest}…）。",
            f"Using guide '{meta.title}' {meta.version} ({carried}, content hash {digest}…)."))
    done = f"{s.completion.answered}/{s.completion.questions}"
    out(say(args.lang, f"已导入为 {target}，健康指数 {index}（已答 {done} 题）。",
            f"Imported as {target}; health index {index} (answered {done})."))
    return 0
