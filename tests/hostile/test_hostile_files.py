"""Issue 13, item 4 (and the link-loop part of item 10): only regular files are read, and never
more than the size limit, whatever the file's size said."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from hirelint.document import InputError, read_document
from hirelint.document.safeio import read_limited

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")


def _lint_in_subprocess(folder, timeout=60):
    """The CLI over ``folder`` in a child limited to 1 GB of address space."""
    code = textwrap.dedent(f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
        from hirelint.cli import main
        sys.exit(main(["lint", "--no-config", "--no-model", "--format", "json", {str(folder)!r}]))
    """)
    try:
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail("hirelint hung on a special file")


def test_fifo_and_device_behind_a_symlink_do_not_hang_or_grow(tmp_path):
    import json

    folder = tmp_path / "annonser"
    folder.mkdir()
    (folder / "annons.txt").write_text("Vi söker en ung säljkille.\n", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    os.symlink("/dev/zero", folder / "noll.txt")
    os.symlink("/dev/zero", folder / "noll.docx")
    out = _lint_in_subprocess(folder)
    assert out.returncode == 2, out.stderr
    reports = {os.path.basename(r["path"]): r for r in json.loads(out.stdout)["files"]}
    assert reports["annons.txt"]["error"] is None
    for name in ("pipe.txt", "noll.txt", "noll.docx"):
        assert reports[name]["error"]["code"] == "unsupported", reports[name]
        assert "vanlig fil" in reports[name]["error"]["message"]
    assert "Traceback" not in out.stderr


def test_fifo_named_directly(tmp_path):
    fifo = tmp_path / "annons.txt"
    os.mkfifo(fifo)
    code = f"from hirelint.document import read_document\ntry:\n    read_document({str(fifo)!r})\nexcept Exception as e:\n    print(e.code)"
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("reading a FIFO blocked")
    assert out.stdout.strip() == "unsupported"


def test_reads_at_most_limit_plus_one(tmp_path):
    path = tmp_path / "stor.txt"
    path.write_bytes(b"a" * 10_000)
    with pytest.raises(InputError) as info:
        read_limited(path, "stor.txt", 100, "för stor")
    assert info.value.code == "too-large"
    assert read_limited(path, "stor.txt", 10_000, "för stor") == b"a" * 10_000


def test_symlink_loop_is_not_reported_as_missing(tmp_path):
    loop = tmp_path / "slinga.txt"
    os.symlink(loop.name, loop)
    with pytest.raises(InputError) as info:
        read_document(loop, "slinga.txt")
    assert info.value.code == "unreadable"
    assert "slinga" in info.value.message and "Too many" not in info.value.message
