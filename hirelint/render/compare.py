"""Output of ``hirelint compare``: terminal text, JSON, Excel and Word.

All four say the same: the verdict first (one Swedish line), then the aligned requirements with
what drifted, the requirements found in only one of the documents, and the discrimination risks
found in only one of them. Text cells in Excel are always text, never formulas (``set_text``).
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Optional

from hirelint import __version__
from hirelint.compare import KIND_LABELS, Comparison, Side
from hirelint.model import GROUND_LABELS
from hirelint.render.atomic import atomic_write
from hirelint.render.text import line_col

_BULLETS = " \t-–•*·"


def clean(text: str) -> str:
    """A requirement without list bullets, surrounding space or line breaks."""
    return " ".join(text.strip().lstrip(_BULLETS).split())


def _where(side: Side, text: str, fmt: str = "text") -> str:
    """Where a requirement is: "rad 4 (stycke 3)" in a text file, the Word location in Word."""
    if text and fmt == "text":
        line, col = line_col(text, side.start)
        return f"rad {line}" + (f" ({side.location})" if side.location else "")
    return side.location or "dokumentet"


def _kind(side: Side) -> str:
    return KIND_LABELS.get(side.kind, side.kind)


def _risk(side: Side) -> str:
    if not side.grounds:
        return ""
    return "; risk: " + ", ".join(GROUND_LABELS.get(g, g) for g in side.grounds)


def to_text(c: Comparison) -> str:
    """The comparison as terminal text, verdict first."""
    out = [
        f"Kravprofil: {c.profile_path} ({len(c.profile)} krav)",
        f"Annons:     {c.ad_path} ({len(c.ad)} krav)",
        "",
        c.verdict() + ".",
    ]
    if c.pairs:
        out += ["", f"Krav som finns i båda ({len(c.pairs)}):"]
        for p in c.pairs:
            mark = "!" if p.drifts else "="
            out.append(f"  {mark} {clean(p.profile.text)}  [{_kind(p.profile)}, {_where(p.profile, c.profile_text, c.profile_format)}]")
            out.append(f"    ↔ {clean(p.ad.text)}  [{_kind(p.ad)}, {_where(p.ad, c.ad_text, c.ad_format)}]")
            for d in p.drifts:
                out.append(f"    avvikelse: {d.message}.")
    if c.only_profile:
        out += ["", f"Saknas i annonsen ({len(c.only_profile)}):"]
        for s in c.only_profile:
            out.append(f"  - {clean(s.text)}  [{_kind(s)}, {_where(s, c.profile_text, c.profile_format)}{_risk(s)}]")
    if c.only_ad:
        out += ["", f"Finns bara i annonsen ({len(c.only_ad)}):"]
        for s in c.only_ad:
            out.append(f"  + {clean(s.text)}  [{_kind(s)}, {_where(s, c.ad_text, c.ad_format)}{_risk(s)}]")
    if c.document_drifts:
        out += ["", "Diskrimineringsrisk i bara det ena dokumentet:"]
        for d in c.document_drifts:
            out.append(f"  ! {d.message}.")
    return "\n".join(out)


def to_json(c: Comparison) -> str:
    """The comparison as JSON (the shape is documented in the README)."""
    body = c.to_json()
    data = {"schema": body.pop("schema"), "hirelint": __version__, **body}
    return json.dumps(data, ensure_ascii=False, indent=2)


def rows(c: Comparison) -> list[tuple[str, str, str, str, str, str]]:
    """One row per requirement: (status, profile text, profile kind, ad text, ad kind, notes),
    in the order of the profile, with the ad's own requirements last. Excel, Word and the client
    report share these rows."""
    out = []
    by_profile = {p.profile.index: p for p in c.pairs}
    only_p = {s.index for s in c.only_profile}
    for s in c.profile:
        if s.index in by_profile:
            p = by_profile[s.index]
            status = "Avviker" if p.drifts else "Stämmer"
            notes = "; ".join(d.message for d in p.drifts)
            out.append((status, clean(s.text), _kind(s), clean(p.ad.text), _kind(p.ad), notes))
        elif s.index in only_p:
            out.append(("Saknas i annonsen", clean(s.text), _kind(s), "", "", _risk(s).lstrip("; ")))
    for s in c.only_ad:
        out.append(("Bara i annonsen", "", "", clean(s.text), _kind(s), _risk(s).lstrip("; ")))
    for d in c.document_drifts:
        out.append(("Diskrimineringsrisk", "", "", "", "", d.message))
    return out


HEADERS = ("Status", "Kravprofil", "Typ", "Annons", "Typ", "Avvikelse")


def write_xlsx(path: Path, c: Comparison) -> Path:
    """An Excel workbook: one sheet "Jämförelse" with the verdict and one row per requirement."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    from hirelint.render.xlsx import set_text

    wb = Workbook()
    ws = wb.active
    ws.title = "Jämförelse"
    set_text(ws, 1, 1, "Kravprofil och annons")
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    set_text(ws, 2, 1, "Kravprofil:")
    set_text(ws, 2, 2, c.profile_path)
    set_text(ws, 3, 1, "Annons:")
    set_text(ws, 3, 2, c.ad_path)
    set_text(ws, 4, 1, "Resultat:")
    set_text(ws, 4, 2, c.verdict())
    ws.cell(row=4, column=2).font = Font(bold=True)
    head = 6
    fills = {
        "Stämmer": PatternFill("solid", fgColor="E2EFDA"),
        "Avviker": PatternFill("solid", fgColor="FFEB9C"),
        "Saknas i annonsen": PatternFill("solid", fgColor="FFC7CE"),
        "Bara i annonsen": PatternFill("solid", fgColor="FFC7CE"),
        "Diskrimineringsrisk": PatternFill("solid", fgColor="FFC7CE"),
    }
    for col, name in enumerate(HEADERS, 1):
        set_text(ws, head, col, name)
        cell = ws.cell(row=head, column=col)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, values in enumerate(rows(c), head + 1):
        for col, value in enumerate(values, 1):
            set_text(ws, r, col, value)
            ws.cell(row=r, column=col).alignment = wrap
        ws.cell(row=r, column=1).fill = fills.get(values[0], PatternFill())
    for col, width in zip("ABCDEF", (20, 50, 13, 50, 13, 60)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = ws.cell(row=head + 1, column=1)
    buf = io.BytesIO()
    wb.save(buf)
    atomic_write(Path(path), lambda fh: fh.write(buf.getvalue()))
    return Path(path)


def add_docx_section(doc, c: Comparison, heading: Optional[str] = "Kravprofil och annons", level: int = 1) -> None:
    """Add the comparison to a python-docx document: verdict, then a table of the rows."""
    if heading:
        doc.add_heading(heading, level=level)
    p = doc.add_paragraph()
    p.add_run(c.verdict() + ".").bold = True
    doc.add_paragraph(f"Kravprofil: {c.profile_path}. Annons: {c.ad_path}.")
    body = rows(c)
    if not body:
        doc.add_paragraph("Inga krav hittades i någon av filerna.")
        return
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, ("Status", "Kravprofil", "Annons", "Avvikelse")):
        cell.text = name
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for status, ptext, pkind, atext, akind, notes in body:
        cells = table.add_row().cells
        cells[0].text = status
        cells[1].text = f"{ptext} ({pkind})" if ptext else "–"
        cells[2].text = f"{atext} ({akind})" if atext else "–"
        cells[3].text = notes


def write_docx(path: Path, c: Comparison) -> Path:
    """A Word file with the comparison (written atomically)."""
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.core_properties.title = "Kravprofil och annons"
    doc.core_properties.language = "sv-SE"
    doc.add_heading("Kravprofil och annons", level=0)
    add_docx_section(doc, c, heading=None)
    buf = io.BytesIO()
    doc.save(buf)
    atomic_write(Path(path), lambda fh: fh.write(buf.getvalue()))
    return Path(path)


def to_html(c: Comparison, heading: str = "Kravprofil och annons") -> str:
    """The comparison as an HTML fragment (for the client report's PDF)."""
    import html

    e = html.escape
    out = [f"<h2>{e(heading)}</h2>", f"<p><b>{e(c.verdict())}.</b></p>",
           f"<p>Kravprofil: {e(c.profile_path)}. Annons: {e(c.ad_path)}.</p>"]
    body = rows(c)
    if body:
        out.append("<table width='100%' cellspacing='0' cellpadding='4'>")
        out.append("<tr><th>Status</th><th>Kravprofil</th><th>Annons</th><th>Avvikelse</th></tr>")
        for status, ptext, pkind, atext, akind, notes in body:
            pt = f"{ptext} ({pkind})" if ptext else "–"
            at = f"{atext} ({akind})" if atext else "–"
            out.append(f"<tr><td>{e(status)}</td><td>{e(pt)}</td><td>{e(at)}</td><td>{e(notes)}</td></tr>")
        out.append("</table>")
    return "\n".join(out)
