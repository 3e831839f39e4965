"""Every Word-family file in ../shared/docx-samples gives text and findings, or a typed error.

The ~570 files come from five projects' test suites (Word, LibreOffice, Google Docs, Pages and
WPS files; Strict OOXML, templates, macro files, encrypted, legacy .doc, truncated and fuzzed
zips; see each folder's MANIFEST.tsv). Legacy files are not converted here (LibreOffice would
take minutes); test_docx_reader converts one.
"""

from __future__ import annotations

import collections
import csv
import time

from hirelint.document import InputError
from hirelint.document.docx import read_docx

KNOWN_CODES = {"encrypted", "legacy-doc", "corrupt", "unsupported", "too-large", "unreadable"}
WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm", ".doc")


def _sample_files(root):
    files = []
    for manifest in sorted(root.glob("*/MANIFEST.tsv")):
        with open(manifest, encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh, delimiter="\t"):
                if len(row) >= 3 and row[2].lower().endswith(WORD_SUFFIXES):
                    files.append(manifest.parent / row[2])
    return files


def test_every_sample_gives_text_or_a_typed_error(shared, linter):
    root = shared / "docx-samples"
    files = [p for p in _sample_files(root) if p.is_file()]
    assert len(files) >= 500
    tally: collections.Counter = collections.Counter()
    started = time.monotonic()
    findings = 0
    for path in files:
        try:
            doc = read_docx(path, path.name, convert_legacy=False)
        except InputError as exc:
            assert exc.code in KNOWN_CODES, (path, exc.code)
            assert exc.message.strip()
            tally[exc.code] += 1
            continue
        report = linter.lint(doc)
        for f in report.findings:
            assert doc.text[f.start:f.end] == f.text
        findings += len(report.findings)
        tally["ok"] += 1
    elapsed = time.monotonic() - started
    print(f"\n{len(files)} samples in {elapsed:.1f} s: " + ", ".join(
        f"{code} {n}" for code, n in tally.most_common()) + f"; {findings} findings")
    assert tally["ok"] >= 300
    assert tally["encrypted"] >= 5 and tally["legacy-doc"] >= 150 and tally["corrupt"] >= 5


def test_every_readable_sample_can_be_annotated(shared, linter, tmp_path):
    """Comments on each finding and on the first word of each segment (so every kind of run
    gets cut somewhere); the copy opens again and reads the same. Tracked changes on every
    fifth file. A copy may fail only with a typed error (a damaged media part, say)."""
    import dataclasses

    from hirelint.model import Finding, Suggestion
    from hirelint.render.annotate import annotate_report

    root = shared / "docx-samples"
    tally: collections.Counter = collections.Counter()
    for i, path in enumerate(p for p in _sample_files(root) if p.suffix.lower() != ".doc"):
        try:
            doc = read_docx(path, path.name, convert_legacy=False)
        except InputError:
            continue
        report = linter.lint(doc)
        extra = []
        for seg in doc.segments[:40]:
            word = seg.text.split()[0]
            at = seg.start + seg.text.find(word)
            extra.append(Finding("TST001", "vague-requirement", None, "info", at, at + len(word), word,
                                 seg.location.label(), "m", "w", "l", "s",
                                 suggestions=(Suggestion("ERSATT"),)))
        report = dataclasses.replace(report, findings=tuple(
            sorted((*report.findings, *extra), key=lambda f: (f.start, f.end))))
        out = tmp_path / f"{i}{path.suffix}"
        track = i % 5 == 0
        result = annotate_report(report, path, out, track_changes=track)
        if result.error:
            assert result.error.code in KNOWN_CODES, (path, result.error)
            tally[result.error.code] += 1
            continue
        copy = read_docx(out, convert_legacy=False)
        if not track:
            assert copy.text == doc.text, path
        tally["ok"] += 1
    print("\nannotated:", dict(tally))
    assert tally["ok"] >= 300
