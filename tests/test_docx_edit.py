"""Edits spliced into a Word package (hirelint.render.docx_edit): the copy reads back exactly as
the edited text, and what the text does not show (tables, header, styles, lists) is kept."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from docx_factory import python_docx_ad
from hirelint.document import InputError, read_document
from hirelint.render.docx_edit import can_splice, write_edited_docx


@pytest.fixture
def ad(tmp_path):
    src = python_docx_ad(tmp_path / "annons.docx")
    return src, read_document(src)


EDITS = {
    "word in a paragraph (runs with bold and italic)": ("ung och hungrig säljkille", "driven säljare"),
    "table cell": ("En ung säljkille.", "En driven säljare."),
    "nested table cell": ("Inre cell: ung och hungrig.", "Inre cell: driven."),
    "header": ("Säljkille sökes", "Säljare sökes"),
    "new list item": ("Du är stresstålig och har körkort.", "Du är stresstålig.\nDu har körkort."),
    "heading removed": ("Krav\n", ""),
    "paragraphs joined": ("modersmål.\nKrav", "modersmål. Krav"),
    "tab": ("Roll", "Roll\tX"),
    "last line of a cell emptied": ("\nEn ung säljkille.", ""),
    "two lines removed": ("Du är stresstålig och har körkort.\nDu har svenska som modersmål.\n", ""),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_edit_reads_back_exactly(tmp_path, ad, name):
    src, doc = ad
    old, new = EDITS[name]
    assert old in doc.text
    text = doc.text.replace(old, new, 1)
    out = tmp_path / "ut.docx"
    result = write_edited_docx(src, doc, text, out)
    assert result.exact and read_document(out).text == text
    d = docx.Document(str(out))
    assert len(d.tables) == 2 and d.sections[0].header.paragraphs[0].text
    assert d.paragraphs[0].style.name == "Heading 1"


def test_formatting_of_the_edited_run_is_kept(tmp_path, ad):
    src, doc = ad
    text = doc.text.replace("ung och hungrig", "driven och nyfiken")
    out = tmp_path / "ut.docx"
    assert write_edited_docx(src, doc, text, out).exact
    p = next(p for p in docx.Document(str(out)).paragraphs if "nyfiken" in p.text)
    assert any(r.bold and "nyfiken" in r.text for r in p.runs)
    assert any(r.italic and r.text == "modersmål" for r in p.runs)


def test_unchanged_parts_are_copied_byte_for_byte(tmp_path, ad):
    src, doc = ad
    out = tmp_path / "ut.docx"
    write_edited_docx(src, doc, doc.text.replace("Roll", "Uppdrag"), out)
    a, b = zipfile.ZipFile(src), zipfile.ZipFile(out)
    assert a.namelist() == b.namelist()
    for name in a.namelist():
        if name != "word/document.xml":
            assert a.read(name) == b.read(name), name


def test_a_changed_original_is_refused(tmp_path, ad):
    src, doc = ad
    d = docx.Document(str(src))
    d.paragraphs[1].text = "Annan text."
    d.save(str(src))
    with pytest.raises(InputError) as info:
        write_edited_docx(src, doc, doc.text + "!", tmp_path / "ut.docx")
    assert info.value.code == "changed"


def test_samples_take_an_edit_in_the_middle_of_a_paragraph(shared, tmp_path):
    """Every readable Word sample: a word replaced and a line split in one paragraph."""
    files = sorted(p for p in (shared / "docx-samples").rglob("*") if p.suffix.lower() in (".docx", ".docm"))
    tried, inexact = 0, []
    for i, f in enumerate(files):
        try:
            doc = read_document(f)
        except InputError:
            continue
        if not doc.segments or not can_splice(doc, f):
            continue
        seg = doc.segments[i % len(doc.segments)]
        if seg.anchor.kind == "textbox":
            continue  # text boxes follow their anchor paragraph; a split moves them
        at = seg.start + len(seg.text) // 2
        text = doc.text[:at] + "XY\nZ" + doc.text[at + 1:]
        out = tmp_path / "ut.docx"
        try:
            result = write_edited_docx(f, doc, text, out)
        except InputError:
            continue  # broken in a way reading tolerates but re-reading the part does not
        tried += 1
        if not result.exact:
            inexact.append(f.name)
    assert tried > 100
    assert inexact == []
