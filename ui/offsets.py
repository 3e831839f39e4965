"""Map between Python string indices (code points) and Qt text positions (UTF-16 units).

Findings index the text in code points; QTextCursor counts UTF-16 code units, so every character
outside the Basic Multilingual Plane (emoji, some symbols) shifts the two apart by one.
"""

from __future__ import annotations

from bisect import bisect_right


class OffsetMap:
    """Converts positions for one text. Cheap when the text has no astral characters."""

    def __init__(self, text: str):
        self.text = text
        # Indices (code points) of the characters that take two UTF-16 units.
        self._astral = [] if _bmp_only(text) else [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_qt(self, index: int) -> int:
        """Code-point index -> Qt position."""
        if not self._astral:
            return index
        return index + bisect_right(self._astral, index - 1)

    def from_qt(self, position: int) -> int:
        """Qt position -> code-point index (a position inside a surrogate pair rounds down)."""
        if not self._astral:
            return position
        lo, hi = 0, len(self._astral)
        # Count astral characters that end at or before ``position`` in Qt units.
        while lo < hi:
            mid = (lo + hi) // 2
            if self._astral[mid] + mid + 2 <= position:
                lo = mid + 1
            else:
                hi = mid
        index = position - lo
        if lo < len(self._astral) and self._astral[lo] + lo < position:
            index -= 1  # inside a pair
        return index


def _bmp_only(text: str) -> bool:
    return text.isascii() or max(text, default="\0") <= "\uffff"
