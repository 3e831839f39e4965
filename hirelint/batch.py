"""Batch linting of many files: in order, optionally in worker processes, with a progress bar.

Each worker process builds its own Linter once (from a picklable LintSettings recipe) and
returns plain Reports: Documents, Findings and the Word anchors are frozen dataclasses of
plain values, so they pickle. A file that cannot be read becomes a Report with a typed error;
nothing a single file does stops the batch. Annotated Word copies are written by the worker
that linted the file, so that work is spread over the processes too.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
from contextlib import contextmanager
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterator, Optional, Sequence, TextIO

from hirelint.document import InputError, read_document
from hirelint.engine import Linter, filter_findings
from hirelint.model import Document, FileError, Report
from hirelint.render.annotate import AnnotateResult, annotate_report


@dataclass(frozen=True)
class LintSettings:
    """How to build a Linter; plain values, so it travels to worker processes."""

    lexicons: tuple[Path, ...] = ()
    disable: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    allow: tuple[str, ...] = ()
    use_nlp: bool = True

    def build(self) -> Linter:
        """A Linter with these settings (loads the rule set)."""
        from hirelint.rules.ruleset import load_ruleset

        rs = load_ruleset(list(self.lexicons))
        if self.disable or self.severity or self.allow:
            rs = rs.configured(list(self.disable), dict(self.severity), list(self.allow))
        return Linter(rs, use_nlp=self.use_nlp)


@dataclass(frozen=True)
class AnnotateSettings:
    """Where and how to write annotated Word copies."""

    outdir: Path
    force: bool = False
    track_changes: bool = False
    min_severity: str = "info"


@dataclass(frozen=True)
class Job:
    """One input: its display path, the file (None with a ready ``document``, e.g. stdin), and
    where its annotated copy goes."""

    index: int
    shown: str
    real: Optional[Path]
    document: Optional[Document] = None
    annotate_to: Optional[Path] = None
    error: Optional[FileError] = None  # the input already failed (e.g. stdin too large)


@dataclass(frozen=True)
class Outcome:
    """What came of one job."""

    index: int
    report: Report
    annotation: Optional[AnnotateResult] = None


FILE_TIMEOUT = 120.0  # seconds one file may take to read, lint and annotate (0: no limit)


class FileTimeout(BaseException):
    """A file used up its time budget (a BaseException, so no ``except Exception`` on the way
    turns it into something else)."""


def timeout_error(shown: str, seconds: float) -> FileError:
    """The typed error for a file that took longer than its budget."""
    return FileError(
        "timeout",
        f"Granskningen av {shown} tog längre än {seconds:g} sekunder och avbröts. Filen kan vara "
        "ovanligt stor eller konstruerad för att ta lång tid; dela upp den eller öppna den i Word "
        "och spara en ny kopia.",
    )


@contextmanager
def time_budget(seconds: Optional[float]) -> Iterator[None]:
    """Raise FileTimeout in this thread when ``seconds`` have passed (a real-time timer, so a
    stuck regex or parser is interrupted too). A no-op off the main thread (the desktop app's
    worker), where signals cannot be delivered, or without ``seconds``."""
    usable = (
        seconds and seconds > 0 and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise FileTimeout()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def lint_job(linter: Linter, job: Job, annotate: Optional[AnnotateSettings] = None,
             budget: Optional[float] = None) -> Outcome:
    """Read, lint and (optionally) annotate one input within ``budget`` seconds (None: the
    default FILE_TIMEOUT; 0: no limit). Never raises for a bad input."""
    seconds = FILE_TIMEOUT if budget is None else budget
    try:
        with time_budget(seconds):
            return _lint_job(linter, job, annotate)
    except FileTimeout:
        return Outcome(job.index, Report(path=job.shown, error=timeout_error(job.shown, seconds)))


def _lint_job(linter: Linter, job: Job, annotate: Optional[AnnotateSettings]) -> Outcome:
    if job.error is not None:
        return Outcome(job.index, Report(path=job.shown, error=job.error))
    try:
        doc = job.document if job.document is not None else read_document(job.real, job.shown)
        report = linter.lint(doc)
    except InputError as exc:
        return Outcome(job.index, Report(path=job.shown, error=exc.to_file_error()))
    except Exception as exc:  # one broken input must never stop the batch
        return Outcome(job.index, Report(path=job.shown, error=FileError(
            "internal", f"Ett oväntat fel uppstod när filen granskades ({type(exc).__name__}: {exc})."
        )))
    annotation = None
    if annotate is not None and job.annotate_to is not None and job.real is not None:
        try:
            annotation = annotate_report(
                report, job.real, job.annotate_to,
                findings=filter_findings(report.findings, annotate.min_severity),
                force=annotate.force, track_changes=annotate.track_changes,
            )
        except Exception as exc:  # the lint result stands even if the copy fails
            annotation = AnnotateResult(job.shown, error=FileError(
                "internal", f"Den kommenterade kopian kunde inte skrivas ({type(exc).__name__}: {exc})."
            ))
    elif annotate is not None:
        annotation = AnnotateResult(job.shown, skipped="standard in; ingen fil att kommentera")
    return Outcome(job.index, report, annotation)


_worker_linter: Optional[Linter] = None
_inherited: Optional[Linter] = None  # the parent's warmed linter, seen by forked workers


def _init_worker(settings: LintSettings) -> None:
    """Each worker builds its own Linter once: from the inherited, warmed rule set and pipeline
    when forked, else from the settings."""
    global _worker_linter
    if _inherited is not None:
        _worker_linter = Linter(_inherited.ruleset, nlp=_inherited.nlp, use_nlp=_inherited.use_nlp)
    else:
        _worker_linter = settings.build()


def _run_in_worker(jobs: list[Job], annotate: Optional[AnnotateSettings],
                   timeout: Optional[float] = None) -> list[Outcome]:
    assert _worker_linter is not None
    return [_slim(lint_job(_worker_linter, job, annotate, timeout)) for job in jobs]


def _slim(outcome: Outcome) -> Outcome:
    """The outcome as the parent needs it: the segments and their Word anchors stay in the
    worker (the copy is already written), which cuts what is pickled and sent back."""
    doc = outcome.report.document
    if doc is None or not doc.segments:
        return outcome
    return replace(outcome, report=replace(outcome.report, document=doc.without_segments()))


def _context():
    """fork where it is safe (Linux, no Qt loaded): workers start in milliseconds with the
    modules already imported; spawn elsewhere."""
    qt = any(m.startswith(("PySide6", "PyQt", "shiboken")) for m in sys.modules)
    if sys.platform.startswith("linux") and not qt:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def run_batch(
    jobs: Sequence[Job],
    settings: LintSettings,
    *,
    n_jobs: int = 1,
    annotate: Optional[AnnotateSettings] = None,
    linter: Optional[Linter] = None,
    progress: Optional["Progress"] = None,
    timeout: Optional[float] = None,
) -> list[Outcome]:
    """Lint every job; outcomes come back in input order. ``linter`` is reused for one job.

    Reports come back without their documents' segments (see ``_slim``): text, notes and
    findings are kept, which is all the CLI's outputs read."""
    outcomes: list[Optional[Outcome]] = [None] * len(jobs)
    n_jobs = max(1, min(n_jobs, len(jobs)))
    if n_jobs == 1:
        linter = linter or settings.build()
        for job in jobs:
            outcomes[job.index] = _slim(lint_job(linter, job, annotate, timeout))
            if progress:
                progress.advance(job.shown)
    else:
        global _inherited
        froze = False
        ctx = _context()
        if ctx.get_start_method() == "fork":
            # Workers inherit the loaded rule set. Linting the first file here compiles the rules
            # most files trigger once, before the fork; the rest compile lazily in each worker, in
            # parallel and only if needed (a full warm-up would be serial time that a single job
            # never pays).
            _inherited = linter or settings.build()
            first = jobs[0]
            outcomes[first.index] = _slim(lint_job(_inherited, first, annotate, timeout))
            if progress:
                progress.advance(first.shown)
            jobs_left = list(jobs[1:])
            # Objects that exist now are never collected in the workers: without this, the first
            # collection in each worker touches every inherited object and copies its page.
            if gc.get_freeze_count() == 0:  # never undo a caller's own freeze
                gc.collect()
                gc.freeze()
                froze = True
        else:
            jobs_left = list(jobs)
        try:
            with ProcessPoolExecutor(
                max_workers=n_jobs, mp_context=ctx, initializer=_init_worker, initargs=(settings,)
            ) as pool:
                # a few files per task: fewer round trips, and still a balanced load at the end
                size = max(1, min(8, len(jobs_left) // (n_jobs * 8)))
                chunks = [jobs_left[i: i + size] for i in range(0, len(jobs_left), size)]
                futures = {pool.submit(_run_in_worker, chunk, annotate, timeout): chunk for chunk in chunks}
                for fut in as_completed(futures):
                    chunk = futures[fut]
                    try:
                        done = fut.result()
                    except Exception as exc:  # a worker that died (e.g. out of memory)
                        done = [Outcome(job.index, Report(path=job.shown, error=FileError(
                            "internal", f"Granskningen av filen avbröts ({type(exc).__name__}: {exc})."
                        ))) for job in chunk]
                    for outcome in done:
                        outcomes[outcome.index] = outcome
                        if progress:
                            progress.advance(jobs[outcome.index].shown)
        finally:
            _inherited = None  # workers are forked on demand while the pool runs
            if froze:
                gc.unfreeze()
    if progress:
        progress.close()
    return [o for o in outcomes if o is not None]


def annotation_targets(outdir: Path, inputs: Sequence[tuple[str, Optional[Path]]],
                       given: Sequence[str]) -> list[Optional[Path]]:
    """Where each input's annotated copy goes: files found in a folder keep their path below
    that folder; files named directly go straight into ``outdir``; clashes get " (2)" etc."""
    roots = [Path(g) for g in given if g not in ("-", "") and Path(g).is_dir()]
    taken: set[Path] = set()
    out: list[Optional[Path]] = []
    for _shown, real in inputs:
        if real is None:
            out.append(None)
            continue
        rel = Path(real.name)
        for root in roots:
            try:
                rel = real.relative_to(root)
                break
            except ValueError:
                continue
        target = outdir / rel
        i = 2
        while target in taken:
            target = outdir / rel.parent / f"{rel.stem} ({i}){rel.suffix}"
            i += 1
        taken.add(target)
        out.append(target)
    return out


@dataclass
class Progress:
    """A one-line progress bar on a terminal; silent when the stream is not a terminal."""

    total: int
    stream: TextIO = field(default_factory=lambda: sys.stderr)
    enabled: Optional[bool] = None
    width: int = 28
    done: int = 0
    _last: float = 0.0
    _clock: Callable[[], float] = time.monotonic

    def __post_init__(self) -> None:
        if self.enabled is None:
            try:
                self.enabled = self.stream.isatty() and self.total > 1
            except (AttributeError, ValueError):
                self.enabled = False

    def advance(self, label: str = "") -> None:
        """One more file done; redraws at most ten times a second (and at the end)."""
        self.done += 1
        if not self.enabled:
            return
        now = self._clock()
        if self.done < self.total and now - self._last < 0.1:
            return
        self._last = now
        filled = self.width * self.done // max(self.total, 1)
        bar = "█" * filled + "·" * (self.width - filled)
        name = os.path.basename(label)[:30]
        self.stream.write(f"\r{self.done}/{self.total} filer [{bar}] {name:<30}")
        self.stream.flush()

    def close(self) -> None:
        """Clear the bar so the summary starts on a clean line."""
        if self.enabled:
            self.stream.write("\r" + " " * (self.width + 60) + "\r")
            self.stream.flush()
