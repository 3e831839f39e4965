"""Compiler-style terminal output: file:line:col, code, severity, message, the sentence with
the span marked, and the suggestions."""

from __future__ import annotations

from typing import Iterable

from hirelint.model import (
    CATEGORY_LABELS,
    GROUND_LABELS,
    SEVERITY_LABELS,
    Finding,
    Report,
)

_MAX_CONTEXT = 140


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of an offset."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def _excerpt(text: str, f: Finding) -> tuple[str, int, int]:
    s, e = f.sentence_start, f.sentence_end
    if not (s <= f.start and f.end <= e) or e <= s:
        s, e = f.start, f.end
    if e - s > _MAX_CONTEXT:
        s = max(s, f.start - _MAX_CONTEXT // 2)
        e = min(e, max(f.end, s + _MAX_CONTEXT))
    sentence = text[s:e].replace("\n", " ")
    prefix = "…" if s > f.sentence_start else ""
    suffix = "…" if e < f.sentence_end else ""
    return prefix + sentence + suffix, f.start - s + len(prefix), f.end - s + len(prefix)


def _label(f: Finding) -> str:
    return GROUND_LABELS.get(f.ground or "", CATEGORY_LABELS.get(f.category, f.category))


def format_finding(report: Report, f: Finding, also: Iterable[Finding] = ()) -> str:
    """One finding as a few lines of text; ``also`` are findings of the same rule and span on
    further grounds, shown as extra labels rather than repeated blocks."""
    text = report.document.text if report.document else ""
    line, col = line_col(text, f.start)
    label = ", ".join(dict.fromkeys([_label(f), *(_label(a) for a in also)]))
    out = [f"{report.path}:{line}:{col}: {f.code} {SEVERITY_LABELS[f.severity]} [{label}] {f.message}"]
    if text:
        excerpt, a, b = _excerpt(text, f)
        out.append(f"    {excerpt}")
        out.append("    " + " " * a + "^" * max(1, b - a))
    for s in f.suggestions:
        if s.applicability == "advice":
            out.append(f"    råd: {s.text}")
            if s.question:
                out.append(f"    fråga kunden: {s.question}")
                for a in s.answers:
                    out.append(f"      – {a.answer}: {a.wording or 'stryk formuleringen.'}")
        elif s.text and s.start is not None:
            out.append(f"    förslag (hela kravet): {s.text}")
        elif s.text:
            out.append(f"    förslag: {s.text}")
        else:
            out.append("    förslag: stryk ”" + f.text + "”")
    return "\n".join(out)


def format_reports(reports: Iterable[Report], findings_of) -> str:
    """All reports; ``findings_of(report)`` gives the findings to show (after the threshold)."""
    blocks = []
    for r in reports:
        if r.error:
            blocks.append(f"{r.path}: kunde inte läsas [{r.error.code}] {r.error.message}")
            continue
        for note in r.document.notes if r.document else ():
            blocks.append(f"{r.path}: obs: {note}")
        shown = findings_of(r)
        i = 0
        while i < len(shown):
            f = shown[i]
            same = []
            while i + 1 + len(same) < len(shown):
                g = shown[i + 1 + len(same)]
                if (g.code, g.start, g.end) != (f.code, f.start, f.end):
                    break
                same.append(g)
            blocks.append(format_finding(r, f, same))
            i += 1 + len(same)
    return "\n\n".join(blocks)


def summary_line(reports: list[Report], findings_of) -> str:
    """"3 filer granskade: 5 fynd (2 fel, 3 varningar; 4 diskrimineringsrisk, 1 otydligt krav);
    1 fil kunde inte läsas (corrupt: 1)." """
    files = len(reports)
    errors = [r for r in reports if r.error]
    counts = {"error": 0, "warning": 0, "info": 0}
    for r in reports:
        for f in findings_of(r):
            counts[f.severity] += 1
    total = sum(counts.values())
    parts = []
    for sev, one, many in (("error", "fel", "fel"), ("warning", "varning", "varningar"), ("info", "råd", "råd")):
        if counts[sev]:
            parts.append(f"{counts[sev]} {one if counts[sev] == 1 else many}")
    line = f"{files} {'fil' if files == 1 else 'filer'} granskade: {total} fynd"
    by_category: dict[str, int] = {}
    for r in reports:
        for f in findings_of(r):
            by_category[f.category] = by_category.get(f.category, 0) + 1
    kinds = [f"{n} {CATEGORY_LABELS.get(c, c)}" for c, n in sorted(by_category.items(), key=lambda x: -x[1])]
    if parts:
        line += f" ({', '.join(parts)}{'; ' + ', '.join(kinds) if kinds else ''})"
    if errors:
        by_code: dict[str, int] = {}
        for r in errors:
            by_code[r.error.code] = by_code.get(r.error.code, 0) + 1
        detail = ", ".join(f"{c}: {n}" for c, n in sorted(by_code.items()))
        line += f"; {len(errors)} {'fil' if len(errors) == 1 else 'filer'} kunde inte läsas ({detail})"
    return line + "."
