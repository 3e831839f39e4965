"""The app's outputs: the cleaned ad (.txt, .docx), the annotated Word copy and the client
report (.docx, PDF). All written atomically to new files; the draft's own file is never touched.

The Word, Excel and client-report renderers live in the core (``hirelint.render``); this module
only feeds them what the editor holds and prints the client report to PDF with Qt.
"""

from __future__ import annotations

import io
import re
import tempfile
from pathlib import Path
from typing import Iterable, Optional

from hirelint.decisions import finding_key
from hirelint.model import Document, Report
from hirelint.render.atomic import atomic_write

_HEADING_MD = re.compile(r"^(#{1,6})\s+")
_BULLET = re.compile(r"^\s*[-–•*]\s+")


def write_text(path: Path, text: str) -> Path:
    """The cleaned ad as UTF-8 text (a final newline, nothing else changed)."""
    data = (text if text.endswith("\n") else text + "\n").encode("utf-8")
    atomic_write(Path(path), lambda fh: fh.write(data))
    return Path(path)


def write_docx(path: Path, text: str, title: str = "") -> Path:
    """The cleaned ad as a simple Word document: headings, bullet lists and paragraphs."""
    import docx

    doc = docx.Document()
    doc.core_properties.language = "sv-SE"
    if title:
        doc.core_properties.title = title
    for seg in Document.from_text(text).segments:
        for line in seg.text.split("\n"):
            if not line.strip():
                continue
            md = _HEADING_MD.match(line)
            if md:
                doc.add_heading(line[md.end():].strip(), level=min(len(md.group(1)), 3))
            elif seg.heading:
                doc.add_heading(line.strip().rstrip(":"), level=2)
            elif _BULLET.match(line):
                doc.add_paragraph(_BULLET.sub("", line, count=1), style="List Bullet")
            else:
                doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    atomic_write(Path(path), lambda fh: fh.write(buf.getvalue()))
    return Path(path)


def write_word(path: Path, text: str, *, source: Optional[Path] = None,
               original: Optional[Document] = None, title: str = "") -> bool:
    """The draft as a Word file. A draft opened from a .docx is written into a copy of that
    file with the edits spliced into its runs, so tables, headers, styles, numbering and content
    controls are kept (``hirelint.render.docx_edit``); other drafts, or a Word file that changed
    on disk since it was opened, become a simple Word document. Returns True when the original's
    formatting was kept."""
    from hirelint.document import InputError
    from hirelint.render.docx_edit import can_splice, write_edited_docx
    from hirelint.render.wordsplice import SpliceError

    if can_splice(original, source):
        try:
            write_edited_docx(Path(source), original, text, Path(path))
            return True
        except (InputError, SpliceError):
            pass
    write_docx(path, text, title=title)
    return False


def annotated_copy(linter, out: Path, *, text: str, source: Optional[Path],
                   original: Optional[Document], settled: Iterable[tuple] = ()):
    """Write a Word copy with a comment on every open finding; returns the AnnotateResult.

    A draft read from a Word file is annotated in its original file when the text is unchanged;
    otherwise the edits are first spliced into a copy of it (formatting kept, see write_word). Runs
    in the worker thread (it lints), given the worker's linter.
    """
    from hirelint.document import read_document
    from hirelint.render.annotate import annotate_report

    settled = set(settled)
    with tempfile.TemporaryDirectory(prefix="hirelint-") as tmp:
        if original is not None and source is not None and original.source_format == "docx" \
                and original.text == text:
            src, doc = source, original
        else:
            src = Path(tmp) / (out.stem + ".docx")
            write_word(src, text, source=source, original=original)
            doc = read_document(src, out.name)
        report = linter.lint(doc)
        open_findings = [f for f in report.findings if finding_key(f, doc.text) not in settled]
        return annotate_report(report, src, Path(out), findings=open_findings, force=True)


def write_pdf(path: Path, html: str, title: str = "") -> Path:
    """Print HTML to an A4 PDF with Qt (no external programs). Written like every other export
    (atomic_write): to a temporary file, then moved into place with the umask's permissions."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    path = Path(path)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("hirelint")
    # Laid out for the writer's own page (A4 less the margins above), so Qt prints it as it is
    # (no extra 2 cm margin of its own) and tables can be kept on one page.
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont()
    font.setPointSizeF(10.5)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    _keep_tables_on_a_page(doc)
    doc.print_(writer)
    del writer
    buffer.close()
    payload = bytes(data.data())
    atomic_write(path, lambda fh: fh.write(payload))
    return path


def _keep_tables_on_a_page(doc) -> None:
    """A table that would cross a page break but fits on one page starts on a new page with
    the heading above it; a longer table repeats its header row on each page. (Qt's PDF has no
    rule against splitting a row; this keeps each flagged wording's table whole.)"""
    from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextTable

    page = doc.pageSize().height()
    layout = doc.documentLayout()
    moved: set[int] = set()
    for _ in range(500):  # each move shifts what follows: look again from the top
        changed = False
        for frame in doc.rootFrame().childFrames():
            if not isinstance(frame, QTextTable):
                continue
            box = layout.frameBoundingRect(frame)
            if box.height() >= page * 0.9:
                fmt = frame.format()
                fmt.setHeaderRowCount(1)
                frame.setFormat(fmt)
                continue
            heading = doc.findBlock(frame.firstPosition() - 1)
            while heading.isValid() and not heading.text().strip() and heading.previous().isValid():
                heading = heading.previous()  # the empty block Qt puts before a table
            if not heading.isValid() or heading.position() in moved:
                continue
            top = int(box.top() // page)
            split = top != int((box.bottom() - 1) // page)
            orphan = int(layout.blockBoundingRect(heading).top() // page) != top  # heading left behind
            if not split and not orphan:
                continue
            moved.add(heading.position())
            cursor = QTextCursor(heading)
            block = QTextBlockFormat()
            block.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.mergeBlockFormat(block)
            changed = True
            break
        if not changed:
            return


def client_report(report: Optional[Report], decisions, document: str, findings=None,
                  prepared_by: str = "", comparison=None):
    """The client report model for the draft (see hirelint.render.client_report). ``prepared_by``
    is the adviser and firm from the settings; without them the report has no such line (the
    login name is no name to show a client). With the kravprofil comparison open beside the
    draft, the report gets "Kravprofil och annons"."""
    from hirelint.render.client_report import ClientReport

    return ClientReport.build(report, decisions, document=document, findings=findings,
                              prepared_by=prepared_by, comparison=comparison)
