"""Cut Word runs at text offsets, keeping their formatting, so markup can go around a span.

A finding's span rarely starts and ends on run boundaries ("ung" inside "Vi söker en ung och
hungrig säljare" is one run). ``start_run``/``end_run`` split the w:t and its w:r (the new run
gets a copy of the run properties) so that a run begins, or ends, exactly at the offset.
Offsets are those of the paragraph text as ``wordml`` reads it, re-read after every change.
"""

from __future__ import annotations

import copy
import unicodedata
from typing import Callable, Optional

from lxml import etree

from hirelint.document.wordml import Names, Paragraph, Piece, Styles, read_paragraph

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


class SpliceError(ValueError):
    """The paragraph does not hold the text the finding points at (it changed, or is odd)."""


class Splicer:
    """Run surgery on the paragraphs of one part."""

    def __init__(self, names: Names, styles: Styles, new_id: Callable[[], int]):
        self.n = names
        self.styles = styles
        self.new_id = new_id

    def read(self, p: etree._Element) -> Paragraph:
        return read_paragraph(p, self.n, self.styles)

    def start_run(self, p: etree._Element, offset: int) -> etree._Element:
        """Split so that a run starts exactly at ``offset``; return that run."""
        para = self.read(p)
        piece = _piece_at(para.pieces, offset)
        if piece is None:
            raise SpliceError(f"no text at offset {offset}")
        el = piece.el
        if offset > piece.start:
            el = self._split_text(piece, offset - piece.start)
        return self._split_run_before(el)

    def end_run(self, p: etree._Element, offset: int) -> etree._Element:
        """Split so that a run ends exactly at ``offset``; return that run."""
        para = self.read(p)
        piece = _piece_at(para.pieces, offset - 1)
        if piece is None:
            raise SpliceError(f"no text before offset {offset}")
        if offset < piece.end:
            self._split_text(piece, offset - piece.start)
        return self._split_run_after(piece.el)

    def runs_between(self, p: etree._Element, start: int, end: int) -> list[etree._Element]:
        """The runs holding the text in [start, end), in order (after start_run/end_run)."""
        para = self.read(p)
        runs: list[etree._Element] = []
        for piece in para.pieces:
            if piece.start >= start and piece.end <= end and piece.run not in runs:
                runs.append(piece.run)
            elif piece.start < end and piece.end > start and not (piece.start >= start and piece.end <= end):
                raise SpliceError("a piece straddles the span edge")
        return runs

    # -- internals ---------------------------------------------------------------------------

    def _split_text(self, piece: Piece, k: int) -> etree._Element:
        """Cut a w:t after ``k`` characters (of its normalised text); return the second half."""
        el = piece.el
        if el.tag != self.n.t:
            raise SpliceError("cannot cut inside a tab or break")
        raw = el.text or ""
        cut = _raw_offset(raw, k) if piece.raw else k
        second = etree.Element(el.tag, nsmap=None)
        for name, value in el.attrib.items():
            second.set(name, value)
        second.text = raw[cut:]
        el.text = raw[:cut]
        for half in (el, second):
            if half.text != half.text.strip() or not half.text:
                half.set(XML_SPACE, "preserve")
        second.tail = el.tail
        el.tail = None
        el.addnext(second)
        return second

    def _clone_run(self, run: etree._Element) -> etree._Element:
        new = etree.Element(run.tag)
        for name, value in run.attrib.items():
            new.set(name, value)
        rpr = run.find(self.n.rPr)
        if rpr is not None:
            rpr_copy = copy.deepcopy(rpr)
            for change in rpr_copy.iter(f"{{{self.n.ns}}}rPrChange"):
                change.set(self.n.id, str(self.new_id()))  # revision ids stay unique
            new.append(rpr_copy)
        return new

    def _split_run_before(self, el: etree._Element) -> etree._Element:
        run = el.getparent()
        if run is None or run.tag != self.n.r:
            raise SpliceError("text outside a run")
        before = [c for c in run if c is not el and c.tag != self.n.rPr and _precedes(c, el)]
        if not before:
            return run
        new = self._clone_run(run)
        moving = [el, *el.itersiblings()]
        for c in moving:
            new.append(c)
        run.addnext(new)
        return new

    def _split_run_after(self, el: etree._Element) -> etree._Element:
        run = el.getparent()
        if run is None or run.tag != self.n.r:
            raise SpliceError("text outside a run")
        after = list(el.itersiblings())
        if not after:
            return run
        new = self._clone_run(run)
        for c in after:
            new.append(c)
        run.addnext(new)
        return run


def _precedes(a: etree._Element, b: etree._Element) -> bool:
    for sib in b.itersiblings(preceding=True):
        if sib is a:
            return True
    return False


def _piece_at(pieces: list[Piece], offset: int) -> Optional[Piece]:
    for piece in pieces:
        if piece.start <= offset < piece.end:
            return piece
    return None


def _raw_offset(raw: str, k: int) -> int:
    """The index in ``raw`` where its NFC form reaches ``k`` characters."""
    for j in range(len(raw) + 1):
        if len(unicodedata.normalize("NFC", raw[:j])) >= k:
            return j
    return len(raw)


def write_package(pkg, fh, replaced: dict, extra: Optional[dict] = None) -> None:
    """Write a Word package to ``fh``: the parts in ``replaced`` swapped in, the parts in
    ``extra`` added, every other part copied byte for byte with its compression and attributes."""
    import zipfile

    written: set[str] = set()
    with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as out:
        for info in pkg.zf.infolist():
            name = info.filename.replace("\\", "/").lstrip("/")
            if name in written or info.is_dir():
                continue
            written.add(name)
            data = replaced.get(name)
            if data is None:
                data = pkg.read(name)
            zi = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            zi.compress_type = zipfile.ZIP_STORED if info.compress_type == zipfile.ZIP_STORED else zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            out.writestr(zi, data)
        for name, data in (extra or {}).items():
            if name not in written:
                out.writestr(name, data)
