"""Settings, declared once: key, type and default. Stored in a readable INI file.

Tests isolate the file with ``QSettings.setPath``; nothing here is global.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from . import theme

ORGANISATION = "legalcheck"
APPLICATION = "legalcheck"
MAX_RECENT = 12


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    earlier_key: str = ""  # where an earlier version stored it, read when the key is not set yet


# Not "general/…": Qt's INI format writes a group named general as [%General] and reads it back as
# "General/…", so a value stored there was lost at the next start.
LANGUAGE = Setting("preferences/language", str, "zh", "General/language")
ASSESSOR = Setting("preferences/assessor", str, "", "General/assessor")
FIRM_NAME = Setting("report/firm_name", str, "")
LOGO = Setting("report/logo", str, "")
ACCENT = Setting("report/accent", str, theme.ACCENT)
DISCLAIMER = Setting("report/disclaimer", str, "")  # the firm's own disclaimer, printed in the consultant's report
TEMPLATE = Setting("report/template", str, "self_check")  # a reports.options.Template value
FORMATS = Setting("report/formats", str, "pdf")  # reports.options.Format values, comma-separated
LAST_FOLDER = Setting("paths/last_folder", str, "", "General/last_folder")
RECENT = Setting("recent/entries", str, "[]")  # JSON list of RecentEntry
WINDOW_GEOMETRY = Setting("window/geometry", bytes, b"")
WINDOW_SPLITTER = Setting("window/splitter", bytes, b"")


@dataclass(frozen=True)
class RecentEntry:
    """What the start page shows for a file, cached so start-up never opens files."""

    path: str
    company: str
    assessed: str = ""  # ISO date of the assessment
    index: float | None = None
    provisional: bool = True
    level: str | None = None  # red / orange / yellow / green
    answered: int = 0
    questions: int = 0

    @property
    def assessed_date(self) -> dt.date | None:
        try:
            return dt.date.fromisoformat(self.assessed) if self.assessed else None
        except ValueError:
            return None

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> RecentEntry | None:
        if not isinstance(data, dict) or not isinstance(data.get("path"), str):
            return None
        fields = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        try:
            return cls(**fields)
        except TypeError:
            return None


class AppSettings:
    """Typed access to the app's QSettings (INI format)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                        ORGANISATION, APPLICATION)

    def get(self, setting: Setting) -> Any:
        key = setting.key
        if setting.earlier_key and not self.store.contains(key) and self.store.contains(setting.earlier_key):
            key = setting.earlier_key
        value = self.store.value(key, setting.default)
        if setting.type is bytes:
            return bytes(value.data()) if hasattr(value, "data") else (value if isinstance(value, bytes) else b"")
        try:
            return setting.type(value)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting, value: Any) -> None:
        self.store.setValue(setting.key, value)

    def sync(self) -> None:
        self.store.sync()

    # -- recent files

    def recent(self) -> list[RecentEntry]:
        try:
            data = json.loads(self.get(RECENT))
        except (ValueError, TypeError):
            return []
        entries = [RecentEntry.from_data(d) for d in data] if isinstance(data, list) else []
        return [e for e in entries if e is not None]

    def remember(self, entry: RecentEntry) -> None:
        """Put ``entry`` first in the recent list (replacing an older entry for the same file)."""
        key = _key(entry.path)
        entries = [entry] + [e for e in self.recent() if _key(e.path) != key]
        self._save_recent(entries[:MAX_RECENT])

    def forget(self, path: str) -> None:
        key = _key(path)
        self._save_recent([e for e in self.recent() if _key(e.path) != key])

    def _save_recent(self, entries: list[RecentEntry]) -> None:
        self.set(RECENT, json.dumps([asdict(e) for e in entries], ensure_ascii=False))


def _key(path: str) -> str:
    try:
        return str(Path(path).resolve())
    except OSError:
        return path
