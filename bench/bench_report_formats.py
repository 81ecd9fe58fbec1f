"""How long each report format takes, for every example in both templates, against a bare WeasyPrint page.

    .venv/bin/python bench/bench_report_formats.py [--runs N] [--keep DIR] [--libreoffice]

For each example under examples/ and each template it writes the report as PDF, as DOCX and as XLSX
(each through ``reports.render.write_report``, so building the model is included every time), best of
N runs, and prints each time in seconds and as a multiple of the floor: WeasyPrint writing a bare
one-page Chinese document in the same run. It also prints the PDF's page count and, with
``--libreoffice``, the page count of the DOCX as LibreOffice lays it out (``soffice`` must be installed).

On a loaded machine the times vary; the ratios vary less.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_report import ONE_PAGE, best_of  # noqa: E402
from checklist.store import AssessmentFile  # noqa: E402
from cli.common import current_guide_for  # noqa: E402
from reports.options import Format, ReportOptions, Template  # noqa: E402


def pages_of(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(info.split("Pages:")[1].split()[0])


def libreoffice_pages(docx: Path, folder: Path) -> int | None:
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(docx)],
                   capture_output=True, check=True, timeout=600)
    return pages_of(folder / (docx.stem + ".pdf"))


def ratio(value: float) -> str:
    return f"{value:.0f}x" if value >= 10 else f"{value:.1f}x"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--keep", metavar="DIR", help="keep the reports in DIR")
    parser.add_argument("--libreoffice", action="store_true", help="also count the DOCX's pages in LibreOffice")
    args = parser.parse_args()

    import weasyprint

    from reports.render import harfbuzz_subset_available, write_report

    work = Path(args.keep or tempfile.mkdtemp(prefix="bench-formats-"))
    work.mkdir(parents=True, exist_ok=True)
    weasyprint.HTML(string=ONE_PAGE).write_pdf()  # warm-up: fonts found, caches filled
    floor = best_of(args.runs, lambda: weasyprint.HTML(string=ONE_PAGE).write_pdf())
    print(f"harfbuzz subsetting: {'yes' if harfbuzz_subset_available() else 'NO (slow)'}; CPUs: {os.cpu_count()}; "
          f"best of {args.runs}")
    print(f"floor (one-page Chinese document, in process): {floor:.3f} s")
    print(f"{'example':<22}{'template':<12}{'PDF s (x)':>16}{'DOCX s (x)':>16}{'XLSX s (x)':>16}{'PDF pages':>11}"
          + (f"{'DOCX pages (LibreOffice)':>26}" if args.libreoffice else ""))
    for example in sorted((ROOT / "examples").glob("*.lhc")):
        with AssessmentFile.open(example, "bench", read_only=True) as file:
            assessment = file.assessment
        current = current_guide_for(assessment.guide)
        for template in Template:
            options = ReportOptions(template=template, firm_name="浙江示例律师事务所", report_number="FZTJ-2026-0001")
            stem = work / f"{example.stem}-{template}"
            times = {}
            for fmt in Format:
                write = partial(write_report, assessment, {fmt: stem.with_name(stem.name + fmt.suffix)}, options,
                                overwrite=True, current_guide=current)
                times[fmt] = best_of(args.runs, write)
            cells = "".join(f"{f'{times[f]:.2f} ({ratio(times[f] / floor)})':>16}" for f in Format)
            line = f"{example.stem:<22}{template.value:<12}{cells}{pages_of(stem.with_suffix('.pdf')):>11}"
            if args.libreoffice:
                counted = libreoffice_pages(stem.with_suffix(".docx"), work / "libreoffice")
                line += f"{counted if counted is not None else 'no soffice':>26}"
            print(line, flush=True)
    if args.keep:
        print(f"kept in {work}")


if __name__ == "__main__":
    main()
