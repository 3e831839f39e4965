"""Exports from the window: cleaned ad, annotated Word copy, client report (.docx and PDF)."""

from __future__ import annotations

import zipfile

import docx

from conftest_ui import *  # noqa: F401,F403 - fixtures
from conftest_ui import BIASED, make_docx, open_file, type_text, wait_lint


def _word_text(path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def test_export_cleaned_ad_as_text_and_word(qtbot, window, answers, tmp_path):
    type_text(window, "Säljare till Malmö\n\n" + BIASED)
    wait_lint(qtbot, window)
    f = next(f for f in window.shown if f.text.lower() == "säljkille")
    window.apply_suggestion(f, next(s for s in f.suggestions if s.applicability != "advice"))
    answers.save_path = tmp_path / "ren.txt"
    assert window.export_clean("txt") == answers.save_path
    text = answers.save_path.read_text(encoding="utf-8")
    assert "säljkille" not in text and text.startswith("Säljare till Malmö")
    answers.save_path = tmp_path / "ren"
    out = window.export_clean("docx")
    assert out == tmp_path / "ren.docx"
    assert "säljkille" not in _word_text(out) and "Säljare till Malmö" in _word_text(out)


def test_export_annotated_copy_of_a_word_draft(qtbot, window, answers, tmp_path):
    src = make_docx(tmp_path / "kund.docx", ["Säljare", BIASED])
    before = src.read_bytes()
    open_file(qtbot, window, src)
    wait_lint(qtbot, window)
    answers.save_path = tmp_path / "kund (kommenterad).docx"
    window.export_annotated()
    qtbot.waitUntil(lambda: answers.save_path.exists() and not window._jobs, timeout=20000)
    assert answers.errors == []
    with zipfile.ZipFile(answers.save_path) as z:
        comments = z.read("word/comments.xml").decode("utf-8")
    assert "säljkille" in comments or "Könsmärkt" in comments
    assert src.read_bytes() == before  # the original is only read


def test_export_annotated_copy_of_a_typed_draft(qtbot, window, answers, tmp_path):
    type_text(window, BIASED)
    wait_lint(qtbot, window)
    answers.save_path = tmp_path / "utkast (kommenterad).docx"
    window.export_annotated()
    qtbot.waitUntil(lambda: answers.save_path.exists() and not window._jobs, timeout=20000)
    with zipfile.ZipFile(answers.save_path) as z:
        assert "word/comments.xml" in z.namelist()


def test_client_report_word_has_findings_reasons_and_decisions(qtbot, window, answers, tmp_path):
    path = tmp_path / "profil.txt"
    path.write_text(BIASED + "\n\nKrav\n- B-körkort.\n- Du är stresstålig och har lång erfarenhet.\n",
                    encoding="utf-8")
    open_file(qtbot, window, path)
    wait_lint(qtbot, window)
    assert window.report.requirements
    kept = window.shown[0]
    window.session.decide("kept", kept, "Vi söker en ung och hungrig säljkille med svenska som modersmål.",
                          reason="Kunden står fast: testmotivering.", origin="meeting")
    answers.save_path = tmp_path / "rapport.docx"
    out = window.export_client_report("docx")
    text = _word_text(out)
    for needle in ("Kundens formulering", "Föreslagen formulering", "Varför", "Rättslig grund",
                   "Kunden står fast: testmotivering.", "Krav i profilen"):
        assert needle in text, needle
    # open findings at export are logged as flagged
    assert any(d.action == "flagged" for d in window.log.read())


def test_client_report_pdf(qtbot, window, answers, tmp_path):
    type_text(window, BIASED)
    wait_lint(qtbot, window)
    answers.save_path = tmp_path / "rapport.pdf"
    out = window.export_client_report("pdf")
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 3000
    assert not list(tmp_path.glob(".rapport.pdf.*"))  # no temporary file left behind


def test_export_never_overwrites_the_draft(qtbot, window, answers, tmp_path):
    path = tmp_path / "annons.txt"
    path.write_text(BIASED, encoding="utf-8")
    open_file(qtbot, window, path)
    answers.save_path = path
    assert window.export_clean("txt") is None
    assert answers.errors
    assert path.read_text(encoding="utf-8") == BIASED
