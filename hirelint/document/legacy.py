"""Older Word formats (.doc 97–2003, Word 2003 XML, RTF, Word 2): recognise them and, when
LibreOffice is installed, convert them to .docx in a private temporary folder.

LibreOffice runs headless with its own throw-away profile per process (so parallel jobs do not
fight over one profile), without network or a user interface, and is killed after a timeout.
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path
from typing import Optional

from hirelint.document.errors import InputError

CONVERT_TIMEOUT = 90  # seconds; the first conversion also creates the LibreOffice profile

_profile: dict[int, str] = {}  # process id -> profile folder (forked workers get their own)


def sniff_legacy(head: bytes) -> Optional[str]:
    """Name the older word-processor format of a non-zip, non-OLE file, or None."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:4096]
    low = start.lower()
    if start.startswith(b"{\\rtf"):
        return "RTF"
    if low.startswith(b"<?xml") or low.startswith(b"<w:worddocument"):
        if b"schemas.microsoft.com/office/word/2003/wordml" in low:
            return "Word 2003 XML"
        if b"pkg:package" in low or b"schemas.microsoft.com/office/2006/xmlpackage" in low:
            return "Word XML (Flat OPC)"
        return None
    if head[:2] in (b"\xdb\xa5", b"\x31\xbe", b"\xfe\x37"):
        return "Word 2 eller äldre"
    if low.startswith((b"<html", b"<!doctype html")) or b"mime-version:" in low[:200]:
        return "webbsida sparad som Word"
    return None


def soffice_path() -> Optional[str]:
    """LibreOffice's command line program, when it is installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def how_to_convert(shown: str, kind: str) -> str:
    """The plain Swedish message when a legacy file cannot be converted here."""
    return (
        f"{shown} är ett äldre format ({kind}) som hirelint inte läser direkt. Öppna filen i Word "
        "och välj Arkiv > Spara som > Word-dokument (.docx), eller installera LibreOffice så "
        "konverterar hirelint den själv (soffice --headless --convert-to docx)."
    )


def convert_to_docx(path: Path, shown: str, kind: str, workdir: str) -> Path:
    """Convert ``path`` to .docx inside ``workdir`` with LibreOffice. Raises InputError."""
    soffice = soffice_path()
    if soffice is None:
        raise InputError("legacy-doc", how_to_convert(shown, kind))
    src = Path(workdir) / ("input" + _suffix_for(kind))
    shutil.copyfile(path, src)
    out_dir = Path(workdir) / "out"
    out_dir.mkdir()
    cmd = [
        soffice, "--headless", "--invisible", "--norestore", "--nologo", "--nolockcheck",
        "--nodefault", f"-env:UserInstallation={Path(_profile_folder()).as_uri()}",
        "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out_dir), str(src),
    ]
    try:
        proc = subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError:
        raise InputError("legacy-doc", how_to_convert(shown, kind)) from None
    try:
        proc.wait(timeout=CONVERT_TIMEOUT)
    except subprocess.TimeoutExpired:
        _kill(proc)
        raise InputError(
            "legacy-doc",
            f"{shown} ({kind}) kunde inte konverteras inom {CONVERT_TIMEOUT} sekunder. Öppna filen "
            "i Word och spara den som .docx.",
        ) from None
    result = out_dir / "input.docx"
    if proc.returncode != 0 or not result.is_file() or result.stat().st_size == 0:
        raise InputError(
            "legacy-doc",
            f"{shown} ({kind}) kunde inte konverteras med LibreOffice; filen kan vara skadad. "
            "Öppna den i Word och spara som .docx.",
        )
    return result


def _suffix_for(kind: str) -> str:
    return {"RTF": ".rtf", "Word 2003 XML": ".xml", "Word XML (Flat OPC)": ".xml",
            "webbsida sparad som Word": ".html"}.get(kind, ".doc")


def _kill(proc: subprocess.Popen) -> None:
    """End the converter and anything it started (it runs in its own process group)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, AttributeError, OSError):
        proc.kill()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pass


def _profile_folder() -> str:
    """A LibreOffice profile folder private to this process, removed when it exits.

    A worker process of ``--jobs N`` (multiprocessing) ends with ``os._exit``, which skips
    ``atexit``; its own exit hook runs multiprocessing's finalizers, so the folder (about
    550 KB) is registered there too."""
    pid = os.getpid()
    folder = _profile.get(pid)
    if folder is None or not os.path.isdir(folder):
        folder = tempfile.mkdtemp(prefix="hirelint-lo-")
        _profile[pid] = folder
        atexit.register(_remove_profile, pid, folder)
        import multiprocessing
        import multiprocessing.util

        if multiprocessing.parent_process() is not None:
            multiprocessing.util.Finalize(None, _remove_profile, args=(pid, folder), exitpriority=10)
    return folder


def _remove_profile(pid: int, folder: str) -> None:
    """Remove a profile folder, only in the process that made it (a forked child inherits the
    parent's atexit list and must not delete the parent's profile)."""
    if os.getpid() == pid:
        shutil.rmtree(folder, ignore_errors=True)
        if _profile.get(pid) == folder:
            del _profile[pid]
