"""The Excel report (``hirelint lint … --xlsx rapport.xlsx``): Översikt, Fynd, Regler.

Text from documents is always written as text, never as a formula: a cell holding
"=HYPERLINK(…)" copied from an ad must not run when the report is opened (the cell type is set
to string and the quote prefix is set, so Excel also keeps it text after an edit).
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from pathlib import Path, PureWindowsPath
from typing import Callable, Iterable, Optional, Sequence

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from hirelint.safetext import clean_name
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from hirelint.model import (
    CATEGORIES,
    CATEGORY_LABELS,
    GROUNDS,
    GROUND_LABELS,
    SEVERITY_LABELS,
    Finding,
    Report,
    severity_rank,
)
from hirelint.render.atomic import atomic_write
from hirelint.render.client_report import shown_source
from hirelint.render.musts import clear_share

MAX_CELL = 32_767
SEVERITY_FILLS = {
    "error": PatternFill("solid", fgColor="FFC7CE"),
    "warning": PatternFill("solid", fgColor="FFEB9C"),
    "info": PatternFill("solid", fgColor="DDEBF7"),
}
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")

FindingsOf = Callable[[Report], Sequence[Finding]]


def set_text(ws: Worksheet, row: int, col: int, value) -> None:
    """Write one cell; strings become text cells (never formulas), numbers stay numbers."""
    cell = ws.cell(row=row, column=col)
    if value is None:
        return
    if isinstance(value, str):
        text = ILLEGAL_CHARACTERS_RE.sub("", clean_name(value))[:MAX_CELL]
        cell.value = text
        cell.data_type = "s"
        if text.startswith(_FORMULA_START):
            cell.quotePrefix = True
    else:
        cell.value = value


def write_rows(ws: Worksheet, headers: Sequence[str], rows: Iterable[Sequence], widths: Sequence[int],
               wrap: Sequence[int] = (), start_row: int = 1) -> int:
    """Header row (bold, filled, frozen, filtered, wrapped at spaces only) and data rows, with row
    heights that fit the wrapped text and an A4 page set-up that fits the columns to the page
    width; returns the last row."""
    # A column is at least as wide as the longest word of its header, so a header wraps between
    # words and never inside one ("Diskrimineringsrisk", not "Diskrimineringsr/isk").
    widths = [max(w, _longest_word(h) + 2) for w, h in zip(widths, headers)] + list(widths[len(headers):])
    header_lines = 1
    for c, h in enumerate(headers, 1):
        set_text(ws, start_row, c, h)
        cell = ws.cell(row=start_row, column=c)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if c <= len(widths):
            header_lines = max(header_lines, _line_count(h, widths[c - 1], bold=True))
    ws.row_dimensions[start_row].height = header_lines * _LINE_POINTS + 3
    r = start_row
    wrap_cols = set(wrap)
    for r, row in enumerate(rows, start_row + 1):
        lines = 1
        for c, value in enumerate(row, 1):
            set_text(ws, r, c, value)
            ws.cell(row=r, column=c).alignment = _WRAP if c in wrap_cols else _TOP
            if c in wrap_cols and isinstance(value, str) and c <= len(widths):
                lines = max(lines, _line_count(value, widths[c - 1]))
        if lines > 1:  # openpyxl cannot measure text; Excel keeps a set height, so estimate it
            ws.row_dimensions[r].height = min(lines, _MAX_LINES) * _LINE_POINTS + 3
    for c, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.freeze_panes = ws.cell(row=start_row + 1, column=1)
    ws.auto_filter.ref = f"A{start_row}:{get_column_letter(len(headers))}{max(r, start_row)}"
    ws.print_title_rows = f"{start_row}:{start_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.gridLines = True
    ws.oddFooter.center.text = "&A – sida &P av &N"
    return r


_LINE_POINTS = 15
_MAX_LINES = 20


def _longest_word(text: str) -> int:
    return max((len(w) for w in str(text).split()), default=0)


def _line_count(text: str, width: int, bold: bool = False) -> int:
    """Roughly how many lines ``text`` takes in a wrapped column ``width`` characters wide
    (wrapping between words, as Excel does)."""
    per_line = max(int(width * (1.0 if bold else 1.1)) - 1, 1)
    total = 0
    for line in str(text).split("\n"):
        lines, used = 1, 0
        for word in line.split():
            n = len(word)
            if used and used + 1 + n > per_line:
                lines, used = lines + 1, 0
            used = used + (1 if used else 0) + n
            while used > per_line:  # a word longer than the line breaks inside it
                lines, used = lines + 1, used - per_line
        total += lines
    return total


def file_label(path: str) -> str:
    """How a report names a file: the name (or the path below the folder that was linted),
    never an absolute local path such as /home/anna/Kunder/… or C:\\Users\\…."""
    if not path or path == "-":
        return path
    if os.path.isabs(path) or PureWindowsPath(path).is_absolute() or path.startswith("~"):
        return PureWindowsPath(path).name if "\\" in path else Path(path).name
    return path


def sentence_of(report: Report, f: Finding) -> str:
    """The sentence around a finding, on one line."""
    text = report.document.text if report.document else ""
    s, e = f.sentence_start, f.sentence_end
    if not (0 <= s <= f.start and f.end <= e <= len(text)) or e <= s:
        s, e = f.start, f.end
    return " ".join(text[s:e].split())


def suggestion_text(f: Finding) -> str:
    """The suggestions as one cell: rewrites first, then advice."""
    out = []
    for s in f.suggestions:
        if s.applicability == "advice":
            out.append(f"Råd: {s.text}")
        else:
            out.append(s.text or f"stryk ”{f.text}”")
    return "\n".join(out)


def screenable_share(report: Report, findings: Optional[Sequence[Finding]] = None) -> Optional[float]:
    """Share of the must-haves that a recruiter can screen against: screenable and free of
    discrimination findings (None without must-haves)."""
    ok, n = clear_share(report, findings)
    return ok / n if n else None


def build_workbook(reports: Sequence[Report], findings_of: FindingsOf) -> Workbook:
    """The three sheets, ready to save."""
    wb = Workbook()
    _overview(wb.active, reports, findings_of)
    _findings(wb.create_sheet("Fynd"), reports, findings_of)
    _rules(wb.create_sheet("Regler"), reports, findings_of)
    return wb


def write_xlsx(path: Path, reports: Sequence[Report], findings_of: FindingsOf) -> None:
    """Build the report and write it atomically."""
    wb = build_workbook(reports, findings_of)
    atomic_write(Path(path), wb.save)


def _overview(ws: Worksheet, reports: Sequence[Report], findings_of: FindingsOf) -> None:
    ws.title = "Översikt"
    headers = ["Fil", "Status", "Meddelande", "Fynd", "Fel", "Varningar", "Råd"]
    headers += [CATEGORY_LABELS[c].capitalize() for c in CATEGORIES]
    headers += [GROUND_LABELS[g].capitalize() for g in GROUNDS]
    headers += ["Maskulint kodade ord", "Feminint kodade ord", "Ska-krav",
                "Bedömningsbara ska-krav", "Andel bedömningsbara ska-krav"]
    rows = []
    for r in reports:
        if r.error:
            rows.append([file_label(r.path), "kunde inte läsas", f"[{r.error.code}] {r.error.message}"])
            continue
        found = findings_of(r)
        sev = Counter(f.severity for f in found)
        cat = Counter(f.category for f in found)
        grounds = Counter(f.ground for f in found if f.ground)
        ok, n_musts = clear_share(r, r.findings)
        notes = " ".join(r.document.notes) if r.document else ""
        rows.append([
            file_label(r.path), "granskad", notes, len(found), sev["error"], sev["warning"], sev["info"],
            *[cat[c] for c in CATEGORIES], *[grounds[g] for g in GROUNDS],
            r.balance[0], r.balance[1], n_musts, ok, ok / n_musts if n_musts else None,
        ])
    widths = [32, 16, 40, 8, 8, 11, 8] + [16] * len(CATEGORIES) + [14] * len(GROUNDS) + [14, 14, 11, 15, 17]
    last = write_rows(ws, headers, rows, widths, wrap=(1, 3))
    share_col = len(headers)
    for row in range(2, last + 1):
        ws.cell(row=row, column=share_col).number_format = "0%"
        if ws.cell(row=row, column=2).value == "kunde inte läsas":
            ws.cell(row=row, column=2).fill = SEVERITY_FILLS["error"]


def _findings(ws: Worksheet, reports: Sequence[Report], findings_of: FindingsOf) -> None:
    headers = ["Fil", "Plats", "Mening", "Flaggad text", "Regel", "Kategori", "Grund",
               "Allvarlighet", "Meddelande", "Förslag", "Krav"]
    rows = []
    severities = []
    for r in reports:
        if r.error:
            continue
        for f in findings_of(r):
            kind = {"must": "ska-krav", "merit": "meriterande"}.get(f.requirement or "", "")
            rows.append([
                file_label(r.path), f.location, sentence_of(r, f), f.text, f.code,
                CATEGORY_LABELS.get(f.category, f.category), GROUND_LABELS.get(f.ground or "", ""),
                SEVERITY_LABELS.get(f.severity, f.severity), f.message, suggestion_text(f), kind,
            ])
            severities.append(f.severity)
    write_rows(ws, headers, rows, [24, 18, 50, 20, 9, 16, 18, 12, 42, 42, 12], wrap=(1, 2, 3, 4, 9, 10))
    for i, sev in enumerate(severities, 2):
        ws.cell(row=i, column=8).fill = SEVERITY_FILLS.get(sev, SEVERITY_FILLS["info"])


def _rules(ws: Worksheet, reports: Sequence[Report], findings_of: FindingsOf) -> None:
    by_code: dict[str, Finding] = {}
    count: Counter = Counter()
    files: defaultdict[str, set] = defaultdict(set)
    worst: dict[str, str] = {}
    for r in reports:
        for f in findings_of(r) if not r.error else ():
            by_code.setdefault(f.code, f)
            count[f.code] += 1
            files[f.code].add(r.path)  # counted, never shown
            if f.code not in worst or severity_rank(f.severity) > severity_rank(worst[f.code]):
                worst[f.code] = f.severity
    headers = ["Regel", "Kategori", "Grund", "Allvarlighet", "Antal fynd", "Antal filer",
               "Varför", "Rättslig grund", "Källa", "Källans styrka"]
    rows = []
    order = sorted(by_code, key=lambda c: (-severity_rank(worst[c]), -count[c], c))
    for code in order:
        f = by_code[code]
        rows.append([
            code, CATEGORY_LABELS.get(f.category, f.category), GROUND_LABELS.get(f.ground or "", ""),
            SEVERITY_LABELS.get(worst[code], worst[code]), count[code], len(files[code]),
            f.why, f.legal, *((f.source, f.strength) if shown_source(f.source, f.strength) else ("", "")),
        ])
    write_rows(ws, headers, rows, [10, 18, 22, 12, 10, 10, 70, 50, 50, 14], wrap=(7, 8, 9))
    for i, code in enumerate(order, 2):
        ws.cell(row=i, column=4).fill = SEVERITY_FILLS.get(worst[code], SEVERITY_FILLS["info"])
