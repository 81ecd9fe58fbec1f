"""In English, the guide's own texts come from its English overlay; legal quotes stay Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox

from checklist.loader import load_guide
from checklist.store import AssessmentFile
from guide_content import bundled_guide_dir
from tests.test_ui.conftest import make_profile
from ui.app import App
from ui.shared import i18n
from ui.shared.fonts import FontStatus
from ui.shared.settings import AppSettings


@pytest.fixture(scope="module")
def bundled():
    return load_guide(bundled_guide_dir())


@pytest.fixture
def english_window(qapp: QApplication, tmp_path: Path, bundled, qtbot):  # noqa: ANN001
    path = tmp_path / "英文.lhc"
    AssessmentFile.create(path, bundled, make_profile(bundled), "王敏").close()
    i18n.install(qapp, "en")
    app = App(qapp, AppSettings(), FontStatus("Noto Sans CJK SC"), bundled_guide_dir(), tmp_path)
    window = app.open_path(path)
    assert window is not None
    qtbot.waitExposed(window)
    yield window
    app.close_all()


def test_the_question_page_shows_the_english_question_and_hint(english_window, bundled) -> None:  # noqa: ANN001
    english_window.show_question("Q02-2")
    page = english_window.page
    question = bundled.questions["Q02-2"]
    assert page.question.text() == bundled.english[("Q02-2", "text")]
    assert page.question.text().startswith("Have the annual reports for all past years been submitted")
    assert bundled.english[("Q02-2", "hint")] in page.hint.text()
    assert question.text not in page.question.text()
    assert page.breadcrumb.text().startswith("Chapter 1")


def test_the_navigator_and_reference_are_english_with_chinese_quotes(english_window, bundled) -> None:  # noqa: ANN001
    english_window.show_question("Q01-1")
    sidebar = english_window.sidebar
    index = sidebar.model.index_of("Q01-1")
    assert index.data(Qt.ItemDataRole.DisplayRole).startswith("Does the business scope registered")
    html = english_window.reference.render_html()
    assert "Company Set-up and Business Scope" in html
    assert "Changes to registered particulars not registered" in html  # item V01's English title
    assert "Company Law of the PRC" in html and "Article 9(2)" in html
    quote = bundled.articles["A01"].legal_basis[0].quote
    assert quote in html  # the statute's words, in Chinese


def test_the_wizard_lists_business_types_in_english(qapp: QApplication, bundled, qtbot) -> None:  # noqa: ANN001
    from ui.company.wizard import NewAssessmentWizard

    i18n.install(qapp, "en")
    wizard = NewAssessmentWizard(bundled, "王敏", "", "")
    qtbot.addWidget(wizard)
    labels = {box.text() for box in wizard.findChildren(QCheckBox)}
    assert "Drug marketing authorisation holder (MAH)" in labels
    assert "Online sales" in labels
    assert not any("药品上市许可持有人" in text for text in labels)


def test_an_assessment_whose_guide_has_no_english_shows_chinese(qapp: QApplication, lhc: Path, tmp_path: Path,
                                                               sample_guide, qtbot) -> None:  # noqa: ANN001
    i18n.install(qapp, "en")
    app = App(qapp, AppSettings(), FontStatus("Noto Sans CJK SC"), None, tmp_path)
    window = app.open_path(lhc)
    try:
        window.show_question("Q01-1")
        assert window.page.question.text() == sample_guide.questions["Q01-1"].text
    finally:
        app.close_all()


def test_the_article_page_is_english(english_window, bundled) -> None:  # noqa: ANN001
    english_window.show_overview("A04")
    page = english_window.overview
    article = bundled.articles["A04"]
    assert page.title.text() == f"Article 4  {bundled.english[('A04', 'title')]}"
    assert page.breadcrumb.text().startswith("Chapter 1  ")
    assert page.guidance.text() == bundled.english[("A04", "guidance")].strip()
    model = page.questions_model
    texts = [model.index(r, model.TEXT).data() for r in range(model.rowCount())]
    assert texts == [bundled.english[(q.id, "text")] for q in article.questions]
    items = page.items_model
    titles = [items.index(r, items.ITEM).data() for r in range(items.rowCount())]
    assert titles and all(bundled.english[(t.split()[0], "title")] in t for t in titles)


def test_the_action_register_names_questions_in_english(qapp: QApplication, tmp_path: Path, bundled,
                                                         qtbot) -> None:  # noqa: ANN001
    import shutil

    from checklist.actions import register
    from tests.helpers import ROOT
    from ui.actions.register_window import ActionRegisterModel, ActionRegisterWindow

    path = Path(shutil.copy(ROOT / "examples" / "biotech-startup.lhc", tmp_path / "biotech.lhc"))
    i18n.install(qapp, "en")
    app = App(qapp, AppSettings(), FontStatus("Noto Sans CJK SC"), bundled_guide_dir(), tmp_path)
    window = app.open_path(path)
    try:
        window.open_action_register()
        register_window = window.findChild(ActionRegisterWindow)
        rows = register(window.session.assessment, register_window.today())
        shown = register_window.proxy.index(0, ActionRegisterModel.QUESTION).data()
        first = rows[0]
        article = bundled.articles[first.article_id]
        assert shown == f"Article {article.number}  {bundled.english[(first.question_id, 'text')]}"
        assert first.question_text not in shown  # the Chinese question
    finally:
        app.close_all()


def test_the_reference_panel_and_the_suggested_measure_give_the_questions_english_advice(
        english_window, bundled) -> None:  # noqa: ANN001
    from html import escape

    from checklist.model import Answer

    english_window.show_question("Q01-1")
    question = bundled.questions["Q01-1"]
    advice = bundled.advice(question, "en")
    assert advice and advice[0].startswith("The legal department checks the business scope")
    html = english_window.reference.render_html()
    assert escape(advice[0]) in html
    assert question.advice[0] not in html  # not the Chinese
    item = bundled.items[bundled.items_for_question("Q01-1")[0]]
    assert escape(bundled.remediation(item, "en")[0]) not in html  # the question's own advice, not the item's

    english_window.page.choose(Answer.NON_COMPLIANT)
    english_window.show_question("Q01-1")
    english_window.page.suggest.click()
    assert english_window.session.action("Q01-1").measure == advice[0]
