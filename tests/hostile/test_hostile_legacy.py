"""Issue 13, item 1: nothing but a real Word 97–2003 binary is handed to LibreOffice, so an
HTML (or RTF, XML) file named .doc cannot make it fetch remote style sheets or images."""

from __future__ import annotations

import shutil
import socket
import threading
import time

import pytest

from hirelint.document import InputError, read_document
from hirelint.document.docx import read_docx
from hirelint.document.legacy import convert_to_docx


class _Listener:
    """A TCP listener on 127.0.0.1 that records every connection made to it."""

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.hits: list[bytes] = []
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (socket.timeout, OSError):
                continue
            conn.settimeout(1)
            try:
                self.hits.append(conn.recv(4096) or b"(connected)")
            except OSError:
                self.hits.append(b"(connected)")
            conn.close()

    def close(self):
        self._stop.set()
        self.thread.join(2)
        self.sock.close()


@pytest.fixture
def listener():
    ls = _Listener()
    yield ls
    ls.close()


def _html_doc(path, port):
    path.write_text(
        "<!DOCTYPE html><html><head>"
        f'<link rel="stylesheet" href="http://127.0.0.1:{port}/x.css">'
        f'<style>@import url("http://127.0.0.1:{port}/y.css");</style></head>'
        f'<body><p>Vi söker en ung säljkille.</p><img src="http://127.0.0.1:{port}/x.png"></body></html>',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("name", ["annons.doc", "annons.docx"])
def test_html_named_doc_is_refused_without_network(tmp_path, listener, name):
    path = _html_doc(tmp_path / name, listener.port)
    with pytest.raises(InputError) as info:
        read_document(path, name)
    assert info.value.code in ("unsupported", "corrupt")
    assert "Word" in info.value.message and "Spara som" in info.value.message
    time.sleep(0.5)
    assert listener.hits == []


@pytest.mark.parametrize("head", [
    rb"{\rtf1\ansi Vi s\'f6ker en ung s\'e4ljkille.\par}",
    b'<?xml version="1.0"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"/>',
    b"MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n<html></html>",
])
def test_other_formats_named_doc_are_not_converted(tmp_path, head):
    path = tmp_path / "gammal.doc"
    path.write_bytes(head)
    with pytest.raises(InputError) as info:
        read_docx(path, "gammal.doc", convert_legacy=True)
    assert info.value.code == "unsupported"


def test_converter_checks_the_ole_signature_itself(tmp_path, listener, monkeypatch):
    """Even called directly, convert_to_docx refuses what is not an OLE file, before any
    LibreOffice process starts."""
    import subprocess

    started = []
    monkeypatch.setattr(subprocess, "Popen", lambda *a, **k: started.append(a) or (_ for _ in ()).throw(OSError()))
    monkeypatch.setattr("hirelint.document.legacy.soffice_path", lambda: "/usr/bin/soffice")
    path = _html_doc(tmp_path / "sida.doc", listener.port)
    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(InputError) as info:
        convert_to_docx(path, "sida.doc", "webbsida sparad som Word", str(work))
    assert info.value.code == "unsupported"
    assert started == []


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice saknas")
def test_soffice_never_reaches_the_listener(tmp_path, listener):
    """The end-to-end case with LibreOffice installed: linting the HTML .doc through the CLI
    path makes no connection at all."""
    from hirelint.cli import main

    path = _html_doc(tmp_path / "annons.doc", listener.port)
    code = main(["lint", "--no-config", "--no-model", str(path)])
    time.sleep(1.0)
    assert code == 2
    assert listener.hits == []


def test_libreoffice_runs_without_network(listener):
    """What soffice is started under cannot reach even 127.0.0.1 (its own network namespace),
    where the system allows one; its profile blocks remote links either way."""
    import subprocess
    import sys
    from pathlib import Path

    from hirelint.document import legacy

    profile = Path(legacy._profile_folder())
    xcu = (profile / "user" / "registrymodifications.xcu").read_text(encoding="utf-8")
    assert "BlockUntrustedRefererLinks" in xcu
    prefix = legacy._no_network_prefix()
    if not prefix:
        pytest.skip("no unprivileged network namespace on this system")
    probe = (f"import socket\ntry:\n    socket.create_connection(('127.0.0.1', {listener.port}), 2)\n"
             "    print('connected')\nexcept OSError:\n    print('no network')")
    out = subprocess.run([*prefix, sys.executable, "-c", probe], capture_output=True, text=True,
                         timeout=30)
    assert out.stdout.strip() == "no network", out.stderr
    time.sleep(0.3)
    assert listener.hits == []
