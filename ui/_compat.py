"""Keeps PySide6 6.12 from crashing the app on Python 3.11.

PySide6 6.12.0 drops a reference to ``None``, ``True`` or ``False`` each time Qt calls a
Python override that returns one of them (``data()`` of every model returns ``None`` for
roles it does not serve) and on some signal emissions. Python 3.12 and later made these
objects immortal, so nothing happens there; on 3.11 their count reaches zero after a few
thousand calls and the interpreter aborts ("deallocating None"), which in this app takes
well under a hundred answers. PySide6 6.11 does not have the fault.

The shim does what Python 3.12 does: it gives the three singletons a reference count no
program can exhaust. Those objects are never freed in any case, so nothing else changes.
"""

from __future__ import annotations

import ctypes
import sys

IMMORTAL = 1 << 40


def affected(pyside_version: str) -> bool:
    return sys.version_info < (3, 12) and pyside_version.startswith("6.12.")


def protect_singletons() -> bool:
    """Apply the shim where it is needed; True when it was applied."""
    import PySide6

    # A debug build keeps list pointers before the count; the shim is for release builds only.
    if not affected(PySide6.__version__) or hasattr(sys, "gettotalrefcount"):
        return False
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < IMMORTAL:
            count.value += IMMORTAL
    return True
