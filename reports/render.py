"""Rendering the report as PDF, Word and Excel (and optionally HTML): the API the app and the CLI call.

WeasyPrint is imported inside :func:`render_report` only: importing it costs about
half a second, which the app's start-up and every other command must not pay.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from functools import lru_cache
from pathlib import Path

from checklist.assessment import Assessment
from checklist.errors import Message
from checklist.model import Guide

from .fetcher import PACKAGE_DIR, FetchPolicy, weasyprint_fetcher
from .model import ReportModel, build_report
from .options import Format, ReportError, ReportOptions, check_language

__all__ = ["Cancelled", "Format", "ReportError", "ReportOptions", "harfbuzz_subset_available", "render_report",
           "write_report"]

Progress = Callable[[int, Message], None]  # percent, what is happening

_HARFBUZZ_SUBSET_NAMES = ("libharfbuzz-subset.so.0", "libharfbuzz-subset.0.dylib", "libharfbuzz-subset-0.dll")


class Cancelled(Exception):  # noqa: N818 - the name the app calls it by
    """The caller's ``cancelled()`` turned true; no PDF was written."""


@lru_cache(maxsize=1)
def harfbuzz_subset_available() -> bool:
    """Whether WeasyPrint can subset fonts with HarfBuzz (libharfbuzz-subset0).

    Without it WeasyPrint falls back to fontTools, about a hundred times slower with
    CJK fonts: a report then takes tens of seconds instead of a few.
    """
    for name in _HARFBUZZ_SUBSET_NAMES:
        try:
            ctypes.CDLL(name)
            return True
        except OSError:
            continue
    return ctypes.util.find_library("harfbuzz-subset") is not None


def render_report(
    assessment: Assessment,
    out_pdf: Path,
    options: ReportOptions,
    *,
    html_out: Path | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    current_guide: Guide | None = None,
) -> Path:
    """Render the report of ``assessment`` to ``out_pdf`` (replacing a file there) and return its path.

    See :func:`write_report`, which this calls for the PDF alone.
    """
    out_pdf = Path(out_pdf)
    write_report(assessment, {Format.PDF: out_pdf}, options, overwrite=True, html_out=html_out,
                 progress=progress, cancelled=cancelled, current_guide=current_guide)
    return out_pdf


# What each format's share of the work is, for one progress bar over all of them (measured: the PDF's
# layout takes most of the time, the Word document about a tenth of it, the workbook little).
_WEIGHTS = {Format.PDF: 80, Format.DOCX: 15, Format.XLSX: 3}


def write_report(
    assessment: Assessment,
    paths: Mapping[Format, Path],
    options: ReportOptions,
    *,
    overwrite: bool = False,
    html_out: Path | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    current_guide: Guide | None = None,
) -> dict[Format, Path]:
    """Write the report of ``assessment`` in each format of ``paths`` (PDF, DOCX, XLSX), all from one model.

    ``current_guide`` is the current version of the assessment's guide, when it has a newer one:
    the report then says which version it used and what has changed in the law since.

    An existing file is never replaced unless ``overwrite``: the render refuses before it starts, and the
    write itself will not replace a file that appeared meanwhile. ``progress(percent, label)`` hears of
    each step; when ``cancelled()`` turns true the render stops with :class:`Cancelled`. Every file is
    written to a temporary file in its folder and renamed into place only once all of them are made,
    so a cancelled or failed render leaves no partial file (an earlier report stays as it was).
    """
    report = progress or (lambda _p, _s: None)
    is_cancelled = cancelled or (lambda: False)
    targets = [(fmt, Path(path)) for fmt, path in paths.items()] + ([(None, Path(html_out))] if html_out else [])
    options.check()
    check_language(paths, options.language)
    if not overwrite:
        refuse_existing(path for _, path in targets)

    def step(percent: int, label: Message) -> None:
        if is_cancelled():
            raise Cancelled()
        report(percent, label)

    made: dict[Format | None, bytes] = {}
    total = sum(_WEIGHTS[f] for f in paths) or 1
    start = 5
    with collector_paused():
        step(0, Message("整理体检数据", "Collecting the assessment"))
        model = build_report(assessment, options, current_guide=current_guide)
        for fmt in paths:
            end = start + 93 * _WEIGHTS[fmt] // total

            def band(percent: int, label: Message, lo: int = start, hi: int = end) -> None:
                step(lo + (hi - lo) * percent // 100, label)

            made[fmt] = _MAKERS[fmt](model, options, band, is_cancelled)
            start = end
        if html_out is not None:
            from .html import render_html

            made[None] = render_html(model, options).encode("utf-8")
    step(98, Message("保存文件", "Saving the file"))
    # Every file only once everything succeeded: a cancelled render leaves none behind.
    for fmt, path in targets:
        write_atomically(path, made[fmt], replace=overwrite)
    report(100, Message("完成", "Done"))
    return {fmt: path for fmt, path in targets if fmt is not None}


def refuse_existing(paths: Iterable[Path]) -> None:
    """Raise ReportError naming every file among ``paths`` that exists already."""
    there = [str(p) for p in paths if Path(p).exists() or Path(p).is_symlink()]
    if there:
        raise ReportError(f"{'、'.join(there)} 已存在，不会覆盖。请换一个文件名，或选择覆盖（命令行加 --force）。",
                          f"{', '.join(there)} already exists and is not overwritten; choose another name, "
                          "or allow overwriting (--force on the command line).", code="exists")


Band = Callable[[int, Message], None]  # percent of this format's own work, what is happening


def _pdf(model: ReportModel, options: ReportOptions, band: Band, is_cancelled: Callable[[], bool]) -> bytes:
    band(0, Message("生成图表和版面", "Drawing charts and pages"))
    from .html import render_html  # Jinja2 is only needed here

    html = render_html(model, options)
    band(5, Message("加载排版引擎", "Loading the layout engine"))
    return _layout_and_write(html, model, options, band, is_cancelled)


def _docx(model: ReportModel, options: ReportOptions, band: Band, is_cancelled: Callable[[], bool]) -> bytes:
    from .docx import write_docx

    band(0, Message("生成 Word 文档", "Writing the Word document"))

    def check() -> None:
        if is_cancelled():
            raise Cancelled()

    return write_docx(model, options, check)


def _xlsx(model: ReportModel, options: ReportOptions, band: Band, is_cancelled: Callable[[], bool]) -> bytes:
    from .xlsx import write_xlsx

    band(0, Message("生成 Excel 工作簿", "Writing the Excel workbook"))
    return write_xlsx(model, options)


_MAKERS = {Format.PDF: _pdf, Format.DOCX: _docx, Format.XLSX: _xlsx}


def _layout_and_write(html: str, model: ReportModel, options: ReportOptions, band: Band,
                      is_cancelled: Callable[[], bool]) -> bytes:
    import weasyprint  # ~0.5 s: only when a report is actually rendered

    policy = FetchPolicy(extra_files=[Path(options.logo)] if options.logo else ())
    document = weasyprint.HTML(string=html, base_url=PACKAGE_DIR.as_uri() + "/",
                               url_fetcher=weasyprint_fetcher(policy))
    band(10, Message("排版页面", "Laying out pages"))
    estimate = max(model.page_estimate, 1)
    with _page_progress(lambda page: band(10 + min(80 * page // estimate, 80),
                                          Message(f"排版第 {page} 页", f"Laying out page {page}")),
                        is_cancelled):
        laid_out = document.render(font_config=font_config())
    band(92, Message(f"写入 PDF（共 {len(laid_out.pages)} 页）", f"Writing the PDF ({len(laid_out.pages)} pages)"))
    return laid_out.write_pdf()


@lru_cache(maxsize=1)
def font_config():
    """One font configuration per process: the app renders several reports in a session."""
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


class _PageHandler(logging.Handler):
    """Hears WeasyPrint's per-page layout messages in the rendering thread only."""

    def __init__(self, on_page: Callable[[int], None], is_cancelled: Callable[[], bool]) -> None:
        super().__init__(logging.INFO)
        self.thread = threading.get_ident()
        self.on_page = on_page
        self.is_cancelled = is_cancelled
        self.last = 0

    def emit(self, record: logging.LogRecord) -> None:  # exceptions pass through: that is how cancel stops layout
        if threading.get_ident() != self.thread:
            return
        if self.is_cancelled():
            raise Cancelled()
        if str(record.msg).startswith("Step 5") and record.args:
            page = int(record.args[0])
            if page > self.last:
                self.last = page
                self.on_page(page)


_progress_lock = threading.Lock()
_progress_users = 0
_gc_lock = threading.Lock()
_gc_users = 0
_gc_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a report renders.

    Layout allocates millions of small objects and keeps nearly all of them to the end,
    so the collector's passes find almost nothing to free yet walk the whole growing box
    tree each time: they took a sixth to a quarter of the render time. Reference counting
    still frees what is not in a cycle; the collector is switched back on afterwards (if it
    was on) and then frees the rest.
    """
    global _gc_users, _gc_was_enabled
    with _gc_lock:
        if not _gc_users:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_users += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_users -= 1
            if not _gc_users and _gc_was_enabled:
                gc.enable()


@contextmanager
def _page_progress(on_page: Callable[[int], None], is_cancelled: Callable[[], bool]) -> Iterator[None]:
    global _progress_users
    logger = logging.getLogger("weasyprint.progress")
    handler = _PageHandler(on_page, is_cancelled)
    with _progress_lock:
        _progress_users += 1
        logger.setLevel(logging.INFO)
        logger.addHandler(handler)
    try:
        yield
    finally:
        with _progress_lock:
            logger.removeHandler(handler)
            _progress_users -= 1
            if not _progress_users:
                logger.setLevel(logging.NOTSET)


def write_atomically(target: Path, data: bytes, replace: bool = True) -> None:
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    made = False  # only a temporary file this call made is removed, and its removal never hides the cause
    try:
        with open(tmp, "wb") as handle:
            made = True
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            os.replace(tmp, target)
            made = False
        else:
            _place_new(tmp, target)
    except FileExistsError:
        refuse_existing([target])
    except OSError as exc:
        from checklist.validation import os_error_message

        raise ReportError(os_error_message(target, exc), code="write_failed") from None
    finally:
        if made:
            with suppress(OSError):
                tmp.unlink()


def _place_new(tmp: Path, target: Path) -> None:
    """``tmp`` at ``target`` unless a file is there: a hard link fails rather than replace one (the temporary
    name is then removed by the caller). Where links are not supported, the check and the rename are two steps."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError:
        if target.exists() or target.is_symlink():
            raise FileExistsError(target) from None
        os.replace(tmp, target)
