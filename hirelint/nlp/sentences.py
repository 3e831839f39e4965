"""A fast rule-based sentence splitter for locating matches.

Ads scraped from the web often glue sentences ("…Björken.Waldorfpedagogiken…") and use many
abbreviations ("t.ex.", "bl.a."); this splitter handles both. It only decides which sentence a
match belongs to; the spaCy pipeline analyses that sentence further when needed.
"""

from __future__ import annotations

import regex

_ABBREVIATIONS = {
    "t.ex", "bl.a", "m.m", "o.s.v", "osv", "etc", "inkl", "exkl", "ca", "resp", "fr.o.m",
    "t.o.m", "s.k", "d.v.s", "dvs", "f.d", "t.ex", "p.g.a", "pga", "enl", "st", "kr", "tel",
    "nr", "m.fl", "mfl", "el", "jfr", "ang", "avd", "tf", "prof", "dr", "mr", "e.d", "o.d",
    "bl.a", "fr", "kl", "max", "min", "mån", "tis", "ons", "tors", "fre", "lör", "sön", "vd",
}
# A sentence ends after . ! ? (and closing quotes/brackets) followed by space and a capital or
# digit, or glued to a capitalised word ("arbetet.Tjänsten"), or at a line break.
_BOUNDARY = regex.compile(
    r"""(?<=[.!?…][”"')\]]?)\s+(?=[\p{Lu}\d"”'(•\-–])"""
    r"""|(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})"""
    r"""|\n+""",
    regex.V1,
)
# A list enumerator on its own ("2.", "b)", "IV.") opens an item; it is not a sentence.
_ENUMERATOR = regex.compile(r"(?:\d{1,2}|[a-zA-Z]|[IVX]{1,4})[.)]")
_LAST_WORD = regex.compile(r"([\w.]+)[.!?]?[”\"')\]]?\s*$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in ``text``; together they cover all non-space text."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        cut = m.start()
        if m.group(0).strip() or "\n" not in m.group(0):
            tail = text[max(start, cut - 12):cut]
            w = _LAST_WORD.search(tail)
            if w and w.group(1).rstrip(".").lower() in _ABBREVIATIONS and "\n" not in m.group(0):
                continue
        if "\n" not in m.group(0) and _ENUMERATOR.fullmatch(text[start:cut].strip()):
            continue
        if text[start:cut].strip():
            spans.append(_trim(text, start, cut))
        start = m.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
