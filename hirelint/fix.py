"""apply_suggestion: the one pure function that turns a finding plus a suggestion into new text.

The CLI, the Word writer and the desktop app all use it, so a rewrite reads the same everywhere.
The seam is tidied: no double spaces, no space before punctuation, and a capital letter kept at
the start of a sentence when the first word was removed.
"""

from __future__ import annotations

from hirelint.model import Finding, Suggestion

_PUNCT = ",.;:!?)"
_CONJUNCTIONS = ("och", "samt", "eller")


def _last_word(text: str) -> str:
    return text.rsplit(None, 1)[-1].lower() if text.split() else ""


def _first_word(text: str) -> str:
    return text.split(None, 1)[0].lower() if text.split() else ""


_CLAUSE_OPENERS = frozenset("du vi ni de det man han hon hen jag som att där när vilket".split())


def _opens_clause(after: str) -> bool:
    """Whether the words after a conjunction start a clause ("och du ska …"), not a member."""
    words = after.split(None, 2)
    return len(words) > 1 and words[1].lower().strip(",.") in _CLAUSE_OPENERS


def _close_coordination(before: str, after: str, removed: str) -> tuple[str, str]:
    """Close the gap a removed member leaves in a coordination: "erfarna och [motiverade]
    medarbetare" -> "erfarna medarbetare"; "är [ung] och driven" -> "är driven"; "är [ung],
    driven och glad" -> "är driven och glad"; "driven, [ung] och glad" -> "driven och glad"."""
    if _last_word(before) in _CONJUNCTIONS and (not after or after[:1] in _PUNCT):
        # "X och [Y]." -> "X."
        return before.rsplit(None, 1)[0].rstrip(" ,") if len(before.split()) > 1 else "", after
    if _last_word(before) in _CONJUNCTIONS and after[:1].isalpha():
        # "X och [Y] Z": the conjunction goes with the removed member; "X och [Y] och Z" keeps
        # one conjunction.
        if _first_word(after) in _CONJUNCTIONS:
            return before, after.split(None, 1)[1] if len(after.split(None, 1)) > 1 else ""
        return before.rsplit(None, 1)[0].rstrip(" ") if len(before.split()) > 1 else "", after
    if not removed[:1].isalnum() or not removed[-1:].isalnum():
        return before, after  # the span took its own comma or conjunction with it
    if before.endswith(",") and _first_word(after) in _CONJUNCTIONS:
        return before[:-1].rstrip(" "), after
    if _first_word(after) in _CONJUNCTIONS and not before.endswith(",") and not _opens_clause(after):
        # "[Y] och Z" at the start of a coordination: the conjunction after it goes.
        rest = after.split(None, 1)
        return before, rest[1] if len(rest) > 1 else ""
    if after.startswith(",") and before and before[-1:].isalpha():
        # "[Y], Z och W": the comma after the first member goes.
        return before, after[1:].lstrip(" ")
    return before, after


class NotApplicable(ValueError):
    """The suggestion is advice, not a replacement."""


def apply_suggestion(text: str, finding: Finding, suggestion: Suggestion) -> str:
    """Return ``text`` with ``finding``'s span replaced by ``suggestion``. Pure; never mutates.

    Raises NotApplicable for advice suggestions and ValueError if the span no longer holds the
    flagged text (the text changed since linting).
    """
    if suggestion.applicability == "advice":
        raise NotApplicable("Förslaget är ett råd, inte en omskrivning.")
    start, end = finding.start, finding.end
    if text[start:end] != finding.text:
        raise ValueError("Texten har ändrats sedan granskningen; granska igen.")
    if suggestion.start is not None and suggestion.end is not None:
        # A requirement's rewrite: it replaces the whole requirement, which holds the finding.
        if not (suggestion.start <= start and end <= suggestion.end <= len(text)):
            raise ValueError("Förslaget gäller en annan del av texten; granska igen.")
        return text[: suggestion.start] + suggestion.text + text[suggestion.end:]
    before, after = text[:start], text[end:]
    replacement = suggestion.text
    # A cell of a table written as text ("Maskiner | Vana vid …") starts like a sentence.
    at_sentence_start = not before.strip() or before.rstrip(" \t")[-1:] in ".!?\n:•-|\t"
    if not replacement:
        # Removing a word: join the neighbours with a single space, or none before punctuation.
        before_stripped = before.rstrip(" ")
        after_stripped = after.lstrip(" ")
        if before_stripped.endswith(",") and after_stripped[:1] in (",", ".", ";", ":", "!", "?"):
            # An interjection removed between commas: "dig, 25–35 år, som" -> "dig som".
            before_stripped = before_stripped[:-1].rstrip(" ")
            if after_stripped[:1] == ",":
                after_stripped = after_stripped[1:].lstrip(" ")
        before_stripped, after_stripped = _close_coordination(before_stripped, after_stripped, finding.text)
        if after_stripped[:1] in _PUNCT or not after_stripped or before_stripped[-1:] in "(\n" or not before_stripped:
            sep = ""
        else:
            sep = " "
        if at_sentence_start and after_stripped[:1].isalpha():
            after_stripped = after_stripped[0].upper() + after_stripped[1:]
        return before_stripped + sep + after_stripped
    if at_sentence_start and finding.text[:1].isupper():
        replacement = replacement[0].upper() + replacement[1:]
    if replacement[-1:] == " " and after[:1] == " ":
        replacement = replacement.rstrip(" ")
    return before + replacement + after
