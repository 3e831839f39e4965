"""Plain-text reading: encodings, line ends, segments and their locations."""

from __future__ import annotations

import codecs

import pytest

from hirelint.document import InputError, read_document
from hirelint.document.plaintext import decode_bytes, segment_text

SAMPLE = "Vi söker en säljare i Göteborg.\r\nDu är öppen och ärlig – på riktigt.\r\n"


@pytest.mark.parametrize(
    "encoded",
    [
        SAMPLE.encode("utf-8"),
        codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
        codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"),
        SAMPLE.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "cp1252"],
)
def test_encodings_keep_swedish_letters(tmp_path, encoded):
    path = tmp_path / "annons.txt"
    path.write_bytes(encoded)
    doc = read_document(path)
    assert "säljare i Göteborg" in doc.text
    assert "öppen och ärlig – på riktigt" in doc.text
    assert "\r" not in doc.text
    assert "\ufeff" not in doc.text


def test_cp1252_detected_not_latin1_garbled():
    text, enc = decode_bytes("Känslig – ”citat”".encode("cp1252"))
    assert enc == "cp1252" and text == "Känslig – ”citat”"


def test_decomposed_letters_are_normalised(tmp_path):
    path = tmp_path / "mac.txt"
    path.write_text("Du är ung.".replace("ä", "a\u0308"), encoding="utf-8")
    assert read_document(path).text == "Du är ung."


def test_segments_and_locations():
    text = "Rubrik\n\nFörsta stycket\nfortsätter här.\n\n- punkt ett\n- punkt två\n"
    segs = segment_text(text)
    assert [s.text for s in segs] == ["Rubrik", "Första stycket\nfortsätter här.", "- punkt ett", "- punkt två"]
    assert segs[0].heading and not segs[1].heading
    for s in segs:
        assert text[s.start:s.end] == s.text
    assert segs[2].location.label() == "stycke 3"


def test_missing_and_unsupported_files_are_typed(tmp_path):
    with pytest.raises(InputError) as e:
        read_document(tmp_path / "saknas.txt")
    assert e.value.code == "not-found"
    pdf = tmp_path / "annons.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(InputError) as e:
        read_document(pdf)
    assert e.value.code == "unsupported"


def test_binary_file_with_txt_name_is_unsupported(tmp_path):
    path = tmp_path / "bild.txt"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(InputError) as e:
        read_document(path)
    assert e.value.code == "unsupported"


def test_too_large_file(tmp_path, monkeypatch):
    import hirelint.document.plaintext as pt

    monkeypatch.setattr(pt, "MAX_TEXT_BYTES", 100)
    path = tmp_path / "stor.txt"
    path.write_text("ord " * 100, encoding="utf-8")
    with pytest.raises(InputError) as e:
        pt.read_text(path)
    assert e.value.code == "too-large"
