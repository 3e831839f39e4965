"""The JSON report, exactly as the DESIGN.md contract gives it (schema 2).

Schema 2 adds, per file, ``requirements`` (one object per requirement the document makes, with
its kind, location, whether it can be screened, how to verify it and the findings inside it), and
gives each finding the index of its requirement (or null). Every schema 1 field keeps its meaning.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from typing import Iterable

from hirelint import __version__
from hirelint.model import Finding, Report, Requirement

SCHEMA = 2


def requirement_index(requirements: tuple[Requirement, ...], finding: Finding):
    """The index of the requirement a finding stands in, or None."""
    starts = [r.start for r in requirements]
    i = bisect_right(starts, finding.start) - 1
    if i >= 0 and requirements[i].start <= finding.start < requirements[i].end:
        return i
    return None


def requirement_dict(index: int, req: Requirement, finding_ids: list[int]) -> dict:
    """One requirement as the contract gives it: its validated rewrite (or null) and its
    interview questions come from hirelint/rewrite.py."""
    from hirelint.render.matrix import verification_for

    return {
        "id": index,
        "start": req.start,
        "end": req.end,
        "text": req.text,
        "location": req.location,
        "kind": req.kind,
        "screenable": req.screenable,
        "findings": finding_ids,
        "rewrite": req.rewrite.to_json() if req.rewrite else None,
        "verify": verification_for([req.text]),
        "questions": list(req.questions),
    }


def report_dict(reports: Iterable[Report], findings_of) -> dict:
    """The whole run as the contract's dict."""
    files = []
    for r in reports:
        entry = r.to_json()
        if r.error:
            entry["findings"], entry["requirements"] = [], []
            files.append(entry)
            continue
        reqs = tuple(sorted(r.requirements, key=lambda q: q.start))
        findings = list(findings_of(r))
        per_req: dict[int, list[int]] = {}
        out = []
        for i, f in enumerate(findings):
            d = f.to_json()
            idx = requirement_index(reqs, f)
            d["requirement"] = idx
            if idx is not None:
                per_req.setdefault(idx, []).append(i)
            out.append(d)
        entry["findings"] = out
        entry["requirements"] = [requirement_dict(i, q, per_req.get(i, [])) for i, q in enumerate(reqs)]
        files.append(entry)
    return {"schema": SCHEMA, "hirelint": __version__, "files": files}


def dumps(reports: Iterable[Report], findings_of) -> str:
    """Serialise the run (UTF-8 text, å/ä/ö kept as they are)."""
    return json.dumps(report_dict(reports, findings_of), ensure_ascii=False, indent=2)
