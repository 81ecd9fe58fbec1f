"""Why a file cannot be opened or written: missing, empty, foreign, cut short, damaged, altered, full."""

from __future__ import annotations

import os
import sqlite3
import stat
import struct
from pathlib import Path

from ..errors import Message, UserError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory lock, SQLite still guards the data
    fcntl = None  # type: ignore[assignment]
from .rows import MAX_VALUE_BYTES, _Invalid

SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(UserError):
    """A problem with an assessment file the user can understand and act on."""

    def __init__(self, code: str, message: Message) -> None:
        super().__init__(message, code=code)


_FOREIGN = (
    (b"%PDF", "PDF 文档", "a PDF document"),
    (b"PK\x03\x04", "压缩包或 Office 文档（docx/xlsx）", "a ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0", "旧版 Office 文档（doc/xls）", "a legacy Office document"),
    (b"\x89PNG", "PNG 图片", "a PNG image"),
    (b"\xff\xd8\xff", "JPEG 图片", "a JPEG image"),
    (b"{", "JSON 文本（可用“导入”功能打开）", "JSON text (use Import)"),
)


def _not_openable(path: Path) -> StoreError | None:
    """A clear error when the file is missing, empty, foreign or cut short; None when it looks sound.

    Only a regular file is opened at all: opening a named pipe would wait for a writer forever, a device
    would be read without end. The same goes for the files SQLite opens beside it (its journal).
    """
    try:
        problem = _not_a_file(path)
        if problem:
            return problem
        for suffix in ("-journal", "-wal", "-shm"):
            beside = Path(f"{path}{suffix}")
            try:
                odd = os.path.lexists(beside) and _not_a_file(beside)
            except FileNotFoundError:  # a link to nothing: SQLite finds no journal either
                odd = None
            if odd:
                return StoreError("not_a_file", Message(
                    f"{path.name} 旁边的 {beside.name} 不是普通文件，体检文件未予打开。请删除或移走它后重试。",
                    f"{beside.name} beside {path.name} is not a regular file; the file was not opened. Remove it "
                    "and try again."))
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb") as handle:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):  # replaced by something else since it was looked at
                return StoreError("not_a_file", Message(
                    f"{path} 不是普通文件，不是体检文件，未予打开。", f"{path} is not a regular file; not opened."))
            size = info.st_size
            head = handle.read(100)
    except FileNotFoundError:
        return StoreError("not_found", Message(f"找不到文件 {path}。", f"File {path} not found."))
    except PermissionError:
        return StoreError("no_permission", Message(
            f"没有权限读取 {path}。请检查文件权限。", f"No permission to read {path}."))
    except OSError as exc:
        return StoreError("unreadable", Message(
            f"无法读取 {path}：{exc.strerror or exc}。", f"Cannot read {path}: {exc.strerror or exc}."))
    if size == 0:
        return StoreError("empty", Message(
            "文件是空的（0 字节），可能在复制或下载时中断。请使用备份或重新获取该文件。",
            "The file is empty (0 bytes); it was probably cut off while copying. Use a backup."))
    if not head.startswith(SQLITE_MAGIC):
        kind = next(((zh, en) for magic, zh, en in _FOREIGN if head.lstrip().startswith(magic)), None)
        zh_kind, en_kind = kind or ("其他类型的文件", "another kind of file")
        return StoreError("foreign", Message(
            f"这不是体检文件（.lhc），看起来是{zh_kind}。",
            f"This is not an assessment file (.lhc); it looks like {en_kind}."))
    if len(head) >= 32 and not Path(f"{path}-journal").exists():
        page_size = struct.unpack(">H", head[16:18])[0]
        page_size = 65536 if page_size == 1 else page_size
        pages = struct.unpack(">I", head[28:32])[0]
        if pages and size < pages * page_size:
            return StoreError("truncated", Message(
                f"文件不完整：应有 {pages * page_size:,} 字节，实际只有 {size:,} 字节，可能在复制或传输时被截断。"
                "请使用备份或重新获取该文件。",
                f"The file is incomplete: {size:,} of {pages * page_size:,} bytes. It was probably cut off "
                "while copying; use a backup."))
    return None


def _not_a_file(path: Path) -> StoreError | None:
    """Why ``path`` (followed through links) is not a regular file to open, or None when it is one."""
    mode = os.stat(path).st_mode
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return StoreError("not_a_file", Message(f"{path} 是一个文件夹，不是体检文件。", f"{path} is a folder."))
    if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
        zh, en = "命名管道或套接字", "a named pipe or socket"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        zh, en = "设备", "a device"
    else:
        zh, en = "特殊文件", "a special file"
    return StoreError("not_a_file", Message(
        f"{path} 不是普通文件（而是{zh}），不是体检文件，未予打开。",
        f"{path} is not a regular file (it is {en}), so it is not an assessment file and was not opened."))


def _damaged(path: Path, detail: str = "") -> StoreError:
    return StoreError("damaged", Message(
        f"文件 {path.name} 已损坏，无法读取{('（' + detail + '）') if detail else ''}。请使用备份。",
        f"The file {path.name} is damaged and cannot be read{(' (' + detail + ')') if detail else ''}. Use a backup."))


def _reading_error(path: Path, exc: BaseException) -> StoreError | None:
    """What the user is told when reading the file failed with ``exc``; None for an error to pass on as it is."""
    if isinstance(exc, _Invalid):
        return StoreError("invalid_content", Message(
            f"文件 {path.name} 含有体检文件不会有的内容：{exc.detail.zh}。文件可能已损坏，或被其他程序改动过，未予打开。"
            "请使用备份，或向发送方索取原始文件。",
            f"The file {path.name} holds something no assessment file has: {exc.detail.en}. It may be damaged or "
            "changed by another program, and was not opened. Use a backup or ask the sender for the original."))
    if isinstance(exc, sqlite3.DataError) and "too big" in str(exc):
        limit = MAX_VALUE_BYTES // 1048576
        return _reading_error(path, _Invalid(Message(
            f"其中一项内容超过 {limit} MB，大于体检文件能保存的任何内容",
            f"one of its values is over {limit} MB, larger than anything an assessment file holds")))
    if isinstance(exc, sqlite3.DatabaseError):
        return _damaged(path, str(exc))
    if isinstance(exc, UnicodeDecodeError):  # sqlite3 decodes a garbled schema's names and messages strictly
        return _damaged(path, "text that is not UTF-8 in the file's structure")
    return None


def _guide_altered(path: Path, zh: str, en: str) -> StoreError:
    return StoreError("guide_altered", Message(
        f"文件 {path.name} 中保存的指引在文件生成后被改动过（{zh}），据此得出的评分和报告不可信，未予打开。"
        "请向发送方索取原始文件。",
        f"The guide stored in {path.name} was altered after the file was made ({en}): the score and report "
        "cannot be trusted, and the file was not opened. Ask the sender for the original."))


def _write_error(exc: sqlite3.Error) -> StoreError:
    text = str(exc).lower()
    if "full" in text:
        return StoreError("disk_full", Message(
            "磁盘空间不足，最后一次修改没有保存，之前的内容完好。请清理磁盘空间后重试。",
            "The disk is full: the last change was not saved; everything before it is intact."))
    if "locked" in text or "busy" in text:
        return StoreError("busy", Message(
            "文件暂时被占用，最后一次修改没有保存，请稍后重试。", "The file is busy; the last change was not saved."))
    if "readonly" in text or "read-only" in text:
        return StoreError("read_only", Message(
            "文件不可写，最后一次修改没有保存。", "The file cannot be written; the last change was not saved."))
    return StoreError("write_failed", Message(
        f"保存失败（{exc}），最后一次修改没有保存，之前的内容完好。",
        f"Saving failed ({exc}); the last change was not saved; everything before it is intact."))
