"""The client report: the document the recruiter takes back to the client.

For every flagged wording it gives the client's wording, the proposed screenable and neutral
wording, the reason in plain Swedish, the legal basis and source, and what was decided (in the
editor or in the client meeting, with the stated justification). It ends with the requirement
list, the gender-coding balance and, when the kravprofil and the ad were compared
(``hirelint.compare``), a section "Kravprofil och annons" with the verdict and each requirement's
counterpart and drift.

One model (``ClientReport.build``) feeds two renderers, so the Word file and the PDF say the
same thing: ``write_docx`` (python-docx, written atomically) and ``to_html`` (simple HTML that
the desktop app prints to PDF with Qt's QTextDocument; no Qt here).
"""

from __future__ import annotations

import html
import io
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional

from hirelint.decisions import (
    ACCEPTED,
    APPLIED,
    DISMISSED,
    FLAGGED,
    KEPT,
    WITHDRAWING,
    Decision,
    finding_key,
    rewrite_sentence,
    sentence_of,
)
from hirelint.model import CATEGORY_LABELS, GROUND_LABELS, Finding, Report, Requirement
from hirelint.render.atomic import atomic_write
from hirelint.render.musts import discriminating, screenable

if TYPE_CHECKING:  # pragma: no cover
    from hirelint.compare import Comparison

OPEN = "open"
STATUS_LABELS = {
    OPEN: "Öppen – att ta ställning till",
    APPLIED: "Ändrad enligt förslaget",
    ACCEPTED: "Kunden godtog förslaget",
    KEPT: "Kunden behåller formuleringen",
    DISMISSED: "Bedömd som inte tillämplig",
}
_BULLETS = " \t-–•*·"

DISCLAIMER = (
    "hirelint granskar annonsens och kravprofilens formuleringar; det bedömer aldrig "
    "kandidater. Hänvisningarna till lag och praxis är vägledning, inte juridisk rådgivning."
)


@dataclass(frozen=True)
class Item:
    """One flagged wording and what became of it."""

    code: str
    label: str  # ground or category in Swedish, e.g. "ålder"
    flagged: str  # the flagged words
    original: str  # the client's sentence
    proposal: str  # the proposed sentence, or advice when ``advice`` is true
    advice: bool
    message: str
    why: str
    legal: str
    source: str
    strength: str
    status: str  # OPEN or a decision action
    reason: str = ""
    decided_by: str = ""
    decided_at: str = ""


@dataclass(frozen=True)
class ClientReport:
    """Everything the client report says, independent of its format."""

    title: str
    document: str
    prepared_by: str
    day: str
    items: tuple[Item, ...]
    requirements: tuple[Requirement, ...]
    balance: tuple[int, int]
    comparison: Optional["Comparison"] = None  # kravprofil <-> annons, when both were given
    unfair: frozenset = frozenset()  # indexes of requirements with a discrimination finding inside
    vague: frozenset = frozenset()  # indexes of requirements with a vague-requirement finding inside

    @classmethod
    def build(
        cls,
        report: Optional[Report],
        decisions: Iterable[Decision] = (),
        *,
        document: str = "",
        prepared_by: Optional[str] = None,
        day: Optional[date] = None,
        findings: Optional[Iterable[Finding]] = None,
        comparison: Optional["Comparison"] = None,
    ) -> "ClientReport":
        """Collect decided items (latest decision per wording, in the order taken) and the
        findings still open in ``report`` (or the given subset ``findings``). ``comparison``
        (``hirelint.compare.compare(profile, ad)``) adds the section "Kravprofil och annons"."""
        decided: dict[tuple, Decision] = {}
        for d in decisions:
            if d.action == FLAGGED:
                continue
            decided.pop(d.key(), None)  # re-insert so the order follows the latest decision
            if d.action in WITHDRAWING:
                continue  # an undone rewrite or a restored finding: open again
            decided[d.key()] = d
        items = [_item_from_decision(d) for d in decided.values()]
        text = report.document.text if report and report.document else ""
        shown = list(report.findings if findings is None and report else (findings or ()))
        for f in shown:
            if finding_key(f, text) in decided:
                continue
            items.append(_item_from_finding(f, text))
        name = document or (Path(report.path).name if report and report.path not in ("", "-") else "")
        return cls(
            title="Granskning av kravprofil och annons",
            document=name or "Utkast utan namn",
            prepared_by=(prepared_by or "").strip(),
            day=(day or date.today()).isoformat(),
            items=tuple(items),
            requirements=report.requirements if report else (),
            balance=report.balance if report else (0, 0),
            comparison=comparison,
            unfair=frozenset(i for i, r in enumerate(report.requirements if report else ())
                             if discriminating(r, shown)),
            vague=frozenset(i for i, r in enumerate(report.requirements if report else ())
                            if not screenable(r, shown)),
        )

    # -- figures ------------------------------------------------------------------------------

    def count(self, status: str) -> int:
        return sum(1 for i in self.items if i.status == status)

    def screenable(self) -> tuple[int, int]:
        """(clear must-haves, all must-haves): screenable and without a discrimination finding."""
        must = [(i, r) for i, r in enumerate(self.requirements) if r.kind == "must"]
        return sum(1 for i, r in must if r.screenable and i not in self.vague and i not in self.unfair), len(must)

    def verdict(self, index: int) -> str:
        """The "Går att pröva" cell of requirement ``index``."""
        if index in self.unfair:
            return "Nej – risk för diskriminering"
        ok = self.requirements[index].screenable and index not in self.vague
        return "Ja" if ok else "Nej – gör kravet mätbart"

    def summary_lines(self) -> list[str]:
        """The summary paragraph as short Swedish lines."""
        n = len(self.items)
        lines = [
            f"{n} formulering{'ar' if n != 1 else ''} har granskats.",
        ]
        for status in (APPLIED, ACCEPTED, KEPT, DISMISSED, OPEN):
            c = self.count(status)
            if c:
                lines.append(f"{STATUS_LABELS[status]}: {c}.")
        ok, must = self.screenable()
        if must:
            lines.append(
                f"Skallkrav som går att pröva mot en ansökan utan risk för diskriminering: "
                f"{ok} av {must} ({round(100 * ok / must)} %)."
            )
        m, f = self.balance
        if m or f:
            lines.append(f"Könskodade ord: {m} maskulint och {f} feminint kodade.")
        if self.comparison is not None:
            lines.append(f"Kravprofil och annons: {self.comparison.verdict()}.")
        return lines

    # -- renderers ----------------------------------------------------------------------------

    def meta_lines(self) -> list[tuple[str, str]]:
        """The lines under the title: document, who prepared it (only when the settings name
        the adviser or firm; never the login name) and the date."""
        lines = [("Dokument", self.document)]
        if self.prepared_by:
            lines.append(("Upprättad av", self.prepared_by))
        lines.append(("Datum", self.day))
        return lines

    def write_docx(self, path: str | os.PathLike) -> Path:
        """Write the report as a Word file (atomically) and return its path.

        A4 with 2 cm margins; tables use the full text width, no row is split across pages, and
        each item's heading and table stay on one page where they fit."""
        import docx
        from docx.shared import Mm, Pt, RGBColor

        doc = docx.Document()
        section = doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(20)
        section.top_margin = section.bottom_margin = Mm(18)
        text_width = section.page_width - section.left_margin - section.right_margin
        styles = doc.styles
        styles["Normal"].font.name = "Calibri"
        styles["Normal"].font.size = Pt(11)
        doc.core_properties.title = f"{self.title}: {self.document}"
        doc.core_properties.author = self.prepared_by or "hirelint"
        doc.core_properties.language = "sv-SE"

        doc.add_heading(self.title, level=0)
        meta = doc.add_paragraph()
        for i, (label, value) in enumerate(self.meta_lines()):
            meta.add_run(("\n" if i else "") + f"{label}: ").bold = True
            meta.add_run(value)
        doc.add_paragraph(INTRO)

        doc.add_heading("Sammanfattning", level=1)
        for line in self.summary_lines():
            doc.add_paragraph(line, style="List Bullet")

        doc.add_heading("Formuleringar och beslut", level=1)
        if not self.items:
            doc.add_paragraph("Inga formuleringar flaggades.")
        for n, item in enumerate(self.items, 1):
            heading = doc.add_heading(f"{n}. ”{item.flagged}” – {item.label}", level=2)
            heading.paragraph_format.keep_with_next = True
            table = doc.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for label, value in _rows(item):
                cells = table.add_row().cells
                cells[0].text = label
                for run in cells[0].paragraphs[0].runs:
                    run.bold = True
                cells[1].text = value
            _layout_table(table, text_width, (0.27, 0.73), keep_together=True)
            doc.add_paragraph()

        if self.requirements:
            heading = doc.add_heading("Krav i profilen", level=1)
            heading.paragraph_format.keep_with_next = True
            table = doc.add_table(rows=1, cols=3)
            table.style = "Table Grid"
            for cell, head in zip(table.rows[0].cells, ("Krav", "Typ", "Går att pröva")):
                cell.text = head
                for run in cell.paragraphs[0].runs:
                    run.bold = True
            for i, r in enumerate(self.requirements):
                cells = table.add_row().cells
                cells[0].text = _clean(r.text)
                cells[1].text = "Skallkrav" if r.kind == "must" else "Meriterande"
                cells[2].text = self.verdict(i)
            _layout_table(table, text_width, (0.6, 0.15, 0.25), header=True)

        if self.comparison is not None:
            from hirelint.render.compare import add_docx_section

            add_docx_section(doc, self.comparison, COMPARISON_HEADING)

        note = doc.add_paragraph()
        run = note.add_run(DISCLAIMER)
        run.italic = True
        run.font.size = Pt(9)
        run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

        buf = io.BytesIO()
        doc.save(buf)
        atomic_write(Path(path), lambda fh: fh.write(buf.getvalue()))
        return Path(path)

    def to_html(self) -> str:
        """The report as simple, self-contained HTML (for printing to PDF)."""
        e = html.escape
        out = [
            "<html><head><meta charset='utf-8'><style>",
            "body{font-family:'Calibri','Carlito','DejaVu Sans',sans-serif;font-size:10.5pt;color:#1a1a1a}",
            "h1{font-size:20pt;margin-bottom:2pt} h2{font-size:14pt;margin-top:14pt}",
            "h3{font-size:11.5pt;margin-top:12pt;margin-bottom:4pt}",
            "table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px;vertical-align:top}",
            "th{background:#eee;text-align:left} td.k{font-weight:bold;width:28%;background:#f6f6f6}",
            ".meta{color:#333} .note{color:#555;font-size:8.5pt;font-style:italic}",
            "</style></head><body>",
            f"<h1>{e(self.title)}</h1>",
            "<p class='meta'>" + "<br/>".join(
                f"<b>{e(label)}:</b> {e(value)}" for label, value in self.meta_lines()) + "</p>",
            f"<p>{e(INTRO)}</p>",
            "<h2>Sammanfattning</h2><ul>",
            *[f"<li>{e(line)}</li>" for line in self.summary_lines()],
            "</ul><h2>Formuleringar och beslut</h2>",
        ]
        if not self.items:
            out.append("<p>Inga formuleringar flaggades.</p>")
        for n, item in enumerate(self.items, 1):
            out.append(f"<h3>{n}. ”{e(item.flagged)}” – {e(item.label)}</h3>")
            out.append("<table width='100%' cellspacing='0' cellpadding='4'>")
            for label, value in _rows(item):
                out.append(f"<tr><td class='k' width='27%'>{e(label)}</td><td>{e(value)}</td></tr>")
            out.append("</table>")
        if self.requirements:
            out.append("<h2>Krav i profilen</h2><table width='100%' cellspacing='0' cellpadding='4'>")
            out.append("<tr><th>Krav</th><th>Typ</th><th>Går att pröva</th></tr>")
            for i, r in enumerate(self.requirements):
                kind = "Skallkrav" if r.kind == "must" else "Meriterande"
                ok = self.verdict(i)
                out.append(f"<tr><td>{e(_clean(r.text))}</td><td>{kind}</td><td>{ok}</td></tr>")
            out.append("</table>")
        if self.comparison is not None:
            from hirelint.render.compare import to_html as comparison_html

            out.append(comparison_html(self.comparison, COMPARISON_HEADING))
        out.append(f"<p class='note'>{e(DISCLAIMER)}</p></body></html>")
        return "\n".join(out)


COMPARISON_HEADING = "Kravprofil och annons"

INTRO = (
    "Den här rapporten sammanfattar granskningen av kravprofilen: formuleringar som riskerar "
    "att diskriminera eller som inte går att pröva mot en ansökan, förslag på neutrala och "
    "mätbara formuleringar, skälen och de beslut vi har fattat tillsammans."
)


def _rows(item: Item) -> list[tuple[str, str]]:
    rows = [("Kundens formulering", item.original)]
    rows.append(("Råd" if item.advice else "Föreslagen formulering", item.proposal))
    rows.append(("Varför", item.why or item.message))
    if item.legal:
        rows.append(("Rättslig grund", item.legal))
    if shown_source(item.source, item.strength):
        rows.append(("Källa", f"{item.source} (styrka: {item.strength})" if item.strength else item.source))
    status = STATUS_LABELS.get(item.status, item.status)
    if item.reason:
        status += f". Motivering: {item.reason}"
    if item.decided_by:
        status += f" ({item.decided_by}, {item.decided_at[:10]})"
    rows.append(("Beslut", status))
    return rows


# Source strengths a client sees (as the linter shows them): statute, court ruling, authority.
AUTHORITY = frozenset({"lag", "dom", "myndighet"})


def shown_source(source: str, strength: str) -> bool:
    """Whether a source is printed: findings carry an empty source below authority strength, and
    a decision logged before that rule (with its weak source still in it) is treated the same."""
    return bool(source.strip()) and (not strength or strength in AUTHORITY)


def _layout_table(table, width, shares: tuple[float, ...], *, header: bool = False,
                  keep_together: bool = False) -> None:
    """Full text width split by ``shares``; no row split across pages; the header row repeats
    on each page; with ``keep_together`` the table stays on one page where it fits (each row's
    paragraphs keep with the next row, as Word does it)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    table.autofit = False
    widths = [int(width * share) for share in shares]
    tbl_pr = table._tbl.tblPr
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        tbl_pr.append(tbl_w)
    tbl_w.set(qn("w:type"), "dxa")
    tbl_w.set(qn("w:w"), str(int(width.twips if hasattr(width, "twips") else width / 635)))
    for col, w in zip(table.columns, widths):
        col.width = w
    last = len(table.rows) - 1
    for i, row in enumerate(table.rows):
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))
        if header and i == 0:
            tr_pr.append(OxmlElement("w:tblHeader"))
        for cell, w in zip(row.cells, widths):
            cell.width = w
            if keep_together and i < last or header and i == 0:
                for p in cell.paragraphs:
                    p.paragraph_format.keep_with_next = True


def _label(category: str, ground: Optional[str]) -> str:
    return GROUND_LABELS.get(ground or "", CATEGORY_LABELS.get(category, category))


def _clean(sentence: str) -> str:
    """A sentence without list bullets and surrounding space."""
    return sentence.strip().lstrip(_BULLETS).strip()


def _item_from_decision(d: Decision) -> Item:
    proposal = d.result or d.suggestion
    return Item(
        code=d.code,
        label=_label(d.category, d.ground),
        flagged=d.text,
        original=_clean(d.context),
        proposal=_clean(proposal) if proposal else "(inget förslag)",
        advice=not d.result and not d.suggestion,
        message=d.message,
        why=d.why,
        legal=d.legal,
        source=d.source,
        strength=d.strength,
        status=d.action,
        reason=d.reason,
        decided_by=d.user,
        decided_at=d.time,
    )


def _item_from_finding(f: Finding, text: str) -> Item:
    rewrite = next((s for s in f.suggestions if s.applicability != "advice"), None)
    advice = next((s for s in f.suggestions if s.applicability == "advice"), None)
    if rewrite is not None:
        proposal, is_advice = _clean(rewrite_sentence(f, text, rewrite)), False
    elif advice is not None:
        proposal, is_advice = advice.text, True
    else:
        proposal, is_advice = "(inget förslag)", True
    return Item(
        code=f.code,
        label=_label(f.category, f.ground),
        flagged=f.text,
        original=_clean(sentence_of(f, text)),
        proposal=proposal,
        advice=is_advice,
        message=f.message,
        why=f.why,
        legal=f.legal,
        source=f.source,
        strength=f.strength,
        status=OPEN,
    )
