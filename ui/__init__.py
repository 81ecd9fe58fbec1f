"""The PySide6 desktop app over the assessment engine (``checklist``)."""
