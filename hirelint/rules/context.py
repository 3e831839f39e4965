"""Context filters: decide whether a lexicon match really is a finding in its sentence.

Each filter answers one question about the words around a match, the way a careful reader
would: is the demand negated, is the sentence an inclusion statement, who is described (the
candidate, or clients, pupils, the company), and is a vague requirement already screenable.
With the trained pipeline, dependencies refine "who is described"; without it the word-window
heuristics below decide alone.
"""

from __future__ import annotations

from typing import Optional

import regex

from hirelint.rules.schema import Rule

_WORDS = regex.compile(r"[\w][\w\-–]*")
_CLAUSE_BREAK = regex.compile(r"[,;:()\[\]–—]|\s(?:men|samt|eller)\s")
WINDOW = 4


def words_before(sentence: str, rel_start: int, n: int = WINDOW) -> str:
    """The last ``n`` words before a position, as a string."""
    return " ".join(_WORDS.findall(sentence[:rel_start])[-n:])


def words_after(sentence: str, rel_end: int, n: int = WINDOW) -> str:
    """The first ``n`` words after a position, as a string."""
    return " ".join(_WORDS.findall(sentence[rel_end:])[:n])


def clause_bounds(sentence: str, rel_start: int, rel_end: int) -> tuple[int, int]:
    """The clause around a match: between the nearest breaks (comma, colon, "men" …)."""
    left = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, rel_start):
        left = m.end()
    right = len(sentence)
    m = _CLAUSE_BREAK.search(sentence, rel_end)
    if m:
        right = m.start()
    return left, right


class ContextFilter:
    """Applies a rule's context conditions to one match in one sentence."""

    def __init__(self, rx: dict[str, regex.Pattern], requirement_negated=None):
        self.rx = rx
        # (sentence, start, end) -> bool: a negated requirement, from the concept analysis.
        self.requirement_negated = requirement_negated
        # Sentence-level answers, asked once per match: a sentence dense with findings would
        # otherwise be read again for each one.
        self._answers: dict[tuple, bool] = {}

    def _has(self, name: str, text: str) -> bool:
        key = (name, text)
        got = self._answers.get(key)
        if got is None:
            pattern = self.rx.get(name)
            got = bool(pattern and pattern.search(text))
            self._remember(key, got)
        return got

    def _remember(self, key: tuple, value: bool) -> None:
        if len(self._answers) > 4096:
            self._answers.clear()
        self._answers[key] = value

    def _sentence_matches(self, rx, sentence: str) -> bool:
        key = (id(rx), sentence)
        got = self._answers.get(key)
        if got is None:
            got = bool(rx.search(sentence))
            self._remember(key, got)
        return got

    def negated(self, sentence: str, rel_start: int, rel_end: int) -> bool:
        """A negation cue just before the match in its clause, or a negated demand after it."""
        left, right = clause_bounds(sentence, rel_start, rel_end)
        before = " ".join(_WORDS.findall(sentence[left:rel_start])[-3:])
        if self._has("negation", before):
            return True
        after_rx = self.rx.get("negation_after")
        return bool(after_rx and after_rx.search(sentence[rel_end:right]))

    def inclusion(self, sentence: str) -> bool:
        """Whether the sentence is an inclusion statement ("oavsett ålder, kön …")."""
        return self._has("inclusion", sentence)

    def about_others(self, sentence: str, rel_start: int) -> bool:
        """Whether the match describes clients, pupils or the company rather than the candidate."""
        apposition = self.rx.get("client_apposition")
        if apposition and apposition.search(sentence[:rel_start]):
            return True
        clients = self.rx.get("clients")
        if clients:
            # "Eleverna kommer från över 40 länder och många har …": a sentence whose subject is
            # the people served, with no word for the candidate in it, describes them.
            first = _WORDS.findall(sentence[:rel_start])[:2]
            if first and any(clients.fullmatch(w) for w in first) and not regex.search(
                r"\b(?:du|dig|din|ditt|dina|sökande|kandidat\w*|konsult\w*|vi\s+söker)\b", sentence, regex.I
            ):
                return True
            # "elever med arabiska eller somaliska som modersmål": a phrase with "med" after a
            # client noun describes that noun, however long it is.
            pp = _WITH_PHRASE.search(sentence[:rel_start])
            if pp and clients.fullmatch(pp.group(1)):
                return True
            window = _WORDS.findall(sentence[:rel_start])[-WINDOW:]
            # Words before the candidate's own pronoun, or before a main-clause verb, belong to
            # another phrase: "Som lärare för våra elever ska du vara …", "… med fru och barn och
            # är pålitlig". A relative clause still hangs on the client: "ungdomar som är 16 år".
            for i in range(len(window) - 1, -1, -1):
                w = window[i].lower()
                if w in _CANDIDATE_WORDS:
                    window = window[i + 1:]
                    break
                if w in _MAIN_VERBS:
                    j = i - 1
                    while j >= 0 and window[j].lower() in _MODALS:  # "patienterna ska vara"
                        j -= 1
                    prev = window[j].lower() if j >= 0 else ""
                    if prev in _RELATIVES:
                        continue
                    if prev and clients.fullmatch(prev):
                        return True  # the client is the subject: "Målgruppen är unga vuxna"
                    window = window[i + 1:]
                    break
            for w in window:
                if clients.fullmatch(w):
                    return True
        if (self._has("company", sentence) or self._has("organisation_subject", sentence)) and not self._has(
            "candidate_cues", sentence
        ):
            return True
        if (
            self._has("care_recipient", sentence)
            and not self._has("preference", sentence)  # "Kunden vill ha en äldre dam som …"
            and not regex.search(r"\b(?:du|dig|din|ditt|dina)\b", sentence, regex.IGNORECASE)
        ):
            return True
        return False

    def screenable(self, sentence: str) -> bool:
        """Whether the sentence already states a yardstick (years, GERS level, test …)."""
        return self._has("screenable", sentence)

    def quiet(
        self,
        rule: Rule,
        sentence: str,
        rel_start: int,
        rel_end: int,
        doc=None,
    ) -> Optional[str]:
        """The reason to stay quiet about this match, or None when it is a finding."""
        ctx = rule.context
        if ctx.only_sentence and not self._sentence_matches(ctx.only_sentence, sentence):
            return "only_sentence"
        if ctx.unless_sentence and self._sentence_matches(ctx.unless_sentence, sentence):
            return "unless_sentence"
        if ctx.unless_before and ctx.unless_before.search(words_before(sentence, rel_start)):
            return "unless_before"
        if ctx.unless_after and ctx.unless_after.search(words_after(sentence, rel_end)):
            return "unless_after"
        if ctx.negatable:
            if rule.negates == "requirement" and self.requirement_negated is not None:
                if self.requirement_negated(sentence, rel_start, rel_end):
                    return "negated"
            elif self.negated(sentence, rel_start, rel_end):
                return "negated"
        if ctx.inclusion and rule.category == "discrimination" and self.inclusion(sentence):
            return "inclusion"
        if ctx.target == "candidate":
            if self.about_others(sentence, rel_start):
                return "about-others"
            if doc is not None and not describes_candidate(doc, rel_start, rel_end, self.rx.get("clients")):
                return "about-others (parse)"
        if rule.kind == "requirement" and ctx.screenable and self.screenable(sentence):
            return "screenable"
        return None


_WITH_PHRASE = regex.compile(r"(\w+)\s+med\s+(?:[\w-]+\s+){0,5}$")
_CANDIDATE_WORDS = {"du", "dig", "din", "ditt", "dina", "sökande", "kandidaten", "personen"}
_MODALS = {"ska", "skall", "bör", "måste", "kan", "får", "brukar"}
_MAIN_VERBS = {"är", "har", "blir", "var", "vara", "ha"}
_RELATIVES = {"som", "vilka", "vilket", "vilken", "där"}
_PREPOSITIONS = {"med", "för", "bland", "åt", "hos", "mot", "kring", "inom", "om"}


def describes_candidate(doc, rel_start: int, rel_end: int, clients: Optional[regex.Pattern]) -> bool:
    """Dependency check: False when the match is attached to a client noun or is the object of
    a preposition under a verb ("arbeta med unga"), True otherwise.

    Only used with a parsed Doc (the trained pipeline); the word-window heuristics run first.
    """
    span = doc.char_span(rel_start, rel_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    root = span.root
    # Walk up through modifiers: "i åldern 13–18 år" hangs on "ungdomar"; "unga" on "vuxna".
    node = root
    for _ in range(4):
        if node.head is node:
            break
        if node.dep_ in ("nsubj", "root", "ROOT", "obj", "xcomp", "acl:relcl"):
            break
        node = node.head
        if clients and node.pos_ in ("NOUN", "PROPN") and clients.fullmatch(node.text):
            # "… som är en pigg pensionär": a predicate noun with a copula describes the subject.
            if any(c.dep_ == "cop" for c in node.children):
                return True
            return False
    # A prepositional phrase right after a client noun describes that noun, whichever way the
    # parser attached it ("arbeta med ungdomar i åldern 13–18 år": the phrase is often hung on
    # the verb; nearest attachment is the safer reading here).
    case = next((c for c in root.children if c.dep_ == "case" and c.i < root.i), None)
    if case is not None and case.i > 0 and root.dep_ in ("obl", "nmod"):
        before = doc[case.i - 1]
        if clients and before.pos_ in ("NOUN", "PROPN") and clients.fullmatch(before.text):
            return False
    # An adjective with its own preposition under a verb ("arbeta med unga") is used as a noun
    # and names other people, whatever label the parser gave it (obl, nmod, or a mistaken
    # xcomp); a noun there ("söker dig med B-körkort") is still the candidate's.
    if case is not None and case.lower_ in _PREPOSITIONS:
        return not (root.pos_ == "ADJ" and root.head.pos_ in ("VERB", "AUX"))
    return True
