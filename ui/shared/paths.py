"""Where files go and where file choosers open: the user's documents folder, or the folder last used.

A fresh profile may have no documents folder yet; it is created when first needed, so the
default place to save always exists.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QStandardPaths

from .settings import LAST_FOLDER, AppSettings


def documents_folder() -> Path:
    """The user's documents folder, created when missing; the home folder if it cannot be."""
    folder = Path(platformdirs.user_documents_dir())
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.home()
    return folder


def start_folder(settings: AppSettings | None = None) -> Path:
    """Where a file chooser opens: the folder last used for an assessment while it exists, else documents."""
    last = (settings or AppSettings()).get(LAST_FOLDER)
    if last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def example_copies_folder() -> Path:
    """Examples open as copies kept here, so trying things out never changes the shipped files."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)) / "examples"


def means_folder(text: str) -> bool:
    """A typed path that names a folder: one that exists, or one written with a separator at the end."""
    text = text.strip()
    if not text:
        return False
    if text.endswith(("/", os.sep)):
        return True
    return Path(text).expanduser().is_dir()


def free_name(path: Path) -> Path:
    """``path``, or ``name-2.ext``, ``name-3.ext`` … when it is taken: a default never proposes an existing file."""
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate
