"""The Qt binding must not leak or drop references to Python's singletons.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every void Qt call (and one to
``True`` on every ``emit()``); after minutes of typing the count reaches zero and the app dies
with ``Fatal Python error: none_dealloc``. pyproject.toml pins a known-good range; this test
fails on a build with that bug (measured on 6.12.0: None −1.00 per call; on 6.11.0: ±0.00).
"""

from __future__ import annotations

import sys

import pytest

from conftest_ui import *  # noqa: F401,F403 - fixtures

from PySide6.QtCore import QObject, Signal  # noqa: E402

CALLS = 5000
CHUNK = 100
TOLERANCE = 50  # other threads and the interpreter may take or drop a few references meanwhile


class _Emitter(QObject):
    fired = Signal(bool)
    plain = Signal()


def _drift(obj, action) -> int:
    """How far ``sys.getrefcount(obj)`` moves over CALLS calls of ``action``. Measured in chunks
    and stopped as soon as it has clearly drifted: on a broken build, running on would drop the
    count to zero and abort the interpreter instead of failing the test."""
    action(10)  # warm caches (method lookup, signal instance) before measuring
    before = sys.getrefcount(obj)
    done = 0
    while done < CALLS:
        action(CHUNK)
        done += CHUNK
        drift = sys.getrefcount(obj) - before
        if abs(drift) > TOLERANCE:
            return drift * CALLS // done  # extrapolated to the full run (stopped early)
    return sys.getrefcount(obj) - before


def test_void_calls_keep_none_refcount_flat(qapp):
    o = QObject()

    def calls(n):
        for i in range(n):
            o.setObjectName("x")

    drift = _drift(None, calls)
    assert abs(drift) <= TOLERANCE, (
        f"sys.getrefcount(None) moved by {drift} over {CALLS} void Qt calls: this PySide6 build "
        "loses references to None and will crash (none_dealloc); install the pinned version")


def test_signal_emits_keep_true_and_none_refcounts_flat(qapp):
    e = _Emitter()
    got = []
    e.fired.connect(lambda v: got.append(1) if len(got) < 1 else None)
    e.plain.connect(lambda: None)

    def emits(n):
        for _ in range(n):
            e.fired.emit(True)
            e.plain.emit()

    for obj, name in ((True, "True"), (None, "None")):
        drift = _drift(obj, emits)
        assert abs(drift) <= TOLERANCE, (
            f"sys.getrefcount({name}) moved by {drift} over {CALLS} signal emits: this PySide6 "
            "build mishandles references and will crash; install the pinned version")


def test_installed_pyside_is_in_the_pinned_range():
    import PySide6
    import shiboken6

    version = tuple(int(x) for x in PySide6.__version__.split(".")[:2])
    assert (6, 8) <= version < (6, 12), f"PySide6 {PySide6.__version__} is outside the pinned range"
    assert shiboken6.__version__ == PySide6.__version__, "shiboken6 must match PySide6"
