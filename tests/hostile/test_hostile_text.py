"""Issue 13, items 8, 9 and 10: file names that are not UTF-8, mixed encodings, escape
sequences, unreadable subfolders, binary lexicons, binary stdin, a huge run in a Word file."""

from __future__ import annotations

import io
import json
import os
import sys

import pytest

from docx_factory import raw_docx
from hirelint.cli import main
from hirelint.document import InputError, iter_inputs, read_document
from hirelint.document.docx import read_docx

ARGS = ["lint", "--no-config", "--no-model"]
AD = "Vi söker en ung säljkille.\n"

needs_bytes_names = pytest.mark.skipif(
    sys.platform == "darwin" or sys.getfilesystemencoding() != "utf-8",
    reason="needs a file system that takes any bytes as a name",
)


@needs_bytes_names
def test_latin1_file_name_with_xlsx_and_matrix(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/annons-s\xe4ljare.txt"  # "säljare" in Latin-1 bytes
    with open(raw, "wb") as fh:
        fh.write(AD.encode("utf-8"))
    out = tmp_path / "rapport.xlsx"
    code = main([*ARGS, str(folder), "--xlsx", str(out)])
    captured = capsys.readouterr()
    assert code == 1, captured.err
    assert "Traceback" not in captured.err and "UnicodeEncodeError" not in captured.err
    assert out.is_file()
    assert "annons-s\ufffdljare.txt" in captured.out
    import openpyxl

    cells = [c.value for row in openpyxl.load_workbook(out)["Översikt"].iter_rows() for c in row]
    assert any(isinstance(v, str) and "annons-s\ufffdljare.txt" in v for v in cells)
    matrix = tmp_path / "matris.xlsx"
    code = main(["matrix", "--no-config", "--no-model", os.fsdecode(raw), "--xlsx", str(matrix)])
    assert code == 0, capsys.readouterr().err
    assert matrix.is_file()


def test_one_stray_cp1252_byte_does_not_garble_the_utf8_file(tmp_path):
    path = tmp_path / "blandad.txt"
    path.write_bytes("Vi söker en säljare i Göteborg.\n".encode("utf-8")
                     + b"Pris: 100 \x80 per m\xe5nad.\n"  # two Windows-1252 bytes
                     + "Du är ärlig och öppen.\n".encode("utf-8"))
    doc = read_document(path)
    assert "Vi söker en säljare i Göteborg." in doc.text
    assert "Du är ärlig och öppen." in doc.text
    assert "100 € per månad" in doc.text
    assert "Ã" not in doc.text and "\ufffd" not in doc.text
    assert any("Windows-1252" in n for n in doc.notes)


def test_all_cp1252_file_still_reads_as_cp1252(tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes("Känslig – ”citat” på svenska.\n".encode("cp1252"))
    doc = read_document(path)
    assert doc.text.startswith("Känslig – ”citat” på svenska.")
    assert doc.notes == ()


def test_escape_sequences_never_reach_the_terminal(tmp_path, capsys):
    name = tmp_path / "x\x1b]0;titel\x07.txt"
    name.write_text("Vi söker en ung\x1b[2J\x1b[31m säljkille.\n", encoding="utf-8")
    main([*ARGS, str(name)])
    captured = capsys.readouterr()
    for stream in (captured.out, captured.err):
        assert "\x1b" not in stream and "\x07" not in stream
    assert "\ufffd" in captured.out


def test_unreadable_subfolder_is_reported(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    (folder / "hemlig").mkdir(parents=True)
    (folder / "a.txt").write_text(AD, encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("hemlig"):  # what a folder without permission gives
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(iter_inputs([str(folder)]))
    assert len(items) == 2
    shown, real_path = items[1]
    assert shown.endswith("hemlig")
    with pytest.raises(InputError) as info:
        read_document(real_path, shown)
    assert info.value.code == "unreadable" and "behörighet" in info.value.message


def test_binary_yaml_under_lexicons_is_a_plain_error(tmp_path, capsys):
    lex = tmp_path / "lex"
    lex.mkdir()
    (lex / "trasig.yaml").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "a.txt").write_text(AD, encoding="utf-8")
    code = main([*ARGS, "--lexicons", str(lex), str(tmp_path / "a.txt")])
    err = capsys.readouterr().err
    assert code == 2
    assert "Traceback" not in err and "UnicodeDecodeError" not in err
    assert "trasig.yaml" in err and "UTF-8" in err


def test_binary_stdin_is_not_linted(monkeypatch, capsys):
    data = bytes(range(256)) * 64

    class Stdin:
        buffer = io.BytesIO(data)

    monkeypatch.setattr(sys, "stdin", Stdin())
    code = main([*ARGS, "--format", "json", "-"])
    report = json.loads(capsys.readouterr().out)["files"][0]
    assert code == 2
    assert report["error"]["code"] == "unsupported"


def test_a_huge_run_is_too_large_not_corrupt(tmp_path):
    path = raw_docx(tmp_path / "lang.docx",
                    "<w:p><w:r><w:t>" + "a" * (11 * 1024 * 1024) + "</w:t></w:r></w:p>")
    with pytest.raises(InputError) as info:
        read_docx(path)
    assert info.value.code == "too-large"
