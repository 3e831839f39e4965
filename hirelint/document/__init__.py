"""Document readers: turn a file (or stdin) into a Document with located segments.

Every reader returns a Document or raises InputError with a typed code; callers turn that into
a FileError in the report so one bad file never stops a batch.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import Iterable, Iterator

from hirelint.document.errors import InputError, read_error
from hirelint.document.safeio import not_regular
from hirelint.document.plaintext import MAX_TEXT_BYTES, decode_bytes, read_text
from hirelint.model import Document
from hirelint.safetext import clean_name

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
WORD_SUFFIXES = {".docx", ".docm", ".dotx", ".dotm"}
LINTABLE_SUFFIXES = TEXT_SUFFIXES | WORD_SUFFIXES | {".doc"}

__all__ = [
    "InputError",
    "LINTABLE_SUFFIXES",
    "OUTPUT_MARKER",
    "MAX_TEXT_BYTES",
    "decode_bytes",
    "iter_inputs",
    "read_document",
    "read_text",
]


class UnreadableFolder(type(Path())):  # type: ignore[misc]  # PosixPath or WindowsPath
    """A folder met while walking that could not be listed; reading it gives its typed error.
    Pickles (to worker processes) with what made it unreadable."""

    def __new__(cls, *args, shown: str = "", denied: bool = False):
        return super().__new__(cls, *args)

    def __init__(self, *args, shown: str = "", denied: bool = False):
        if sys.version_info >= (3, 12):
            super().__init__(*args)
        self.shown = shown
        self.denied = denied

    def __reduce__(self):
        return _unreadable_folder, (str(self), self.shown, self.denied)

    def input_error(self, shown: str) -> InputError:
        why = "saknar behörighet" if self.denied else "kan inte listas"
        return InputError(
            "unreadable",
            f"Mappen {shown} kan inte läsas ({why}); filerna i den har inte granskats.",
        )


def _unreadable_folder(path: str, shown: str, denied: bool) -> UnreadableFolder:
    return UnreadableFolder(path, shown=shown, denied=denied)


def read_document(path: str | os.PathLike, display_path: str | None = None) -> Document:
    """Read one file by its extension. Raises InputError (typed) when it cannot be read."""
    shown = display_path or str(path)
    if isinstance(path, UnreadableFolder):
        raise path.input_error(shown)
    p = Path(path)
    suffix = p.suffix.lower()
    try:
        st = os.stat(p)  # follows links: a link loop or a dangling link is told apart here
    except OSError as exc:
        raise read_error(exc, shown) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError("unsupported", f"{shown} är en mapp, inte en fil.")
    if not stat.S_ISREG(st.st_mode):  # a FIFO blocks, a device never ends
        raise not_regular(shown, st.st_mode)
    if suffix in WORD_SUFFIXES or suffix == ".doc":
        try:
            from hirelint.document import docx as docx_reader
        except ImportError as exc:  # the Word reader is optional until it lands
            raise InputError(
                "unsupported", f"Word-filer kan inte läsas i den här versionen ({exc})."
            ) from None
        return docx_reader.read_docx(p, shown)
    if suffix in TEXT_SUFFIXES or suffix == "":
        return read_text(p, shown)
    raise InputError(
        "unsupported",
        f"Filtypen {suffix} stöds inte. hirelint läser .txt, .md och Word-filer (.docx).",
    )


OUTPUT_MARKER = ".hirelint-utdata"  # written into an --annotate folder; such folders are skipped


def iter_inputs(paths: list[str], skip: Iterable[str | os.PathLike] = ()) -> Iterator[tuple[str, Path | None]]:
    """Expand the CLI's paths: files as given, folders walked recursively for lintable files.

    Yields (display path, real path); "-" (stdin) yields ("-", None). Missing paths (and empty
    arguments) are yielded too, so the caller reports them as typed errors. Folders in ``skip``
    (this run's --annotate folder) and folders holding OUTPUT_MARKER (an earlier run's) are not
    walked, so annotated copies are never linted again or copied into themselves.
    """
    skipped = {os.path.realpath(s) for s in skip}
    for raw in paths:
        if raw == "-":
            yield "-", None
            continue
        p = Path(raw)
        if raw and p.is_dir():  # Path("") is the current folder; "" is not a request for it
            found = []
            failed: list[OSError] = []
            for root, dirs, files in os.walk(p, onerror=failed.append):
                if root != str(p) and (os.path.realpath(root) in skipped or OUTPUT_MARKER in files):
                    dirs[:] = []
                    continue
                dirs[:] = sorted(
                    d for d in dirs
                    if not d.startswith(".") and os.path.realpath(os.path.join(root, d)) not in skipped
                )
                for name in files:
                    if name.startswith((".", "~$")):
                        continue
                    if Path(name).suffix.lower() in LINTABLE_SUFFIXES:
                        full = Path(root) / name
                        found.append(full)
            for exc in failed:  # a subfolder os.walk could not list: say so, never skip silently
                where = Path(exc.filename) if exc.filename else p
                try:
                    shown = str(Path(raw) / where.relative_to(p))
                except ValueError:
                    shown = str(where)
                found.append(UnreadableFolder(where, shown=clean_name(shown),
                                             denied=isinstance(exc, PermissionError)))
            for full in sorted(found):
                yield clean_name(str(Path(raw) / full.relative_to(p))), full
        else:
            yield clean_name(raw), p
