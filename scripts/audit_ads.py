"""Lint the real Swedish ads in ../shared and print every finding for a person to review.

    python scripts/audit_ads.py [--category discrimination] [--code ALD] [--counts]

Used for the false-alarm audit: each discrimination finding on a real ad was read, false alarms
were fixed in the lexicons, and the reviewed true findings are kept in
tests/data/real_ads_reviewed.yaml (tests/test_real_ads.py keeps them in step).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from hirelint.engine import Linter

ADS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "job-ads" / "ads.jsonl"


def swedish_ads(path: Path = ADS) -> list[dict]:
    """The Swedish ads of the shared corpus."""
    with open(path, encoding="utf-8") as fh:
        return [ad for ad in map(json.loads, fh) if ad["lang"] == "sv"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--category", default=None, help="discrimination | vague-requirement | gender-coded")
    ap.add_argument("--code", default="", help="only codes starting with this")
    ap.add_argument("--counts", action="store_true", help="only counts per ad and per code")
    args = ap.parse_args()
    linter = Linter.default()
    per_code: Counter = Counter()
    per_ad: Counter = Counter()
    for ad in swedish_ads():
        report = linter.lint_text(ad["text"], ad["id"])
        text = report.document.text
        for f in report.findings:
            if args.category and f.category != args.category:
                continue
            if not f.code.startswith(args.code):
                continue
            per_code[f.code] += 1
            per_ad[ad["id"]] += 1
            if not args.counts:
                sentence = text[f.sentence_start:f.sentence_end].replace("\n", " ")
                print(f"{ad['id']}\t{f.code}\t{f.severity}\t{f.text!r}\t{sentence[:220]}")
    print(f"\n{sum(per_code.values())} fynd i {len(per_ad)} av {len(swedish_ads())} annonser", file=sys.stderr)
    for code, n in per_code.most_common():
        print(f"  {code}: {n}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
