"""Every requirement rewrite hirelint offers on the real ads and the procurement fixtures.

    python scripts/rewrites.py [--all] [--jsonl OUT]

Prints, per requirement with findings, the original, the finding codes and the offered rewrite
(or why none was offered). Used to read rewrites as a recruiter would and to count how many are
offered; ``--jsonl`` writes the same records for a reviewer who has not seen the lexicons.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import tempfile

from hirelint.document import read_document
from hirelint.engine import Linter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.fixtures.procurement.build import build_all  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ADS = ROOT.parent / "shared" / "corpora" / "job-ads" / "ads.jsonl"
PROCUREMENT = ROOT / "tests" / "fixtures" / "procurement"


def reports(linter: Linter):
    """(name, report) for each Swedish ad and each procurement fixture."""
    with open(ADS, encoding="utf-8") as fh:
        for ad in map(json.loads, fh):
            if ad["lang"] == "sv":
                yield ad["id"], linter.lint_text(ad["text"], ad["id"])
    with tempfile.TemporaryDirectory() as tmp:
        build_all(Path(tmp))
        for path in sorted(Path(tmp).glob("*.docx")):
            yield path.name, linter.lint(read_document(path))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--all", action="store_true", help="also requirements without a rewrite")
    ap.add_argument("--jsonl", default="", help="write records to this file")
    args = ap.parse_args()
    linter = Linter.default()
    counts: Counter = Counter()
    records = []
    for name, report in reports(linter):
        for req in report.requirements:
            found = [f for f in report.findings if req.start <= f.start < req.end
                     and f.category in ("discrimination", "vague-requirement")]
            if not found:
                continue
            counts["requirements with findings"] += 1
            rec = {"doc": name, "kind": req.kind, "original": " ".join(req.text.split()),
                   "codes": sorted({f.code for f in found}),
                   "findings": [f.message for f in found],
                   "rewrite": req.rewrite.text if req.rewrite else None,
                   "applicability": req.rewrite.applicability if req.rewrite else None}
            if req.rewrite:
                counts[f"offered {req.rewrite.applicability}"] += 1
            if req.rewrite or args.all:
                records.append(rec)
                print(f"{name}\t{req.kind}\t{','.join(rec['codes'])}\n  - {rec['original']}\n  + {rec['rewrite']} [{rec['applicability']}]")
    if args.jsonl:
        with open(args.jsonl, "w", encoding="utf-8") as fh:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    for k, v in counts.items():
        print(f"{k}: {v}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
