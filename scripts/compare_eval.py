"""Precision and recall of the kravprofil <-> annons alignment over tests/fixtures/compare.

    python scripts/compare_eval.py [--verbose]

Builds every pair of tests/fixtures/compare/pairs.yaml (Word profiles with Ska-krav/Bör-krav
tables, text and Markdown ads) in a temporary folder, lints both documents, compares them and
scores the alignment against the expected one: precision = right pairs / pairs made, recall =
right pairs / expected pairs. Expected requirements that the engine did not find as requirements
count as misses and are listed with --verbose. Exit 1 when either figure is below 0.9.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hirelint.compare import compare  # noqa: E402
from hirelint.document import read_document  # noqa: E402
from hirelint.engine import Linter  # noqa: E402
from tests.fixtures.compare.build import build_pair, load_pairs, score_pair  # noqa: E402

TARGET = 0.9


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="list every problem per pair")
    args = ap.parse_args(argv)
    linter = Linter.default(use_nlp=False)
    tp = fp = fn = 0
    problems = 0
    with tempfile.TemporaryDirectory() as tmp:
        pairs = load_pairs()
        for pair in pairs:
            p, a = build_pair(pair, Path(tmp))
            c = compare(linter.lint(read_document(p)), linter.lint(read_document(a)))
            s = score_pair(pair, c)
            tp, fp, fn = tp + s["tp"], fp + s["fp"], fn + s["fn"]
            problems += len(s["problems"])
            mark = "ok" if not s["problems"] else f"{len(s['problems'])} problem(s)"
            print(f"{pair['name']:<22} pairs {s['tp']}/{s['tp'] + s['fn']} right, {s['fp']} wrong  {mark}")
            if args.verbose:
                for line in s["problems"]:
                    print(f"    - {line}")
                for line in s["undetected"]:
                    print(f"    * not found as a requirement by the engine: {line}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"\n{len(pairs)} pairs of documents, {tp + fn} expected alignments, {tp + fp} made")
    print(f"precision {precision:.3f}  recall {recall:.3f}  (target >= {TARGET})  problems {problems}")
    return 0 if precision >= TARGET and recall >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
