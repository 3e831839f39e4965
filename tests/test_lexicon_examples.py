"""Every rule's examples run as tests (as LanguageTool, proselint and ruff do), plus meta-tests
on the bundled lexicons: unique codes, no phrase in two rules, coverage of every ground."""

from __future__ import annotations

import pytest

from hirelint import resources
from hirelint.lexicon_check import check_balance, check_rule, check_uniqueness
from hirelint.model import GROUNDS
from hirelint.rules.ruleset import load_ruleset

_RULES = load_ruleset().rules


@pytest.mark.parametrize("rule", _RULES, ids=[r.code for r in _RULES])
def test_rule_examples(linter, rule):
    problems = check_rule(linter, rule)
    assert not problems, "\n".join(map(str, problems))


def test_balance_examples(linter):
    assert linter.ruleset.balance is not None, "gender_coded.yaml needs a balance section"
    problems = check_balance(linter)
    assert not problems, "\n".join(map(str, problems))


def test_codes_unique_and_phrases_in_one_rule(ruleset):
    problems = check_uniqueness(ruleset.rules)
    assert not problems, "\n".join(map(str, problems))


def test_at_least_300_rules(ruleset):
    assert len(ruleset.rules) >= 300


@pytest.mark.parametrize("ground", GROUNDS)
def test_every_ground_has_rules(ruleset, ground):
    assert sum(r.ground == ground for r in ruleset.rules) >= 5


def test_vague_and_coded_categories_present(ruleset):
    cats = {r.category for r in ruleset.rules}
    assert {"vague-requirement", "gender-coded", "discrimination"} <= cats


def test_gender_coded_is_never_discrimination(ruleset):
    for r in ruleset.rules:
        if r.code.startswith("KOD"):
            assert r.category == "gender-coded" and r.ground is None and r.severity == "info"


def test_swedish_text_is_not_ascii_folded(ruleset):
    folded = ("alder", "kon ", "forsaljning", "sokande", "ratt ", "kravs")
    for r in ruleset.rules:
        for text in (r.message, r.why):
            low = f" {text.lower()} "
            assert not any(f" {w}" in low for w in folded), f"{r.code}: {text}"


def test_lexicon_readme_is_up_to_date(ruleset):
    from hirelint.render.markdown import rules_markdown

    readme = resources.lexicon_dir() / "README.md"
    assert readme.read_text(encoding="utf-8") == rules_markdown(ruleset), (
        "regenerate with: hirelint rules --format md > lexicons/README.md"
    )
