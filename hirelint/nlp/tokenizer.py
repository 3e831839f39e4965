"""Tokenizer adjustments for Swedish job-ad text.

The function :func:`customize_tokenizer` is applied once, at training time
(see ``training/callbacks.py``), so that the shipped pipeline in
``hirelint/nlp/sv_hirelint`` carries the adjusted rules in its serialized
tokenizer.  Loading the model needs no custom code.  Every change made here is
expressed as tokenizer special cases or as a single regular expression
(``token_match``), because only those survive ``nlp.to_disk()``.
"""

from __future__ import annotations

import re
from typing import Dict, Iterable, List

from spacy.language import Language
from spacy.symbols import ORTH

__all__ = [
    "AD_ABBREVIATIONS",
    "COLLIDING_EXCEPTIONS",
    "EMAIL_PATTERN",
    "customize_tokenizer",
]

# Abbreviations common in Swedish job ads that must stay one token (with their
# periods).  Several are already spaCy defaults; listing them here keeps the
# behaviour explicit and guarded by tests.  Capitalised variants are added
# automatically for sentence-initial use ("T.ex.", "Ca.").
AD_ABBREVIATIONS: List[str] = [
    "bl.a.",
    "t.ex.",
    "inkl.",
    "exkl.",
    "ca",
    "ca.",
    "m.m.",
    "o.s.v.",
    "osv.",
    "d.v.s.",
    "dvs.",
    "fr.o.m.",
    "t.o.m.",
    "t.v.",
    "p.g.a.",
    "s.k.",
    "m.fl.",
    "f.d.",
    "f.n.",
    "m.h.a.",
    "o.dyl.",
    "enl.",
    "ök.",
    "ö.k.",
    "omg.",
    "tfn.",
    "tel.",
    "avd.",
    "resp.",
    "ev.",
    "etc.",
]

# Default Swedish exceptions of the form "<word>." whose <word> is also an
# ordinary Swedish word (plus "kr.").  At the end of a sentence ("Du är ung.", "Bilen är
# min.", "Vi installerar el.") the exception would glue the full stop to the
# word, hiding the sentence end and the real word from the tagger and the
# parser.  They are removed, in lower-case and capitalised form.
COLLIDING_EXCEPTIONS: List[str] = [
    "ung.",  # adjective "young" (not "ungefär" in ads)
    "lat.",  # adjective "lazy"
    "min.",  # pronoun "my/mine"
    "max.",  # noun "max" ("som max.")
    "kap.",  # noun "bargain"
    "kor.",  # noun "cows"
    "mos.",  # noun "mash"
    "el.",  # noun "electricity"
    "mån.",  # noun "extent" ("i viss mån.")
    "ö.",  # noun "island"
    # Not a word, but "kr" is written without a period in running text, so
    # "kr." is nearly always "kr" + sentence end: "Lönen är 30 000 kr."
    "kr.",
]

# An e-mail address is one token.  The expression is anchored with "$" because
# spaCy reloads ``token_match`` as ``re.compile(pattern).match``; the address
# must not end in "." so that a sentence-final full stop is split off.
EMAIL_PATTERN = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}$"


def _variants(orths: Iterable[str]) -> List[str]:
    out: List[str] = []
    for orth in orths:
        for variant in (orth, orth[:1].upper() + orth[1:]):
            if variant not in out:
                out.append(variant)
    return out


def customize_tokenizer(nlp: Language) -> Language:
    """Adjust ``nlp.tokenizer`` in place for Swedish job-ad text.

    * Keeps the ad abbreviations in :data:`AD_ABBREVIATIONS` ("bl.a.",
      "t.ex.", "inkl.", "ca", "m.m.", "o.s.v.", "fr.o.m.", ...) as one token,
      also when capitalised.
    * Removes the default exceptions in :data:`COLLIDING_EXCEPTIONS` (e.g.
      "ung.") so that "Du är ung." ends in the adjective "ung" plus ".".
    * Keeps e-mail addresses as one token (URLs already are, through spaCy's
      ``url_match``); hyphenated compounds such as "B-körkort", "CE-körkort"
      and "IT-kille" are kept by the default Swedish infix rules.

    The changes are plain special cases and a ``token_match`` regular
    expression, so they are saved with the pipeline.  The function is
    idempotent and returns ``nlp`` for convenience.
    """
    tokenizer = nlp.tokenizer
    rules: Dict[str, List[Dict[int, str]]] = dict(tokenizer.rules or {})
    for orth in _variants(COLLIDING_EXCEPTIONS):
        rules.pop(orth, None)
    for orth in _variants(AD_ABBREVIATIONS):
        rules[orth] = [{ORTH: orth}]
    # Assigning the whole dict flushes the tokenizer cache and reloads the
    # special cases.
    tokenizer.rules = rules
    tokenizer.token_match = re.compile(EMAIL_PATTERN).match
    return nlp
