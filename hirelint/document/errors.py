"""The typed error every reader raises for input it cannot read."""

from __future__ import annotations

from hirelint.model import FileError


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
    return InputError("unreadable", f"Filen kan inte läsas: {shown} ({exc.strerror}).")
