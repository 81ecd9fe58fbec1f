import pytest

from checklist.yamldoc import MAX_FILE_BYTES, Mark, YamlError, parse


def test_values_remember_line_and_column():
    doc = parse("x.yaml", "a: 1\nitems:\n  - id: Q1\n    text: 问题\n".encode())
    assert doc.data == {"a": 1, "items": [{"id": "Q1", "text": "问题"}]}
    assert doc.at(("items", 0, "text")) == Mark(4, 11)
    assert doc.at(("items", 0, "text"), key=True) == Mark(4, 5)
    # a missing path falls back to its nearest parent
    assert doc.at(("items", 0, "nope")) == Mark(3, 5)


def test_alias_bomb_is_refused_without_expanding():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n"
    for level in "bcdefghijklmnop":
        prev = chr(ord(level) - 1)
        bomb += f"{level}: &{level} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
    with pytest.raises(YamlError) as err:
        parse("bomb.yaml", bomb.encode())
    assert err.value.code == "yaml_alias"


def test_python_tags_are_not_constructed():
    with pytest.raises(YamlError) as err:
        parse("evil.yaml", b"x: !!python/object/apply:os.system ['echo hacked']\n")
    assert err.value.code == "yaml_tag"
    assert err.value.mark.line == 1
    with pytest.raises(YamlError) as err:
        parse("evil.yaml", b"a: 1\nx: !!python/name:os.system\n")
    assert (err.value.code, err.value.mark.line) == ("yaml_tag", 2)


def test_oversized_file_is_refused():
    with pytest.raises(YamlError) as err:
        parse("big.yaml", b"#" * (MAX_FILE_BYTES + 1))
    assert err.value.code == "file_too_large"


def test_duplicate_key_is_reported_at_the_second_key():
    with pytest.raises(YamlError) as err:
        parse("d.yaml", b"id: A\ntitle: x\nid: B\n")
    assert (err.value.code, err.value.mark) == ("yaml_duplicate_key", Mark(3, 1))


def test_non_utf8_file_names_the_line():
    with pytest.raises(YamlError) as err:
        parse("gbk.yaml", "a: 1\nb: 中文\n".encode("gbk"))
    assert (err.value.code, err.value.mark.line) == ("not_utf8", 2)


def test_excessive_nesting_is_refused():
    with pytest.raises(YamlError) as err:
        parse("deep.yaml", ("[" * 60 + "]" * 60).encode())
    assert err.value.code == "yaml_too_deep"
