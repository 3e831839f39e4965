"""Plain-text reader (.txt, .md, stdin): encoding detection and paragraph segmentation.

Swedish files from Windows are often Windows-1252; others are UTF-8 (with or without BOM) or
UTF-16 with BOM. We decode so that å, ä, ö are never garbled, normalise line ends to "\\n" and
Unicode to NFC (a decomposed "å" from a Mac must match like a composed one). Offsets in findings
index this normalised text.
"""

from __future__ import annotations

import codecs
import threading
import unicodedata
from pathlib import Path

import regex

from hirelint.document.errors import InputError
from hirelint.document.safeio import check_regular, read_limited
from hirelint.model import Document, Location, Segment

MAX_TEXT_BYTES = 20 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode file bytes; returns (text, encoding name). Never raises for Swedish text."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(name, errors="replace"), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        # UTF-16 without BOM: mostly-ASCII text has every other byte zero.
        even_zeros = data[1:4096:2].count(0)
        odd_zeros = data[0:4096:2].count(0)
        name = "utf-16-le" if even_zeros > odd_zeros else "utf-16-be"
        return data.decode(name, errors="replace"), name
    # UTF-8 where it is valid, Windows-1252 byte by byte where it is not: one stray byte from a
    # Windows program no longer turns every "å" of an otherwise UTF-8 file into "Ã¥", and no
    # byte is lost. A file with no valid UTF-8 sequence at all is plain Windows-1252.
    _fallbacks.count = 0
    text = data.decode("utf-8", errors=_HANDLER)
    high = len(data.translate(None, _ASCII))  # bytes outside ASCII
    if _fallbacks.count >= high:
        return text, "cp1252"
    return text, MIXED


MIXED = "utf-8+cp1252"
MIXED_NOTE = (
    "Filen är sparad som UTF-8 men innehåller {n} tecken i Windows-1252 (till exempel från "
    "ett annat program); de har lästs som Windows-1252. Kontrollera å, ä och ö i de raderna."
)
_HANDLER = "hirelint-cp1252"
_ASCII = bytes(range(128))
_fallbacks = threading.local()


def _cp1252_fallback(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejected as Windows-1252 (Latin-1 for its five unused bytes)."""
    bad = exc.object[exc.start: exc.end]
    _fallbacks.count = getattr(_fallbacks, "count", 0) + len(bad)
    out = []
    for b in bad:
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out), exc.end


codecs.register_error(_HANDLER, _cp1252_fallback)


def decode_text(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decoded text and the notes to show with it (a file mixing UTF-8 and Windows-1252)."""
    text, name = decode_bytes(data)
    notes = (MIXED_NOTE.format(n=_fallbacks.count),) if name == MIXED else ()
    return text, notes


def normalise(text: str) -> str:
    """CRLF/CR to LF, NFC, and no NUL characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return unicodedata.normalize("NFC", text)


def read_text(path: Path, display_path: str | None = None) -> Document:
    """Read a .txt/.md file. Raises InputError for missing, unreadable or too large files."""
    shown = display_path or str(path)
    size = check_regular(path, shown).st_size
    if size > MAX_TEXT_BYTES:
        raise InputError("too-large", _too_large(shown, size))
    data = read_limited(path, shown, MAX_TEXT_BYTES, _too_large(shown, MAX_TEXT_BYTES + 1))
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and _looks_binary(data):
        raise InputError("unsupported", f"{shown} ser ut att vara en binärfil, inte text.")
    text, notes = decode_text(data)
    text = normalise(text)
    return Document(path=shown, text=text, segments=segment_text(text), source_format="text",
                    notes=notes)


def _too_large(shown: str, size: int) -> str:
    limit = MAX_TEXT_BYTES // (1024 * 1024)
    return (
        f"{shown} är större än {limit} MB ({size / (1024 * 1024):.1f} MB eller mer); hirelint "
        f"läser textfiler upp till {limit} MB. Dela upp filen."
    )


def looks_binary(data: bytes) -> bool:
    """Binary rather than text (UTF-16 with a BOM is text)."""
    return not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and _looks_binary(data)


def _looks_binary(data: bytes) -> bool:
    """Binary if control bytes abound; UTF-16 without BOM (zeros in one byte lane) is text."""
    sample = data[:4096]
    if not sample:
        return False
    if 0 in sample:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        half = max(1, len(sample) // 2)
        if max(even, odd) > 0.3 * half and min(even, odd) < 0.05 * half:
            return False
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) // 10


_LIST_ITEM = regex.compile(r"^\s*(?:[-*•–·▪◦]|\d+[.)])\s+")
_MD_HEADING = regex.compile(r"^\s*#{1,6}\s+")


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    if _MD_HEADING.match(stripped):
        return True
    if not stripped or len(stripped) > 60 or _LIST_ITEM.match(stripped):
        return False
    words = stripped.rstrip(":").split()
    return (
        len(words) <= 6
        and stripped[-1] not in ".!?,;"
        and (stripped.endswith(":") or stripped[0].isupper())
    )


def segment_text(text: str) -> tuple[Segment, ...]:
    """Split text into segments: blank-line blocks, with list items and headings on their own.

    A hard-wrapped paragraph stays one segment (its sentences continue across lines).
    """
    segments: list[Segment] = []
    block_start = None
    paragraph = 0
    pos = 0
    lines = text.split("\n")

    def close(end: int) -> None:
        nonlocal block_start, paragraph
        if block_start is not None:
            chunk = text[block_start:end]
            stripped = chunk.rstrip()
            if stripped.strip():
                lead = len(chunk) - len(chunk.lstrip())
                paragraph += 1
                segments.append(
                    Segment(
                        text=stripped[lead:],
                        start=block_start + lead,
                        location=Location(paragraph=paragraph),
                        heading=_is_heading(stripped) and "\n" not in stripped.strip(),
                    )
                )
        block_start = None

    for i, line in enumerate(lines):
        line_end = pos + len(line)
        if not line.strip():
            close(pos)
        else:
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            heading = _is_heading(line) and (
                not nxt or bool(_LIST_ITEM.match(nxt)) or nxt[0].isupper() or line.rstrip().endswith(":")
                or bool(_MD_HEADING.match(line))
            )
            standalone = bool(_LIST_ITEM.match(line)) or heading
            if standalone:
                close(pos)
                block_start = pos
                close(line_end)
            else:
                if block_start is None:
                    block_start = pos
        pos = line_end + 1
    close(len(text))
    return tuple(segments)
