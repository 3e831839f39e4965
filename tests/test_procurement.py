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


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_matrix_has_exactly_the_requirements(reports, name):
    from hirelint.render.matrix import QUESTIONS_TITLE, build_matrix, matrix_rows

    rows = matrix_rows(reports[name])
    assert [(r.text, r.kind) for r in rows] == [
        (q["text"], {"must": "Skallkrav", "merit": "Meriterande"}[q["kind"]]) for q in EXPECTED[name]["requirements"]
    ]
    wb = build_matrix(reports[name])
    assert QUESTIONS_TITLE in wb.sheetnames
