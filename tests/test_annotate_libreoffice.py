"""Annotated copies render in LibreOffice with all their text (issue 11, part 4).

LibreOffice 7.x drops the text of a paragraph from its start up to a comment's reference run
when the paragraph is the first one of a block content control (w:sdt) — in the body or in a
table cell. The reference run then leads the paragraph; this converts such copies to PDF with
LibreOffice and finds every sentence, and the comments in the margin, with pdftotext.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timezone

import pytest
from lxml import etree

from docx_factory import margin_comments_profile, raw_docx
from hirelint.document import read_document
from hirelint.render.annotate import annotate_report

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)
S1 = "Vi söker en säljkille till kontoret."
S2 = "Hon ska vara en ung säljkille med driv."


def _p(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _sdt(inner: str, i: int) -> str:
    return f'<w:sdt><w:sdtPr><w:id w:val="{700 + i}"/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>'


def _table(cell: str) -> str:
    tc = '<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>{}</w:tc>'
    return ('<w:tbl><w:tblPr><w:tblW w:w="8000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/>'
            '<w:gridCol w:w="4000"/></w:tblGrid><w:tr>' + tc.format(_p("Profil")) + tc.format(cell)
            + "</w:tr></w:tbl>")


CASES = {
    "sdt-in-cell": _table(_sdt(_p(S1) + _p("Andra stycket."), 1)),
    "two-comments": _table(_sdt(_p(S2) + _p("Andra stycket."), 2)),
    "sdt-in-body": _sdt(_p(S1), 3),
    "second-paragraph": _table(_sdt(_p("Första stycket.") + _p(S1), 4)),
}


def _annotated(tmp_path, linter, name: str, track: bool = False):
    body = _p("Inledning.") + CASES[name] + _p("Slut.")
    src = raw_docx(tmp_path / f"{name}.docx", body)
    report = linter.lint(read_document(src))
    out = tmp_path / "ut" / f"{name}{'-spårad' if track else ''}.docx"
    out.parent.mkdir(exist_ok=True)
    result = annotate_report(report, src, out, track_changes=track, now=NOW)
    assert result.error is None and result.comments >= 1
    return out, result


def test_reference_leads_the_first_paragraph_of_a_content_control(tmp_path, linter):
    out, _ = _annotated(tmp_path, linter, "sdt-in-cell")
    import zipfile

    root = etree.fromstring(zipfile.ZipFile(out).read("word/document.xml"))
    first = root.find(f".//{{{W}}}sdtContent/{{{W}}}p")
    kids = [etree.QName(c).localname for c in first]
    assert kids[0] == "r" and first[0].find(f"{{{W}}}commentReference") is not None
    assert kids.index("commentRangeStart") < kids.index("commentRangeEnd")
    assert read_document(out).text == read_document(tmp_path / "sdt-in-cell.docx").text
    # elsewhere the reference follows the range, as Word writes it
    out2, _ = _annotated(tmp_path, linter, "second-paragraph")
    root = etree.fromstring(zipfile.ZipFile(out2).read("word/document.xml"))
    p = root.findall(f".//{{{W}}}sdtContent/{{{W}}}p")[1]
    kids = [etree.QName(c).localname for c in p]
    assert kids.index("commentRangeEnd") + 1 == next(
        i for i, c in enumerate(p) if c.find(f"{{{W}}}commentReference") is not None)


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice eller poppler saknas")
def test_libreoffice_shows_the_text_before_comments_in_content_controls(tmp_path, linter):
    outs = [(name, *_annotated(tmp_path, linter, name)) for name in CASES]
    outs.append(("sdt-in-cell", *_annotated(tmp_path, linter, "sdt-in-cell", track=True)))
    profile = margin_comments_profile(tmp_path)
    pdfs = tmp_path / "pdf"
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(pdfs), *[str(o) for _, o, _ in outs]],
                   check=True, capture_output=True, timeout=300)
    for name, out, result in outs:
        text = subprocess.run(["pdftotext", str(pdfs / (out.stem + ".pdf")), "-"], capture_output=True,
                              text=True, check=True).stdout
        flat = " ".join(text.split())
        for sentence in (S1, S2):
            if sentence in CASES[name] and "spårad" not in out.stem:
                assert sentence in flat, f"{name}: {flat}"
        if "spårad" in out.stem:
            assert "Vi söker en säljkille" in flat and "säljare" in flat, flat
        assert "Inledning." in flat and "Slut." in flat
        assert flat.count("hirelint") >= result.comments, f"{name}: the comments are shown"
