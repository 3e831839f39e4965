"""lexicons/client_questions.yaml: every topic names real rules, asks a real question and gives
model wordings that are themselves clean of direct discrimination."""

from __future__ import annotations

import pytest

from hirelint.model import Document


@pytest.fixture(scope="module")
def topics(ruleset):
    return ruleset.tables.client_questions["topics"]


def test_every_code_is_a_rule_and_in_one_topic(ruleset, topics):
    codes = {r.code for r in ruleset.rules}
    seen = []
    for name, topic in topics.items():
        assert set(topic["codes"]) <= codes, name
        seen += topic["codes"]
    assert len(seen) == len(set(seen))


def test_questions_and_wordings_are_clean(linter, topics):
    for name, topic in topics.items():
        q = topic["question"]
        assert q.endswith("?") and not linter.lint(Document.from_text(q), rewrites=False).findings, q
        answers = topic["answers"]
        assert len(answers) >= 2 and any(not a["wording"] for a in answers), name
        for a in answers:
            wording = a["wording"].replace("{match}", "B-körkort")
            errors = [f for f in linter.lint(Document.from_text(wording), rewrites=False).findings
                      if f.category == "discrimination" and f.severity == "error"]
            assert not errors, (name, wording)
