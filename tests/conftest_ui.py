"""Fixtures for the desktop-app tests (tests/test_ui*.py import them with ``from conftest_ui
import *``).

The app runs offscreen with its settings, data folder, decision log and recovery copies in a
temporary folder, and any Qt warning or critical message fails the test that caused it.
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path

import pytest

# Before any QApplication exists: offscreen, Swedish, and never the user's own folders.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="hirelint-ui-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["HIRELINT_LANG"] = "sv"

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication, QSettings, QtMsgType, qInstallMessageHandler  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
BIASED = ("Vi söker en ung och hungrig säljkille med svenska som modersmål. "
          "Du är stresstålig och har lång erfarenhet.")

# The only whitelisted messages: the offscreen platform plugin has no window manager, so it
# warns when a top-level window is shown (propagateSizeHints) or raised (the batch window's
# raise_()). Real platforms (xcb, wayland, windows, cocoa) support both calls; the messages say
# nothing about the app. Matched by prefix.
HARMLESS = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
)


class QtMessages:
    """Collects Qt's warning and critical messages (from any thread)."""

    def __init__(self):
        self.bad: list[str] = []
        self._lock = threading.Lock()
        self.previous = None

    def __call__(self, kind, context, message):
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            if not message.startswith(HARMLESS):
                with self._lock:
                    self.bad.append(f"{kind.name}: {message}")


@pytest.fixture(autouse=True)
def qt_warnings_fail():
    """Fail a UI test on any Qt warning or critical message it caused."""
    handler = QtMessages()
    previous = qInstallMessageHandler(handler)
    try:
        yield handler
    finally:
        qInstallMessageHandler(previous)
    if handler.bad:
        pytest.fail("Qt warnings:\n" + "\n".join(handler.bad))


@pytest.fixture(scope="session", autouse=True)
def swedish_plurals(qapp):
    """The app's Swedish translator, as build_app installs it: the plural forms ("1 fil")."""
    from hirelint.ui.i18n import load_ours

    tr = load_ours("sv", qapp)
    assert tr is not None
    qapp.installTranslator(tr)
    yield tr
    qapp.removeTranslator(tr)


@pytest.fixture
def app_settings(qapp, tmp_path):
    """Fresh, isolated QSettings for one test."""
    QCoreApplication.setOrganizationName("hirelint-tests")
    QCoreApplication.setApplicationName("hirelint-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    from hirelint.ui.settings import AppSettings

    return AppSettings(QSettings(str(tmp_path / "settings" / "hirelint.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def decision_log(tmp_path):
    from hirelint.decisions import DecisionLog

    return DecisionLog(tmp_path / "data" / "beslutslogg.jsonl")


@pytest.fixture
def make_window(qtbot, app_settings, decision_log, tmp_path):
    """A factory for main windows sharing the test's settings, log and recovery folder."""
    from hirelint.ui.main_window import MainWindow

    made = []

    def make(warm_up: bool = False, settings=None):
        w = MainWindow(settings or app_settings, log=decision_log, recovery_dir=tmp_path / "recovery",
                       warm_up=warm_up)
        w.show()  # closed below, not by qtbot (which would close before we mark it saved)
        qtbot.waitUntil(lambda: w.controller.ready, timeout=20000)
        made.append(w)
        return w

    yield make
    for w in made:
        if w.isVisible() or w.controller.thread.isRunning():
            w.editor.document().setModified(False)
            w.close()
    for w in made:
        w.controller.thread.wait(10000)


@pytest.fixture
def window(make_window):
    """A shown main window, its worker ready."""
    return make_window()


def wait_lint(qtbot, window, timeout: int = 20000):
    """Wait until the window shows findings for exactly the editor's current text."""
    qtbot.waitUntil(
        lambda: window.report is not None and window.report_text == window.editor.plain_text()
        and not window.controller.pending,
        timeout=timeout,
    )


def open_file(qtbot, window, path, timeout: int = 20000) -> bool:
    """Open a file in the window and wait until it has been read (it is read off the GUI thread)."""
    started = window.open_path(path)
    qtbot.waitUntil(lambda: window.loading is None, timeout=timeout)
    return started and window.session.path == path


def type_text(window, text: str) -> None:
    """Put text in the editor as typing would (one edit, marked modified)."""
    window.editor.setFocus()
    window.editor.insertPlainText(text)


@pytest.fixture
def answers(monkeypatch):
    """Answer the app's questions without dialogs: set attributes on the returned object."""
    from hirelint.ui import prompts

    class Answers:
        dismiss_reason = "Falsklarm i testet."
        unsaved = prompts.DISCARD
        restore = True
        save_path = None
        folder = None
        confirm = True
        errors: list = []
        infos: list = []

    a = Answers()
    a.errors = []
    a.infos = []
    monkeypatch.setattr(prompts, "dismiss_reason", lambda parent, finding: a.dismiss_reason)
    monkeypatch.setattr(prompts, "unsaved_changes", lambda parent, name: a.unsaved)
    monkeypatch.setattr(prompts, "restore_draft", lambda parent, name, saved_at, preview: a.restore)
    monkeypatch.setattr(prompts, "save_file", lambda parent, title, suggested, filters: a.save_path)
    monkeypatch.setattr(prompts, "choose_folder", lambda parent, title, folder: a.folder)
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, message: a.confirm)
    monkeypatch.setattr(prompts, "error", lambda parent, title, message: a.errors.append(message))
    monkeypatch.setattr(prompts, "info", lambda parent, title, message: a.infos.append(message))
    return a


def make_docx(path: Path, paragraphs: list[str]) -> Path:
    """A small Word file written with python-docx."""
    import docx

    doc = docx.Document()
    for p in paragraphs:
        doc.add_paragraph(p)
    doc.save(str(path))
    return path


__all__ = [
    "BIASED",
    "EXAMPLES",
    "REPO",
    "answers",
    "app_settings",
    "decision_log",
    "make_docx",
    "make_window",
    "open_file",
    "qt_warnings_fail",
    "swedish_plurals",
    "type_text",
    "wait_lint",
    "window",
]
