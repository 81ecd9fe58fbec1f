"""``legalcheck new | score | export | import``: assessments from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from checklist.errors import UserError
from checklist.vocabulary import index_text, login_name

from .common import load_guide_or_fail, print_json, say

if TYPE_CHECKING:
    from checklist.profile import CompanyProfile
    from checklist.store import AssessmentFile

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


def _open(path: str, read_only: bool = True) -> AssessmentFile:
    from checklist.store import AssessmentFile

    return AssessmentFile.open(path, login_name(), read_only=read_only)


def _refuse_overwrite(path: Path) -> None:
    from checklist.store import SUFFIX

    if path.exists():
        raise UserError(f"{path} 已存在，不会覆盖。请换一个文件名或先删除它。",
                        f"{path} exists and will not be overwritten.")
    if path.suffix != SUFFIX:
        raise UserError(f"体检文件应以 {SUFFIX} 结尾。", f"Assessment files end in {SUFFIX}.")


PROFILE_KEYS = {"name", "uscc", "region", "size", "business_types", "activities", "assessor", "reviewer",
                "assessment_date", "period"}


def read_profile(path: Path) -> CompanyProfile:
    from checklist.profile import CompanyProfile, normalise_uscc
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
    facts = [*(data.get("business_types") or []), *(data.get("activities") or [])]
    date = data.get("assessment_date")
    if date is not None and not isinstance(date, dt.date):
        raise UserError(f"{path}: assessment_date 应写成 2026-11-28 的形式。", f"{path}: assessment_date must be a date.")
    return CompanyProfile(
        name=str(data.get("name") or ""),
        uscc=normalise_uscc(str(data.get("uscc") or "")),
        facts=frozenset(map(str, facts)),
        region=str(data.get("region") or ""),
        size=str(data.get("size") or ""),
        assessor=str(data.get("assessor") or ""),
        reviewer=str(data.get("reviewer") or ""),
        assessment_date=date or dt.date.today(),
        period=str(data.get("period") or ""),
    )


def run_new(args: argparse.Namespace) -> int:
    from checklist.profile import check_profile
    from checklist.store import AssessmentFile

    guide = load_guide_or_fail(args.guide, args.lang)
    profile = read_profile(Path(args.profile))
    check = check_profile(profile, guide)
    if not check.ok:
        for problem in check.problems:
            print(f"{args.profile}: {problem.field}: {problem.message.text(args.lang)}", file=sys.stderr)
        raise UserError("企业信息有误，未创建文件。", "The profile has problems; no file was created.")
    target = Path(args.output)
    _refuse_overwrite(target)
    file = AssessmentFile.create(target, guide, profile, profile.assessor or login_name())
    s = file.assessment.score()
    file.close()
    print(say(args.lang, f"已创建 {target}：适用 {s.applicable_questions} 个问题、"
                         f"{len(guide.items) - s.not_applicable} 项违规事项。",
              f"Created {target}: {s.applicable_questions} questions and "
              f"{len(guide.items) - s.not_applicable} items apply."))
    return 0


def run_score(args: argparse.Namespace) -> int:
    from checklist.explain import explain
    from checklist.interchange import score_to_data

    with _open(args.file) as file:
        guide = file.guide
        s = file.assessment.score()
        if args.explain:
            if args.explain not in guide.items:
                raise UserError(f"指引中没有违规事项 {args.explain}。", f"The guide has no item {args.explain}.")
            explanation = explain(guide, s, args.explain)
            if args.format == "json":
                print_json(asdict(explanation))
            else:
                print("\n".join(explanation.lines()))
            return 0
        if args.format == "json":
            print_json(score_to_data(guide, s))
            return 0
        print("\n".join(score_lines(guide, file.assessment.profile, s, args.lang)))
    return 0


def score_lines(guide, profile, s, lang: str) -> list[str]:
    """The score as text: company, index and level, counts, veto, chapters, the items to fix first."""
    from checklist.vocabulary import index_text, join, paren, points_text

    en = lang == "en"
    provisional = paren("provisional: some questions are not answered" if en else "暂定：尚有未作答问题", lang)
    level = s.level.text(lang) if s.level else "—"
    counts = join([f"{mark.text(lang)} {n}" for mark, n in s.mark_counts.items()], lang)
    lines = [
        f"{profile.name}{paren(profile.uscc, lang)}",
        (f"Health index {index_text(s.index)}{provisional if s.provisional else ''}  Overall level {level}" if en else
         f"健康指数 {index_text(s.index)}{provisional if s.provisional else ''}  整体等级 {level}"),
        (f"Answered {s.answered}/{s.applicable_questions}; items: {counts}" if en else
         f"已答 {s.answered}/{s.applicable_questions} 题；事项：{counts}"),
    ]
    if s.veto_items:
        lines.append(f"Veto: {join(s.veto_items, lang)} (criminal liability possible and answered not compliant)"
                     if en else f"一票否决：{join(s.veto_items, lang)}（可能承担刑事责任且回答为不符合）")
    for chapter in s.chapters:
        c = guide.chapter(chapter.chapter_id)
        label = f"Chapter {c.number}" if en else c.label
        lines.append(f"  {label} {c.title}: {index_text(chapter.index)}" if en else
                     f"  {label} {c.title}：{index_text(chapter.index)}")
    for item in s.top_items():
        gain = f"fixing it adds {points_text(item.gain_if_fixed)}" if en else f"整改可加 {points_text(item.gain_if_fixed)} 分"
        lines.append(f"  {item.item_id} {guide.items[item.item_id].title}  {item.status_text(lang)}  {gain}")
    return lines


def run_export(args: argparse.Namespace) -> int:
    from checklist.interchange import to_csv, to_json

    with _open(args.file) as file:
        if args.format == "json":
            text = json.dumps(to_json(file, args.attachments), ensure_ascii=False, indent=2) + "\n"
        else:
            text = to_csv(file.assessment)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8", newline="")
    else:
        sys.stdout.write(text)
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
    file.close()
    index = index_text(s.index)
    print(say(args.lang, f"已导入为 {target}，健康指数 {index}。", f"Imported as {target}; health index {index}."))
    return 0
