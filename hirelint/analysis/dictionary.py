"""Word facts from SAOL 14 (CC BY 4.0), derived at build time by scripts/build_dictionary.py.

Two questions a pattern list cannot answer for words nobody listed: is this word an adjective
(so "en stark och bestämd man" is a noun phrase, and "Du måste vara X" asks for a trait), and is
this "-man" word an established Swedish noun (so an English title such as "salesman" stands out).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from hirelint import resources


def _read(name: str) -> frozenset[str]:
    path: Path = resources.lexicon_dir() / "dictionary" / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(w for w in lines if w and not w.startswith("#"))


_AUXILIARIES = frozenset(
    "är var blir blev har hade ska skall kan kunde får fick måste bör vill ville brukar kommer".split()
)


class Dictionary:
    """Adjective forms, established "-man" nouns and all SAOL head words, loaded once."""

    def __init__(self) -> None:
        self.adjectives = _read("adjectives.txt")
        self.man_nouns = _read("man_nouns.txt")
        self.words = _read("words.txt")
        self.verbs = _read("verbs.txt")
        self.demonyms = _read("demonyms.txt")

    def is_adjective(self, word: str) -> bool:
        """Whether ``word`` (any case) is a form of a SAOL adjective."""
        return word.lower() in self.adjectives

    def is_verb_form(self, word: str) -> bool:
        """Whether ``word`` looks like a finite or passive form of a SAOL verb ("kommer",
        "passar", "föredras", "ombeds"); a cheap guess from the infinitive, no full paradigm."""
        w = word.lower()
        if w in _AUXILIARIES:
            return True
        stems = (w[:-1], w[:-2] + "a", w[:-1] + "a", w[:-2], w[:-3] + "a", w[:-2] + "ja")
        return (w.endswith("r") or w.endswith("s")) and any(s in self.verbs for s in stems if len(s) > 1)

    def is_word(self, word: str) -> bool:
        """Whether ``word`` is a SAOL head word (or its genitive/linking-s form)."""
        w = word.lower()
        return w in self.words or (w.endswith("s") and w[:-1] in self.words)


@lru_cache(maxsize=1)
def dictionary() -> Dictionary:
    """The shared dictionary (read on first use)."""
    return Dictionary()
