"""Issue 11, part 6: hand-over quality of the client report (name, sources, A4 layout,
permissions of the PDF)."""

from __future__ import annotations

import os
import stat
import zipfile
from datetime import date

import docx
import pytest

from hirelint.model import Finding, Report, Requirement, Suggestion
from hirelint.render.client_report import ClientReport

TEXT = "Vi söker en säljare.\nKrav\n- Svenska som modersmål\n- B-körkort"


def _finding(code, start, end, source="", strength="vägledning", ground="ethnicity"):
    return Finding(code=code, category="discrimination", ground=ground, severity="error", start=start,
                   end=end, text=TEXT[start:end], location="stycke 3", message="Meddelande.",
                   why="Varför det är ett problem.", legal="Diskrimineringslagen (2008:567).",
                   source=source, strength=strength,
                   suggestions=(Suggestion("Svenska motsvarande C1 enligt GERS"),),
                   sentence_start=start, sentence_end=end, requirement="must")


@pytest.fixture
def report():
    s = TEXT.index("Svenska")
    b = TEXT.index("B-körkort")
    findings = (
        _finding("ETN001", s, s + len("Svenska som modersmål")),  # weak source: empty
        _finding("PRX002", b, b + len("B-körkort"), source="DO: Hundra möjligheter (2016)",
                 strength="myndighet", ground="disability"),
    )
    reqs = (Requirement("Svenska som modersmål", s, s + 21, "must", True),
            Requirement("B-körkort", b, b + 9, "must", True))
    from hirelint.model import Document
    return Report(path="profil.txt", findings=findings, document=Document.from_text(TEXT, "profil.txt"),
                  requirements=reqs)


def test_prepared_by_is_never_the_login_name(report, monkeypatch):
    import getpass

    monkeypatch.setattr(getpass, "getuser", lambda: "root")
    cr = ClientReport.build(report, day=date(2026, 3, 1))
    assert cr.prepared_by == ""
    html = cr.to_html()
    assert "Upprättad av" not in html and "root" not in html and "2026-03-01" in html
    named = ClientReport.build(report, prepared_by="Anna Lind, Lind Rekrytering AB", day=date(2026, 3, 1))
    assert "<b>Upprättad av:</b> Anna Lind, Lind Rekrytering AB" in named.to_html()


def test_weak_sources_print_no_source_and_no_strength(report, tmp_path):
    cr = ClientReport.build(report, prepared_by="Anna Lind")
    html = cr.to_html()
    assert html.count("Källa") == 1 and "myndighet" in html and "styrka: vägledning" not in html
    out = cr.write_docx(tmp_path / "rapport.docx")
    cells = [c.text for t in docx.Document(str(out)).tables for row in t.rows for c in row.cells]
    assert cells.count("Källa") == 1 and not any("vägledning" in c for c in cells)
    assert not any(c.strip() in ("Källa:", "") and c for c in cells)


def test_word_report_is_a4_and_rows_do_not_split(report, tmp_path):
    out = ClientReport.build(report, prepared_by="Anna Lind").write_docx(tmp_path / "rapport.docx")
    d = docx.Document(str(out))
    sec = d.sections[0]
    assert round(sec.page_width.mm) == 210 and round(sec.page_height.mm) == 297
    assert 15 <= sec.left_margin.mm <= 25 and 15 <= sec.right_margin.mm <= 25
    text_width = sec.page_width - sec.left_margin - sec.right_margin
    with zipfile.ZipFile(out) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    rows = xml.count("<w:tr>") + xml.count("<w:tr ")
    assert rows and xml.count("<w:cantSplit/>") == rows
    assert "<w:tblHeader/>" in xml  # the requirement table's header repeats on each page
    for table in d.tables:
        width = sum(c.width for c in table.columns)
        assert width >= 0.95 * text_width  # the table uses the page
    headings = [p for p in d.paragraphs if p.style.name.startswith("Heading 2")]
    assert headings and all(p.paragraph_format.keep_with_next for p in headings)


def test_pdf_has_the_same_permissions_as_other_exports(qapp, report, tmp_path):
    from hirelint.render.atomic import atomic_write
    from hirelint.ui import exports

    old = os.umask(0o022)
    try:
        other = tmp_path / "annan.txt"
        atomic_write(other, lambda fh: fh.write(b"x"))
        out = exports.write_pdf(tmp_path / "rapport.pdf", ClientReport.build(report).to_html())
    finally:
        os.umask(old)
    assert out.read_bytes().startswith(b"%PDF")
    mode = stat.S_IMODE(out.stat().st_mode)
    assert mode == stat.S_IMODE(other.stat().st_mode)
    assert mode & stat.S_IRGRP  # not -rw-------
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_must_haves_with_discrimination_are_not_clear(report):
    assert ClientReport.build(report).screenable() == (0, 2)
    cr = ClientReport.build(report, findings=report.findings[:1])  # the other one dismissed
    assert cr.screenable() == (1, 2)
    assert cr.verdict(0) == "Nej – risk för diskriminering" and cr.verdict(1) == "Ja"


def test_pdf_uses_the_page_and_keeps_tables_whole(qapp, tmp_path):
    """A4, the text block about 17 cm wide (not Qt's extra 2 cm on top of the margins), and no
    item table starting on one page and ending on the next."""
    import re
    import shutil
    import subprocess

    from hirelint.engine import Linter
    from hirelint.model import Document
    from hirelint.ui import exports

    text = "\n".join(f"- Du är ung och hungrig, stresstålig och har svenska som modersmål nr {i}."
                     for i in range(12))
    report = Linter.default(use_nlp=False).lint(Document.from_text("Krav\n" + text, "p.txt"))
    html = ClientReport.build(report, prepared_by="Anna Lind").to_html()
    out = exports.write_pdf(tmp_path / "rapport.pdf", html)
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    layout = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    pages = layout.split("\f")
    assert len(pages) >= 2
    # every "Kundens formulering" row (a table's first row) has its "Beslut" row on the same page
    for page in pages:
        assert page.count("Kundens") == page.count("Beslut"), page[:200]
    bbox = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(out), "-"],
                          capture_output=True, text=True).stdout
    page_w = float(re.search(r'<page width="([\d.]+)"', bbox).group(1))
    xs = [(float(a), float(b)) for a, b in re.findall(r'xMin="([\d.]+)"[^>]*xMax="([\d.]+)"', bbox)]
    left, right = min(a for a, _ in xs), max(b for _, b in xs)
    assert 590 <= page_w <= 600  # A4
    assert left < 0.12 * page_w and right > 0.85 * page_w  # margins of about 2 cm, not 4


def test_a_logged_decision_with_a_weak_source_prints_no_source(report):
    from hirelint.decisions import KEPT, Decision, sentence_of

    f = report.findings[0]
    old = Decision.for_finding(KEPT, f, sentence_of(f, TEXT), reason="Kunden står fast.", origin="meeting")
    from dataclasses import replace

    old = replace(old, source="En forskningsrapport (2019)", strength="forskning")
    html = ClientReport.build(report, [old]).to_html()
    assert "forskningsrapport" not in html and "styrka: forskning" not in html
