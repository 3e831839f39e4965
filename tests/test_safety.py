"""Offline and private: no socket is opened while linting; the core never imports Qt."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from hirelint.model import Document


def test_no_network_while_linting(monkeypatch, ruleset):
    from hirelint.engine import Linter

    def refuse(*args, **kwargs):
        raise AssertionError("hirelint tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    linter = Linter(ruleset)  # fresh, so the NLP pipeline loads under the guard
    text = "Du arbetar med ungdomar i åldern 13–18 år. Vi söker en ung säljkille med B-körkort."
    report = linter.lint(Document.from_text(text))
    assert report.findings
    linter.nlp.analyze("Du är ung.")  # the pipeline itself loads and runs offline


def test_core_never_imports_qt():
    code = (
        "import sys, hirelint, hirelint.cli, hirelint.engine, hirelint.lexicon_check, "
        "hirelint.render.text, hirelint.render.json, hirelint.render.markdown;"
        "from hirelint.engine import Linter;"
        "Linter.default().lint_text('Du är ung.');"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'PyQt', 'shiboken'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
