"""How long the full report takes, against WeasyPrint rendering one page of Chinese in the same run.

    .venv/bin/python bench/bench_report.py [FILE.lhc] [--keep DIR] [--runs N]

Without a file it renders the largest example under examples/ (most open items) or,
when there is none yet, a fully answered assessment it builds from the bundled guide. While the bundled
guide's chapters are still being written it builds a guide of the declared full size
(5 chapters, 56 articles, 48 items) from the test sample's content instead, so the
report has the length the real one will have. It prints:

* the full report (model, HTML, layout and PDF) in this process, best of N runs;
* ``legalcheck report`` on the same file as a whole process (Python start-up, imports,
  opening the file included), best of N runs: what a user of the command line waits for;
* the floor: WeasyPrint writing a bare one-page Chinese document in the same run;
* each time as a multiple of the floor, and the page count.

On a loaded machine the times vary by a few tenths of a second; the ratios vary less.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checklist.assessment import ActionItem, ActionStatus  # noqa: E402
from checklist.loader import GuideError, load_guide  # noqa: E402
from checklist.model import Answer, Guide  # noqa: E402
from checklist.profile import CompanyProfile  # noqa: E402
from checklist.store import AssessmentFile  # noqa: E402

SAMPLE_GUIDE = ROOT / "tests" / "fixtures" / "sample_guide"
ONE_PAGE = (
    "<html lang='zh-CN'><body style='font-family: \"Noto Serif CJK SC\"; font-size: 10.5pt'>"
    "<h1 style='font-family: \"Noto Sans CJK SC\"'>法治体检报告</h1><p>"
    + "企业应当建立合规管理制度，明确合规管理负责人，定期开展合规风险识别与评估。" * 12
    + "</p></body></html>"
)

NOTES = [
    "2025 年 6 月住所由钱塘区迁至滨江区，股东会决议已通过，但尚未向登记机关申请变更登记。",
    "抽查 20 份记录，其中 3 份缺少复核签字；负责人称系系统切换期间遗漏，已要求补签。",
    "相关制度已于 2024 年起草，但未经总经理办公会审议发布，执行中以口头通知为主。",
    "外包服务商的资质文件已过期两个月，续期材料正在办理中，期间业务未暂停。",
    "现场检查发现台账与系统数据不一致，差异原因待财务部与业务部共同核对。",
]
OWNERS = ["法务部 李娜", "质量部 陈晨", "EHS 部 张强", "注册部 赵蕾", "人力资源部 周洁", "财务部 吴昊"]


def full_size_guide(folder: Path) -> Guide:
    """A guide of the bundled guide's declared size, built from the sample guide's (real) citations."""
    load = lambda name: yaml.safe_load((SAMPLE_GUIDE / name).read_text(encoding="utf-8"))  # noqa: E731
    for name in ("laws.yaml", "profile.yaml", "scoring.yaml"):
        (folder / name).write_bytes((SAMPLE_GUIDE / name).read_bytes())
    meta = load("guide.yaml")
    meta["title"] = "生物医药产业风控法务指引（性能测试样本）"
    meta["declared_counts"] = {"chapters": 5, "articles": 56, "items": 48}
    (folder / "guide.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    sample = [load(f"chapters/{p.name}") for p in sorted((SAMPLE_GUIDE / "chapters").glob("*.yaml"))]
    articles = [a for c in sample for a in c["articles"]]
    items = [i for c in sample for i in c["items"]]
    (folder / "chapters").mkdir()
    per_chapter_articles = [12, 11, 11, 11, 11]
    per_chapter_items = [10, 10, 10, 9, 9]
    article_no = item_no = 0
    for c, chapter in enumerate(sample):
        out_articles, out_items, qids = [], [], []
        for _ in range(per_chapter_articles[c]):
            base = articles[article_no % len(articles)]
            article_no += 1
            questions = []
            for k, q in enumerate(base["questions"] + base["questions"][:1]):
                qid = f"Q{article_no:02d}-{k + 1}"
                questions.append({"id": qid, "text": q["text"], "hint": q["hint"]})
                qids.append(qid)
            art = {key: base[key] for key in ("title", "guidance") if key in base}
            art.update(id=f"A{article_no:02d}", number=article_no, questions=questions)
            if "legal_basis" in base:
                art["legal_basis"] = base["legal_basis"]
            out_articles.append(art)
        for k in range(per_chapter_items[c]):
            base = items[item_no % len(items)]
            item_no += 1
            item = {key: v for key, v in base.items() if key not in ("id", "questions", "applies_when")}
            item["id"] = f"V{item_no:02d}"
            item["questions"] = [qids[(3 * k + j) % len(qids)] for j in range(3)]
            out_items.append(item)
        used = {q for it in out_items for q in it["questions"]}
        for art in out_articles:  # every question must detect some item
            for q in art["questions"]:
                if q["id"] not in used:
                    out_items[-1]["questions"].append(q["id"])
                    used.add(q["id"])
        doc = {"id": chapter["id"], "number": chapter["number"], "title": chapter["title"],
               "summary": chapter.get("summary", ""), "articles": out_articles, "items": out_items}
        (folder / "chapters" / f"0{c + 1}.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return load_guide(folder)


def rich_assessment(guide: Guide, path: Path, seed: int = 7) -> Path:
    """Every question answered, with notes, actions and evidence on the gaps, the way a careful user leaves it."""
    rng = random.Random(seed)
    profile = CompanyProfile(
        "杭州钱塘示例生物医药科技有限公司", "91330100MA27XYW12A", frozenset(guide.facts), region="浙江省杭州市",
        size="中型", assessor="王敏", reviewer="李娜", assessment_date=dt.date(2026, 11, 20), period="2026年度")
    answers = [Answer.COMPLIANT] * 9 + [Answer.PARTIAL] * 5 + [Answer.NON_COMPLIANT] * 3 + [Answer.UNSURE] * 2
    file = AssessmentFile.create(path, guide, profile, "王敏")
    try:
        for n, question in enumerate(guide.ordered_questions()):
            if n % 23 == 22:
                file.set_answer(question.id, Answer.NOT_APPLICABLE, na_reason="本年度未开展该项业务。")
                continue
            answer = rng.choice(answers)
            file.set_answer(question.id, answer)
            if answer is Answer.COMPLIANT:
                continue
            file.set_note(question.id, rng.choice(NOTES))
            if answer is not Answer.UNSURE:
                file.set_action(ActionItem(
                    question.id, "核查现状，完善制度并补齐记录；整改后由法务部复核", rng.choice(OWNERS),
                    dt.date(2026, 12, 1) + dt.timedelta(days=rng.randrange(0, 120)),
                    rng.choice(list(ActionStatus))))
            if n % 4 == 0:
                file.add_attachment(question.id, f"证据材料-{question.id}.pdf", data=b"%PDF-1.7 evidence")
    finally:
        file.close()
    return path


def largest_example() -> Path | None:
    """The example whose report is longest: most open items, then most applicable questions."""
    best, best_size = None, (-1, -1)
    for path in sorted((ROOT / "examples").glob("*.lhc")):
        with AssessmentFile.open(path, "bench", read_only=True) as file:
            s = file.assessment.score()
        size = (sum(1 for i in s.items.values() if i.open), s.applicable_questions)
        if size > best_size:
            best, best_size = path, size
    return best


def best_of(runs: int, fn) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", help="an assessment file (default: the largest example)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", metavar="DIR", help="keep the assessment and the PDF in DIR")
    args = parser.parse_args()

    work = Path(args.keep or tempfile.mkdtemp(prefix="bench-report-"))
    work.mkdir(parents=True, exist_ok=True)
    source = Path(args.file) if args.file else largest_example()
    if source is None:
        try:
            guide = load_guide(ROOT / "guide_content")
            origin = "bundled guide"
        except GuideError:
            folder = Path(tempfile.mkdtemp(prefix="bench-guide-"))
            guide = full_size_guide(folder)
            origin = "full-size guide built from the test sample (bundled guide not complete yet)"
        source = work / "bench.lhc"
        source.unlink(missing_ok=True)
        rich_assessment(guide, source)
    else:
        origin = str(source)

    from reports.render import ReportOptions, harfbuzz_subset_available, render_report

    with AssessmentFile.open(source, "bench", read_only=True) as file:
        assessment = file.assessment
    guide = assessment.guide
    out = work / "report.pdf"
    options = ReportOptions(template="consultant", firm_name="浙江示例律师事务所", report_number="FZTJ-2026-0001")

    import weasyprint

    weasyprint.HTML(string=ONE_PAGE).write_pdf()  # warm-up: fonts found, caches filled
    floor = best_of(args.runs, lambda: weasyprint.HTML(string=ONE_PAGE).write_pdf())
    full = best_of(args.runs, lambda: render_report(assessment, out, options))
    pages = int(subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout.split("Pages:")[1].split()[0])

    cli_out = work / "cli.pdf"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "cli", "report", str(source), "-o", str(cli_out), "--template", "consultant"]

    def cli() -> None:
        subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True)

    process = best_of(args.runs, cli)

    print(f"assessment: {origin}")
    print(f"guide: {guide.meta.title} {guide.meta.version}: {len(guide.articles)} articles, "
          f"{len(guide.items)} items, {len(guide.questions)} questions")
    print(f"harfbuzz subsetting: {'yes' if harfbuzz_subset_available() else 'NO (fontTools fallback, slow)'}; "
          f"CPUs: {os.cpu_count()}")
    print(f"floor (one-page Chinese document, in process): {floor:.3f} s")
    print(f"full report in process: {full:.2f} s for {pages} pages ({full / floor:.0f}x the floor), "
          f"{1000 * full / pages:.0f} ms a page (best of {args.runs})")
    print(f"legalcheck report as a whole process: {process:.2f} s ({process / floor:.0f}x the floor; "
          f"start-up, imports and opening the file: {process - full:+.2f} s)")
    if args.keep:
        print(f"kept in {work}")


if __name__ == "__main__":
    main()
