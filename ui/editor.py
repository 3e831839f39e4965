"""The draft editor: a plain-text editor that underlines findings and marks them in a gutter.

Findings are shown as extra selections (an underline in the category's colour and style) and,
so colour is never the only cue, as the category's symbol in the gutter beside the line. Each
finding keeps a QTextCursor, which Qt moves along with edits, so a suggestion can still be
applied at the right place while a new lint is on its way. Applying a suggestion is one edit
block, so Ctrl+Z undoes it in one step.
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Optional

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from hirelint.fix import apply_suggestion
from hirelint.model import Finding, Suggestion

from .offsets import OffsetMap
from .style import SEVERITY_ORDER, severity_label, style_for

translate = QCoreApplication.translate

OPENABLE = (".txt", ".md", ".markdown", ".text", ".docx", ".docm", ".dotx", ".dotm")


class Span:
    """A finding and the cursor that tracks its words in the editor."""

    __slots__ = ("finding", "cursor")

    def __init__(self, finding: Finding, cursor: QTextCursor):
        self.finding = finding
        self.cursor = cursor


class DraftEditor(QPlainTextEdit):
    """The editor. Signals tell the window what the user asked for; the window decides."""

    applyRequested = Signal(object, object)  # Finding, Suggestion
    dismissRequested = Signal(object)  # Finding
    currentFindingChanged = Signal(object)  # Finding or None
    filesDropped = Signal(list)  # paths

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("draftEditor")
        self.setAccessibleName(translate("Editor", "Annonstext"))
        self.setAccessibleDescription(translate(
            "Editor", "Skriv eller klistra in annonsen. Fynd markeras med understrykning och en symbol i marginalen."))
        self.setPlaceholderText(translate(
            "Editor",
            "Skriv eller klistra in en annons eller kravprofil här – eller öppna en fil "
            "(Ctrl+O) eller dra in den. Granskningen sker medan du skriver, helt på din dator."))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.15)
        self.setFont(font)
        self.document().setDocumentMargin(10)
        self.setMouseTracking(True)
        self._spans: list[Span] = []
        self._current: Optional[Span] = None
        self._last_reported: Optional[Finding] = None
        self.gutter = FindingGutter(self)
        self.updateRequest.connect(self._update_gutter)
        self.blockCountChanged.connect(lambda _n: self._fit_gutter())
        self.cursorPositionChanged.connect(self._cursor_moved)
        self._fit_gutter()

    # -- text ---------------------------------------------------------------------------------

    def plain_text(self) -> str:
        """The text as the linter sees it: paragraph breaks as "\\n", non-breaking spaces kept
        (QPlainTextEdit.toPlainText would turn them into spaces)."""
        return self.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")

    def set_text(self, text: str) -> None:
        """Replace the whole text (opening a file); clears undo history and findings."""
        self.set_findings([])
        self.setPlainText(text)
        self.document().setModified(False)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    # -- findings -----------------------------------------------------------------------------

    def set_findings(self, findings: list[Finding], text: Optional[str] = None) -> None:
        """Show findings that index ``text`` (the editor's current text by default)."""
        text = self.plain_text() if text is None else text
        offsets = OffsetMap(text)
        doc = self.document()
        spans = []
        for f in findings:
            cur = QTextCursor(doc)
            cur.setPosition(offsets.to_qt(f.start))
            cur.setPosition(offsets.to_qt(f.end), QTextCursor.MoveMode.KeepAnchor)
            spans.append(Span(f, cur))
        self._spans = spans
        keep = self._current.finding if self._current else None
        self._current = next((s for s in spans if keep and _same(s.finding, keep)), None)
        self._render()
        self._fit_gutter()
        self.gutter.update()

    def findings(self) -> list[Finding]:
        return [s.finding for s in self._spans]

    def span_of(self, finding: Finding) -> Optional[Span]:
        for s in self._spans:
            if s.finding is finding:
                return s
        return next((s for s in self._spans if _same(s.finding, finding)), None)

    def current_finding(self) -> Optional[Finding]:
        return self._current.finding if self._current else None

    def show_finding(self, finding: Optional[Finding], select: bool = True) -> None:
        """Make ``finding`` the current one; with ``select`` move the cursor onto it."""
        span = self.span_of(finding) if finding else None
        self._current = span
        if span and select:
            # Put the caret at the start of the words (no selection: the underline and the
            # tint stay visible, and typing does not overwrite the flagged words).
            cur = QTextCursor(self.document())
            cur.setPosition(span.cursor.selectionStart())
            self.blockSignals(True)
            self.setTextCursor(cur)
            self.blockSignals(False)
            self.ensureCursorVisible()
        self._render()
        self._last_reported = finding

    def _render(self) -> None:
        selections = []
        for span in self._spans:
            st = style_for(span.finding.category)
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(st.underline)
            fmt.setUnderlineColor(QColor(st.colour))
            if span is self._current:
                tint = QColor(st.colour)
                tint.setAlpha(40)
                fmt.setBackground(tint)
            sel.format = fmt
            sel.cursor = span.cursor
            selections.append(sel)
        self.setExtraSelections(selections)

    def spans_at(self, position: int) -> list[Span]:
        """Spans covering a Qt position (most severe first)."""
        hits = [s for s in self._spans
                if s.cursor.selectionStart() <= position <= s.cursor.selectionEnd()
                and s.cursor.selectionStart() != s.cursor.selectionEnd()]
        return sorted(hits, key=lambda s: SEVERITY_ORDER.get(s.finding.severity, 9))

    def spans_in_block(self, block_number: int) -> list[Span]:
        return [s for s in self._spans if self.document().findBlock(s.cursor.selectionStart()).blockNumber() == block_number]

    # -- applying a suggestion ----------------------------------------------------------------

    def apply(self, finding: Finding, suggestion: Suggestion) -> Optional[tuple[str, str]]:
        """Apply ``suggestion`` where ``finding`` now is, as one undoable edit.

        Returns (text before, text after), or None when the flagged words are no longer there
        (edited away since the lint) or the suggestion is advice."""
        if suggestion.applicability == "advice":
            return None
        span = self.span_of(finding)
        if span is None:
            return None
        text = self.plain_text()
        offsets = OffsetMap(text)
        start = offsets.from_qt(span.cursor.selectionStart())
        end = offsets.from_qt(span.cursor.selectionEnd())
        if text[start:end] != finding.text:
            return None
        delta = start - finding.start
        moved = replace(finding, start=start, end=end,
                        sentence_start=finding.sentence_start + delta,
                        sentence_end=finding.sentence_end + delta)
        if suggestion.start is not None and suggestion.end is not None:
            suggestion = replace(suggestion, start=suggestion.start + delta, end=suggestion.end + delta)
        try:
            new = apply_suggestion(text, moved, suggestion)
        except ValueError:
            return None
        self.replace_text(text, new, offsets)
        return text, new

    def replace_text(self, old: str, new: str, offsets: Optional[OffsetMap] = None) -> None:
        """Turn ``old`` (the current text) into ``new`` by replacing only the part that differs,
        in one edit block (one undo step; the rest of the text and its cursors stay put)."""
        offsets = offsets or OffsetMap(old)
        prefix = len(os.path.commonprefix([old, new]))
        limit = min(len(old), len(new)) - prefix
        suffix = 0
        while suffix < limit and old[-1 - suffix] == new[-1 - suffix]:
            suffix += 1
        inserted = new[prefix:len(new) - suffix]
        cur = QTextCursor(self.document())
        cur.beginEditBlock()
        cur.setPosition(offsets.to_qt(prefix))
        cur.setPosition(offsets.to_qt(len(old) - suffix), QTextCursor.MoveMode.KeepAnchor)
        cur.insertText(inserted)
        cur.endEditBlock()
        # A rewrite with a placeholder ("minst [3] års erfarenhet") selects the placeholder,
        # so the recruiter can type the real value straight away.
        open_at, close_at = inserted.find("["), inserted.find("]")
        if 0 <= open_at < close_at:
            after = OffsetMap(new)
            cur.setPosition(after.to_qt(prefix + open_at))
            cur.setPosition(after.to_qt(prefix + close_at + 1), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cur)

    # -- events -------------------------------------------------------------------------------

    def _cursor_moved(self) -> None:
        spans = self.spans_at(self.textCursor().position())
        finding = spans[0].finding if spans else None
        if finding is not self._last_reported:
            self._last_reported = finding
            if spans:
                self._current = spans[0]
                self._render()
            self.currentFindingChanged.emit(finding)

    def event(self, ev):  # noqa: D401 - Qt override
        if ev.type() == QEvent.Type.ToolTip:
            pos = ev.pos() - QPoint(self.viewportMargins().left(), 0)
            cur = self.cursorForPosition(pos)
            spans = self.spans_at(cur.position())
            if spans:  # every finding on these words, not only the most severe one
                QToolTip.showText(ev.globalPos(), "\n\n".join(finding_tooltip(s.finding) for s in spans), self)
            else:
                QToolTip.hideText()
                ev.ignore()
            return True
        return super().event(ev)

    def contextMenuEvent(self, ev):  # noqa: N802 - Qt override
        standard = self.createStandardContextMenu(ev.pos())
        spans = self.spans_at(self.cursorForPosition(ev.pos()).position())
        menu = standard
        if spans:
            menu = QMenu(self)
            for span in spans:  # two findings on the same words: a section each
                finding = span.finding
                menu.addSection(f"{style_for(finding.category).symbol} {finding.text} – {finding.message}")
                for s in finding.suggestions:
                    if s.applicability == "advice":
                        continue
                    label = (translate("Editor", "Ersätt med ”%1”").replace("%1", s.text) if s.text
                             else translate("Editor", "Stryk ordet"))
                    act = menu.addAction(label)
                    act.triggered.connect(lambda _=False, f=finding, sug=s: self.applyRequested.emit(f, sug))
                act = menu.addAction(translate("Editor", "Avfärda med motivering…"))
                act.triggered.connect(lambda _=False, f=finding: self.dismissRequested.emit(f))
            menu.addSeparator()
            for a in standard.actions():
                menu.addAction(a)
        menu.exec(ev.globalPos())
        if menu is not standard:
            menu.deleteLater()
        standard.deleteLater()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt override
        if _local_files(source):
            return True
        return super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        files = _local_files(source)
        if files:
            self.filesDropped.emit(files)
            return
        super().insertFromMimeData(source)

    def dragEnterEvent(self, ev):  # noqa: N802 - Qt override
        if _local_files(ev.mimeData()):
            ev.acceptProposedAction()
            return
        super().dragEnterEvent(ev)

    def dragMoveEvent(self, ev):  # noqa: N802 - Qt override
        if _local_files(ev.mimeData()):
            ev.acceptProposedAction()
            return
        super().dragMoveEvent(ev)

    def dropEvent(self, ev):  # noqa: N802 - Qt override
        files = _local_files(ev.mimeData())
        if files:
            ev.acceptProposedAction()
            self.filesDropped.emit(files)
            return
        super().dropEvent(ev)

    # -- gutter -------------------------------------------------------------------------------

    def gutter_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("⚠") * 2 + 14

    def _fit_gutter(self) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _update_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())

    def resizeEvent(self, ev):  # noqa: N802 - Qt override
        super().resizeEvent(ev)
        cr = self.contentsRect()
        self.gutter.setGeometry(QRect(cr.left(), cr.top(), self.gutter_width(), cr.height()))


class FindingGutter(QWidget):
    """The margin beside the text: the symbol of each finding category on its line."""

    def __init__(self, editor: DraftEditor):
        super().__init__(editor)
        self.editor = editor
        self.setAccessibleName(translate("Editor", "Marginal med fyndsymboler"))
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.editor.gutter_width(), 0)

    def _block_symbols(self) -> dict[int, list[Span]]:
        by_block: dict[int, list[Span]] = {}
        doc = self.editor.document()
        for span in self.editor._spans:
            if span.cursor.selectionStart() == span.cursor.selectionEnd():
                continue
            n = doc.findBlock(span.cursor.selectionStart()).blockNumber()
            by_block.setdefault(n, []).append(span)
        return by_block

    def paintEvent(self, ev):  # noqa: N802 - Qt override
        painter = QPainter(self)
        pal = self.editor.palette()
        painter.fillRect(ev.rect(), pal.color(QPalette.ColorRole.Window).lighter(103))
        by_block = self._block_symbols()
        if not by_block:
            return
        font = QFont(self.editor.font())
        painter.setFont(font)
        block = self.editor.firstVisibleBlock()
        offset = self.editor.contentOffset()
        line_h = self.editor.fontMetrics().height()
        while block.isValid():
            geo = self.editor.blockBoundingGeometry(block).translated(offset)
            if geo.top() > ev.rect().bottom():
                break
            spans = by_block.get(block.blockNumber())
            if spans and block.isVisible():
                cats = []
                for s in sorted(spans, key=lambda s: SEVERITY_ORDER.get(s.finding.severity, 9)):
                    if s.finding.category not in cats:
                        cats.append(s.finding.category)
                x = 4
                for cat in cats[:2]:
                    st = style_for(cat)
                    painter.setPen(QColor(st.colour))
                    painter.drawText(QRect(x, int(geo.top()), self.width() - x, line_h),
                                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, st.symbol)
                    x += self.editor.fontMetrics().horizontalAdvance(st.symbol) + 1
            block = block.next()

    def _spans_at(self, y: int) -> list[Span]:
        cur = self.editor.cursorForPosition(QPoint(0, y))
        return self.editor.spans_in_block(cur.blockNumber())

    def event(self, ev):  # noqa: D401 - Qt override
        if ev.type() == QEvent.Type.ToolTip:
            spans = self._spans_at(ev.pos().y())
            if spans:
                QToolTip.showText(ev.globalPos(), "\n".join(
                    f"{style_for(s.finding.category).symbol} {s.finding.message}" for s in spans), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(ev)

    def mousePressEvent(self, ev):  # noqa: N802 - Qt override
        spans = self._spans_at(int(ev.position().y()))
        if spans:
            self.editor.show_finding(spans[0].finding)
            self.editor.currentFindingChanged.emit(spans[0].finding)


def finding_tooltip(f: Finding) -> str:
    """Tooltip text for a finding: symbol, severity, message and the first rewrite."""
    st = style_for(f.category)
    lines = [f"{st.symbol} {severity_label(f.severity).capitalize()}: {f.message}"]
    rewrite = next((s for s in f.suggestions if s.applicability != "advice"), None)
    if rewrite is not None:
        lines.append(translate("Editor", "Förslag: %1").replace("%1", f"”{rewrite.text}”" if rewrite.text else translate("Editor", "stryk ordet")))
    return "\n".join(lines)


def _same(a: Finding, b: Finding) -> bool:
    return (a.code, a.start, a.end, a.text) == (b.code, b.start, b.end, b.text)


def _local_files(mime: QMimeData) -> list[str]:
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls()
            if u.isLocalFile() and u.toLocalFile().lower().endswith(OPENABLE)]
