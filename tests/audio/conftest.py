"""Fixtures shared by the audio tests."""

from __future__ import annotations

import pytest

from tests.fake_waiter import FakeWaiter


@pytest.fixture
def clock() -> FakeWaiter:
    """The fake clock the cue threads under test sleep on; time passes only when moved."""
    return FakeWaiter()
