"""What a user is told about the law behind a guide: up to which day it was checked, changes
already adopted for the laws it cites, and what a newer guide's registry knows that it did not."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .model import Guide, Law, LawState, LawStatus, date_text
from .vocabulary import long_date


@dataclass(frozen=True)
class LawNote:
    law_id: str
    title: str  # full title, without 《》
    status: str  # 现行有效；将于2027年1月1日由修订后的文本取代（…）
    status_en: str
    detail: str = ""  # the registry's change_note: what the change does, in plain words
    title_en: str = ""  # from the English overlay; the Chinese title where it has none
    detail_en: str = ""

    def text(self, lang: str = "zh") -> str:
        if lang == "en":
            return f"{self.title_en or self.title}: {self.status_en}. {self.detail_en}".rstrip()
        return f"《{self.title}》{self.status}。{self.detail}".rstrip()


@dataclass(frozen=True)
class LawStanding:
    guide_title: str
    guide_version: str
    status_date: dt.date | None  # the guide checked the law up to this day; None for guides that do not say
    pending: tuple[LawNote, ...]  # cited laws with an adopted change, from the guide's own registry
    since: tuple[LawNote, ...]  # cited laws a newer guide's registry shows as repealed, replaced or revised
    newer_version: str = ""  # the newer guide's version, when ``since`` was read from one

    def heading(self, lang: str = "zh") -> str:
        if lang == "en":
            return (f"Law checked up to {long_date(self.status_date, 'en')}" if self.status_date
                    else "The guide does not state up to which date the law was checked")
        return (f"法律状态截至 {date_text(self.status_date)}" if self.status_date
                else "该版指引未载明法律状态的核对日期")


def law_standing(guide: Guide, newer: Guide | None = None, today: dt.date | None = None) -> LawStanding:
    """The law behind ``guide`` as of ``today``; ``newer`` is the current version of the same guide, if any."""
    today = today or dt.date.today()
    day = max(today, guide.meta.effective_date)
    pending = []
    for law_id in guide.cited_law_ids():
        law = guide.laws[law_id]
        if law.ends_on is None:
            continue
        status = law.status_on(day)
        pending.append(_note(guide, law, status))
    since = []
    newer_version = ""
    if newer is not None and newer.meta.id == guide.meta.id and newer.content_hash != guide.content_hash:
        newer_version = newer.meta.version
        known = {n.law_id for n in pending}
        for law_id in guide.cited_law_ids():
            old, new = guide.laws[law_id], newer.laws.get(law_id) or newer.lapsed.get(law_id)
            if new is None or law_id in known:
                continue
            status = new.status_on(day)
            if status.state in (LawState.ENDED, LawState.ENDING):
                since.append(_note(newer, new, status))
            elif new.revision > old.revision:
                since.append(LawNote(
                    law_id, new.title, f"已修订（{new.revision_note}），本次体检所用指引引用的是{old.revision_note}的文本",
                    f"revised ({long_date(new.revision, 'en')}); the guide used cites the text of "
                    f"{long_date(old.revision, 'en')}", title_en=newer.text(new, "title", "en")))
    return LawStanding(guide.meta.title, guide.meta.version, guide.meta.law_status_date, tuple(pending),
                       tuple(since), newer_version)


def _note(guide: Guide, law: Law, status: LawStatus) -> LawNote:
    """A law's standing in both languages, the English names from ``guide``'s overlay."""
    successor = guide.text(law, "repealed_by" if law.repealed_by else "replaced_by", "en")
    return LawNote(law.id, law.title, status.describe(), status.describe("en", successor), law.change_note,
                   guide.text(law, "title", "en"), guide.text(law, "change_note", "en") if law.change_note else "")
