"""Quality gate on tests/eval/blind.txt: 448 sentences written blind to the lexicons and the
development set, in its format (first scored blind; since used for development, see its header). The floors sit just under today's figures, so a change that
loses a phenomenon or adds false alarms fails here (figures: scripts/evaluate.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hirelint.evaluation import load_labelled_lines, score_lines

BLIND = Path(__file__).parent / "eval" / "blind.txt"


@pytest.fixture(scope="module")
def score(linter):
    return score_lines(linter, load_labelled_lines(BLIND))


def test_set_is_large_and_covers_every_label():
    cases = load_labelled_lines(BLIND)
    assert len(cases) >= 400
    labels = {lab for labels, _ in cases for lab in labels}
    assert {"sex", "age", "ethnicity", "religion", "disability", "parenthood", "gender-identity",
            "sexual-orientation", "vague", "clean", "strict"} <= labels


def test_discrimination_recall(score):
    assert score.recall("discrimination") >= 0.90, score.summary()


def test_vague_recall(score):
    assert score.recall("vague") >= 0.95, score.summary()


def test_clean_sentences_stay_clean(score):
    assert score.rate(score.clean) >= 0.97, score.alarms


def test_strict_sentences_have_no_finding(score):
    assert score.rate(score.strict) >= 0.94, score.alarms


PROBE = Path(__file__).parent / "eval" / "probe.txt"


def test_probe_set_floors(linter):
    """tests/eval/probe.txt: a second blind author's set (blind score in its header)."""
    score = score_lines(linter, load_labelled_lines(PROBE))
    assert score.recall("discrimination") >= 0.87, score.summary()
    assert score.recall("vague") >= 0.95, score.summary()
    assert score.rate(score.clean) >= 0.95, score.alarms
