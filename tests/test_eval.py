"""Quality gate on the independent evaluation set: recall per ground and on vague must-haves,
and no discrimination finding on sentences labelled clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from hirelint.evaluation import LABELS, evaluate, load_items

EVAL = Path(__file__).parent / "eval" / "sentences.yaml"
RECALL_FLOOR = 0.95


@pytest.fixture(scope="module")
def evaluation(linter):
    return evaluate(linter, load_items(EVAL))


def test_eval_set_is_large_enough():
    items = load_items(EVAL)
    assert len(items) >= 300
    for label in LABELS:
        assert sum(label in i["labels"] for i in items) >= 20, label


@pytest.mark.parametrize("label", LABELS)
def test_recall_per_label(evaluation, label):
    s = evaluation.per_label[label]
    assert s.recall >= RECALL_FLOOR, f"{label}: {s.found}/{s.positives}; missed: {s.misses[:10]}"


def test_no_discrimination_finding_on_clean_sentences(evaluation):
    assert evaluation.clean_with_discrimination == []


def test_few_false_alarms_per_ground(evaluation):
    alarms = {g: evaluation.per_label[g].alarms for g in LABELS if evaluation.per_label[g].alarms}
    total = sum(len(a) for a in alarms.values())
    assert total <= 0.02 * evaluation.sentences, alarms
