"""Atomic file output: write to a temporary file in the target folder, then os.replace.

A crash or a full disk never leaves a half-written report or document under the real name, and
an existing file is replaced in one step (or not at all).
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path
from typing import BinaryIO, Callable, Iterable

# Our temporary files: ".NAME.hirelint-PID.XXXXXXXX.tmp" beside NAME (mkstemp's eight characters).
TEMP_RE = re.compile(r"^\.(?P<name>.+)\.hirelint-(?P<pid>\d+)\.[a-z0-9_]{8}\.tmp$")
# Written by versions before the pid was in the name: ".NAME.XXXXXXXX.tmp" for our output types.
_OLD_TEMP_RE = re.compile(r"^\.(?P<name>.+\.(?:docx|docm|dotx|dotm|xlsx))\.[a-z0-9_]{8}\.tmp$")
STALE_AFTER = 3600.0  # seconds


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
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.hirelint-{os.getpid()}.",
                               suffix=".tmp")
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


def _pid_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError, ValueError):
        return pid <= 0
    return False


def sweep_stale_temp(folders: Iterable[Path], recursive: bool = False,
                     now: float | None = None) -> list[Path]:
    """Remove temporary files left by an earlier run that was killed: only our exact name
    pattern, and only when the process that wrote it is gone or the file is over an hour old
    (the old pattern without a pid: only by age). Returns what was removed."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            continue
        walker = os.walk(folder) if recursive else [(str(folder), [], os.listdir(folder))]
        for root, _dirs, files in walker:
            for name in files:
                new, old = TEMP_RE.match(name), _OLD_TEMP_RE.match(name)
                if not new and not old:
                    continue
                full = Path(root) / name
                try:
                    st = os.lstat(full)
                except OSError:
                    continue
                if not os.path.isfile(full) or os.path.islink(full):
                    continue
                aged = now - st.st_mtime > STALE_AFTER
                if aged or (new and _pid_gone(int(new.group("pid")))):
                    try:
                        os.unlink(full)
                        removed.append(full)
                    except OSError:
                        pass
    return removed
