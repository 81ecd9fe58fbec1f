import pytest

from checklist.profile import CompanyProfile, check_profile, uscc_problem


def test_valid_codes_pass():
    assert uscc_problem("91330100MA27XYW12A") is None
    assert uscc_problem(" 9133 0100-MA27XYW12A ") is None  # pasted with spaces and dashes


@pytest.mark.parametrize(("code", "message"), [
    ("", "请填写统一社会信用代码。"),
    ("91330100MA27XYW12", "统一社会信用代码应为 18 位，现在是 17 位。"),
    ("91330100MA27XYW12B", "校验位不对：按 GB 32100 计算，第 18 位应为“A”，而不是“B”。请核对营业执照。"),
    ("91330100MA27XYZ12A", "统一社会信用代码含有不允许的字符（“Z”）：只能是数字和除 I、O、Z、S、V 以外的大写字母。"),
])
def test_each_mistake_gets_its_own_plain_message(code, message):
    assert uscc_problem(code).zh == message


def test_profile_check_names_every_field(sample_guide):
    check = check_profile(CompanyProfile(name=" ", uscc="123", facts=frozenset({"cloning"})), sample_guide)
    assert [p.field for p in check.problems] == ["name", "uscc", "facts", "facts"]
    ok = CompanyProfile(name="示例公司", uscc="91330100MA27XYW12A", facts=frozenset({"mah"}))
    assert check_profile(ok, sample_guide).ok
