"""The interview guide (``hirelint questions FILE --format docx -o intervjuguide.docx``).

A Word document in Swedish for a structured, equal interview: a title, lines for the
candidate, the interviewer and the date, a short introduction (the same questions to every
candidate, in the same order, each answer assessed against what a strong answer shows, never
questions about the protected grounds), then one section per requirement in the order and with
the numbers of the selection matrix (must-haves first, then merits): the requirement, its kind,
how it can be verified, its questions, what a strong answer shows, a scoring line (Uppfyller /
Uppfyller inte for a must-have, 0–3 for a merit) and a box for notes.

A requirement with a discrimination finding gets no questions: the guide says to take it up
with the client first. The questions come from ``Requirement.questions``, each already linted
by the engine before it is offered.
"""

from __future__ import annotations

import io
from pathlib import Path

from hirelint.model import Report, Requirement
from hirelint.render.atomic import atomic_write
from hirelint.render.matrix import (
    MERIT_MAX,
    STRONG_ANSWER,
    findings_in,
    is_merit,
    kind_label,
    requirement_text,
    screening_requirements,
    verification_for,
)
from hirelint.safetext import terminal_safe

TITLE = "Intervjuguide"
INTRO = (
    "Guiden hjälper er att bedöma alla kandidater på samma sätt och på samma grunder. Ställ samma "
    "frågor i samma ordning till varje kandidat, och följ upp på samma sätt (”Hur gjorde du?”, "
    "”Vad blev resultatet?”). Anteckna vad kandidaten faktiskt berättar och bedöm svaret mot "
    "kravet och mot vad ett starkt svar visar – inte mot personen eller mot de andra kandidaterna. "
    "Gör bedömningen direkt efter intervjun, innan ni diskuterar kandidaten."
)
SCALE = (
    "Ska-krav bedöms som uppfyllda eller inte uppfyllda; den som inte uppfyller alla ska-krav går "
    "inte vidare. Meriterande krav ges 0–3 poäng: 0 = saknas, 1 = delvis, 2 = uppfyller, "
    "3 = överträffar."
)
FAIRNESS = (
    "Ställ inga frågor om ålder, kön, familj, graviditet eller föräldraledighet, hälsa eller "
    "funktionsnedsättning, etnisk tillhörighet eller ursprung, religion, sexuell läggning eller "
    "könsidentitet. Sådant hör inte till bedömningen och kan vara diskriminering."
)
NO_QUESTIONS = (
    "Ingen färdig fråga: kravet kontrolleras enligt raden ovan. Behövs en intervjufråga, skriv den "
    "här före den första intervjun och ställ den till alla kandidater:"
)
RETHINK = (
    "Ta upp kravet med kunden innan intervjun och ställ inga frågor om det: {why} "
    "Se förslaget i urvalsmatrisen."
)
NOTES = "Anteckningar"
FOOTER = (
    "Underlaget är framtaget med hirelint från {path}. Frågorna är förslag som en människa ska "
    "granska innan intervjun; hirelint bedömer inga kandidater."
)
NO_REQUIREMENTS = (
    "Inga krav hittades i dokumentet (rubriker som ”Krav” eller ”Meriterande” eller meningar som "
    "”… är ett krav” saknas), så guiden har inga frågor."
)


def _text(value: str) -> str:
    """Text that Word's XML accepts: control characters and lone surrogates replaced."""
    return terminal_safe(value)


def _discrimination_note(report: Report, req: Requirement) -> str:
    """The message of the requirement's first discrimination finding, or ""."""
    for f in findings_in(report, req):
        if f.category == "discrimination":
            return _text(f.message)
    return ""


def _scoring_line(req: Requirement) -> str:
    """The line the interviewer ticks: pass/fail for a must-have, 0–3 for a merit."""
    if is_merit(req):
        return "Poäng:   " + "   ".join(f"☐ {n}" for n in range(MERIT_MAX + 1))
    return "Bedömning:   ☐ Uppfyller   ☐ Uppfyller inte"


def build_guide(report: Report):
    """The guide as a python-docx Document (not yet saved)."""
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Cm, Pt

    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    for section in doc.sections:
        section.left_margin = section.right_margin = Cm(2.2)
        section.top_margin = section.bottom_margin = Cm(2)
    doc.core_properties.title = TITLE
    doc.core_properties.language = "sv-SE"
    doc.add_heading(TITLE, level=0)
    doc.add_paragraph(_text(f"Underlag: {report.path}"))
    fields = doc.add_table(rows=3, cols=2)
    fields.style = "Table Grid"
    fields.alignment = WD_TABLE_ALIGNMENT.LEFT
    for row, label in zip(fields.rows, ("Kandidat", "Intervjuare", "Datum")):
        row.cells[0].text = label
        row.cells[0].paragraphs[0].runs[0].bold = True
        row.cells[0].width, row.cells[1].width = Cm(3.5), Cm(12)
    doc.add_heading("Så använder du guiden", level=1)
    doc.add_paragraph(INTRO)
    doc.add_paragraph(SCALE)
    p = doc.add_paragraph()
    p.add_run(FAIRNESS).bold = True

    reqs = screening_requirements(report)
    if not reqs:
        doc.add_paragraph(NO_REQUIREMENTS)
    current = None
    for n, req in enumerate(reqs, 1):
        kind = kind_label(req)
        if kind != current:
            current = kind
            doc.add_heading("Ska-krav" if not is_merit(req) else "Meriterande", level=1)
        _requirement_section(doc, report, req, n)
    doc.add_paragraph()
    footer = doc.add_paragraph(_text(FOOTER.format(path=report.path)))
    footer.runs[0].italic = True
    footer.runs[0].font.size = Pt(9)
    return doc


def _requirement_section(doc, report: Report, req: Requirement, n: int) -> None:
    """One requirement: heading, kind, verification, questions, strong answer, score, notes —
    kept on one page where it fits (each paragraph stays with the next, the notes box is not
    split)."""
    from docx.oxml import OxmlElement
    from docx.shared import Cm, Pt

    def para(text: str = "", bold_lead: str = "", style=None):
        p = doc.add_paragraph(style=style)
        p.paragraph_format.keep_with_next = True
        if bold_lead:
            p.add_run(bold_lead).bold = True
        if text:
            p.add_run(text)
        return p

    doc.add_heading(f"{n}. {_text(requirement_text(req))}", level=2)
    para(kind_label(req) + (" (uppfylls eller uppfylls inte)" if not is_merit(req)
                            else f" (0–{MERIT_MAX} poäng)"), "Typ: ")
    how = verification_for([req.text])
    para(_text(how), "Så kan det verifieras: ")
    problem = _discrimination_note(report, req)
    if problem:
        para().add_run(RETHINK.format(why=problem)).bold = True
        return
    if req.questions:
        para(bold_lead="Frågor (samma till alla kandidater):")
        for i, q in enumerate(req.questions, 1):
            p = para(_text(q), f"Fråga {i}: ")
            p.paragraph_format.left_indent = Cm(0.6)
        para(STRONG_ANSWER, "Ett starkt svar visar: ")
    else:
        para(NO_QUESTIONS)
        para("Fråga: " + "_" * 60)
    para(_scoring_line(req)).paragraph_format.space_before = Pt(6)
    notes = doc.add_table(rows=1, cols=1)
    notes.style = "Table Grid"
    notes.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    cell = notes.rows[0].cells[0]
    cell.paragraphs[0].add_run(NOTES + ":").italic = True
    for _ in range(3):
        cell.add_paragraph()


def write_guide(path: Path, report: Report) -> int:
    """Write the guide atomically; returns the number of questions in it."""
    doc = build_guide(report)
    buf = io.BytesIO()
    doc.save(buf)
    atomic_write(Path(path), lambda fh: fh.write(buf.getvalue()))
    return guide_question_count(report)


def guide_question_count(report: Report) -> int:
    """How many questions the guide asks (requirements with a discrimination finding ask none)."""
    return sum(len(r.questions) for r in screening_requirements(report)
               if not _discrimination_note(report, r))
