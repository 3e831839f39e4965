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
# The longest sentence in the 98 real ads is about 1,500 characters. A "sentence" longer than
# this (a pasted list without full stops, or a hostile file) is cut into pieces of at most this
# length, at a comma, semicolon or space: the context filters look at the whole sentence for each
# match, so an unbounded sentence made linting quadratic in its length.
MAX_SENTENCE = 2_000


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
    if any(e - s > MAX_SENTENCE for s, e in spans):
        spans = [piece for s, e in spans for piece in _cut_long(text, s, e)]
    return spans


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Pieces of at most MAX_SENTENCE characters: cut after the last comma or semicolon in the
    second half of the window, else at the last space, else hard."""
    out: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        half = start + MAX_SENTENCE // 2
        cut = max(text.rfind(",", half, limit), text.rfind(";", half, limit))
        if cut >= 0:
            cut += 1
        else:
            space = max(text.rfind(" ", half, limit), text.rfind("\t", half, limit))
            cut = space if space > start else limit
        piece = _trim(text, start, cut)
        if piece[1] > piece[0]:
            out.append(piece)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(_trim(text, start, end))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
