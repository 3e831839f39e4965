"""Kravprofil beside the draft: the side-by-side view of ``hirelint.compare``.

A window with the verdict on top, a table of the aligned requirements (profile | ad | drift,
coloured by status) and the two documents side by side below it. Selecting a row marks the
requirement in both documents and scrolls to it; double-clicking (or "Visa i utkastet") puts the
cursor on the ad's requirement in the main editor. The view follows the draft: each new lint
result of the main window compares again.

The profile is read and linted here, without the language model (the cheap layers decide
requirements and their kinds; the pipeline stays with the main window's worker thread).
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from hirelint.compare import KIND_LABELS, Comparison, Side, compare
from hirelint.document import InputError, read_document
from hirelint.model import Report
from hirelint.render.compare import clean

translate = QCoreApplication.translate

SAME, DRIFT, MISSING, ADDED, RISK = "same", "drift", "missing", "added", "risk"
COLOURS = {SAME: "#E2EFDA", DRIFT: "#FFEB9C", MISSING: "#FFC7CE", ADDED: "#FFC7CE", RISK: "#FFC7CE"}
MARK = QColor("#FFE08A")


def _status_label(status: str) -> str:
    return {
        SAME: translate("CompareWindow", "Stämmer"),
        DRIFT: translate("CompareWindow", "Avviker"),
        MISSING: translate("CompareWindow", "Saknas i annonsen"),
        ADDED: translate("CompareWindow", "Bara i annonsen"),
        RISK: translate("CompareWindow", "Diskrimineringsrisk"),
    }[status]


class CompareWindow(QWidget):
    """The kravprofil and the draft side by side, requirement by requirement."""

    jumpRequested = Signal(int, int)  # start, end in the draft's text

    def __init__(self, main=None, parent: Optional[QWidget] = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("compareWindow")
        self.setWindowTitle(translate("CompareWindow", "Kravprofil och annons – hirelint"))
        self.main = main
        self.profile_path: Optional[Path] = None
        self.profile_report: Optional[Report] = None
        self.ad_report: Optional[Report] = None
        self.comparison: Optional[Comparison] = None
        self.rows: list[tuple[str, Optional[Side], Optional[Side], str]] = []
        self._linter = None

        self.open_button = QPushButton(translate("CompareWindow", "Öppna kravprofil …"))
        self.open_button.setObjectName("compareOpen")
        self.open_button.clicked.connect(self.open_dialog)
        self.jump_button = QPushButton(translate("CompareWindow", "Visa i utkastet"))
        self.jump_button.setObjectName("compareJump")
        self.jump_button.setToolTip(translate("CompareWindow", "Markera annonsens krav i utkastet"))
        self.jump_button.clicked.connect(self.jump_to_draft)
        self.jump_button.setEnabled(False)
        self.verdict = QLabel(translate("CompareWindow", "Öppna kravprofilen som annonsen skrevs utifrån."))
        self.verdict.setObjectName("compareVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(translate("CompareWindow", "Resultat"))
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.verdict.setFont(font)

        top = QHBoxLayout()
        top.addWidget(self.verdict, 1)
        top.addWidget(self.jump_button)
        top.addWidget(self.open_button)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("compareTable")
        self.table.setAccessibleName(translate("CompareWindow", "Krav i kravprofil och annons"))
        self.table.setHorizontalHeaderLabels([
            translate("CompareWindow", "Status"),
            translate("CompareWindow", "Kravprofil"),
            translate("CompareWindow", "Annons"),
            translate("CompareWindow", "Avvikelse"),
        ])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._row_selected)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.jump_to_draft())

        self.profile_view = self._pane("compareProfileText", translate("CompareWindow", "Kravprofilen"))
        self.ad_view = self._pane("compareAdText", translate("CompareWindow", "Annonsen (utkastet)"))
        self.profile_label = QLabel(translate("CompareWindow", "Kravprofil"))
        self.ad_label = QLabel(translate("CompareWindow", "Annons (utkastet)"))
        docs = QSplitter(Qt.Orientation.Horizontal)
        for label, view in ((self.profile_label, self.profile_view), (self.ad_label, self.ad_view)):
            box = QWidget()
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(label)
            lay.addWidget(view)
            docs.addWidget(box)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(docs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.resize(1280, 780)

    @staticmethod
    def _pane(name: str, accessible: str) -> QPlainTextEdit:
        view = QPlainTextEdit()
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        view.setReadOnly(True)
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        return view

    # -- input ------------------------------------------------------------------------------

    def open_dialog(self) -> None:
        start = str(self.profile_path.parent) if self.profile_path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, translate("CompareWindow", "Öppna kravprofil"), start,
            translate("CompareWindow", "Kravprofiler (*.docx *.txt *.md);;Alla filer (*)"))
        if path:
            self.open_profile(Path(path))

    def _lint(self, document) -> Report:
        if self._linter is None:
            from hirelint.engine import Linter

            self._linter = Linter.default(use_nlp=False)
        return self._linter.lint(document)

    def open_profile(self, path: Path) -> bool:
        """Read and lint a kravprofil; False (with the reason shown) when it cannot be read."""
        try:
            doc = read_document(path, path.name)
        except InputError as exc:
            self.verdict.setText(translate("CompareWindow", "Kravprofilen kunde inte läsas: %1")
                                 .replace("%1", exc.message))
            return False
        self.profile_path = path
        self.profile_report = self._lint(doc)
        self.profile_label.setText(translate("CompareWindow", "Kravprofil: %1").replace("%1", path.name))
        self.profile_view.setPlainText(doc.text)
        self.refresh()
        return True

    def set_ad(self, report: Optional[Report]) -> None:
        """The draft's current report (the main window calls this on each lint result)."""
        self.ad_report = report
        self.refresh()

    # -- comparison -----------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.ad_report is None and self.main is not None:
            self.ad_report = self.main.report
        if self.profile_report is None:
            return
        if self.ad_report is None or self.ad_report.document is None:
            self.verdict.setText(translate("CompareWindow", "Utkastet är inte granskat ännu."))
            return
        self.comparison = c = compare(self.profile_report, self.ad_report)
        if self.ad_view.toPlainText() != c.ad_text:
            self.ad_view.setPlainText(c.ad_text)
        self.verdict.setText(c.verdict() + ".")
        colour = "#2E7D32" if not c.deviations else "#B00020"
        self.verdict.setStyleSheet(f"color: {colour};")
        self.rows = []
        by_profile = {p.profile.index: p for p in c.pairs}
        missing = {s.index for s in c.only_profile}
        for s in c.profile:
            if s.index in by_profile:
                p = by_profile[s.index]
                status = DRIFT if p.drifts else SAME
                self.rows.append((status, s, p.ad, "; ".join(d.message for d in p.drifts)))
            elif s.index in missing:
                self.rows.append((MISSING, s, None, ""))
        for s in c.only_ad:
            self.rows.append((ADDED, None, s, ""))
        for d in c.document_drifts:
            self.rows.append((RISK, None, None, d.message))
        self._fill_table()

    def _cell(self, side: Optional[Side]) -> str:
        if side is None:
            return "–"
        kind = KIND_LABELS.get(side.kind, side.kind)
        return f"{clean(side.text)}\n({kind}, {side.location})"

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.rows))
        for r, (status, p, a, notes) in enumerate(self.rows):
            values = (_status_label(status), self._cell(p), self._cell(a), notes)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 0:
                    item.setBackground(QBrush(QColor(COLOURS[status])))
                self.table.setItem(r, col, item)
        self.table.resizeRowsToContents()
        self._mark(self.profile_view, None)
        self._mark(self.ad_view, None)
        self.jump_button.setEnabled(False)

    # -- selection and jumps --------------------------------------------------------------------

    def selected(self) -> Optional[tuple[str, Optional[Side], Optional[Side], str]]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        r = rows[0].row()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _row_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        _status, p, a, _notes = row
        self._mark(self.profile_view, p)
        self._mark(self.ad_view, a)
        self.jump_button.setEnabled(a is not None)

    @staticmethod
    def _mark(view: QPlainTextEdit, side: Optional[Side]) -> None:
        if side is None:
            view.setExtraSelections([])
            return
        length = len(view.toPlainText())
        start, end = min(side.start, length), min(side.end, length)
        cursor = QTextCursor(view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        sel = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(MARK)
        sel.format = fmt
        sel.cursor = cursor
        view.setExtraSelections([sel])
        show = QTextCursor(view.document())
        show.setPosition(start)
        view.setTextCursor(show)
        view.centerCursor()

    def jump_to_draft(self) -> bool:
        """Put the cursor on the selected ad requirement in the main editor."""
        row = self.selected()
        if row is None or row[2] is None:
            return False
        side = row[2]
        self.jumpRequested.emit(side.start, side.end)
        return True
