"""Walk WordprocessingML parts into paragraphs of text, with a map from text offsets to runs.

The same walk serves the reader (text to lint) and the writer (where to put a comment): both
see the text as a reader of the document sees it, with tracked changes accepted (``w:ins``
read, ``w:del``/``w:moveFrom`` skipped), one branch of each ``mc:AlternateContent``, content
controls opened, field codes skipped and field results read. Text boxes are read as their own
paragraphs right after the paragraph that holds them. Nested tables keep the outer table's
number, row and cell, which is where a person finds them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Iterator, Optional

from lxml import etree

from hirelint.document.ooxml import MC

_FALSE = {"0", "false", "off", "none"}


class Names:
    """Clark-notation tag names for one WordprocessingML namespace (transitional or Strict)."""

    def __init__(self, ns: str):
        self.ns = ns
        for local in (
            "p", "r", "t", "tab", "ptab", "br", "cr", "noBreakHyphen", "softHyphen", "sym",
            "tbl", "tr", "tc", "sdt", "sdtContent", "customXml", "smartTag", "hyperlink",
            "fldSimple", "ins", "del", "moveFrom", "moveTo", "bdo", "dir", "txbxContent",
            "drawing", "pict", "object", "rPr", "pPr", "pStyle", "rStyle", "b", "bCs",
            "outlineLvl", "val", "type", "style", "styleId", "name", "basedOn", "altChunk",
            "numPr", "footnote", "endnote", "id", "delText", "instrText", "fldChar",
            "commentRangeStart", "commentRangeEnd", "commentReference", "vanish", "ruby",
            "rubyBase", "body", "comment", "author", "date", "initials", "annotationRef",
        ):
            setattr(self, local, f"{{{ns}}}{local}")
        self.del_ = f"{{{ns}}}del"  # "del" is a Python keyword
        self.alternate = f"{{{MC}}}AlternateContent"
        self.choice = f"{{{MC}}}Choice"
        self.fallback = f"{{{MC}}}Fallback"


@dataclass
class Piece:
    """A stretch of a paragraph's text and the element it comes from."""

    start: int
    end: int
    el: etree._Element  # w:t, w:tab, w:br, …
    run: etree._Element  # the w:r holding it
    raw: str = ""  # the element's own text when it differs from the normalised text


@dataclass
class Paragraph:
    """One w:p as read: its text, where it sits, and the pieces that make up the text."""

    el: etree._Element
    text: str
    pieces: list[Piece]
    kind: str = "body"  # body | textbox | header | footer | footnote | endnote
    table: Optional[int] = None
    row: Optional[int] = None
    cell: Optional[int] = None
    style: Optional[str] = None
    outline: bool = False  # the paragraph itself carries an outline level (0–8)
    numbered: bool = False  # a list item (w:numPr)
    bold: bool = False  # every visible character is bold


@dataclass
class _Context:
    kind: str
    table: Optional[int] = None
    row: Optional[int] = None
    cell: Optional[int] = None


@dataclass
class Walk:
    """State of one part's walk: the paragraphs found, table numbering, what was seen."""

    names: Names
    styles: "Styles"
    paragraphs: list[Paragraph] = field(default_factory=list)
    tables: int = 0
    tracked: bool = False
    alt_chunks: int = 0


class Styles:
    """The few facts about styles.xml that headings and bold lines need."""

    def __init__(self, root: Optional[etree._Element], names: Names):
        self.heading: dict[str, bool] = {}
        self.bold: dict[str, bool] = {}
        self.default_paragraph: Optional[str] = None
        if root is None:
            return
        raw: dict[str, tuple[str, Optional[str], bool, Optional[bool]]] = {}
        for st in root.iter(names.style):
            sid = st.get(names.styleId)
            if not sid:
                continue
            name_el = st.find(names.name)
            name = (name_el.get(names.val) if name_el is not None else "") or ""
            based = st.find(names.basedOn)
            ppr = st.find(names.pPr)
            outline = ppr is not None and _outline(ppr, names)
            rpr = st.find(names.rPr)
            bold = _bold_flag(rpr, names) if rpr is not None else None
            raw[sid] = (name, based.get(names.val) if based is not None else None, outline, bold)
            if st.get(names.type) == "paragraph" and st.get(f"{{{names.ns}}}default") in ("1", "true", "on"):
                self.default_paragraph = sid
        for sid in raw:
            self.heading[sid] = self._chain(raw, sid, lambda n, o, b: _heading_name(n) or o)
            self.bold[sid] = bool(self._chain(raw, sid, lambda n, o, b: b, stop_on_value=True))

    @staticmethod
    def _chain(raw, sid, test, stop_on_value=False):
        seen = set()
        while sid and sid in raw and sid not in seen:
            seen.add(sid)
            name, based, outline, bold = raw[sid]
            value = test(name, outline, bold)
            if stop_on_value:
                if value is not None:
                    return value
            elif value:
                return True
            sid = based
        return None if stop_on_value else False


def _heading_name(name: str) -> bool:
    low = name.strip().lower()
    if low in ("title", "subtitle", "rubrik", "underrubrik"):
        return True
    head, _, num = low.rpartition(" ")
    return head in ("heading", "rubrik") and num.isdigit()


def _outline(ppr: etree._Element, names: Names) -> bool:
    lvl = ppr.find(names.outlineLvl)
    if lvl is None:
        return False
    try:
        return 0 <= int(lvl.get(names.val, "9")) <= 8
    except ValueError:
        return False


def _bold_flag(rpr: etree._Element, names: Names) -> Optional[bool]:
    b = rpr.find(names.b)
    if b is None:
        return None
    return (b.get(names.val) or "1").lower() not in _FALSE


def choose_branch(alt: etree._Element, names: Names) -> Optional[etree._Element]:
    """The one branch of mc:AlternateContent we read: the first Choice, else the Fallback."""
    choice = alt.find(names.choice)
    if choice is not None:
        return choice
    return alt.find(names.fallback)


def walk_part(root: etree._Element, names: Names, styles: Styles, kind: str) -> Walk:
    """All paragraphs of one part (document, header, footer, footnotes, endnotes)."""
    walk = Walk(names, styles)
    if kind in ("footnote", "endnote"):
        note_tag = names.footnote if kind == "footnote" else names.endnote
        for note in root.iter(note_tag):
            if note.get(names.type) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            _blocks(note, walk, _Context(kind))
    elif kind == "body":
        ctx = _Context(kind)
        for body in root.iter(names.body):  # a broken file may hold more than one
            _blocks(body, walk, ctx)
    else:
        _blocks(root, walk, _Context(kind))
    return walk


def _blocks(container: etree._Element, walk: Walk, ctx: _Context) -> None:
    n = walk.names
    for child in container:
        tag = child.tag
        if tag == n.p:
            _paragraph(child, walk, ctx)
        elif tag == n.tbl:
            _table(child, walk, ctx)
        elif tag == n.sdt:
            content = child.find(n.sdtContent)
            if content is not None:
                _blocks(content, walk, ctx)
        elif tag in (n.customXml, n.ins, n.moveTo, n.smartTag):
            if tag in (n.ins, n.moveTo):
                walk.tracked = True
            _blocks(child, walk, ctx)
        elif tag in (n.del_, n.moveFrom):
            walk.tracked = True
        elif tag == n.alternate:
            branch = choose_branch(child, n)
            if branch is not None:
                _blocks(branch, walk, ctx)
        elif tag == n.altChunk:
            walk.alt_chunks += 1


def _children(el: etree._Element, want: str, n: Names) -> Iterator[etree._Element]:
    """Rows of a table or cells of a row, looking through content controls and custom XML."""
    for child in el:
        tag = child.tag
        if tag == want:
            yield child
        elif tag == n.sdt:
            content = child.find(n.sdtContent)
            if content is not None:
                yield from _children(content, want, n)
        elif tag in (n.customXml, n.ins, n.moveTo):
            yield from _children(child, want, n)
        elif tag == n.alternate:
            branch = choose_branch(child, n)
            if branch is not None:
                yield from _children(branch, want, n)


def _table(tbl: etree._Element, walk: Walk, ctx: _Context) -> None:
    n = walk.names
    nested = ctx.table is not None
    if not nested:
        walk.tables += 1
        number = walk.tables
    for r, row in enumerate(_children(tbl, n.tr, n), 1):
        for c, cell in enumerate(_children(row, n.tc, n), 1):
            inner = ctx if nested else _Context(ctx.kind, number, r, c)
            _blocks(cell, walk, inner)


def _paragraph(p: etree._Element, walk: Walk, ctx: _Context) -> None:
    n = walk.names
    parts: list[str] = []
    pieces: list[Piece] = []
    boxes: list[etree._Element] = []
    bold_all = [True, False]  # [every visible run bold, any visible text]
    ppr = p.find(n.pPr)
    style = None
    outline = numbered = False
    if ppr is not None:
        ps = ppr.find(n.pStyle)
        style = ps.get(n.val) if ps is not None else None
        outline = _outline(ppr, n)
        numbered = ppr.find(n.numPr) is not None
    para_bold = walk.styles.bold.get(style or walk.styles.default_paragraph or "", False)
    pos = 0

    def add(text: str, el, run, raw: str = "") -> None:
        nonlocal pos
        if not text:
            return
        parts.append(text)
        pieces.append(Piece(pos, pos + len(text), el, run, raw))
        pos += len(text)

    def run_bold(rpr) -> bool:
        if rpr is not None:
            flag = _bold_flag(rpr, n)
            if flag is not None:
                return flag
            rs = rpr.find(n.rStyle)
            if rs is not None and walk.styles.bold.get(rs.get(n.val) or ""):
                return True
        return para_bold

    def inline(el) -> None:
        for child in el:
            tag = child.tag
            if tag == n.r:
                run(child)
            elif tag in (n.hyperlink, n.smartTag, n.customXml, n.fldSimple, n.bdo, n.dir):
                inline(child)
            elif tag in (n.ins, n.moveTo):
                walk.tracked = True
                inline(child)
            elif tag in (n.del_, n.moveFrom):
                walk.tracked = True
            elif tag == n.sdt:
                content = child.find(n.sdtContent)
                if content is not None:
                    inline(content)
            elif tag == n.alternate:
                branch = choose_branch(child, n)
                if branch is not None:
                    inline(branch)

    def run(r) -> None:
        nonlocal pos
        rpr = None
        visible = False
        first, first_box, bold_before = len(pieces), len(boxes), bold_all[:]
        for child in r:
            tag = child.tag
            if tag == n.t:
                raw = element_text(child)
                if raw:
                    norm = raw if raw.isascii() else unicodedata.normalize("NFC", raw)
                    add(norm, child, r, raw if norm != raw else "")
                    visible = visible or not norm.isspace()
            elif tag == n.rPr:  # first child of a run, by the schema
                rpr = child
                hidden = rpr.find(n.vanish)
                if hidden is not None and (hidden.get(n.val) or "1").lower() not in _FALSE:
                    if len(pieces) > first:  # a malformed run with text before its properties
                        pos = pieces[first].start
                        del parts[first:], pieces[first:]
                    del boxes[first_box:]
                    bold_all[:] = bold_before
                    return  # hidden text: a reader of the document never sees it
            elif tag in (n.tab, n.ptab):
                add("\t", child, r)
            elif tag in (n.br, n.cr):
                add("\n", child, r)
            elif tag == n.noBreakHyphen:
                add("-", child, r)
                visible = True
            elif tag in (n.drawing, n.pict, n.object, n.alternate):
                boxes.extend(_textboxes(child, n))
            elif tag == n.ruby:  # read the base text, not the pronunciation guide above it
                base = child.find(n.rubyBase)
                if base is not None:
                    start = len(parts)
                    inline(base)
                    visible = visible or any(t.strip() for t in parts[start:])
        if visible:
            if not run_bold(rpr):
                bold_all[0] = False
            bold_all[1] = True

    inline(p)
    text = "".join(parts)
    walk.paragraphs.append(Paragraph(
        el=p, text=text, pieces=pieces, kind=ctx.kind, table=ctx.table, row=ctx.row,
        cell=ctx.cell, style=style, outline=outline, numbered=numbered,
        bold=bold_all[0] and bold_all[1],
    ))
    for box in boxes:
        kind = "textbox" if ctx.kind == "body" else ctx.kind
        _blocks(box, walk, _Context(kind))


def _textboxes(el: etree._Element, n: Names) -> Iterator[etree._Element]:
    """Text box contents inside a drawing, VML shape or object; one branch of each alternate."""
    if el.tag == n.alternate:
        branch = choose_branch(el, n)
        if branch is not None:
            yield from _textboxes(branch, n)
        return
    for child in el:
        if not isinstance(child.tag, str):
            continue
        if child.tag == n.txbxContent:
            yield child
        elif child.tag == n.alternate:
            branch = choose_branch(child, n)
            if branch is not None:
                yield from _textboxes(branch, n)
        else:
            yield from _textboxes(child, n)


def paragraph_index(root: etree._Element, names: Names) -> dict[etree._Element, int]:
    """Each w:p's ordinal in document order: the paragraph identity anchors refer to."""
    return {p: i for i, p in enumerate(root.iter(names.p))}


def is_heading(para: Paragraph, styles: Styles) -> bool:
    """A Word heading style or outline level, or a short bold line such as "Krav" or "Meriterande"."""
    text = para.text.strip()
    if not text or "\n" in text:
        return False
    if para.outline or (para.style and styles.heading.get(para.style)):
        return len(text) <= 120
    if not para.bold or para.numbered or len(text) > 60 or text[-1] in ".!?,;":
        return False
    return len(text.rstrip(":").split()) <= 6 and any(ch.isalpha() for ch in text)


def read_paragraph(p: etree._Element, names: Names, styles: Styles) -> Paragraph:
    """One paragraph read again on its own (after the writer changed its runs)."""
    walk = Walk(names, styles)
    _paragraph(p, walk, _Context("body"))
    return walk.paragraphs[0]


def element_text(t: etree._Element) -> str:
    """A w:t's text. Entity references are never expanded; the text after one is still read."""
    if len(t) == 0:
        return t.text or ""
    return (t.text or "") + "".join(c.tail or "" for c in t)


def strip_entities(root: etree._Element) -> None:
    """Remove unexpanded entity references, keeping the text around them (see element_text)."""
    for ent in list(root.iter(etree.Entity)):
        parent = ent.getparent()
        if parent is None:
            continue
        if ent.tail:
            prev = ent.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + ent.tail
            else:
                parent.text = (parent.text or "") + ent.tail
        parent.remove(ent)
