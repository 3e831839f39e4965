"""Requirement extraction and roles on realistic Swedish procurement kravprofiler
(avropsförfrågningar with Ska-krav and Bör-krav tables, content controls, evaluation scales,
prices, tender instructions and supplier fields), written for hirelint by a procurement
specialist who did not see the code: tests/fixtures/procurement/build.py and expected.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from hirelint.document import read_document
from tests.fixtures.procurement.build import build_all

EXPECTED = yaml.safe_load((Path(__file__).parent / "fixtures" / "procurement" / "expected.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def reports(linter, tmp_path_factory):
    out = tmp_path_factory.mktemp("avrop")
    return {p.name: linter.lint(read_document(p)) for p in build_all(out)}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_requirement_found_once_with_its_kind(reports, name):
    got = [(r.text.strip(), r.kind) for r in reports[name].requirements]
    want = [(r["text"], r["kind"]) for r in EXPECTED[name]["requirements"]]
    assert got == want


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_planted_slips_found_and_nothing_else_discriminates(reports, name):
    report = reports[name]
    for req in EXPECTED[name]["requirements"]:
        req_obj = next(r for r in report.requirements if r.text.strip() == req["text"])
        grounds = {
            f.ground for f in report.findings
            if f.category == "discrimination" and req_obj.start <= f.start < req_obj.end
        }
        if "finding" in req:
            assert req["finding"] in grounds, req["text"]
        else:
            assert not grounds, req["text"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_nothing_fires_in_boilerplate(reports, name):
    report = reports[name]
    text = report.document.text
    for quiet in EXPECTED[name]["quiet"]:
        start = text.find(quiet)
        assert start >= 0, quiet
        while start >= 0:
            inside = [f for f in report.findings if start <= f.start < start + len(quiet)]
            assert not inside, (quiet, [(f.code, f.text) for f in inside])
            start = text.find(quiet, start + 1)


_KIND_LABELS = {"must": "Ska-krav", "merit": "Meriterande"}


def _sheet_rows(ws) -> list[tuple[str, str]]:
    """(requirement text, kind) of every requirement row of the matrix sheet, top to bottom."""
    return [(ws.cell(r, 2).value, ws.cell(r, 3).value) for r in range(4, ws.max_row + 1)
            if isinstance(ws.cell(r, 1).value, int)]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_matrix_has_exactly_the_requirements(reports, name, tmp_path):
    """The written sheet has one row per expected requirement, with its kind (Ska = must,
    Bör = merit), in order; no placeholder text, tender instruction or evaluation scale."""
    import openpyxl

    from hirelint.render.matrix import QUESTIONS_TITLE, matrix_rows, write_matrix

    want = [(q["text"], _KIND_LABELS[q["kind"]]) for q in EXPECTED[name]["requirements"]]
    assert [(r.text, r.kind) for r in matrix_rows(reports[name])] == want
    path = tmp_path / "matris.xlsx"
    count = write_matrix(path, reports[name])
    wb = openpyxl.load_workbook(path)
    rows = _sheet_rows(wb.active)
    assert rows == want and count == len(rows)
    assert QUESTIONS_TITLE in wb.sheetnames
    texts = [t for t, _ in rows]
    for quiet in EXPECTED[name]["quiet"]:
        assert quiet not in texts
    assert not [t for t in texts if "Klicka eller tryck" in t or t.startswith(("Leverantören", "Anbud"))]


def test_cli_matrix_count_is_the_sheet_rows(tmp_path, capsys):
    """The count the CLI prints is the number of requirement rows in the sheet."""
    import re

    import openpyxl

    from hirelint.cli import main

    docs = build_all(tmp_path / "in")
    for doc in docs:
        out = tmp_path / f"{doc.stem}.xlsx"
        assert main(["matrix", "--no-config", str(doc), "--xlsx", str(out)]) == 0
        err = capsys.readouterr().err
        m = re.search(r"Urvalsmatris med (\d+) krav \((\d+) ska-krav, varav \d+ bedömningsbara, och (\d+) meriterande\)", err)
        assert m, err
        rows = _sheet_rows(openpyxl.load_workbook(out).active)
        expected = EXPECTED[doc.name]["requirements"]
        assert int(m.group(1)) == len(rows) == len(expected)
        assert int(m.group(2)) == sum(1 for q in expected if q["kind"] == "must")
        assert int(m.group(3)) == sum(1 for q in expected if q["kind"] == "merit")
