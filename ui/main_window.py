"""The main window: the draft editor, the findings panel and the overview, with the menus that
open, save and export, and the entry points to meeting mode and the batch window.

The window is the one place that carries out what the user asks: it applies suggestions in the
editor (one undoable edit each), asks for reasons, records decisions in the draft's session
and the firm's log, and keeps the recovery copy current.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QSize, Qt, QThreadPool, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QMessageBox, QToolBar, QWidget

from hirelint import __version__
from hirelint.decisions import ACCEPTED, APPLIED, DISMISSED, KEPT, sentence_at
from hirelint.document import TEXT_SUFFIXES, InputError, read_document
from hirelint.engine import filter_findings
from hirelint.model import Finding, Report, Suggestion

from . import exports, prompts
from .controller import LintController
from .editor import DraftEditor
from .findings_panel import FindingsPanel
from .offsets import OffsetMap
from .overview import OverviewPanel
from .recovery import AUTOSAVE_MS, RecoveryStore
from .session import DraftSession, data_dir, default_log
from .settings import AppSettings
from .worker import LintResult

translate = QCoreApplication.translate

WORD_FILTER = "Word (*.docx)"
TEXT_FILTER = "Text (*.txt)"
MD_FILTER = "Markdown (*.md)"


class MainWindow(QMainWindow):
    """The hirelint desktop window."""

    def __init__(self, settings: Optional[AppSettings] = None, *, log=None,
                 recovery_dir: Optional[Path] = None, warm_up: bool = True):
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or AppSettings()
        self.lint_settings = self.settings.lint()
        self.log = log or default_log()
        self.session = DraftSession(log=self.log)
        self.report: Optional[Report] = None
        self.report_text = ""
        self.gender_words: tuple = ((), ())
        self.shown: list[Finding] = []
        self.last_update_ms: Optional[float] = None
        self.pipeline_state = ""
        self.meeting = None
        self._compact: Optional[bool] = None  # panels stacked as tabs (see _fit_panels)
        self.batch_window = None
        self.compare_window = None
        self.decisions_dialog = None
        self._jobs: dict[int, str] = {}
        self._open_id = 0
        self.loading: Optional[Path] = None  # the file being read, if any
        self._applied: list[_AppliedEdit] = []  # rewrites applied in the editor, for undo/redo
        self._reader_signals = _ReaderSignals(self)
        self._reader_signals.done.connect(self._opened)

        self.editor = DraftEditor()
        self.setCentralWidget(self.editor)
        self.findings_panel = FindingsPanel()
        self.overview = OverviewPanel()
        self.findings_dock = self._dock(translate("MainWindow", "Fynd"), "findingsDock", self.findings_panel,
                                        Qt.DockWidgetArea.RightDockWidgetArea)
        self.overview_dock = self._dock(translate("MainWindow", "Översikt"), "overviewDock", self.overview,
                                        Qt.DockWidgetArea.LeftDockWidgetArea)

        self.status_label = QLabel()
        self.status_label.setObjectName("lintStatus")
        self.status_label.setAccessibleName(translate("MainWindow", "Granskningsstatus"))
        self.pipeline_label = QLabel(translate("MainWindow", "Språkanalys: laddas …"))
        self.pipeline_label.setObjectName("pipelineStatus")
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.pipeline_label)

        self.controller = LintController(self._lint_source, self.lint_settings, self, warm_up=warm_up)
        self.controller.resultReady.connect(self._on_result)
        self.controller.busyChanged.connect(self._on_busy)
        self.controller.pipelineReady.connect(self._on_pipeline)
        self.controller.linterReady.connect(self._on_linter_ready)
        self.controller.worker.jobDone.connect(self._job_done)

        self.editor.textChanged.connect(self._text_changed)
        self.editor.document().undoCommandAdded.connect(self._undo_command_added)
        self.editor.document().modificationChanged.connect(self.setWindowModified)
        self.editor.applyRequested.connect(self.apply_suggestion)
        self.editor.dismissRequested.connect(self.dismiss_finding)
        self.editor.currentFindingChanged.connect(self.findings_panel.select)
        self.editor.filesDropped.connect(self._files_dropped)
        self.findings_panel.findingSelected.connect(lambda f: self.editor.show_finding(f))
        self.findings_panel.applyRequested.connect(self.apply_suggestion)
        self.findings_panel.dismissRequested.connect(self.dismiss_finding)

        self.recovery = RecoveryStore(recovery_dir or data_dir() / "recovery")
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.setInterval(AUTOSAVE_MS)
        self._autosave_timer.timeout.connect(self.autosave)

        self._build_actions()
        self.setAcceptDrops(True)
        self.resize(1440, 880)
        self.setMinimumSize(QSize(760, 480))
        geometry, state = self.settings.geometry(), self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self._update_title()
        self._refresh_findings()
        self._fit_panels()

    # -- panels on small screens --------------------------------------------------------------

    COMPACT_BELOW = 1400  # px: narrower windows (a 1366×768 laptop) stack the panels as tabs

    def _fit_panels(self) -> None:
        """In a narrow window the overview and the findings share one column as tabs (the
        findings in front) so the editor keeps most of the width; a wide window has one panel
        on each side again."""
        compact = self.width() < self.COMPACT_BELOW
        if compact == getattr(self, "_compact", None) or not hasattr(self, "overview_dock"):
            return
        self._compact = compact
        right = Qt.DockWidgetArea.RightDockWidgetArea
        if compact:
            if self.dockWidgetArea(self.findings_dock) != right:
                self.addDockWidget(right, self.findings_dock)
            self.tabifyDockWidget(self.findings_dock, self.overview_dock)
            self.findings_dock.raise_()
            self.resizeDocks([self.findings_dock], [max(300, int(self.width() * 0.28))], Qt.Orientation.Horizontal)
        else:
            if self.tabifiedDockWidgets(self.findings_dock):
                self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.overview_dock)
            self.resizeDocks([self.findings_dock, self.overview_dock], [430, 300], Qt.Orientation.Horizontal)

    def resizeEvent(self, ev) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(ev)
        self._fit_panels()

    def _dock(self, title: str, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAccessibleName(title)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        if area == Qt.DockWidgetArea.RightDockWidgetArea:
            self.resizeDocks([dock], [430], Qt.Orientation.Horizontal)
        else:
            self.resizeDocks([dock], [300], Qt.Orientation.Horizontal)
        return dock

    # -- actions and menus --------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, name: str = "", tip: str = "") -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                act.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                act.setShortcut(QKeySequence(shortcut))
        if name:
            act.setObjectName(name)
        if tip:
            act.setStatusTip(tip)
            act.setToolTip(tip)
        act.triggered.connect(lambda _checked=False: slot())
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        self.act_new = self._action(translate("MainWindow", "&Nytt utkast"), self.new_draft, QKeySequence.StandardKey.New, "actNew")
        self.act_open = self._action(translate("MainWindow", "&Öppna …"), self.open_dialog, QKeySequence.StandardKey.Open, "actOpen",
                                     translate("MainWindow", "Öppna en annons eller kravprofil (.docx, .txt, .md)"))
        self.act_save = self._action(translate("MainWindow", "&Spara"), self.save, QKeySequence.StandardKey.Save, "actSave")
        self.act_save_as = self._action(translate("MainWindow", "Spara s&om …"), self.save_as, QKeySequence.StandardKey.SaveAs, "actSaveAs")
        self.act_export_docx = self._action(translate("MainWindow", "Rensad annons som &Word (.docx) …"),
                                            lambda: self.export_clean("docx"), None, "actExportDocx")
        self.act_export_txt = self._action(translate("MainWindow", "Rensad annons som &text (.txt) …"),
                                           lambda: self.export_clean("txt"), None, "actExportTxt")
        self.act_export_annotated = self._action(translate("MainWindow", "&Kommenterad Word-kopia …"),
                                                 self.export_annotated, None, "actExportAnnotated",
                                                 translate("MainWindow", "En Word-kopia med en kommentar vid varje fynd"))
        self.act_report_docx = self._action(translate("MainWindow", "Kund&rapport (Word) …"),
                                            lambda: self.export_client_report("docx"), "Ctrl+R", "actReportDocx")
        self.act_report_pdf = self._action(translate("MainWindow", "Kundrapport (&PDF) …"),
                                           lambda: self.export_client_report("pdf"), "Ctrl+Shift+R", "actReportPdf")
        self.act_batch = self._action(translate("MainWindow", "&Granska en mapp …"), self.open_batch, "Ctrl+B", "actBatch",
                                      translate("MainWindow", "Granska alla annonser i en mapp"))
        self.act_quit = self._action(translate("MainWindow", "&Avsluta"), self.close, QKeySequence.StandardKey.Quit, "actQuit")

        self.act_undo = self._action(translate("MainWindow", "&Ångra"), self.editor.undo, QKeySequence.StandardKey.Undo, "actUndo")
        self.act_redo = self._action(translate("MainWindow", "&Gör om"), self.editor.redo, QKeySequence.StandardKey.Redo, "actRedo")
        self.editor.undoAvailable.connect(self.act_undo.setEnabled)
        self.editor.redoAvailable.connect(self.act_redo.setEnabled)
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        self.act_cut = self._action(translate("MainWindow", "Klipp &ut"), self.editor.cut, QKeySequence.StandardKey.Cut)
        self.act_copy = self._action(translate("MainWindow", "&Kopiera"), self.editor.copy, QKeySequence.StandardKey.Copy)
        self.act_paste = self._action(translate("MainWindow", "Klistra &in"), self.editor.paste, QKeySequence.StandardKey.Paste)
        self.act_select_all = self._action(translate("MainWindow", "Markera &allt"), self.editor.selectAll, QKeySequence.StandardKey.SelectAll)
        for a in (self.act_undo, self.act_redo, self.act_cut, self.act_copy, self.act_paste, self.act_select_all):
            a.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the editor handles its own keys
        self.act_next = self._action(translate("MainWindow", "&Nästa fynd"), lambda: self.step_finding(1), "F8", "actNext")
        self.act_prev = self._action(translate("MainWindow", "&Föregående fynd"), lambda: self.step_finding(-1), "Shift+F8", "actPrev")
        self.act_apply = self._action(translate("MainWindow", "Använd &förslaget"), self.apply_current, "Ctrl+Return", "actApply",
                                      translate("MainWindow", "Använd det första förslaget för det valda fyndet"))
        self.act_dismiss = self._action(translate("MainWindow", "A&vfärda fynd …"), self.dismiss_current, "Ctrl+D", "actDismiss")
        # Every suggestion from the keyboard: Ctrl+1 … Ctrl+9 applies rewrite n of the current finding.
        self.act_apply_n = [
            self._action(translate("MainWindow", "Använd förslag %1").replace("%1", str(n)),
                         lambda n=n: self.apply_numbered(n), f"Ctrl+{n}", f"actApply{n}")
            for n in range(1, 10)]
        # F6 / Shift+F6: the editor, the findings list, the explanation with its buttons, the overview.
        self.act_next_pane = self._action(translate("MainWindow", "Nästa &panel"), lambda: self.focus_pane(1),
                                          "F6", "actNextPane")
        self.act_prev_pane = self._action(translate("MainWindow", "Föregående panel"), lambda: self.focus_pane(-1),
                                          "Shift+F6", "actPrevPane")

        self.act_meeting = self._action(translate("MainWindow", "&Mötesläge"), self.open_meeting, "F5", "actMeeting",
                                        translate("MainWindow", "Gå igenom fynden med kunden, ett i taget"))
        self.act_compare = self._action(translate("MainWindow", "Jämför med &kravprofil …"), self.open_compare,
                                        "Ctrl+K", "actCompare",
                                        translate("MainWindow", "Öppna kundens kravprofil bredvid utkastet och jämför kraven"))
        self.act_settings = self._action(translate("MainWindow", "&Inställningar …"), self.open_settings,
                                         "Ctrl+,", "actSettings")
        self.act_decisions = self._action(translate("MainWindow", "&Beslut i utkastet …"), self.open_decisions,
                                          "Ctrl+Shift+D", "actDecisions",
                                          translate("MainWindow", "Beslut om fynden, med återställning av avfärdade fynd"))
        self.act_log = self._action(translate("MainWindow", "Öppna mappen med &beslutsloggen"), self.open_log_folder, None, "actLog")
        self.act_about = self._action(translate("MainWindow", "&Om hirelint"), self.about, None, "actAbout")

        bar = self.menuBar()
        m = bar.addMenu(translate("MainWindow", "&Arkiv"))
        m.addAction(self.act_new)
        m.addAction(self.act_open)
        self.recent_menu = m.addMenu(translate("MainWindow", "Senaste &filer"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        m.addSeparator()
        m.addAction(self.act_save)
        m.addAction(self.act_save_as)
        export = m.addMenu(translate("MainWindow", "&Exportera"))
        export.addAction(self.act_export_docx)
        export.addAction(self.act_export_txt)
        export.addAction(self.act_export_annotated)
        export.addSeparator()
        export.addAction(self.act_report_docx)
        export.addAction(self.act_report_pdf)
        m.addSeparator()
        m.addAction(self.act_batch)
        m.addSeparator()
        m.addAction(self.act_quit)

        m = bar.addMenu(translate("MainWindow", "&Redigera"))
        for a in (self.act_undo, self.act_redo):
            m.addAction(a)
        m.addSeparator()
        for a in (self.act_cut, self.act_copy, self.act_paste, self.act_select_all):
            m.addAction(a)
        m.addSeparator()
        for a in (self.act_next, self.act_prev, self.act_apply, self.act_dismiss):
            m.addAction(a)

        m = bar.addMenu(translate("MainWindow", "&Visa"))
        m.addAction(self.act_meeting)
        m.addAction(self.act_compare)
        m.addSeparator()
        m.addAction(self.act_next_pane)
        m.addAction(self.act_prev_pane)
        m.addSeparator()
        fa = self.findings_dock.toggleViewAction()
        fa.setText(translate("MainWindow", "Panelen &Fynd"))
        oa = self.overview_dock.toggleViewAction()
        oa.setText(translate("MainWindow", "Panelen Ö&versikt"))
        m.addAction(fa)
        m.addAction(oa)

        m = bar.addMenu(translate("MainWindow", "Ver&ktyg"))
        m.addAction(self.act_settings)
        m.addAction(self.act_decisions)
        m.addAction(self.act_log)
        m = bar.addMenu(translate("MainWindow", "&Hjälp"))
        m.addAction(self.act_about)

        tb = QToolBar(translate("MainWindow", "Verktygsfält"), self)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.act_open, self.act_save):
            tb.addAction(a)
        tb.addSeparator()
        for a in (self.act_prev, self.act_next):
            tb.addAction(a)
        tb.addSeparator()
        tb.addAction(self.act_meeting)
        tb.addAction(self.act_report_docx)
        tb.addSeparator()
        tb.addAction(self.act_batch)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for i, path in enumerate(recent, 1):
            label = f"&{i} {Path(path).name}" if i < 10 else Path(path).name
            act = self.recent_menu.addAction(label)
            act.setToolTip(path)
            act.setStatusTip(path)
            act.triggered.connect(lambda _=False, p=path: self.open_path(Path(p)))
        if recent:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(translate("MainWindow", "Töm listan"))
            clear.triggered.connect(self.settings.clear_recent)
        else:
            none = self.recent_menu.addAction(translate("MainWindow", "(inga filer ännu)"))
            none.setEnabled(False)

    # -- linting ------------------------------------------------------------------------------

    def _lint_source(self):
        path = str(self.session.path) if self.session.path else "-"
        return self.editor.plain_text(), path, self.session.original

    @Slot()
    def _text_changed(self) -> None:
        if self._applied:
            # after the edit is complete (a new edit first drops the redo stack, see below)
            QTimer.singleShot(0, self._sync_applied)
        self.controller.schedule()
        if self.editor.document().isModified() and not self._autosave_timer.isActive():
            self._autosave_timer.start()

    @Slot(object)
    def _on_result(self, result: LintResult) -> None:
        if result.error:
            self.status_label.setText(translate("MainWindow", "Granskningen misslyckades: %1").replace("%1", result.error))
            return
        if result.text != self.editor.plain_text():
            return  # the text changed after the request; the next result will match
        self.report = result.report
        self.report_text = result.text
        self.gender_words = result.gender_words
        self._refresh_findings()
        if self.compare_window is not None:
            self.compare_window.set_ad(self.report)
        self.last_update_ms = (time.perf_counter() - self.controller.timeout_at) * 1000

    def _refresh_findings(self) -> None:
        """Show the current report's findings, filtered by severity and settled decisions."""
        if self.report is None:
            self.shown = []
        else:
            wanted = filter_findings(self.report.findings, self.lint_settings.min_severity)
            self.shown = self.session.visible(wanted, self.report_text)
        text_now = self.editor.plain_text()
        if self.report is not None and self.report_text == text_now:
            self.editor.set_findings(self.shown, self.report_text)
        empty = (translate("MainWindow", "Inga fynd. Texten följer de regler som är påslagna.")
                 if self.report is not None and self.report_text.strip()
                 else translate("MainWindow", "Inga fynd ännu. Skriv, klistra in eller öppna en annons."))
        self.findings_panel.set_findings(self.shown, empty)
        self.overview.set_report(self.report, self.shown, self.gender_words if self.report else ((), ()))
        self._update_status()
        has = bool(self.shown)
        self.act_meeting.setEnabled(has)
        for a in (self.act_next, self.act_prev, self.act_apply, self.act_dismiss):
            a.setEnabled(has)

    def _update_status(self) -> None:
        if self.controller.pending and self.report is None:
            self.status_label.setText(translate("MainWindow", "Granskar …"))
            return
        n = len(self.shown)
        by = {s: sum(1 for f in self.shown if f.severity == s) for s in ("error", "warning", "info")}
        if n == 0:
            text = translate("MainWindow", "Inga fynd")
        else:
            # Each number with its own plural form (Qt's %n): "1 varning", "2 varningar".
            errors, warnings, advice = by["error"], by["warning"], by["info"]
            parts = [translate("MainWindow", "%n fel", "", errors),
                     translate("MainWindow", "%n varningar", "", warnings),
                     translate("MainWindow", "%n råd", "", advice)]
            text = translate("MainWindow", "%n fynd", "", n) + ": " + ", ".join(parts)
        dismissed = len(self.session.settled())
        if dismissed:
            text += " · " + translate("MainWindow", "%n avgjorda", "", dismissed)
        self.status_label.setText(text)

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        if busy and self.report is None:
            self.status_label.setText(translate("MainWindow", "Granskar …"))

    @Slot(str, str)
    def _on_pipeline(self, name: str, warning: str) -> None:
        if warning:
            self.pipeline_state = "basic"
            self.pipeline_label.setText(translate("MainWindow", "Språkanalys: förenklad"))
            self.pipeline_label.setToolTip(warning)
        else:
            self.pipeline_state = "ready"
            self.pipeline_label.setText(translate("MainWindow", "Språkanalys: klar"))
            self.pipeline_label.setToolTip(name)

    @Slot(str)
    def _on_linter_ready(self, error: str) -> None:
        if error:
            prompts.error(self, translate("MainWindow", "Lexikonmappen kunde inte läsas"),
                          translate("MainWindow", "%1\n\nhirelint använder de inbyggda lexikonen tills du rättar mappen under Verktyg → Inställningar.").replace("%1", error))

    # -- undo and redo of applied rewrites ----------------------------------------------------

    def _track_applied(self, decision) -> None:
        """Remember that ``decision`` stands for the newest undo step of the editor."""
        steps = self.editor.document().availableUndoSteps()
        self._applied.append(_AppliedEdit(decision, steps))

    @Slot()
    def _undo_command_added(self) -> None:
        """A new edit: Qt dropped the redo stack, so undone rewrites can no longer come back."""
        self._applied = [a for a in self._applied if a.active]

    @Slot()
    def _sync_applied(self) -> None:
        """Undo (Ctrl+Z) of an applied rewrite withdraws its decision (the log says ``undone``,
        the sidecar and the client report drop it); redo records it again."""
        steps = self.editor.document().availableUndoSteps()
        changed = False
        for a in self._applied:
            if a.active and steps < a.steps:
                a.active = False
                self.session.withdraw(a.decision)
                changed = True
            elif not a.active and steps >= a.steps:
                a.active = True
                a.decision = self.session.reinstate(a.decision)
                changed = True
        if changed:
            self._update_status()

    def restore_decision(self, decision) -> bool:
        """Show a dismissed or kept finding again (from the list of decisions)."""
        if decision.action not in (DISMISSED, KEPT) or not self.session.restore(decision):
            return False
        self._refresh_findings()
        self.statusBar().showMessage(translate("MainWindow", "Fyndet visas igen; beslutet loggades."), 5000)
        return True

    def open_decisions(self):
        """The draft's decisions, with restore for dismissed and kept findings."""
        from .decisions_dialog import DecisionsDialog

        dlg = DecisionsDialog(self.session, self.restore_decision, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        self.decisions_dialog = dlg
        return dlg

    # -- findings: apply, dismiss, navigate ---------------------------------------------------

    @Slot(object, object)
    def apply_suggestion(self, finding: Finding, suggestion: Suggestion, origin: str = "editor") -> bool:
        """Apply a rewrite in the editor (one undo step) and record it."""
        span = self.editor.span_of(finding)
        before = self._context_now(finding, span.cursor if span else None)
        changed = self.editor.apply(finding, suggestion)
        if changed is None:
            self.statusBar().showMessage(translate(
                "MainWindow", "Texten har ändrats sedan granskningen – förslaget fördes inte in. Granskar igen …"), 6000)
            self.controller.lint_now()
            return False
        after = _changed_sentence(*changed)
        decision = self.session.decide(ACCEPTED if origin == "meeting" else APPLIED, finding, before or finding.text,
                                       suggestion=suggestion.text, result=after, origin=origin)
        self._track_applied(decision)
        self.statusBar().showMessage(translate("MainWindow", "Förslaget fördes in. Ångra med Ctrl+Z."), 5000)
        return True

    @Slot(object)
    def dismiss_finding(self, finding: Finding) -> bool:
        """Ask why, then hide the finding for this wording and record the decision."""
        reason = prompts.dismiss_reason(self, finding)
        if not reason:
            return False
        span = self.editor.span_of(finding)
        context = self._context_now(finding, span.cursor if span else None)
        self.session.decide(DISMISSED, finding, context, reason=reason)
        self._refresh_findings()
        self.statusBar().showMessage(translate("MainWindow", "Fyndet avfärdades och beslutet loggades."), 5000)
        return True

    def _context_now(self, finding: Finding, cursor: Optional[QTextCursor]) -> str:
        """The finding's sentence in the editor's current text (as the next lint will cut it)."""
        text = self.editor.plain_text()
        if cursor is not None:
            offsets = OffsetMap(text)
            start = offsets.from_qt(cursor.selectionStart())
            end = offsets.from_qt(cursor.selectionEnd())
            if text[start:end] == finding.text:
                return sentence_at(text, start)
        if self.report_text == text:
            return sentence_at(text, finding.start)
        return finding.text

    def current_finding(self) -> Optional[Finding]:
        return self.findings_panel.current() or self.editor.current_finding()

    def apply_current(self) -> None:
        f = self.current_finding()
        if f is None:
            return
        s = next((s for s in f.suggestions if s.applicability != "advice"), None)
        if s is not None:
            self.apply_suggestion(f, s)

    def apply_numbered(self, n: int) -> bool:
        """Apply rewrite ``n`` (1-based, in the order the explanation lists them) of the current
        finding."""
        f = self.current_finding()
        if f is None:
            return False
        rewrites = [s for s in f.suggestions if s.applicability != "advice"]
        if not 1 <= n <= len(rewrites):
            self.statusBar().showMessage(translate("MainWindow", "Fyndet har inget förslag %1.").replace("%1", str(n)), 4000)
            return False
        return self.apply_suggestion(f, rewrites[n - 1])

    def panes(self) -> list[QWidget]:
        """The panes F6 moves between, in order, as far as they are shown."""
        out: list[QWidget] = [self.editor]
        if not self.findings_dock.isHidden():
            panel = self.findings_panel
            out.append(panel.tree if panel.tree.isVisible() or not panel.empty.isVisible() else panel.empty)
            detail = panel.detail
            out.append(detail.buttons[0] if detail.buttons else detail.text if detail.text.isVisible() else detail)
        if not self.overview_dock.isHidden():
            out.append(self.overview.requirements)
        return out

    def focus_pane(self, step: int) -> QWidget:
        """Move the keyboard focus to the next (or previous) pane; a tabbed dock comes forward."""
        panes = self.panes()
        focus = QApplication.focusWidget()
        current = next((i for i, p in enumerate(panes)
                        if focus is not None and (focus is p or p.isAncestorOf(focus))), None)
        if current is None and focus is not None:  # elsewhere in a dock: the nearest pane before it
            for i, p in enumerate(panes):
                dock = self.findings_dock if self.findings_dock.isAncestorOf(p) else self.overview_dock
                if dock.isAncestorOf(focus):
                    current = i
                    break
        target = panes[((current if current is not None else 0) + step) % len(panes)]
        for dock in (self.findings_dock, self.overview_dock):
            if dock.isAncestorOf(target):
                dock.raise_()  # shown if it shares its place with the other panel as a tab
        target.setFocusPolicy(target.focusPolicy() | Qt.FocusPolicy.TabFocus)
        target.setFocus(Qt.FocusReason.TabFocusReason)
        return target

    def dismiss_current(self) -> None:
        f = self.current_finding()
        if f is not None:
            self.dismiss_finding(f)

    def step_finding(self, step: int) -> None:
        ordered = sorted(self.shown, key=lambda f: (f.start, f.end))
        if not ordered:
            return
        cur = self.current_finding()
        pos = self.editor.textCursor().position()
        if cur in ordered:
            i = (ordered.index(cur) + step) % len(ordered)
        else:
            offsets = OffsetMap(self.report_text)
            after = [i for i, f in enumerate(ordered) if offsets.to_qt(f.start) > pos]
            i = (after[0] if after else 0) if step > 0 else ((after[0] - 1) if after else len(ordered) - 1)
        f = ordered[i]
        self.editor.show_finding(f)
        self.findings_panel.select(f)
        self.editor.setFocus()

    # -- meeting mode -------------------------------------------------------------------------

    def open_meeting(self, full_screen: bool = True):
        """Present the open findings to the client, one requirement (or sentence) at a time."""
        from .meeting import MeetingView, build_items

        if not self.shown or self.report is None:
            prompts.info(self, translate("MainWindow", "Mötesläge"),
                         translate("MainWindow", "Det finns inga fynd att gå igenom."))
            return None
        items = build_items(self.report, self.shown, self.report_text)
        offsets = OffsetMap(self.report_text)
        doc = self.editor.document()
        for item in items:
            # A cursor over the unit follows later edits (earlier units accepted, typing).
            cur = QTextCursor(doc)
            cur.setPosition(offsets.to_qt(item.unit.start))
            cur.setPosition(offsets.to_qt(item.unit.end), QTextCursor.MoveMode.KeepAnchor)
            item.locate = self._cursor_range(cur)
        self._meeting_items = items  # keeps the cursors alive with the view

        name = self.session.name or translate("MainWindow", "Osparat utkast")
        self.meeting = MeetingView(items, name, self._accept_unit, self._keep_unit, self.editor.plain_text, self)
        self.meeting.closed.connect(self._meeting_closed)
        self.meeting.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if full_screen:
            # With a projector attached, present there and keep the recruiter's screen free.
            screens = QGuiApplication.screens()
            other = [s for s in screens if s is not self.screen()]
            if other:
                self.meeting.setScreen(other[0])
                self.meeting.move(other[0].geometry().topLeft())
            self.meeting.showFullScreen()
        else:
            self.meeting.resize(1280, 760)
            self.meeting.show()
        self.meeting.activateWindow()
        self.meeting.setFocus()
        return self.meeting

    def _cursor_range(self, cursor: QTextCursor):
        """A function giving the (start, end) that ``cursor`` selects in the current text."""
        def locate() -> Optional[tuple[int, int]]:
            offsets = OffsetMap(self.editor.plain_text())
            start = offsets.from_qt(cursor.selectionStart())
            end = offsets.from_qt(cursor.selectionEnd())
            return (start, end) if start <= end else None
        locate.cursor = cursor
        return locate

    def _accept_unit(self, item) -> bool:
        """The client accepted a unit in the meeting: replace the unit's whole range with the
        wording that was shown (one undoable edit) and record the decision for each finding.
        Advice only: record that the client accepted it; the text stays as it is."""
        from hirelint.units import decision_fields

        text = self.editor.plain_text()
        where = item.range()
        if where is None or text[where[0]:where[1]] != item.unit.text:
            return False
        start, end = where
        fields = decision_fields(item.unit)
        contexts = [(f, sentence_at(text, start + (f.start - item.unit.start))) for f in item.findings]
        if item.advice:
            advice = "\n".join(s.text for s in item.unit.advice)
            for f, context in contexts:
                self.session.decide(ACCEPTED, f, context or f.text, suggestion=advice, origin="meeting", **fields)
            return True
        wording = item.unit.wording or ""
        new = text[:start] + wording + text[end:]
        self.editor.replace_text(text, new)
        cursor = getattr(item.locate, "cursor", None)
        if cursor is not None:  # the unit now holds the accepted wording
            after = OffsetMap(new)
            cursor.setPosition(after.to_qt(start))
            cursor.setPosition(after.to_qt(start + len(wording)), QTextCursor.MoveMode.KeepAnchor)
        result = sentence_at(new, start) if wording.strip() else ""
        for f, context in contexts:
            decision = self.session.decide(ACCEPTED, f, context or f.text, suggestion=wording, result=result,
                                           origin="meeting", **fields)
            self._track_applied(decision)  # one edit: Ctrl+Z withdraws every decision of the unit
        self.statusBar().showMessage(translate("MainWindow", "Förslaget fördes in. Ångra med Ctrl+Z."), 5000)
        return True

    def _keep_unit(self, item, reason: str) -> bool:
        """The client keeps the unit's wording: record the justification for each finding."""
        from hirelint.units import decision_fields

        text = self.editor.plain_text()
        where = item.range()
        same = where is not None and text[where[0]:where[1]] == item.unit.text
        fields = decision_fields(item.unit)
        for f in item.findings:
            context = sentence_at(text, where[0] + (f.start - item.unit.start)) if same else f.text
            self.session.decide(KEPT, f, context or f.text, reason=reason, suggestion=item.unit.wording or "",
                                origin="meeting", **fields)
        self._refresh_findings()
        return True

    def _meeting_closed(self) -> None:
        self.meeting = None
        self._refresh_findings()
        self.controller.lint_now()

    # -- files --------------------------------------------------------------------------------

    def new_draft(self) -> None:
        if not self._confirm_discard():
            return
        self._load("", DraftSession(log=self.log))

    def open_dialog(self) -> None:
        folder = str(self.session.path.parent) if self.session.path else self.settings.last_folder()
        path = prompts.open_file(self, folder)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path, confirm: bool = True) -> bool:
        """Open a .docx, .txt or .md file as the draft. The file is read off the GUI thread (a
        legacy .doc goes through LibreOffice, which takes seconds); unreadable files are
        reported plainly. Returns False if the user kept the current draft."""
        path = Path(path)
        if confirm and not self._confirm_discard():
            return False
        self._open_id += 1
        self.loading = path
        self.status_label.setText(translate("MainWindow", "Öppnar %1 …").replace("%1", path.name))
        QThreadPool.globalInstance().start(_Reader(self._open_id, path, self._reader_signals))
        return True

    @Slot(int, object, object, str)
    def _opened(self, open_id: int, path: Path, doc, error: str) -> None:
        if open_id != self._open_id:
            return  # another file was opened meanwhile
        self.loading = None
        if doc is None:
            self._update_status()
            prompts.error(self, translate("MainWindow", "Filen kunde inte öppnas"), error)
            return
        self._load(doc.text, DraftSession.open(path, doc, self.log))
        self.settings.add_recent(str(path))
        self.settings.set_last_folder(str(path.parent))
        if doc.notes:
            self.statusBar().showMessage(" ".join(doc.notes), 10000)

    def _load(self, text: str, session: DraftSession) -> None:
        self.session = session
        self._applied = []  # a new text has no undo history
        self.report = None
        self.report_text = ""
        self.editor.set_text(text)
        self.recovery.discard()
        self._autosave_timer.stop()
        self._update_title()
        self._refresh_findings()
        self.controller.lint_now()

    def _files_dropped(self, paths: list) -> None:
        if paths:
            self.open_path(Path(paths[0]))

    def dragEnterEvent(self, ev) -> None:  # noqa: N802 - Qt override
        if any(u.isLocalFile() for u in ev.mimeData().urls()):
            ev.acceptProposedAction()

    def dropEvent(self, ev) -> None:  # noqa: N802 - Qt override
        files = [u.toLocalFile() for u in ev.mimeData().urls() if u.isLocalFile()]
        if files:
            ev.acceptProposedAction()
            self.open_path(Path(files[0]))

    def save(self) -> bool:
        """Save a text draft in place; a Word draft (or a new one) gets a new file."""
        path = self.session.path
        if path is None or path.suffix.lower() not in TEXT_SUFFIXES:
            return self.save_as()
        return self._write_draft(path)

    def save_as(self) -> bool:
        folder = self.session.path.parent if self.session.path else Path(self.settings.last_folder() or Path.home())
        stem = self.session.path.stem if self.session.path else translate("MainWindow", "annons")
        if self.session.is_word:
            reviewed = translate("MainWindow", "(granskad)")
            suggested = folder / f"{stem} {reviewed}.docx"
            filters = f"{WORD_FILTER};;{TEXT_FILTER};;{MD_FILTER}"
        else:
            suggested = folder / f"{stem}{self.session.path.suffix if self.session.path else '.txt'}"
            filters = f"{TEXT_FILTER};;{MD_FILTER};;{WORD_FILTER}"
        out = prompts.save_file(self, translate("MainWindow", "Spara utkastet"), str(suggested), filters)
        if out is None:
            return False
        if not out.suffix:
            out = out.with_suffix(".txt")
        if self.session.is_word and self.session.path and out.exists() and os.path.samefile(out, self.session.path):
            prompts.error(self, translate("MainWindow", "Originalet skrivs aldrig över"),
                          translate("MainWindow", "Välj ett nytt filnamn; Word-originalet lämnas orört."))
            return False
        return self._write_draft(out)

    def _write_draft(self, path: Path) -> bool:
        text = self.editor.plain_text()
        word = path.suffix.lower() in (".docx",)
        from_word = self.session.original is not None and self.session.original.source_format == "docx"
        kept = False
        try:
            if word:
                kept = exports.write_word(path, text, source=self.session.path,
                                          original=self.session.original, title=path.stem)
            else:
                exports.write_text(path, text)
        except OSError as exc:
            prompts.error(self, translate("MainWindow", "Kunde inte spara"), str(exc))
            return False
        moved = self.session.path != path
        if moved:
            # A Word copy becomes the draft's file: read it back so the next save splices into
            # it too (and tables and headers keep their locations in the findings).
            self.session.original = self._read_back(path) if word else None
            self.session.moved_to(path)
        else:
            self.session.save_sidecar()
        self.session.log_open_findings(self.shown, self.report_text, "save")
        self.editor.document().setModified(False)
        self.recovery.discard()
        self.settings.add_recent(str(path))
        self.settings.set_last_folder(str(path.parent))
        self._update_title()
        message = translate("MainWindow", "Sparat: %1").replace("%1", str(path))
        if word and from_word and not kept:
            message += " – " + translate("MainWindow", "originalets formatering kunde inte behållas")
        self.statusBar().showMessage(message, 5000)
        return True

    def _read_back(self, path: Path):
        """The Word file just written, as read (None if it cannot be read)."""
        try:
            return read_document(path, path.name)
        except InputError:
            return None

    def _confirm_discard(self) -> bool:
        """True if the current draft may be replaced (saved, discarded or unchanged)."""
        if not self.editor.document().isModified() or not self.editor.plain_text().strip():
            return True
        answer = prompts.unsaved_changes(self, self.session.name or translate("MainWindow", "utkastet"))
        if answer == prompts.SAVE:
            return self.save()
        if answer == prompts.DISCARD:
            self.recovery.discard()
            return True
        return False

    def _update_title(self) -> None:
        name = self.session.name or translate("MainWindow", "Nytt utkast")
        self.setWindowTitle(f"{name}[*] – hirelint")
        self.setWindowModified(self.editor.document().isModified())

    # -- recovery -----------------------------------------------------------------------------

    @Slot()
    def autosave(self) -> None:
        """Write the recovery copy (atomic) while there are unsaved changes."""
        if self.editor.document().isModified():
            try:
                self.recovery.save(self.editor.plain_text(), self.session.path, self.session.decisions)
            except OSError as exc:
                self.statusBar().showMessage(
                    translate("MainWindow", "Återställningskopian kunde inte sparas: %1").replace("%1", str(exc)), 8000)
        else:
            self.recovery.discard()

    def offer_recovery(self) -> bool:
        """After a crash: offer the drafts other windows left behind. True if one was restored."""
        for draft in self.recovery.orphans():
            if not draft.text.strip():
                self.recovery.remove(draft)
                continue
            name = Path(draft.path).name if draft.path else translate("MainWindow", "utan namn")
            preview = draft.text.strip()[:240] + ("…" if len(draft.text.strip()) > 240 else "")
            if prompts.restore_draft(self, name, draft.saved_at, preview):
                path = Path(draft.path) if draft.path else None
                session = DraftSession(path if path and path.exists() else None, None, draft.decisions, self.log)
                self._load(draft.text, session)
                self.editor.document().setModified(True)
                self._update_title()
                self.recovery.remove(draft)
                self.autosave()
                return True
            self.recovery.remove(draft)
        return False

    # -- exports ------------------------------------------------------------------------------

    def _export_folder(self) -> Path:
        if self.session.path:
            return self.session.path.parent
        return Path(self.settings.last_folder() or Path.home())

    def _stem(self) -> str:
        return self.session.path.stem if self.session.path else translate("MainWindow", "annons")

    def export_clean(self, kind: str) -> Optional[Path]:
        """The cleaned ad as it stands in the editor (.docx or .txt)."""
        suffix = ".docx" if kind == "docx" else ".txt"
        clean = translate("MainWindow", "(ren)")
        suggested = self._export_folder() / f"{self._stem()} {clean}{suffix}"
        out = prompts.save_file(self, translate("MainWindow", "Exportera rensad annons"), str(suggested),
                                WORD_FILTER if kind == "docx" else TEXT_FILTER)
        if out is None:
            return None
        out = out if out.suffix.lower() == suffix else out.with_suffix(suffix)
        if self._is_input(out):
            return None
        text = self.editor.plain_text()
        try:
            if kind == "docx":
                exports.write_word(out, text, source=self.session.path, original=self.session.original,
                                   title=self._stem())
            else:
                exports.write_text(out, text)
        except OSError as exc:
            prompts.error(self, translate("MainWindow", "Exporten misslyckades"), str(exc))
            return None
        self.statusBar().showMessage(translate("MainWindow", "Exporterat: %1").replace("%1", str(out)), 6000)
        return out

    def export_annotated(self) -> Optional[Path]:
        """A Word copy with a comment on each open finding (written by the worker)."""
        annotated = translate("MainWindow", "(kommenterad)")
        suggested = self._export_folder() / f"{self._stem()} {annotated}.docx"
        out = prompts.save_file(self, translate("MainWindow", "Spara kommenterad Word-kopia"), str(suggested), WORD_FILTER)
        if out is None:
            return None
        out = out if out.suffix.lower() == ".docx" else out.with_suffix(".docx")
        if self._is_input(out):
            return None
        text, source, original = self.editor.plain_text(), self.session.path, self.session.original
        settled = self.session.settled()
        self.session.log_open_findings(self.shown, self.report_text, "export")
        job_id = self.controller.next_id()
        self._jobs[job_id] = "annotate"
        self.statusBar().showMessage(translate("MainWindow", "Skriver den kommenterade kopian …"))
        self.controller.run_job(job_id, lambda linter: exports.annotated_copy(
            linter, out, text=text, source=source, original=original, settled=settled))
        return out

    def export_client_report(self, kind: str) -> Optional[Path]:
        """The client report (.docx or PDF): findings, reasons, proposals and decisions."""
        suffix = ".pdf" if kind == "pdf" else ".docx"
        report_word = translate("MainWindow", "kundrapport")
        suggested = self._export_folder() / f"{self._stem()} – {report_word}{suffix}"
        out = prompts.save_file(self, translate("MainWindow", "Spara kundrapport"), str(suggested),
                                "PDF (*.pdf)" if kind == "pdf" else WORD_FILTER)
        if out is None:
            return None
        out = out if out.suffix.lower() == suffix else out.with_suffix(suffix)
        if self._is_input(out):
            return None
        report = self.report
        name = self.session.name or translate("MainWindow", "Utkast utan namn")
        comparison = None
        if self.compare_window is not None and self.compare_window.comparison is not None \
                and self.compare_window.ad_report is report:
            comparison = self.compare_window.comparison
        cr = exports.client_report(report, self.session.decisions, name, findings=self.shown,
                                   prepared_by=self.settings.prepared_by(), comparison=comparison)
        try:
            if kind == "pdf":
                exports.write_pdf(out, cr.to_html(), title=f"{cr.title}: {cr.document}")
            else:
                cr.write_docx(out)
        except OSError as exc:
            prompts.error(self, translate("MainWindow", "Exporten misslyckades"), str(exc))
            return None
        self.session.log_open_findings(self.shown, self.report_text, "export")
        self.statusBar().showMessage(translate("MainWindow", "Kundrapporten sparades: %1").replace("%1", str(out)), 8000)
        return out

    def _is_input(self, out: Path) -> bool:
        src = self.session.path
        if src and out.exists() and os.path.samefile(out, src):
            prompts.error(self, translate("MainWindow", "Originalet skrivs aldrig över"),
                          translate("MainWindow", "Välj ett annat filnamn än utkastets eget."))
            return True
        return False

    @Slot(int, object, str)
    def _job_done(self, job_id: int, result, error: str) -> None:
        kind = self._jobs.pop(job_id, None)
        if kind is None:
            return
        if error:
            prompts.error(self, translate("MainWindow", "Exporten misslyckades"), error)
            return
        if kind == "annotate":
            if result.error:
                prompts.error(self, translate("MainWindow", "Exporten misslyckades"), result.error.message)
            elif result.output:
                comments = result.comments
                self.statusBar().showMessage(
                    translate("MainWindow", "Kommenterad kopia sparad: %1 (%n kommentarer)", "", comments)
                    .replace("%1", result.output), 8000)
            else:
                self.statusBar().showMessage(str(result.skipped or ""), 8000)

    # -- other windows ------------------------------------------------------------------------

    def open_batch(self):
        from .batch import BatchWindow

        if self.batch_window is None:
            self.batch_window = BatchWindow(self.controller, self.lint_settings.min_severity,
                                            self.settings.last_folder(), None)
            self.batch_window.openRequested.connect(lambda p: self.open_path(Path(p)))
        self.batch_window.show()
        self.batch_window.raise_()
        self.batch_window.activateWindow()
        return self.batch_window

    def open_compare(self, path: Optional[Path] = None):
        """The kravprofil beside the draft (asks for the profile when none is open yet)."""
        from .compare_view import CompareWindow

        if self.compare_window is None:
            self.compare_window = CompareWindow(self)
            self.compare_window.jumpRequested.connect(self.show_range)
        self.compare_window.set_ad(self.report)
        self.compare_window.show()
        if path is not None:
            self.compare_window.open_profile(Path(path))
        elif self.compare_window.profile_report is None:
            self.compare_window.open_dialog()
        return self.compare_window

    def show_range(self, start: int, end: int) -> bool:
        """Select start..end of the linted text in the editor (when the text is still the same)."""
        if self.report is None or self.report_text != self.editor.plain_text():
            self.status_label.setText(translate("MainWindow", "Utkastet har ändrats; jämförelsen uppdateras strax."))
            return False
        cursor = self.editor.textCursor()
        cursor.setPosition(min(start, len(self.report_text)))
        cursor.setPosition(min(end, len(self.report_text)), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.centerCursor()
        self.raise_()
        self.activateWindow()
        self.editor.setFocus()
        return True

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dlg = SettingsDialog(self.lint_settings, self.settings.language_setting(), self.log.path, self,
                             adviser=self.settings.adviser())
        if dlg.exec():
            self.apply_settings(dlg.choice())
        dlg.deleteLater()

    def apply_settings(self, choice) -> None:
        language_changed = choice.language != self.settings.language_setting()
        self.settings.set_lint(choice.lint)
        self.settings.set_language(choice.language)
        if choice.adviser is not None or choice.firm is not None:
            name, firm = self.settings.adviser()
            self.settings.set_adviser(name if choice.adviser is None else choice.adviser,
                                      firm if choice.firm is None else choice.firm)
        self.lint_settings = choice.lint
        self.controller.configure(choice.lint)
        if self.batch_window is not None:
            self.batch_window.min_severity = choice.lint.min_severity
        self._refresh_findings()
        if language_changed:
            self.statusBar().showMessage(translate("MainWindow", "Språket byts nästa gång hirelint startas."), 8000)

    def open_log_folder(self) -> None:
        self.log.path.parent.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log.path.parent)))

    def about(self) -> None:
        QMessageBox.about(self, translate("MainWindow", "Om hirelint"), translate(
            "MainWindow",
            "<h3>hirelint %1</h3><p>Granskar platsannonser och kravprofiler offline: formuleringar som "
            "riskerar att diskriminera och krav som inte går att pröva, med förklaringar och neutrala, "
            "mätbara förslag.</p><p>Inget lämnar datorn. hirelint skriver annonser; det bedömer aldrig "
            "kandidater.</p>").replace("%1", __version__))

    # -- closing ------------------------------------------------------------------------------

    def closeEvent(self, ev) -> None:  # noqa: N802 - Qt override
        if not self._confirm_discard():
            ev.ignore()
            return
        if self.meeting is not None:
            self.meeting.close()
        if self.batch_window is not None:
            self.batch_window.close()
            self.batch_window.deleteLater()
            self.batch_window = None
        if self.compare_window is not None:
            self.compare_window.close()
            self.compare_window.deleteLater()
            self.compare_window = None
        self.settings.set_layout(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self._autosave_timer.stop()
        self.controller.shutdown()
        self.recovery.close()
        ev.accept()


def _changed_sentence(old: str, new: str) -> str:
    """The sentence of ``new`` where it first differs from ``old`` (the rewritten sentence)."""
    at = len(os.path.commonprefix([old, new]))
    return sentence_at(new, max(0, min(at, len(new) - 1)))


class _AppliedEdit:
    """A rewrite applied in the editor: its decision and the undo steps right after it."""

    __slots__ = ("decision", "steps", "active")

    def __init__(self, decision, steps: int):
        self.decision = decision
        self.steps = steps
        self.active = True


class _ReaderSignals(QObject):
    """Carries a read document from the pool thread back to the window."""

    done = Signal(int, object, object, str)  # open id, path, Document or None, error message


class _Reader(QRunnable):
    """Reads one file in Qt's thread pool (reading needs no linter, so it does not queue
    behind linting in the worker)."""

    def __init__(self, open_id: int, path: Path, signals: _ReaderSignals):
        super().__init__()
        self.open_id, self.path, self.signals = open_id, path, signals

    def run(self) -> None:
        try:
            doc = read_document(self.path, self.path.name)
            self.signals.done.emit(self.open_id, self.path, doc, "")
        except InputError as exc:
            self.signals.done.emit(self.open_id, self.path, None, exc.message)
        except Exception as exc:  # never crash on a strange file
            self.signals.done.emit(self.open_id, self.path, None, f"{type(exc).__name__}: {exc}")
