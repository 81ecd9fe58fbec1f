"""The company profile and the check of its 统一社会信用代码 (GB 32100-2015)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from stdnum.cn import uscc as _uscc

from .errors import Message
from .model import Guide

SIZES = ("微型", "小型", "中型", "大型")


@dataclass(frozen=True)
class CompanyProfile:
    name: str
    uscc: str
    facts: frozenset[str] = frozenset()
    region: str = ""
    size: str = ""
    assessor: str = ""
    reviewer: str = ""
    assessment_date: dt.date | None = None
    period: str = ""  # the assessment period as written on the report, e.g. 2026年度

    def to_data(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "uscc": self.uscc,
            "facts": sorted(self.facts),
            "region": self.region,
            "size": self.size,
            "assessor": self.assessor,
            "reviewer": self.reviewer,
            "assessment_date": self.assessment_date.isoformat() if self.assessment_date else None,
            "period": self.period,
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> CompanyProfile:
        """The profile as stored; ValueError when the data is not a profile (facts must be a list of ids)."""
        if not isinstance(data, dict):
            raise ValueError("the profile is not a mapping")
        facts = data.get("facts", ())
        if not isinstance(facts, list | tuple) or not all(isinstance(f, str) for f in facts):
            raise ValueError("facts must be a list of fact ids")
        date = data.get("assessment_date")
        return cls(
            name=str(data.get("name", "")),
            uscc=str(data.get("uscc", "")),
            facts=frozenset(facts),
            region=str(data.get("region", "")),
            size=str(data.get("size", "")),
            assessor=str(data.get("assessor", "")),
            reviewer=str(data.get("reviewer", "")),
            assessment_date=dt.date.fromisoformat(date) if date else None,
            period=str(data.get("period", "")),
        )

    def with_facts(self, facts: frozenset[str]) -> CompanyProfile:
        return replace(self, facts=frozenset(facts))


def normalise_uscc(code: str) -> str:
    """Upper-case, spaces and dashes removed: what users paste from a licence."""
    return _uscc.compact(code or "")


def uscc_problem(code: str) -> Message | None:
    """Why ``code`` is not a valid 统一社会信用代码, or None when it is."""
    code = normalise_uscc(code)
    if not code:
        return Message("请填写统一社会信用代码。", "Enter the unified social credit code.")
    if len(code) != 18:
        return Message(
            f"统一社会信用代码应为 18 位，现在是 {len(code)} 位。",
            f"The code must have 18 characters; it has {len(code)}.",
        )
    try:
        _uscc.validate(code)
    except _uscc.InvalidChecksum:
        expected = _uscc.calc_check_digit(code[:17])
        return Message(
            f"校验位不对：按 GB 32100 计算，第 18 位应为“{expected}”，而不是“{code[17]}”。请核对营业执照。",
            f"Wrong check character: by GB 32100 the 18th character should be '{expected}', not '{code[17]}'.",
        )
    except _uscc.ValidationError:
        bad = next((c for c in code if c in "IOZSV" or not c.isalnum()), "")
        detail = f"（“{bad}”）" if bad else ""
        return Message(
            f"统一社会信用代码含有不允许的字符{detail}：只能是数字和除 I、O、Z、S、V 以外的大写字母。",
            f"The code contains a character that is not allowed{f' ({bad!r})' if bad else ''}: "
            "digits and capital letters except I, O, Z, S, V.",
        )
    return None


@dataclass(frozen=True)
class ProfileProblem:
    field: str
    message: Message


@dataclass(frozen=True)
class ProfileCheck:
    problems: tuple[ProfileProblem, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_profile(profile: CompanyProfile, guide: Guide) -> ProfileCheck:
    problems = []
    if not profile.name.strip():
        problems.append(ProfileProblem("name", Message("请填写企业名称。", "Enter the company name.")))
    uscc = uscc_problem(profile.uscc)
    if uscc:
        problems.append(ProfileProblem("uscc", uscc))
    unknown = sorted(profile.facts - set(guide.facts))
    if unknown:
        problems.append(ProfileProblem("facts", Message(
            f"指引中没有这些企业特征：{'、'.join(unknown)}。",
            f"The guide has no such profile facts: {', '.join(unknown)}.",
        )))
    if not any(guide.facts[f].group == "business_type" for f in profile.facts if f in guide.facts):
        problems.append(ProfileProblem("facts", Message(
            "请至少选择一种业务类型。", "Choose at least one business type.")))
    if profile.size and profile.size not in SIZES:
        problems.append(ProfileProblem("size", Message(
            f"企业规模应为：{'、'.join(SIZES)}。", f"Size must be one of: {', '.join(SIZES)}.")))
    return ProfileCheck(tuple(problems))
