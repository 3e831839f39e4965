"""Text that is safe to show: file names that are not valid UTF-8, and control characters.

A file name in Latin-1 bytes reaches Python with lone surrogates (os.fsdecode's
surrogateescape), which no UTF-8 writer (Excel, JSON, the terminal) can encode; it is shown with
a replacement character instead, while the real path keeps its bytes for opening the file.
Control characters in a document's text or a file's name (an ANSI escape sequence, say) would
be obeyed by the terminal; they are shown as a replacement character, one for one, so the
column under a finding's sentence still lines up.
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"
_SURROGATES = re.compile("[\ud800-\udfff]")
# C0 controls except tab and line feed, DEL, C1 controls, and the bidirectional overrides and
# isolates that can make a line read differently from what it holds.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_name(name: str) -> str:
    """A file name as it can be shown and written anywhere: lone surrogates replaced."""
    return _SURROGATES.sub(REPLACEMENT, name)


def terminal_safe(text: str) -> str:
    """Text for a terminal: lone surrogates and control characters (but tab and newline)
    replaced one for one."""
    return _CONTROLS.sub(REPLACEMENT, _SURROGATES.sub(REPLACEMENT, text))
