"""The English overlay: English for every Chinese text of a guide, checked like the guide itself."""

import shutil

from checklist.loader import check_guide, load_guide
from checklist.store import AssessmentFile
from tests.helpers import SAMPLE_GUIDE
from tests.test_store import PROFILE

CHAPTER_ONE = """\
chapter: C1
title: Company set-up and governance
articles:
  A01:
    title: Changes to registered particulars
    guidance: Changes must be registered in time; see [[A02]].
    questions:
      Q01-1:
        text: Have all changes of the past year been registered?
        hint: Compare the shareholders' resolutions with the business licence.
    refs:
      gongsi-fa 34: A change of registered particulars must be registered.
items:
  V01:
    title: Changes to registered particulars not registered
"""


def _copy(tmp_path):
    folder = tmp_path / "guide"
    shutil.copytree(SAMPLE_GUIDE, folder)
    (folder / "en" / "chapters").mkdir(parents=True)
    return folder


def test_a_guide_without_english_validates_and_shows_chinese(sample_guide):
    guide, problems = check_guide(SAMPLE_GUIDE)
    assert guide is not None and not guide.has_english
    notes = [p for p in problems if p.code == "overlay_missing"]
    assert notes and all(p.warning for p in notes)
    assert sum(p.args["count"] for p in notes) > 20
    assert "Q01-1.text" in next(p for p in notes if p.file == "en/chapters/C1.yaml").args["keys_en"]
    question = guide.questions["Q01-1"]
    assert guide.text(question, "text", "en") == question.text


def test_english_texts_are_shown_in_english_and_the_rest_in_chinese(tmp_path):
    folder = _copy(tmp_path)
    (folder / "en" / "chapters" / "C1.yaml").write_text(CHAPTER_ONE, encoding="utf-8")
    guide = load_guide(folder)
    article, question = guide.articles["A01"], guide.questions["Q01-1"]
    assert guide.text(question, "text", "en") == "Have all changes of the past year been registered?"
    assert guide.text(question, "text", "zh") == question.text
    assert guide.text(article, "guidance", "en") == "Changes must be registered in time; see Article 2."
    assert guide.explanation(article, article.legal_basis[0], "en") == "A change of registered particulars must be registered."
    item = guide.items["V01"]
    assert guide.text(item, "title", "en") == "Changes to registered particulars not registered"
    assert guide.text(item, "description", "en") == item.description  # not translated: Chinese
    assert guide.cite(article.legal_basis[0], "en").endswith("Article 34")
    _, problems = check_guide(folder)
    chapter_note = next(p for p in problems if p.file == "en/chapters/C1.yaml")
    assert "Q01-1.text" not in chapter_note.args["keys_en"] and "V01.description" in chapter_note.args["keys_en"]


def test_an_unknown_id_in_the_overlay_is_an_error_at_its_line(tmp_path):
    folder = _copy(tmp_path)
    text = CHAPTER_ONE.replace("  V01:", "  V99:").replace("      Q01-1:", "      Q01-9:")
    (folder / "en" / "chapters" / "C1.yaml").write_text(text, encoding="utf-8")
    (folder / "en" / "profile.yaml").write_text("business_types:\n  pharma:\n    label: Pharma\n", encoding="utf-8")
    guide, problems = check_guide(folder)
    assert guide is None
    errors = [p.render("en") for p in problems if not p.warning]
    assert "en/chapters/C1.yaml:8:7: Id 'Q01-9' in the English text names nothing" in errors[0]
    assert any(e.startswith("en/chapters/C1.yaml:14:3: Id 'V99'") for e in errors)
    assert any(e.startswith("en/profile.yaml:2:3: Id 'pharma'") for e in errors)


def test_remediation_steps_match_one_for_one(tmp_path):
    folder = _copy(tmp_path)
    text = CHAPTER_ONE + "    remediation: [Register the change.]\n"
    (folder / "en" / "chapters" / "C1.yaml").write_text(text, encoding="utf-8")
    guide, problems = check_guide(folder)
    count = len(load_guide(SAMPLE_GUIDE).items["V01"].remediation)
    if count == 1:
        assert guide is not None and guide.remediation(guide.items["V01"], "en") == ("Register the change.",)
    else:
        assert guide is None and any(p.code == "overlay_steps" for p in problems)


def test_the_overlay_is_stored_with_the_assessment_and_covered_by_the_guide_hash(tmp_path):
    folder = _copy(tmp_path)
    plain = load_guide(folder)
    (folder / "en" / "chapters" / "C1.yaml").write_text(CHAPTER_ONE, encoding="utf-8")
    guide = load_guide(folder)
    assert guide.content_hash != plain.content_hash
    path = tmp_path / "a.lhc"
    AssessmentFile.create(path, guide, PROFILE, user="王敏").close()
    with AssessmentFile.open(path, user="王敏") as f:
        stored = f.guide
        assert stored.text(stored.questions["Q01-1"], "text", "en").startswith("Have all changes")


ADVICE_ZH = """\
        advice:
          - 法务部门在30日内补办变更登记。
          - 此后每次决议作出后30日内办理登记。
        documents:
          - 股东会决议
          - 营业执照
"""
ADVICE_EN = """\
        advice:
          - The legal department registers the changes within 30 days.
          - Thereafter each change is registered within 30 days of the resolution.
        documents:
          - Shareholders' resolutions
          - Business licence
"""
HINT_ZH = "        hint: 对照股东会决议与营业执照、登记机关受理材料。\n"
HINT_EN = "        hint: Compare the shareholders' resolutions with the business licence.\n"


def _with_advice(tmp_path, english: str):
    """The sample guide with advice and documents on Q01-1, and ``english`` as its entries in the overlay."""
    folder = _copy(tmp_path)
    chapter = folder / "chapters" / "01-setup.yaml"
    chapter.write_text(chapter.read_text(encoding="utf-8").replace(HINT_ZH, HINT_ZH + ADVICE_ZH), encoding="utf-8")
    (folder / "en" / "chapters" / "C1.yaml").write_text(CHAPTER_ONE.replace(HINT_EN, HINT_EN + english),
                                                        encoding="utf-8")
    return folder


def test_a_questions_advice_and_documents_are_shown_in_english_line_by_line(tmp_path):
    guide = load_guide(_with_advice(tmp_path, ADVICE_EN))
    question = guide.questions["Q01-1"]
    assert guide.advice(question, "en") == ("The legal department registers the changes within 30 days.",
                                            "Thereafter each change is registered within 30 days of the resolution.")
    assert guide.advice(question, "zh") == question.advice == ("法务部门在30日内补办变更登记。",
                                                               "此后每次决议作出后30日内办理登记。")
    assert guide.documents(question, "en") == ("Shareholders' resolutions", "Business licence")
    assert guide.documents(question, "zh") == ("股东会决议", "营业执照")
    assert guide.advice(guide.questions["Q02-1"], "en") == ()  # no advice of its own: the item's remediation serves


def test_advice_without_english_is_named_in_the_note_and_shown_in_chinese(tmp_path):
    documents_only = ADVICE_EN[ADVICE_EN.index("        documents:"):]
    guide, problems = check_guide(_with_advice(tmp_path, documents_only))
    assert guide is not None
    note = next(p for p in problems if p.code == "overlay_missing" and p.file == "en/chapters/C1.yaml")
    assert "Q01-1.advice.1" in note.args["keys_en"] and "Q01-1.advice.2" in note.args["keys_en"]
    assert "Q01-1.documents.1" not in note.args["keys_en"]
    question = guide.questions["Q01-1"]
    assert guide.advice(question, "en") == question.advice  # Chinese, not nothing
    assert guide.documents(question, "en") == ("Shareholders' resolutions", "Business licence")


def test_advice_or_documents_of_another_count_than_the_chinese_are_an_error_naming_the_question(tmp_path):
    english = ADVICE_EN.replace("          - Business licence\n", "")
    guide, problems = check_guide(_with_advice(tmp_path, english))
    assert guide is None
    error = next(p for p in problems if p.code == "overlay_lines")
    assert not error.warning and error.file == "en/chapters/C1.yaml"
    assert error.render("en").endswith("Question Q01-1: 1 English documents line(s) for 2 Chinese; give one for each.")
    assert "问题 Q01-1 的英文资料有 1 条，中文有 2 条" in error.render("zh")
