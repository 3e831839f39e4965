"""LibreOffice profiles: each process converting legacy Word files makes one (about 550 KB in the
temporary folder); every one must be gone when hirelint ends, also those of ``--jobs N``
workers, which exit without running ``atexit``."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from hirelint.document import legacy

def _make_profile_in_worker() -> str:
    folder = legacy._profile_folder()
    (Path(folder) / "user").mkdir(exist_ok=True)
    return folder


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_worker_processes_remove_their_profiles(method):
    # The CLI forks on Linux (no Qt loaded): forked workers end with os._exit, skipping atexit.
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} here")
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context(method)) as pool:
        folders = set(pool.map(lambda_free_call, range(4)))
    assert folders
    left = [f for f in folders if os.path.exists(f)]
    assert left == [], f"profiles left behind by worker processes: {left}"


def lambda_free_call(_i: int) -> str:  # picklable for spawned workers
    return _make_profile_in_worker()


def test_the_parent_profile_survives_a_forked_child(tmp_path):
    if not hasattr(os, "fork"):
        pytest.skip("no fork here")
    folder = legacy._profile_folder()
    pid = os.fork()
    if pid == 0:  # the child runs the inherited exit hooks as a normal exit would
        try:
            import atexit

            atexit._run_exitfuncs()
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    assert os.path.isdir(folder)


@pytest.mark.skipif(legacy.soffice_path() is None, reason="LibreOffice saknas")
def test_jobs_2_leaves_no_libreoffice_profiles(tmp_path, shared):
    # Only real Word 97–2003 binaries go to LibreOffice (tests/hostile): copies of a sample one.
    sample = next(p for p in (shared / "docx-samples").rglob("*.doc") if p.name == "testWORD.doc")
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(4):
        (inputs / f"gammal{i}.doc").write_bytes(sample.read_bytes())
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = dict(os.environ, TMPDIR=str(tmp))
    proc = subprocess.run([sys.executable, "-m", "hirelint", "lint", "--jobs", "2", "--no-config",
                           "--format", "json", str(inputs)],
                          capture_output=True, text=True, env=env, timeout=600)
    files = json.loads(proc.stdout)["files"]
    assert proc.returncode in (0, 1), proc.stderr
    assert len(files) == 4 and all(f["error"] is None for f in files)  # all four were converted
    assert sorted(p.name for p in tmp.iterdir() if p.name.startswith("hirelint-lo-")) == []
