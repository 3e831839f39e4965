"""A RuleSet: every rule from the bundled and extra lexicon folders, indexed by trigger word.

``candidates(words)`` answers, for the unique lower-case words of a text, which rules could
match there. Answers are memoised per word, so on a batch the lookup cost falls towards zero.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Optional

import regex

from hirelint import resources
from hirelint.rules.patterns import Triggers
from hirelint.rules.schema import (
    Balance,
    LexiconError,
    Rule,
    Tables,
    load_rules_file,
    load_yaml,
)

SHARED_FILES = ("sources.yaml", "legal.yaml", "context.yaml", "concepts.yaml", "roles.yaml", "client_questions.yaml")
_MIN_AFFIX = 2


def load_tables(folders: Iterable[Path]) -> Tables:
    """Merge sources, legal bases and context sets; later folders may add or override keys."""
    tables = Tables(sources={}, legal={}, context={}, concepts={}, roles={}, client_questions={})
    for folder in folders:
        for name, target in (
            ("sources.yaml", tables.sources),
            ("legal.yaml", tables.legal),
            ("context.yaml", tables.context),
            ("concepts.yaml", tables.concepts),
            ("roles.yaml", tables.roles),
            ("client_questions.yaml", tables.client_questions),
        ):
            path = folder / name
            if path.exists():
                data = load_yaml(path) or {}
                if not isinstance(data, dict):
                    raise LexiconError(f"{path}: ska vara en mappning")
                if name == "context.yaml" and "allow" in data and "allow" in target:
                    data = {**data, "allow": list(target["allow"]) + list(data["allow"] or [])}
                target.update(data)
    return tables


@dataclass
class _Index:
    exact: dict[str, set[int]] = field(default_factory=dict)
    prefixes: dict[str, set[int]] = field(default_factory=dict)
    suffixes: dict[str, set[int]] = field(default_factory=dict)
    always: set[int] = field(default_factory=set)
    max_prefix: int = 0
    max_suffix: int = 0

    def add(self, idx: int, trig: Triggers) -> None:
        for w in trig.exact:
            self.exact.setdefault(w, set()).add(idx)
        for w in trig.prefixes:
            self.prefixes.setdefault(w, set()).add(idx)
            self.max_prefix = max(self.max_prefix, len(w))
        for w in trig.suffixes:
            self.suffixes.setdefault(w, set()).add(idx)
            self.max_suffix = max(self.max_suffix, len(w))
        if trig.always:
            self.always.add(idx)

    def lookup(self, word: str) -> frozenset[int]:
        hits: set[int] = set()
        got = self.exact.get(word)
        if got:
            hits |= got
        if self.prefixes:
            for k in range(_MIN_AFFIX, min(len(word), self.max_prefix) + 1):
                got = self.prefixes.get(word[:k])
                if got:
                    hits |= got
        if self.suffixes:
            # only suffixes as long as the longest in the index: linear in the word's length
            for k in range(max(0, len(word) - self.max_suffix), len(word) - _MIN_AFFIX + 1):
                got = self.suffixes.get(word[k:])
                if got:
                    hits |= got
        return frozenset(hits)


class RuleSet:
    """Compiled rules with a trigger index, the balance section and the shared context tables."""

    def __init__(self, rules: list[Rule], balance: Optional[Balance], tables: Tables):
        codes: dict[str, str] = {}
        for r in rules:
            if r.code in codes:
                raise LexiconError(f"koden {r.code} finns både i {codes[r.code]} och {r.origin}")
            codes[r.code] = r.origin
        self.rules = rules
        self.by_code = {r.code: r for r in rules}
        # Concept rules by (mechanism, ground or "vague"): what reports each concept hit.
        self.concept_rules = {
            (r.mechanism, r.ground or "vague"): r for r in rules if r.kind == "concept"
        }
        self.balance = balance
        self.tables = tables
        allow = [w.lower() for w in tables.context.get("allow") or []]
        self.allow = frozenset(allow)
        self._index = _Index()
        for i, r in enumerate(rules):
            self._index.add(i, r.triggers)
        self._balance_index = _Index()
        if balance:
            self._balance_index.add(0, balance.triggers_m)
            self._balance_index.add(1, balance.triggers_f)
        self._memo: dict[str, frozenset[int]] = {}
        self._balance_memo: dict[str, frozenset[int]] = {}
        ctx = tables.context
        self.context_rx = {
            name: regex.compile(src, regex.IGNORECASE)
            for name, src in ctx.items()
            if isinstance(src, str)
        }

    def compile_all(self) -> None:
        """Compile every rule's regexes now rather than on first use (a long-running worker or a
        batch pays this once up front; raises LexiconError on a bad pattern)."""
        from hirelint.rules.schema import validate_rule

        for r in self.rules:
            validate_rule(r)
        if self.balance:
            self.balance.masculine.compiled, self.balance.feminine.compiled

    def candidates(self, words: Iterable[str]) -> list[Rule]:
        """Rules that may match a text with these unique lower-case words, in lexicon order."""
        memo = self._memo
        idx: set[int] = set(self._index.always)
        for w in words:
            hit = memo.get(w)
            if hit is None:
                hit = memo[w] = self._index.lookup(w)
            if hit:
                idx |= hit
        return [self.rules[i] for i in sorted(idx)]

    def has_balance_words(self, words: Iterable[str]) -> bool:
        """Whether any gender-coded balance word may occur among these words."""
        if not self.balance:
            return False
        memo = self._balance_memo
        for w in words:
            hit = memo.get(w)
            if hit is None:
                hit = memo[w] = self._balance_index.lookup(w)
            if hit:
                return True
        return False

    def configured(
        self,
        disable: Iterable[str] = (),
        severity: Optional[dict] = None,
        allow: Iterable[str] = (),
    ) -> "RuleSet":
        """A copy with rules switched off (codes, categories or grounds), severities overridden
        and extra allow-listed words."""
        off = {d.lower() for d in disable}
        severity = severity or {}
        kept = []
        for r in self.rules:
            if {r.code.lower(), r.category, (r.ground or "")} & off:
                continue
            if r.code in severity:
                r = r.with_severity(severity[r.code])
            kept.append(r)
        balance = None if (self.balance and ({self.balance.code.lower(), "gender-coded"} & off)) else self.balance
        tables = Tables(
            sources=self.tables.sources,
            legal=self.tables.legal,
            concepts=self.tables.concepts,
            roles=self.tables.roles,
            client_questions=self.tables.client_questions,
            context={**self.tables.context, "allow": list(self.tables.context.get("allow") or []) + list(allow)},
        )
        return RuleSet(kept, balance, tables)


def lexicon_files(folder: Path) -> list[Path]:
    """Rules files in a folder (everything but the shared tables), sorted by name."""
    return sorted(p for p in folder.glob("*.yaml") if p.name not in SHARED_FILES)


def load_ruleset(extra_folders: Iterable[Path] = (), include_bundled: bool = True) -> RuleSet:
    """Load the bundled lexicons plus any extra folders (an office's own lexicons)."""
    folders = ([resources.lexicon_dir()] if include_bundled else []) + [Path(f) for f in extra_folders]
    for f in folders:
        if not f.is_dir():
            raise LexiconError(f"lexikonmappen finns inte: {f}")
    tables = load_tables(folders)
    rules: list[Rule] = []
    balance = None
    bundled = resources.lexicon_dir().resolve() if include_bundled else None
    for folder in folders:
        for path in lexicon_files(folder):
            file_rules, file_balance = load_rules_file(path, tables, validate=folder.resolve() != bundled)
            rules.extend(file_rules)
            if file_balance:
                balance = file_balance
    return RuleSet(rules, balance, tables)


def replace_rules(ruleset: RuleSet, rules: list[Rule]) -> RuleSet:
    """A RuleSet with the same tables and balance but other rules (used by test-lexicon)."""
    return RuleSet(rules, ruleset.balance, replace(ruleset.tables))
