"""The batch window: lint a folder of ads, see the results per document, export them.

The files are linted by the app's one worker (one file per turn of its event loop, so the
editor stays live and Cancel takes effect after the current file), with the same per-file step
and typed errors as ``hirelint lint``. The Excel report and the annotated copies come from the
same renderers as the CLI.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hirelint.engine import filter_findings
from hirelint.model import Report

from . import prompts
from .controller import LintController
from .style import category_label, style_for
from .worker import BatchItem

translate = QCoreApplication.translate

COLUMNS = ("file", "findings", "discrimination", "vague-requirement", "gender-coded", "note")
_INDEX = Qt.ItemDataRole.UserRole  # the row's report, whatever the sort order
_SORT = Qt.ItemDataRole.UserRole + 1  # a number to sort by


class _SortItem(QTableWidgetItem):
    """A cell that sorts counts as numbers and text in Swedish order, case-insensitively."""

    def __lt__(self, other) -> bool:  # noqa: D105 - Qt override
        a, b = self.data(_SORT), other.data(_SORT)
        if a is not None and b is not None:
            return a < b
        if (a is None) != (b is None):
            return a is not None  # numbers before "–"
        return _swedish(self.text()) < _swedish(other.text())


_SWEDISH = str.maketrans({"å": "z\x01", "ä": "z\x02", "æ": "z\x02", "ö": "z\x03", "ø": "z\x03"})


def _swedish(text: str) -> str:
    """A sort key in Swedish alphabetical order (… x y z å ä ö), case-insensitive."""
    return text.casefold().translate(_SWEDISH)


class BatchWindow(QWidget):
    """Folder in, table out."""

    openRequested = Signal(str)

    def __init__(self, controller: LintController, min_severity: str = "info",
                 folder: str = "", parent: Optional[QWidget] = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("batchWindow")
        self.setWindowTitle(translate("Batch", "Granska en mapp – hirelint"))
        self.controller = controller
        self.min_severity = min_severity
        self.reports: list[Report] = []
        self.paths: list[Optional[Path]] = []
        self.folder: Optional[Path] = None
        self._batch_id = 0
        self.running = False

        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.folder_edit = QLineEdit(folder)
        self.folder_edit.setObjectName("batchFolder")
        self.folder_edit.setAccessibleName(translate("Batch", "Mapp att granska"))
        self.folder_edit.setPlaceholderText(translate("Batch", "Välj en mapp med Word- och textfiler …"))
        browse = QPushButton(translate("Batch", "Välj mapp…"))
        browse.clicked.connect(self.browse)
        self.start_button = QPushButton(translate("Batch", "Granska"))
        self.start_button.setObjectName("batchStart")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        row.addWidget(QLabel(translate("Batch", "Mapp:")))
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        row.addWidget(self.start_button)
        layout.addLayout(row)

        prog = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("batchProgress")
        self.progress.setAccessibleName(translate("Batch", "Förlopp"))
        self.progress.setTextVisible(True)
        self.progress.setVisible(False)  # nothing to show before a run (no "0 av 100 filer")
        self.cancel_button = QPushButton(translate("Batch", "Avbryt"))
        self.cancel_button.setObjectName("batchCancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(False)
        prog.addWidget(self.progress, 1)
        prog.addWidget(self.cancel_button)
        layout.addLayout(prog)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("batchTable")
        self.table.setAccessibleName(translate("Batch", "Resultat per dokument"))
        headers = [
            translate("Batch", "Fil"),
            translate("Batch", "Fynd"),
            f"{style_for('discrimination').symbol} {category_label('discrimination')}",
            f"{style_for('vague-requirement').symbol} {category_label('vague-requirement')}",
            f"{style_for('gender-coded').symbol} {category_label('gender-coded')}",
            translate("Batch", "Anmärkning"),
        ]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        # Click a header to sort (numbers as numbers); until then the rows keep the file order.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for i in range(1, len(COLUMNS) - 1):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(self._open_row)
        self.table.setToolTip(translate("Batch", "Dubbelklicka för att öppna dokumentet i redigeraren."))
        layout.addWidget(self.table, 1)

        self.summary = QLabel(translate("Batch", "Välj en mapp och tryck Granska."))
        self.summary.setObjectName("batchSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        exports = QHBoxLayout()
        self.excel_button = QPushButton(translate("Batch", "Exportera Excel-rapport…"))
        self.excel_button.setObjectName("batchExcel")
        self.excel_button.clicked.connect(self.export_excel)
        self.annotate_button = QPushButton(translate("Batch", "Spara kommenterade Word-kopior…"))
        self.annotate_button.setObjectName("batchAnnotate")
        self.annotate_button.clicked.connect(self.export_annotated)
        close = QPushButton(translate("Batch", "Stäng"))
        close.clicked.connect(self.close)
        exports.addWidget(self.excel_button)
        exports.addWidget(self.annotate_button)
        exports.addStretch(1)
        exports.addWidget(close)
        layout.addLayout(exports)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self._escape)
        self._set_exports_enabled(False)

        controller.worker.batchProgress.connect(self._progress)
        controller.worker.batchDone.connect(self._done)
        controller.worker.jobDone.connect(self._job_done)
        self._jobs: dict[int, str] = {}
        self.resize(980, 560)

    # -- running ------------------------------------------------------------------------------

    def browse(self) -> None:
        folder = prompts.choose_folder(self, translate("Batch", "Välj mapp att granska"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(str(folder))

    def start(self) -> None:
        from hirelint.document import iter_inputs

        folder = Path(self.folder_edit.text().strip())
        if not folder.is_dir():
            prompts.error(self, translate("Batch", "Ingen mapp"),
                          translate("Batch", "Mappen finns inte: %1").replace("%1", str(folder)))
            return
        self.folder = folder
        inputs = [(str(Path(shown).relative_to(folder)) if Path(shown).is_relative_to(folder) else shown, real)
                  for shown, real in iter_inputs([str(folder)])]
        self.reports, self.paths = [], []
        self.table.setRowCount(0)
        if not inputs:
            self.summary.setText(translate("Batch", "Inga .docx-, .txt- eller .md-filer i mappen."))
            return
        self._batch_id = self.controller.next_id()
        self.running = True
        self.progress.setMaximum(len(inputs))
        self.progress.setValue(0)
        self._progress_text(0, len(inputs))
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self._set_exports_enabled(False)
        self.summary.setText(translate("Batch", "Granskar …"))
        self.controller.run_batch(self._batch_id, inputs)

    def cancel(self) -> None:
        if self.running:
            self.controller.worker.cancel_batch()
            self.cancel_button.setEnabled(False)
            self.summary.setText(translate("Batch", "Avbryter efter den aktuella filen …"))

    def _escape(self) -> None:
        if self.running:
            self.cancel()
        else:
            self.close()

    def _progress(self, batch_id: int, item: BatchItem) -> None:
        if batch_id != self._batch_id:
            return
        self.reports.append(item.report)
        self.paths.append(item.path)
        self.progress.setValue(item.index + 1)
        self._progress_text(item.index + 1, self.progress.maximum())
        self._add_row(item.report, len(self.reports) - 1)

    def _progress_text(self, done: int, total: int) -> None:
        self.progress.setFormat(translate("Batch", "%1 av %n filer", "", total).replace("%1", str(done)))

    def _add_row(self, report: Report, index: int) -> None:
        sorting = self.table.isSortingEnabled()
        self.table.setSortingEnabled(False)  # rows must not move while their cells are set
        row = self.table.rowCount()
        self.table.insertRow(row)
        shown = filter_findings(report.findings, self.min_severity)
        counts = Counter(f.category for f in shown)
        cells = [report.path, str(len(shown)) if not report.error else "–"]
        cells += [str(counts.get(c, 0)) if not report.error else "" for c in COLUMNS[2:5]]
        cells.append(report.error.message if report.error else
                     "; ".join(report.document.notes) if report.document and report.document.notes else "")
        for col, value in enumerate(cells):
            item = _SortItem(value)
            item.setData(_INDEX, index)
            if value.isdigit():
                item.setData(_SORT, int(value))
            if 1 <= col <= 4:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if report.error and col in (0, 5):
                item.setForeground(QColor("#A1260D"))
                if col == 5:
                    item.setText("✗ " + value)
            item.setToolTip(value)
            self.table.setItem(row, col, item)
        self.table.setSortingEnabled(sorting)

    def _done(self, batch_id: int, cancelled: bool) -> None:
        if batch_id != self._batch_id:
            return
        self.running = False
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self._set_exports_enabled(bool(self.reports))
        files = len(self.reports)
        errors = sum(1 for r in self.reports if r.error)
        findings = sum(len(filter_findings(r.findings, self.min_severity)) for r in self.reports)
        text = " ".join([translate("Batch", "%n filer granskades.", "", files),
                         translate("Batch", "%n fynd.", "", findings)])
        if errors:
            text += " " + translate("Batch", "%n filer kunde inte läsas.", "", errors)
        if cancelled:
            text = translate("Batch", "Avbrutet. ") + text
        self.summary.setText(text)

    def _open_row(self, row: int, _col: int) -> None:
        cell = self.table.item(row, 0)
        index = cell.data(_INDEX) if cell is not None else None  # the row may have been sorted
        if index is not None and 0 <= index < len(self.paths) and self.paths[index] is not None \
                and not self.reports[index].error:
            self.openRequested.emit(str(self.paths[index]))

    # -- exports ------------------------------------------------------------------------------

    def _set_exports_enabled(self, enabled: bool) -> None:
        self.excel_button.setEnabled(enabled and excel_available())
        self.annotate_button.setEnabled(enabled and any(
            r.document is not None and r.document.source_format == "docx" for r in self.reports))
        if not excel_available():
            self.excel_button.setToolTip(translate("Batch", "Excel-rapporten finns inte i den här versionen."))

    def export_excel(self) -> None:
        suggested = str((self.folder or Path.home()) / "hirelint-rapport.xlsx")
        out = prompts.save_file(self, translate("Batch", "Spara Excel-rapport"), suggested,
                                translate("Batch", "Excel (*.xlsx)"))
        if out is None:
            return
        if out.suffix.lower() != ".xlsx":
            out = out.with_suffix(".xlsx")
        reports, sev = list(self.reports), self.min_severity
        self._run_job("excel", lambda _linter: write_excel(out, reports, sev))

    def export_annotated(self) -> None:
        from hirelint.batch import annotation_targets

        folder = prompts.choose_folder(self, translate("Batch", "Mapp för kommenterade kopior"),
                                       str(self.folder.parent if self.folder else Path.home()))
        if folder is None:
            return
        pairs = list(zip(self.reports, self.paths))
        root = self.folder
        targets = [t for (r, _p), t in zip(pairs, annotation_targets(
            folder, [(r.path, p) for r, p in pairs], [str(root)] if root else []))
            if t is not None and r.document is not None and r.document.source_format == "docx"]
        if root is not None and folder.resolve() == root.resolve():
            prompts.error(self, translate("Batch", "Välj en annan mapp"), translate(
                "Batch", "Kopiorna får samma namn som originalen; välj en annan mapp än den som granskades."))
            return
        existing = [t for t in targets if t.exists()]
        count = len(existing)
        if existing and not prompts.confirm(
                self, translate("Batch", "Filerna finns redan"),
                translate("Batch", "%n av kopiorna finns redan i mappen. Vill du skriva över dem?", "", count)):
            return
        sev, force = self.min_severity, bool(existing)
        self._run_job("annotate", lambda _linter: write_annotated(folder, root, pairs, sev, force))

    def _run_job(self, kind: str, job) -> None:
        job_id = self.controller.next_id()
        self._jobs[job_id] = kind
        self.summary.setText(translate("Batch", "Exporterar …"))
        self.controller.run_job(job_id, job)

    def _job_done(self, job_id: int, result, error: str) -> None:
        kind = self._jobs.pop(job_id, None)
        if kind is None:
            return
        if error:
            self.summary.setText(translate("Batch", "Exporten misslyckades: %1").replace("%1", error))
            prompts.error(self, translate("Batch", "Exporten misslyckades"), error)
            return
        self.summary.setText(str(result))

    def closeEvent(self, ev) -> None:  # noqa: N802 - Qt override
        if self.running:
            self.controller.worker.cancel_batch()
        super().closeEvent(ev)


def excel_available() -> bool:
    """Whether the Excel renderer is part of this build."""
    import importlib.util

    return importlib.util.find_spec("hirelint.render.xlsx") is not None


def write_excel(out: Path, reports: list[Report], min_severity: str) -> str:
    """Write the Excel report with the CLI's renderer; returns a line for the status."""
    from hirelint.render import xlsx

    xlsx.write_xlsx(out, reports, lambda r: filter_findings(r.findings, min_severity))
    return translate("Batch", "Excel-rapporten sparades: %1").replace("%1", str(out))


def write_annotated(folder: Path, root: Optional[Path], pairs: list, min_severity: str,
                    force: bool = False) -> str:
    """Write annotated copies of the Word files with the CLI's renderer and file layout."""
    from hirelint.batch import annotation_targets
    from hirelint.render.annotate import annotate_report

    targets = annotation_targets(folder, [(r.path, p) for r, p in pairs], [str(root)] if root else [])
    written, problems = 0, []
    for (report, path), out in zip(pairs, targets):
        if path is None or out is None or report.error or report.document is None \
                or report.document.source_format != "docx":
            continue
        result = annotate_report(report, path, out,
                                 findings=filter_findings(report.findings, min_severity), force=force)
        if result.error:
            problems.append(f"{report.path}: {result.error.message}")
        elif result.output:
            written += 1
    text = translate("Batch", "%n kommenterade kopior sparades i %1.", "", written).replace("%1", str(folder))
    if problems:
        text += " " + translate("Batch", "Problem: %1").replace("%1", "; ".join(problems[:3]))
    return text
