"""Every storage test gets a fresh log in its own temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.storage.database import SessionLog, open_log


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def log(data_dir: Path) -> Iterator[SessionLog]:
    opened = open_log(data_dir)
    yield opened
    opened.close()
