"""Take the README's screenshots from the running app (run it on an X display, e.g. Xvfb).

    Xvfb :99 -screen 0 1600x1000x24 &
    DISPLAY=:99 .venv/bin/python docs/screenshots/take_screenshots.py [GUIDE_DIR]

Settings go to a temporary folder; the assessments are made up and kept in a temporary
folder too. Writes start-page.png, wizard*.png, question-*.png, dashboard.png and search.png
here (or to LEGALCHECK_SHOT_DIR); LEGALCHECK_SHOT_LANG=en takes them in English.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from checklist.applicability import applicable  # noqa: E402
from checklist.assessment import ActionItem, ActionStatus  # noqa: E402
from checklist.loader import load_guide  # noqa: E402
from checklist.model import Answer  # noqa: E402
from checklist.profile import CompanyProfile  # noqa: E402
from checklist.store import AssessmentFile  # noqa: E402
from ui.app import App  # noqa: E402
from ui.shared import i18n  # noqa: E402
from ui.shared.fonts import ensure_cjk_font  # noqa: E402
from ui.shared.settings import AppSettings  # noqa: E402
from ui.shared.theme import apply_style  # noqa: E402

COMPANIES = [
    ("杭州钱塘示例生物制药有限公司", "91330114MA2J8K3L5W", {"mah", "drug_manufacturer"},
     {"clinical_trials", "hazardous_chemicals", "emissions", "hospital_sales", "uses_cso", "patient_data"}),
    ("浙江示例医疗器械科技有限公司", "91330100MA28T4XW6P", {"device_registrant", "device_manufacturer"},
     {"clinical_trials", "online_sales", "advertising", "import_export"}),
]


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


OUT = Path(os.environ.get("LEGALCHECK_SHOT_DIR", HERE))


def save(widget: QWidget, name: str) -> None:
    settle(QApplication.instance())  # type: ignore[arg-type]
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def fill(file: AssessmentFile, share: float, seed: int) -> None:
    """A plausible afternoon of answers: mostly compliant, some gaps with notes and action items."""
    rng = random.Random(seed)
    scope = applicable(file.guide, file.assessment.profile.facts).questions
    questions = [q.id for q in file.guide.ordered_questions() if q.id in scope]
    weights = [(Answer.COMPLIANT, 62), (Answer.PARTIAL, 14), (Answer.NON_COMPLIANT, 7), (Answer.UNSURE, 9),
               (Answer.NOT_APPLICABLE, 3)]
    for qid in questions[: int(len(questions) * share)]:
        answer = rng.choices([a for a, _ in weights], [w for _, w in weights])[0]
        if answer is Answer.NOT_APPLICABLE:
            file.set_answer(qid, answer, "本企业不从事该项业务")
            continue
        file.set_answer(qid, answer)
        if answer in (Answer.PARTIAL, Answer.NON_COMPLIANT):
            file.set_note(qid, "访谈质量负责人并抽查2025年度记录，部分记录缺少复核签字。")
            file.set_action(ActionItem(qid, "补齐复核签字，修订记录管理制度并组织培训。", "质量部 陈静",
                                       dt.date(2027, 3, 31), ActionStatus.IN_PROGRESS))


def main() -> None:
    guide_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "guide_content"
    work = Path(tempfile.mkdtemp(prefix="legalcheck-shots-"))
    os.environ["XDG_DATA_HOME"] = str(work / "data")  # installed guides and keys: this run's own
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    QStandardPaths.setTestModeEnabled(True)
    qapp = QApplication(sys.argv[:1])
    i18n.install(qapp, os.environ.get("LEGALCHECK_SHOT_LANG", "zh"))
    apply_style(qapp)
    fonts = ensure_cjk_font(qapp)
    settings = AppSettings()
    app = App(qapp, settings, fonts, guide_dir, ROOT / "examples")
    guide = load_guide(guide_dir)

    files = made_up(guide, work) if not app.examples() else copies_of_examples(app.examples(), work)
    for path in reversed(files):  # all in the recent list, the first on top
        window = app.open_path(path)
        assert window is not None
        window.close()
    settle(qapp)
    take(qapp, app, guide, files, work)


def copies_of_examples(examples: list[Path], work: Path) -> list[Path]:
    """The shipped examples (curated answers, notes and action items), copied so they stay untouched."""
    order = sorted(examples, key=lambda p: "drug" not in p.stem)  # the one half-way through remediation first
    copies = []
    for example in order:
        copy = work / example.name
        shutil.copyfile(example, copy)
        copies.append(copy)
    return copies


def made_up(guide, work: Path) -> list[Path]:  # noqa: ANN001
    files = []
    for n, (name, code, types, activities) in enumerate(COMPANIES):
        profile = CompanyProfile(name=name, uscc=code, facts=frozenset(types | activities), region="浙江省杭州市",
                                 size="中型", assessor="王敏", reviewer="李律师",
                                 assessment_date=dt.date(2026, 11, 20 + n), period="2026年度")
        path = work / f"{name}-法治体检-2026.lhc"
        file = AssessmentFile.create(path, guide, profile, "王敏")
        fill(file, 1.0 if n else 0.72, seed=n)
        files.append(path)
        file.close()
    return files


def take(qapp: QApplication, app: App, guide, files: list[Path], work: Path) -> None:  # noqa: ANN001
    start = app.show_start()
    start.resize(1180, 680)
    save(start, "start-page.png")

    from ui.company.wizard import NewAssessmentWizard

    wizard = NewAssessmentWizard(guide, "王敏", "王敏", str(work), start)
    wizard.company.name.setText("杭州示例细胞治疗技术有限公司")
    wizard.company.uscc.setText("91330114MA2J8K3L5Y")
    wizard.company._touch("uscc")
    wizard.company.region.setText("浙江省杭州市钱塘区")
    wizard.show()
    save(wizard, "wizard.png")
    wizard.company.uscc.setText("91330114MA2J8K3L5W")
    wizard.next()
    for fact in ("mah", "cro"):
        wizard.types.boxes[fact].setChecked(True)
    save(wizard, "wizard-business-types.png")
    wizard.next()
    wizard.next()
    save(wizard, "wizard-confirm.png")
    wizard.reject()

    window = app.open_path(files[0])
    assert window is not None
    window.resize(1440, 900)
    session = window.session
    gaps = [q for q in session.questions if session.answer(q) in (Answer.NON_COMPLIANT, Answer.PARTIAL)]
    # a gap with a note and an action item shows the whole page
    gap = next((q for q in gaps if session.record(q).note and not session.action(q).empty), gaps[0])
    window.show_question(gap)
    window.page.focus_answers()
    save(window, "question-page.png")
    following = session.next_question(None, lambda q: session.answer(q) is None)
    if following:
        window.show_question(following)
        save(window, "question-unanswered.png")
    window.show_view(1)
    window.dashboard.chapter_view.clearSelection()
    save(window, "dashboard.png")
    window.show_view(0)
    window.open_report()
    from ui.report.report_dialog import ReportDialog

    dialog = window.findChild(ReportDialog)
    dialog.firm.setText("浙江某某律师事务所")
    dialog.template_group.buttons()[1].setChecked(True)
    save(dialog, "report-dialog.png")
    dialog.close()
    window.sidebar.focus_search()
    window.sidebar.search.setText("药品管理法")
    save(window, "search.png")
    window.close()
    take_releases(app, work)
    app.quit()


def take_releases(app: App, work: Path) -> None:
    """The guide manager with a (signed, editorial) 1.1.1 installed, and the move of a 1.0 assessment."""
    from checklist.loader import read_guide_dir
    from checklist.package import generate_key, pack
    from ui.guides.manager import GuideManager
    from ui.guides.migration_dialog import MigrationDialog

    folder = shutil.copytree(app.library.bundled_dir, work / "guide-1.1.1")
    meta = folder / "guide.yaml"
    text = meta.read_text(encoding="utf-8").replace('version: "1.1.0"', 'version: "1.1.1"')
    meta.write_text(text.replace("release_notes: |\n", "release_notes: |\n  1.1.1：文字修订，法律依据不变。\n"),
                    encoding="utf-8")
    chapter = folder / "chapters" / "01-setup-governance.yaml"
    chapter.write_text(chapter.read_text(encoding="utf-8").replace(
        "对照营业执照经营范围、主要业务合同、收入明细账", "逐项对照营业执照经营范围、主要业务合同、收入明细账", 1), encoding="utf-8")
    private, public = generate_key()
    package = work / "biomed-risk-guide-1.1.1.zip"
    package.write_bytes(pack(read_guide_dir(folder), "biomed-risk-guide", "1.1.1", private))
    app.library.add_key(public)
    app.library.install(package)
    app._guides_changed()
    manager = GuideManager(app.library)
    manager.resize(1180, 720)
    manager.table.selectRow(next(i for i, e in enumerate(manager.model.rows) if e.guide.meta.version == "1.1.1"))
    manager.show()
    save(manager, "guide-manager.png")
    manager.close()

    old = work / "恒澜药业-1.0.lhc"
    shutil.copyfile(ROOT / "tests" / "fixtures" / "guide-1.0" / "drug-manufacturer-1.0.lhc", old)
    window = app.open_path(old)
    assert window is not None and window.guide_banner.isVisible()
    window.resize(1440, 900)
    save(window, "migration-offer.png")
    window.move_to_newer_guide()
    dialog = window.findChild(MigrationDialog)
    dialog.resize(760, 640)
    save(dialog, "migration-dialog.png")
    dialog.accept()
    window.sidebar.filter.setCurrentIndex(window.sidebar.filter.findData(5))  # 需复核
    settle(QApplication.instance())  # type: ignore[arg-type]
    window.show_question(next(iter(window.session.assessment.reviews)))
    save(window, "migration-review.png")
    window.close()


if __name__ == "__main__":
    main()
