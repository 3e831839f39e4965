"""Issue 13, item 3: no quadratic time on hostile input, and a per-file time budget."""

from __future__ import annotations

import random
import subprocess
import sys
import time

import pytest

from hirelint.batch import Job, lint_job, run_batch, LintSettings
from hirelint.engine import _dedupe_findings
from hirelint.model import Document, Finding, Suggestion


class _CountingDict(dict):
    calls = 0

    def get(self, key, default=None):
        type(self).calls += 1
        return super().get(key, default)


def test_suffix_lookup_is_linear_in_the_word(ruleset):
    from hirelint.rules.ruleset import _Index

    index = ruleset._index
    counting = _CountingDict(index.suffixes)
    probe = _Index(index.exact, index.prefixes, counting, index.always, index.max_prefix)
    probe.max_suffix = getattr(index, "max_suffix", 10**9)
    probe.lookup("a" * 100_000)
    # one look-up per possible suffix length in the index, not one per character of the word
    assert _CountingDict.calls <= max(len(k) for k in index.suffixes) + 1


def _cli(args: list[str], timeout: float) -> float:
    started = time.monotonic()
    try:
        subprocess.run([sys.executable, "-m", "hirelint", *args], capture_output=True,
                       timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"hirelint {' '.join(args[:2])} did not finish within {timeout} s")
    return time.monotonic() - started


def test_one_megabyte_token_lints_quickly(tmp_path):
    path = tmp_path / "token.txt"
    path.write_text("Vi söker en ung säljkille " + "a" * 1_000_000 + " med körkort.\n", encoding="utf-8")
    assert _cli(["lint", "--no-config", "--no-model", str(path)], timeout=60) < 60


def test_five_million_combining_marks_do_not_hang(tmp_path):
    """They join one giant "word" (\\w takes marks), whose suffixes were each looked up."""
    path = tmp_path / "marks.txt"
    path.write_text("Vi söker en ung säljkille a" + "\u0301" * 5_000_000 + " med körkort.\n",
                    encoding="utf-8")
    assert _cli(["lint", "--no-config", "--no-model", str(path)], timeout=90) < 90


def _finding(start, end, code="X", category="vague-requirement", ground=None):
    return Finding(code, category, ground, "info", start, end, "t", "", "m", "w", "l", "s")


def _brute(findings):
    findings = sorted(findings, key=lambda f: (f.start, -(f.end - f.start), f.code))
    kept = []
    for f in findings:
        if any(k.category == f.category and k.ground == f.ground and k.start <= f.start
               and f.end <= k.end for k in kept):
            continue
        kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end, f.code))


def test_dedupe_gives_the_pairwise_result():
    rng = random.Random(13)
    for _ in range(300):
        fs = []
        for _ in range(rng.randint(0, 30)):
            a = rng.randint(0, 40)
            fs.append(_finding(a, a + rng.randint(0, 8), rng.choice("ABC"),
                               rng.choice(["discrimination", "vague-requirement"]),
                               rng.choice([None, "age", "sex"])))
        assert _dedupe_findings(list(fs)) == _brute(fs)


def test_dedupe_is_not_quadratic():
    fs = [_finding(i, i + 1) for i in range(20_000)]  # all distinct, none nested: n² pairs
    started = time.monotonic()
    assert len(_dedupe_findings(fs)) == 20_000
    assert time.monotonic() - started < 2


def test_tracked_change_region_costs_the_requirement_not_the_document():
    from hirelint.render.annotate import _diff_region

    text = ("Vi söker en ung säljare. " * 40_000)  # 1 MB
    spans = [(i * 25, i * 25 + 24) for i in range(0, 40_000, 400)]
    started = time.monotonic()
    regions = [_diff_region(text, a, b, "Vi söker en säljare.") for a, b in spans]
    assert time.monotonic() - started < 1.0
    assert regions[0] == (12, 16, "")  # "ung " removed, whole words kept
    new = text[:regions[0][0]] + regions[0][2] + text[regions[0][1]:]
    assert new.startswith("Vi söker en säljare. Vi söker")


class _SlowLinter:
    def lint(self, doc):
        while True:  # a rule stuck on a pathological sentence
            pass


def test_file_time_budget_gives_a_typed_error():
    job = Job(0, "seg.txt", None, Document.from_text("Text.", path="seg.txt"))
    started = time.monotonic()
    outcome = lint_job(_SlowLinter(), job, None, budget=0.5)
    assert time.monotonic() - started < 5
    assert outcome.report.error.code == "timeout"
    assert "sekunder" in outcome.report.error.message


def test_cli_has_a_timeout_option():
    from hirelint.cli import build_parser

    args = build_parser().parse_args(["lint", "x.txt", "--timeout", "2,5"])
    assert args.timeout == 2.5


def test_long_sentences_are_cut_into_bounded_pieces():
    from hirelint.nlp.sentences import MAX_SENTENCE, split_sentences

    text = "Du är " + ", ".join(["ung, stresstålig och flexibel"] * 3000) + "."
    spans = split_sentences(text)
    assert all(e - s <= MAX_SENTENCE for s, e in spans)
    covered = "".join(text[s:e] for s, e in spans)
    assert covered.replace(" ", "") == text.replace(" ", "")


def test_a_paragraph_full_of_findings_lints_in_linear_time(linter):
    """Each finding's context filters read its whole sentence: 3,000 findings in one 90 KB
    "sentence" took minutes."""
    text = "Du är " + ", ".join(["ung, stresstålig och flexibel"] * 3000) + "."
    job = Job(0, "lista.txt", None, Document.from_text(text, path="lista.txt"))
    outcome = lint_job(linter, job, None, budget=25)
    assert outcome.report.error is None, outcome.report.error
    assert len(outcome.report.findings) >= 3000
