"""Statute parsing: articles, 之一 sub-articles and paragraphs as the law counts them."""

from checklist.statutes import normalise, parse_statute

TEXT = """# 中华人民共和国示例法

2020年1月1日 通过

## 第一章 总则

第一条 为了示例，制定本法。

第二条 第一款的内容。

第二款的内容：

（一）第一项；

（二）第二项。

第二条之一 插入的条文。

## 第二章 附则

第三条 本法自 2020 年 1 月 1 日起施行。
"""


def test_articles_paragraphs_and_sub_articles():
    statute = parse_statute(TEXT)
    assert statute.title == "中华人民共和国示例法"
    assert set(statute.articles) == {(1, 0), (2, 0), (2, 1), (3, 0)}
    assert statute.text(2, paragraph=1) == "第一款的内容。"
    # items （一）（二） belong to the paragraph that introduces them
    assert statute.text(2, paragraph=2) == "第二款的内容：（一）第一项；（二）第二项。"
    assert statute.text(2, paragraph=3) is None
    assert statute.text(2, 1) == "插入的条文。"
    # whitespace inside the text does not matter
    assert statute.text(3) == "本法自2020年1月1日起施行。"


def test_normalise_removes_ascii_and_full_width_spaces():
    assert normalise(" 第 一\u3000条\n") == "第一条"


def test_item_numbers_print_in_full_width_however_the_published_text_wrote_them():
    from checklist.numerals import full_width_items

    assert full_width_items("(一)未经批准，采集；(十二)其他") == "（一）未经批准，采集；（十二）其他"
    assert full_width_items("（一）已是全角；(1) 阿拉伯数字不动") == "（一）已是全角；(1) 阿拉伯数字不动"
