"""The engagement in the app: the wizard's optional page, the engagement dialog, and 签发定稿."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from checklist.applicability import applicable
from checklist.engagement import Lawyer, current_signoff
from checklist.model import Answer
from checklist.store import AssessmentFile
from tests.test_ui.conftest import type_text
from ui.company.wizard import NewAssessmentWizard
from ui.engagement.dialog import EngagementDialog
from ui.engagement.signoff_dialog import SignOffDialog


def _fill_row(model, values) -> None:  # noqa: ANN001
    row = model.add()
    for column, value in enumerate(values):
        assert model.setData(model.index(row, column), value, Qt.ItemDataRole.EditRole)


def test_the_engagement_dialog_edits_the_facts_as_one_undoable_step(window, qtbot):
    window.engagement_action.trigger()
    dialog = window.findChild(EngagementDialog)
    assert dialog is not None and dialog.isVisible()
    form = dialog.form
    assert [form.tabText(i) for i in range(form.count())] == ["委托事项", "本所律师", "文件与访谈", "企业联系人"]
    form.reference.setFocus()
    type_text(form.reference, "示例律所〔2026〕合规字第 018 号")
    form.firm.setText("示例律师事务所")
    form.scope.setPlainText("第一至三章")
    form.as_of.setDate(QDate(2026, 11, 20))
    _fill_row(form.lawyers, ["陈律师（示例）", "13101201810012345"])
    form.partner_name.setText("赵合伙人（示例）")
    form.partner_licence.setText("1310120051006789")  # one digit short
    _fill_row(form.documents, ["营业执照"])
    _fill_row(form.interviews, ["周婷", "质量负责人", "2026-11-31"])
    form.contacts.add()  # added and left empty: not an entry
    assert form.lawyers.headerData(1, Qt.Orientation.Horizontal) == "执业证号"

    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert "访谈第 1 项：访谈日期 “2026-11-31” 不是有效的日期" in dialog.problem.text()
    assert "审核合伙人：执业证号 “1310120051006789” 应为 17 位数字" in dialog.problem.text()
    form.interviews.setData(form.interviews.index(0, 2), "2026-11-12")
    form.partner_licence.setText("13101200510067890")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())

    e = window.session.assessment.engagement
    assert (e.reference, e.firm, e.as_of.isoformat()) == ("示例律所〔2026〕合规字第 018 号", "示例律师事务所", "2026-11-20")
    assert e.lawyers == (Lawyer("陈律师（示例）", "13101201810012345"),)
    assert e.partner == Lawyer("赵合伙人（示例）", "13101200510067890")
    assert [i.day.isoformat() for i in e.interviews] == ["2026-11-12"] and e.contacts == ()
    with AssessmentFile.open(window.session.file.path, "李娜", read_only=True) as f:
        assert f.assessment.engagement == e
    window.undo()
    assert window.session.assessment.engagement.empty
    window.redo()
    assert window.session.assessment.engagement == e


def _answer_everything(session) -> None:  # noqa: ANN001
    for q in applicable(session.guide, session.assessment.profile.facts).questions:
        session.file.set_answer(q, Answer.COMPLIANT)
    session.refresh(None)


def test_sign_off_is_refused_while_incomplete_and_withdrawn_by_the_next_change(window, qtbot):
    assert window.final_label.text() == "草稿：尚未签发定稿"
    window.signoff_action.trigger()
    refused = window.findChild(SignOffDialog)
    assert refused.refused and refused.fields.isHidden() and refused.sign_button.isHidden()
    answered, total = window.session.progress()
    assert f"尚有 {total - answered} 个适用问题未作答" in refused.explanation.text()
    refused.reject()
    QApplication.processEvents()

    _answer_everything(window.session)
    window.signoff_action.trigger()
    dialog = next(d for d in window.findChildren(SignOffDialog) if d.isVisible())
    assert not dialog.refused and "撤回签发" in dialog.explanation.text()
    dialog.by.setText("")
    dialog.sign_button.click()
    assert dialog.problem.text() == "请填写签发人。" and dialog.isVisible()
    dialog.by.setText("李娜")
    dialog.sign_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    signoff = current_signoff(window.session.assessment)
    assert signoff is not None and signoff.by == "李娜"
    assert window.final_label.text().startswith("定稿：李娜 于 ")
    assert window.session.file.audit_log()[-1][2] == "signoff"

    question = window.question_id
    window.page.note.setFocus()
    type_text(window.page.note, "签发后补充")
    window.flush()
    assert window.session.record(question).note == "签发后补充"
    assert current_signoff(window.session.assessment) is None
    assert window.final_label.text() == "草稿：尚未签发定稿"
    assert window.banner.text.text().startswith("签发已撤回：签发后体检内容有了修改，报告重新成为草稿。")


def test_the_wizard_records_a_firms_engagement_when_asked(qtbot, tmp_path, sample_guide):
    wizard = NewAssessmentWizard(sample_guide, "王敏", "王敏", str(tmp_path), firm="示例律师事务所")
    qtbot.addWidget(wizard)
    wizard.company.name.setText("杭州示例生物医药有限公司")
    wizard.company.uscc.setText("91330100MA2H0A1B0X")
    wizard.types.boxes[next(iter(wizard.types.boxes))].setChecked(True)
    page = wizard.engagement
    assert not page.form.isEnabled() and page.engagement()[0].empty  # a company checking itself skips it
    page.consultant.setChecked(True)
    assert page.form.isEnabled() and page.form.firm.text() == "示例律师事务所"
    page.form.reference.setText("示例律所〔2026〕合规字第 018 号")
    _fill_row(page.form.lawyers, ["陈律师（示例）", "131012018100"])
    assert not page.validatePage() and "应为 17 位数字" in page.problem.text()
    page.form.lawyers.setData(page.form.lawyers.index(0, 1), "13101201810012345")
    assert page.validatePage()
    wizard.confirm.show_scope(wizard.profile())
    wizard.confirm.path.setText(str(tmp_path / "客户.lhc"))
    wizard.show()
    while wizard.currentPage() is not wizard.confirm:
        wizard.next()
    assert wizard.validateCurrentPage()
    with wizard.created_file() as f:
        e = f.assessment.engagement
        assert (e.firm, e.reference, e.lawyers) == ("示例律师事务所", "示例律所〔2026〕合规字第 018 号",
                                                   (Lawyer("陈律师（示例）", "13101201810012345"),))
