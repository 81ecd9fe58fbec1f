"""Guide releases as the bureau makes them and companies receive them: a v2 of the sample guide is diffed,
packed and signed, refused once tampered with, installed, and an assessment moves to it without losing an
answer."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from checklist.assessment import ActionItem
from checklist.guidediff import Entity, Kind, diff, to_html, to_text
from checklist.library import GuideLibrary
from checklist.loader import GuideError, load_guide, read_guide_dir
from checklist.migrate import Fate, plan
from checklist.model import Answer
from checklist.package import PackageError, SignatureState, generate_key, pack, read_package
from checklist.store import AssessmentFile
from tests.helpers import FIXTURES, SAMPLE_GUIDE, run_cli, sample_v2
from tests.test_ui.conftest import make_profile


@pytest.fixture(scope="module")
def v2_dir(tmp_path_factory) -> Path:
    return sample_v2(tmp_path_factory.mktemp("release") / "v2")


@pytest.fixture(scope="module")
def v2(v2_dir):
    return load_guide(v2_dir)


@pytest.fixture(scope="module")
def key():
    return generate_key()


def package_of(folder: Path, guide, private: bytes | None) -> bytes:
    return pack(read_guide_dir(folder), guide.meta.id, guide.meta.version, private)


def test_the_diff_names_every_change_with_old_and_new_text(sample_guide, v2):
    d = diff(sample_guide, v2)
    kinds = {(c.entity, c.kind, c.id) for c in d.changes}
    assert {(Entity.QUESTION, Kind.CHANGED, "Q03-1"), (Entity.ITEM, Kind.REMOVED, "V05"),
            (Entity.ARTICLE, Kind.ADDED, "A11"), (Entity.QUESTION, Kind.ADDED, "Q11-1"),
            (Entity.QUESTION, Kind.REMOVED, "Q08-1"), (Entity.LAW, Kind.CHANGED, "laodong-hetong-fa"),
            (Entity.SCORING, Kind.CHANGED, "scoring")} <= kinds
    reworded = d.find(Entity.QUESTION, "Q03-1").fields[0]
    assert (reworded.old, reworded.new) == ("在研临床试验是否均已取得批准或默示许可？", "在研及已完成的临床试验是否均已取得批准或默示许可？")
    moved = d.find(Entity.ARTICLE, "A05")  # the article after the insertion: only its number changed
    assert [(f.field, f.old, f.new) for f in moved.fields] == [("number", "第五条", "第六条")]
    weights = next(f for f in d.find(Entity.SCORING, "scoring").fields if f.field == "answer_exposure")
    assert "部分符合 0.5" in weights.old and "部分符合 0.6" in weights.new
    law = d.find(Entity.LAW, "laodong-hetong-fa")
    assert any("2026年10月1日" in f.new for f in law.fields if f.field == "status")
    text = to_text(d)
    assert "- V05 " in text and "+ A11 " in text and "本版说明" in text
    html = to_html(d)
    assert '<span class="ins">及已完成的</span>' in html and "<script" not in html


def test_the_diff_from_the_command_line_in_three_formats(v2_dir):
    as_json = run_cli("guide", "diff", str(SAMPLE_GUIDE), str(v2_dir), "--format", "json")
    assert as_json.returncode == 0, as_json.stderr
    data = json.loads(as_json.stdout)
    assert (data["old_version"], data["new_version"]) == ("0.1.0", "0.2.0")
    assert {"kind": "removed", "entity": "item", "id": "V05"} in [
        {k: c[k] for k in ("kind", "entity", "id")} for c in data["changes"]]
    html = run_cli("guide", "diff", str(SAMPLE_GUIDE), str(v2_dir), "--format", "html")
    assert html.stdout.startswith("<!DOCTYPE html>")
    text = run_cli("--lang", "en", "guide", "diff", str(SAMPLE_GUIDE), str(v2_dir))
    assert "0.1.0 → 0.2.0" in text.stdout and "Violation items" in text.stdout


def test_a_signed_package_is_official_only_with_a_trusted_key_and_refused_once_tampered(tmp_path, v2_dir, v2, key):
    private, public = key
    path = tmp_path / "v2.zip"
    path.write_bytes(package_of(v2_dir, v2, private))
    assert read_package(path).state is SignatureState.UNTRUSTED  # intact, but whose?
    assert read_package(path, [public]).state is SignatureState.OFFICIAL
    # one byte of one file changed, the zip rewritten around it: the manifest no longer matches
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    members["scoring.yaml"] = members["scoring.yaml"].replace(b"0.6", b"0.9")
    forged = io.BytesIO()
    with zipfile.ZipFile(forged, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    tampered = tmp_path / "tampered.zip"
    tampered.write_bytes(forged.getvalue())
    package = read_package(tampered, [public])
    assert package.state is SignatureState.TAMPERED and "scoring.yaml" in package.detail.zh
    library = GuideLibrary(tmp_path / "data", SAMPLE_GUIDE)
    library.add_key(public)
    with pytest.raises(PackageError) as refused:
        library.install(tampered)
    assert refused.value.code == "tampered" and "已被改动" in refused.value.zh
    # a byte flipped in the zip itself: the package cannot be read, and says so
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 3] ^= 0xFF
    flipped = tmp_path / "flipped.zip"
    flipped.write_bytes(bytes(raw))
    try:
        state = read_package(flipped, [public]).state
    except PackageError:
        state = None  # refused while reading
    assert state in (None, SignatureState.TAMPERED)  # never official
    with pytest.raises(PackageError):
        library.install(flipped)
    assert [e.key for e in library.entries()] == ["sample-guide@0.1.0"]  # nothing was installed


def test_installing_checks_the_signature_and_the_content_and_leaves_the_library_alone_when_refused(
        tmp_path, v2_dir, v2, key):
    private, public = key
    library = GuideLibrary(tmp_path / "data", SAMPLE_GUIDE)
    unsigned = tmp_path / "unsigned.zip"
    unsigned.write_bytes(package_of(v2_dir, v2, None))
    with pytest.raises(PackageError) as refused:
        library.install(unsigned)
    assert refused.value.code == "unsigned"
    assert library.install(unsigned, allow_unsigned=True).state is SignatureState.UNSIGNED
    library.remove("sample-guide", "0.2.0")
    signed = tmp_path / "signed.zip"
    signed.write_bytes(package_of(v2_dir, v2, private))
    library.add_key(public)
    entry = library.install(signed)
    assert (entry.key, entry.state) == ("sample-guide@0.2.0", SignatureState.OFFICIAL)
    assert library.latest("sample-guide").guide.meta.version == "0.2.0"
    # a broken guide in a well-signed package: refused with the validator's positions
    broken = shutil.copytree(v2_dir, tmp_path / "broken")
    chapter = broken / "chapters" / "05-labour.yaml"
    chapter.write_text(chapter.read_text(encoding="utf-8").replace("每月支付二倍的工资", "每月支付三倍的工资", 1),
                       encoding="utf-8")
    bad = tmp_path / "bad.zip"
    bad.write_bytes(pack(read_guide_dir(broken), "sample-guide", "0.3.0", private))
    with pytest.raises(GuideError) as problems:
        library.install(bad)
    assert any(p.render().startswith("chapters/05-labour.yaml:") for p in problems.value.problems)
    assert [e.key for e in library.entries()] == ["sample-guide@0.2.0", "sample-guide@0.1.0"]
    # a file changed in the installed copy shows as tampered on the next look
    installed = tmp_path / "data" / "guides" / "sample-guide@0.2.0.zip"
    with zipfile.ZipFile(installed) as z:
        members = {n: z.read(n) for n in z.namelist()}
    members["guide.yaml"] = members["guide.yaml"].replace("研发数据备份条款".encode(), "研发数据条款".encode())
    with zipfile.ZipFile(installed, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    assert next(e for e in library.entries() if e.key == "sample-guide@0.2.0").state is SignatureState.TAMPERED
    assert library.latest("sample-guide").guide.meta.version == "0.1.0"  # a tampered guide is never offered


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize("members, words", [
    ({"../../evil.yaml": b"x", "MANIFEST.json": b"{}"}, "不属于指引的文件"),
    ({"/etc/passwd": b"x", "MANIFEST.json": b"{}"}, "不属于指引的文件"),
    ({"chapters/bomb.yaml": b"0" * 2_100_000, "MANIFEST.json": b"{}"}, "超过大小上限"),
    ({"chapters/a.yaml": b"a" * 1_500_000, "MANIFEST.json": b"{}"}, "压缩比异常"),
    ({"guide.yaml": b"id: x"}, "缺少文件清单"),
])
def test_hostile_packages_are_refused(tmp_path, members, words):
    path = tmp_path / "hostile.zip"
    path.write_bytes(_zip(members))
    with pytest.raises(PackageError) as refused:
        read_package(path)
    assert words in refused.value.zh


def test_the_release_commands_end_to_end(tmp_path, v2_dir):
    key = tmp_path / "bureau.key"
    made = run_cli("guide", "keygen", "-o", str(key))
    assert made.returncode == 0, made.stderr
    package = tmp_path / "v2.zip"
    assert run_cli("guide", "pack", str(v2_dir), "-o", str(package), "--sign", str(key)).returncode == 0
    unknown = run_cli("guide", "verify", str(package))
    assert unknown.returncode == 3 and "签名人不在信任列表中" in unknown.stdout
    assert run_cli("guide", "trust", f"{key}.pub").returncode == 0
    official = run_cli("guide", "verify", str(package))
    assert official.returncode == 0 and "官方签名" in official.stdout
    installed = run_cli("guide", "install", str(package))
    assert installed.returncode == 0 and "已安装" in installed.stdout
    listing = run_cli("guide", "list", "--format", "json")
    assert {(g["id"], g["version"], g["state"]) for g in json.loads(listing.stdout)} >= {
        ("sample-guide", "0.2.0", "official"), ("biomed-risk-guide", "1.2.0", "bundled")}


@pytest.fixture
def answered(tmp_path, sample_guide) -> Path:
    """An assessment on the sample guide with every question answered, a note and an action on Q08-1."""
    path = tmp_path / "a.lhc"
    with AssessmentFile.create(path, sample_guide, make_profile(sample_guide), "王敏") as f:
        for n, q in enumerate(sample_guide.ordered_questions()):
            f.set_answer(q.id, (Answer.COMPLIANT, Answer.PARTIAL, Answer.NON_COMPLIANT)[n % 3])
        f.set_note("Q08-1", "经销协议缺少反商业贿赂条款")
        f.set_action(ActionItem("Q08-1", "补签协议", "法务部 李娜", dt.date(2027, 3, 31)))
    return path


def test_an_assessment_moves_to_v2_with_every_answer_carried_flagged_or_archived_and_back(answered, v2):
    with AssessmentFile.open(answered, "李娜") as f:
        before = {q: r.answer for q, r in f.assessment.records.items()}
        moves = plan(f.assessment, v2)
        fates = {m.question_id: m.fate for m in moves.moves}
        assert set(fates) == set(before)  # nothing dropped silently
        assert fates["Q08-1"] is Fate.ARCHIVED
        assert fates["Q03-1"] is Fate.REVIEW and fates["Q07-1"] is Fate.REVIEW  # reworded; detects other items
        assert {q for q, fate in fates.items() if fate is Fate.CARRIED} == set(before) - {"Q08-1", "Q03-1", "Q07-1"}
        assert moves.new_questions == ("Q11-1",)
        assert "V06" in moves.law_review_items  # its law is replaced by a revision
        backup = f.move_to_guide(v2, moves)
        a = f.assessment
        assert f.guide.meta.version == "0.2.0"
        assert {q: r.answer for q, r in a.records.items()} == {q: v for q, v in before.items() if q != "Q08-1"}
        assert set(a.reviews) == {"Q03-1", "Q07-1"} and a.reviews["Q03-1"].old_text.startswith("在研临床试验")
        (archived,) = a.archive
        assert (archived.question_id, archived.note, archived.action.owner) == ("Q08-1", "经销协议缺少反商业贿赂条款",
                                                                              "法务部 李娜")
        assert "V06" in a.law_review
        assert f.audit_log()[-1][2:4] == ("migrate", "guide")
        f.set_answer("Q03-1", Answer.COMPLIANT)  # answering again is the review
        assert "Q03-1" not in f.assessment.reviews
    assert backup.name == "a.lhc.guide-0.1.0.bak"
    with AssessmentFile.open(answered, "李娜") as f:  # it all stayed
        assert f.guide.meta.version == "0.2.0" and set(f.assessment.reviews) == {"Q07-1"}
        f.assessment.score()
        f.restore_from(backup)  # undo: the file as it was, every table
        assert f.guide.meta.version == "0.1.0"
        assert {q: r.answer for q, r in f.assessment.records.items()} == before
        assert f.assessment.reviews == {} and f.assessment.archive == ()
        assert f.audit_log()[-1][2] == "migrate_undo"


def test_the_report_of_a_moved_assessment_lists_what_is_to_review_and_what_was_archived(answered, v2, tmp_path):
    from pypdf import PdfReader

    from reports.model import build_report
    from reports.options import ReportOptions
    from reports.render import render_report

    with AssessmentFile.open(answered, "李娜") as f:
        f.move_to_guide(v2, plan(f.assessment, v2))
        model = build_report(f.assessment, today=dt.date(2026, 12, 2))
        out = tmp_path / "moved.pdf"
        render_report(f.assessment, out, ReportOptions())
    record = model.migration
    assert record is not None and record.versions == "0.1.0 → 0.2.0"
    assert [(r.question_id, r.old_text) for r in record.reviews] == [
        ("Q03-1", "在研临床试验是否均已取得批准或默示许可？"), ("Q07-1", "")]  # Q07-1 kept its wording
    assert "问题的文字已修改" in record.reviews[0].reasons
    (archived,) = record.archived
    assert (archived.question_id, archived.guide_version, archived.note) == ("Q08-1", "0.1.0", "经销协议缺少反商业贿赂条款")
    assert "补签协议" in archived.action and "法务部 李娜" in archived.action and "2027年3月31日" in archived.action
    assert "V06" in dict(record.law_review)
    assert "2 个回答在迁移到本版指引后尚待复核" in model.summary.overview
    text = "".join(page.extract_text() for page in PdfReader(out).pages).replace("\n", "")
    assert "指引迁移记录" in text and "尚待复核的回答" in text and "存档的回答" in text
    assert "经销协议缺少反商业贿赂条款" in text  # the archived note is still in the report
    fresh = tmp_path / "fresh.lhc"
    with AssessmentFile.create(fresh, v2, make_profile(v2), "王敏") as f:
        assert build_report(f.assessment).migration is None  # an assessment never moved has no record


def test_the_english_report_of_a_moved_assessment_tells_the_move_in_english(answered, v2):
    import re

    from reports.html import render_html
    from reports.model import build_report
    from reports.options import ReportOptions

    options = ReportOptions(language="en", report_date=dt.date(2026, 12, 2))
    with AssessmentFile.open(answered, "李娜") as f:
        f.move_to_guide(v2, plan(f.assessment, v2))
        model = build_report(f.assessment, options)
    record = model.migration
    assert "the question's wording changed" in record.reviews[0].reasons
    (archived,) = record.archived
    assert "31 March 2027" in archived.action and "法务部 李娜" in archived.action  # the owner as typed
    text = re.sub(r"<[^>]+>", " ", render_html(model, options)).replace("\u2060", "").replace("\u200b", "")
    for words in ("Guide version move", "Answers to review (2)", "Archived answers (1)", "version 0.1.0",
                  "archived ", "Earlier question (version 0.1.0):"):
        assert words in text, words
    for chinese in ("指引迁移记录", "尚待复核的回答", "存档的回答", "原问题", "存档"):
        assert chinese not in text, chinese
    assert "经销协议缺少反商业贿赂条款" in text  # the archived note, as typed


def test_the_command_line_shows_the_plan_and_moves(answered, v2_dir, v2, key):
    private, public = key
    package = answered.parent / "v2.zip"
    package.write_bytes(package_of(v2_dir, v2, private))
    library = GuideLibrary()
    library.add_key(public)
    library.install(package)
    dry = run_cli("migrate", str(answered), "--to", "sample-guide@0.2.0", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "原样保留 9 个回答，需复核 2 个，存档 1 个；新增问题 1 个" in dry.stdout
    assert AssessmentFile.open(answered, "x", read_only=True).guide.meta.version == "0.1.0"
    done = run_cli("migrate", str(answered), "--to", "sample-guide@0.2.0")
    assert done.returncode == 0, done.stderr
    assert "已迁移到 sample-guide@0.2.0" in done.stdout
    with AssessmentFile.open(answered, "x", read_only=True) as f:
        assert f.guide.meta.version == "0.2.0"


def test_the_1_0_example_moves_to_the_bundled_guide_and_scores_and_renders(tmp_path):
    from guide_content import bundled_guide_dir
    from reports.html import render_html
    from reports.model import build_report
    from reports.options import ReportOptions

    path = tmp_path / "恒澜药业.lhc"
    shutil.copyfile(FIXTURES / "guide-1.0" / "drug-manufacturer-1.0.lhc", path)
    new = load_guide(bundled_guide_dir())
    with AssessmentFile.open(path, "王敏") as f:
        answered = len(f.assessment.records)
        moves = plan(f.assessment, new)
        counts = moves.counts()
        assert sum(counts.values()) == len({*f.assessment.records, *f.assessment.actions})
        assert counts == {Fate.CARRIED: 43, Fate.REVIEW: 65, Fate.ARCHIVED: 5}
        f.move_to_guide(new, moves)
        assert len(f.assessment.records) + len(f.assessment.archive) == answered
        score = f.assessment.score()
        assert score.index is not None
        html = render_html(build_report(f.assessment, ReportOptions()), ReportOptions())
    assert "恒澜药业" in html


def test_an_assessment_of_guide_1_1_moves_to_1_2_without_a_review_and_gets_advice_for_what_failed(tmp_path):
    """1.2 only adds who a provision concerns and advice per question: every answer is carried, no law to review."""
    from checklist.findings import findings
    from guide_content import bundled_guide_dir

    path = tmp_path / "恒澜药业.lhc"
    shutil.copyfile(FIXTURES / "guide-1.1" / "drug-manufacturer-1.1.lhc", path)
    new = load_guide(bundled_guide_dir())
    with AssessmentFile.open(path, "王敏") as f:
        assert (f.guide.meta.version, new.meta.version) == ("1.1.0", "1.2.0")
        before = f.assessment.score()
        moves = plan(f.assessment, new)
        assert moves.counts() == {Fate.CARRIED: len({*f.assessment.records, *f.assessment.actions}),
                                  Fate.REVIEW: 0, Fate.ARCHIVED: 0}
        assert moves.law_review_items == ()
        f.move_to_guide(new, moves)
        after = f.assessment.score()
        assert (after.index, after.level) == (before.index, before.level)
        v28 = next(x for x in findings(f.assessment) if x.item_id == "V28")
    assert v28.advice[0].question_ids == ("Q34-3",) and v28.advice[0].specific


def test_the_diff_shows_advice_per_question_and_whom_a_provision_concerns(sample_guide, tmp_path):
    from checklist.conditions import Fact
    from checklist.guidediff import diff

    item = sample_guide.items["V04"]
    ref = replace(item.obligation_basis[0], condition=Fact("clinical_trials"))
    question = replace(sample_guide.questions["Q06-1"], advice=("终止与无资质单位的合同。",))
    newer = replace(sample_guide, items={**sample_guide.items, "V04": replace(item, obligation_basis=(ref,))},
                    questions={**sample_guide.questions, "Q06-1": question})
    d = diff(sample_guide, newer)
    advice = next(f for f in d.find(Entity.QUESTION, "Q06-1").fields if f.field == "advice")
    assert advice.new == "终止与无资质单位的合同。"
    basis = next(f for f in d.find(Entity.ITEM, "V04").fields if f.field == "obligation_basis")
    assert "（适用条件：clinical_trials）" in basis.new
