"""Safe YAML loading that remembers where every value came from.

Guide files are untrusted: they are parsed with the safe (C when available)
loader, limited in size and nesting, and anchors/aliases are refused so an
"alias bomb" cannot expand into gigabytes. Every value keeps its line and
column so the validator can point a clerk at ``file:line:column``.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from typing import Any

import yaml

try:  # the C loader parses several times faster
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 40
# A number literal longer than this is refused before it is converted (a 5,000-digit integer would stop
# Python's int(), a long base-60 one "1:2:3:…" would take minutes); no integer in a guide needs more digits.
MAX_NUMBER_CHARS = 40
MAX_INTEGER_DIGITS = 15
_INT_TAG = "tag:yaml.org,2002:int"
_FLOAT_TAG = "tag:yaml.org,2002:float"
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"

Path = tuple[Any, ...]


@dataclass(frozen=True)
class Mark:
    line: int  # 1-based
    column: int  # 1-based


class YamlError(Exception):
    """A file that cannot be read as YAML; ``code`` names the message."""

    def __init__(self, code: str, mark: Mark, **args: Any) -> None:
        super().__init__(code)
        self.code = code
        self.mark = mark
        self.args_ = args


@dataclass
class Doc:
    """One parsed YAML file: plain data plus the position of every value."""

    file: str
    data: Any
    value_marks: dict[Path, Mark] = field(default_factory=dict)
    key_marks: dict[Path, Mark] = field(default_factory=dict)

    def at(self, path: Path, *, key: bool = False) -> Mark:
        """Position of the value (or its key) at ``path``, else of the nearest parent."""
        marks = self.key_marks if key else self.value_marks
        probe = tuple(path)
        while probe:
            if probe in marks:
                return marks[probe]
            if key and probe in self.value_marks:
                return self.value_marks[probe]
            probe = probe[:-1]
        return self.value_marks.get((), Mark(1, 1))


_FILE_KINDS = (
    (stat.S_ISDIR, "文件夹", "a folder"),
    (stat.S_ISFIFO, "命名管道（FIFO）", "a named pipe (FIFO)"),
    (stat.S_ISCHR, "设备文件", "a device"),
    (stat.S_ISBLK, "设备文件", "a device"),
    (stat.S_ISSOCK, "套接字", "a socket"),
)
_OS_REASONS = {
    errno.EACCES: ("没有读取权限", "permission denied"),
    errno.EPERM: ("没有读取权限", "permission denied"),
    errno.ENOENT: ("文件不存在（可能是指向别处的链接已失效）", "the file does not exist (a broken link?)"),
    errno.ELOOP: ("符号链接循环指向自身", "a symbolic link loops"),
}


def os_reason(exc: OSError) -> dict[str, str]:
    """``detail`` and ``detail_en`` of the ``file_unreadable`` message for ``exc``."""
    zh, en = _OS_REASONS.get(exc.errno or 0, (exc.strerror or str(exc), exc.strerror or str(exc)))
    return {"detail": zh, "detail_en": en}


def read_file(path: str | os.PathLike[str], limit: int = MAX_FILE_BYTES) -> bytes:
    """The first ``limit + 1`` bytes of the regular file at ``path``, else :class:`YamlError` at 1:1.

    A folder, a named pipe, a device or a socket named like a guide file is refused by its type before it
    is opened, and opened without blocking in case it was swapped in meanwhile: reading a FIFO would wait
    for a writer forever, reading /dev/zero would never end.
    """
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise _not_regular(mode)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if not stat.S_ISREG(mode):
                raise _not_regular(mode)
            return handle.read(limit + 1)
    except OSError as exc:
        raise YamlError("file_unreadable", Mark(1, 1), **os_reason(exc)) from None


def _not_regular(mode: int) -> YamlError:
    kind, kind_en = next(((zh, en) for test, zh, en in _FILE_KINDS if test(mode)), ("特殊文件", "a special file"))
    return YamlError("not_regular_file", Mark(1, 1), kind=kind, kind_en=kind_en)


def _short(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _mark(node: yaml.Node) -> Mark:
    return Mark(node.start_mark.line + 1, node.start_mark.column + 1)


def parse(file: str, raw: bytes) -> Doc:
    """Parse ``raw`` (the bytes of ``file``) or raise :class:`YamlError`."""
    if len(raw) > MAX_FILE_BYTES:
        raise YamlError("file_too_large", Mark(1, 1), limit_kb=MAX_FILE_BYTES // 1024)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise YamlError("not_utf8", Mark(line, 1)) from None
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        # Where the broken construct starts (an unclosed quote, say) helps more than
        # where the parser gave up, which can be the end of the file.
        at_end = (exc.problem or "").startswith("found unexpected end of stream")
        mark = (exc.context_mark if at_end else None) or exc.problem_mark or exc.context_mark
        where = Mark(mark.line + 1, mark.column + 1) if mark else Mark(1, 1)
        raise YamlError("yaml_syntax", where, detail=_explain(exc.problem or str(exc))) from None
    except yaml.YAMLError as exc:
        raise YamlError("yaml_syntax", Mark(1, 1), detail=str(exc)) from None
    doc = Doc(file=file, data=None)
    if node is None:
        doc.value_marks[()] = Mark(1, 1)
        return doc
    doc.data = _Builder(doc).build(node, (), 0)
    return doc


_EXPLANATIONS = {
    "found unexpected end of stream": "引号或括号没有闭合，文件就结束了",
    "mapping values are not allowed here": "此处不应出现冒号（可能是缩进不对，或文字中的冒号需要加引号）",
    "could not find expected ':'": "缺少冒号，或上一行的缩进不对",
    "found character '\\t' that cannot start any token": "不能用 Tab 键缩进，请改用空格",
    "expected <block end>, but found '-'": "列表项“- ”的缩进与上一项不一致",
    "found unexpected ':'": "多了一个冒号",
    "found a tab character that violates indentation": "不能用 Tab 键缩进，请改用空格",
}


def _explain(problem: str) -> str:
    for english, chinese in _EXPLANATIONS.items():
        if problem.startswith(english):
            return f"{chinese}（{problem}）"
    return problem


_PLAIN_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


class _Builder:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.seen: set[int] = set()
        self.constructor = _Loader("")  # only its scalar constructors are used

    def build(self, node: yaml.Node, path: Path, depth: int) -> Any:
        if id(node) in self.seen:
            raise YamlError("yaml_alias", _mark(node))
        self.seen.add(id(node))
        if getattr(node, "anchor", None):
            raise YamlError("yaml_alias", _mark(node))
        if depth > MAX_DEPTH:
            raise YamlError("yaml_too_deep", _mark(node), limit=MAX_DEPTH)
        self.doc.value_marks[path] = _mark(node)
        if not isinstance(node, yaml.ScalarNode) and node.tag not in _PLAIN_TAGS:
            raise YamlError("yaml_tag", _mark(node), tag=node.tag)
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    raise YamlError("yaml_complex_key", _mark(key_node))
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise YamlError("yaml_alias", _mark(key_node))
                key = self.scalar(key_node)
                if key in result:
                    raise YamlError("yaml_duplicate_key", _mark(key_node), key=key)
                self.doc.key_marks[path + (key,)] = _mark(key_node)
                result[key] = self.build(value_node, path + (key,), depth + 1)
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(child, path + (i,), depth + 1) for i, child in enumerate(node.value)]
        return self.scalar(node)

    def scalar(self, node: yaml.ScalarNode) -> Any:
        if node.tag in (_INT_TAG, _FLOAT_TAG) and len(node.value) > MAX_NUMBER_CHARS:
            raise YamlError("number_too_large", _mark(node), value=_short(node.value), limit=MAX_INTEGER_DIGITS)
        try:
            value = self.constructor.construct_object(node, deep=True)
        except yaml.YAMLError:
            raise YamlError("yaml_tag", _mark(node), tag=node.tag) from None
        except Exception:  # noqa: BLE001 - PyYAML's own constructors: 2026-02-30, "!!bool maybe", …
            code = "bad_date" if node.tag == _TIMESTAMP_TAG else "bad_scalar"
            raise YamlError(code, _mark(node), value=_short(node.value)) from None
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**MAX_INTEGER_DIGITS:
            raise YamlError("number_too_large", _mark(node), value=_short(node.value), limit=MAX_INTEGER_DIGITS)
        return value
