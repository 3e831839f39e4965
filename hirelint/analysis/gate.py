"""Cheap gates for the concept patterns: a regex runs only where one of its required literals
occurs.

``required_literals`` walks the parse tree of a pattern (the standard library's own parser) and
returns a set of strings of which at least one must occur in any text the pattern matches (or
None when no such set exists). A ``substring in text`` test is far cheaper than a regex scan, and
most sentences of an ad hold none of a pattern's literals, so the scan is skipped there. The gate
never changes what a pattern finds, only whether it is worth running.
"""

from __future__ import annotations

import re
from typing import Optional

import regex

try:  # Python 3.11+
    import re._constants as _sc
    import re._parser as _sp
except ImportError:  # pragma: no cover
    import sre_constants as _sc
    import sre_parse as _sp

_MIN_LITERAL = 3


def _required(items) -> Optional[set[str]]:
    candidates: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= _MIN_LITERAL:
            candidates.append({"".join(run)})
        run.clear()

    for op, av in items:
        if op is _sc.LITERAL:
            run.append(chr(av).lower())
            continue
        flush()
        if op is _sc.SUBPATTERN:
            req = _required(av[-1])
            if req:
                candidates.append(req)
        elif op is _sc.BRANCH:
            union: Optional[set[str]] = set()
            for branch in av[1]:
                req = _required(branch)
                if not req:
                    union = None
                    break
                union |= req
            if union:
                candidates.append(union)
        elif op in (_sc.MAX_REPEAT, _sc.MIN_REPEAT) and av[0] >= 1:
            req = _required(av[2])
            if req:
                candidates.append(req)
    flush()
    if not candidates:
        return None
    # The most selective set: its shortest literal as long as possible, then the fewest.
    return max(candidates, key=lambda s: (min(map(len, s)), -len(s)))


def required_literals(pattern: str, flags: int = re.IGNORECASE) -> Optional[frozenset[str]]:
    """Strings one of which occurs in every match of ``pattern`` (lower case), or None."""
    try:
        parsed = _sp.parse(pattern, flags)
    except (re.error, OverflowError, RecursionError):
        return None
    req = _required(list(parsed))
    return frozenset(req) if req else None


def trie_regex(words) -> str:
    """One regex for a set of literal strings, shaped as a trie so a scan costs the depth of
    the trie per position, not the number of strings ("barn(?:en|et)?|…")."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


class Scope:
    """The sentence under analysis, shared by the patterns of one analyser. On entering a
    sentence one trie scan finds every literal of every pattern that occurs in it; a pattern
    asked about any part of the sentence then opens its gate by a set intersection."""

    __slots__ = ("text", "found", "_literals", "_scan", "_within")

    def __init__(self) -> None:
        self.text: Optional[str] = None
        self.found: frozenset[str] = frozenset()
        self._literals: set[str] = set()
        self._scan = None
        self._within: dict[str, frozenset[str]] = {}

    def register(self, literals: frozenset[str]) -> None:
        self._literals |= literals
        self._scan = None

    def enter(self, sentence: str) -> None:
        if self._scan is None:
            lits = sorted(self._literals)
            self._scan = re.compile("(?=(" + trie_regex(lits) + "))")
            # A literal found also means every literal inside it occurs ("barnen" ⊃ "barn").
            self._within = {a: frozenset(b for b in lits if b in a) for a in lits}
        self.text = sentence.lower()
        found: set[str] = set()
        for m in self._scan.finditer(self.text):
            hit = m.group(1)
            if hit:
                found |= self._within.get(hit, {hit})
        self.found = frozenset(found)


class Gated:
    """A case-insensitive pattern behind its literal gate, compiled with the standard library
    where it can (about twice as fast here) and with ``regex`` otherwise."""

    __slots__ = ("pattern", "_rx", "_literals", "_gate", "_scope")

    def __init__(self, source: str, scope: Optional[Scope] = None):
        """``scope``: the sentence every text given to this pattern is part of, if any."""
        self.pattern = source
        self._scope = scope
        try:
            self._rx = re.compile(source, re.IGNORECASE)
        except (re.error, OverflowError, RecursionError):
            self._rx = regex.compile(source, regex.IGNORECASE | regex.VERSION0)
        self._literals = required_literals(source)
        if scope is not None and self._literals:
            scope.register(self._literals)
        # One literal alternation searched in C beats a Python loop over the literals.
        self._gate = (
            re.compile("|".join(re.escape(lit) for lit in sorted(self._literals, key=len, reverse=True)))
            if self._literals
            else None
        )

    def _open(self, text: str) -> bool:
        if self._gate is None:
            return True
        scope = self._scope
        if scope is None or scope.text is None:
            return self._gate.search(text.lower()) is not None
        return not self._literals.isdisjoint(scope.found)

    def finditer(self, text: str, pos: int = 0, endpos: Optional[int] = None):
        if not self._open(text):
            return iter(())
        return self._rx.finditer(text, pos, len(text) if endpos is None else endpos)

    def search(self, text: str, pos: int = 0, endpos: Optional[int] = None):
        if not self._open(text):
            return None
        return self._rx.search(text, pos, len(text) if endpos is None else endpos)

    def match(self, text: str, pos: int = 0):
        if not self._open(text):
            return None
        return self._rx.match(text, pos)

    def fullmatch(self, text: str):
        if not self._open(text):
            return None
        return self._rx.fullmatch(text)
