"""Issue 13, items 6 and 7: a dead worker costs only its file; Ctrl-C and SIGTERM stop a
--jobs 2 batch promptly, end the workers and report what was done; temporary files are removed
on signals and swept on the next run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from hirelint.batch import Job, LintSettings, run_batch

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork and /proc")

TESTS = Path(__file__).resolve().parent.parent


def _files(folder: Path, n: int, bad: int | None = None) -> list[Path]:
    folder.mkdir(exist_ok=True)
    out = []
    for i in range(n):
        p = folder / f"annons{i:02d}.txt"
        word = "KRASCH" if i == bad else "säljare"
        p.write_text(f"Vi söker en ung {word} nummer {i}.\n", encoding="utf-8")
        out.append(p)
    return out


def test_a_dead_worker_costs_only_its_file(tmp_path, monkeypatch):
    from hirelint.engine import Linter

    real = Linter.lint

    def lint(self, doc, *args, **kwargs):
        if "KRASCH" in doc.text:
            os.kill(os.getpid(), signal.SIGKILL)  # the worker dies on this file, every time
        return real(self, doc, *args, **kwargs)

    monkeypatch.setattr(Linter, "lint", lint)
    # pytest-qt loads shiboken, which makes run_batch spawn; fork carries the patch to workers
    import multiprocessing

    import hirelint.batch

    monkeypatch.setattr(hirelint.batch, "_context", lambda: multiprocessing.get_context("fork"))
    files = _files(tmp_path / "in", 24, bad=5)
    jobs = [Job(i, str(p), p) for i, p in enumerate(files)]
    outcomes = run_batch(jobs, LintSettings(use_nlp=False), n_jobs=2)
    assert [o.index for o in outcomes] == list(range(24))
    errors = {o.index: o.report.error for o in outcomes if o.report.error}
    assert list(errors) == [5]
    err = errors[5]
    assert err.code == "crashed"
    assert "annons05.txt" in err.message and "signal" in err.message
    assert "Error" not in err.message and "Traceback" not in err.message
    assert all(o.report.findings for o in outcomes if o.index != 5)


_SLOW_CLI = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {tests!r})
    from hirelint.engine import Linter
    real = Linter.lint
    def lint(self, doc):
        time.sleep(0.4)
        return real(self, doc)
    Linter.lint = lint
    from hirelint.cli import main
    sys.exit(main(sys.argv[1:]))
""")


def _session_pids(sid: int) -> list[int]:
    """Processes still alive in a session (our CLI and any worker it left behind)."""
    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != b"Z" and int(fields[3]) == sid:
            pids.append(int(entry))
    return pids


def _start(tmp_path, extra=()):
    folder = tmp_path / "in"
    _files(folder, 40)
    script = tmp_path / "slow_cli.py"
    script.write_text(_SLOW_CLI.format(tests=str(TESTS)), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, str(script), "lint", "--no-config", "--no-model", "--jobs", "2",
         str(folder), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True, text=True,
    )
    time.sleep(3.0)  # started, workers forked, a few files done
    return proc


@pytest.mark.parametrize("signum, expected", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_interrupt_stops_promptly_and_leaves_no_worker(tmp_path, signum, expected):
    proc = _start(tmp_path)
    sent = time.monotonic()
    if signum == signal.SIGINT:
        os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C reaches the whole foreground group
    else:
        os.kill(proc.pid, signal.SIGTERM)  # SIGTERM to the parent only
    try:
        out, err = proc.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("the batch did not stop")
    assert time.monotonic() - sent < 8
    assert proc.returncode == expected, err
    assert "Traceback" not in err
    assert "efter" in err and "av 40 filer" in err
    assert "annons00.txt" in out  # what was done is printed
    time.sleep(0.5)
    assert _session_pids(proc.pid) == []  # no orphaned worker


def test_sigterm_removes_the_temporary_file_being_written(tmp_path):
    """SIGTERM unwinds through atomic_write, which removes its hidden temporary file."""
    out = tmp_path / "ut" / "ad.docx"
    code = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from hirelint.cli import _sigterm_unwinds
        from hirelint.render.atomic import atomic_write
        def slow(fh):
            fh.write(b"x" * 1000); fh.flush()
            print("writing", flush=True)
            time.sleep(30)
        try:
            with _sigterm_unwinds():
                atomic_write(Path({str(out)!r}), slow)
        except BaseException as exc:
            sys.exit(143)
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "writing"
    assert any(p.name.endswith(".tmp") for p in out.parent.iterdir())
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=10) == 143
    assert list(out.parent.iterdir()) == []


def test_stale_temporary_files_are_swept_on_the_next_run(tmp_path):
    from docx_factory import AD_SENTENCE, para, raw_docx
    from hirelint.cli import main

    src = raw_docx(tmp_path / "ad.docx", para(AD_SENTENCE))
    out = tmp_path / "ut"
    (out / "sub").mkdir(parents=True)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    dead = out / f".ad.docx.hirelint-{gone.pid}.abcd1234.tmp"
    alive = out / f".ad.docx.hirelint-{os.getpid()}.abcd1234.tmp"
    old = out / "sub" / ".gammal.docx.k2j4h5g6.tmp"
    fresh_old_style = out / ".ny.docx.k2j4h5g6.tmp"
    unrelated = out / ".anteckning.tmp"
    mine = out / "ad.docx.hirelint-1.abcd1234.tmp"  # not hidden: not our pattern
    for p in (dead, alive, old, fresh_old_style, unrelated, mine):
        p.write_bytes(b"x")
    hour_ago = time.time() - 7200
    os.utime(old, (hour_ago, hour_ago))
    main(["lint", "--no-config", "--no-model", str(src), "--annotate", str(out)])
    assert not dead.exists() and not old.exists()
    assert alive.exists() and fresh_old_style.exists() and unrelated.exists() and mine.exists()
