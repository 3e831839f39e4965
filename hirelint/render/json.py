"""The JSON report, exactly as the DESIGN.md contract gives it (schema 1)."""

from __future__ import annotations

import json
from typing import Iterable

from hirelint import __version__
from hirelint.model import Report


def report_dict(reports: Iterable[Report], findings_of) -> dict:
    """The whole run as the contract's dict."""
    files = []
    for r in reports:
        entry = r.to_json()
        entry["findings"] = [f.to_json() for f in findings_of(r)] if not r.error else []
        files.append(entry)
    return {"schema": 1, "hirelint": __version__, "files": files}


def dumps(reports: Iterable[Report], findings_of) -> str:
    """Serialise the run (UTF-8 text, å/ä/ö kept as they are)."""
    return json.dumps(report_dict(reports, findings_of), ensure_ascii=False, indent=2)
