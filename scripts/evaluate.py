"""Print recall and false alarms on a labelled sentence set, with and without the model.

    python scripts/evaluate.py [--misses] [PATH]

PATH is a YAML set (tests/eval/sentences.yaml, the default) or a "LABELS | sentence" file in the
format of ../shared/eval/devset.txt (e.g. tests/eval/heldout.txt or the development set itself),
scored the way ../shared/eval/score.py scores it, in one process.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hirelint.engine import Linter
from hirelint.evaluation import evaluate, format_table, load_items, load_labelled_lines, score_lines
from hirelint.rules.ruleset import load_ruleset

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "eval" / "sentences.yaml"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--misses", action="store_true", help="list missed sentences and false alarms")
    args = ap.parse_args()
    rs = load_ruleset()
    if args.path.suffix == ".txt":
        cases = load_labelled_lines(args.path)
        for title, use_nlp in (("med språkmodell", True), ("utan språkmodell (ordfönster)", False)):
            sc = score_lines(Linter(rs, use_nlp=use_nlp), cases)
            print(f"== {title} == {len(cases)} meningar")
            print(sc.summary())
            if args.misses:
                for label, text in sc.misses:
                    print(f"  MISS {label}: {text}")
                for label, text in sc.alarms:
                    print(f"  LARM {label}: {text}")
        return 0
    items = load_items(args.path)
    for title, use_nlp in (("med språkmodell", True), ("utan språkmodell (ordfönster)", False)):
        ev = evaluate(Linter(rs, use_nlp=use_nlp), items)
        print(f"== {title} ==")
        print(format_table(ev))
        if args.misses:
            for label, s in ev.per_label.items():
                for t in s.misses:
                    print(f"  MISS {label}: {t}")
                for t in s.alarms:
                    print(f"  LARM {label}: {t}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
