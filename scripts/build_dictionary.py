"""Derive hirelint's small word lists from SAOL 14 (the `saol` package, CC BY 4.0).

The linter's cheap analysis needs two facts a pattern list cannot give productively: whether a
word is an adjective (so "en stark och bestämd man" is a noun phrase and "man arbetar" is the
pronoun; so "Du måste vara X" asks for a trait) and which "-man" nouns are established Swedish
words (so an English "-man" title such as "salesman" stands out). SAOL is a real dictionary with
parts of speech and inflection; it is read once here, at build time, and the derived lists ship in
`lexicons/dictionary/` (attribution in NOTICE). Run: `pip install saol && python scripts/build_dictionary.py`.
"""

from __future__ import annotations

import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "lexicons" / "dictionary"
HEADER = "# Derived from SAOL 14 (Svenska Akademien, CC BY 4.0) by scripts/build_dictionary.py\n"


def _forms(base: str, conj: str) -> set[str]:
    """The inflected forms SAOL's short notation gives for an adjective ("+t +a", "-grant +a")."""
    forms = {base}
    if not conj or conj == "(null)":
        return forms
    for tok in re.split(r"[\s,;]+", conj):
        tok = tok.strip("().")
        if not tok or tok in {"el", "best", "och", "pl", "n", "sg", "r"} or ":" in tok:
            continue
        if tok.startswith("+"):
            forms.add(base + tok[1:])
        elif tok.startswith("-"):
            tail = tok[1:]
            for k in range(len(tail), 1, -1):
                at = base.rfind(tail[:k])
                if at > 0:
                    forms.add(base[:at] + tail)
                    break
        elif tok.isalpha():
            forms.add(tok)
    return forms


_DEMONYM_ENDINGS = ("ier", "are", "er", "e", "an", "")
# Nouns that share a stem with a place but name things ("jord" ~ "jordisk" ~ "Jordanien").
_NOT_DEMONYMS = frozenset({"jord", "gall", "latin", "indie", "basar", "galler", "israel", "arkad"})


def _noun_plurals(base: str, conj: str) -> set[str]:
    """Plural forms (indefinite and definite) from SAOL's noun notation ("+en +er", "+n; pl. +")."""
    forms = {base}
    tokens = re.split(r"[\s,;]+", conj or "")
    for i, tok in enumerate(tokens):
        tok = tok.strip("().")
        if tok == "+" and i and tokens[i - 1] == "pl.":
            forms.add(base)
        elif tok.startswith("+") and tok[1:] in ("er", "ar", "r", "or"):
            forms.add(base + tok[1:])
        elif tok.isalpha() and tok not in ("pl", "best", "el", "och"):
            forms.add(tok)
    return forms | {f + "na" for f in forms if f.endswith("r")} | {f + "arna" for f in forms if f == base and f.endswith("ier")}


def demonyms(entries) -> set[str]:
    """Nouns for people of a nation or ethnic group, with their plurals: a noun whose stem
    gives an adjective in -sk that names a place SAOL also lists ("kurd" ~ "kurdisk" ~
    "Kurdistan"). Professions in -iker ("tekniker" ~ "teknisk") are left out."""
    places = {e.word.lower() for e in entries if e.upos == "X" and e.word[:1].isupper()}
    adjectives = {e.word for e in entries if e.upos == "ADJ" and e.word.endswith("sk")}
    fold = str.maketrans("åäö", "aao")  # "thailänd-" ~ "Thailand"
    place_prefixes = {p.translate(fold)[:k] for p in places for k in range(3, len(p) + 1)}
    out: set[str] = set()
    for e in entries:
        n = e.word
        if e.upos != "NOUN" or not n.isalpha() or not n.islower() or n.endswith("iker"):
            continue
        for end in _DEMONYM_ENDINGS:
            if end and not n.endswith(end):
                continue
            stem = n[: len(n) - len(end)] if end else n
            if len(stem) < 4 or n in _NOT_DEMONYMS:
                continue
            if (stem + "isk" in adjectives or stem + "sk" in adjectives) and stem.translate(fold) in place_prefixes:
                out |= _noun_plurals(n, e.conj)
                break
    return out


def main() -> None:
    from saol import saol14

    adjectives: set[str] = set()
    man_nouns: set[str] = set()
    words: set[str] = set()
    verbs: set[str] = set()
    for e in saol14:
        if e.upos == "VERB" and e.word.isalpha():
            verbs.add(e.word.lower())
        if e.upos in ("NOUN", "ADJ", "VERB") and e.word.isalpha():
            words.add(e.word.lower())
        w = e.word
        if not w.isalpha() or not w.islower():
            continue
        if e.upos == "ADJ":
            adjectives |= {f.lower() for f in _forms(w, e.conj)}
        elif e.upos == "NOUN" and w.endswith("man") and len(w) > 4 and "-män" in e.conj:
            man_nouns.add(w)
    people = demonyms(saol14)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "demonyms.txt").write_text(HEADER + "\n".join(sorted(people)) + "\n", encoding="utf-8")
    (OUT / "adjectives.txt").write_text(HEADER + "\n".join(sorted(adjectives)) + "\n", encoding="utf-8")
    (OUT / "verbs.txt").write_text(HEADER + "\n".join(sorted(verbs)) + "\n", encoding="utf-8")
    (OUT / "words.txt").write_text(HEADER + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    (OUT / "man_nouns.txt").write_text(HEADER + "\n".join(sorted(man_nouns)) + "\n", encoding="utf-8")
    print(f"{len(adjectives)} adjective forms, {len(man_nouns)} -man nouns, {len(people)} demonym forms -> {OUT}")


if __name__ == "__main__":
    main()
