"""The Word reader: what text is read, where each segment sits, and typed errors for bad files."""

from __future__ import annotations

import pickle
import time
import zipfile

import pytest

from docx_factory import AD_SENTENCE, para, python_docx_ad, raw_docx, textbox
from hirelint.document import InputError, read_document
from hirelint.document import ooxml
from hirelint.document.docx import TRACKED_NOTE, DocxAnchor, read_docx


def _labels(doc):
    return {s.text: s.location.label() for s in doc.segments}


def _assert_offsets(doc):
    assert doc.text == "\n".join(s.text for s in doc.segments)
    for s in doc.segments:
        assert doc.text[s.start:s.end] == s.text


def test_python_docx_ad_text_locations_and_headings(tmp_path):
    doc = read_document(python_docx_ad(tmp_path / "annons.docx"))
    _assert_offsets(doc)
    labels = _labels(doc)
    assert labels[AD_SENTENCE] == "stycke 2"  # five runs with mixed formatting read as one
    assert labels["En ung säljkille."] == "tabell 1, rad 2, cell 2"
    assert labels["Inre cell: ung och hungrig."] == "tabell 2, rad 1, cell 1"  # nested: outer cell
    assert labels["Säljkille sökes"] == "sidhuvud, stycke 1"
    assert labels["Kontakt: rekrytering@example.se"] == "sidfot, stycke 1"
    headings = {s.text for s in doc.segments if s.heading}
    assert headings == {"Säljare till vårt kontor", "Krav"}
    # page order: header first, then the body, then the footer
    order = [s.text for s in doc.segments]
    assert order.index("Säljkille sökes") < order.index(AD_SENTENCE) < order.index(
        "Kontakt: rekrytering@example.se")
    assert doc.source_format == "docx" and doc.notes == ()


def test_anchor_maps_runs(tmp_path):
    doc = read_document(python_docx_ad(tmp_path / "annons.docx"))
    seg = next(s for s in doc.segments if s.text == AD_SENTENCE)
    a = seg.anchor
    assert isinstance(a, DocxAnchor) and a.part == "word/document.xml" and a.kind == "body"
    pieces = [seg.text[s:e] for s, e in a.runs]
    assert pieces == ["Vi söker en ", "ung och hungrig", " säljkille med svenska som ", "modersmål", "."]


def test_findings_index_document_text(tmp_path, linter):
    doc = read_document(python_docx_ad(tmp_path / "annons.docx"))
    report = linter.lint(doc)
    assert report.findings
    for f in report.findings:
        assert doc.text[f.start:f.end] == f.text
    by_place = {(f.location, f.category) for f in report.findings}
    assert ("stycke 2", "discrimination") in by_place
    assert any(loc.startswith("tabell 1, rad 2") for loc, _ in by_place)
    assert any(loc.startswith("sidhuvud") for loc, _ in by_place)
    assert {"age", "sex"} <= {f.ground for f in report.findings}


def test_footnotes_and_endnote_separators(tmp_path):
    path = raw_docx(
        tmp_path / "fot.docx",
        para("Brödtext här.") ,
        footnotes='<w:footnote w:id="1"><w:p><w:r><w:t>Vi vill ha en ung säljkille.</w:t></w:r></w:p></w:footnote>',
    )
    doc = read_docx(path)
    _assert_offsets(doc)
    assert _labels(doc) == {"Brödtext här.": "stycke 1", "Vi vill ha en ung säljkille.": "fotnot, stycke 1"}


def test_tracked_changes_read_as_accepted_with_note(tmp_path):
    body = (
        '<w:p><w:r><w:t xml:space="preserve">Vi söker en </w:t></w:r>'
        '<w:del w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>gammal</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t>ung</w:t></w:r></w:ins>'
        '<w:moveFrom w:id="3" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t>FLYTTAD</w:t></w:r></w:moveFrom>'
        '<w:r><w:t xml:space="preserve"> säljare.</w:t></w:r></w:p>'
    )
    doc = read_docx(raw_docx(tmp_path / "spar.docx", body))
    assert doc.text == "Vi söker en ung säljare."
    assert doc.notes == (TRACKED_NOTE,)


def test_text_box_in_alternate_content_read_once(tmp_path):
    doc = read_docx(raw_docx(tmp_path / "ruta.docx", textbox("Ung säljkille sökes.")))
    assert doc.text.count("Ung säljkille sökes.") == 1
    assert _labels(doc) == {"Före rutan.": "stycke 1", "Ung säljkille sökes.": "textruta, stycke 1"}
    _assert_offsets(doc)


def test_content_controls_fields_hidden_text_and_hyphens(tmp_path):
    body = (
        '<w:sdt><w:sdtPr/><w:sdtContent>' + para("Blockkontroll: ung säljare.") + "</w:sdtContent></w:sdt>"
        '<w:p><w:r><w:t xml:space="preserve">Inline: </w:t></w:r>'
        '<w:sdt><w:sdtContent><w:r><w:t>kontroll</w:t></w:r></w:sdtContent></w:sdt>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t>DOLT</w:t></w:r>'
        '<w:r><w:t>OCKSÅ DOLT</w:t><w:rPr><w:vanish/></w:rPr></w:r>'  # properties out of order
        '<w:r><w:t xml:space="preserve"> B</w:t><w:noBreakHyphen/><w:t>körkort, sälj</w:t><w:softHyphen/>'
        "<w:t>kille</w:t></w:r></w:p>"
        '<w:p><w:hyperlink><w:r><w:t>Länktext</w:t></w:r></w:hyperlink></w:p>'
    )
    doc = read_docx(raw_docx(tmp_path / "sdt.docx", body))
    assert doc.text.split("\n") == [
        "Blockkontroll: ung säljare.", "Inline: kontroll7 B-körkort, säljkille", "Länktext",
    ]


def test_hidden_run_with_properties_last_is_dropped_whole(tmp_path):
    # Malformed but seen in the wild: w:rPr after the run's content. Nothing of a hidden run
    # may come through: not its text, not a text box in it, not its bold flag.
    box = '<w:drawing><w:txbxContent><w:p><w:r><w:t>Dold ruta</w:t></w:r></w:p></w:txbxContent></w:drawing>'
    body = (
        '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Krav</w:t></w:r>'
        f'<w:r><w:t>dold</w:t>{box}<w:rPr><w:vanish/></w:rPr></w:r></w:p>'
        + para(AD_SENTENCE)
    )
    doc = read_docx(raw_docx(tmp_path / "dold.docx", body))
    assert doc.text == "Krav\n" + AD_SENTENCE
    assert doc.segments[0].heading  # still a bold line: the hidden run does not count


def test_strict_ooxml_is_read(tmp_path):
    doc = read_docx(raw_docx(tmp_path / "strict.docx", para("Krav", bold=True) + para(AD_SENTENCE),
                             strict=True))
    assert doc.text == "Krav\n" + AD_SENTENCE
    assert doc.segments[0].heading  # a short bold line opens a section


def test_colon_line_is_heading_but_sentence_is_not(tmp_path):
    doc = read_docx(raw_docx(tmp_path / "h.docx", para("Vi söker dig som:") + para(AD_SENTENCE, bold=True)))
    assert [s.heading for s in doc.segments] == [True, False]


def test_document_report_and_anchor_pickle(tmp_path, linter):
    doc = read_document(python_docx_ad(tmp_path / "annons.docx"))
    report = linter.lint(doc)
    again = pickle.loads(pickle.dumps(report))
    assert again.findings == report.findings
    assert again.document.segments[1].anchor == doc.segments[1].anchor


# -- bad files ----------------------------------------------------------------------------------


def _zip(path, entries: dict[str, bytes | str]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return path


def _code(path) -> str:
    with pytest.raises(InputError) as info:
        read_document(path)
    assert info.value.message and "Traceback" not in info.value.message
    return info.value.code


def test_truncated_zip_is_corrupt(tmp_path):
    good = python_docx_ad(tmp_path / "hel.docx").read_bytes()
    bad = tmp_path / "trasig.docx"
    bad.write_bytes(good[: len(good) // 2])
    assert _code(bad) == "corrupt"


def test_flipped_bytes_never_escape(tmp_path):
    good = bytearray(python_docx_ad(tmp_path / "hel.docx").read_bytes())
    for i, at in enumerate(range(200, len(good), max(1, len(good) // 40))):
        bad = bytearray(good)
        bad[at] ^= 0xFF
        path = tmp_path / f"fuzz{i}.docx"
        path.write_bytes(bytes(bad))
        try:
            read_document(path)
        except InputError as exc:
            assert exc.code in {"corrupt", "unsupported", "too-large"}


def test_missing_document_part_bad_xml_and_not_word(tmp_path):
    assert _code(_zip(tmp_path / "tom.docx", {"[Content_Types].xml": "<Types/>", "word/styles.xml": "<x/>"})) == "corrupt"
    raw = raw_docx(tmp_path / "ok.docx", para("Hej"))
    with zipfile.ZipFile(raw) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["word/document.xml"] = b"<w:document><w:body><w:p>"
    assert _code(_zip(tmp_path / "xml.docx", parts)) == "corrupt"
    assert _code(_zip(tmp_path / "excel.docx", {"xl/workbook.xml": "<workbook/>"})) == "unsupported"
    assert _code(_zip(tmp_path / "zip.docx", {"readme.txt": "hej"})) == "unsupported"
    text = tmp_path / "text.docx"
    text.write_text("Det här är ingen Word-fil.", encoding="utf-8")
    assert _code(text) == "unsupported"
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    assert _code(empty) == "corrupt"


def test_broken_header_is_skipped_with_a_note(tmp_path):
    path = raw_docx(tmp_path / "h.docx", para("Brödtext."), header="<w:p><w:r><w:t>trasig")
    # raw_docx wraps the header; make its XML broken on purpose
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["word/header1.xml"] = b"<w:hdr><w:p>"
    doc = read_docx(_zip(tmp_path / "h2.docx", parts))
    assert doc.text == "Brödtext."
    assert any("sidhuvud" in n.lower() for n in doc.notes)


def test_size_limits_file_and_parts(tmp_path, monkeypatch):
    path = raw_docx(tmp_path / "stor.docx", para("x" * 50_000))
    monkeypatch.setattr(ooxml, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr("hirelint.document.docx.MAX_FILE_BYTES", 1000)
    assert _code(path) == "too-large"


def test_zip_bomb_stopped_by_directory_and_while_reading(tmp_path, monkeypatch):
    path = raw_docx(tmp_path / "bomb.docx", para(" " * 3_000_000))  # 3 MB that packs to a few KB
    assert path.stat().st_size < 100_000
    monkeypatch.setattr(ooxml, "MAX_PART_BYTES", 1_000_000)
    assert _code(path) == "too-large"  # from the zip directory
    monkeypatch.setattr(ooxml, "MAX_PART_BYTES", 10_000_000)
    monkeypatch.setattr(ooxml, "MAX_TOTAL_BYTES", 2_000_000)
    assert _code(path) == "too-large"  # the sum over the directory
    # and while reading, whatever the directory said: the count is of bytes actually inflated
    monkeypatch.setattr(ooxml, "MAX_TOTAL_BYTES", 10_000_000)
    with ooxml.open_package(path, "bomb.docx") as pkg:
        monkeypatch.setattr(ooxml, "MAX_PART_BYTES", 1_000_000)
        with pytest.raises(InputError) as info:
            pkg.read("word/document.xml")
    assert info.value.code == "too-large"


def test_entities_are_not_expanded(tmp_path):
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "hahahahahahahahahaha">'
        + "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefgh", "bcdefghi"))
        + '<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>Text &i; &x; slut</w:t></w:r></w:p></w:body></w:document>"
    )
    path = raw_docx(tmp_path / "lol.docx", para("x"))
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["word/document.xml"] = laughs.encode()
    started = time.monotonic()
    try:
        doc = read_docx(_zip(tmp_path / "lol2.docx", parts))
        assert "haha" not in doc.text and "root:" not in doc.text
    except InputError as exc:
        assert exc.code == "corrupt"
    assert time.monotonic() - started < 5


def test_legacy_formats_without_conversion_say_how(tmp_path):
    # RTF named .doc is never handed to LibreOffice (issue 13: it could fetch remote content)
    rtf = tmp_path / "gammal.doc"
    rtf.write_bytes(rb"{\rtf1\ansi Vi s\'f6ker en ung s\'e4ljkille.\par}")
    with pytest.raises(InputError) as info:
        read_docx(rtf, "gammal.doc", convert_legacy=True)
    assert info.value.code == "unsupported"
    assert "Spara som" in info.value.message


@pytest.mark.skipif(__import__("shutil").which("soffice") is None, reason="LibreOffice saknas")
def test_legacy_doc_converted_with_libreoffice(shared, linter):
    path = next(p for p in (shared / "docx-samples").rglob("*.doc") if p.name == "testWORD.doc")
    doc = read_document(path)
    assert "Sample Word Document" in doc.text
    assert doc.source_format == "doc" and "LibreOffice" in doc.notes[0]
    assert all(s.anchor is None for s in doc.segments)  # anchors point into a deleted temp file
    linter.lint(doc)


def test_encrypted_and_legacy_samples(shared):
    root = shared / "docx-samples"
    cases = {
        "testWORD_protected_passtika.docx": "encrypted",
        "PasswordProtected.doc": "encrypted",
        "testWORD_protected_drm.doc": "encrypted",
    }
    found = {p.name: p for p in root.rglob("*") if p.name in cases}
    assert found, "samples missing"
    for name, path in found.items():
        with pytest.raises(InputError) as info:
            read_docx(path, name, convert_legacy=False)
        assert info.value.code == cases[name], name
    plain_doc = next(p for p in root.rglob("*.doc") if p.name == "testWORD.doc")
    with pytest.raises(InputError) as info:
        read_docx(plain_doc, convert_legacy=False)
    assert info.value.code == "legacy-doc"


def test_bold_list_item_is_not_a_heading(tmp_path):
    item = ('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
            '<w:r><w:rPr><w:b/></w:rPr><w:t>Ung och hungrig</w:t></w:r></w:p>')
    doc = read_docx(raw_docx(tmp_path / "lista.docx", para("Krav", bold=True) + item))
    assert [s.heading for s in doc.segments] == [True, False]
