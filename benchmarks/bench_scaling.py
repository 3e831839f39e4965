"""Time against input size for the inputs of issue 13 that used to take quadratic time.

    python benchmarks/bench_scaling.py [--base N] [--repeat R]

Each case runs at 1x, 2x, 4x and 8x its base size (best of R runs) and prints the time and the
ratio to the 1x time: linear growth shows as ratios near 1, 2, 4, 8 (quadratic would be 1, 4, 16,
64). Cases: one giant token, a run of combining marks (one giant "word" too), a paragraph full of
findings (the dedupe sweep), tracked-change regions over a long text, and plain ad text.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hirelint.engine import Linter  # noqa: E402
from hirelint.model import Document, Suggestion  # noqa: E402
from hirelint.render.annotate import change_region  # noqa: E402
from hirelint.rules.ruleset import load_ruleset  # noqa: E402

AD = ("Vi söker en ung och hungrig säljkille med svenska som modersmål. Du är stresstålig, "
      "har god kommunikativ förmåga och lång erfarenhet av försäljning.\n\n")


def _linter() -> Linter:
    linter = Linter(load_ruleset(), use_nlp=False)
    linter.lint(Document.from_text(AD, path="warm"))
    return linter


# Every run lints text no cache has seen: the first letter differs per run (the rule set
# memoises words and the linter paragraphs, which would otherwise time a cache hit).
def _fresh(linter: Linter, text: str, r: int):
    return linter.lint(Document.from_text(chr(ord("A") + r) + text, path="bench"))


def case_token(linter: Linter, n: int) -> float:
    text = "b" * n + " Vi söker en ung säljkille med körkort."
    return _time(lambda r: _fresh(linter, text, r))


def case_marks(linter: Linter, n: int) -> float:
    text = "\u0301" * n + " Vi söker en ung säljkille med körkort."
    return _time(lambda r: _fresh(linter, text, r))


def case_findings(linter: Linter, n: int) -> float:
    # one paragraph without a full stop holding n // 40 findings
    text = "u är " + ", ".join(["ung, stresstålig och flexibel"] * (n // 40)) + "."
    return _time(lambda r: _fresh(linter, text, r))


def case_regions(linter: Linter, n: int) -> float:
    text = AD * (n // len(AD) + 1)
    report = linter.lint(Document.from_text(text, path="regions"))
    findings = [f for f in report.findings if f.suggestions]
    sugg = Suggestion("", "review")

    def run(r):
        for f in findings:
            change_region(text, f, sugg)

    return _time(run)


def case_plain(linter: Linter, n: int) -> float:
    # distinct paragraphs (a number in each) so the paragraph cache does not hide the work
    count = n // len(AD) + 1
    return _time(lambda r: linter.lint(Document.from_text("".join(
        AD.replace("lång", f"lång ({r}.{i})") for i in range(count)), path="plain")))


REPEAT = 3


def _time(fn) -> float:
    best = float("inf")
    for r in range(REPEAT):
        started = time.perf_counter()
        fn(r)
        best = min(best, time.perf_counter() - started)
    return best


CASES = [
    ("one giant token", case_token, 125_000),
    ("combining marks", case_marks, 125_000),
    ("findings in one paragraph", case_findings, 10_000),
    ("tracked-change regions", case_regions, 125_000),
    ("plain ad text", case_plain, 31_250),
]


def main(argv=None) -> int:
    global REPEAT
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every base size")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    REPEAT = args.repeat
    linter = _linter()
    print(f"{'case':<28} {'size':>10} {'seconds':>9} {'ratio':>7}")
    for name, fn, base in CASES:
        first = None
        for k in (1, 2, 4, 8):
            n = int(base * args.scale * k)
            t = fn(linter, n)
            first = first or t
            print(f"{name if k == 1 else '':<28} {n:>10,} {t:>9.4f} {t / first:>6.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
