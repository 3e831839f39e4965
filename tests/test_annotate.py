"""Annotated Word copies: comments on the exact spans, tracked changes, and the original untouched."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import zipfile
from datetime import datetime, timezone

import docx
import pytest
from lxml import etree

from docx_factory import AD_SENTENCE, W, margin_comments_profile, para, python_docx_ad, raw_docx, textbox
from hirelint.document import read_document
from hirelint.document.docx import TRACKED_NOTE, read_docx
from hirelint.render.annotate import _diff_region, annotate_report

NS = {"w": W}
NOW = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _anchored_texts(path) -> dict[str, str]:
    """comment id -> the text between its commentRangeStart and commentRangeEnd."""
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    out: dict[str, str] = {}
    open_ids: set[str] = set()
    for el in root.iter():
        tag = etree.QName(el).localname if isinstance(el.tag, str) else ""
        if tag == "commentRangeStart":
            open_ids.add(el.get(f"{{{W}}}id"))
            out.setdefault(el.get(f"{{{W}}}id"), "")
        elif tag == "commentRangeEnd":
            open_ids.discard(el.get(f"{{{W}}}id"))
        elif tag == "t":
            for cid in open_ids:
                out[cid] += el.text or ""
    return out


@pytest.fixture()
def ad(tmp_path, linter):
    src = python_docx_ad(tmp_path / "annons.docx")
    return src, linter.lint(read_document(src))


def test_comments_on_exact_spans(tmp_path, ad):
    src, report = ad
    before = _sha(src)
    out = tmp_path / "ut" / "annons.docx"
    result = annotate_report(report, src, out, now=NOW)
    assert result.error is None and result.output == str(out)
    assert _sha(src) == before  # the original is never touched

    d = docx.Document(out)  # the copy re-opens in python-docx
    comments = list(d.comments)
    assert comments and all(c.author == "hirelint" and c.initials == "HL" for c in comments)
    body = [f for f in report.findings if not f.location.startswith(("sidhuvud", "sidfot"))]
    assert len(comments) == len(body) + 1  # plus one summary for the header finding
    texts = {c.comment_id: c.text for c in comments}
    anchored = _anchored_texts(out)
    for f in body:
        # each body finding has a comment whose anchored text is exactly the flagged text
        matches = [cid for cid, text in anchored.items() if text == f.text and f.message in texts[int(cid)]]
        assert matches, f
    for f in body:
        text = next(t for t in texts.values() if t.startswith(f.message))
        assert "Varför: " in text and "Regel: " + f.code in text and ("Förslag: " in text or "Råd: " in text)
    summary = [t for t in texts.values() if t.startswith("hirelint:")]
    assert len(summary) == 1 and "sidhuvud" in summary[0]


def test_annotated_copy_reads_the_same_and_keeps_formatting(tmp_path, ad):
    src, report = ad
    out = tmp_path / "ut.docx"
    annotate_report(report, src, out, now=NOW)
    assert read_docx(out).text == report.document.text  # comments add no text
    d = docx.Document(out)
    runs = [r for p in d.paragraphs if p.text == AD_SENTENCE for r in p.runs]
    bold = "".join(r.text for r in runs if r.bold)
    italic = "".join(r.text for r in runs if r.italic)
    assert bold == "ung och hungrig" and italic == "modersmål"


def test_existing_output_needs_force(tmp_path, ad):
    src, report = ad
    out = tmp_path / "ut.docx"
    out.write_bytes(b"old")
    result = annotate_report(report, src, out, now=NOW)
    assert result.error is not None and result.error.code == "exists" and "--force" in result.error.message
    assert out.read_bytes() == b"old"
    result = annotate_report(report, src, out, force=True, now=NOW)
    assert result.error is None and zipfile.is_zipfile(out)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # nothing left behind


def test_output_may_not_be_the_input(tmp_path, ad):
    src, report = ad
    before = _sha(src)
    result = annotate_report(report, src, src, force=True, now=NOW)
    assert result.error is not None and result.error.code == "exists"
    assert _sha(src) == before


def _unwrap(el) -> None:
    """Replace an element by its children."""
    parent = el.getparent()
    at = parent.index(el)
    for child in list(el):
        parent.insert(at, child)
        at += 1
    parent.remove(el)


def _reject_all(root):
    """The document as it reads with every tracked change rejected."""
    for ins in root.xpath("//w:ins", namespaces=NS):
        ins.getparent().remove(ins)
    for t in root.xpath("//w:delText", namespaces=NS):
        t.tag = f"{{{W}}}t"
    for d in root.xpath("//w:del", namespaces=NS):
        _unwrap(d)
    return root


def test_tracked_changes_accept_and_reject(tmp_path, ad):
    src, report = ad
    out = tmp_path / "spar.docx"
    result = annotate_report(report, src, out, track_changes=True, now=NOW)
    assert result.changes > 0
    xml = zipfile.ZipFile(out).read("word/document.xml")
    root = etree.fromstring(xml)
    dels = root.xpath("//w:del", namespaces=NS)
    inss = root.xpath("//w:ins", namespaces=NS)
    assert dels and inss
    for el in dels + inss:
        assert el.get(f"{{{W}}}author") == "hirelint"
        assert el.get(f"{{{W}}}date") == "2025-03-01T12:00:00Z"
    ids = [el.get(f"{{{W}}}id") for el in dels + inss]
    assert len(ids) == len(set(ids))
    deleted = " ".join("".join(t.text for t in d.iter(f"{{{W}}}delText")) for d in dels)
    assert "säljkille" in deleted
    # Only validated `review` rewrites of whole requirements are tracked: never a slot to fill.
    inserted = "".join(t.text or "" for i in inss for t in i.iter(f"{{{W}}}t"))
    assert "[" not in inserted and "]" not in inserted
    # accepted (as hirelint reads it): every tracked requirement reads as its rewrite, with a note
    accepted = read_docx(out)
    assert accepted.notes[0] == TRACKED_NOTE
    tracked = [q for q in report.requirements if q.rewrite and q.rewrite.applicability == "review"]
    assert tracked
    for q in tracked:
        assert q.rewrite.text.lower() in accepted.text.lower(), q.rewrite.text
    assert "[" not in accepted.text
    # rejected: the original text comes back
    rejected = _reject_all(root)
    rebuilt = tmp_path / "rejected.docx"
    with zipfile.ZipFile(out) as zin, zipfile.ZipFile(rebuilt, "w") as zout:
        for name in zin.namelist():
            data = etree.tostring(rejected) if name == "word/document.xml" else zin.read(name)
            zout.writestr(name, data)
    body_text = [s.text for s in read_docx(rebuilt).segments if s.location.part == "body"]
    original = [s.text for s in report.document.segments if s.location.part == "body"]
    assert body_text == original


def test_tracked_change_keeps_whole_words():
    text = "Krav: Du brinner för försäljning."
    start, end, new = _diff_region(text, 0, len(text), "Krav: Du är intresserad av försäljning.")
    assert (text[start:end], new) == ("brinner för", "är intresserad av")
    assert text[:start] + new + text[end:] == "Krav: Du är intresserad av försäljning."

def test_header_textbox_and_footnote_findings_in_one_summary(tmp_path, linter):
    src = raw_docx(
        tmp_path / "sidor.docx",
        para("Om tjänsten") + textbox("Vi söker en ung säljkille."),
        footnotes='<w:footnote w:id="1"><w:p><w:r><w:t>Gärna en ung tjej.</w:t></w:r></w:p></w:footnote>',
        header="<w:p><w:r><w:t>Säljkille sökes</w:t></w:r></w:p>",
    )
    report = linter.lint(read_docx(src))
    assert report.findings
    out = tmp_path / "ut.docx"
    result = annotate_report(report, src, out, now=NOW)
    assert result.error is None and result.comments == 1
    comments = etree.fromstring(zipfile.ZipFile(out).read("word/comments.xml"))
    text = "".join(comments.itertext())
    for where in ("sidhuvud", "textruta", "fotnot"):
        assert where in text
    # the summary hangs on the first body paragraph
    assert _anchored_texts(out) == {next(iter(_anchored_texts(out))): "Om tjänsten"}


def test_strict_document_gets_strict_comments(tmp_path, linter):
    src = raw_docx(tmp_path / "strict.docx", para(AD_SENTENCE), strict=True)
    report = linter.lint(read_docx(src))
    out = tmp_path / "ut.docx"
    assert annotate_report(report, src, out, now=NOW).error is None
    z = zipfile.ZipFile(out)
    rels = z.read("word/_rels/document.xml.rels").decode()
    assert "http://purl.oclc.org/ooxml/officeDocument/relationships/comments" in rels
    assert b"http://purl.oclc.org/ooxml/wordprocessingml/main" in z.read("word/comments.xml")
    assert "/word/comments.xml" in z.read("[Content_Types].xml").decode()
    assert read_docx(out).text == AD_SENTENCE


def test_text_inputs_are_skipped(tmp_path, linter):
    src = tmp_path / "annons.txt"
    src.write_text(AD_SENTENCE, encoding="utf-8")
    report = linter.lint(read_document(src))
    result = annotate_report(report, src, tmp_path / "ut.docx", now=NOW)
    assert result.output is None and result.error is None and "textfil" in result.skipped
    assert not (tmp_path / "ut.docx").exists()


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice eller poppler saknas")
def test_libreoffice_renders_comments_in_margin(tmp_path, ad):
    src, report = ad
    out = tmp_path / "kommenterad.docx"
    assert annotate_report(report, src, out, track_changes=True, now=NOW).error is None
    profile = margin_comments_profile(tmp_path)
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(out)],
        check=True, capture_output=True, timeout=180,
    )
    text = subprocess.run(["pdftotext", str(tmp_path / "kommenterad.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert text.count("hirelint") >= 3  # the author line of the margin comments
    assert "Könsmärkt" in text or "Ålderskrav" in text
    assert "säljare" in text  # the tracked insertion is shown


def test_tracked_changes_are_shown_even_if_the_document_hid_markup(tmp_path, ad):
    """A w:revisionView that hides insertions and deletions is removed when changes are written."""
    src, report = ad
    hidden = tmp_path / "hidden.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(hidden, "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name == "word/settings.xml":
                data = data.replace(b"</w:settings>", b'<w:revisionView w:markup="0" w:insDel="0"/></w:settings>')
            zout.writestr(name, data)
    from hirelint.document.docx import read_docx as _read
    from hirelint.engine import Linter

    report2 = Linter.default().lint(_read(hidden))
    out = tmp_path / "shown.docx"
    result = annotate_report(report2, hidden, out, track_changes=True, now=NOW)
    assert result.changes > 0
    settings = zipfile.ZipFile(out).read("word/settings.xml")
    assert b"revisionView" not in settings


def _accept_all(root):
    """The document as it reads with every tracked change accepted (Word's "Acceptera alla")."""
    for d in root.xpath("//w:del", namespaces=NS):
        d.getparent().remove(d)
    for ins in root.xpath("//w:ins", namespaces=NS):
        _unwrap(ins)
    return root


def test_accept_all_leaves_clean_swedish_in_a_kravprofil(tmp_path, linter):
    """Issue 10: after "Acceptera alla" the tracked requirements read as clean Swedish and lint
    without the findings they had; requirements with slots to fill were left to the comments."""
    import docx

    from hirelint.rewrite import grammar_problems

    src = tmp_path / "kravprofil.docx"
    d = docx.Document()
    d.add_heading("Kravprofil: säljare till Kundcenter Nord", level=1)
    d.add_paragraph("Krav", style="Heading 2")
    table = d.add_table(rows=4, cols=2)
    table.style = "Table Grid"
    rows = [("Nr", "Krav (Ska-krav)"), ("S1", "Lagerkille med truckkort."),
            ("S2", "Vi söker en säljkille med erfarenhet av CRM."), ("S3", "Lång erfarenhet av B2B-försäljning.")]
    for r, (a, b) in enumerate(rows):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    d.save(src)
    report = linter.lint(read_docx(src))
    out = tmp_path / "spar.docx"
    result = annotate_report(report, src, out, track_changes=True, now=NOW)
    assert result.changes == 2  # the two review rewrites; S3's "[antal]" stays a comment
    accepted_xml = _accept_all(etree.fromstring(zipfile.ZipFile(out).read("word/document.xml")))
    rebuilt = tmp_path / "accepted.docx"
    with zipfile.ZipFile(out) as zin, zipfile.ZipFile(rebuilt, "w") as zout:
        for name in zin.namelist():
            zout.writestr(name, etree.tostring(accepted_xml) if name == "word/document.xml" else zin.read(name))
    accepted = linter.lint(read_docx(rebuilt))
    texts = [s.text for s in accepted.document.segments]
    assert "Lagermedarbetare med truckkort." in texts
    assert "Vi söker en säljare med erfarenhet av CRM." in texts
    assert "Lång erfarenhet av B2B-försäljning." in texts and "[" not in accepted.document.text
    for text in ("Lagermedarbetare med truckkort.", "Vi söker en säljare med erfarenhet av CRM."):
        assert not grammar_problems(text, text)
        start = accepted.document.text.index(text)
        inside = [f for f in accepted.findings if start <= f.start < start + len(text)
                  and f.category in ("discrimination", "vague-requirement")]
        assert not inside, [(f.code, f.text) for f in inside]
