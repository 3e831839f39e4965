"""The Excel report and the selection matrix: sheets, headers, colours, no formula injection."""

from __future__ import annotations

import shutil
import subprocess
import zipfile

import openpyxl
import pytest

from docx_factory import python_docx_ad
from hirelint.cli import main
from hirelint.document import read_document
from hirelint.model import FileError, Report
from hirelint.render.matrix import build_matrix, matrix_rows, verification_for, write_matrix
from hirelint.render.xlsx import SEVERITY_FILLS, build_workbook, write_xlsx

INJECTION = [
    "=HYPERLINK(\"http://evil.example\",\"klicka\")",
    "+SUM(1,2)",
    "-2+3",
    "@cmd",
]


def _all(r):
    return r.findings


@pytest.fixture()
def reports(tmp_path, linter):
    ad = linter.lint(read_document(python_docx_ad(tmp_path / "annons.docx")))
    text = "\n\n".join(f"{line} Vi söker en ung säljkille." for line in INJECTION)
    injected = linter.lint_text(text, path="=farlig.txt")
    broken = Report(path="trasig.docx", error=FileError("corrupt", "Filen är skadad."))
    return [ad, injected, broken]


def test_sheets_headers_and_layout(tmp_path, reports):
    path = tmp_path / "rapport.xlsx"
    write_xlsx(path, reports, _all)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Översikt", "Fynd", "Regler"]
    over, found, rules = wb["Översikt"], wb["Fynd"], wb["Regler"]
    assert [c.value for c in found[1]] == [
        "Fil", "Plats", "Mening", "Flaggad text", "Regel", "Kategori", "Grund", "Allvarlighet",
        "Meddelande", "Förslag", "Krav"]
    for ws in (over, found, rules):
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
        assert ws.column_dimensions["A"].width >= 10
    assert found.max_row - 1 == sum(len(r.findings) for r in reports)
    # severity colours
    for row in found.iter_rows(min_row=2):
        sev = row[7].value
        key = {"fel": "error", "varning": "warning", "råd": "info"}[sev]
        assert row[7].fill.fgColor.rgb.endswith(SEVERITY_FILLS[key].fgColor.rgb[-6:])
    # overview: one row per document, errors shown, balance and screenable share
    rows = {r[0].value: r for r in over.iter_rows(min_row=2)}
    assert rows["trasig.docx"][1].value == "kunde inte läsas" and "corrupt" in rows["trasig.docx"][2].value
    head = [c.value for c in over[1]]
    ad_row = [c.value for c in rows["annons.docx"]]  # the file name, not the local path
    assert ad_row[head.index("Fynd")] == len(reports[0].findings)
    assert ad_row[head.index("Ålder")] == sum(f.ground == "age" for f in reports[0].findings)
    assert ad_row[head.index("Maskulint kodade ord")] == reports[0].balance[0]
    share = ad_row[head.index("Andel bedömningsbara skallkrav")]
    assert share is None or 0 <= share <= 1
    # rules sheet: one row per code that fired, with why and legal basis
    codes = {f.code for r in reports for f in r.findings}
    assert {r[0].value for r in rules.iter_rows(min_row=2)} == codes
    assert all(r[6].value and r[7].value for r in rules.iter_rows(min_row=2))


def test_document_text_never_becomes_a_formula(tmp_path, reports):
    path = tmp_path / "rapport.xlsx"
    write_xlsx(path, reports, _all)
    wb = openpyxl.load_workbook(path)
    sentences = [row[2] for row in wb["Fynd"].iter_rows(min_row=2)]
    risky = [c for c in sentences if c.value and c.value.startswith(("=", "+", "-", "@"))]
    assert len(risky) >= len(INJECTION)
    for cell in risky:
        assert cell.data_type == "s" and cell.quotePrefix
    assert wb["Översikt"]["A3"].value == "=farlig.txt" and wb["Översikt"]["A3"].data_type == "s"
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name)


def test_atomic_write_leaves_no_temp_file(tmp_path, reports):
    path = tmp_path / "rapport.xlsx"
    path.write_bytes(b"gammal")
    write_xlsx(path, reports, _all)
    assert zipfile.is_zipfile(path)
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.xlsx"] or all(
        not p.name.endswith(".tmp") for p in tmp_path.iterdir())


def test_cli_xlsx_needs_force_to_overwrite(tmp_path, capsys):
    ad = python_docx_ad(tmp_path / "annons.docx")
    out = tmp_path / "rapport.xlsx"
    assert main(["lint", str(ad), "--xlsx", str(out), "--no-config"]) == 1
    assert out.is_file()
    stamp = out.stat().st_mtime_ns
    assert main(["lint", str(ad), "--xlsx", str(out), "--no-config"]) == 2
    assert "--force" in capsys.readouterr().err and out.stat().st_mtime_ns == stamp
    assert main(["lint", str(ad), "--xlsx", str(out), "--force", "--no-config"]) == 1


def test_matrix_rows_validation_and_instructions(tmp_path, linter):
    text = (
        "Krav\n\nDu är stresstålig.\n\nDu har B-körkort.\n\nDu har svenska som modersmål.\n\n"
        "Meriterande\n\nDu har god kommunikativ förmåga.\n"
    )
    report = linter.lint_text(text, path="profil.txt")
    rows = matrix_rows(report)
    assert [r.kind for r in rows] == ["Skallkrav", "Skallkrav", "Skallkrav", "Meriterande"]
    stress = rows[0]
    assert not stress.screenable and stress.problems and "stresstålig" not in stress.rewrite
    assert rows[1].screenable
    assert "körkort" in rows[1].verification
    assert "språk" in rows[2].verification
    path = tmp_path / "urvalsmatris.xlsx"
    write_matrix(path, report)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws.title == "Urvalsmatris" and "1–5" in ws["A2"].value
    header = [c.value for c in ws[3]]
    assert header[:7] == ["Nr", "Krav i annonsen", "Typ", "Bedömningsbart", "Vad behöver ändras",
                          "Förslag på bedömningsbar formulering", "Så kan det verifieras"]
    assert [h for h in header if h and h.startswith("Kandidat")] == [f"Kandidat {i}" for i in range(1, 6)]
    dv = ws.data_validations.dataValidation
    assert dv and dv[0].type == "whole" and dv[0].formula1 == "1" and dv[0].formula2 == "5"
    assert str(dv[0].sqref) == "H4:L7"
    assert ws.freeze_panes == "A4"
    assert ws["D4"].value == "Nej"


def test_matrix_drops_list_markers(linter):
    text = "Krav\n- Lång erfarenhet av projektledning.\n• God kommunikativ förmåga.\n2. Du har B-körkort.\n"
    rows = matrix_rows(linter.lint_text(text, path="profil.txt"))
    assert [r.text for r in rows] == ["Lång erfarenhet av projektledning.",
                                      "God kommunikativ förmåga.", "Du har B-körkort."]
    assert rows[0].rewrite.startswith("Minst [antal] års erfarenhet av projektledning")


def test_verification_mapping_is_data():
    assert verification_for(["Du har B-körkort."]) == "kopia av körkort"
    assert verification_for(["Något helt annat."]).startswith("strukturerad intervju")


def test_cli_matrix(tmp_path, capsys):
    ad = python_docx_ad(tmp_path / "annons.docx")
    out = tmp_path / "urvalsmatris.xlsx"
    assert main(["matrix", str(ad), "--xlsx", str(out), "--no-config"]) == 0
    assert "Urvalsmatris med" in capsys.readouterr().err
    wb = openpyxl.load_workbook(out)
    texts = [c.value for c in wb.active["B"][3:]]
    assert "Kontakt: rekrytering@example.se" not in texts  # footers are not requirements
    assert main(["matrix", str(ad), "--xlsx", str(out), "--no-config"]) == 2  # no overwrite


def test_empty_matrix_says_so(linter):
    wb = build_matrix(linter.lint_text("Välkommen till oss.", path="x.txt"))
    assert "Inga krav" in wb.active["B4"].value


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice saknas")
def test_libreoffice_opens_the_workbooks(tmp_path, reports, linter):
    write_xlsx(tmp_path / "rapport.xlsx", reports, _all)
    write_matrix(tmp_path / "matris.xlsx", linter.lint_text("Krav\n\nDu är stresstålig.\n"))
    for name in ("rapport", "matris"):
        subprocess.run(
            ["soffice", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / f"{name}.xlsx")],
            check=True, capture_output=True, timeout=180,
        )
        assert (tmp_path / f"{name}.pdf").stat().st_size > 1000
    assert build_workbook(reports, _all).sheetnames[0] == "Översikt"
