"""Must-haves as the reports count them: the document-role model's requirements of kind
"must" (``Report.requirements``), and which of them are clear.

A must-have is clear when it is screenable (no vague wording) and no discrimination finding lies
inside it: "Svenska som modersmål", "Fullt frisk" or "mellan 20 och 30 år" can be checked against
an application, but they are not requirements to screen on. A vague-requirement finding inside
the requirement also makes it unscreenable, whatever the requirement's own flag says.
"""

from __future__ import annotations

from typing import Iterable, Optional, Sequence

from hirelint.model import Finding, Report, Requirement


def must_haves(report: Optional[Report]) -> list[Requirement]:
    """The report's must-have requirements (merits and other text do not count)."""
    return [r for r in (report.requirements if report else ()) if r.kind == "must"]


def discriminating(req: Requirement, findings: Iterable[Finding]) -> list[Finding]:
    """The discrimination findings inside the requirement's text."""
    return [f for f in findings
            if f.category == "discrimination" and f.start < req.end and f.end > req.start]


def vague(req: Requirement, findings: Iterable[Finding]) -> list[Finding]:
    """The vague-requirement findings inside the requirement's text."""
    return [f for f in findings
            if f.category == "vague-requirement" and f.start < req.end and f.end > req.start]


def screenable(req: Requirement, findings: Sequence[Finding]) -> bool:
    """Screenable by the requirement model and without a vague-requirement finding inside."""
    return req.screenable and not vague(req, findings)


def is_clear(req: Requirement, findings: Sequence[Finding]) -> bool:
    """Screenable, and no discrimination finding inside it."""
    return screenable(req, findings) and not discriminating(req, findings)


def clear_share(report: Optional[Report], findings: Optional[Sequence[Finding]] = None) -> tuple[int, int]:
    """(clear must-haves, all must-haves); ``findings`` defaults to the report's own."""
    musts = must_haves(report)
    found = list(report.findings if findings is None and report else (findings or ()))
    return sum(1 for r in musts if is_clear(r, found)), len(musts)
