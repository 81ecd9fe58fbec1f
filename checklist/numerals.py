"""Chinese numerals as statutes write them: 第一百一十五条之一第二款."""

from __future__ import annotations

import re

_DIGITS = "零一二三四五六七八九"
_UNITS = ((1000, "千"), (100, "百"), (10, "十"))


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 15 → 十五, 115 → 一百一十五, 105 → 一百零五 (for 1 ≤ n < 10000).

    Outside that range (the guide's schema refuses such numbers, a full text may still hold one)
    the number is written in Arabic digits rather than failing.
    """
    if not 0 < n < 10000:
        return str(n)
    out = []
    rest = n
    pending_zero = False
    for value, unit in _UNITS:
        digit, rest = divmod(rest, value)
        if digit:
            if pending_zero:
                out.append("零")
                pending_zero = False
            out.append(_DIGITS[digit] + unit)
        elif out:
            pending_zero = True
    if rest:
        if pending_zero:
            out.append("零")
        out.append(_DIGITS[rest])
    text = "".join(out)
    # Statutes write 十五, not 一十五, when the number starts with ten.
    return text[1:] if text.startswith("一十") else text


def parse_chinese_number(text: str) -> int:
    """Inverse of :func:`chinese_number`."""
    total, current = 0, 0
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS.index(ch)
        else:
            unit = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (current or 1) * unit
            current = 0
    return total + current


def article_label(article: int, sub: int = 0, paragraph: int | None = None) -> str:
    label = f"第{chinese_number(article)}条"
    if sub:
        label += f"之{chinese_number(sub)}"
    if paragraph:
        label += f"第{chinese_number(paragraph)}款"
    return label


def english_article_label(article: int, sub: int = 0, paragraph: int | None = None) -> str:
    """Article 41(1), Article 169-1: how English texts cite PRC provisions."""
    label = f"Article {article}" + (f"-{sub}" if sub else "")
    return label + (f"({paragraph})" if paragraph else "")


ARTICLE_HEADING = re.compile(r"^第([零一二三四五六七八九十百千]+)条(?:之([一二三四五六七八九十]+))?(?=[\s　]|$)")


# Items of an article are numbered （一）（二）… with full-width brackets; some published texts carry
# half-width ones, "(一)". Shown side by side, the mix reads as two numbering schemes.
_HALF_WIDTH_ITEM = re.compile(r"\(([一二三四五六七八九十百]{1,4})\)")


def full_width_items(text: str) -> str:
    """"(一)未经批准" → "（一）未经批准": the item numbers of statute text as the law is printed."""
    return _HALF_WIDTH_ITEM.sub(r"（\1）", text)
