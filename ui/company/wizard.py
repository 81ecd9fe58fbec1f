"""New assessment: company profile, business types, activities, then what applies and where to save."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from checklist import validation
from checklist.applicability import applicable
from checklist.engagement import Engagement
from checklist.model import Guide
from checklist.profile import SIZES, CompanyProfile, normalise_uscc
from checklist.store import SUFFIX, AssessmentFile, StoreError

from ..engagement.editor import EngagementForm, problem_label
from ..shared import i18n
from ..shared.paths import documents_folder, free_name, means_folder
from ..shared.plain import mnemonic_free, plain, tip

TWO_COLUMN_LABEL_WIDTH = 320  # px: half of the wizard's page, less the check box and the gap


def _with_message(field: QWidget, message: QLabel) -> QWidget:
    """A field with its message right under it; a hidden message takes no room."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(3)
    layout.addWidget(field)
    layout.addWidget(message)
    return box


class CompanyPage(QWizardPage):
    def __init__(self, guide: Guide, assessor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = guide
        self.setTitle(self.tr("企业信息"))
        self.setSubTitle(self.tr("带 * 的为必填项。统一社会信用代码按 GB 32100 校验第 18 位校验码。"))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("企业名称（必填）"))
        self.name.setPlaceholderText(self.tr("与营业执照一致，例如：杭州某某生物医药有限公司"))
        self.name_problem = plain(QLabel())
        self.name_problem.setProperty("role", "problem")
        self.uscc = QLineEdit()
        self.uscc.setAccessibleName(self.tr("统一社会信用代码（必填）"))
        self.uscc.setPlaceholderText(self.tr("18 位，见营业执照"))
        self.uscc.setMaxLength(24)
        self.uscc_state = plain(QLabel())
        self.uscc_state.setWordWrap(True)
        self.region = QLineEdit()
        self.region.setAccessibleName(self.tr("所在地区"))
        self.region.setPlaceholderText(self.tr("例如：浙江省杭州市钱塘区"))
        self.size = QComboBox()
        self.size.setAccessibleName(self.tr("企业规模"))
        self.size.addItem(self.tr("（不填）"), "")
        for size in SIZES:
            self.size.addItem(size, size)
        self.assessor = QLineEdit(assessor)
        self.assessor.setAccessibleName(self.tr("评估人"))
        self.reviewer = QLineEdit()
        self.reviewer.setAccessibleName(self.tr("审核人"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("体检日期"))
        self.period = QLineEdit(self.tr("{year}年度").format(year=QDate.currentDate().year()))
        self.period.setAccessibleName(self.tr("体检期间"))
        guide_label = plain(QLabel(f"{i18n.guide_text(guide, guide.meta, 'title')}"
                                   f"{i18n.paren(guide.meta.version)}"))  # from the guide's files
        guide_label.setProperty("role", "muted")
        # The limits of checklist.validation, so that typing stops where the check would refuse.
        self.name.setMaxLength(validation.NAME_CHARS)
        for edit in (self.region, self.assessor, self.reviewer, self.period):
            edit.setMaxLength(validation.SHORT_TEXT_CHARS)
        first, last = validation.EARLIEST_DATE, validation.LATEST_DATE
        self.date.setDateRange(QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day))
        self.other_problem = QLabel()  # a problem of a field without a message of its own
        self.other_problem.setProperty("role", "problem")
        self.other_problem.setWordWrap(True)
        self.other_problem.setTextFormat(Qt.TextFormat.PlainText)

        form.addRow(self.tr("企业名称 *"), _with_message(self.name, self.name_problem))
        form.addRow(self.tr("统一社会信用代码 *"), _with_message(self.uscc, self.uscc_state))
        form.addRow(self.tr("所在地区"), self.region)
        form.addRow(self.tr("企业规模"), self.size)
        form.addRow(self.tr("评估人"), self.assessor)
        form.addRow(self.tr("审核人"), self.reviewer)
        form.addRow(self.tr("体检日期"), self.date)
        form.addRow(self.tr("体检期间"), self.period)
        form.addRow(self.tr("使用的指引"), guide_label)
        form.addRow(self.other_problem)
        self._touched: set[str] = set()
        self.name.textEdited.connect(lambda _t: self._touch("name"))
        self.uscc.textEdited.connect(lambda _t: self._touch("uscc"))
        self._check()

    def _touch(self, field: str) -> None:
        self._touched.add(field)
        self._check()

    def problems(self) -> list[validation.Invalid]:
        """What the profile check (the one the import and the store make) finds in this page's fields."""
        return validation.company_problems(self.profile(frozenset()), self.guide)

    def _check(self) -> None:
        # Problems show once the user has typed in the field: an empty form is not an error.
        problems: dict[str, validation.Invalid] = {}
        for p in self.problems():
            problems.setdefault(p.field, p)
        name = problems.pop("name", None)
        self.name_problem.setText(i18n.text(name.message) if name and "name" in self._touched else "")
        self.name_problem.setVisible(bool(self.name_problem.text()))
        uscc = problems.pop("uscc", None)
        if uscc is None:
            self.uscc_state.setText(self.tr("✓ 校验通过"))
            self.uscc_state.setProperty("role", "fine")
        elif "uscc" in self._touched and self.uscc.text().strip():
            self.uscc_state.setText("✕ " + i18n.text(uscc.message))
            self.uscc_state.setProperty("role", "problem")
        else:
            self.uscc_state.setText("")
        self.uscc_state.setVisible(bool(self.uscc_state.text()))
        self.uscc_state.style().unpolish(self.uscc_state)
        self.uscc_state.style().polish(self.uscc_state)
        self.other_problem.setText("\n".join(i18n.text(p.message) for p in problems.values()))
        self.other_problem.setVisible(bool(problems))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problems()

    def set_profile(self, profile: CompanyProfile) -> None:
        self.name.setText(profile.name)
        self.uscc.setText(profile.uscc)
        self.region.setText(profile.region)
        self.size.setCurrentIndex(max(0, self.size.findData(profile.size)))
        self.assessor.setText(profile.assessor)
        self.reviewer.setText(profile.reviewer)
        if profile.assessment_date:
            day = profile.assessment_date
            self.date.setDate(QDate(day.year, day.month, day.day))
        self.period.setText(profile.period)
        self._touched = {"name", "uscc"}  # an existing profile is checked at once
        self._check()

    def profile(self, facts: frozenset[str]) -> CompanyProfile:
        d = self.date.date()
        return CompanyProfile(
            name=self.name.text().strip(), uscc=normalise_uscc(self.uscc.text()), facts=facts,
            region=self.region.text().strip(), size=self.size.currentData() or "",
            assessor=self.assessor.text().strip(), reviewer=self.reviewer.text().strip(),
            assessment_date=dt.date(d.year(), d.month(), d.day()), period=self.period.text().strip())


class FactsPage(QWizardPage):
    """Check boxes for one group of profile facts, each with the guide's one-line explanation."""

    def __init__(self, guide: Guide, group: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        if group == "business_type":
            self.setTitle(self.tr("业务类型"))
            self.setSubTitle(self.tr("选择企业的全部业务类型（至少一项）。它们决定哪些条文和问题适用。"))
        else:
            self.setTitle(self.tr("经营活动"))
            self.setSubTitle(self.tr("选择企业实际开展的活动。未选的活动，相关问题不会出现；以后可在企业信息中修改。"))
        self.boxes: dict[str, QCheckBox] = {}
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setVerticalSpacing(2)
        grid.setHorizontalSpacing(24)
        facts = [f for f in guide.facts.values() if f.group == group]
        labels = [mnemonic_free(i18n.guide_text(guide, f, "label")) for f in facts]
        # Two columns where every label fits half the page (a check box does not wrap): else one, in English.
        fits = all(self.fontMetrics().horizontalAdvance(label) <= TWO_COLUMN_LABEL_WIDTH for label in labels)
        per_column = (len(facts) + 1) // 2 if len(facts) > 8 and fits else len(facts)
        for n, fact in enumerate(facts):
            # The guide's words: plain text everywhere, the tip escaped (Qt renders one that looks like HTML).
            label, help_text = i18n.guide_text(guide, fact, "label"), i18n.guide_text(guide, fact, "help")
            box = QCheckBox(mnemonic_free(label))
            box.setToolTip(tip(help_text))
            box.setAccessibleDescription(help_text)
            box.toggled.connect(self.completeChanged)
            help_label = plain(QLabel(mnemonic_free(help_text)))  # with a buddy, "&" would mark a key
            help_label.setWordWrap(True)
            help_label.setProperty("role", "muted")
            help_label.setContentsMargins(24, 0, 0, 8)
            help_label.setBuddy(box)
            column, row = divmod(n, per_column)
            grid.addWidget(box, row * 2, column)
            grid.addWidget(help_label, row * 2 + 1, column)
            self.boxes[fact.id] = box
        grid.setRowStretch(len(facts) * 2, 1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)

    def chosen(self) -> set[str]:
        return {fact for fact, box in self.boxes.items() if box.isChecked()}

    def set_chosen(self, facts: frozenset[str]) -> None:
        for fact, box in self.boxes.items():
            box.setChecked(fact in facts)

    def isComplete(self) -> bool:
        return self.group != "business_type" or bool(self.chosen())


class EngagementPage(QWizardPage):
    """For a law firm running the check-up for a client: the engagement's facts. Optional: a company checking
    itself leaves the box unticked, and everything here can be filled in later (文件 → 委托事实…)."""

    def __init__(self, firm: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("委托事实（律师事务所出具时填写）"))
        self.setSubTitle(self.tr("企业自查可跳过本页。以后也可在“文件 → 委托事实…”中填写或修改。"))
        self.consultant = QCheckBox(self.tr("本次体检由律师事务所或咨询机构为客户出具报告"))
        self.form = EngagementForm()
        self.form.firm.setText(firm)
        self.form.setEnabled(False)
        self.consultant.toggled.connect(self.form.setEnabled)
        self.problem = problem_label()
        self.form.changed.connect(self.problem.clear)
        layout = QVBoxLayout(self)
        layout.addWidget(self.consultant)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.problem)

    def engagement(self) -> tuple[Engagement, list[validation.Invalid]]:
        if not self.consultant.isChecked():
            return Engagement(), []
        return self.form.read()

    def validatePage(self) -> bool:
        _, problems = self.engagement()
        self.problem.setText("\n".join(i18n.text(p.message) for p in problems[:10]))
        return not problems


def _file_name(name: str, day: dt.date) -> str:
    safe = re.sub(r'[\\/:*?"<>|\s]+', "", name)[:60] or "体检"
    return f"{safe}-法治体检-{day:%Y%m%d}{SUFFIX}"


class ConfirmPage(QWizardPage):
    """What applies, before committing; and where the file goes."""

    def __init__(self, guide: Guide, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = guide
        # The folder last used while it still exists, else the documents folder (created on a fresh profile).
        self.folder = Path(folder) if folder and Path(folder).is_dir() else documents_folder()
        self.default_name = ""  # the file name made from the company and the date, when a folder is typed
        self.setTitle(self.tr("确认并保存"))
        self.setSubTitle(self.tr("按所选业务范围，下列内容适用于本企业。确认后创建体检文件，之后每次作答都会立即保存。"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("创建体检"))
        layout = QVBoxLayout(self)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setTextFormat(Qt.TextFormat.RichText)  # the app's own <b> around counts; nothing else is put in
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setProperty("role", "muted")
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.counts)
        layout.addWidget(self.facts)
        layout.addSpacing(16)
        where = QLabel(self.tr("保存位置（体检文件 .lhc，含全部回答、附件和所用指引）"))
        where.setProperty("role", "heading")
        layout.addWidget(where)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("体检文件保存位置"))
        self.path.textChanged.connect(self._check)
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.resolved = plain(QLabel())  # a folder was typed: the file that will be created in it
        self.resolved.setProperty("role", "muted")
        self.resolved.setWordWrap(True)
        layout.addWidget(self.resolved)
        self.problem = plain(QLabel())  # names the path typed, and the profile's problems
        self.problem.setProperty("role", "problem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.created: AssessmentFile | None = None

    def show_scope(self, profile: CompanyProfile) -> None:
        scope = applicable(self.guide, profile.facts)
        self.counts.setText(self.tr(
            "适用 <b>{articles}</b> 条、<b>{items}</b> 项违规事项、<b>{questions}</b> 个问题"
            "（指引共 {all_articles} 条、{all_items} 项、{all_questions} 个问题）。").format(
            articles=len(scope.articles), items=len(scope.items), questions=len(scope.questions),
            all_articles=len(self.guide.articles), all_items=len(self.guide.items),
            all_questions=len(self.guide.questions)))
        labels = [self.guide.facts[f].label for f in sorted(profile.facts, key=list(self.guide.facts).index)]
        self.facts.setText(self.tr("企业特征：{facts}").format(facts="、".join(labels)))
        self.default_name = _file_name(profile.name, profile.assessment_date or dt.date.today())
        if not self.path.text():
            self.path.setText(str(free_name(self.folder / self.default_name)))
        self._check()

    def target(self) -> Path:
        """The file to create: a folder typed (existing, or ending in a separator) gets the default name inside."""
        text = self.path.text().strip()
        path = Path(text).expanduser()
        if means_folder(text):
            return free_name(path / (self.default_name or f"体检{SUFFIX}"))
        return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)

    def _problem(self) -> str:
        if not self.path.text().strip():
            return self.tr("请选择保存位置。")
        target = self.target()
        if target.exists():
            return self.tr("{name} 已存在，不会覆盖。请换一个文件名。").format(name=target.name)
        if not target.parent.is_dir():
            return self.tr("文件夹 {folder} 不存在。").format(folder=target.parent)
        return ""

    def _check(self) -> None:
        problem = self._problem()
        self.problem.setText(problem)
        folder_typed = means_folder(self.path.text()) and not problem
        self.resolved.setText(self.tr("将在该文件夹中创建 {name}").format(name=self.target().name) if folder_typed else "")
        self.resolved.setVisible(folder_typed)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._problem()

    def _browse(self) -> None:
        typed = self.target() if self.path.text().strip() else self.folder / self.default_name
        start = typed if typed.parent.is_dir() else self.folder / typed.name
        # An existing file is refused by the page itself (an assessment is never overwritten), so no question here.
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存体检文件"), str(start), self.tr("体检文件 (*.lhc)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.path.setText(path)


class NewAssessmentWizard(QWizard):
    def __init__(self, guide: Guide, user: str, assessor: str, folder: str, parent: QWidget | None = None,
                 firm: str = "") -> None:
        super().__init__(parent)
        self.guide, self.user = guide, user
        self.setWindowTitle(self.tr("新建体检"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.company = CompanyPage(guide, assessor)
        self.types = FactsPage(guide, "business_type")
        self.activities = FactsPage(guide, "activity")
        self.engagement = EngagementPage(firm)
        self.confirm = ConfirmPage(guide, folder)
        for page in (self.company, self.types, self.activities, self.engagement, self.confirm):
            self.addPage(page)
        self.currentIdChanged.connect(self._page_changed)
        self.resize(820, 680)

    def profile(self) -> CompanyProfile:
        return self.company.profile(frozenset(self.types.chosen() | self.activities.chosen()))

    def _page_changed(self, _page_id: int) -> None:
        if self.currentPage() is self.confirm:
            self.confirm.show_scope(self.profile())

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is not self.confirm:
            return super().validateCurrentPage()
        profile = self.profile()
        problems = validation.profile_problems(profile, self.guide)
        if problems:
            self.confirm.problem.setText("\n".join(i18n.text(p.message) for p in problems))
            return False
        engagement, problems = self.engagement.engagement()
        if problems:
            self.confirm.problem.setText("\n".join(i18n.text(p.message) for p in problems))
            return False
        try:
            self.confirm.created = AssessmentFile.create(self.confirm.target(), self.guide, profile,
                                                         profile.assessor or self.user, engagement=engagement)
        except StoreError as exc:
            self.confirm.problem.setText(i18n.text(exc.message))
            return False
        return True

    def created_file(self) -> AssessmentFile | None:
        return self.confirm.created
