"""What a user is told when something they did, or a file they gave, cannot work: one error type,
its words in Chinese and English, shared by the domain, the report, the command line and the app."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Message:
    """A user-facing message in Chinese and English."""

    zh: str
    en: str

    def text(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh


class UserError(Exception):
    """An error the user can understand and act on; shown as its message, never as a traceback.

    ``code`` names the kind of problem for the code that handles it (``disk_full``, ``read_only`` …).
    """

    def __init__(self, zh: str | Message, en: str = "", *, code: str = "") -> None:
        self.message = zh if isinstance(zh, Message) else Message(zh, en)
        self.code = code
        super().__init__(self.message.en)

    @property
    def zh(self) -> str:
        return self.message.zh

    @property
    def en(self) -> str:
        return self.message.en

    def text(self, lang: str = "zh") -> str:
        return self.message.text(lang)
