"""Regression on the 98 real Swedish ads in ../shared: every discrimination finding there was
read by a person. The reviewed list (tests/data/real_ads_reviewed.yaml) holds the findings
judged right; a new finding fails this test until someone reads it (a false alarm is fixed in
the lexicons, a true one is added to the list), and a reviewed finding that disappears is a
regression."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

REVIEWED = Path(__file__).parent / "data" / "real_ads_reviewed.yaml"


def _findings(linter, shared):
    out = set()
    with open(shared / "corpora" / "job-ads" / "ads.jsonl", encoding="utf-8") as fh:
        for ad in map(json.loads, fh):
            if ad["lang"] != "sv":
                continue
            for f in linter.lint_text(ad["text"], ad["id"]).findings:
                if f.category == "discrimination":
                    out.add((ad["id"], f.code, f.text))
    return out


@pytest.fixture(scope="module")
def found(linter, shared):
    return _findings(linter, shared)


def _reviewed():
    data = yaml.safe_load(REVIEWED.read_text(encoding="utf-8"))
    return {(d["ad"], d["code"], d["text"]) for d in data["true_findings"]}


def test_no_unreviewed_discrimination_finding_on_real_ads(found):
    new = sorted(found - _reviewed())
    assert not new, "unreviewed findings (fix the false alarm or add a reviewed true finding):\n" + "\n".join(map(str, new))


def test_reviewed_true_findings_still_found(found):
    lost = sorted(_reviewed() - found)
    assert not lost, "reviewed true findings no longer found:\n" + "\n".join(map(str, lost))
