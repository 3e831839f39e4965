"""Write an edited draft back into its Word file: the original package with the edits spliced
into its runs, so tables, headers, footers, styles, numbering, content controls and everything
else the editor never showed survive a save.

The editor holds ``Document.text`` of the .docx as read: the non-empty paragraphs, stripped,
joined with "\\n", each segment anchored to its w:p (``DocxAnchor``). The edited text is
compared with that text; each change is carried out in the paragraphs it touches, right to left
so the offsets of earlier changes stay valid:

- inside one paragraph: the runs are cut at the edges (``Splicer``) and the new text goes into
  a new run with the formatting of the run it replaces or follows;
- a new line splits the paragraph (the new paragraph copies the paragraph's properties: style,
  list numbering); where the cut falls inside a hyperlink or content control, a line break
  (w:br) stands in for it, which reads back the same;
- deleted whole paragraphs are removed (a table cell keeps its last paragraph, empty);
- joined paragraphs are merged when they share a container (not across table cells).

The copy is re-read and its text compared with the editor's: ``SpliceResult.exact`` says whether
the file reads back exactly as the draft.
"""

from __future__ import annotations

import bisect
import copy
import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from lxml import etree

from hirelint.document.docx import DocxAnchor, part_walks
from hirelint.document.errors import InputError
from hirelint.document.ooxml import Package, open_package
from hirelint.document.wordml import Names, strip_entities
from hirelint.model import Document, Segment
from hirelint.render.atomic import atomic_write
from hirelint.render.wordsplice import XML_SPACE, SpliceError, Splicer, write_package

_BLOCKS = ("p", "tbl", "sdt", "customXml")


@dataclass(frozen=True)
class SpliceResult:
    """The Word copy written, and whether it reads back exactly as the edited text."""

    output: str
    exact: bool
    changes: int


def can_splice(original: Optional[Document], source: Optional[Path]) -> bool:
    """Whether ``original`` (the draft as read) can be written back into ``source``."""
    return (original is not None and source is not None and original.source_format == "docx"
            and Path(source).is_file()
            and all(isinstance(s.anchor, DocxAnchor) for s in original.segments))


def write_edited_docx(source: Path, original: Document, text: str, out: Path,
                      *, title: Optional[str] = None) -> SpliceResult:
    """Write ``text`` (the edited ``original.text``) into a copy of ``source`` at ``out``.

    Raises InputError if ``source`` cannot be read or no longer holds ``original`` (it was
    changed on disk since it was opened), and OSError if ``out`` cannot be written."""
    from hirelint.document.docx import read_docx

    source, out = Path(source), Path(out)
    with open_package(source, source.name) as pkg:
        editor = _Editor(pkg, original)
        changes = editor.apply(text)
        if title is not None:
            editor.set_title(title)
        atomic_write(out, editor.write_zip)
    exact = read_docx(out, out.name).text == text
    return SpliceResult(str(out), exact, changes)


_TOKEN = re.compile(r"\w+|\n|[^\S\n]+|[^\w\s]", re.UNICODE)


def _opcodes(old: str, new: str) -> list[tuple[int, int, str]]:
    """The changes turning ``old`` into ``new`` as (start, end, replacement) in ``old``, word by
    word (a changed word is replaced whole, so its new run is not cut into letters)."""
    if old == new:
        return []
    pre = 0
    limit = min(len(old), len(new))
    while pre < limit and old[pre] == new[pre]:
        pre += 1
    suf = 0
    while suf < limit - pre and old[-1 - suf] == new[-1 - suf]:
        suf += 1
    # widen to whole words, so the comparison below sees words, not their ends
    while pre > 0 and old[pre - 1].isalnum():
        pre -= 1
    while suf > 0 and old[len(old) - suf].isalnum():
        suf -= 1
    a, b = old[pre: len(old) - suf], new[pre: len(new) - suf]
    ta, tb = _TOKEN.findall(a), _TOKEN.findall(b)
    if not ta or not tb or len(ta) * len(tb) > 4_000_000:
        return [(pre, len(old) - suf, b)]
    starts_a = [0]
    for t in ta:
        starts_a.append(starts_a[-1] + len(t))
    starts_b = [0]
    for t in tb:
        starts_b.append(starts_b[-1] + len(t))
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes():
        if tag != "equal":
            out.append((pre + starts_a[i1], pre + starts_a[i2], b[starts_b[j1]: starts_b[j2]]))
    return out


class _Editor:
    """One package being edited: parsed parts and the paragraphs of the original text."""

    def __init__(self, pkg: Package, doc: Document):
        self.pkg = pkg
        self.doc = doc
        walks, _, names, styles = part_walks(pkg)
        for _part, root, _walk in walks:
            strip_entities(root)
        self.n: Names = names
        self.roots = {part: root for part, root, _ in walks}
        self.paras = {part: list(root.iter(names.p)) for part, root in self.roots.items()}
        self.splicer = Splicer(names, styles, self._new_id)
        self._next_id = 1 + max((int(v) for root in self.roots.values() for el in root.iter()
                                 if isinstance(el.tag, str)
                                 for v in [el.get(names.id)] if v and v.lstrip("-").isdigit()),
                                default=0)
        self.segments: list[Segment] = list(doc.segments)
        self._starts = [s.start for s in self.segments]
        self._elements: dict[int, etree._Element] = {}
        self.changed: set[str] = set()
        self.replaced: dict[str, bytes] = {}

    def _new_id(self) -> int:
        self._next_id += 1
        return self._next_id

    # -- locating -----------------------------------------------------------------------------

    def _seg_at(self, pos: int) -> int:
        """Index of the segment holding ``pos`` (its end, just before the "\\n", included)."""
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def _p(self, i: int) -> etree._Element:
        """The w:p of segment ``i``, checked against the text it had when the draft was read."""
        p = self._elements.get(i)
        if p is not None:
            return p
        seg = self.segments[i]
        a: DocxAnchor = seg.anchor
        paras = self.paras.get(a.part)
        if paras is None or a.paragraph >= len(paras):
            raise InputError("changed", _changed(self.pkg.shown))
        p = paras[a.paragraph]
        if self.splicer.read(p).text[a.offset: a.offset + len(seg.text)] != seg.text:
            raise InputError("changed", _changed(self.pkg.shown))
        self._elements[i] = p
        return p

    def _local(self, i: int, pos: int) -> int:
        seg = self.segments[i]
        return pos - seg.start + seg.anchor.offset

    # -- applying -----------------------------------------------------------------------------

    def apply(self, text: str) -> int:
        ops = _opcodes(self.doc.text, text)
        for i in range(len(self.segments)):  # the file must still be the one that was read
            self._p(i)
        if not self.segments:
            if text.strip():
                self._append_to_body(text)
            return len(ops)
        for start, end, new in reversed(ops):
            self._change(start, end, new)
        for part in self.changed:
            self.replaced[part] = _serialise(self.roots[part])
        return len(ops)

    def _change(self, start: int, end: int, new: str) -> None:
        a = self._seg_at(start)
        b = self._seg_at(end)
        seg_a, seg_b = self.segments[a], self.segments[b]
        if start > seg_a.start + len(seg_a.text):  # pragma: no cover - separators map to a
            a += 1
        pa = self._p(a)
        self.changed.add(seg_a.anchor.part)
        if a == b:
            self._replace_with_lines(pa, self._local(a, start), self._local(a, end), new)
            return
        pb = self._p(b)
        self.changed.add(seg_b.anchor.part)
        whole_a = start <= seg_a.start and not new
        whole_b = end >= seg_b.start + len(seg_b.text)
        # right to left: the tail of b, the paragraphs in between, then a
        if whole_b and not whole_a:
            self._remove_paragraph(pb)
            pb = None
        else:
            self._replace(pb, self._local(b, seg_b.start), self._local(b, end), "")
        for k in range(b - 1, a, -1):
            self.changed.add(self.segments[k].anchor.part)
            self._remove_paragraph(self._p(k))
        if whole_a:
            self._remove_paragraph(pa)
            if whole_b and pb is not None:
                self._remove_paragraph(pb)
            return
        last = self._replace_with_lines(pa, self._local(a, start),
                                        self._local(a, seg_a.start + len(seg_a.text)), new)
        if pb is not None:
            self._join(last, pb)

    def _replace_with_lines(self, p: etree._Element, s: int, e: int, new: str) -> etree._Element:
        """Replace [s, e) of ``p``'s text with ``new``; each "\\n" in it starts a new paragraph.
        Returns the paragraph holding the end of the new text."""
        lines = new.split("\n")
        if len(lines) == 1:
            self._replace(p, s, e, new)
            return p
        self._replace(p, s, e, lines[0])
        at = s + len(lines[0])
        like = self._run_near(p, at)
        tail = self._split(p, at)
        if tail is None:  # the cut falls inside a hyperlink or content control: line breaks
            self._replace(p, at, at, "\n" + "\n".join(lines[1:]), like=like)
            return p
        prev = p
        for line in lines[1:-1]:
            q = self._empty_like(p)
            prev.addnext(q)
            self._replace(q, 0, 0, line, like=like)
            prev = q
        self._replace(tail, 0, 0, lines[-1], like=like)
        return tail

    def _replace(self, p: etree._Element, s: int, e: int, new: str,
                 like: Optional[etree._Element] = None) -> None:
        """Replace [s, e) of one paragraph's text with ``new`` (which may hold tabs and line
        breaks), the new run formatted like the text it replaces."""
        sp = self.splicer
        if s < e:
            sp.start_run(p, s)
            sp.end_run(p, e)
            para = sp.read(p)
            pieces = [pc for pc in para.pieces if pc.start >= s and pc.end <= e]
            if any(pc.start < e and pc.end > s and not (pc.start >= s and pc.end <= e)
                   for pc in para.pieces):
                raise SpliceError("a piece straddles the edit")
            if not pieces:
                raise SpliceError("no text in the edited range")
            first = pieces[0].run
            if new:
                first.addprevious(self._run(new, first))
            runs = []
            for pc in pieces:
                parent = pc.el.getparent()
                if parent is not None:
                    parent.remove(pc.el)
                if pc.run not in runs:
                    runs.append(pc.run)
            for r in runs:
                if all(c.tag == self.n.rPr for c in r) and r.getparent() is not None:
                    r.getparent().remove(r)
            return
        if not new:
            return
        text = sp.read(p).text
        if s < len(text):
            r = sp.start_run(p, s)
            r.addprevious(self._run(new, like if like is not None else r))
        elif text:
            r = sp.end_run(p, s)
            r.addnext(self._run(new, like if like is not None else r))
        else:
            p.append(self._run(new, like, paragraph=p))

    def _run(self, text: str, like: Optional[etree._Element],
             paragraph: Optional[etree._Element] = None) -> etree._Element:
        n = self.n
        run = etree.Element(n.r)
        rpr = like.find(n.rPr) if like is not None else None
        if rpr is None and paragraph is not None:
            ppr = paragraph.find(n.pPr)
            mark = ppr.find(n.rPr) if ppr is not None else None
            if mark is not None:  # the paragraph mark's formatting
                rpr = copy.deepcopy(mark)
                for tag in (n.ins, n.del_, f"{{{n.ns}}}moveFrom", f"{{{n.ns}}}moveTo"):
                    for el in rpr.findall(tag):
                        rpr.remove(el)
        if rpr is not None:
            rpr = copy.deepcopy(rpr)
            for change in rpr.findall(f"{{{n.ns}}}rPrChange"):
                rpr.remove(change)
            run.append(rpr)
        buf = ""
        for ch in text:
            if ch in "\t\n":
                if buf:
                    _t(run, n, buf)
                    buf = ""
                etree.SubElement(run, n.tab if ch == "\t" else n.br)
            else:
                buf += ch
        if buf:
            _t(run, n, buf)
        return run

    def _run_near(self, p: etree._Element, at: int) -> Optional[etree._Element]:
        """The run whose formatting text typed at ``at`` takes: the one before, else after."""
        pieces = self.splicer.read(p).pieces
        before = [pc for pc in pieces if pc.start < at]
        if before:
            return before[-1].run
        return pieces[0].run if pieces else None

    # -- paragraphs ---------------------------------------------------------------------------

    def _empty_like(self, p: etree._Element) -> etree._Element:
        """A new paragraph with ``p``'s properties (style, numbering), without a section break."""
        n = self.n
        q = etree.Element(n.p)
        ppr = p.find(n.pPr)
        if ppr is not None:
            ppr = copy.deepcopy(ppr)
            for tag in ("sectPr", "pPrChange"):
                for el in ppr.findall(f"{{{n.ns}}}{tag}"):
                    ppr.remove(el)
            q.append(ppr)
        return q

    def _split(self, p: etree._Element, at: int) -> Optional[etree._Element]:
        """Split ``p`` at text offset ``at``: everything from there moves to a new paragraph
        right after it, which is returned. None if the cut is inside an inline container."""
        text = self.splicer.read(p).text
        q = self._empty_like(p)
        if at < len(text):
            r = self.splicer.start_run(p, at)
            if r.getparent() is not p:
                return None
            for el in [r, *r.itersiblings()]:
                q.append(el)
        else:
            # Whatever follows the last text (bookmark ends, comment ends) stays with p.
            pass
        p.addnext(q)
        return q

    def _remove_paragraph(self, p: etree._Element) -> None:
        """Remove a paragraph; one that must stay (a cell's last, a section break) is emptied."""
        n = self.n
        parent = p.getparent()
        if parent is None:
            return
        ppr = p.find(n.pPr)
        keeps_section = ppr is not None and ppr.find(f"{{{n.ns}}}sectPr") is not None
        blocks = [c for c in parent if isinstance(c.tag, str)
                  and etree.QName(c).localname in _BLOCKS and c is not p]
        if keeps_section or not blocks:
            text = self.splicer.read(p).text
            if text:
                self._replace(p, 0, len(text), "")
            return
        parent.remove(p)

    def _join(self, a: etree._Element, b: etree._Element) -> None:
        """Merge paragraph ``b`` into ``a`` (the text between them was deleted), when both sit
        in the same container; across table cells or parts they stay apart."""
        if a is b or a.getparent() is None or a.getparent() is not b.getparent():
            return
        n = self.n
        for el in [c for c in b if c.tag != n.pPr]:
            a.append(el)
        b.getparent().remove(b)

    def _append_to_body(self, text: str) -> None:
        """An empty document: the text goes in as plain paragraphs before the section break."""
        n = self.n
        main = self.pkg.main
        body = self.roots[main].find(n.body)
        if body is None:
            return
        sect = body.find(f"{{{n.ns}}}sectPr")
        for line in text.split("\n"):
            q = etree.Element(n.p)
            if line:
                q.append(self._run(line, None))
            if sect is not None:
                sect.addprevious(q)
            else:
                body.append(q)
        self.changed.add(main)
        self.replaced[main] = _serialise(self.roots[main])

    # -- package ------------------------------------------------------------------------------

    def set_title(self, title: str) -> None:
        """Set dc:title in the core properties, when the package has them."""
        name = "docProps/core.xml"
        if not self.pkg.has(name):
            return
        try:
            root = self.pkg.xml(name)
        except InputError:
            return
        dc = "http://purl.org/dc/elements/1.1/"
        el = root.find(f"{{{dc}}}title")
        if el is None:
            el = etree.SubElement(root, f"{{{dc}}}title")
        el.text = title
        self.replaced[name] = _serialise(root)

    def write_zip(self, fh) -> None:
        """Write the package: changed parts replaced, the rest copied byte for byte."""
        write_package(self.pkg, fh, self.replaced)


def _t(run: etree._Element, n: Names, text: str) -> None:
    t = etree.SubElement(run, n.t)
    t.text = text
    if text != text.strip():
        t.set(XML_SPACE, "preserve")


def _serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _changed(shown: str) -> str:
    return (f"{shown} har ändrats på disken sedan den öppnades; ändringarna kunde inte föras in "
            "i originalets formatering.")
