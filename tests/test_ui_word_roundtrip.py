"""Editing a Word kravprofil in the app keeps it a Word kravprofil (issue 11, part 3).

After an edit, "Spara som", the cleaned Word copy and the annotated copy used to be rebuilt from
the editor's plain text: the table and the page header were lost and table cells became
Heading 2 paragraphs. Now the edits are spliced into a copy of the original package.
"""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from conftest_ui import *  # noqa: F401,F403 - fixtures
from conftest_ui import open_file, wait_lint

from PySide6.QtGui import QTextCursor  # noqa: E402

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def kravprofil(path: Path) -> Path:
    """A kravprofil as a client sends it: header, headings, lists, a table, a content control."""
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Kund AB – kravprofil, konfidentiell"
    d.add_heading("Kravprofil: lagerarbetare", level=1)
    d.add_paragraph("Kunden önskar en ung och hungrig lagerkille till skiftarbete.")
    d.add_heading("Krav", level=2)
    d.add_paragraph("Truckkort A och B.", style="List Bullet")
    d.add_paragraph("Du är stresstålig.", style="List Bullet")
    d.add_paragraph("Tre års erfarenhet av lager.", style="List Number")
    table = d.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text = "Arbetstid"
    table.cell(0, 1).text = "Skift, vardagar"
    table.cell(1, 0).text = "Profil"
    table.cell(1, 1).text = "Fullt frisk och ung."
    d.add_paragraph("Kontakt: rekrytering@example.se")
    # a block content control around the last paragraph (python-docx cannot make one)
    body = d.element.body
    last = body.findall(f"{{{W}}}p")[-1]
    sdt = etree.SubElement(body, f"{{{W}}}sdt")
    pr = etree.SubElement(sdt, f"{{{W}}}sdtPr")
    etree.SubElement(pr, f"{{{W}}}alias", {f"{{{W}}}val": "Kontakt"})
    etree.SubElement(pr, f"{{{W}}}id", {f"{{{W}}}val": "4711"})
    content = etree.SubElement(sdt, f"{{{W}}}sdtContent")
    last.addprevious(sdt)
    content.append(last)
    d.save(str(path))
    return path


def replace_in_editor(window, old: str, new: str) -> None:
    """Select ``old`` in the editor and type ``new`` over it (one edit, as the user makes it)."""
    text = window.editor.plain_text()
    at = text.index(old)
    cursor = window.editor.textCursor()
    cursor.setPosition(at)
    cursor.setPosition(at + len(old), QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)
    window.editor.insertPlainText(new)


def check_word_structure(path: Path, edited_para: str, edited_cell: str) -> None:
    d = docx.Document(str(path))
    assert len(d.tables) == 1, "the table survives"
    t = d.tables[0]
    assert [c.text for c in t.rows[1].cells] == ["Profil", edited_cell]
    assert t.style is not None and t.style.name == "Table Grid"
    assert d.sections[0].header.paragraphs[0].text == "Kund AB – kravprofil, konfidentiell"
    styles = {p.text: p.style.name for p in d.paragraphs}
    assert styles["Kravprofil: lagerarbetare"] == "Heading 1"
    assert styles["Krav"] == "Heading 2"
    assert styles["Truckkort A och B."] == "List Bullet"
    assert styles["Tre års erfarenhet av lager."] == "List Number"
    assert styles[edited_para] == "Normal"
    assert not any(s == "Heading 2" for text, s in styles.items() if text in ("Profil", edited_cell))
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    assert "<w:sdt>" in xml and 'w:val="Kontakt"' in xml, "the content control survives"
    assert "rekrytering@example.se" in xml


@pytest.fixture
def edited(qtbot, window, tmp_path):
    src = kravprofil(tmp_path / "kravprofil.docx")
    before = src.read_bytes()
    assert open_file(qtbot, window, src)
    wait_lint(qtbot, window)
    replace_in_editor(window, "en ung och hungrig lagerkille", "en driven lagerarbetare")
    replace_in_editor(window, "Fullt frisk och ung.", "Klarar lyft upp till 20 kg.")
    wait_lint(qtbot, window)
    state = {"before": before}
    yield src, state
    assert src.read_bytes() == state["before"], "the original is never written"


PARA = "Kunden önskar en driven lagerarbetare till skiftarbete."
CELL = "Klarar lyft upp till 20 kg."


def test_save_as_word_keeps_table_header_styles_and_edits(qtbot, window, answers, tmp_path, edited):
    from hirelint.document import read_document

    answers.save_path = tmp_path / "kravprofil (granskad).docx"
    assert window.save_as()
    check_word_structure(answers.save_path, PARA, CELL)
    assert read_document(answers.save_path).text == window.editor.plain_text()
    assert answers.errors == []
    # the saved copy is now the draft: a second edit and save splices into it as well
    assert window.session.path == answers.save_path and window.session.original is not None
    replace_in_editor(window, "Du är stresstålig.", "Du håller lugnet när det är mycket att göra.")
    answers.save_path = tmp_path / "kravprofil (granskad 2).docx"
    assert window.save_as()
    check_word_structure(answers.save_path, PARA, CELL)
    styles = {p.text: p.style.name for p in docx.Document(str(answers.save_path)).paragraphs}
    assert styles["Du håller lugnet när det är mycket att göra."] == "List Bullet"


def test_cleaned_word_copy_keeps_the_structure(qtbot, window, answers, tmp_path, edited):
    answers.save_path = tmp_path / "kravprofil (ren).docx"
    assert window.export_clean("docx") == answers.save_path
    check_word_structure(answers.save_path, PARA, CELL)


def test_annotated_copy_of_an_edited_draft_keeps_the_structure(qtbot, window, answers, tmp_path, edited):
    answers.save_path = tmp_path / "kravprofil (kommenterad).docx"
    window.export_annotated()
    qtbot.waitUntil(lambda: answers.save_path.exists() and not window._jobs, timeout=30000)
    assert answers.errors == []
    check_word_structure(answers.save_path, PARA, CELL)
    with zipfile.ZipFile(answers.save_path) as z:
        comments = z.read("word/comments.xml").decode("utf-8")
    assert "hirelint" in comments


def test_new_lines_and_deleted_lines_in_a_word_draft(qtbot, window, answers, tmp_path, edited):
    from hirelint.document import read_document

    # a new list item after "Truckkort A och B." and a removed heading line
    text = window.editor.plain_text()
    at = text.index("Truckkort A och B.") + len("Truckkort A och B.")
    cursor = window.editor.textCursor()
    cursor.setPosition(at)
    window.editor.setTextCursor(cursor)
    window.editor.insertPlainText("\nB-körkort.")
    replace_in_editor(window, "Krav\n", "")
    answers.save_path = tmp_path / "ny.docx"
    assert window.save_as()
    d = docx.Document(str(answers.save_path))
    styles = {p.text: p.style.name for p in d.paragraphs}
    assert styles["B-körkort."] == "List Bullet"
    assert "Krav" not in styles
    assert len(d.tables) == 1
    assert read_document(answers.save_path).text == window.editor.plain_text()


def test_a_word_file_changed_on_disk_is_saved_plainly_not_corrupted(qtbot, window, answers, tmp_path, edited):
    src, state = edited
    d = docx.Document(str(src))
    d.paragraphs[1].text = "Helt annan text."
    d.save(str(src))
    state["before"] = src.read_bytes()
    answers.save_path = tmp_path / "efter.docx"
    assert window.save_as()
    assert PARA in [p.text for p in docx.Document(str(answers.save_path)).paragraphs]
    assert "formatering" in window.statusBar().currentMessage()
