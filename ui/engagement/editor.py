"""The form of an engagement's facts: the matter, the firm's lawyers, what was reviewed, the client's contacts.

Its lists (documents, interviews, lawyers, contacts) are editable table models; the form is used by the new-
assessment wizard and by the engagement dialog, and checks what it holds with checklist.validation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from checklist import validation
from checklist.engagement import Contact, Engagement, Interview, Lawyer
from checklist.errors import Message

from ..shared.models import ROOT, RowModel
from ..shared.plain import plain

Index = QModelIndex | QPersistentModelIndex


class EditableRows(RowModel):
    """Rows of text cells the user edits in place; ``headers_of`` gives the column titles in the current
    language (the model lives as long as its form, the titles follow the language)."""

    edited = Signal()

    def __init__(self, headers_of: Callable[[], list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers_of = headers_of
        self.COLUMNS = len(headers_of())

    def headers(self) -> list[str]:
        return self.headers_of()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index)
        if row is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        return row[index.column()]

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index)
        if row is None or role != Qt.ItemDataRole.EditRole:
            return False
        row[index.column()] = " ".join(str(value).split())
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def add(self) -> int:
        self.beginInsertRows(ROOT, len(self.rows), len(self.rows))
        self.rows.append([""] * self.COLUMNS)
        self.endInsertRows()
        self.edited.emit()
        return len(self.rows) - 1

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(ROOT, row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.edited.emit()

    def filled(self) -> list[list[str]]:
        """The rows with something in them: a row added and left empty is not an entry."""
        return [r for r in self.rows if any(c.strip() for c in r)]


class ListEditor(QWidget):
    """A table of EditableRows with 添加 and 删除 buttons."""

    def __init__(self, model: EditableRows, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = QTableView()
        self.view.setModel(model)
        self.view.setAccessibleName(name)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("添加"))
        self.add_button.setAccessibleName(self.tr("添加：{what}").format(what=name))
        self.remove_button = QPushButton(self.tr("删除所选"))
        self.remove_button.setAccessibleName(self.tr("删除所选：{what}").format(what=name))
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def _add(self) -> None:
        row = self.model.add()
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def _remove(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove(index.row())


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


NO_DATE = validation.EARLIEST_DATE - dt.timedelta(days=1)  # the date edit's minimum stands for "none given"


class EngagementForm(QTabWidget):
    """Every fact of an engagement, on four tabs."""

    changed = Signal()

    def __init__(self, attachments: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("委托编号"))
        self.reference.setPlaceholderText(self.tr("本所的案号或委托编号"))
        self.firm = QLineEdit()
        self.firm.setAccessibleName(self.tr("出具律师事务所"))
        self.scope = QPlainTextEdit()
        self.scope.setAccessibleName(self.tr("体检范围"))
        self.scope.setPlaceholderText(self.tr("委托检查的范围，以及不在范围内的事项"))
        self.as_of = QDateEdit()
        self.as_of.setAccessibleName(self.tr("事实截止日"))
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDateRange(_qdate(NO_DATE), _qdate(validation.LATEST_DATE))
        self.as_of.setSpecialValueText(self.tr("未填写"))
        self.as_of.setDate(_qdate(NO_DATE))
        self.assumptions = QPlainTextEdit()
        self.assumptions.setAccessibleName(self.tr("假设与依赖限制"))
        self.assumptions.setPlaceholderText(self.tr("例如：委托方提供的文件真实、完整；本报告仅供委托方内部使用"))
        self.reference.setMaxLength(validation.SHORT_TEXT_CHARS)
        self.firm.setMaxLength(validation.NAME_CHARS)
        matter = QWidget()
        form = QFormLayout(matter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("委托编号"), self.reference)
        form.addRow(self.tr("出具律师事务所"), self.firm)
        form.addRow(self.tr("体检范围"), self.scope)
        form.addRow(self.tr("事实截止日"), self.as_of)
        form.addRow(self.tr("假设与依赖限制"), self.assumptions)
        self.addTab(matter, self.tr("委托事项"))

        self.lawyers = EditableRows(lambda: [self.tr("姓名"), self.tr("执业证号")], self)
        self.partner_name = QLineEdit()
        self.partner_name.setAccessibleName(self.tr("审核合伙人姓名"))
        self.partner_licence = QLineEdit()
        self.partner_licence.setAccessibleName(self.tr("审核合伙人执业证号"))
        self.partner_licence.setPlaceholderText(self.tr("17 位数字"))
        self.partner_licence.setMaxLength(validation.LICENCE_DIGITS)
        lawyers = QWidget()
        layout = QVBoxLayout(lawyers)
        layout.addWidget(QLabel(self.tr("承办律师（签字人）")))
        layout.addWidget(ListEditor(self.lawyers, self.tr("承办律师")), 1)
        partner = QFormLayout()
        partner.addRow(self.tr("审核合伙人"), self.partner_name)
        partner.addRow(self.tr("执业证号"), self.partner_licence)
        layout.addLayout(partner)
        self.addTab(lawyers, self.tr("本所律师"))

        self.documents = EditableRows(lambda: [self.tr("文件名称")], self)
        self.interviews = EditableRows(lambda: [self.tr("姓名"), self.tr("职务"), self.tr("访谈日期（如 2026-11-12）")],
                                       self)
        reviewed = QWidget()
        layout = QVBoxLayout(reviewed)
        layout.addWidget(QLabel(self.tr("审阅的文件资料")))
        note = QLabel(self.tr("问卷所附的 {n} 件证据材料会自动列入报告，这里只需列出其他文件。").format(n=attachments))
        note.setProperty("role", "muted")
        layout.addWidget(note)
        layout.addWidget(ListEditor(self.documents, self.tr("审阅的文件资料")), 1)
        layout.addWidget(QLabel(self.tr("访谈")))
        layout.addWidget(ListEditor(self.interviews, self.tr("访谈")), 1)
        self.addTab(reviewed, self.tr("文件与访谈"))

        self.contacts = EditableRows(lambda: [self.tr("姓名"), self.tr("职务"), self.tr("联系电话")], self)
        contacts = QWidget()
        layout = QVBoxLayout(contacts)
        hint = QLabel(self.tr("委托方一方的联系人。他们不是报告的签字人；企业信息中的评估人和审核人也属于委托方。"))
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        layout.addWidget(hint)
        layout.addWidget(ListEditor(self.contacts, self.tr("企业联系人")), 1)
        self.addTab(contacts, self.tr("企业联系人"))

        for edit in (self.reference, self.firm, self.partner_name, self.partner_licence):
            edit.textChanged.connect(self.changed)
        for text in (self.scope, self.assumptions):
            text.textChanged.connect(self.changed)
        self.as_of.dateChanged.connect(self.changed)
        for model in (self.lawyers, self.documents, self.interviews, self.contacts):
            model.edited.connect(self.changed)

    # -- reading and writing the form

    def set_engagement(self, e: Engagement) -> None:
        self.reference.setText(e.reference)
        self.firm.setText(e.firm)
        self.scope.setPlainText(e.scope)
        self.as_of.setDate(_qdate(e.as_of or NO_DATE))
        self.assumptions.setPlainText(e.assumptions)
        self.lawyers.set_rows([[lw.name, lw.licence] for lw in e.lawyers])
        self.partner_name.setText(e.partner.name if e.partner else "")
        self.partner_licence.setText(e.partner.licence if e.partner else "")
        self.documents.set_rows([[d] for d in e.documents])
        self.interviews.set_rows([[i.name, i.position, i.day.isoformat() if i.day else ""] for i in e.interviews])
        self.contacts.set_rows([[c.name, c.position, c.phone] for c in e.contacts])

    def _as_of(self) -> dt.date | None:
        d = self.as_of.date()
        day = dt.date(d.year(), d.month(), d.day())
        return None if day <= NO_DATE else day

    def read(self) -> tuple[Engagement, list[validation.Invalid]]:
        """The engagement the form holds, and every problem of it."""
        problems: list[validation.Invalid] = []
        interviews = []
        for n, (name, position, day) in enumerate(self.interviews.filled(), 1):
            parsed, bad = validation.parse_date("interview_date", day.strip())
            problems += validation.prefixed(Message(f"访谈第 {n} 项：", f"Interview {n}: "), bad)
            interviews.append(Interview(name.strip(), position.strip(), parsed))
        partner = Lawyer(self.partner_name.text().strip(), self.partner_licence.text().strip())
        engagement = Engagement(
            reference=self.reference.text().strip(), firm=self.firm.text().strip(),
            scope=self.scope.toPlainText().strip(), as_of=self._as_of(),
            documents=tuple(d.strip() for (d,) in self.documents.filled()),
            interviews=tuple(interviews), assumptions=self.assumptions.toPlainText().strip(),
            lawyers=tuple(Lawyer(name.strip(), licence.strip()) for name, licence in self.lawyers.filled()),
            partner=partner if partner.name or partner.licence else None,
            contacts=tuple(Contact(n.strip(), p.strip(), t.strip()) for n, p, t in self.contacts.filled()),
        )
        return engagement, problems + validation.engagement_problems(engagement)


def problem_label() -> QLabel:
    label = plain(QLabel())  # the problems quote what was typed
    label.setProperty("role", "problem")
    label.setWordWrap(True)
    return label
