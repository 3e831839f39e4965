"""Checks a lexicon file the way the test suite checks ours (`hirelint test-lexicon FILE`).

Every bad example must fire at exactly its marked span, its fix must be what the first
rewrite produces, and the fixed text must not fire the same rule again; every good example must
stay quiet; codes are unique and no phrase stands in two rules.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from hirelint import resources
from hirelint.engine import Linter
from hirelint.fix import apply_suggestion
from hirelint.model import Document
from hirelint.rules.ruleset import RuleSet, lexicon_files, load_tables
from hirelint.rules.schema import LexiconError, Rule, load_rules_file
from hirelint.nlp.pipeline import NLP


@dataclass(frozen=True)
class Problem:
    """One failed check, tied to a rule code (or the file)."""

    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


def load_with_bundle(path: Path) -> tuple[RuleSet, list[Rule]]:
    """The bundled rule set plus the rules of ``path``; returns (ruleset, the file's rules)."""
    bundled_dir = resources.lexicon_dir()
    path = path.resolve()
    own_dir = path.parent
    folders = [bundled_dir] if own_dir == bundled_dir.resolve() else [bundled_dir, own_dir]
    tables = load_tables(folders)
    rules: list[Rule] = []
    balance = None
    file_rules: list[Rule] = []
    for f in lexicon_files(bundled_dir):
        if f.resolve() == path:
            continue
        r, b = load_rules_file(f, tables)
        rules.extend(r)
        balance = b or balance
    file_rules, file_balance = load_rules_file(path, tables)
    rules.extend(file_rules)
    return RuleSet(rules, file_balance or balance, tables), file_rules


def expanded_phrases(pattern: str, limit: int = 500) -> set[str]:
    """All literal phrases a token pattern stands for (prefixes kept as ``stem*``)."""
    tokens = [t.split("|") for t in pattern.lower().split() if t != "…"]
    size = 1
    for t in tokens:
        size *= len(t)
    if size > limit:
        return {pattern.lower()}
    return {" ".join(p) for p in itertools.product(*tokens)}


def check_rule(linter: Linter, rule: Rule) -> list[Problem]:
    """All example checks of one rule."""
    problems: list[Problem] = []
    if rule.triggers.always:
        problems.append(Problem(rule.code, "pattern-regeln saknar trigger och körs på varje mening (ange trigger)"))
    if not rule.bad:
        problems.append(Problem(rule.code, "saknar dåliga exempel (examples.bad)"))
    if not rule.good:
        problems.append(Problem(rule.code, "saknar bra exempel (examples.good)"))
    rewrite = next((i for i, s in enumerate(rule.suggestions) if s.applicability != "advice"), None)
    if rewrite is not None and rule.bad and not any(b.fix is not None for b in rule.bad):
        problems.append(Problem(rule.code, "har en omskrivning men inget exempel med fix"))
    grouped = rule.mechanism == "trait-group"  # other rules are tested finding by finding
    for ex in rule.bad:
        report = linter.lint(Document.from_text(ex.text), group_traits=grouped, rewrites=False)
        mine = [f for f in report.findings if f.code == rule.code]
        exact = [f for f in mine if (f.start, f.end) == (ex.start, ex.end)]
        if not exact:
            got = ", ".join(f"”{f.text}”" for f in mine) or "inget"
            problems.append(
                Problem(rule.code, f"slår inte till på ”{ex.text[ex.start:ex.end]}” i: {ex.text!r} (fick {got})")
            )
            continue
        if rewrite is None:
            continue
        finding = exact[0]
        try:
            fixed = apply_suggestion(ex.text, finding, finding.suggestions[rewrite])
        except ValueError as exc:
            problems.append(Problem(rule.code, f"förslaget kan inte tillämpas: {exc}"))
            continue
        if ex.fix is not None and fixed != ex.fix:
            problems.append(Problem(rule.code, f"fix blev {fixed!r}, väntade {ex.fix!r}"))
        again = [f for f in linter.lint(Document.from_text(fixed), group_traits=grouped, rewrites=False).findings if f.code == rule.code]
        if again:
            problems.append(Problem(rule.code, f"slår till igen efter omskrivningen: {fixed!r}"))
    for text in rule.good:
        mine = [f for f in linter.lint(Document.from_text(text), group_traits=grouped, rewrites=False).findings if f.code == rule.code]
        if mine:
            problems.append(Problem(rule.code, f"slår till på ett bra exempel (”{mine[0].text}”): {text!r}"))
    return problems


def check_balance(linter: Linter) -> list[Problem]:
    """The balance section's examples: bad texts give the balance finding, good ones do not."""
    bal = linter.ruleset.balance
    if not bal:
        return []
    problems = []
    if not bal.bad or not bal.good:
        problems.append(Problem(bal.code, "balance behöver både bad- och good-exempel"))
    for text in bal.bad:
        if not any(f.code == bal.code for f in linter.lint(Document.from_text(text)).findings):
            problems.append(Problem(bal.code, f"ger ingen obalans på: {text[:80]!r}"))
    for text in bal.good:
        if any(f.code == bal.code for f in linter.lint(Document.from_text(text)).findings):
            problems.append(Problem(bal.code, f"ger obalans på ett balanserat exempel: {text[:80]!r}"))
    return problems


def check_uniqueness(rules: Iterable[Rule]) -> list[Problem]:
    """Codes unique; no literal phrase in two rules."""
    problems = []
    seen_codes: dict[str, str] = {}
    seen_phrases: dict[str, str] = {}
    for r in rules:
        if r.code in seen_codes:
            problems.append(Problem(r.code, f"koden finns redan i {seen_codes[r.code]}"))
        seen_codes[r.code] = r.origin
        for p in r.match_patterns:
            for phrase in expanded_phrases(p):
                other = seen_phrases.get(phrase)
                if other and other != r.code:
                    problems.append(Problem(r.code, f"frasen ”{phrase}” finns även i {other}"))
                seen_phrases[phrase] = r.code
    return problems


def check_file(path: Path, nlp: Optional[NLP] = None) -> list[Problem]:
    """Every check for one lexicon file, against the bundled lexicons."""
    try:
        ruleset, file_rules = load_with_bundle(path)
    except LexiconError as exc:
        return [Problem(path.name, str(exc))]
    linter = Linter(ruleset, nlp=nlp)
    problems = check_uniqueness(ruleset.rules)
    own = {r.code for r in file_rules}
    problems = [p for p in problems if p.code in own]
    for rule in file_rules:
        problems.extend(check_rule(linter, rule))
    if ruleset.balance and ruleset.balance.origin == path.name:
        problems.extend(check_balance(linter))
    return problems
