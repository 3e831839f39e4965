"""The rule-based sentence splitter that locates matches."""

from __future__ import annotations

import pytest

from hirelint.nlp.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("Vi söker en säljare. Du har B-körkort.", ["Vi söker en säljare.", "Du har B-körkort."]),
    ("Arbetet är roligt.Tjänsten är på heltid.", ["Arbetet är roligt.", "Tjänsten är på heltid."]),
    ("Du har t.ex. Excel. Vi erbjuder bl.a. friskvård.", ["Du har t.ex. Excel.", "Vi erbjuder bl.a. friskvård."]),
    ("Krav\nDu är noggrann.", ["Krav", "Du är noggrann."]),
    # an enumerator opens a list item; it is not a sentence of its own
    ("2. Du har B-körkort.", ["2. Du har B-körkort."]),
    ("Krav\nb) Du talar svenska. 3) Du är noggrann.", ["Krav", "b) Du talar svenska.", "3) Du är noggrann."]),
    ("IV. Meriterande", ["IV. Meriterande"]),
])
def test_split(text, expected):
    assert _sentences(text) == expected
