"""The decision log, the sidecar and the client report (core modules used by the app; no Qt)."""

from __future__ import annotations

import json
import multiprocessing
from datetime import date

import docx
import pytest

from hirelint.decisions import (
    DISMISSED,
    KEPT,
    Decision,
    DecisionLog,
    finding_key,
    load_sidecar,
    rewrite_sentence,
    save_sidecar,
    sentence_at,
    sentence_of,
    settled_keys,
    sidecar_path,
)
from hirelint.render.client_report import ClientReport

TEXT = ("Vi söker en ung och hungrig säljkille med svenska som modersmål. "
        "Du är stresstålig och har lång erfarenhet.\n\nKrav\n- B-körkort.\n")


@pytest.fixture(scope="module")
def report(linter):
    return linter.lint_text(TEXT, "annons.txt")


def _append_many(path: str, who: int, n: int) -> None:
    log = DecisionLog(path)
    for i in range(n):
        log.append(Decision("flagged", f"T{who:02}", "discrimination", "age", "ung", f"rad {i}",
                            reason="x" * 3000, user=f"u{who}", time="2026-01-01T00:00:00+01:00"))


def test_log_appends_are_whole_lines_under_concurrency(tmp_path):
    path = tmp_path / "logg" / "beslutslogg.jsonl"
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_append_many, args=(str(path), w, 40)) for w in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 160
    assert all(json.loads(line)["reason"] == "x" * 3000 for line in lines)
    assert len(list(DecisionLog(path).read())) == 160


def test_log_survives_a_torn_last_line(tmp_path, report):
    log = DecisionLog(tmp_path / "l.jsonl")
    f = report.findings[0]
    log.append(Decision.for_finding(DISMISSED, f, sentence_of(f, TEXT), reason="skäl"))
    with open(log.path, "ab") as fh:
        fh.write(b'{"action": "dism')  # a crash mid-write
    log.append(Decision.for_finding(KEPT, f, sentence_of(f, TEXT), reason="skäl 2"))
    got = list(log.read())
    assert [d.action for d in got] == [DISMISSED, KEPT]


def test_decision_records_who_when_and_what(report):
    f = report.findings[0]
    d = Decision.for_finding(DISMISSED, f, sentence_of(f, TEXT), reason="  ett skäl ", document="a.txt")
    assert d.user and d.time[:4].isdigit() and "T" in d.time
    assert d.reason == "ett skäl" and d.code == f.code and d.legal == f.legal and d.why == f.why
    assert Decision.from_json(json.loads(json.dumps(d.to_json()))) == d
    with pytest.raises(ValueError):
        Decision("deleted", "X", "discrimination", None, "t", "c")


def test_sidecar_round_trip_and_settled_findings(tmp_path, report):
    draft = tmp_path / "annons.docx"
    f = report.findings[0]
    d = Decision.for_finding(DISMISSED, f, sentence_of(f, TEXT), reason="skäl")
    save_sidecar(draft, [d])
    assert sidecar_path(draft).name == "annons.docx.hirelint.json"
    assert load_sidecar(draft) == [d]
    assert finding_key(f, TEXT) in settled_keys([d])
    sidecar_path(draft).write_text("{trasig", encoding="utf-8")
    assert load_sidecar(draft) == []


def test_sentence_at_cuts_like_the_engine(report):
    for f in report.findings:
        assert sentence_at(TEXT, f.start) == sentence_of(f, TEXT)


def test_rewrite_sentence_previews_the_change(report):
    f = next(f for f in report.findings if f.text.lower() == "säljkille")
    s = next(s for s in f.suggestions if s.applicability != "advice")
    out = rewrite_sentence(f, TEXT, s)
    assert s.text in out and "säljkille" not in out and out.startswith("Vi söker")


def test_client_report_model_and_word_file(tmp_path, report):
    kept = next(f for f in report.findings if f.category == "discrimination")
    decisions = [Decision.for_finding(KEPT, kept, sentence_of(kept, TEXT),
                                      reason="B-körkort behövs: dagliga kundbesök med bil",
                                      origin="meeting", user="rekryterare")]
    cr = ClientReport.build(report, decisions, document="annons.txt", prepared_by="rekryterare",
                            day=date(2026, 3, 1))
    assert cr.items[0].status == KEPT and cr.items[0].reason.startswith("B-körkort")
    # the kept finding, then the open findings one item per unit (requirement or sentence)
    from hirelint.units import build_units

    assert len(cr.items) == 1 + len(build_units(report, [f for f in report.findings if f is not kept]))
    assert any("Kunden behåller" in line for line in cr.summary_lines())
    out = cr.write_docx(tmp_path / "rapport.docx")
    d = docx.Document(str(out))
    body = "\n".join(p.text for p in d.paragraphs)
    cells = "\n".join(c.text for t in d.tables for row in t.rows for c in row.cells)
    assert "Granskning av kravprofil" in body and "2026-03-01" in body
    assert "B-körkort behövs: dagliga kundbesök med bil" in cells
    assert "Föreslagen formulering" in cells and "Rättslig grund" in cells
    html = cr.to_html()
    assert "Kundens formulering" in html and "&lt;" not in cr.document


def test_withdrawn_decisions_reopen_the_finding(report):
    """A log read back: an undone rewrite and a restored dismissal leave the finding open."""
    from dataclasses import replace

    from hirelint.decisions import APPLIED, RESTORED, UNDONE

    f = report.findings[0]
    context = sentence_of(f, TEXT)
    dismissed = Decision.for_finding(DISMISSED, f, context, reason="skäl")
    restored = replace(dismissed, action=RESTORED)
    assert finding_key(f, TEXT) in settled_keys([dismissed])
    assert finding_key(f, TEXT) not in settled_keys([dismissed, restored])
    assert finding_key(f, TEXT) in settled_keys([dismissed, restored, dismissed])
    applied = Decision.for_finding(APPLIED, f, context, suggestion="x")
    undone = replace(applied, action=UNDONE)
    statuses = [i.status for i in ClientReport.build(report, [applied, undone]).items]
    assert APPLIED not in statuses and UNDONE not in statuses
    from hirelint.units import build_units

    assert len(statuses) == len(build_units(report))
    assert [i.status for i in ClientReport.build(report, [applied, undone, applied]).items][0] == APPLIED
