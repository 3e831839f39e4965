"""Print recall and false alarms per ground on the evaluation set, with and without the model.

    python scripts/evaluate.py [--misses] [SENTENCES.yaml]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hirelint.engine import Linter
from hirelint.evaluation import evaluate, format_table, load_items
from hirelint.rules.ruleset import load_ruleset

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "eval" / "sentences.yaml"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--misses", action="store_true", help="list missed sentences and false alarms")
    args = ap.parse_args()
    items = load_items(args.path)
    rs = load_ruleset()
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
