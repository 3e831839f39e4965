"""Issue 11, part 6: the Excel report hands over well (file names, A4, wrapped headers, row
heights, must-have counts from the requirement model)."""

from __future__ import annotations

import openpyxl

from hirelint.model import Document, Finding, Report, Requirement
from hirelint.render.musts import clear_share, is_clear
from hirelint.render.xlsx import _line_count, file_label, write_xlsx

TEXT = ("Krav\n- Svenska som modersmål\n- Truckkort A och B\n- Minst två års erfarenhet av lager\n"
        "Körkort är inget krav.")


def _at(word):
    s = TEXT.index(word)
    return s, s + len(word)


def _report(path):
    s, e = _at("Svenska som modersmål")
    f = Finding(code="ETN001", category="discrimination", ground="ethnicity", severity="error", start=s,
                end=e, text=TEXT[s:e], location="stycke 2", message="m", why="w", legal="l", source="",
                strength="vägledning", sentence_start=s, sentence_end=e, requirement="must")
    reqs = [Requirement(TEXT[a:b], a, b, "must", True) for a, b in
            (_at("Svenska som modersmål"), _at("Truckkort A och B"))]
    reqs.append(Requirement("Minst två års erfarenhet av lager", *_at("Minst två års erfarenhet av lager"),
                            "merit", True))
    return Report(path=path, findings=(f,), document=Document.from_text(TEXT, path),
                  requirements=tuple(reqs))


def test_file_names_not_local_paths():
    assert file_label("/home/anna/Kunder/Acme/annons.docx") == "annons.docx"
    assert file_label("C:\\Users\\anna\\Kunder\\annons.docx") == "annons.docx"
    assert file_label("underkatalog/annons.docx") == "underkatalog/annons.docx"


def test_must_have_counts_and_clear_share():
    r = _report("/home/anna/Kunder/profil.txt")
    assert clear_share(r) == (1, 2)  # the merit does not count; "Svenska som modersmål" is not clear
    assert not is_clear(r.requirements[0], r.findings) and is_clear(r.requirements[1], r.findings)


def test_workbook_is_a4_wraps_headers_and_names_files(tmp_path):
    out = tmp_path / "rapport.xlsx"
    write_xlsx(out, [_report("/home/anna/Kunder/profil.txt")], lambda r: r.findings)
    wb = openpyxl.load_workbook(out)
    over = wb["Översikt"]
    head = [c.value for c in over[1]]
    row = [c.value for c in over[2]]
    assert row[0] == "profil.txt"
    assert row[head.index("Ska-krav")] == 2 and row[head.index("Bedömningsbara ska-krav")] == 1
    assert row[head.index("Andel bedömningsbara ska-krav")] == 0.5
    for ws in wb.worksheets:
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
        assert all("/home/" not in str(c.value) for r in ws.iter_rows() for c in r)
        header_height = ws.row_dimensions[1].height
        for c, cell in enumerate(ws[1], 1):
            width = ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width
            longest = max(len(w) for w in cell.value.split())
            assert width >= longest + 1, cell.value  # a header wraps between words only
            assert cell.alignment.wrap_text
            assert header_height >= _line_count(cell.value, width, bold=True) * 15
    found = wb["Fynd"]
    for r in range(2, found.max_row + 1):
        for c in (3, 9, 10):
            width = found.column_dimensions[openpyxl.utils.get_column_letter(c)].width
            text = found.cell(row=r, column=c).value or ""
            lines = _line_count(text, width)
            if lines > 1:
                assert found.row_dimensions[r].height >= lines * 15
    rules = wb["Regler"]
    assert [c.value for c in rules[2]][9] in ("", None)  # no strength without a shown source


def test_line_count_wraps_between_words():
    assert _line_count("Diskrimineringsrisk", 20) == 1
    assert _line_count("Andel bedömningsbara ska-krav", 22, bold=True) == 2
    assert _line_count("Andel bedömningsbara ska-krav", 17, bold=True) == 3


def test_a_vague_finding_inside_makes_a_must_have_unscreenable():
    text = "- Du är stresstålig och har B-körkort."
    s = text.index("stresstålig")
    f = Finding(code="VAG001", category="vague-requirement", ground=None, severity="warning", start=s,
                end=s + 11, text="stresstålig", location="", message="m", why="w", legal="", source="")
    req = Requirement(text[2:], 2, len(text), "must", True)  # the model's own flag says screenable
    report = Report(path="p.txt", findings=(f,), requirements=(req,))
    assert clear_share(report) == (0, 1)
    assert clear_share(report, ()) == (1, 1)  # dismissed: clear again
