"""The Qt binding must not leak references: on Python 3.11 a leak on None aborts the app.

PySide6 6.12.0 dropped a reference to None on every call returning nothing; on Python 3.11
None's count reached zero within a minute of a workout (20 repaints a second) and the
interpreter aborted with "none_dealloc". pyproject pins an older PySide6 there.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

CALLS = 10_000


def test_calls_returning_nothing_keep_none_alive() -> None:
    target = QObject()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        target.setObjectName("plank")
    # A leak loses one reference per call; ordinary noise is a handful.
    assert before - sys.getrefcount(None) < CALLS // 2


def test_calls_returning_bools_keep_true_and_false_alive() -> None:
    target = QObject()
    before = sys.getrefcount(True) + sys.getrefcount(False)
    for _ in range(CALLS):
        target.blockSignals(False)
        target.signalsBlocked()
    after = sys.getrefcount(True) + sys.getrefcount(False)
    assert before - after < CALLS // 2
