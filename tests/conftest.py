"""Shared test fixtures."""

from __future__ import annotations

import pytest

from tests.helpers import SAMPLE_GUIDE


@pytest.fixture(scope="session")
def sample_guide():
    from checklist.loader import load_guide

    return load_guide(SAMPLE_GUIDE)
