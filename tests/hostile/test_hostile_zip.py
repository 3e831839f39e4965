"""Issue 13, item 2 (and the duplicate-entry part of item 10): zip bombs and forged zips.

Every file is built in the test; big parts are streamed into the zip so the test itself stays
small in memory."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import warnings
import zipfile
from pathlib import Path

import pytest

from docx_factory import para, raw_docx
from hirelint.document import InputError
from hirelint.document import ooxml
from hirelint.document.docx import read_docx

TESTS = Path(__file__).resolve().parent.parent


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def _rezip(path: Path, parts: dict[str, bytes], compression=zipfile.ZIP_DEFLATED, extra=()) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate we write on purpose
        with zipfile.ZipFile(path, "w", compression) as z:
            for name, data in [*parts.items(), *extra]:
                z.writestr(name, data)
    return path


def _code(path: Path) -> str:
    try:
        read_docx(path, path.name)
    except InputError as exc:
        assert exc.message.strip()
        return exc.code
    return "ok"


@pytest.mark.parametrize("method", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_bzip2_and_lzma_entries_are_refused(tmp_path, method):
    base = raw_docx(tmp_path / "base.docx", para("Vi söker en säljare."))
    path = _rezip(tmp_path / "odd.docx", _parts(base), method)
    assert _code(path) in ("unsupported", "corrupt")


def test_media_parts_count_towards_the_inflation_limit(tmp_path, monkeypatch):
    base = raw_docx(tmp_path / "base.docx", para("Vi söker en säljare."))
    path = _rezip(tmp_path / "media.docx", _parts(base), extra=[("word/media/image1.png", b"\0" * 3_000_000)])
    assert _code(path) == "ok"
    monkeypatch.setattr(ooxml, "MAX_TOTAL_BYTES", 2_000_000)
    assert _code(path) == "too-large"


def _many_entries(path: Path, n: int, force_zip64: bool) -> Path:
    base = _parts(raw_docx(path.with_suffix(".base.docx"), para("Text.")))
    limit = zipfile.ZIP_FILECOUNT_LIMIT
    if force_zip64:
        zipfile.ZIP_FILECOUNT_LIMIT = 5  # make zipfile write a zip64 end record for few entries
    try:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
            for name, data in base.items():
                z.writestr(name, data)
            for i in range(n):
                z.writestr(f"customXml/item{i}.bin", b"x")
    finally:
        zipfile.ZIP_FILECOUNT_LIMIT = limit
    if force_zip64:  # as with more than 65,535 entries: the plain end record says 0xFFFF
        data = bytearray(path.read_bytes())
        at = data.rfind(b"PK\x05\x06")
        data[at + 8: at + 12] = b"\xff\xff\xff\xff"
        path.write_bytes(bytes(data))
    return path


def test_zip64_does_not_skip_the_entry_count(tmp_path, monkeypatch):
    path = _many_entries(tmp_path / "z64.docx", 40, force_zip64=True)
    assert b"PK\x06\x06" in path.read_bytes()[-200:]  # a zip64 end record
    monkeypatch.setattr(ooxml, "MAX_ENTRIES", 20)
    assert _code(path) == "too-large"


def test_entry_count_read_from_the_directory_not_the_claim(tmp_path, monkeypatch):
    """The end record claims 3 entries; zipfile reads the directory by its size and would build
    every entry anyway."""
    path = _many_entries(tmp_path / "forged.docx", 40, force_zip64=False)
    data = bytearray(path.read_bytes())
    at = data.rfind(b"PK\x05\x06")
    data[at + 8: at + 12] = (3).to_bytes(2, "little") * 2
    path.write_bytes(bytes(data))
    monkeypatch.setattr(ooxml, "MAX_ENTRIES", 20)
    called = []
    real = zipfile.ZipFile
    monkeypatch.setattr(ooxml.zipfile, "ZipFile", lambda *a, **k: called.append(a) or real(*a, **k))
    assert _code(path) == "too-large"
    assert called == []  # refused before zipfile built an object per entry


def test_real_entry_limit_with_20001_entries(tmp_path):
    path = _many_entries(tmp_path / "many.docx", ooxml.MAX_ENTRIES + 1, force_zip64=True)
    assert _code(path) == "too-large"


def test_duplicate_entries_are_corrupt(tmp_path):
    base = raw_docx(tmp_path / "base.docx", para("Vi söker en säljare."))
    parts = _parts(base)
    evil = parts["word/document.xml"].replace("säljare".encode(), "ung säljkille".encode())
    path = _rezip(tmp_path / "dup.docx", parts, extra=[("word/document.xml", evil)])
    assert _code(path) == "corrupt"


def test_99_mb_document_xml_in_a_small_docx_is_too_large_in_bounded_memory(tmp_path):
    """A 99 MB document.xml packs to a few hundred KB. It must be refused from the zip directory,
    quickly, in a process limited to 1.5 GB of address space (parsing it would take ~3.5 GB)."""
    path = tmp_path / "bomb.docx"
    base = _parts(raw_docx(tmp_path / "base.docx", para("x")))
    unit = b"<w:p><w:r><w:t>Vi s\xc3\xb6ker en ung s\xc3\xa4ljkille.</w:t></w:r></w:p>" * 1000
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in base.items():
            if name != "word/document.xml":
                z.writestr(name, data)
        head, tail = base["word/document.xml"].split(b"<w:body>")
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(head + b"<w:body>")
            written = 0
            while written < 99 * 1024 * 1024:
                fh.write(unit)
                written += len(unit)
            fh.write(b"</w:body></w:document>")
    assert path.stat().st_size < 2_000_000
    code = textwrap.dedent(f"""
        import resource, sys, time
        resource.setrlimit(resource.RLIMIT_AS, (1536 * 1024 * 1024, 1536 * 1024 * 1024))
        sys.path.insert(0, {str(TESTS)!r})
        from hirelint.document import InputError
        from hirelint.document.docx import read_docx
        t = time.monotonic()
        try:
            read_docx({str(path)!r})
            print("ok")
        except InputError as exc:
            print(exc.code)
        print(round(time.monotonic() - t, 2))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    lines = out.stdout.split()
    assert lines and lines[0] == "too-large", out.stdout + out.stderr
    assert float(lines[1]) < 5


def test_extracted_text_is_bounded(tmp_path, monkeypatch):
    path = raw_docx(tmp_path / "lang.docx", para("Vi söker en säljare. " * 50) * 20)
    assert _code(path) == "ok"
    monkeypatch.setattr("hirelint.document.docx.MAX_TEXT_CHARS", 5000)
    assert _code(path) == "too-large"


def test_xml_parse_budget_counts_every_parsed_part(tmp_path, monkeypatch):
    path = raw_docx(tmp_path / "h.docx", para("Brödtext. " * 3000), header=para("Sidhuvud. " * 3000))
    assert _code(path) == "ok"
    monkeypatch.setattr(ooxml, "MAX_XML_TOTAL_BYTES", 60_000)
    assert _code(path) == "too-large"
