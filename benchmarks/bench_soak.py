"""Soak benchmark for the desktop app: the real main window with a real document, N debounced
edits each followed by a re-lint, printing memory and object counts at the start and after the
edits (issue 11: a PySide6 build that dropped references crashed the app after minutes of typing).

    python benchmarks/bench_soak.py [--edits 1000] [--file examples/kravprofil-lagerarbetare.txt]

Each edit inserts a word in the middle of the text and the next one removes it, so the text
(and so the findings) stays the same size: what grows is a leak, except the editor's undo stack
(Qt's own memory, in RSS, not in Python's heap). Printed: Python heap (tracemalloc), RSS, gc
objects, Qt objects under the window, and the reference counts of None and True.
Runs offscreen; settings and data go to a temporary folder.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_FILE = REPO / "examples" / "kravprofil-lagerarbetare.txt"


def rss_mb() -> float:
    """Current resident memory in MB (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


def snapshot(window) -> dict:
    """Memory and object counts now (after a full collection)."""
    from PySide6.QtCore import QObject

    # Counted first: the first findChildren call builds Python wrappers and type data (about
    # 8,000 objects and 1.8 MB, once), which must not show as growth between two snapshots.
    qt_children = len(window.findChildren(QObject))
    gc.collect()
    heap = tracemalloc.get_traced_memory()[0] if tracemalloc.is_tracing() else 0
    return {
        "heap_mb": heap / 2**20,
        "rss_mb": rss_mb(),
        "gc_objects": len(gc.get_objects()),
        "qt_children": qt_children,
        "refs_none": sys.getrefcount(None),
        "refs_true": sys.getrefcount(True),
    }


class Soak:
    """Drives a MainWindow: debounced edits, each waited for until its re-lint is shown."""

    def __init__(self, window, process_events, debounce_ms: int = 1, timeout_s: float = 30.0):
        self.window = window
        self.process_events = process_events
        self.timeout_s = timeout_s
        self.results = 0
        window.controller._timer.setInterval(debounce_ms)
        window.controller.resultReady.connect(self._count)
        self._inserted = False

    def _count(self, _result) -> None:
        self.results += 1

    def wait_lint(self) -> None:
        w = self.window
        deadline = time.monotonic() + self.timeout_s
        while not (w.report is not None and w.report_text == w.editor.plain_text()
                   and not w.controller.pending):
            if time.monotonic() > deadline:
                raise TimeoutError("no lint result for the current text")
            self.process_events()
            time.sleep(0.0005)

    def edit(self) -> None:
        """One edit as typing makes it: insert ' mycket' in the middle, or remove it again."""
        from PySide6.QtGui import QTextCursor

        editor = self.window.editor
        text = editor.toPlainText()
        cursor = QTextCursor(editor.document())
        word = " mycket"
        if self._inserted:
            at = text.find(word, len(text) // 2 - len(word))
            cursor.setPosition(at)
            cursor.setPosition(at + len(word), QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        else:
            at = text.find(" ", len(text) // 2)
            cursor.setPosition(at)
            cursor.insertText(word)
        self._inserted = not self._inserted
        self.wait_lint()

    def run(self, edits: int) -> None:
        for _ in range(edits):
            self.edit()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--edits", type=int, default=1000)
    ap.add_argument("--warm", type=int, default=50, help="edits before the first measurement")
    ap.add_argument("--file", type=Path, default=DEFAULT_FILE)
    args = ap.parse_args(argv)

    tmp = tempfile.mkdtemp(prefix="hirelint-soak-")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.update(XDG_CONFIG_HOME=f"{tmp}/c", XDG_DATA_HOME=f"{tmp}/d", HIRELINT_LANG="sv")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    import PySide6
    from hirelint.decisions import DecisionLog
    from hirelint.ui.main_window import MainWindow
    from hirelint.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([sys.argv[0]])
    settings = AppSettings(QSettings(f"{tmp}/hirelint.ini", QSettings.Format.IniFormat))
    window = MainWindow(settings, log=DecisionLog(f"{tmp}/log.jsonl"), recovery_dir=Path(tmp) / "rec",
                        warm_up=True)
    window.show()
    soak = Soak(window, app.processEvents)
    window.open_path(args.file, confirm=False)
    deadline = time.monotonic() + 60
    while window.loading is not None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)
    soak.timeout_s = 120  # the first lint loads the language pipeline
    soak.wait_lint()
    soak.timeout_s = 30
    print(f"PySide6 {PySide6.__version__}, Python {sys.version.split()[0]}, "
          f"{args.file.name} ({len(window.editor.plain_text())} characters), "
          f"{len(window.shown)} findings", flush=True)

    soak.run(args.warm)
    tracemalloc.start()
    start = snapshot(window)
    t0 = time.perf_counter()
    soak.run(args.edits)
    seconds = time.perf_counter() - t0
    end = snapshot(window)
    tracemalloc.stop()

    print(f"{'':<14}{'start':>12}{f'after {args.edits}':>14}{'change':>12}")
    for key, label in (("heap_mb", "python heap MB"), ("rss_mb", "RSS MB"), ("gc_objects", "gc objects"),
                       ("qt_children", "Qt objects"), ("refs_none", "refs to None"),
                       ("refs_true", "refs to True")):
        a, b = start[key], end[key]
        fmt = "{:>12.1f}{:>14.1f}{:>+12.1f}" if isinstance(a, float) else "{:>12}{:>14}{:>+12}"
        print(f"{label:<14}" + fmt.format(a, b, b - a))
    print(f"{args.edits} edits and re-lints in {seconds:.1f} s "
          f"({seconds / max(1, args.edits) * 1000:.1f} ms each, {soak.results} results)")
    window.editor.document().setModified(False)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
