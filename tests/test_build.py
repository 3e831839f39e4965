"""Smoke test of the PyInstaller build (slow): build.spec builds one folder with a console
``hirelint`` and a windowed ``hirelint-gui``; the frozen CLI lints a .docx and the frozen app
starts offscreen, lints and quits.

Skipped unless HIRELINT_BUILD_TEST=1 or this file is named on the command line:

    python -m pytest tests/test_build.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _asked_for(config) -> bool:
    return any("test_build" in str(arg) for arg in config.args)


@pytest.fixture(scope="module")
def frozen(request, tmp_path_factory) -> Path:
    if os.environ.get("HIRELINT_BUILD_TEST") != "1" and not _asked_for(request.config):
        pytest.skip("slow: set HIRELINT_BUILD_TEST=1 or run tests/test_build.py explicitly")
    if shutil.which("pyinstaller") is None and not _has_module("PyInstaller"):
        pytest.skip("PyInstaller is not installed (pip install pyinstaller)")
    out = tmp_path_factory.mktemp("frozen")
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(out / "dist"),
         "--workpath", str(out / "work"), str(REPO / "build.spec")],
        cwd=REPO, capture_output=True, text=True, timeout=1800,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return out / "dist" / "hirelint"


def _has_module(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def _exe(folder: Path, name: str) -> Path:
    return folder / (name + (".exe" if os.name == "nt" else ""))


def _docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("Säljare till Malmö")
    d.add_paragraph("Vi söker en ung och hungrig säljkille med svenska som modersmål.")
    d.save(str(path))
    return path


@pytest.mark.slow
def test_one_folder_two_executables_and_data(frozen):
    assert _exe(frozen, "hirelint").is_file()
    assert _exe(frozen, "hirelint-gui").is_file()
    internal = frozen / "_internal"
    assert list((internal / "hirelint" / "lexicons").glob("*.yaml"))
    assert (internal / "hirelint" / "ui" / "translations" / "hirelint_en.qm").is_file()
    if (REPO / "hirelint" / "nlp" / "sv_hirelint" / "config.cfg").is_file():
        assert (internal / "hirelint" / "nlp" / "sv_hirelint" / "config.cfg").is_file()
    assert not list(internal.rglob("QtQml*")) and not list(internal.rglob("QtNetwork.*"))


@pytest.mark.slow
def test_frozen_cli_lints_a_word_file(frozen, tmp_path):
    doc = _docx(tmp_path / "annons.docx")
    proc = subprocess.run([str(_exe(frozen, "hirelint")), "lint", "--format", "json", str(doc)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr  # 1: findings
    import json

    data = json.loads(proc.stdout)
    assert data["files"][0]["error"] is None
    assert any(f["text"].lower() == "säljkille" for f in data["files"][0]["findings"])


@pytest.mark.slow
def test_frozen_app_starts_offscreen(frozen, tmp_path):
    doc = _docx(tmp_path / "annons.docx")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_DATA_HOME=str(tmp_path / "d"))
    proc = subprocess.run([str(_exe(frozen, "hirelint-gui")), "--smoke-test", str(doc)],
                          capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = dict(line.split(" ", 1) for line in proc.stdout.splitlines() if " " in line)
    assert int(lines["findings"]) > 0
    assert float(lines["shown"].split()[-1].rstrip("s")) < 10
