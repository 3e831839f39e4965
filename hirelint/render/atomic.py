"""Atomic file output: write to a temporary file in the target folder, then os.replace.

A crash or a full disk never leaves a half-written report or document under the real name, and
an existing file is replaced in one step (or not at all).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_FILE_MODE = 0o666 & ~_umask()  # what open() would have given; mkstemp gives 0600


class OutputExists(FileExistsError):
    """The output file exists and overwriting was not allowed."""


def check_writable(path: Path, force: bool, inputs: tuple[Path, ...] = ()) -> None:
    """Refuse to overwrite an existing file unless ``force``, and never overwrite an input."""
    for src in inputs:
        try:
            same = path.exists() and os.path.samefile(path, src)
        except OSError:
            same = False
        if same:
            raise OutputExists(f"{path} är samma fil som indata; originalet skrivs aldrig över.")
    if path.exists() and not force:
        raise OutputExists(f"{path} finns redan; använd --force för att skriva över den.")


def atomic_write(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Call ``write(fh)`` on a temporary file beside ``path``, then move it into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
