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
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterator, Optional, Sequence, TextIO

from hirelint.document import InputError, read_document
from hirelint.engine import Linter, filter_findings
from hirelint.model import Document, FileError, Report
from hirelint.render.annotate import AnnotateResult, annotate_report
from hirelint.safetext import terminal_safe


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


class Terminated(BaseException):
    """SIGTERM arrived: stop like an interrupt (temporary files are removed on the way out)."""


class BatchInterrupted(Exception):
    """The batch was stopped (Ctrl-C or SIGTERM); ``outcomes`` are the files done by then, in
    input order, and ``signum`` the signal that stopped it."""

    def __init__(self, outcomes: list[Outcome], total: int, signum: int = signal.SIGINT):
        super().__init__("avbruten")
        self.outcomes = outcomes
        self.total = total
        self.signum = signum


def _raise_terminated(signum, frame):
    raise Terminated()


def crash_error(shown: str, exitcode: Optional[int]) -> FileError:
    """The typed error for the file a worker process died on."""
    if exitcode is not None and exitcode < 0:
        try:
            how = f"avslutades med signal {signal.Signals(-exitcode).name}"
        except ValueError:
            how = f"avslutades med signal {-exitcode}"
        if -exitcode == signal.SIGKILL:
            how += " (till exempel för att minnet tog slut)"
    else:
        how = f"avslutades oväntat (kod {exitcode})"
    return FileError(
        "crashed",
        f"Processen som granskade {shown} {how}. Övriga filer granskades i en ny process. Filen "
        "kan vara skadad eller konstruerad för att få program att krascha; öppna den i Word och "
        "spara en ny kopia.",
    )


def _die_with_parent() -> None:
    """Linux: the worker gets SIGKILL when the parent dies, so no worker outlives it."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _worker_main(conn, settings: LintSettings, annotate: Optional[AnnotateSettings],
                 timeout: Optional[float], parent: int) -> None:
    """A worker process: lint the chunks of jobs the parent sends, one outcome per message,
    then None at the end of each chunk. Ctrl-C is the parent's to handle; SIGTERM unwinds
    (removing temporary files) and ends the worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _raise_terminated)
    _die_with_parent()
    try:
        if os.getppid() != parent:
            return
        _init_worker(settings)
        assert _worker_linter is not None
        while True:
            chunk = conn.recv()
            if chunk is None:
                return
            for job in chunk:
                conn.send(_slim(lint_job(_worker_linter, job, annotate, timeout)))
            conn.send(None)
    except (Terminated, KeyboardInterrupt, EOFError, OSError):
        return
    finally:
        # Leaving: the exit hooks (removing the LibreOffice profile) must not be cut short by a
        # second SIGTERM, which would leave the folder and print a traceback.
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        try:
            conn.close()
        except OSError:
            pass


@dataclass
class _Worker:
    proc: multiprocessing.process.BaseProcess
    conn: object
    chunk: list = field(default_factory=list)
    done: int = 0  # outcomes received for the current chunk
    busy: bool = False


class _Pool:
    """Worker processes that each lint one chunk at a time. The parent knows which job each
    worker holds, so when one dies only the file it was reading is lost: the rest of its chunk
    goes back to the queue for a fresh worker."""

    def __init__(self, ctx, n: int, settings, annotate, timeout):
        self.ctx, self.n = ctx, n
        self.args = (settings, annotate, timeout)
        self.workers: list[_Worker] = []

    def start(self) -> _Worker:
        parent_conn, child_conn = self.ctx.Pipe(duplex=True)
        proc = self.ctx.Process(target=_worker_main, args=(child_conn, *self.args, os.getpid()),
                                daemon=True)
        proc.start()
        child_conn.close()
        w = _Worker(proc, parent_conn)
        self.workers.append(w)
        return w

    def stop(self, grace: float = 2.0) -> None:
        """End every worker: an idle one is asked to quit and exits normally (so its exit hooks
        remove its LibreOffice profile without a race); a busy one gets SIGTERM (it removes its
        temporary files); whatever is still alive after ``grace`` gets SIGKILL."""
        for w in self.workers:
            if not w.proc.is_alive():
                continue
            try:
                if w.busy:
                    w.proc.terminate()
                else:
                    w.conn.send(None)
            except OSError:
                try:
                    w.proc.terminate()
                except OSError:
                    pass
        deadline = time.monotonic() + grace
        for w in self.workers:
            w.proc.join(max(0.0, deadline - time.monotonic()))
            if w.proc.is_alive():
                w.proc.kill()
                w.proc.join(1.0)
            try:
                w.conn.close()
            except OSError:
                pass
        self.workers = []


def _run_pool(ctx, jobs_left: list[Job], n_jobs: int, settings, annotate, timeout,
              record: Callable[[Outcome], None]) -> None:
    from collections import deque
    from multiprocessing.connection import wait

    # a few files per task: fewer round trips, and still a balanced load at the end
    size = max(1, min(8, len(jobs_left) // (n_jobs * 8)))
    pending = deque(jobs_left[i: i + size] for i in range(0, len(jobs_left), size))
    pool = _Pool(ctx, n_jobs, settings, annotate, timeout)

    def give(w: _Worker) -> None:
        if pending:
            w.chunk, w.done, w.busy = pending.popleft(), 0, True
            w.conn.send(w.chunk)
        else:
            w.busy = False
            try:
                w.conn.send(None)
            except OSError:
                pass

    def lost(w: _Worker) -> None:
        """The worker died: report the file it was on, queue the rest of its chunk again."""
        w.proc.join(1.0)
        if w.busy and w.done < len(w.chunk):
            culprit, rest = w.chunk[w.done], w.chunk[w.done + 1:]
            record(Outcome(culprit.index, Report(path=culprit.shown,
                                                 error=crash_error(culprit.shown, w.proc.exitcode))))
            if rest:
                pending.appendleft(rest)
        w.busy = False
        pool.workers.remove(w)
        try:
            w.conn.close()
        except OSError:
            pass

    try:
        for _ in range(min(n_jobs, len(pending))):
            give(pool.start())
        while any(w.busy for w in pool.workers):
            busy = [w for w in pool.workers if w.busy]
            wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout=1.0)
            for w in busy:
                dead = False
                try:
                    while w.conn.poll():
                        msg = w.conn.recv()
                        if msg is None:
                            give(w)
                            break
                        w.done += 1
                        record(msg)
                except (EOFError, OSError):
                    dead = True
                if dead or (w.busy and not w.proc.is_alive() and not w.conn.poll()):
                    lost(w)
            idle_room = n_jobs - sum(1 for w in pool.workers if w.busy)
            for _ in range(min(idle_room, len(pending))):
                give(pool.start())  # a fresh worker for the files a dead one left
    finally:
        pool.stop()


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
    findings are kept, which is all the CLI's outputs read. A worker process that dies costs
    only the file it was reading (a typed ``crashed`` error); Ctrl-C or SIGTERM ends the workers
    and raises BatchInterrupted with the outcomes done so far."""
    outcomes: list[Optional[Outcome]] = [None] * len(jobs)
    n_jobs = max(1, min(n_jobs, len(jobs)))

    def record(outcome: Outcome) -> None:
        outcomes[outcome.index] = outcome
        if progress:
            progress.advance(jobs[outcome.index].shown)

    global _inherited
    froze = False
    try:
        if n_jobs == 1:
            linter = linter or settings.build()
            for job in jobs:
                record(_slim(lint_job(linter, job, annotate, timeout)))
        else:
            ctx = _context()
            if ctx.get_start_method() == "fork":
                # Workers inherit the loaded rule set. Linting the first file here compiles the
                # rules most files trigger once, before the fork; the rest compile lazily in each
                # worker, in parallel and only if needed (a full warm-up would be serial time that
                # a single job never pays).
                _inherited = linter or settings.build()
                record(_slim(lint_job(_inherited, jobs[0], annotate, timeout)))
                jobs_left = list(jobs[1:])
                # Objects that exist now are never collected in the workers: without this, the
                # first collection in each worker touches every inherited object and copies its
                # page.
                if gc.get_freeze_count() == 0:  # never undo a caller's own freeze
                    gc.collect()
                    gc.freeze()
                    froze = True
            else:
                jobs_left = list(jobs)
            _run_pool(ctx, jobs_left, n_jobs, settings, annotate, timeout, record)
    except (KeyboardInterrupt, Terminated) as exc:
        if progress:
            progress.close()
        signum = signal.SIGTERM if isinstance(exc, Terminated) else signal.SIGINT
        raise BatchInterrupted([o for o in outcomes if o is not None], len(jobs), signum) from None
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
        name = terminal_safe(os.path.basename(label)[:30])
        self.stream.write(f"\r{self.done}/{self.total} filer [{bar}] {name:<30}")
        self.stream.flush()

    def close(self) -> None:
        """Clear the bar so the summary starts on a clean line."""
        if self.enabled:
            self.stream.write("\r" + " " * (self.width + 60) + "\r")
            self.stream.flush()
