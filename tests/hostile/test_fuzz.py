"""Fuzzing the two readers of untrusted files: the guide loader and the assessment reader.

Whatever the bytes, the guide loader answers with a guide or with problems a clerk can read, and the
assessment reader opens the file or refuses it with a message: never any other exception. The examples
are derived from a fixed seed (``derandomize``), so a failure in CI is the same failure on a desk.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checklist.errors import UserError
from checklist.loader import GuideError, check_sources, load_sources, read_guide_dir
from checklist.model import Answer, Guide
from tests.helpers import SAMPLE_GUIDE

EXAMPLES = 150
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])

BASE = read_guide_dir(SAMPLE_GUIDE)
NAMES = sorted(BASE)

# Values a hostile or careless editor writes where the guide expects something else.
HOSTILE_VALUES = [
    "2026-02-30", "2026-13-01", "0000-01-01", "9999-12-31", "2026-01-01 25:61:61", "2026-01-01 10:00 +99:00",
    "9" * 5000, "0x" + "f" * 5000, "0o" + "7" * 3000, ":".join(["59"] * 2000), "1_" * 2000 + "1",
    "-" + "9" * 40, "1e400", "-1e400", ".inf", "-.inf", ".nan", "0", "-1", "10000", "99999999999999",
    "1.5", "true", "false", "null", "~", "''", '""', "[]", "{}", "[[[[[]]]]]", "{a: {b: {c: [1, {d: 2}]}}}",
    "!!binary aGVsbG8=", "!!bool maybe", "!!int nope", "!!float nope", "!!timestamp nope", "!!str 1",
    "!!python/object/apply:os.system [echo]", "!!set {a, b}", "!!omap [a: 1]", "&anchor x", "*anchor",
    "<<: {a: 1}", "[unclosed", "{unclosed", "'unclosed", '"unclosed', "a: b: c", "- - -", "|", ">",
    "\t", "%YAML 1.1", "---", "...", "? complex", "x" * 70, "药" * 30000, "\u202e\u0000\u0085\ufffe",
]
_VALUE_LINE = re.compile(rb"^(\s*(?:- )?[A-Za-z_]+:) ?(.*)$", re.MULTILINE)


def _value_lines(raw: bytes) -> list[re.Match[bytes]]:
    return list(_VALUE_LINE.finditer(raw))


def byte_edit():
    return st.tuples(st.just("bytes"), st.sampled_from(NAMES),
                     st.lists(st.tuples(st.floats(0, 1), st.integers(0, 8), st.binary(max_size=8)),
                              min_size=1, max_size=6))


def value_edit():
    token = st.one_of(st.sampled_from(HOSTILE_VALUES), st.text(max_size=40))
    return st.tuples(st.just("value"), st.sampled_from([n for n in NAMES if n.endswith(".yaml")]),
                     st.floats(0, 1), token)


def truncation():
    return st.tuples(st.just("truncate"), st.sampled_from(NAMES), st.floats(0, 1))


PLAIN = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-10**30, 10**30),
              st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30),
              st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))),
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.text(max_size=12), children, max_size=4)),
    max_leaves=12)


def structure_edit():
    """A value anywhere in a file replaced by another of any type, the file written out again."""
    return st.tuples(st.just("structure"), st.sampled_from([n for n in NAMES if n.endswith(".yaml")]),
                     st.lists(st.integers(0, 50), min_size=1, max_size=6), PLAIN)


def file_edit():
    name = st.one_of(st.sampled_from(NAMES), st.sampled_from(["chapters/", "statutes/", ""]).flatmap(
        lambda prefix: st.text(max_size=12).map(lambda s: prefix + s + ".yaml")))
    return st.tuples(st.just("file"), st.sampled_from(["drop", "add", "rename"]), name, st.binary(max_size=200))


MUTATION = st.one_of(byte_edit(), value_edit(), truncation(), structure_edit(), file_edit())


def _replace_somewhere(data, steps: list[int], value):
    """``data`` with the value reached by following ``steps`` (each an index into a mapping or list) replaced."""
    if not steps or not isinstance(data, (dict, list)) or not data:
        return value
    keys = list(data) if isinstance(data, dict) else list(range(len(data)))
    key = keys[steps[0] % len(keys)]
    data[key] = _replace_somewhere(data[key], steps[1:], value)
    return data


def mutate(sources: dict, mutation: tuple) -> None:
    kind = mutation[0]
    if kind != "file" and mutation[1] not in sources:
        return  # dropped by an earlier mutation
    if kind == "bytes":
        _, name, edits = mutation
        raw = bytearray(sources[name])
        for where, cut, insert in edits:
            at = int(where * len(raw))
            raw[at:at + cut] = insert
        sources[name] = bytes(raw)
    elif kind == "value":
        _, name, where, token = mutation
        lines = _value_lines(sources[name])
        if lines:
            m = lines[int(where * (len(lines) - 1))]
            sources[name] = sources[name][:m.start(2)] + token.encode("utf-8", "surrogatepass") + sources[name][m.end(2):]
    elif kind == "truncate":
        _, name, where = mutation
        sources[name] = sources[name][:int(where * len(sources[name]))]
    elif kind == "structure":
        _, name, steps, value = mutation
        try:
            data = yaml.safe_load(sources[name])
        except (yaml.YAMLError, ValueError):
            return  # an earlier mutation broke it already
        sources[name] = yaml.safe_dump(_replace_somewhere(data, steps, value), allow_unicode=True).encode(
            "utf-8", "surrogatepass")
    else:
        _, action, name, content = mutation
        if action == "drop":
            sources.pop(name, None)
        elif action == "add":
            sources[name] = content
        elif name in sources:
            sources[name + "x"] = sources.pop(name)


counted: dict[str, int] = {}
spans: dict[str, list[float]] = {}  # the first example's start and the last one's end, per test


def _timed(key: str) -> None:
    now = time.monotonic()
    spans.setdefault(key, [now, now])[1] = now


@FUZZ
@given(mutations=st.lists(MUTATION, min_size=1, max_size=3), stored=st.booleans())
def test_the_guide_loader_answers_every_file_with_a_guide_or_problems(mutations, stored):
    counted["guide"] = counted.get("guide", 0) + 1
    _timed("guide")
    sources = dict(BASE)
    for mutation in mutations:
        mutate(sources, mutation)
    if stored:  # as a guide inside an assessment file is read
        try:
            guide = load_sources(sources)
        except GuideError as exc:
            problems = exc.problems
            assert any(not p.warning for p in problems)
        else:
            assert isinstance(guide, Guide)
            problems = []
    else:
        guide, problems = check_sources(sources)
        assert guide is None or isinstance(guide, Guide)
        assert guide is not None or any(not p.warning for p in problems)
    for problem in problems:
        for lang in ("zh", "en"):
            text = problem.render(lang)
            assert isinstance(text, str) and text.startswith(problem.file)
    _timed("guide")


# --- the assessment reader -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small_lhc(tmp_path_factory, sample_guide) -> Path:
    from checklist.assessment import ActionItem
    from checklist.store import AssessmentFile
    from tests.test_report_model import PROFILE

    path = tmp_path_factory.mktemp("fuzz") / "small.lhc"
    with AssessmentFile.create(path, sample_guide, PROFILE, "王敏") as f:
        f.set_answer("Q01-1", Answer.PARTIAL)
        f.set_answer("Q03-1", Answer.NON_COMPLIANT)
        f.set_note("Q01-1", "住所变更未登记。")
        f.set_action(ActionItem("Q01-1", "补办变更登记", "法务部", dt.date(2026, 10, 31)))
        f.add_attachment("Q01-1", "决议.pdf", data=b"%PDF-1.7")
    # The same bytes on every run, so the same mutations meet the same file: the times of day fixed,
    # the file written out afresh.
    conn = sqlite3.connect(path, isolation_level=None)
    for table, column in (("answers", "changed_at"), ("actions", "changed_at"), ("attachments", "added_at"),
                          ("audit", "at")):
        conn.execute(f"UPDATE {table} SET {column} = '2026-11-20T09:30:00+00:00'")
    conn.execute("UPDATE meta SET value = '2026-11-20T09:30:00+00:00' WHERE key = 'created_at'")
    fixed = path.with_name("fixed.lhc")
    conn.execute("VACUUM INTO ?", (str(fixed),))
    conn.close()
    return fixed


TABLES = {
    "meta": ("key", "value"),
    "guide_files": ("name", "content", "compression"),
    "profile": ("id", "data"),
    "answers": ("question_id", "answer", "note", "na_reason", "changed_at", "changed_by"),
    "actions": ("question_id", "measure", "owner", "due", "status", "changed_at", "changed_by"),
    "attachments": ("id", "question_id", "name", "size", "sha256", "data", "added_at", "added_by"),
    "audit": ("id", "at", "by", "action", "target", "old", "new"),
}
CELL_VALUES = st.one_of(
    st.none(), st.integers(-2**63, 2**63 - 1), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=60), st.binary(max_size=60),
    st.sampled_from(["", "{}", "[]", "null", "true", "-7", '{"name": 1, "facts": "abc"}', '{"facts": [1, {}]}',
                     '{"assessment_date": "2026-02-30"}', "[" * 100000, '"\\ud800"', "2026-02-30T00:00:00",
                     "not a time", "compliant", "done", "zlib", "none", "gzip", "x" * 100000, "\x00\u202e\x1b[2J"]))
STATEMENTS = st.sampled_from([
    "DROP TABLE {t}", "DELETE FROM {t}", "ALTER TABLE {t} RENAME TO {t}_old", "PRAGMA user_version = 99",
    "PRAGMA user_version = -1", "PRAGMA application_id = 7", "CREATE VIEW v_{t} AS SELECT * FROM {t}",
    "CREATE TABLE extra_{t} (x)", "INSERT INTO {t} DEFAULT VALUES",
])


def table_edit():
    return st.tuples(st.just("cell"), st.sampled_from(sorted(TABLES)), st.integers(0, 10), st.integers(0, 5),
                     CELL_VALUES)


def statement_edit():
    return st.tuples(st.just("sql"), st.sampled_from(sorted(TABLES)), STATEMENTS)


def file_byte_edit():
    """Bytes overwritten in place (a file of the right size gets past the first checks), or cut or added."""
    return st.tuples(st.just("bytes"), st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=16),
                                                          st.booleans()), min_size=1, max_size=6))


def apply_to_file(path: Path, mutation: tuple) -> None:
    if mutation[0] == "bytes":
        raw = bytearray(path.read_bytes())
        for where, data, in_place in mutation[1]:
            at = 100 + int(where * (len(raw) - 100))  # past the header, which is checked first
            raw[at:at + (len(data) if in_place else 0)] = data
        path.write_bytes(bytes(raw))
        return
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        if mutation[0] == "sql":
            _, table, statement = mutation
            conn.execute(statement.format(t=table))
        else:
            _, table, column, row, value = mutation
            column = TABLES[table][column % len(TABLES[table])]
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = "
                         f"(SELECT rowid FROM {table} ORDER BY rowid LIMIT 1 OFFSET ?)", (value, row))
    except (sqlite3.Error, UnicodeDecodeError):
        pass  # the file cannot hold that (a NOT NULL column, a key taken, a table gone, a garbled schema)
    finally:
        conn.close()


@FUZZ
@given(mutations=st.lists(st.one_of(file_byte_edit(), table_edit(), statement_edit()), min_size=1, max_size=3))
def test_the_assessment_reader_opens_a_file_or_says_why_not(small_lhc, tmp_path, mutations):
    from checklist.store import AssessmentFile

    counted["assessment"] = counted.get("assessment", 0) + 1
    _timed("assessment")
    path = tmp_path / f"case-{counted['assessment']}.lhc"
    shutil.copyfile(small_lhc, path)
    for mutation in mutations:
        apply_to_file(path, mutation)
    try:
        with AssessmentFile.open(path, "fuzz", read_only=True) as f:
            f.assessment.score()
    except UserError as exc:
        assert exc.message.zh and exc.message.en
    _timed("assessment")


def test_the_fuzzing_ran_every_example_in_time():
    """Reported in the run's output (pytest -s); the cases above take well under a minute together."""
    elapsed = sum(end - start for start, end in spans.values())
    print(f"fuzz: {counted.get('guide', 0)} guide cases, {counted.get('assessment', 0)} assessment cases, "
          f"{elapsed:.1f} s")
    assert counted.get("guide", 0) >= EXAMPLES and counted.get("assessment", 0) > 0  # fewer once it fails
    assert elapsed < 40
