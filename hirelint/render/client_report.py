"""The client report: the document the recruiter takes back to the client.

It goes through the profile as the client meeting does, one unit at a time (a requirement, or the
sentence of flagged words outside any requirement; see ``hirelint.units``): the client's wording,
the reasons of all its findings in plain Swedish, the one proposed screenable and neutral wording
(or the advice, with the question for the client and a wording per answer), the legal basis and
source, what was decided (in the client meeting or the editor, with the stated justification) and
the requirement's interview questions. It ends with the requirement list, the interview questions
per requirement, the gender-coding balance and, when the kravprofil and the ad were compared
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
from hirelint.units import Unit, build_units

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
class Reason:
    """One finding of an item: the flagged words and why they are a problem."""

    code: str
    label: str  # ground or category in Swedish, e.g. "ålder"
    flagged: str
    message: str
    why: str
    legal: str
    source: str
    strength: str


@dataclass(frozen=True)
class Advice:
    """Advice shown when no wording is proposed; with a question for the client, a model
    wording per answer ((answer, wording) pairs)."""

    text: str
    question: str = ""
    answers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Item:
    """One unit (a requirement or a sentence), its findings' reasons and what became of it."""

    original: str  # the client's wording of the unit
    proposal: str  # the one proposed wording ("" when only advice stands)
    reasons: tuple[Reason, ...]
    status: str  # OPEN or a decision action
    advice: tuple[Advice, ...] = ()
    reason: str = ""
    decided_by: str = ""
    decided_at: str = ""
    kind: str = ""  # "must" | "merit" | "" (not a requirement)
    questions: tuple[str, ...] = ()  # the requirement's interview questions

    # The first finding's fields, for readers of one-finding items.
    @property
    def code(self) -> str:
        return self.reasons[0].code if self.reasons else ""

    @property
    def label(self) -> str:
        """The grounds or categories of the item's findings, each once ("ålder, kön")."""
        return ", ".join(dict.fromkeys(r.label for r in self.reasons))

    @property
    def flagged(self) -> str:
        """The flagged words of the item's findings, each once."""
        return "”, ”".join(dict.fromkeys(r.flagged for r in self.reasons))

    @property
    def message(self) -> str:
        return self.reasons[0].message if self.reasons else ""

    @property
    def why(self) -> str:
        return self.reasons[0].why if self.reasons else ""

    @property
    def legal(self) -> str:
        """The legal bases of the item's findings, each once."""
        return "; ".join(dict.fromkeys(r.legal for r in self.reasons if r.legal))


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
        items = _items_from_decisions(decided.values())
        text = report.document.text if report and report.document else ""
        shown = list(report.findings if findings is None and report else (findings or ()))
        still_open = [f for f in shown if finding_key(f, text) not in decided]
        if report is not None and text:
            items += [_item_from_unit(u) for u in build_units(report, still_open, text)]
        else:
            items += [_item_from_finding(f, text) for f in still_open]
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
                f"Ska-krav som går att pröva mot en ansökan utan risk för diskriminering: "
                f"{ok} av {must} ({round(100 * ok / must)} %)."
            )
        m, f = self.balance
        if m or f:
            lines.append(f"Könskodade ord: {m} maskulint och {f} feminint kodade.")
        if self.comparison is not None:
            lines.append(f"Kravprofil och annons: {self.comparison.verdict()}.")
        return lines

    def interview_questions(self) -> list[tuple[str, tuple[str, ...]]]:
        """(requirement wording, its interview questions) for every requirement that has any:
        the profile's requirements as they read now, then decided items whose requirement is no
        longer in the profile (their questions as recorded with the decision)."""
        out: list[tuple[str, tuple[str, ...]]] = []
        seen: set[str] = set()
        for r in self.requirements:
            if r.questions and _clean(r.text) not in seen:
                seen.add(_clean(r.text))
                out.append((_clean(r.text), tuple(r.questions)))
        asked = {q for _, qs in out for q in qs}
        for item in self.items:
            extra = tuple(q for q in item.questions if q not in asked)
            if extra and item.original not in seen:
                seen.add(item.original)
                asked.update(extra)
                out.append((item.original, extra))
        return out

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
            heading = doc.add_heading(_heading(n, item), level=2)
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
                cells[1].text = "Ska-krav" if r.kind == "must" else "Meriterande"
                cells[2].text = self.verdict(i)
            _layout_table(table, text_width, (0.6, 0.15, 0.25), header=True)

        asked = self.interview_questions()
        if asked:
            heading = doc.add_heading(QUESTIONS_HEADING, level=1)
            heading.paragraph_format.keep_with_next = True
            doc.add_paragraph(QUESTIONS_INTRO)
            for wording, questions in asked:
                p = doc.add_paragraph()
                p.add_run(wording).bold = True
                p.paragraph_format.keep_with_next = True
                for q in questions:
                    doc.add_paragraph(q, style="List Bullet")

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
            out.append(f"<h3>{e(_heading(n, item))}</h3>")
            out.append("<table width='100%' cellspacing='0' cellpadding='4'>")
            for label, value in _rows(item):
                value = e(value).replace("\n", "<br/>")
                out.append(f"<tr><td class='k' width='27%'>{e(label)}</td><td>{value}</td></tr>")
            out.append("</table>")
        if self.requirements:
            out.append("<h2>Krav i profilen</h2><table width='100%' cellspacing='0' cellpadding='4'>")
            out.append("<tr><th>Krav</th><th>Typ</th><th>Går att pröva</th></tr>")
            for i, r in enumerate(self.requirements):
                kind = "Ska-krav" if r.kind == "must" else "Meriterande"
                ok = self.verdict(i)
                out.append(f"<tr><td>{e(_clean(r.text))}</td><td>{kind}</td><td>{ok}</td></tr>")
            out.append("</table>")
        asked = self.interview_questions()
        if asked:
            out.append(f"<h2>{e(QUESTIONS_HEADING)}</h2><p>{e(QUESTIONS_INTRO)}</p>")
            for wording, questions in asked:
                out.append(f"<p><b>{e(wording)}</b></p><ul>")
                out.extend(f"<li>{e(q)}</li>" for q in questions)
                out.append("</ul>")
        if self.comparison is not None:
            from hirelint.render.compare import to_html as comparison_html

            out.append(comparison_html(self.comparison, COMPARISON_HEADING))
        out.append(f"<p class='note'>{e(DISCLAIMER)}</p></body></html>")
        return "\n".join(out)


COMPARISON_HEADING = "Kravprofil och annons"
QUESTIONS_HEADING = "Intervjufrågor per krav"
QUESTIONS_INTRO = ("Frågor att ställa till varje kandidat i intervjun, så att kraven prövas lika för alla.")

INTRO = (
    "Den här rapporten sammanfattar granskningen av kravprofilen: formuleringar som riskerar "
    "att diskriminera eller som inte går att pröva mot en ansökan, förslag på neutrala och "
    "mätbara formuleringar, skälen och de beslut vi har fattat tillsammans."
)


def _heading(n: int, item: Item) -> str:
    """ "1. Ska-krav: ”ung”, ”säljkille” – ålder, kön" """
    kind = {"must": "Ska-krav: ", "merit": "Meriterande: "}.get(item.kind, "")
    return f"{n}. {kind}”{item.flagged}” – {item.label}"


def _rows(item: Item) -> list[tuple[str, str]]:
    rows = [("Kundens formulering", item.original)]
    if item.proposal:
        rows.append(("Föreslagen formulering", item.proposal))
    else:
        rows.append(("Råd", _advice_text(item.advice)))
    if len(item.reasons) == 1:
        rows.append(("Varför", item.reasons[0].why or item.reasons[0].message))
    else:
        rows.append(("Varför", "\n".join(f"”{r.flagged}” ({r.label}): {r.why or r.message}"
                                          for r in item.reasons)))
    if item.legal:
        rows.append(("Rättslig grund", item.legal))
    sources = list(dict.fromkeys(
        f"{r.source} (styrka: {r.strength})" if r.strength else r.source
        for r in item.reasons if shown_source(r.source, r.strength)))
    if sources:
        rows.append(("Källa", "\n".join(sources)))
    status = STATUS_LABELS.get(item.status, item.status)
    if item.reason:
        status += f". Motivering: {item.reason}"
    if item.decided_by:
        status += f" ({item.decided_by}, {item.decided_at[:10]})"
    rows.append(("Beslut", status))
    if item.questions:
        rows.append(("Intervjufrågor", "\n".join(f"• {q}" for q in item.questions)))
    return rows


def _advice_text(advice: tuple[Advice, ...]) -> str:
    """The advice as lines; a question for the client with a wording per answer."""
    if not advice:
        return "(inget förslag)"
    lines = []
    for a in advice:
        lines.append(a.text)
        if a.question:
            lines.append(f"Fråga kunden: {a.question}")
            lines.extend(f"– {answer}: {wording or '(stryk kravet)'}" for answer, wording in a.answers)
    return "\n".join(lines)


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


def _reason_from_finding(f: Finding) -> Reason:
    return Reason(f.code, _label(f.category, f.ground), f.text, f.message, f.why, f.legal, f.source, f.strength)


def _reason_from_decision(d: Decision) -> Reason:
    return Reason(d.code, _label(d.category, d.ground), d.text, d.message, d.why, d.legal, d.source, d.strength)


def _advice_of(findings: Iterable[Finding]) -> tuple[Advice, ...]:
    seen, out = set(), []
    for f in findings:
        for s in f.suggestions:
            if s.applicability == "advice" and s.text not in seen:
                seen.add(s.text)
                out.append(Advice(s.text, s.question, tuple((a.answer, a.wording) for a in s.answers)))
    return tuple(out)


def _item_from_unit(u: Unit) -> Item:
    """An open unit: nothing decided yet."""
    return Item(
        original=_clean(u.text),
        proposal=_clean(u.wording) if u.wording else "",
        reasons=tuple(_reason_from_finding(f) for f in u.findings),
        status=OPEN,
        advice=() if u.wording else _advice_of(u.findings),
        kind=u.requirement_kind,
        questions=tuple(u.questions),
    )


def _items_from_decisions(decisions: Iterable[Decision]) -> list[Item]:
    """Decided items in the order taken: a meeting decision about a unit is one item however
    many findings it covered; a decision about one finding (the editor, older logs) is one."""
    groups: dict[tuple, list[Decision]] = {}
    for d in decisions:
        key = ((d.action, " ".join(d.unit.split()), d.unit_proposal, d.reason) if d.unit
               else ("finding",) + d.key())
        groups.setdefault(key, []).append(d)
    return [_item_from_decisions(ds) for ds in groups.values()]


def _item_from_decisions(ds: list[Decision]) -> Item:
    d = ds[0]
    if not d.unit:
        return _item_from_decision(d)
    if d.unit_proposal:
        proposal, advice = _clean(d.unit_proposal), ()
    else:  # advice only: the suggestion holds the advice shown
        proposal, advice = "", tuple(Advice(t) for t in d.suggestion.split("\n") if t.strip())
    return Item(
        original=_clean(d.unit),
        proposal=proposal,
        reasons=tuple(_reason_from_decision(x) for x in ds),
        status=d.action,
        advice=advice,
        reason=d.reason,
        decided_by=d.user,
        decided_at=d.time,
        kind=d.requirement_kind,
        questions=tuple(q for q in d.questions.split("\n") if q.strip()),
    )


def _item_from_decision(d: Decision) -> Item:
    """A decision about one finding (made in the editor, or logged before meeting units)."""
    proposal = d.result or d.suggestion
    return Item(
        original=_clean(d.context),
        proposal=_clean(proposal) if proposal else "",
        reasons=(_reason_from_decision(d),),
        status=d.action,
        reason=d.reason,
        decided_by=d.user,
        decided_at=d.time,
    )


def _item_from_finding(f: Finding, text: str) -> Item:
    """An open finding when the report has no text to build units from."""
    rewrite = next((s for s in f.suggestions if s.applicability != "advice"), None)
    return Item(
        original=_clean(sentence_of(f, text)),
        proposal=_clean(rewrite_sentence(f, text, rewrite)) if rewrite is not None else "",
        reasons=(_reason_from_finding(f),),
        status=OPEN,
        advice=() if rewrite is not None else _advice_of([f]),
        kind=f.requirement or "",
    )
