"""apply_suggestion is pure and tidies the seam."""

from __future__ import annotations

import pytest

from hirelint.fix import NotApplicable, apply_suggestion
from hirelint.model import Finding, Suggestion


def _finding(text: str, span: str) -> Finding:
    start = text.index(span)
    return Finding(
        code="TST001", category="discrimination", ground="age", severity="error",
        start=start, end=start + len(span), text=span, location="stycke 1",
        message="", why="", legal="", source="",
    )


def test_replacement():
    text = "Du har lång erfarenhet av ekonomiarbete."
    f = _finding(text, "lång erfarenhet")
    out = apply_suggestion(text, f, Suggestion("minst [antal] års erfarenhet", "placeholders"))
    assert out == "Du har minst [antal] års erfarenhet av ekonomiarbete."
    assert text == "Du har lång erfarenhet av ekonomiarbete."  # input untouched


def test_removal_tidies_spaces_and_punctuation():
    text = "Vi söker dig som är driven, ung och glad."
    f = _finding(text, "ung och")
    assert apply_suggestion(text, f, Suggestion("")) == "Vi söker dig som är driven, glad."
    text2 = "Du är glad och ung."
    assert apply_suggestion(text2, _finding(text2, " och ung"), Suggestion("")) == "Du är glad."


def test_removal_at_sentence_start_capitalises_next_word():
    text = "Ung och hungrig säljare sökes."
    f = _finding(text, "Ung och hungrig")
    assert apply_suggestion(text, f, Suggestion("")) == "Säljare sökes."


def test_capital_kept_at_sentence_start():
    text = "Tjänstemän sökes."
    f = _finding(text, "Tjänstemän")
    assert apply_suggestion(text, f, Suggestion("handläggare")) == "Handläggare sökes."


def test_advice_is_not_applicable():
    text = "Du är stresstålig."
    with pytest.raises(NotApplicable):
        apply_suggestion(text, _finding(text, "stresstålig"), Suggestion("Beskriv arbetsbelastningen.", "advice"))


def test_stale_text_is_refused():
    text = "Du är ung."
    f = _finding(text, "ung")
    with pytest.raises(ValueError):
        apply_suggestion("Du är glad.", f, Suggestion("erfaren"))


def test_removal_between_commas_drops_both():
    text = "Vi söker dig, 25–35 år, som vill arbeta med oss."
    f = _finding(text, "25–35 år")
    assert apply_suggestion(text, f, Suggestion("")) == "Vi söker dig som vill arbeta med oss."
    text2 = "Du är glad, ung."
    assert apply_suggestion(text2, _finding(text2, "ung"), Suggestion("")) == "Du är glad."
