"""The selection matrix (``hirelint matrix FILE --xlsx urvalsmatris.xlsx``).

One row per requirement of an ad or profile, in two blocks. Every row says what the requirement
is, whether it is screenable, what is vague about it, a screenable rewrite (the requirement's
validated rewrite, or the advice of its findings), and how it can be verified (from
matrix_verification.yaml). Then a column per candidate:

- must-haves (Ska-krav) are pass/fail: Ja or Nej per candidate, and a row "Alla ska-krav
  uppfyllda" says Nej as soon as one of them is Nej;
- merits (Meriterande) are scored 0–3 per candidate and weighted by an editable "Vikt" column
  (default 1); a row "Viktad meritpoäng" sums weight × score per candidate.

Musts are never summed with merits: a candidate failing a must-have does not qualify whatever
the merit total. hirelint only prepares the matrix: people do the scoring, so the tool stays a
writing aid and never screens anyone. A second sheet holds the interview questions.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional

import regex
import yaml
from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from hirelint.fix import NotApplicable, apply_suggestion
from hirelint.model import Finding, Report, Requirement
from hirelint.render.atomic import atomic_write
from hirelint.render.xlsx import SEVERITY_FILLS, set_text, write_rows

CANDIDATES = 5
MERIT_MAX = 3  # merits are scored 0–3
TITLE = "Urvalsmatris"
INSTRUCTION = (
    "Så använder du matrisen: bedöm varje kandidat utifrån samma underlag för alla, enligt "
    "kolumnen ”Så kan det verifieras”. Ska-krav bedöms med Ja eller Nej – den som inte uppfyller "
    "alla ska-krav går inte vidare, hur många meriter hen än har. Meriterande krav ger 0–3 poäng "
    "(0 = saknas, 1 = delvis, 2 = uppfyller, 3 = överträffar) som gånger kolumnen ”Vikt” "
    "(standard 1, kan ändras) blir kandidatens viktade meritpoäng. Ska-krav markerade ”Nej” under "
    "”Bedömningsbart” bör formuleras om med kunden innan urvalet; förslagen kommer från hirelint "
    "och ska granskas av en människa."
)
HEADERS = ["Nr", "Krav i annonsen", "Typ", "Bedömningsbart", "Vad behöver ändras",
           "Förslag på bedömningsbar formulering", "Så kan det verifieras", "Vikt",
           *[f"Kandidat {i}" for i in range(1, CANDIDATES + 1)], "Kommentar"]
WEIGHT_COLUMN = HEADERS.index("Vikt") + 1
FIRST_CANDIDATE = WEIGHT_COLUMN + 1
MUST_SECTION = "Ska-krav – uppfyller kandidaten kravet? Ja eller Nej"
MERIT_SECTION = f"Meriterande – poäng 0–{MERIT_MAX} per kandidat, gånger kravets vikt"
VERDICT_LABEL = "Alla ska-krav uppfyllda"
MERIT_TOTAL_LABEL = "Viktad meritpoäng"
KIND_LABELS = {"must": "Ska-krav", "merit": "Meriterande"}
# a list marker that opens a requirement line ("- ", "• ", "3. ", "b) "): layout, not wording
_MARKER = regex.compile(r"^(?:[-–—•*·▪◦●]|\d{1,2}[.)]|[a-z][)])\s+")


def _clean(text: str) -> str:
    """A requirement or rewrite on one line, without the list marker it had in the document."""
    return _MARKER.sub("", " ".join(text.split()), count=1)


@dataclasses.dataclass(frozen=True)
class MatrixRow:
    """One requirement as the matrix shows it (``kind`` is the Swedish label)."""

    text: str
    kind: str
    screenable: bool
    problems: str
    rewrite: str
    verification: str
    must: bool = True  # a must-have: pass/fail; else a merit, scored and weighted


@lru_cache(maxsize=1)
def verification_rules() -> tuple[tuple[regex.Pattern, str], ...]:
    """The cue -> method list from matrix_verification.yaml (data beside this module)."""
    data = yaml.safe_load(
        resources.files("hirelint.render").joinpath("matrix_verification.yaml").read_text("utf-8")
    )
    rules = tuple(
        (regex.compile(m["cue"], regex.IGNORECASE), m["method"]) for m in data.get("methods", [])
    )
    return rules + ((None, data.get("default", "strukturerad intervju")),)


def verification_for(texts: list[str]) -> str:
    """The (at most two) verification methods whose cues match any of ``texts``."""
    joined = "\n".join(t for t in texts if t)
    found: list[str] = []
    rules = verification_rules()
    for rx, method in rules[:-1]:
        if rx.search(joined) and method not in found:
            found.append(method)
            if len(found) == 2:
                break
    return "; ".join(found) if found else rules[-1][1]


def findings_in(report: Report, req: Requirement) -> list[Finding]:
    """The findings whose span lies in the requirement sentence."""
    return [f for f in report.findings if req.start <= f.start and f.end <= req.end]


def _in_body(report: Report, req: Requirement) -> bool:
    """Requirements come from body text (tables and text boxes included): not from headings
    such as "Krav", nor from page headers, footers or notes, which only inherit the last
    section of the body."""
    if report.document is None:
        return True
    if report.document.text and not report.document.segments:
        raise ValueError("the screening matrix needs the document's segments (not a slimmed report)")
    for seg in report.document.segments:
        if seg.start <= req.start < seg.end or seg.start == req.start:
            return seg.location.part in ("body", "textbox") and not seg.heading
    return True


def is_merit(req: Requirement) -> bool:
    """A merit is scored and weighted; every other requirement is a pass/fail must-have."""
    return req.kind == "merit"


def kind_label(req: Requirement) -> str:
    """The Swedish label of a requirement's kind: "Ska-krav" or "Meriterande"."""
    return KIND_LABELS["merit" if is_merit(req) else "must"]


def requirement_text(req: Requirement) -> str:
    """A requirement as the matrix and the interview guide show it: on one line, without the
    list marker it had in the document."""
    return _clean(req.text)


def screening_requirements(report: Report) -> list[Requirement]:
    """The requirements the matrix has rows for, in its order: the must-haves first, then the
    merits, each in document order (the same order and numbering in every sheet and in the
    interview guide)."""
    body = _body_requirements(report)
    return [r for r in body if not is_merit(r)] + [r for r in body if is_merit(r)]


def matrix_rows(report: Report) -> list[MatrixRow]:
    """One row per requirement of the report, in the matrix's order (``screening_requirements``)."""
    rows = []
    for req in screening_requirements(report):
        found = findings_in(report, req)
        problems = "\n".join(f"{f.code}: {f.message}" for f in found)
        # The requirement's validated rewrite (hirelint/rewrite.py) when the linter made one.
        rewrite = req.rewrite.text if req.rewrite else None
        advice = [s.text for f in found for s in f.suggestions if s.applicability == "advice"]
        if rewrite is None:
            rewrite = "(bedömningsbart som det står)" if req.screenable and not found else (
                "Råd: " + advice[0] if advice else "")
        else:
            rewrite = _clean(rewrite)
            rewrite = rewrite[:1].upper() + rewrite[1:]
        rows.append(MatrixRow(
            text=_clean(req.text),
            kind=kind_label(req),
            screenable=req.screenable,
            problems=problems,
            rewrite=rewrite,
            verification=verification_for([*advice, req.text, rewrite]),
            must=not is_merit(req),
        ))
    return rows


_SECTION_FILL = PatternFill("solid", fgColor="DDEBF7")
_SUMMARY_FILL = PatternFill("solid", fgColor="F2F2F2")
_NOT_APPLICABLE_FILL = PatternFill("solid", fgColor="EDEDED")
_PASS_FILL = PatternFill("solid", fgColor="C6EFCE")
_CENTER = Alignment(horizontal="center", vertical="top")


@dataclasses.dataclass
class _Layout:
    """Where things landed on the sheet (1-based rows), for formulas, validation and tests."""

    must_rows: list[int] = dataclasses.field(default_factory=list)
    merit_rows: list[int] = dataclasses.field(default_factory=list)
    section_rows: list[int] = dataclasses.field(default_factory=list)
    verdict_row: Optional[int] = None
    total_row: Optional[int] = None


def _candidate_range(col: int, rows: list[int]) -> str:
    """"I5:I9" for one candidate column over a block of consecutive rows."""
    letter = get_column_letter(col)
    return f"{letter}{rows[0]}:{letter}{rows[-1]}"


def _block_range(rows: list[int]) -> str:
    """All candidate columns over a block of consecutive rows: "I5:M9"."""
    return (f"{get_column_letter(FIRST_CANDIDATE)}{rows[0]}:"
            f"{get_column_letter(FIRST_CANDIDATE + CANDIDATES - 1)}{rows[-1]}")


def build_matrix(report: Report) -> Workbook:
    """The workbook: title and instruction, then a block of must-haves (Ja/Nej per candidate, a
    row "Alla ska-krav uppfyllda" per candidate) and a block of merits (0–3 per candidate, an
    editable weight, a weighted merit total per candidate), and the interview questions sheet.

    Must-haves are never added to merits: a candidate who fails one does not qualify, whatever
    the merit total says. The verdict and the totals are spreadsheet formulas over what the
    recruiter enters, so they follow every edit; hirelint itself scores nobody."""
    wb = Workbook()
    ws = wb.active
    ws.title = TITLE
    set_text(ws, 1, 1, f"{TITLE}: {report.path}")
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    set_text(ws, 2, 1, INSTRUCTION)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(HEADERS))
    ws.cell(row=2, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[2].height = 64
    rows = matrix_rows(report)
    widths = [5, 50, 13, 15, 45, 50, 30, 8, *([11] * CANDIDATES), 30]
    wrap = (2, 5, 6, 7, len(HEADERS))
    if not rows:
        write_rows(ws, HEADERS, [[None, "Inga krav hittades i dokumentet (rubriker som ”Krav” "
                                  "eller ”Meriterande” eller meningar som ”… är ett krav” saknas)."]],
                   widths, wrap=wrap, start_row=3)
        ws.auto_filter.ref = None
        _questions_sheet(wb, report)
        return wb

    musts = [r for r in rows if r.must]
    merits = [r for r in rows if not r.must]
    data: list[list] = []
    kinds: list[str] = []  # what each data row is: section | must | merit | verdict | total

    def requirement(n: int, r: MatrixRow) -> list:
        weight = None if r.must else 1
        return [n, r.text, r.kind, "Ja" if r.screenable else "Nej", r.problems, r.rewrite,
                r.verification, weight, *([None] * CANDIDATES), None]

    n = 0
    if musts:
        data.append([None, MUST_SECTION]); kinds.append("section")
        for r in musts:
            n += 1
            data.append(requirement(n, r)); kinds.append("must")
        data.append([None, VERDICT_LABEL]); kinds.append("verdict")
    if merits:
        data.append([None, MERIT_SECTION]); kinds.append("section")
        for r in merits:
            n += 1
            data.append(requirement(n, r)); kinds.append("merit")
        data.append([None, MERIT_TOTAL_LABEL]); kinds.append("total")
    write_rows(ws, HEADERS, data, widths, wrap=wrap, start_row=3)
    # Sorting or filtering would pull rows out of their block and break the formulas.
    ws.auto_filter.ref = None

    layout = _Layout()
    for row, kind in enumerate(kinds, 4):
        {"must": layout.must_rows, "merit": layout.merit_rows,
         "section": layout.section_rows}.get(kind, []).append(row)
        if kind == "verdict":
            layout.verdict_row = row
        elif kind == "total":
            layout.total_row = row
    _style_blocks(ws, layout)
    _must_block(ws, layout)
    _merit_block(ws, layout)
    _questions_sheet(wb, report)
    return wb


def _style_blocks(ws, layout: _Layout) -> None:
    """Section headings across the table, centred score cells, unscreenable musts in yellow."""
    last_col = len(HEADERS)
    for row in layout.section_rows:
        for col in range(1, last_col + 1):
            ws.cell(row=row, column=col).fill = _SECTION_FILL
        ws.cell(row=row, column=2).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=WEIGHT_COLUMN - 1)
        ws.row_dimensions[row].height = None
    for row in layout.must_rows + layout.merit_rows:
        for col in range(WEIGHT_COLUMN, FIRST_CANDIDATE + CANDIDATES):
            ws.cell(row=row, column=col).alignment = _CENTER
        if ws.cell(row=row, column=4).value == "Nej":
            ws.cell(row=row, column=4).fill = SEVERITY_FILLS["warning"]
    for row in layout.must_rows:  # a must-have has no weight: it is pass/fail
        ws.cell(row=row, column=WEIGHT_COLUMN).fill = _NOT_APPLICABLE_FILL
    for row in (layout.verdict_row, layout.total_row):
        if row is None:
            continue
        for col in range(1, last_col + 1):
            ws.cell(row=row, column=col).fill = _SUMMARY_FILL
        ws.cell(row=row, column=2).font = Font(bold=True)


def _must_block(ws, layout: _Layout) -> None:
    """Ja/Nej per candidate and must-have, and the verdict row: "Nej" as soon as one must-have
    is "Nej", "Ja" when all are "Ja", "Ej klart" while some are unanswered, empty when the
    candidate column is unused."""
    rows = layout.must_rows
    if not rows:
        return
    dv = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True,
                        showErrorMessage=True, showInputMessage=True,
                        errorTitle="Ogiltigt värde", error="Välj Ja eller Nej.",
                        promptTitle="Ska-krav", prompt="Ja = uppfyller kravet, Nej = uppfyller inte kravet")
    ws.add_data_validation(dv)
    dv.add(_block_range(rows))
    verdict = layout.verdict_row
    for col in range(FIRST_CANDIDATE, FIRST_CANDIDATE + CANDIDATES):
        rng = _candidate_range(col, rows)
        cell = ws.cell(row=verdict, column=col)
        cell.value = (f'=IF(COUNTIF({rng},"Nej")>0,"Nej",IF(COUNTIF({rng},"Ja")=ROWS({rng}),"Ja",'
                      f'IF(COUNTA({rng})=0,"","Ej klart")))')  # our own formula, not document text
        cell.font = Font(bold=True)
        cell.alignment = _CENTER
    top_left = f"{get_column_letter(FIRST_CANDIDATE)}{rows[0]}"
    ws.conditional_formatting.add(_block_range(rows), FormulaRule(
        formula=[f'{top_left}="Nej"'], fill=SEVERITY_FILLS["error"]))
    first = f"{get_column_letter(FIRST_CANDIDATE)}{verdict}"
    verdict_range = _block_range([verdict])
    ws.conditional_formatting.add(verdict_range, FormulaRule(
        formula=[f'{first}="Nej"'], fill=SEVERITY_FILLS["error"]))
    ws.conditional_formatting.add(verdict_range, FormulaRule(
        formula=[f'{first}="Ja"'], fill=_PASS_FILL))


def _merit_block(ws, layout: _Layout) -> None:
    """0–3 per candidate and merit, an editable weight per merit (default 1), and the weighted
    merit total per candidate (SUMPRODUCT of weights and scores, empty before any score is
    entered); the total is greyed out and struck through for a
    candidate whose must-have verdict is "Nej"."""
    rows = layout.merit_rows
    if not rows:
        return
    scores = DataValidation(type="whole", operator="between", formula1="0", formula2=str(MERIT_MAX),
                            allow_blank=True, showErrorMessage=True, showInputMessage=True,
                            errorTitle="Ogiltigt värde", error=f"Ange ett heltal från 0 till {MERIT_MAX}.",
                            promptTitle="Meriterande",
                            prompt="0 = saknas, 1 = delvis, 2 = uppfyller, 3 = överträffar")
    weights = DataValidation(type="decimal", operator="between", formula1="0", formula2="10",
                             allow_blank=False, showErrorMessage=True, showInputMessage=True,
                             errorTitle="Ogiltig vikt", error="Ange en vikt från 0 till 10.",
                             promptTitle="Vikt", prompt="Hur mycket meriten väger (standard 1).")
    ws.add_data_validation(scores)
    ws.add_data_validation(weights)
    scores.add(_block_range(rows))
    weight_letter = get_column_letter(WEIGHT_COLUMN)
    weight_range = f"${weight_letter}${rows[0]}:${weight_letter}${rows[-1]}"
    weights.add(f"{weight_letter}{rows[0]}:{weight_letter}{rows[-1]}")
    total = layout.total_row
    for col in range(FIRST_CANDIDATE, FIRST_CANDIDATE + CANDIDATES):
        rng = _candidate_range(col, rows)
        cell = ws.cell(row=total, column=col)
        # our own formula, not document text; empty while the candidate has no merit scores
        cell.value = f'=IF(COUNT({rng})=0,"",SUMPRODUCT({weight_range},{rng}))'
        cell.font = Font(bold=True)
        cell.alignment = _CENTER
    if layout.verdict_row is not None:
        first = f"{get_column_letter(FIRST_CANDIDATE)}${layout.verdict_row}"
        ws.conditional_formatting.add(_block_range([total]), FormulaRule(
            formula=[f'{first}="Nej"'], font=Font(color="808080", strike=True)))


QUESTIONS_TITLE = "Intervjufrågor"
QUESTION_HEADERS = ["Nr", "Krav", "Typ", "Fråga (samma till alla kandidater)", "Ett starkt svar visar"]
STRONG_ANSWER = (
    "Ett konkret exempel ur personens eget arbete: vad hen gjorde, i vilken omfattning och med "
    "vilket resultat, på en nivå som motsvarar kravet."
)


def _questions_sheet(wb: Workbook, report: Report) -> None:
    """The structured interview: one row per question, the same questions for every candidate,
    never about the protected grounds (each question is linted before it is offered). Numbered
    as in the matrix."""
    ws = wb.create_sheet(QUESTIONS_TITLE)
    data = []
    for i, req in enumerate(screening_requirements(report), 1):
        for q in req.questions:
            data.append([i, _clean(req.text), kind_label(req), q, STRONG_ANSWER])
    if not data:
        data = [[None, "Inga frågor: kraven saknar innehåll som en fråga kan ta upp, eller har fynd som "
                 "först behöver formuleras om."]]
    write_rows(ws, QUESTION_HEADERS, data, [5, 50, 13, 60, 45], wrap=(2, 4, 5))


def _body_requirements(report: Report) -> list[Requirement]:
    """The requirements from the body of the document, in document order."""
    return [req for req in report.requirements if _in_body(report, req)]


def write_matrix(path: Path, report: Report) -> int:
    """Write the matrix atomically; returns the number of requirement rows (the CLI's count)."""
    wb = build_matrix(report)
    atomic_write(Path(path), wb.save)
    return len(screening_requirements(report))
