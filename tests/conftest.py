"""Shared test fixtures."""

from __future__ import annotations

import pytest

from tests.helpers import SAMPLE_GUIDE


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path_factory, monkeypatch):
    """Installed guides and trusted keys live in the user's data folder: each test gets an empty one."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


@pytest.fixture(scope="session")
def sample_guide():
    from checklist.loader import load_guide

    return load_guide(SAMPLE_GUIDE)
