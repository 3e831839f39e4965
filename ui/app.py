"""Start the desktop app: ``hirelint gui [FILE]`` or the ``hirelint-gui`` launcher.

The window is shown before anything slow happens: the rule set and the spaCy pipeline load in
the worker thread while the user can already type. After showing, the app offers a draft
recovered after a crash, then opens the file given on the command line.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Optional, Sequence

STARTED = time.time()


def build_app(argv: Sequence[str]):
    """The QApplication with the app's identity, high-DPI policy and language."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from .i18n import install
    from .settings import AppSettings

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(list(argv))
    QCoreApplication.setOrganizationName("hirelint")
    QCoreApplication.setApplicationName("hirelint")
    QGuiApplication.setApplicationDisplayName("hirelint")
    QGuiApplication.setDesktopFileName("hirelint")
    from hirelint import __version__

    QCoreApplication.setApplicationVersion(__version__)
    app._hirelint_translators = install(app, AppSettings().language())
    return app


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="hirelint-gui", description="Granska annonser i ett fönster.")
    p.add_argument("file", nargs="?", help="annons att öppna (.docx, .txt, .md)")
    # For the benchmark and the frozen-build smoke test: open FILE, wait for the first result,
    # print a line and quit with status 0 (or 1 if the lint failed).
    p.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    return p.parse_args(argv)


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of ``hirelint-gui`` and ``hirelint gui``."""
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    app = build_app([sys.argv[0]])
    from PySide6.QtCore import QTimer

    from .main_window import MainWindow

    window = MainWindow()
    window.show()
    if args.smoke_test:
        return _smoke(app, window, args.file)

    def after_show():
        restored = window.offer_recovery()
        if args.file and not restored:
            window.open_path(Path(args.file))

    QTimer.singleShot(0, after_show)
    return app.exec()


def _smoke(app, window, file: Optional[str]) -> int:
    """Show, report when shown, lint FILE, report the findings, quit."""
    from PySide6.QtCore import QTimer

    app.processEvents()
    shown = time.time()
    print(f"shown {shown:.3f} after {shown - STARTED:.3f}s", flush=True)
    status = {"code": 1, "linted": False, "pipeline": False}

    def finish_when_both():
        if status["linted"] and status["pipeline"]:
            rss = peak_rss_mb()
            if rss is not None:
                print(f"peak_rss_mb {rss:.0f}", flush=True)
            QTimer.singleShot(0, window.close)

    def done(result):
        if result.report is not None:
            print(f"findings {len(result.report.findings)}", flush=True)
            status["code"] = 0
        else:
            print(f"error {result.error}", flush=True)
        status["linted"] = True
        finish_when_both()

    def pipeline(name, warning):
        print(f"pipeline {name or '-'}", flush=True)
        status["pipeline"] = True
        finish_when_both()

    window.controller.pipelineReady.connect(pipeline)
    window.controller.resultReady.connect(done)
    if file:
        if not window.open_path(Path(file), confirm=False):
            return 1
    else:
        window.editor.setPlainText("Vi söker en ung och hungrig säljkille.")
        window.controller.lint_now()
    QTimer.singleShot(int(os.environ.get("HIRELINT_SMOKE_TIMEOUT_MS", "60000")), window.close)
    app.exec()
    return status["code"]


def peak_rss_mb():
    """Peak resident memory of this process in MB (None where the platform cannot tell)."""
    try:
        import resource
    except ImportError:
        return None
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


if __name__ == "__main__":
    sys.exit(main())
