"""``legalcheck guide …``: validate, stats, the citation review sheet and the shipped statute texts."""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

from checklist.errors import UserError

from . import release_cmds
from .common import clean, guide_dir, load_guide_or_fail, out, print_json, say

CITATION_FIELDS = ("where", "law_title", "law_revision", "law_status", "article", "article_sub", "paragraph", "quote")


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

    cites = sub.add_parser("citations", help="引用法条清单及其法律状态（供专家审核） / citation review sheet")
    cites.add_argument("dir", nargs="?")
    cites.add_argument("--format", choices=("text", "json", "csv"), default="text")
    cites.add_argument("--verify", metavar="STATUTES_DIR",
                       help="把随指引附带的条文与法规全文逐条比对 / compare the shipped articles with full texts")
    cites.set_defaults(run=run_citations)

    statutes = sub.add_parser("statutes", help="从法规全文生成指引附带的条文 / write the cited articles into statutes/")
    statutes.add_argument("dir", nargs="?", help="指引文件夹（默认：内置指引） / guide folder")
    statutes.add_argument("--from", dest="source", required=True, metavar="STATUTES_DIR",
                          help="法规全文文件夹，文件名为法规编号 / folder of full texts named by law id")
    statutes.set_defaults(run=run_statutes)

    release_cmds.add_to(sub)


def run_validate(args: argparse.Namespace) -> int:
    from checklist.loader import check_guide

    folder = guide_dir(args.dir)
    guide, problems = check_guide(folder)
    for problem in problems:
        out(problem.render(args.lang))
    errors = [p for p in problems if not p.warning]
    if errors:
        print(say(args.lang, f"共发现 {len(errors)} 处问题。", f"{len(errors)} problem(s) found."), file=sys.stderr)
        return 1
    assert guide is not None
    meta = guide.meta
    status = say(args.lang, f"法律状态截至 {meta.law_status_date}", f"law checked up to {meta.law_status_date}")
    out(say(args.lang,
            f"指引“{meta.title}”{meta.version} 检查通过：{_counts_text(guide, 'zh')}；{status}。",
            f"Guide '{meta.title}' {meta.version} is valid: {_counts_text(guide, 'en')}; {status}."))
    if len(problems):
        print(say(args.lang, f"另有 {len(problems)} 条提醒。", f"{len(problems)} note(s)."), file=sys.stderr)
    return 0


def _counts(guide) -> dict[str, int]:
    return {"chapters": len(guide.chapters), "articles": len(guide.articles), "items": len(guide.items),
            "questions": len(guide.questions),
            "quotes": sum(len(a.legal_basis) for a in guide.articles.values())
            + sum(len(i.legal_refs) for i in guide.items.values())}


def _counts_text(guide, lang: str) -> str:
    c = _counts(guide)
    if lang == "en":
        return (f"{c['chapters']} chapters, {c['articles']} articles, {c['items']} items, {c['questions']} questions, "
                f"{c['quotes']} quotes checked")
    return (f"{c['chapters']} 章、{c['articles']} 条、{c['items']} 项违规事项、{c['questions']} 个检查问题，"
            f"{c['quotes']} 条引文已逐字核对")


def run_stats(args: argparse.Namespace) -> int:
    guide = load_guide_or_fail(args.dir, args.lang)
    if args.format == "json":
        print_json(_counts(guide))
    else:
        print(_counts_text(guide, args.lang))
    return 0


def run_citations(args: argparse.Namespace) -> int:
    from checklist.citations import citations

    guide = load_guide_or_fail(args.dir, args.lang)
    if args.verify:
        return _verify(guide, Path(args.verify), args.lang)
    rows = [
        {
            "where": c.where,
            "law_title": guide.laws[c.ref.law_id].title,
            "law_revision": guide.laws[c.ref.law_id].revision.isoformat(),
            "law_status": guide.law_status(c.ref.law_id).describe(args.lang),
            "article": c.ref.article,
            "article_sub": c.ref.article_sub,
            "paragraph": c.ref.paragraph,
            "quote": c.ref.quote,
        }
        for c in citations(guide)
    ]
    if args.format == "json":
        print_json(rows)
    elif args.format == "csv":  # for a spreadsheet: no cell is run as a formula (and a terminal sees it clean)
        from checklist.interchange import csv_cell

        sheet = io.StringIO()
        writer = csv.DictWriter(sheet, fieldnames=CITATION_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: csv_cell(v) for k, v in row.items()} for row in rows)
        sys.stdout.write(clean(sheet.getvalue()) if sys.stdout.isatty() else sheet.getvalue())
    else:
        for c, row in zip(citations(guide), rows, strict=True):
            out(f"{c.where}\t{guide.cite(c.ref)}\t{row['law_status']}\t{c.ref.quote}")
    return 0


def _verify(guide, statutes: Path, lang: str) -> int:
    from checklist.citations import compare_with_full_texts

    if not statutes.is_dir():
        raise UserError(f"找不到法规文本文件夹 {statutes}。", f"Statutes folder {statutes} not found.")
    problems = compare_with_full_texts(guide, statutes)
    for problem in problems:
        out(problem.render(lang))
    shipped = sum(len(s.articles) for s in guide.statutes.values())
    if problems:
        print(say(lang, f"附带的 {shipped} 条条文中有 {len(problems)} 处与法规全文不一致。",
                  f"{len(problems)} of {shipped} shipped articles differ from the full texts."), file=sys.stderr)
        return 1
    print(say(lang, f"附带的 {len(guide.statutes)} 部法规、{shipped} 条条文均与法规全文一致，全部引文均已逐字核对。",
              f"All {shipped} shipped articles of {len(guide.statutes)} laws match the full texts; every quote is checked."))
    return 0


def run_statutes(args: argparse.Namespace) -> int:
    from checklist.citations import excerpts
    from checklist.loader import cited_articles

    folder = guide_dir(args.dir)
    source = Path(args.source)
    if not source.is_dir():
        raise UserError(f"找不到法规全文文件夹 {source}。", f"Folder {source} not found.")
    cited = cited_articles(folder)
    texts, missing = excerpts(cited, source)
    target = folder / "statutes"
    target.mkdir(exist_ok=True)
    for name in texts:
        written = target / name
        if written.exists() and not written.is_file():  # a FIFO or device would block or swallow the text
            raise UserError(f"{written} 不是普通文件，未写入任何条文。", f"{written} is not a regular file; nothing written.")
    for stale in target.glob("*.md"):
        if stale.name not in texts:
            stale.unlink()
    for name, text in texts.items():
        (target / name).write_text(text, encoding="utf-8")
    for item in missing:
        out(say(args.lang, f"全文中找不到：{item}", f"not in the full texts: {item}"), file=sys.stderr)
    articles = sum(len(keys) for law_id, keys in cited.items() if f"{law_id}.md" in texts) - len(missing)
    print(say(args.lang, f"已写入 {len(texts)} 部法规的 {articles} 条条文到 {target}。",
              f"Wrote {articles} articles of {len(texts)} laws to {target}."))
    return 1 if missing else 0
