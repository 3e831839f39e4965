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
    share = ad_row[head.index("Andel bedömningsbara ska-krav")]
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


def _sheet_requirements(ws) -> list[int]:
    """The rows of the matrix that hold a requirement (a number in column Nr)."""
    return [r for r in range(4, ws.max_row + 1) if isinstance(ws.cell(r, 1).value, int)]


def test_matrix_rows_validation_and_instructions(tmp_path, linter):
    text = (
        "Krav\n\nDu är stresstålig.\n\nDu har B-körkort.\n\nDu har svenska som modersmål.\n\n"
        "Meriterande\n\nDu har god kommunikativ förmåga.\n"
    )
    report = linter.lint_text(text, path="profil.txt")
    rows = matrix_rows(report)
    assert [r.kind for r in rows] == ["Ska-krav", "Ska-krav", "Ska-krav", "Meriterande"]
    assert [r.must for r in rows] == [True, True, True, False]
    stress = rows[0]
    assert not stress.screenable and stress.problems and "stresstålig" not in stress.rewrite
    assert rows[1].screenable
    assert "körkort" in rows[1].verification
    assert "språk" in rows[2].verification
    path = tmp_path / "urvalsmatris.xlsx"
    write_matrix(path, report)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws.title == "Urvalsmatris" and "Ja eller Nej" in ws["A2"].value and "0–3" in ws["A2"].value
    header = [c.value for c in ws[3]]
    assert header[:8] == ["Nr", "Krav i annonsen", "Typ", "Bedömningsbart", "Vad behöver ändras",
                          "Förslag på bedömningsbar formulering", "Så kan det verifieras", "Vikt"]
    assert [h for h in header if h and h.startswith("Kandidat")] == [f"Kandidat {i}" for i in range(1, 6)]
    # row 4: the must-have section; 5–7 the musts; 8 the verdict; 9 the merit section; 10 the
    # merit; 11 the weighted merit total
    assert _sheet_requirements(ws) == [5, 6, 7, 10]
    assert ws["B4"].value.startswith("Ska-krav") and ws["B9"].value.startswith("Meriterande")
    dv = {str(d.sqref): d for d in ws.data_validations.dataValidation}
    assert dv["I5:M7"].type == "list" and dv["I5:M7"].formula1 == '"Ja,Nej"'
    assert dv["I10:M10"].type == "whole" and (dv["I10:M10"].formula1, dv["I10:M10"].formula2) == ("0", "3")
    assert dv["H10"].type == "decimal"
    assert ws["H10"].value == 1 and ws["H5"].value is None  # weights only for merits
    assert ws["B8"].value == "Alla ska-krav uppfyllda"
    assert ws["I8"].value.startswith("=IF(COUNTIF(I5:I7,\"Nej\")>0,\"Nej\"")
    assert ws["B11"].value == "Viktad meritpoäng"
    assert "SUMPRODUCT($H$10:$H$10,I10:I10)" in ws["I11"].value
    assert ws.freeze_panes == "A4"
    assert ws["D5"].value == "Nej"


def test_matrix_drops_list_markers(linter):
    text = "Krav\n- Lång erfarenhet av projektledning.\n• God kommunikativ förmåga.\n2. Du har B-körkort.\n"
    rows = matrix_rows(linter.lint_text(text, path="profil.txt"))
    assert [r.text for r in rows] == ["Lång erfarenhet av projektledning.",
                                      "God kommunikativ förmåga.", "Du har B-körkort."]
    assert rows[0].rewrite.startswith("Minst [antal] års erfarenhet av projektledning")


def test_verification_mapping_is_data():
    assert verification_for(["Du har B-körkort."]) == "kopia av körkort"
    assert verification_for(["Något helt annat."]).startswith("strukturerad intervju")
    assert verification_for(["Bevis om rätt att använda den skyddade yrkestiteln undersköterska."]) == (
        "kopia av bevis om yrkestitel")


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
    assert "Vikt" in [c.value for c in wb.active[3]]


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


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice saknas")
def test_matrix_formulas_compute_in_libreoffice(tmp_path, linter):
    """Filled in by a recruiter and recalculated by LibreOffice: one "Nej" fails the candidate,
    all "Ja" passes, a half-filled column is "Ej klart", an unused one is empty; the merit total
    is weight × score summed, separately from the verdict."""
    import csv

    text = ("Krav\n\nDu har B-körkort.\n\nDu har minst 3 års erfarenhet av lagerarbete.\n\n"
            "Meriterande\n\nDu har truckkort A och B.\n\nDu har erfarenhet av affärssystemet SAP.\n")
    path = tmp_path / "matris.xlsx"
    write_matrix(path, linter.lint_text(text, path="profil.txt"))
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert _sheet_requirements(ws) == [5, 6, 9, 10]
    for col, (a, b) in zip("IJKL", [("Ja", "Ja"), ("Ja", "Nej"), ("Ja", None), (None, None)]):
        ws[f"{col}5"], ws[f"{col}6"] = a, b
    ws["H10"] = 2  # the recruiter weighs the second merit double
    for col, (a, b) in zip("IJK", [(3, 1), (3, 3), (0, 2)]):
        ws[f"{col}9"], ws[f"{col}10"] = a, b
    filled = tmp_path / "ifylld.xlsx"
    wb.save(filled)
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
         "--convert-to", 'csv:Text - txt - csv (StarCalc):44,34,76', "--outdir", str(tmp_path),
         str(filled)],
        check=True, capture_output=True, timeout=180,
    )
    with open(tmp_path / "ifylld.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    verdict = rows[6]  # sheet row 7
    total = rows[10]  # sheet row 11
    assert verdict[1] == "Alla ska-krav uppfyllda"
    assert verdict[8:13] == ["Ja", "Nej", "Ej klart", "", ""]
    assert total[1] == "Viktad meritpoäng"
    assert total[8:13] == ["5", "9", "4", "", ""]
