"""The Qt binding installed must not leak or over-release Python objects on model calls.

PySide6 6.12.0 drops a reference to ``None`` each time Qt calls a Python ``data()`` that
returns it; on Python 3.11 the interpreter aborts after a few thousand calls, which in
this app is well under a hundred answers. pyproject.toml keeps that release out; this
test fails if a version with the fault comes back.
"""

import sys

from PySide6.QtCore import QAbstractListModel, Qt


class EmptyModel(QAbstractListModel):
    def rowCount(self, parent=None):  # noqa: N802 - Qt's name
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_model_calls_returning_none_keep_none_alive(qapp):
    model = EmptyModel()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(2000):
        assert index.data(Qt.ItemDataRole.UserRole) is None
    # 3.12+ made None immortal, its count is fixed there; on 3.11 it must not fall.
    assert sys.getrefcount(None) >= before - 10
