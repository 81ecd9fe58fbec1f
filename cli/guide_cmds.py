"""``legalcheck guide …``: validate, stats and the citation review sheet."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from .common import UserError, guide_dir, load_guide_or_fail, print_json, say

CITATION_FIELDS = ("where", "law_title", "law_revision", "article", "article_sub", "paragraph", "quote")


def register(commands: argparse._SubParsersAction) -> None:
    guide = commands.add_parser("guide", help="检查和查看指引内容 / check and inspect guide content")
    sub = guide.add_subparsers(dest="guide_command", metavar="ACTION")
    sub.required = True

    validate = sub.add_parser("validate", help="检查指引文件夹，列出全部问题 / report every problem")
    validate.add_argument("dir", nargs="?", help="指引文件夹（默认：内置指引） / guide folder")
    validate.set_defaults(run=run_validate)

    stats = sub.add_parser("stats", help="章、条、事项、问题数量 / counts")
    stats.add_argument("dir", nargs="?")
    stats.add_argument("--format", choices=("text", "json"), default="text")
    stats.set_defaults(run=run_stats)

    cites = sub.add_parser("citations", help="引用法条清单（供专家审核） / citation review sheet")
    cites.add_argument("dir", nargs="?")
    cites.add_argument("--format", choices=("text", "json", "csv"), default="text")
    cites.add_argument("--verify", metavar="STATUTES_DIR",
                       help="与法规原文逐条比对引文 / compare every quote with the statute texts")
    cites.set_defaults(run=run_citations)


def run_validate(args: argparse.Namespace) -> int:
    from checklist.loader import check_guide

    folder = guide_dir(args.dir)
    guide, problems = check_guide(folder)
    for problem in problems:
        print(problem.render(args.lang))
    if problems:
        print(say(args.lang, f"共发现 {len(problems)} 处问题。", f"{len(problems)} problem(s) found."),
              file=sys.stderr)
        return 1
    assert guide is not None
    print(say(args.lang,
              f"指引“{guide.meta.title}”{guide.meta.version} 检查通过：{_counts_text(guide, 'zh')}。",
              f"Guide '{guide.meta.title}' {guide.meta.version} is valid: {_counts_text(guide, 'en')}."))
    return 0


def _counts(guide) -> dict[str, int]:
    return {"chapters": len(guide.chapters), "articles": len(guide.articles), "items": len(guide.items),
            "questions": len(guide.questions)}


def _counts_text(guide, lang: str) -> str:
    c = _counts(guide)
    if lang == "en":
        return f"{c['chapters']} chapters, {c['articles']} articles, {c['items']} items, {c['questions']} questions"
    return f"{c['chapters']} 章、{c['articles']} 条、{c['items']} 项违规事项、{c['questions']} 个检查问题"


def run_stats(args: argparse.Namespace) -> int:
    guide = load_guide_or_fail(args.dir, args.lang)
    if args.format == "json":
        print_json(_counts(guide))
    else:
        print(_counts_text(guide, args.lang))
    return 0


def run_citations(args: argparse.Namespace) -> int:
    from checklist.statutes import citations

    guide = load_guide_or_fail(args.dir, args.lang)
    if args.verify:
        return _verify(guide, Path(args.verify), args.lang)
    rows = [
        {
            "where": c.where,
            "law_title": guide.laws[c.ref.law_id].title,
            "law_revision": guide.laws[c.ref.law_id].revision.isoformat(),
            "article": c.ref.article,
            "article_sub": c.ref.article_sub,
            "paragraph": c.ref.paragraph,
            "quote": c.ref.quote,
        }
        for c in citations(guide)
    ]
    if args.format == "json":
        print_json(rows)
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=CITATION_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        for c in citations(guide):
            print(f"{c.where}\t{guide.cite(c.ref)}\t{c.ref.quote}")
    return 0


def _verify(guide, statutes: Path, lang: str) -> int:
    from checklist.statutes import citations, verify

    if not statutes.is_dir():
        raise UserError(f"找不到法规文本文件夹 {statutes}。", f"Statutes folder {statutes} not found.")
    problems = verify(guide, statutes)
    for problem in problems:
        print(problem.render(lang))
    total = len(citations(guide))
    if problems:
        print(say(lang, f"{total} 条引文中有 {len(problems)} 处与法规原文不一致。",
                  f"{len(problems)} of {total} quotes do not match the statute texts."), file=sys.stderr)
        return 1
    print(say(lang, f"全部 {total} 条引文均与法规原文一致。", f"All {total} quotes match the statute texts."))
    return 0
