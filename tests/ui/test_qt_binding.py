"""The Qt binding must not leak references to None or bools: PySide6 6.12.0 on Python 3.11
dropped one reference to None on every call of a method returning void, and the console
makes thousands of such calls an hour (setText, setEnabled, ...). None's count reached
zero and the interpreter aborted ("none_dealloc") mid-session. Pinned to a release without
the bug; this test keeps it that way on any upgrade."""

from __future__ import annotations

import sys

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_and_bool_references(qapp):
    action, label = QAction("x"), QLabel()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(20_000):
        action.setEnabled(True)
        label.setText("x")
    assert abs(sys.getrefcount(None) - none_before) < 100
    assert abs(sys.getrefcount(True) - true_before) < 100
