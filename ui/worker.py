"""The one background worker: it owns the Linter and its spaCy pipeline.

The worker is a QObject moved to its own QThread. The GUI thread talks to it only through
queued signals and reads its answers as signals carrying plain values (a report, or an error
message as a value, never an exception across threads). Batch runs are processed one file per
event-loop turn, so a live lint request from the editor is answered between two files and the
cancel flag is seen within one file.
"""

from __future__ import annotations

import threading
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from hirelint.model import Document, Report
from .settings import LintSettings


def balance_words(ruleset, document: Document) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The gender-coded words the balance counts, as written (masculine, feminine): the
    lexicon's balance patterns over each block, without allowed words and exceptions."""
    bal = getattr(ruleset, "balance", None)
    if not bal or document is None:
        return (), ()
    allow = getattr(ruleset, "allow", frozenset())
    out: tuple[list[str], list[str]] = ([], [])
    for seg in document.segments:
        for rx, words in ((bal.masculine, out[0]), (bal.feminine, out[1])):
            for m in rx.finditer(seg.text):
                w = m.group(0).lower()
                if w in allow or (bal.exceptions and bal.exceptions.match(w)):
                    continue
                words.append(m.group(0))
    return tuple(out[0]), tuple(out[1])


@dataclass(frozen=True)
class LintRequest:
    """Lint this text. ``document`` is the file as read (e.g. a .docx with its table and
    header locations) and is used instead of the text while the text is unchanged."""

    request_id: int
    text: str
    path: str = "-"
    document: Optional[Document] = None


@dataclass(frozen=True)
class LintResult:
    """The answer to a LintRequest: a report, or an error message."""

    request_id: int
    text: str
    report: Optional[Report]
    error: str = ""
    seconds: float = 0.0
    gender_words: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())  # (masculine, feminine) as counted


@dataclass(frozen=True)
class BatchItem:
    """One file of a batch run."""

    index: int
    total: int
    shown: str
    path: Optional[Path]
    report: Report


class LintWorker(QObject):
    """Lints in its own thread. Create it, move it to a QThread, connect ``start`` to
    ``QThread.started``."""

    linted = Signal(object)  # LintResult
    linterReady = Signal(str)  # "" or an error message (e.g. a broken lexicon folder)
    pipelineReady = Signal(str, str)  # pipeline name, warning ("" if none)
    batchProgress = Signal(int, object)  # batch id, BatchItem
    batchDone = Signal(int, bool)  # batch id, cancelled
    jobDone = Signal(int, object, str)  # job id, result, error ("" if none)

    def __init__(self, settings: LintSettings, warm_up: bool = True):
        super().__init__()
        self._settings = settings
        self._warm_up = warm_up
        self.linter = None
        # Written by the GUI thread, read here: the newest request id and the batch cancel flag.
        self.latest = 0
        self._cancel = threading.Event()
        self._batch: Optional[tuple[int, list, int]] = None

    # -- set-up -------------------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        """Build the linter; then load the NLP pipeline once pending requests are answered."""
        self._build(self._settings)
        if self._warm_up:
            QTimer.singleShot(0, self._load_pipeline)

    @Slot(object)
    def configure(self, settings: LintSettings) -> None:
        """Rebuild the rule set for new settings, keeping the loaded pipeline."""
        nlp = self.linter.nlp if self.linter else None
        self._settings = settings
        self._build(settings, nlp)

    def _build(self, settings: LintSettings, nlp=None) -> None:
        error = ""
        try:
            linter = settings.to_core().build()
        except Exception as exc:  # a broken office lexicon must not stop the app
            error = str(exc)
            linter = settings.without_lexicons().to_core().build()
        if nlp is not None:
            linter.nlp = nlp  # keep the loaded pipeline across settings changes
        self.linter = linter
        self.linterReady.emit(error)

    @Slot()
    def _load_pipeline(self) -> None:
        try:
            nlp = self.linter.nlp
            nlp.pipeline  # noqa: B018 - loads it
            self.pipelineReady.emit(nlp.name, nlp.warning or "")
        except Exception as exc:
            self.pipelineReady.emit("", f"{type(exc).__name__}: {exc}")

    # -- live linting -------------------------------------------------------------------------

    @Slot(object)
    def lint(self, request: LintRequest) -> None:
        """Lint one request unless a newer one has been made meanwhile (it would be dropped)."""
        if request.request_id < self.latest:
            return
        started = time.perf_counter()
        try:
            doc = request.document
            if doc is None or doc.text != request.text:
                doc = Document.from_text(request.text, request.path)
            report = self.linter.lint(doc)
            words = balance_words(self.linter.ruleset, report.document or doc)
            result = LintResult(request.request_id, request.text, report, "", time.perf_counter() - started,
                                words)
        except Exception as exc:
            traceback.print_exc()
            result = LintResult(request.request_id, request.text, None, f"{type(exc).__name__}: {exc}")
        self.linted.emit(result)

    # -- batch --------------------------------------------------------------------------------

    @Slot(int, object)
    def run_batch(self, batch_id: int, inputs: list) -> None:
        """Lint ``inputs`` — (shown name, path) pairs — one per event-loop turn. The cancel flag
        was cleared by ``reset_cancel`` when the run was asked for, so a Cancel pressed before
        this slot runs still counts."""
        self._batch = (batch_id, list(inputs), 0)
        QTimer.singleShot(0, self._batch_step)

    def reset_cancel(self) -> None:
        """Thread-safe: clear the cancel flag for a new run."""
        self._cancel.clear()

    def cancel_batch(self) -> None:
        """Thread-safe: stop the running batch after the current file."""
        self._cancel.set()

    @Slot()
    def _batch_step(self) -> None:
        if self._batch is None:
            return
        batch_id, inputs, index = self._batch
        if self._cancel.is_set():
            self._batch = None
            self.batchDone.emit(batch_id, True)
            return
        if index >= len(inputs):
            self._batch = None
            self.batchDone.emit(batch_id, False)
            return
        shown, path = inputs[index]
        report = self._lint_file(index, shown, path)
        self.batchProgress.emit(batch_id, BatchItem(index, len(inputs), shown, path, report))
        self._batch = (batch_id, inputs, index + 1)
        QTimer.singleShot(0, self._batch_step)

    def _lint_file(self, index: int, shown: str, path: Optional[Path]) -> Report:
        """The CLI's per-file step: typed errors, and one bad file never stops the batch."""
        from hirelint.batch import Job, lint_job

        return lint_job(self.linter, Job(index, shown, path)).report

    # -- other work off the GUI thread --------------------------------------------------------

    @Slot(int, object)
    def run_job(self, job_id: int, job: Callable[[Any], Any]) -> None:
        """Run a slow, Qt-free function (an export) here, given the linter; the answer comes
        back by signal."""
        try:
            result = job(self.linter)
            self.jobDone.emit(job_id, result, "")
        except Exception as exc:
            traceback.print_exc()
            self.jobDone.emit(job_id, None, f"{type(exc).__name__}: {exc}")
