"""Tests of the shipped Swedish pipeline in hirelint/nlp/sv_hirelint.

These check real model output; a failure means the trained model gets the
case wrong (see training/RESULTS.md), not that the test is wrong.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy


def _model_dir() -> Path:
    try:
        import hirelint

        return Path(hirelint.__file__).parent / "nlp" / "sv_hirelint"
    except ImportError:
        # hirelint not importable (yet): locate the folder from this file.
        return Path(__file__).resolve().parent.parent / "hirelint" / "nlp" / "sv_hirelint"


MODEL_DIR = _model_dir()


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_DIR)


def test_model_folder_is_small_and_documented():
    assert (MODEL_DIR / "config.cfg").is_file()
    assert (MODEL_DIR / "README.md").is_file()
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size <= 20 * 2**20, f"model is {size / 2**20:.1f} MiB"


def test_pipeline_components(nlp):
    for name in ("tok2vec", "morphologizer", "trainable_lemmatizer", "senter", "parser"):
        assert name in nlp.component_names
    assert nlp.lang == "sv"


def test_loads_without_custom_code_and_keeps_tokenizer_rules(nlp):
    assert [t.text for t in nlp.make_doc("Du är ung.")] == ["Du", "är", "ung", "."]
    assert [t.text for t in nlp.make_doc("Vi erbjuder bl.a. friskvård.")][2] == "bl.a."
    assert [t.text for t in nlp.make_doc("Mejla hr@foretag.se.")] == ["Mejla", "hr@foretag.se", "."]


def _token(doc, text):
    matches = [t for t in doc if t.text == text]
    assert matches, f"{text!r} not a token of {[t.text for t in doc]}"
    return matches[0]


def test_lemma_of_yngre_is_ung(nlp):
    doc = nlp("Vi söker en yngre medarbetare.")
    assert _token(doc, "yngre").lemma_ == "ung"


def test_copula_adjective_is_head_of_subject(nlp):
    doc = nlp("Du är ung.")
    du = _token(doc, "Du")
    assert du.dep_ == "nsubj"
    assert du.head.text == "ung"


@pytest.mark.parametrize("word, lemma", [("har", "ha"), ("en", "en"), ("med", "med")])
def test_lemmas_in_simple_sentence(nlp, word, lemma):
    doc = nlp("Du har en bil med dragkrok.")
    assert _token(doc, word).lemma_ == lemma


def test_sentences(nlp):
    doc = nlp("Du är ung. Vi är glada. Vi söker dig som är självgående.")
    assert [s.text for s in doc.sents] == ["Du är ung.", "Vi är glada.", "Vi söker dig som är självgående."]
