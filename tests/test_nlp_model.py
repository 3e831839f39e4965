"""Tests of the shipped Swedish pipeline in hirelint/nlp/sv_hirelint.

These check real model output; a failure means the trained model gets the
case wrong (see training/RESULTS.md), not that the test is wrong.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
import spacy

REPO = Path(__file__).resolve().parent.parent


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
    # What the linter uses: POS tags (morphologizer) and the dependency parse. No lemmatizer
    # (nothing reads .lemma_) and no senter (hirelint splits sentences itself).
    assert nlp.component_names == ["tok2vec", "morphologizer", "parser"]
    assert nlp.lang == "sv"


# --- licence: hirelint is sold commercially, so the shipped pipeline may only be trained on
# --- commercially usable treebanks. UD Swedish LinES is CC BY-NC-SA 4.0 (non-commercial).

def _mentions_lines(text: str) -> bool:
    return "lines" in text.lower().replace("guidelines", "")


def test_shipped_model_is_not_trained_on_lines():
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf8"))
    names = [src["name"] for src in meta["sources"]]
    assert names == ["UD Swedish-Talbanken", "UD Swedish-PUD"]
    for src in meta["sources"]:
        assert src["license"] == "CC BY-SA 4.0", src
        assert not _mentions_lines(json.dumps(src)), src
    assert "NC" not in meta["license"] and not _mentions_lines(meta["license"]), meta["license"]
    assert not _mentions_lines(meta["description"]), meta["description"]
    assert meta["license"].startswith("CC BY-SA 4.0")


def test_training_script_default_corpora_exclude_lines():
    # Read the list from the source (no import of spaCy-heavy code needed) and from the module.
    tree = ast.parse((REPO / "training" / "train.py").read_text(encoding="utf8"))
    lists = {
        t.id: ast.literal_eval(node.value)
        for node in tree.body if isinstance(node, ast.Assign)
        for t in node.targets if isinstance(t, ast.Name) and t.id in ("TRAIN_FILES", "TEST_FILE")
    }
    files = [*lists["TRAIN_FILES"], lists["TEST_FILE"]]
    assert files and not [f for f in files if "lines" in f.lower()], files
    assert all(f.startswith(("sv_talbanken", "sv_pud")) for f in files), files
    meta_sources = (REPO / "training" / "train.py").read_text(encoding="utf8")
    assert "UD_Swedish-LinES" not in meta_sources


def test_training_conversion_refuses_lines(tmp_path, monkeypatch):
    import importlib.util

    spec = importlib.util.spec_from_file_location("hirelint_train", REPO / "training" / "train.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    assert not any("lines" in f for f in train.TRAIN_FILES)
    monkeypatch.setattr(train, "TRAIN_FILES", [*train.TRAIN_FILES, "sv_lines-ud-dev.conllu"])
    with pytest.raises(SystemExit, match="LinES"):
        train.convert(tmp_path, dev_every=20, harmonise=False, corpus_dir=tmp_path / "out")


def test_loads_without_custom_code_and_keeps_tokenizer_rules(nlp):
    assert [t.text for t in nlp.make_doc("Du är ung.")] == ["Du", "är", "ung", "."]
    assert [t.text for t in nlp.make_doc("Vi erbjuder bl.a. friskvård.")][2] == "bl.a."
    assert [t.text for t in nlp.make_doc("Mejla hr@foretag.se.")] == ["Mejla", "hr@foretag.se", "."]


def _token(doc, text):
    matches = [t for t in doc if t.text == text]
    assert matches, f"{text!r} not a token of {[t.text for t in doc]}"
    return matches[0]


def test_yngre_is_an_adjective_modifying_the_noun(nlp):
    doc = nlp("Vi söker en yngre medarbetare.")
    yngre = _token(doc, "yngre")
    assert yngre.pos_ == "ADJ"
    assert yngre.dep_ == "amod"
    assert yngre.head.text == "medarbetare"
    assert _token(doc, "Vi").dep_ == "nsubj"
    assert _token(doc, "medarbetare").dep_ == "obj"


def test_copula_adjective_is_head_of_subject(nlp):
    doc = nlp("Du är ung.")
    du = _token(doc, "Du")
    assert du.dep_ == "nsubj"
    assert du.head.text == "ung"


@pytest.mark.parametrize("word, pos", [
    ("Vi", "PRON"), ("söker", "VERB"), ("en", "DET"), ("yngre", "ADJ"), ("medarbetare", "NOUN"),
    (".", "PUNCT"),
])
def test_pos_in_simple_sentence(nlp, word, pos):
    doc = nlp("Vi söker en yngre medarbetare.")
    assert _token(doc, word).pos_ == pos


@pytest.mark.parametrize("word, pos", [("Du", "PRON"), ("har", "VERB"), ("en", "DET"), ("med", "ADP")])
def test_pos_of_function_words(nlp, word, pos):
    doc = nlp("Du har en bil med dragkrok.")
    assert _token(doc, word).pos_ == pos


@pytest.mark.xfail(strict=False, reason="known weakness of the small CC BY-SA-only training set "
                   "(~27k words): nouns it never saw ('bil', 'dragkrok') may get a wrong UPOS; "
                   "see training/RESULTS.md")
def test_unseen_nouns_are_nouns(nlp):
    doc = nlp("Du har en bil med dragkrok.")
    assert [_token(doc, w).pos_ for w in ("bil", "dragkrok")] == ["NOUN", "NOUN"]


def test_subject_of_copula_clause_in_relative_clause(nlp):
    # The case describes_candidate relies on: "dig som är ung och driven".
    doc = nlp("Vi söker dig som är ung och driven.")
    ung = _token(doc, "ung")
    assert _token(doc, "är").dep_ == "cop" and _token(doc, "är").head.i == ung.i
    assert _token(doc, "som").dep_ == "nsubj" and _token(doc, "som").head.i == ung.i


def test_no_lemmatizer_so_lemmas_are_empty(nlp):
    # Documented in the model README: a later change may add a dictionary-based lemmatizer.
    doc = nlp("Du har en bil.")
    assert all(t.lemma_ == "" for t in doc)


def test_parser_sets_sentence_boundaries(nlp):
    doc = nlp("Du är ung. Vi är glada. Vi söker dig som är självgående.")
    assert [s.text for s in doc.sents] == ["Du är ung.", "Vi är glada.", "Vi söker dig som är självgående."]
