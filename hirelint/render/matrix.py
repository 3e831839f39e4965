"""The selection matrix (``hirelint matrix FILE --xlsx urvalsmatris.xlsx``).

One row per requirement of an ad or profile: must-have or merit, screenable or not, what is
vague about it, a screenable rewrite (the first rewrite of each finding in the sentence,
applied with ``fix.apply_suggestion``), how it can be verified (from matrix_verification.yaml),
and columns where the recruiter scores candidates 1–5. hirelint only prepares the matrix: people
do the scoring, so the tool stays a writing aid and never screens anyone.
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
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from hirelint.fix import NotApplicable, apply_suggestion
from hirelint.model import Finding, Report, Requirement
from hirelint.render.atomic import atomic_write
from hirelint.render.xlsx import SEVERITY_FILLS, set_text, write_rows

CANDIDATES = 5
TITLE = "Urvalsmatris"
INSTRUCTION = (
    "Så använder du matrisen: bedöm varje kandidat mot varje krav på skalan 1–5 (1 = uppfyller "
    "inte, 3 = uppfyller, 5 = överträffar) utifrån samma underlag för alla, enligt kolumnen "
    "”Så kan det verifieras”. Skallkrav markerade ”Nej” under ”Bedömningsbart” bör formuleras om "
    "med kunden innan urvalet; förslagen kommer från hirelint och ska granskas av en människa."
)
HEADERS = ["Nr", "Krav i annonsen", "Typ", "Bedömningsbart", "Vad behöver ändras",
           "Förslag på bedömningsbar formulering", "Så kan det verifieras",
           *[f"Kandidat {i}" for i in range(1, CANDIDATES + 1)], "Kommentar"]
_KIND = {"must": "Skallkrav", "merit": "Meriterande"}
# a list marker that opens a requirement line ("- ", "• ", "3. ", "b) "): layout, not wording
_MARKER = regex.compile(r"^(?:[-–—•*·▪◦●]|\d{1,2}[.)]|[a-z][)])\s+")


def _clean(text: str) -> str:
    """A requirement or rewrite on one line, without the list marker it had in the document."""
    return _MARKER.sub("", " ".join(text.split()), count=1)


@dataclasses.dataclass(frozen=True)
class MatrixRow:
    """One requirement as the matrix shows it."""

    text: str
    kind: str
    screenable: bool
    problems: str
    rewrite: str
    verification: str


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


def matrix_rows(report: Report) -> list[MatrixRow]:
    """One row per requirement of the report, in document order."""
    rows = []
    for req in _body_requirements(report):
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
            kind=_KIND.get(req.kind, req.kind),
            screenable=req.screenable,
            problems=problems,
            rewrite=rewrite,
            verification=verification_for([*advice, req.text, rewrite]),
        ))
    return rows


def build_matrix(report: Report) -> Workbook:
    """The workbook: title, instruction, one row per requirement, score columns with validation."""
    wb = Workbook()
    ws = wb.active
    ws.title = TITLE
    set_text(ws, 1, 1, f"{TITLE}: {report.path}")
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    set_text(ws, 2, 1, INSTRUCTION)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(HEADERS))
    ws.cell(row=2, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[2].height = 62
    rows = matrix_rows(report)
    data = [
        [i, r.text, r.kind, "Ja" if r.screenable else "Nej", r.problems, r.rewrite,
         r.verification, *([None] * CANDIDATES), None]
        for i, r in enumerate(rows, 1)
    ]
    if not data:
        data = [[None, "Inga krav hittades i dokumentet (rubriker som ”Krav” eller ”Meriterande” "
                 "eller meningar som ”… är ett krav” saknas)."]]
    widths = [5, 50, 13, 15, 45, 50, 30, *([11] * CANDIDATES), 30]
    last = write_rows(ws, HEADERS, data, widths, wrap=(2, 5, 6, 7, 13), start_row=3)
    first_score = 8
    score_range = (f"{get_column_letter(first_score)}4:"
                   f"{get_column_letter(first_score + CANDIDATES - 1)}{max(last, 4)}")
    dv = DataValidation(type="whole", operator="between", formula1="1", formula2="5",
                        allow_blank=True, showErrorMessage=True, showInputMessage=True,
                        errorTitle="Ogiltigt värde", error="Ange ett heltal från 1 till 5.",
                        promptTitle="Bedömning", prompt="1 = uppfyller inte, 3 = uppfyller, 5 = överträffar")
    ws.add_data_validation(dv)
    dv.add(score_range)
    for row in range(4, last + 1):
        for col in range(first_score, first_score + CANDIDATES):
            ws.cell(row=row, column=col).alignment = Alignment(horizontal="center", vertical="top")
        if ws.cell(row=row, column=4).value == "Nej":
            ws.cell(row=row, column=4).fill = SEVERITY_FILLS["warning"]
    if rows:
        total = last + 1
        set_text(ws, total, 2, "Summa (bedömningarna ovan)")
        ws.cell(row=total, column=2).font = Font(bold=True)
        for col in range(first_score, first_score + CANDIDATES):
            letter = get_column_letter(col)
            cell = ws.cell(row=total, column=col)
            cell.value = f"=SUM({letter}4:{letter}{last})"  # our own formula, not document text
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center")
        top_left = f"{get_column_letter(first_score)}4"
        ws.conditional_formatting.add(score_range, FormulaRule(
            formula=[f"AND(ISNUMBER({top_left}),{top_left}<2)"], fill=SEVERITY_FILLS["error"]
        ))
    _questions_sheet(wb, report)
    return wb


QUESTIONS_TITLE = "Intervjufrågor"
QUESTION_HEADERS = ["Nr", "Krav", "Typ", "Fråga (samma till alla kandidater)", "Ett starkt svar visar"]
STRONG_ANSWER = (
    "Ett konkret exempel ur personens eget arbete: vad hen gjorde, i vilken omfattning och med "
    "vilket resultat, på en nivå som motsvarar kravet."
)


def _questions_sheet(wb: Workbook, report: Report) -> None:
    """The structured interview: one row per question, the same questions for every candidate,
    never about the protected grounds (each question is linted before it is offered)."""
    ws = wb.create_sheet(QUESTIONS_TITLE)
    data = []
    for i, req in enumerate(_body_requirements(report), 1):
        for q in req.questions:
            data.append([i, _clean(req.text), _KIND.get(req.kind, req.kind), q, STRONG_ANSWER])
    if not data:
        data = [[None, "Inga frågor: kraven saknar innehåll som en fråga kan ta upp, eller har fynd som "
                 "först behöver formuleras om."]]
    write_rows(ws, QUESTION_HEADERS, data, [5, 50, 13, 60, 45], wrap=(2, 4, 5))


def _body_requirements(report: Report) -> list[Requirement]:
    """The requirements the matrix has rows for, in the same order."""
    return [req for req in report.requirements if _in_body(report, req)]


def write_matrix(path: Path, report: Report) -> int:
    """Write the matrix atomically; returns the number of requirement rows (the CLI's count)."""
    wb = build_matrix(report)
    atomic_write(Path(path), wb.save)
    return len(_body_requirements(report))
