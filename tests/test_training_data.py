"""The training script's data preparation: lemma conventions mapped to Talbanken's."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import spacy
from spacy.tokens import Doc

REPO = Path(__file__).resolve().parent.parent


def _train_module():
    spec = importlib.util.spec_from_file_location("hirelint_train", REPO / "training" / "train.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _row(i: int, form: str, lemma: str, upos: str) -> str:
    return "\t".join([str(i), form, lemma, upos, "_", "_", "0", "root", "_", "_"])


def _conllu(tmp_path: Path) -> Path:
    sents = [
        [("Han", "han", "PRON"), ("tog", "ta", "VERB"), ("sin", "sig", "PRON"), ("väska", "väska", "NOUN")],
        [("Hon", "hon", "PRON"), ("tog", "ta", "VERB"), ("sin", "sig", "PRON"), ("jacka", "jacka", "NOUN")],
        [("Helt", "helt", "ADV"), ("och", "och", "CCONJ"), ("helt", "hel", "ADV")],  # split 1:1
        [("Samtidigt", "samtidig", "ADV"), ("kom", "komma", "VERB"), ("en", "man", "PRON")],
    ]
    lines = []
    for n, sent in enumerate(sents, 1):
        lines.append(f"# sent_id = s{n}")
        lines.append("1-2\tHan tog\t_\t_\t_\t_\t_\t_\t_\t_")  # a range line is skipped
        lines += [_row(i, *tok) for i, tok in enumerate(sent, 1)]
        lines.append("")
    path = tmp_path / "tb.conllu"
    path.write_text("\n".join(lines), encoding="utf8")
    return path


def test_talbanken_table_keeps_only_consistent_lemmas(tmp_path):
    train = _train_module()
    table = train.talbanken_lemmas(_conllu(tmp_path))
    assert table[("sin", "PRON")] == "sig"  # seen twice, always "sig"
    assert ("helt", "ADV") not in table  # Talbanken itself is split: no convention to copy
    assert ("samtidigt", "ADV") not in table  # seen once: too little evidence
    assert table[("tog", "VERB")] == "ta"


def test_other_treebanks_take_talbanken_lemmas_by_form_and_pos(tmp_path):
    train = _train_module()
    table = train.talbanken_lemmas(_conllu(tmp_path), min_count=1)
    nlp = spacy.blank("sv")
    doc = Doc(nlp.vocab, words=["Hon", "tog", "sin", "väska", "samtidigt", "Sin"],
              pos=["PRON", "VERB", "PRON", "NOUN", "ADV", "NOUN"],
              lemmas=["hon", "ta", "sin", "väska", "samtidigt", "sin"])
    changed = train.harmonise_lemmas([doc], table)
    assert [t.lemma_ for t in doc] == ["hon", "ta", "sig", "väska", "samtidig", "sin"]
    assert changed == 2  # "Sin" as a NOUN is another word
