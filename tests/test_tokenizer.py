"""Tests of hirelint.nlp.tokenizer.customize_tokenizer on spacy.blank("sv")."""

from __future__ import annotations

import pytest
import spacy

from hirelint.nlp.tokenizer import (
    AD_ABBREVIATIONS,
    COLLIDING_EXCEPTIONS,
    customize_tokenizer,
)


@pytest.fixture(scope="module")
def nlp():
    return customize_tokenizer(spacy.blank("sv"))


def words(nlp, text):
    return [t.text for t in nlp(text)]


@pytest.mark.parametrize(
    "abbr", ["bl.a.", "t.ex.", "inkl.", "ca", "m.m.", "o.s.v.", "fr.o.m.", "t.o.m.", "enl.", "ca."]
)
def test_abbreviation_is_one_token(nlp, abbr):
    assert words(nlp, f"Vi erbjuder {abbr} friskvård.") == ["Vi", "erbjuder", abbr, "friskvård", "."]


def test_abbreviations_in_running_text(nlp):
    text = "Du har bl.a. ansvar för t.ex. lager, inkl. inventering, ca 20 timmar m.m. o.s.v. fr.o.m. maj."
    assert words(nlp, text) == [
        "Du", "har", "bl.a.", "ansvar", "för", "t.ex.", "lager", ",", "inkl.", "inventering",
        ",", "ca", "20", "timmar", "m.m.", "o.s.v.", "fr.o.m.", "maj", ".",
    ]


@pytest.mark.parametrize("abbr", ["T.ex.", "Bl.a.", "Inkl.", "Ca"])
def test_capitalised_abbreviation_at_sentence_start(nlp, abbr):
    assert words(nlp, f"{abbr} lager.")[0] == abbr


def test_every_listed_abbreviation_is_kept(nlp):
    for abbr in AD_ABBREVIATIONS:
        assert words(nlp, f"Se {abbr} här") == ["Se", abbr, "här"], abbr


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Du är ung.", ["Du", "är", "ung", "."]),
        ("Vi är glada.", ["Vi", "är", "glada", "."]),
        ("Vi söker dig som är självgående.", ["Vi", "söker", "dig", "som", "är", "självgående", "."]),
        ("Bilen är min.", ["Bilen", "är", "min", "."]),
        ("Du får inte vara lat.", ["Du", "får", "inte", "vara", "lat", "."]),
        ("Vi installerar el.", ["Vi", "installerar", "el", "."]),
        ("Kontoret ligger på en ö.", ["Kontoret", "ligger", "på", "en", "ö", "."]),
        ("Ung. Nej.", ["Ung", ".", "Nej", "."]),
        ("Lönen är 30 000 kr. Välkommen!", ["Lönen", "är", "30", "000", "kr", ".", "Välkommen", "!"]),
    ],
)
def test_sentence_final_word_keeps_its_period_separate(nlp, text, expected):
    assert words(nlp, text) == expected


def test_colliding_exceptions_removed(nlp):
    for orth in COLLIDING_EXCEPTIONS:
        assert orth not in nlp.tokenizer.rules
        assert orth.capitalize() not in nlp.tokenizer.rules


def test_default_blank_tokenizer_has_the_ung_exception():
    # Guards the premise: if spaCy drops the exception this test tells us.
    assert [t.text for t in spacy.blank("sv")("Du är ung.")] == ["Du", "är", "ung."]


@pytest.mark.parametrize("compound", ["B-körkort", "CE-körkort", "IT-kille", "e-post", "HR-avdelningen"])
def test_hyphenated_compounds_are_one_token(nlp, compound):
    assert words(nlp, f"Du har {compound}.") == ["Du", "har", compound, "."]
    assert words(nlp, f"({compound})") == ["(", compound, ")"]


@pytest.mark.parametrize(
    "address",
    ["anna.svensson@foretag.se", "hr@foretag.se", "anna_b+jobb@sub.foretag.co.uk", "jobb@förskola-ab.se"],
)
def test_email_is_one_token(nlp, address):
    assert words(nlp, f"Mejla {address}.") == ["Mejla", address, "."]
    assert words(nlp, f"Mejla ({address}), tack!") == ["Mejla", "(", address, ")", ",", "tack", "!"]


@pytest.mark.parametrize(
    "url",
    ["https://www.foretag.se/jobb?id=3", "http://foretag.se", "www.foretag.se/karriar"],
)
def test_url_is_one_token(nlp, url):
    assert words(nlp, f"Läs mer på {url}.") == ["Läs", "mer", "på", url, "."]


def test_idempotent(nlp):
    again = customize_tokenizer(nlp)
    assert again is nlp
    assert words(nlp, "Du är ung, t.ex.") == ["Du", "är", "ung", ",", "t.ex."]


def test_survives_serialization(nlp, tmp_path):
    nlp.to_disk(tmp_path / "m")
    loaded = spacy.load(tmp_path / "m")
    for text in ["Du är ung.", "Mejla hr@foretag.se.", "Vi har bl.a. B-körkort, ca. 5 st."]:
        assert words(loaded, text) == words(nlp, text)
    assert words(loaded, "Mejla hr@foretag.se.") == ["Mejla", "hr@foretag.se", "."]
