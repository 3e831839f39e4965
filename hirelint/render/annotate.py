"""Annotated copies of Word documents (``hirelint lint --annotate OUTDIR``).

Each finding in the body (paragraphs, tables, content controls) gets a Word comment anchored on
its exact span: runs are split at the span's edges and keep their formatting. Word cannot show
comments in headers, footers or footnotes, so findings there (and in text boxes, whose text is
stored twice for old and new Word versions) go into one summary comment on the first paragraph.
With ``track_changes`` the first rewrite of each finding is also written as a tracked change
(w:del of the old text, w:ins of the new), which the client accepts or rejects in Word; the new
text is what ``fix.apply_suggestion`` gives, so it reads the same as in the CLI and the app.

The original is only read. The copy is written atomically, and an existing file is replaced only
with ``force``. Parts that are not changed are copied byte for byte.
"""

from __future__ import annotations

import dataclasses

import bisect
import posixpath
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Optional

from lxml import etree

from hirelint.document.docx import DocxAnchor, part_walks
from hirelint.document.errors import InputError
from hirelint.document.ooxml import (
    CONTENT_TYPES,
    PKG_RELS,
    R_STRICT,
    R_TRANSITIONAL,
    Package,
    open_package,
)
from hirelint.document.wordml import Names, strip_entities
from hirelint.fix import NotApplicable, apply_suggestion
from hirelint.model import (
    CATEGORY_LABELS,
    GROUND_LABELS,
    SEVERITY_LABELS,
    Document,
    FileError,
    Finding,
    Report,
    Segment,
    Suggestion,
)
from hirelint.render.atomic import OutputExists, atomic_write, check_writable
from hirelint.render.wordsplice import XML_SPACE, SpliceError, Splicer, write_package

AUTHOR = "hirelint"
INITIALS = "HL"
COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
_PART_WORDS = {
    "header": "sidhuvud", "footer": "sidfot", "footnote": "fotnot", "endnote": "slutnot",
    "textbox": "textruta",
}


@dataclass(frozen=True)
class AnnotateResult:
    """What happened to one input: the copy written, or why not (an error or a plain skip)."""

    path: str
    output: Optional[str] = None
    error: Optional[FileError] = None
    comments: int = 0
    changes: int = 0
    skipped: Optional[str] = None  # not an error: e.g. a text file, which has no Word copy


def annotate_report(
    report: Report,
    src: Path,
    out: Path,
    *,
    findings: Optional[Iterable[Finding]] = None,
    force: bool = False,
    track_changes: bool = False,
    now: Optional[datetime] = None,
) -> AnnotateResult:
    """Write an annotated copy of ``src`` (a linted Word file) to ``out``. Never raises for a
    bad input or an existing output: the result carries a typed error instead."""
    doc = report.document
    if report.error or doc is None:
        return AnnotateResult(report.path, skipped="filen kunde inte läsas")
    if doc.source_format == "doc":
        return AnnotateResult(
            report.path, skipped="äldre Word-format; spara som .docx för att få kommentarer"
        )
    if doc.source_format != "docx":
        return AnnotateResult(report.path, skipped="textfil; bara Word-filer får kommentarer")
    if doc.text and not doc.segments:  # a programming error: the anchors are gone
        raise ValueError("annotating needs the document's segments (not a slimmed report)")
    chosen = tuple(report.findings if findings is None else findings)
    try:
        check_writable(out, force, (src,))
    except OutputExists as exc:
        return AnnotateResult(report.path, error=FileError("exists", str(exc)))
    try:
        with open_package(src, report.path) as pkg:
            edit = _Annotation(pkg, doc, now or datetime.now(timezone.utc))
            edit.apply(chosen, track_changes, report.requirements)
            atomic_write(out, edit.write_zip)
    except InputError as exc:
        return AnnotateResult(report.path, error=exc.to_file_error())
    except OSError as exc:
        return AnnotateResult(report.path, error=FileError(
            "write-failed", f"Den kommenterade kopian kunde inte skrivas: {out} ({exc.strerror or exc})."
        ))
    return AnnotateResult(report.path, output=str(out), comments=edit.comment_count,
                          changes=edit.change_count)


def comment_lines(f: Finding) -> list[tuple[str, str]]:
    """The comment for one finding as (label, text) lines: message, why, suggestions, rule."""
    lines = [("", f.message)]
    if f.why:
        lines.append(("Varför: ", f.why))
    for s in f.suggestions:
        if s.applicability == "advice":
            lines.append(("Råd: ", s.text))
            if s.question:
                lines.append(("Fråga kunden: ", s.question))
                for a in s.answers:
                    lines.append((f"Om ”{a.answer}”: ", a.wording or "stryk formuleringen."))
        else:
            lines.append(("Förslag: ", s.text or f"stryk ”{f.text}”"))
    label = GROUND_LABELS.get(f.ground or "", CATEGORY_LABELS.get(f.category, f.category))
    lines.append(("Regel: ", f"{f.code} ({label}, {SEVERITY_LABELS.get(f.severity, f.severity)})"))
    if f.legal:
        lines.append(("Rättslig grund: ", f.legal))
    return lines


def first_rewrite(f: Finding) -> Optional[Suggestion]:
    """The first suggestion that is a rewrite rather than advice."""
    return next((s for s in f.suggestions if s.applicability != "advice"), None)


def _diff_region(text: str, start: int, end: int, new: str) -> Optional[tuple[int, int, str]]:
    """The smallest (start, end, replacement) in ``text`` that turns text[start:end] into
    ``new``: common prefix and suffix are left as they are."""
    old = text[start:end]
    if old == new:
        return None
    limit = min(len(old), len(new))
    pre = 0
    while pre < limit and old[pre] == new[pre]:
        pre += 1
    suf = 0
    while suf < limit - pre and old[-1 - suf] == new[-1 - suf]:
        suf += 1
    # Keep whole words: a change that starts or ends inside a word reads badly in Word.
    while 0 < pre < len(old) and old[pre - 1].isalnum() and old[pre].isalnum():
        pre -= 1
    while 0 < suf < len(old) and old[len(old) - suf].isalnum() and old[len(old) - suf - 1].isalnum():
        suf -= 1
    return start + pre, end - suf, new[pre: len(new) - suf]


class _Annotation:
    """One document being annotated: parsed parts, id counter, and the edits made to them."""

    def __init__(self, pkg: Package, doc: Document, now: datetime):
        self.pkg = pkg
        self.doc = doc
        self.date = now.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        walks, _, names, styles = part_walks(pkg)
        for _part, root, _walk in walks:
            # Unexpanded entity references would be left without their DTD in the copy, and they
            # would sit inside the w:t elements the splicer cuts; the reader skips them too.
            strip_entities(root)
        self.names: Names = names
        self.n = names
        self.roots = {part: root for part, root, _ in walks}
        self.walks = {part: walk for part, _, walk in walks}
        self.paras = {part: list(root.iter(names.p)) for part, root in self.roots.items()}
        self.changed: set[str] = set()
        self.extra: dict[str, bytes] = {}
        self.replaced: dict[str, bytes] = {}
        self.comment_count = 0
        self.change_count = 0
        self._comments: list[tuple[int, list[tuple[str, str]]]] = []
        self._comments_part, self._comments_root = self._existing_comments()
        self._next = self._max_id() + 1
        self.splicer = Splicer(names, styles, self.new_id)
        self._starts = [s.start for s in doc.segments]
        self._verified: set[tuple[str, int]] = set()

    def new_id(self) -> int:
        value = self._next
        self._next += 1
        return value

    # -- planning -----------------------------------------------------------------------------

    def _segment(self, f: Finding) -> Optional[Segment]:
        i = bisect.bisect_right(self._starts, f.start) - 1
        if i < 0:
            return None
        seg = self.doc.segments[i]
        if f.end > seg.end or not isinstance(seg.anchor, DocxAnchor):
            return None
        return seg

    def _paragraph(self, seg: Segment) -> etree._Element:
        a: DocxAnchor = seg.anchor
        paras = self.paras.get(a.part)
        if paras is None or a.paragraph >= len(paras):
            raise InputError("changed", _changed(self.pkg.shown))
        p = paras[a.paragraph]
        key = (a.part, a.paragraph)
        if key not in self._verified:
            text = self.splicer.read(p).text
            if text[a.offset: a.offset + len(seg.text)] != seg.text:
                raise InputError("changed", _changed(self.pkg.shown))
            self._verified.add(key)
        return p

    def apply(self, findings: tuple[Finding, ...], track_changes: bool, requirements=()) -> None:
        """Place every comment, then every tracked change (right to left in each paragraph).

        Tracked changes are the requirements' validated ``review`` rewrites only: one change per
        requirement, never a wording with slots to fill (those stay in the comments), so that
        "Acceptera alla" leaves clean Swedish."""
        inline: list[tuple[str, etree._Element, int, int, Finding]] = []
        summary: list[Finding] = []
        changes: dict[int, tuple[str, etree._Element, list[tuple[int, int, str]]]] = {}
        for f in findings:
            seg = self._segment(f)
            if seg is None:
                summary.append(f)
                continue
            a: DocxAnchor = seg.anchor
            p = self._paragraph(seg)
            shift = a.offset - seg.start
            if a.kind == "body":
                inline.append((a.part, p, f.start + shift, f.end + shift, f))
            else:
                summary.append(f)
        for req in requirements if track_changes else ():
            if req.rewrite is None or req.rewrite.applicability != "review" or "[" in req.rewrite.text:
                continue
            seg = self._segment(req)
            if seg is None or seg.anchor.kind == "textbox":
                continue
            region = _diff_region(self.doc.text, req.start, req.end, req.rewrite.text)
            if region and seg.start <= region[0] and region[1] <= seg.end:
                a, p = seg.anchor, self._paragraph(seg)
                shift = a.offset - seg.start
                entry = changes.setdefault(id(p), (a.part, p, []))
                entry[2].append((region[0] + shift, region[1] + shift, region[2]))
        for part, p, s, e, f in inline:
            try:
                self._comment_span(p, s, e, comment_lines(f))
                self.changed.add(part)
            except SpliceError:
                summary.append(f)
        if summary:
            self._summary_comment(summary)
        for part, p, edits in changes.values():
            edge = None
            for s, e, new in sorted(edits, key=lambda x: (-x[0], -x[1])):
                if edge is not None and e > edge:
                    continue  # overlaps a change already written to its right
                try:
                    if self._track(p, s, e, new):
                        self.change_count += 1
                        self.changed.add(part)
                        edge = s
                except SpliceError:
                    continue
        if self.change_count:
            self._show_markup()
        self._build_parts()

    def _show_markup(self) -> None:
        """Remove a ``w:revisionView`` that hides insertions and deletions, so the client sees
        the tracked changes hirelint wrote."""
        n = self.n
        name = posixpath.join(posixpath.dirname(self.pkg.main), "settings.xml")
        if not self.pkg.has(name):
            return
        root = self.pkg.xml(name)
        hidden = [el for el in root.iter(f"{{{n.ns}}}revisionView")]
        for el in hidden:
            el.getparent().remove(el)
        if hidden:
            self.replaced[name] = _serialise(root)

    # -- comments -----------------------------------------------------------------------------

    def _comment_span(self, p: etree._Element, s: int, e: int, lines: list[tuple[str, str]]) -> None:
        n = self.n
        cid = self.new_id()
        first = self.splicer.start_run(p, s)
        last = self.splicer.end_run(p, e)
        first.addprevious(p.makeelement(n.commentRangeStart, {n.id: str(cid)}))
        end = p.makeelement(n.commentRangeEnd, {n.id: str(cid)})
        last.addnext(end)
        self._place_reference(p, end, self._reference_run(p, cid))
        self._comments.append((cid, lines))
        self.comment_count += 1

    def _place_reference(self, p: etree._Element, after: etree._Element, ref: etree._Element) -> None:
        """Put a comment's reference run after its range, as Word writes it, except in the first
        paragraph of a block content control (w:sdt; in the body or a table cell): LibreOffice
        7.x then drops the paragraph's text before the reference, so there the reference leads
        the paragraph (Word still anchors the comment on its range; LibreOffice shows it at the
        paragraph start, with all the text)."""
        if not _first_in_block_sdt(p, self.n):
            after.addnext(ref)
            return
        at = 0
        for child in p:
            if child.tag == self.n.pPr or _is_reference_run(child, self.n):
                at += 1
            else:
                break
        p.insert(at, ref)

    def _reference_run(self, p: etree._Element, cid: int) -> etree._Element:
        n = self.n
        run = p.makeelement(n.r, {})
        etree.SubElement(run, n.commentReference, {n.id: str(cid)})
        return run

    def _summary_comment(self, findings: list[Finding]) -> None:
        n = self.n
        lines = [("", f"hirelint: {len(findings)} fynd utanför brödtexten (sidhuvud, sidfot, "
                      "fotnoter eller textrutor), där Word inte visar kommentarer:")]
        for f in sorted(findings, key=lambda f: f.start):
            seg = self._segment(f)
            where = seg.location.label() if seg else f.location
            rewrite = first_rewrite(f)
            text = f"{where}: ”{f.text}” – {f.message}"
            if rewrite is not None:
                text += f" Förslag: {rewrite.text or 'stryk ordet'}."
            lines.append(("• ", f"{text} ({f.code})"))
        main = self.pkg.main
        root = self.roots[main]
        body_paras = [para for para in self.walks[main].paragraphs if para.kind == "body"]
        target = next((para.el for para in body_paras if para.text.strip()), None)
        if target is None:
            body = root.find(f"{{{n.ns}}}body")
            if body is None:
                return
            target = body.makeelement(n.p, {})
            body.insert(0, target)
        cid = self.new_id()
        ppr = target.find(n.pPr)
        at = target.index(ppr) + 1 if ppr is not None else 0
        target.insert(at, target.makeelement(n.commentRangeStart, {n.id: str(cid)}))
        end = target.makeelement(n.commentRangeEnd, {n.id: str(cid)})
        target.append(end)
        self._place_reference(target, end, self._reference_run(target, cid))
        self._comments.insert(0, (cid, lines))
        self.comment_count += 1
        self.changed.add(main)

    # -- tracked changes ----------------------------------------------------------------------

    def _track(self, p: etree._Element, s: int, e: int, new: str) -> bool:
        n = self.n
        sp = self.splicer
        attrs = {n.author: AUTHOR, n.date: self.date}
        if s == e:
            text = sp.read(p).text
            if s < len(text):
                anchor_run, before = sp.start_run(p, s), True
            else:
                anchor_run, before = sp.end_run(p, s), False
            ins = self._insertion(p, anchor_run, new, attrs)
            (anchor_run.addprevious if before else anchor_run.addnext)(ins)
            return True
        sp.start_run(p, s)
        sp.end_run(p, e)
        runs = sp.runs_between(p, s, e)
        if not runs or any(
            r.find(n.fldChar) is not None or r.find(n.instrText) is not None for r in runs
        ):
            return False  # never cut through a field's code
        groups: list[list[etree._Element]] = []
        for r in runs:
            if groups and r.getprevious() is groups[-1][-1]:
                groups[-1].append(r)
            else:
                groups.append([r])
        last = None
        for group in groups:
            d = p.makeelement(n.del_, {n.id: str(self.new_id()), **attrs})
            group[0].addprevious(d)
            for r in group:
                d.append(r)
                for t in r.findall(n.t):
                    t.tag = n.delText
                for t in r.findall(n.instrText):
                    t.tag = f"{{{n.ns}}}delInstrText"
            last = d
        if new:
            last.addnext(self._insertion(p, runs[0], new, attrs))
        return True

    def _insertion(self, p: etree._Element, like: etree._Element, new: str, attrs: dict) -> etree._Element:
        n = self.n
        ins = p.makeelement(n.ins, {n.id: str(self.new_id()), **attrs})
        run = etree.SubElement(ins, n.r)
        rpr = like.find(n.rPr)
        if rpr is not None:
            copied = etree.fromstring(etree.tostring(rpr))
            for change in copied.findall(f"{{{n.ns}}}rPrChange"):
                copied.remove(change)
            run.append(copied)
        t = etree.SubElement(run, n.t)
        t.text = new
        t.set(XML_SPACE, "preserve")
        return ins

    # -- package ------------------------------------------------------------------------------

    def _existing_comments(self) -> tuple[Optional[str], Optional[etree._Element]]:
        for rel in self.pkg.rels(self.pkg.main):
            if rel.kind == "comments" and not rel.external and self.pkg.has(rel.target):
                try:
                    root = self.pkg.xml(rel.target)
                except InputError:
                    return rel.target, None
                strip_entities(root)
                return rel.target, root
        return None, None

    def _max_id(self) -> int:
        best = 0
        roots = list(self.roots.values())
        if self._comments_root is not None:
            roots.append(self._comments_root)
        for root in roots:
            for el in root.iter():
                value = el.get(self.n.id) if isinstance(el.tag, str) else None
                if value and value.lstrip("-").isdigit():
                    best = max(best, int(value))
        return best

    def _build_parts(self) -> None:
        n = self.n
        for part in self.changed:
            self.replaced[part] = _serialise(self.roots[part])
        if not self._comments:
            return
        root = self._comments_root
        part = self._comments_part
        if root is None:
            root = etree.Element(f"{{{n.ns}}}comments", nsmap={"w": n.ns})
        for cid, lines in self._comments:
            c = etree.SubElement(root, n.comment, {
                n.id: str(cid), n.author: AUTHOR, n.date: self.date, n.initials: INITIALS,
            })
            for i, (label, text) in enumerate(lines):
                cp = etree.SubElement(c, n.p)
                if i == 0:
                    etree.SubElement(etree.SubElement(cp, n.r), f"{{{n.ns}}}annotationRef")
                if label:
                    r = etree.SubElement(cp, n.r)
                    etree.SubElement(etree.SubElement(r, n.rPr), n.b)
                    _text(r, n, label)
                _text(etree.SubElement(cp, n.r), n, _xml_safe(text))
        if part is None:
            part = self._new_part_name(posixpath.join(posixpath.dirname(self.pkg.main), "comments.xml"))
            self._add_relationship(part)
            self._add_content_type(part)
            self.extra[part] = _serialise(root)
        else:
            self.replaced[part] = _serialise(root)

    def _new_part_name(self, wanted: str) -> str:
        if not self.pkg.has(wanted):
            return wanted
        stem, ext = posixpath.splitext(wanted)
        i = 2
        while self.pkg.has(f"{stem}{i}{ext}"):
            i += 1
        return f"{stem}{i}{ext}"

    def _add_relationship(self, part: str) -> None:
        folder, base = posixpath.split(self.pkg.main)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        root = self.pkg.xml(rels_name) if self.pkg.has(rels_name) else etree.Element(
            f"{{{PKG_RELS}}}Relationships", nsmap={None: PKG_RELS}
        )
        taken = {el.get("Id") for el in root}
        i = 1
        while f"rIdHirelint{i}" in taken:
            i += 1
        rel_ns = R_STRICT if self.pkg.strict else R_TRANSITIONAL
        etree.SubElement(root, f"{{{PKG_RELS}}}Relationship", {
            "Id": f"rIdHirelint{i}", "Type": f"{rel_ns}/comments",
            "Target": posixpath.relpath(part, folder or "."),
        })
        if self.pkg.has(rels_name):
            self.replaced[rels_name] = _serialise(root)
        else:
            self.extra[rels_name] = _serialise(root)

    def _add_content_type(self, part: str) -> None:
        root = self.pkg.xml("[Content_Types].xml")
        etree.SubElement(root, f"{{{CONTENT_TYPES}}}Override", {
            "PartName": "/" + part, "ContentType": COMMENTS_TYPE,
        })
        self.replaced["[Content_Types].xml"] = _serialise(root)

    def write_zip(self, fh) -> None:
        """Write the package: changed parts replaced, new parts added, the rest copied."""
        write_package(self.pkg, fh, self.replaced, self.extra)


def _first_in_block_sdt(p: etree._Element, n: Names) -> bool:
    """Whether ``p`` is the first paragraph of a block-level content control's content."""
    parent = p.getparent()
    if parent is None or parent.tag != n.sdtContent:
        return False
    return not any(isinstance(sib.tag, str) and sib.tag in (n.p, n.tbl)
                   for sib in p.itersiblings(preceding=True))


def _is_reference_run(el: etree._Element, n: Names) -> bool:
    return el.tag == n.r and any(c.tag == n.commentReference for c in el)


def _text(run: etree._Element, n: Names, text: str) -> None:
    t = etree.SubElement(run, n.t)
    t.text = text
    t.set(XML_SPACE, "preserve")


def _xml_safe(text: str) -> str:
    """Drop characters XML 1.0 cannot hold (control characters from odd lexicon text)."""
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20)


def _serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _changed(shown: str) -> str:
    return f"{shown} har ändrats sedan granskningen; granska filen igen innan den kommenteras."
