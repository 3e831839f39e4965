"""apply_suggestion: the one pure function that turns a finding plus a suggestion into new text.

The CLI, the Word writer and the desktop app all use it, so a rewrite reads the same everywhere.
The seam is tidied: no double spaces, no space before punctuation, and a capital letter kept at
the start of a sentence when the first word was removed.
"""

from __future__ import annotations

from hirelint.model import Finding, Suggestion

_PUNCT = ",.;:!?)"


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
    before, after = text[:start], text[end:]
    replacement = suggestion.text
    at_sentence_start = not before.strip() or before.rstrip()[-1:] in ".!?\n:•-"
    if not replacement:
        # Removing a word: join the neighbours with a single space, or none before punctuation.
        before_stripped = before.rstrip(" ")
        after_stripped = after.lstrip(" ")
        if before_stripped.endswith(",") and after_stripped[:1] in (",", ".", ";", ":", "!", "?"):
            # An interjection removed between commas: "dig, 25–35 år, som" -> "dig som".
            before_stripped = before_stripped[:-1].rstrip(" ")
            if after_stripped[:1] == ",":
                after_stripped = after_stripped[1:].lstrip(" ")
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
