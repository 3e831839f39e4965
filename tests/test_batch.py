"""Batch linting: worker processes, order, typed errors, progress bar, CLI flags and summary."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from docx_factory import AD_SENTENCE, para, python_docx_ad, raw_docx
from hirelint.batch import (
    AnnotateSettings,
    Job,
    LintSettings,
    Progress,
    annotation_targets,
    run_batch,
)
from hirelint.cli import main


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "annonser"
    (root / "sub").mkdir(parents=True)
    python_docx_ad(root / "a.docx")
    python_docx_ad(root / "sub" / "a.docx")  # same name in a subfolder
    raw_docx(root / "b.docx", para(AD_SENTENCE))
    (root / "c.txt").write_text("Vi söker en ung säljkille.", encoding="utf-8")
    (root / "trasig.docx").write_bytes(b"PK\x03\x04 inte en hel zip")
    return root


def _jobs(root: Path) -> list[Job]:
    files = sorted(p for p in root.rglob("*") if p.is_file())
    return [Job(i, str(p), p) for i, p in enumerate(files)]


def test_two_processes_give_the_same_reports_in_order(tmp_path):
    jobs = _jobs(_folder(tmp_path))
    settings = LintSettings()
    one = run_batch(jobs, settings, n_jobs=1)
    two = run_batch(jobs, settings, n_jobs=2)
    assert [o.report.path for o in one] == [j.shown for j in jobs] == [o.report.path for o in two]
    assert [o.report.findings for o in one] == [o.report.findings for o in two]
    assert [o.report.error for o in one] == [o.report.error for o in two]
    broken = next(o.report for o in two if o.report.path.endswith("trasig.docx"))
    assert broken.error.code == "corrupt"
    ok = [o.report for o in two if not o.report.error]
    assert len(ok) == 4 and all(r.findings for r in ok)
    # what the outputs read comes back; the segments and their Word anchors stay in the worker
    assert [o.report.document.text for o in one if not o.report.error] == [r.document.text for r in ok]
    assert all(r.document.text and r.document.segments == () for r in ok)


def test_workers_annotate_copies(tmp_path):
    root = _folder(tmp_path)
    jobs = _jobs(root)
    out = tmp_path / "ut"
    targets = annotation_targets(out, [(j.shown, j.real) for j in jobs], [str(root)])
    jobs = [Job(j.index, j.shown, j.real, annotate_to=t) for j, t in zip(jobs, targets)]
    outcomes = run_batch(jobs, LintSettings(), n_jobs=2, annotate=AnnotateSettings(out))
    written = sorted(Path(o.annotation.output).relative_to(out).as_posix()
                     for o in outcomes if o.annotation and o.annotation.output)
    assert written == ["a.docx", "b.docx", "sub/a.docx"]
    assert all(any(c.author == "hirelint" for c in docx.Document(out / w).comments) for w in written)
    txt = next(o for o in outcomes if o.report.path.endswith("c.txt"))
    assert txt.annotation.skipped and not txt.annotation.output


def test_annotation_targets_avoid_clashes(tmp_path):
    a, b = tmp_path / "x" / "annons.docx", tmp_path / "y" / "annons.docx"
    targets = annotation_targets(tmp_path / "ut", [(str(a), a), (str(b), b), ("-", None)], [str(a), str(b)])
    assert [t.name if t else None for t in targets] == ["annons.docx", "annons (2).docx", None]


def test_empty_argument_is_not_taken_for_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    a = Path("annonser") / "a.docx"
    targets = annotation_targets(tmp_path / "ut", [("", Path("")), (str(a), a)], ["", str(a)])
    assert targets[1] == tmp_path / "ut" / "a.docx"  # not ut/annonser/a.docx


def test_a_slimmed_report_cannot_be_annotated(tmp_path):
    from hirelint.render.annotate import annotate_report

    src = python_docx_ad(tmp_path / "a.docx")
    outcome = run_batch([Job(0, str(src), src)], LintSettings(), n_jobs=1)[0]
    assert outcome.report.findings and outcome.report.document.segments == ()
    with pytest.raises(ValueError):
        annotate_report(outcome.report, src, tmp_path / "ut.docx")


def test_progress_bar_only_on_a_terminal():
    quiet = io.StringIO()
    bar = Progress(3, stream=quiet)
    for name in "abc":
        bar.advance(name)
    bar.close()
    assert quiet.getvalue() == ""
    loud = io.StringIO()
    bar = Progress(3, stream=loud, enabled=True)
    for name in ("a.docx", "b.docx", "c.docx"):
        bar.advance(name)
    bar.close()
    assert "3/3 filer" in loud.getvalue() and loud.getvalue().endswith("\r")


def test_cli_batch_with_all_outputs(tmp_path, capsys):
    root = _folder(tmp_path)
    # Tracked changes are validated `review` rewrites of whole requirements: give b.docx one.
    raw_docx(root / "b.docx", para("Krav: Vi söker en säljkille till Kundcenter Nord."))
    out = tmp_path / "ut"
    rc = main(["lint", str(root), "--jobs", "2", "--annotate", str(out), "--track-changes",
               "--xlsx", str(tmp_path / "r.xlsx"), "--no-config", "--format", "json"])
    err = capsys.readouterr().err
    assert rc == 2  # one file could not be read; the others are linted all the same
    assert "3 kommenterade kopior" in err and "spårade ändringar" in err
    assert "1 fil fick ingen kopia" in err
    assert (tmp_path / "r.xlsx").is_file()
    with zipfile.ZipFile(out / "b.docx") as z:
        assert b"w:ins" in z.read("word/document.xml")
    # a second run refuses to overwrite the copies, says so per file, and still lints
    rc = main(["lint", str(root), "--annotate", str(out), "--no-config"])
    captured = capsys.readouterr()
    assert rc == 2 and captured.err.count("[exists]") == 3
    assert "säljkille" in captured.out  # the findings are still reported


def test_summary_line_counts_categories_and_errors(tmp_path, capsys):
    root = _folder(tmp_path)
    main(["lint", str(root), "--no-config"])
    err = capsys.readouterr().err
    line = [ln for ln in err.splitlines() if "granskade" in ln][0]
    assert line.startswith("5 filer granskade:")
    assert "diskrimineringsrisk" in line and "corrupt: 1" in line


def test_track_changes_requires_annotate(capsys):
    assert main(["lint", "x.txt", "--track-changes", "--no-config"]) == 2
    assert "--annotate" in capsys.readouterr().err
