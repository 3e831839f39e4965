"""Token patterns from the lexicons, compiled to regexes plus cheap trigger words.

Pattern syntax (docs/lexicon-format.md): words separated by spaces, ``a|b`` alternatives,
``stem*`` prefixes, ``…`` a gap of 0–3 words. Matching is case-insensitive on whole words
(Unicode word characters; a hyphen binds, so "körkort" never matches inside "B-körkort").

Each compiled pattern also yields *triggers*: words (or prefixes, or compound heads) of which
one must occur in a text for the pattern to possibly match. The engine looks triggers up in a
dict per unique word, which is what keeps linting fast: regexes only run where a trigger is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

WORD = regex.compile(r"\w+")
GAP = "…"
# A hyphen binds only between word characters: "B-körkort" is one word, but a list dash
# written tight ("-B-körkort") or a trailing dash does not hide the word.
LEFT = r"(?<!\w)(?<!\w-)"
RIGHT = r"(?!\w)(?!-\w)"
FLAGS = regex.IGNORECASE


@dataclass
class Triggers:
    """Words that make a rule a candidate: exact words, word prefixes, compound heads."""

    exact: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    suffixes: set[str] = field(default_factory=set)
    always: bool = False

    def update(self, other: "Triggers") -> None:
        self.exact |= other.exact
        self.prefixes |= other.prefixes
        self.suffixes |= other.suffixes
        self.always = self.always or other.always


class PatternError(ValueError):
    """A token pattern that cannot be compiled."""


def _alt_regex(alt: str) -> str:
    if alt.endswith("*"):
        stem = alt[:-1]
        if not stem:
            raise PatternError("ett ensamt * matchar allt")
        return regex.escape(stem, special_only=True) + r"[\w-]*"
    return regex.escape(alt, special_only=True)


def _token_regex(token: str) -> str:
    alts = [a for a in token.split("|")]
    if any(not a for a in alts):
        raise PatternError(f"tomt alternativ i {token!r}")
    alts.sort(key=len, reverse=True)  # longest first so "unga" wins over "ung"
    return "(?:" + "|".join(_alt_regex(a) for a in alts) + ")"


def token_pattern_regex(pattern: str) -> str:
    """Regex source for one token pattern (without the outer word boundaries)."""
    tokens = pattern.split()
    if not tokens:
        raise PatternError("tomt mönster")
    if tokens[0] == GAP or tokens[-1] == GAP:
        raise PatternError("ett mönster kan inte börja eller sluta med …")
    out = []
    pending_gap = False
    for tok in tokens:
        if tok == GAP:
            pending_gap = True
            continue
        if out:
            out.append(r"(?:\s+\S+){0,3}?\s+" if pending_gap else r"\s+")
        out.append(_token_regex(tok))
        pending_gap = False
    return "".join(out)


def compound_regex(heads: list[str]) -> str:
    """Regex for compounds ending in one of ``heads``: modifier of 2+ letters, optional hyphen."""
    alts = sorted({a for h in heads for a in h.split("|")}, key=len, reverse=True)
    body = "|".join(_alt_regex(a) for a in alts)
    return rf"\w{{2,}}?-?(?:{body})"


def compile_patterns(patterns: list[str], compounds: list[str]) -> str:
    """One regex source for a rule's ``match`` and ``compounds``, bounded by word edges."""
    parts = [token_pattern_regex(p) for p in patterns]
    if compounds:
        parts.append(compound_regex(compounds))
    if not parts:
        raise PatternError("regeln har varken match eller compounds")
    return LEFT + "(?:" + "|".join(parts) + ")" + RIGHT


def _alt_trigger(alt: str) -> tuple[str, bool]:
    """The longest word part of one alternative, and whether it is a prefix."""
    is_prefix = alt.endswith("*")
    body = alt[:-1] if is_prefix else alt
    words = WORD.findall(body.lower())
    if not words:
        raise PatternError(f"{alt!r} innehåller inget ord")
    longest = max(words, key=len)
    return longest, is_prefix and longest == words[-1] and body.lower().endswith(longest)


def pattern_triggers(pattern: str) -> Triggers:
    """Triggers of one token pattern: the alternatives of its most selective token."""
    tokens = [t for t in pattern.split() if t != GAP]
    best = max(tokens, key=lambda t: min(len(a.rstrip("*")) for a in t.split("|")))
    trig = Triggers()
    for alt in best.split("|"):
        word, is_prefix = _alt_trigger(alt)
        (trig.prefixes if is_prefix else trig.exact).add(word)
    return trig


def compound_triggers(heads: list[str]) -> Triggers:
    """Compound heads are looked up as word suffixes (the full word counts as a suffix too)."""
    trig = Triggers()
    for head in heads:
        for alt in head.split("|"):
            word, is_prefix = _alt_trigger(alt)
            if is_prefix:
                raise PatternError(f"sammansättningsled kan inte vara prefix: {alt!r}")
            trig.suffixes.add(word)
    return trig


def word_list_triggers(words: list[str]) -> Triggers:
    """Triggers for ``pattern`` rules: each entry is a word, ``stem*`` (prefix) or ``*head``
    (a word ending in head, for compounds: ``*tjej`` triggers on "servicetjej")."""
    trig = Triggers()
    for w in words:
        if w.startswith("*"):
            word, _ = _alt_trigger(w[1:])
            trig.suffixes.add(word)
            continue
        word, is_prefix = _alt_trigger(w)
        (trig.prefixes if is_prefix else trig.exact).add(word)
    return trig
