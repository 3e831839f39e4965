"""Every rewrite hirelint offers on the real ads, the procurement fixtures and the development set.

    python scripts/rewrites.py [--jsonl OUT] [--source ads procurement devset blind probe] [--folder DIR] [--all]

A rewrite is what a user can apply: a requirement's one validated wording, or (outside a
requirement, or where no wording fixes the whole requirement) a finding's own validated rewrite.
Prints each with its original and the finding codes, and the counts; ``--jsonl`` writes the same
records for a reviewer who has not seen the lexicons. ``--all`` also lists requirements with
findings that got no rewrite, with the reason.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from hirelint import rewrite
from hirelint.document import read_document
from hirelint.engine import Linter
from hirelint.fix import apply_suggestion
from hirelint.evaluation import load_labelled_lines

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))
from tests.fixtures.procurement.build import build_all  # noqa: E402

CATEGORIES = ("discrimination", "vague-requirement")
FOLDER = None  # --folder: documents of one's own (.txt, .docx)


def reports(linter: Linter, sources: list[str]):
    """(source, name, report) for each document of the chosen sources."""
    if "ads" in sources:
        with open(SHARED / "corpora" / "job-ads" / "ads.jsonl", encoding="utf-8") as fh:
            for ad in map(json.loads, fh):
                if ad["lang"] == "sv":
                    yield "ads", ad["id"], linter.lint_text(ad["text"], ad["id"])
    if "procurement" in sources:
        with tempfile.TemporaryDirectory() as tmp:
            build_all(Path(tmp))
            for path in sorted(Path(tmp).glob("*.docx")):
                yield "procurement", path.name, linter.lint(read_document(path))
    if "folder" in sources and FOLDER is not None:
        for path in sorted(Path(FOLDER).glob("*")):
            if path.suffix in (".txt", ".docx"):
                yield "folder", path.name, linter.lint(read_document(path))
    for name, path in (("devset", SHARED / "eval" / "devset.txt"), ("blind", ROOT / "tests" / "eval" / "blind.txt"),
                       ("probe", ROOT / "tests" / "eval" / "probe.txt")):
        if name in sources:
            for i, (labels, text) in enumerate(load_labelled_lines(path)):
                yield name, f"{name}:{i + 1}", linter.lint_text(text)


def records(report, source: str, name: str, with_reasons: bool = False):
    """One record per distinct rewrite a user can apply in a report: a requirement's wording, a
    prose sentence's wording, or a finding's own rewrite (and, with reasons, one per requirement
    with findings but no wording)."""
    text = report.document.text
    requirements = {(r.start, r.end): r for r in report.requirements}
    seen: dict[tuple, dict] = {}
    for f in report.findings:
        if f.category not in CATEGORIES:
            continue
        s = next((s for s in f.suggestions if s.applicability != "advice"), None)
        if s is None:
            continue
        if s.start is not None:
            a, b = s.start, s.end
            unit = "requirement" if (a, b) in requirements else "sentence"
        else:
            a, b, unit = f.sentence_start, f.sentence_end, "finding"
        new = apply_suggestion(text, f, s)
        key = (a, b, s.text)
        rec = seen.get(key)
        if rec is None:
            req = requirements.get((a, b))
            seen[key] = {"source": source, "doc": name, "unit": unit,
                         "kind": req.kind if req else f.requirement,
                         "original": " ".join(text[a:b].split()),
                         "rewrite": " ".join(new[a:b + len(new) - len(text)].split()),
                         "applicability": s.applicability, "codes": [f.code], "findings": [f.message]}
        elif f.code not in rec["codes"]:
            rec["codes"].append(f.code)
            rec["findings"].append(f.message)
    yield from seen.values()
    if with_reasons:
        for req in report.requirements:
            inside = [f for f in report.findings if req.start <= f.start and f.end <= req.end and f.category in CATEGORIES]
            if inside and req.rewrite is None:
                proposal = rewrite.propose(req, inside, lambda t, k: [], text)
                yield {"source": source, "doc": name, "unit": "requirement", "kind": req.kind,
                       "original": " ".join(req.text.split()), "rewrite": None, "reason": proposal.reason,
                       "codes": sorted({f.code for f in inside})}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jsonl", default="", help="write records to this file")
    ap.add_argument("--source", nargs="*", default=["ads", "procurement", "devset", "blind", "probe"],
                    help="ads procurement devset blind probe")
    ap.add_argument("--all", action="store_true", help="also requirements without a rewrite, with the reason")
    ap.add_argument("--folder", default=str(ROOT / "tests" / "fixtures" / "kravprofiler"),
                    help="also lint the .txt/.docx files in this folder (source 'folder'; default: the blind kravprofiler)")
    args = ap.parse_args()
    global FOLDER
    FOLDER = args.folder
    if args.folder and "folder" not in args.source:
        args.source.append("folder")
    linter = Linter.default()
    counts: Counter = Counter()
    out = []
    for source, name, report in reports(linter, args.source):
        counts[f"{source}: findings"] += sum(f.category in CATEGORIES for f in report.findings)
        for rec in records(report, source, name, args.all):
            out.append(rec)
            if rec["rewrite"] is None:
                print(f"{name}\t{','.join(rec['codes'])}\n  - {rec['original']}\n  ! {rec['reason']}")
                continue
            counts[f"{source}: {rec['unit']} rewrites ({rec['applicability']})"] += 1
            print(f"{name}\t{rec['unit']}\t{','.join(rec['codes'])}\n  - {rec['original']}\n  + {rec['rewrite']}")
    if args.jsonl:
        with open(args.jsonl, "w", encoding="utf-8") as fh:
            for rec in out:
                if rec["rewrite"] is not None:
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    for k, v in sorted(counts.items()):
        print(f"{k}: {v}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
