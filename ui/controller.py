"""The lint controller: debounces edits and talks to the one background worker.

Every edit bumps a generation number; when the editor has been quiet for the debounce interval
the current text is sent with that number. A result is used only if its number is still the
newest — anything older is stale and dropped, here and (cheaply, before linting) in the worker.
"""

from __future__ import annotations

import itertools
import time
from typing import Callable, Optional

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from hirelint.model import Document

from .settings import LintSettings
from .worker import LintRequest, LintResult, LintWorker

DEBOUNCE_MS = 250

TextSource = Callable[[], tuple[str, str, Optional[Document]]]


class LintController(QObject):
    """Owns the worker thread; emits ``resultReady`` with fresh results only."""

    resultReady = Signal(object)  # LintResult
    busyChanged = Signal(bool)
    linterReady = Signal(str)
    pipelineReady = Signal(str, str)

    _requestLint = Signal(object)
    _requestConfigure = Signal(object)
    _requestBatch = Signal(int, object)
    _requestJob = Signal(int, object)

    def __init__(self, source: TextSource, settings: LintSettings, parent: Optional[QObject] = None,
                 debounce_ms: int = DEBOUNCE_MS, warm_up: bool = True):
        super().__init__(parent)
        self._source = source
        self._generation = 0
        self._busy = False
        self._ids = itertools.count(1)
        self.timeout_at = 0.0  # perf_counter() when the last request was sent
        self.ready = False

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._send)

        self.thread = QThread()
        self.thread.setObjectName("hirelint-lint-worker")
        self.worker = LintWorker(settings, warm_up=warm_up)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.start)
        self.thread.finished.connect(self.worker.deleteLater)
        self._requestLint.connect(self.worker.lint)
        self._requestConfigure.connect(self.worker.configure)
        self._requestBatch.connect(self.worker.run_batch)
        self._requestJob.connect(self.worker.run_job)
        self.worker.linted.connect(self._received)
        self.worker.linterReady.connect(self._linter_ready)
        self.worker.pipelineReady.connect(self.pipelineReady)
        self.thread.start()

    # -- requests -----------------------------------------------------------------------------

    @Slot()
    def schedule(self) -> None:
        """The text changed: outstanding results are stale; lint once typing pauses."""
        self._generation += 1
        self.worker.latest = self._generation
        self._timer.start()

    @Slot()
    def lint_now(self) -> None:
        """Lint the current text without waiting (after opening a file or changing settings)."""
        self._generation += 1
        self.worker.latest = self._generation
        self._timer.stop()
        self._send()

    def _send(self) -> None:
        self.timeout_at = time.perf_counter()
        text, path, document = self._source()
        self._set_busy(True)
        self._requestLint.emit(LintRequest(self._generation, text, path, document))

    def configure(self, settings: LintSettings) -> None:
        """Rebuild the linter for new settings, then lint again."""
        self._requestConfigure.emit(settings)
        self.lint_now()

    def next_id(self) -> int:
        """A fresh id for a batch run or a job (shared, so answers never get mixed up)."""
        return next(self._ids)

    def run_batch(self, batch_id: int, inputs: list) -> None:
        self.worker.reset_cancel()
        self._requestBatch.emit(batch_id, inputs)

    def run_job(self, job_id: int, job) -> None:
        self._requestJob.emit(job_id, job)

    @property
    def pending(self) -> bool:
        """Whether a lint is scheduled or running."""
        return self._timer.isActive() or self._busy

    # -- answers ------------------------------------------------------------------------------

    @Slot(object)
    def _received(self, result: LintResult) -> None:
        if result.request_id != self._generation:
            return  # stale: the text has changed since this was asked
        self._set_busy(False)
        self.resultReady.emit(result)

    @Slot(str)
    def _linter_ready(self, error: str) -> None:
        self.ready = True
        self.linterReady.emit(error)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    def shutdown(self) -> None:
        """Stop the worker thread (after the file or lint it is busy with)."""
        self._timer.stop()
        self.worker.cancel_batch()
        self.thread.quit()
        self.thread.wait()
