"""The typed error every reader raises for input it cannot read."""

from __future__ import annotations

import errno

from hirelint.model import FileError

# Plain Swedish for the operating-system errors an input can meet (strerror is English).
_ERRNO_SV = {
    errno.ELOOP: "en symbolisk länk som pekar i en slinga",
    errno.EISDIR: "det är en mapp",
    errno.ENOTDIR: "en del av sökvägen är inte en mapp",
    errno.ENAMETOOLONG: "namnet är för långt",
    errno.EIO: "läsfel på disken",
    errno.ENXIO: "enheten finns inte",
    errno.ETXTBSY: "filen används",
    errno.EAGAIN: "filen är inte klar att läsas",
}


class InputError(Exception):
    """An input that cannot be linted; ``code`` is one of the contract's typed error codes."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message

    def to_file_error(self) -> FileError:
        return FileError(self.code, self.message)


def read_error(exc: OSError, shown: str) -> InputError:
    """The typed error for an operating-system error met while reading an input."""
    if isinstance(exc, FileNotFoundError):
        return InputError("not-found", f"Filen finns inte: {shown}")
    if isinstance(exc, PermissionError):
        return InputError("unreadable", f"Filen kan inte läsas (saknar behörighet): {shown}")
    why = _ERRNO_SV.get(exc.errno or 0, f"systemfel {exc.errno}" if exc.errno else "okänt fel")
    return InputError("unreadable", f"Filen kan inte läsas: {shown} ({why}).")
