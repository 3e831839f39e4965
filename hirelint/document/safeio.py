"""Opening inputs safely: only regular files, never more bytes than the limit.

A FIFO would block the reader forever and a character device (/dev/zero, /dev/urandom) behind a
symlink would grow without bound, so every input is checked with stat after following links,
opened without blocking, checked again on the open descriptor (so it cannot be swapped in
between), and read with a cap of limit + 1 bytes.
"""

from __future__ import annotations

import errno
import os
import stat
from typing import BinaryIO

from hirelint.document.errors import InputError, read_error

MB = 1024 * 1024


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "en mapp"
    if stat.S_ISFIFO(mode):
        return "en namngiven pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "en enhetsfil"
    if stat.S_ISSOCK(mode):
        return "en socket"
    return "ingen vanlig fil"


def not_regular(shown: str, mode: int) -> InputError:
    """The typed error for an input that is not a regular file."""
    return InputError(
        "unsupported",
        f"{shown} är {_kind(mode)}, inte en vanlig fil; hirelint läser bara vanliga filer.",
    )


def check_regular(path: str | os.PathLike, shown: str) -> os.stat_result:
    """stat (following links) and refuse anything but a regular file. Raises InputError."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise read_error(exc, shown) from None
    if not stat.S_ISREG(st.st_mode):
        raise not_regular(shown, st.st_mode)
    return st


def open_regular(path: str | os.PathLike, shown: str) -> BinaryIO:
    """Open a regular file for reading without ever blocking on a FIFO. Raises InputError."""
    check_regular(path, shown)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise read_error(exc, shown) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):  # swapped between the stat and the open
            raise not_regular(shown, st.st_mode)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_limited(path: str | os.PathLike, shown: str, limit: int, too_large: str) -> bytes:
    """The whole file, or InputError("too-large", too_large) once it passes ``limit`` bytes
    (whatever its size said: a file can grow while it is read)."""
    with open_regular(path, shown) as fh:
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise read_error(exc, shown) from None
    if len(data) > limit:
        raise InputError("too-large", too_large)
    return data



__all__ = ["MB", "check_regular", "open_regular", "read_limited", "not_regular"]
