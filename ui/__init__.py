"""The PySide6 desktop app over the assessment engine (``checklist``)."""

from ._compat import protect_singletons

protect_singletons()
