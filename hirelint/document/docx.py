"""The Word reader: .docx, .docm, .dotx, .dotm (transitional and Strict OOXML), and older
formats (.doc and relatives) through LibreOffice when it is installed.

Read as a reader of the document sees it: body paragraphs, tables (nested too), text boxes,
content controls, headers, footers, footnotes and endnotes, with tracked changes accepted.
Macros are never run: only XML parts are read. Each segment carries a DocxAnchor (part name,
paragraph identity, run boundaries) so findings can be written back at the exact place; anchors
hold only plain values, so documents and reports pickle across worker processes.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from lxml import etree

from hirelint.document.errors import InputError, read_error
from hirelint.document.legacy import convert_to_docx, not_convertible, sniff_legacy
from hirelint.document.ole import inspect_ole, is_ole
from hirelint.document.safeio import check_regular, open_regular, read_limited
from hirelint.document.ooxml import (
    MAX_FILE_BYTES,
    MAX_TEXT_CHARS,
    MB,
    Package,
    encrypted_message,
    open_package,
)
from hirelint.document.wordml import Names, Styles, Walk, is_heading, paragraph_index, walk_part
from hirelint.model import Document, Location, Segment

TRACKED_NOTE = (
    "Dokumentet innehåller spårade ändringar; texten har granskats som om alla ändringar var "
    "godkända."
)
ALT_CHUNK_NOTE = (
    "Dokumentet innehåller inklistrat innehåll från en annan fil (altChunk) som inte har granskats."
)

# Parts besides the body, as (relationship type, location part), in page order: headers come
# before the body in Document.text, footers and notes after it.
_BEFORE_BODY = (("header", "header"),)
_AFTER_BODY = (("footer", "footer"), ("footnotes", "footnote"), ("endnotes", "endnote"))
_SIDE_LABELS = {"header": "Ett sidhuvud", "footer": "En sidfot", "footnote": "Fotnoterna",
                "endnote": "Slutnoterna"}


@dataclass(frozen=True)
class DocxAnchor:
    """Where a segment's text lives in the Word package (plain values only; picklable).

    ``paragraph`` is the w:p's ordinal among all w:p elements of ``part`` in document order;
    ``offset`` is where the segment's text starts in that paragraph's text; ``runs`` are the
    text pieces (from w:t, w:tab, w:br …) as (start, end) offsets into the segment's text.
    """

    part: str
    paragraph: int
    offset: int
    runs: tuple[tuple[int, int], ...]
    kind: str = "body"  # body | textbox | header | footer | footnote | endnote


def read_docx(path: str | Path, shown: Optional[str] = None, *, convert_legacy: bool = True) -> Document:
    """Read a Word file into a Document. Raises InputError with a typed code.

    Older formats are converted with LibreOffice (when installed and ``convert_legacy``);
    otherwise the error says how to convert them.
    """
    path = Path(path)
    shown = shown or str(path)
    size = check_regular(path, shown).st_size
    if size > MAX_FILE_BYTES:
        raise InputError("too-large", _too_large_file(shown, size))
    with open_regular(path, shown) as fh:
        try:
            head = fh.read(8192)
        except OSError as exc:
            raise read_error(exc, shown) from None
    if not head:
        raise InputError("corrupt", f"{shown} är tom (0 byte).")
    if head[:2] == b"PK":
        return read_package(path, shown)
    if is_ole(head):
        info = inspect_ole(read_limited(path, shown, MAX_FILE_BYTES, _too_large_file(shown, MAX_FILE_BYTES + 1)))
        if info.office_encrypted or info.word_encrypted:
            raise InputError("encrypted", encrypted_message(shown))
        if info.is_word:
            return _legacy(path, shown, "Word 97–2003", convert_legacy)
        raise InputError(
            "unsupported",
            f"{shown} är en äldre Office-fil men inte ett Word-dokument (kanske Excel eller "
            "PowerPoint). hirelint läser Word-filer och textfiler.",
        )
    kind = sniff_legacy(head)
    if kind:
        # Never handed to LibreOffice: an HTML, RTF or XML file would make it go on the network.
        raise InputError("unsupported", not_convertible(shown, kind))
    if head.startswith(b"\xffWPC"):
        raise InputError(
            "unsupported",
            f"{shown} är ett WordPerfect-dokument. Öppna det i Word eller LibreOffice och spara "
            "som .docx.",
        )
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        raise InputError("corrupt", f"{shown} är skadad och kan inte läsas.")
    raise InputError(
        "unsupported",
        f"{shown} är inte ett Word-dokument (filen har fel innehåll för sitt namn). hirelint "
        "läser .docx, .docm, .dotx, .dotm, .doc och textfiler.",
    )


def _too_large_file(shown: str, size: int) -> str:
    return (
        f"{shown} är {max(size // MB, MAX_FILE_BYTES // MB)} MB eller mer; hirelint läser Word-filer "
        f"upp till {MAX_FILE_BYTES // MB} MB. Ta bort stora bilder eller dela upp dokumentet."
    )


def _legacy(path: Path, shown: str, kind: str, convert: bool) -> Document:
    from hirelint.document.legacy import how_to_convert

    if not convert:
        raise InputError("legacy-doc", how_to_convert(shown, kind))
    with tempfile.TemporaryDirectory(prefix="hirelint-doc-") as tmp:
        converted = convert_to_docx(path, shown, kind, tmp)
        try:
            doc = read_package(converted, shown)
        except InputError as exc:
            raise InputError(
                "legacy-doc",
                f"{shown} ({kind}) konverterades men resultatet kunde inte läsas: {exc.message}",
            ) from None
    note = (
        f"Filen är i ett äldre format ({kind}) och har konverterats till .docx med LibreOffice "
        "före granskningen; spara den som .docx i Word för att få kommentarer i dokumentet."
    )
    return Document(
        path=doc.path, text=doc.text, segments=tuple(
            Segment(s.text, s.start, s.location, s.heading) for s in doc.segments
        ), notes=(note, *doc.notes), source_format="doc",
    )


def read_package(path: Path, shown: str) -> Document:
    """Read an OOXML Word package (zip)."""
    with open_package(path, shown) as pkg:
        return _read(pkg)


def part_walks(pkg: Package) -> tuple[list[tuple[str, etree._Element, Walk]], list[str], Names, Styles]:
    """Walk the body and the side parts. Returns (part name, root, walk) triples, the notes,
    and the names and styles used. A side part with broken XML is skipped with a note."""
    names = Names(pkg.w_ns)
    rels = pkg.rels(pkg.main)
    styles_root = None
    for rel in rels:
        if rel.kind == "styles" and not rel.external and pkg.has(rel.target):
            styles_root = _optional_xml(pkg, rel.target)
            break
    styles = Styles(styles_root, names)
    notes: list[str] = []
    seen = {pkg.main}

    def side(parts) -> list[tuple[str, etree._Element, Walk]]:
        out = []
        for rel_kind, kind in parts:
            for rel in rels:
                if rel.kind != rel_kind or rel.external or rel.target in seen or not pkg.has(rel.target):
                    continue
                seen.add(rel.target)
                root = _optional_xml(pkg, rel.target)
                if root is None:
                    notes.append(f"{_SIDE_LABELS[kind]} kunde inte läsas (trasig XML) och har inte granskats.")
                    continue
                out.append((rel.target, root, walk_part(root, names, styles, kind)))
        return out

    before = side(_BEFORE_BODY)
    body = [(pkg.main, pkg.main_root, walk_part(pkg.main_root, names, styles, "body"))]
    walks = before + body + side(_AFTER_BODY)
    return walks, notes, names, styles


def _optional_xml(pkg: Package, name: str) -> Optional[etree._Element]:
    try:
        return pkg.xml(name)
    except InputError as exc:
        if exc.code in ("too-large", "encrypted"):
            raise
        return None


def _read(pkg: Package) -> Document:
    walks, notes, names, styles = part_walks(pkg)
    segments: list[Segment] = []
    chunks: list[str] = []
    pos = 0
    counters: dict[str, int] = {}
    tracked = alt_chunks = False
    for part, root, walk in walks:
        tracked = tracked or walk.tracked
        alt_chunks = alt_chunks or walk.alt_chunks > 0
        index = paragraph_index(root, names)
        for para in walk.paragraphs:
            text = para.text
            stripped = text.strip()
            if not stripped:
                continue
            lead = len(text) - len(text.lstrip())
            number = None
            if para.table is None:
                counters[para.kind] = number = counters.get(para.kind, 0) + 1
            location = Location(
                part=para.kind, paragraph=number, table=para.table, row=para.row, cell=para.cell
            )
            runs = tuple(
                (max(p.start - lead, 0), min(p.end - lead, len(stripped)))
                for p in para.pieces
                if p.end > lead and p.start < lead + len(stripped)
            )
            anchor = DocxAnchor(part, index[para.el], lead, runs, para.kind)
            if chunks:
                pos += 1
            segments.append(Segment(
                text=stripped, start=pos, location=location,
                heading=is_heading(para, styles) or (not para.numbered and _colon_heading(stripped)),
                anchor=anchor,
            ))
            chunks.append(stripped)
            pos += len(stripped)
            if pos > MAX_TEXT_CHARS:
                raise InputError(
                    "too-large",
                    f"{pkg.shown} innehåller mer än {MAX_TEXT_CHARS:,} tecken text".replace(",", " ")
                    + "; hirelint granskar inte så stora dokument. Dela upp dokumentet.",
                )
    if tracked:
        notes.insert(0, TRACKED_NOTE)
    if alt_chunks:
        notes.append(ALT_CHUNK_NOTE)
    return Document(
        path=pkg.shown, text="\n".join(chunks), segments=tuple(segments), notes=tuple(notes),
        source_format="docx",
    )


def _colon_heading(text: str) -> bool:
    """"Vi söker dig som:" or "Meriterande:" on a line of its own opens a section."""
    return text.endswith(":") and "\n" not in text and len(text.split()) <= 6 and len(text) <= 60
