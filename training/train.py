"""Train hirelint's Swedish spaCy pipeline from the UD Swedish treebanks.

Usage (from the repository root)::

    python training/train.py [--corpora DIR] [--skip-train] [-- SPACY_OVERRIDES...]

Steps:

1. Convert the CoNLL-U treebanks in ``--corpora`` (default
   ``../shared/corpora/ud-swedish`` relative to the repository root) into
   ``training/corpus/{train,dev,test}.spacy`` (git-ignored):

   * train: Talbanken dev (repeated ``--talbanken-copies`` times) and PUD
     test, minus every ``--dev-every``-th document (10 sentences each), which
     goes to dev. PUD lemmas are mapped to Talbanken's convention where
     Talbanken is consistent (``--no-harmonise`` keeps them); the shipped
     pipeline has no lemmatizer, so this only matters if one is configured.
     The dev split is only used to pick the best checkpoint.
   * Only commercially usable treebanks (CC BY-SA 4.0) are trained on: UD
     Swedish LinES is CC BY-NC-SA 4.0 (non-commercial) and is never read,
     even if its files lie in ``--corpora`` (hirelint is sold commercially;
     tests/test_nlp_model.py checks this list and the shipped meta.json).
   * test: Talbanken test, for ``training/evaluate.py`` only; it is never
     trained on.

2. Run ``spacy train training/config.cfg`` on ONE thread (the environment
   variables OMP/OPENBLAS/MKL_NUM_THREADS are set to 1) with
   ``--code training/callbacks.py``, output in ``training/output/``
   (git-ignored).

3. Copy ``training/output/model-best`` to ``hirelint/nlp/sv_hirelint``: meta
   data and licence fields are filled in, training-only config references
   (corpus paths, the tokenizer callback) are cleared, and the README.md kept
   in the ship directory is preserved.

Extra arguments after ``--`` are passed to ``spacy train`` (e.g.
``-- --training.max_epochs 2`` for a smoke run).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterable, List, Sequence, Tuple

REPO = Path(__file__).resolve().parent.parent
TRAINING = REPO / "training"
CORPUS_DIR = TRAINING / "corpus"
OUTPUT_DIR = TRAINING / "output"
SHIP_DIR = REPO / "hirelint" / "nlp" / "sv_hirelint"
DEFAULT_CORPORA = REPO.parent / "shared" / "corpora" / "ud-swedish"

# Commercially usable (CC BY-SA 4.0) treebanks only. Do NOT add UD Swedish
# LinES (sv_lines-*): it is CC BY-NC-SA 4.0, non-commercial.
TRAIN_FILES = [
    "sv_talbanken-ud-dev.conllu",
    "sv_pud-ud-test.conllu",
]
EXCLUDED_PREFIXES = ("sv_lines",)
TEST_FILE = "sv_talbanken-ud-test.conllu"
N_SENTS = 10

MODEL_META = {
    "name": "hirelint",
    "version": "1.0.0",
    "description": (
        "Swedish pipeline for hirelint (job-ad linter), trained only from the "
        "CC BY-SA 4.0 treebanks UD Swedish Talbanken (dev) and PUD (test): tok2vec "
        "(CNN, no vectors), morphologizer (UPOS + features), dependency parser. "
        "No lemmatizer. Tokenizer adjusted for ad text."
    ),
    "author": "hirelint",
    "license": "CC BY-SA 4.0 (derived from UD Swedish Talbanken and PUD); see README.md",
    "sources": [
        {
            "name": "UD Swedish-Talbanken",
            "url": "https://github.com/UniversalDependencies/UD_Swedish-Talbanken",
            "license": "CC BY-SA 4.0",
            "author": "Lund University (Talbanken); Joakim Nivre, Aaron Smith (UD conversion)",
        },
        {
            "name": "UD Swedish-PUD",
            "url": "https://github.com/UniversalDependencies/UD_Swedish-PUD",
            "license": "CC BY-SA 4.0",
            "author": "Joakim Nivre, Bernadeta Griciūtė",
        },
    ],
}


def _conllu_docs(path: Path, nlp) -> list:
    from spacy.training.converters import conllu_to_docs

    text = path.read_text(encoding="utf8")
    return list(
        conllu_to_docs(
            text,
            n_sents=N_SENTS,
            merge_subtokens=True,
            append_morphology=False,
            no_print=True,
        )
    )


def talbanken_lemmas(path: Path, min_count: int = 2, min_share: float = 0.8) -> dict:
    """(lower-case form, UPOS) -> lemma, where Talbanken (dev) lemmatizes a word consistently.

    The treebanks follow different lemma conventions for a few frequent words: Talbanken gives
    the reflexive possessives sin/sina/sitt the lemma "sig", the pronoun "en" the lemma "man",
    many adverbs their adjective ("samtidigt" -> "samtidig", "senare" -> "sen"), while PUD keeps
    the form. The evaluation set is Talbanken, and hirelint matches no lexicon entry by lemma, so
    the other treebank's lemmas are mapped to Talbanken's where Talbanken is consistent: one
    convention to learn instead of two competing ones (only relevant when a lemmatizer is
    configured; the shipped pipeline has none).
    """
    from collections import Counter, defaultdict

    seen: dict = defaultdict(Counter)
    for line in path.read_text(encoding="utf8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 4 or not cols[0].isdigit():
            continue  # multi-word token ranges and empty nodes
        seen[(cols[1].lower(), cols[3])][cols[2]] += 1
    out = {}
    for key, lemmas in seen.items():
        lemma, n = lemmas.most_common(1)[0]
        if n >= min_count and n / sum(lemmas.values()) >= min_share:
            out[key] = lemma
    return out


def harmonise_lemmas(docs: list, table: dict) -> int:
    """Give tokens the Talbanken lemma of their (form, UPOS) where it differs; returns how many."""
    changed = 0
    for doc in docs:
        for tok in doc:
            lemma = table.get((tok.text.lower(), tok.pos_))
            if lemma is not None and lemma != tok.lemma_:
                tok.lemma_ = lemma
                changed += 1
    return changed


def convert(corpora: Path, dev_every: int, talbanken_copies: int = 1, harmonise: bool = True,
            corpus_dir: Path = CORPUS_DIR) -> Tuple[int, int, int]:
    """Write train/dev/test .spacy files from TRAIN_FILES; return their token counts."""
    import spacy
    from spacy.tokens import DocBin

    for name in TRAIN_FILES:  # guard against a careless edit of TRAIN_FILES
        if name.startswith(EXCLUDED_PREFIXES):
            raise SystemExit(f"{name}: UD Swedish LinES is non-commercial and must not be trained on")
    nlp = spacy.blank("sv")
    corpus_dir.mkdir(parents=True, exist_ok=True)
    table = talbanken_lemmas(corpora / TRAIN_FILES[0]) if harmonise else {}
    train, dev = DocBin(store_user_data=False), DocBin(store_user_data=False)
    n_train = n_dev = 0
    for name in TRAIN_FILES:
        docs = _conllu_docs(corpora / name, nlp)
        if table and not name.startswith("sv_talbanken"):
            print(f"{name}: {harmonise_lemmas(docs, table)} lemmas mapped to Talbanken's convention",
                  flush=True)
        for i, doc in enumerate(docs):
            if dev_every and i % dev_every == dev_every - 1:
                dev.add(doc)
                n_dev += len(doc)
            else:
                # Talbanken dev is the only in-domain (and in-convention) data
                # for the Talbanken test set; it may be repeated.
                copies = talbanken_copies if name.startswith("sv_talbanken") else 1
                for _ in range(copies):
                    train.add(doc)
                    n_train += len(doc)
    test = DocBin(store_user_data=False)
    n_test = 0
    for doc in _conllu_docs(corpora / TEST_FILE, nlp):
        test.add(doc)
        n_test += len(doc)
    train.to_disk(corpus_dir / "train.spacy")
    dev.to_disk(corpus_dir / "dev.spacy")
    test.to_disk(corpus_dir / "test.spacy")
    return n_train, n_dev, n_test


def single_thread_env() -> dict:
    env = dict(os.environ)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        env[var] = "1"
    return env


def run_training(config: Path, output: Path, overrides: Sequence[str],
                 max_minutes: float = 0, corpus_dir: Path = CORPUS_DIR) -> float:
    cmd = [
        sys.executable,
        "-m",
        "spacy",
        "train",
        str(config),
        "--output",
        str(output),
        "--code",
        str(TRAINING / "callbacks.py"),
        "--paths.train",
        str(corpus_dir / "train.spacy"),
        "--paths.dev",
        str(corpus_dir / "dev.spacy"),
        *overrides,
    ]
    print("$", " ".join(cmd), flush=True)
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=REPO, env=single_thread_env())
    try:
        rc = proc.wait(timeout=max_minutes * 60 if max_minutes else None)
    except subprocess.TimeoutExpired:
        # Time guard: stop training; model-best holds the best checkpoint so far.
        proc.terminate()
        proc.wait()
        print(f"time limit of {max_minutes} min reached: training stopped, "
              "using the best checkpoint saved so far", flush=True)
        rc = 0
    if rc != 0:
        raise SystemExit(f"spacy train failed with exit code {rc}")
    return time.monotonic() - start


def _clear_training_refs(config_path: Path) -> None:
    from thinc.api import Config

    cfg = Config().from_disk(config_path, interpolate=False)
    cfg["paths"]["train"] = None
    cfg["paths"]["dev"] = None
    # The tokenizer rules are already saved in tokenizer/; the callback is
    # only needed at initialisation and would require training/callbacks.py.
    cfg["initialize"]["before_init"] = None
    cfg.to_disk(config_path)


def ship(model_dir: Path, ship_dir: Path, train_seconds: float | None) -> None:
    readme = ship_dir / "README.md"
    readme_text = readme.read_text(encoding="utf8") if readme.exists() else None
    if ship_dir.exists():
        shutil.rmtree(ship_dir)
    shutil.copytree(model_dir, ship_dir)
    _clear_training_refs(ship_dir / "config.cfg")
    meta_path = ship_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf8"))
    meta.update(MODEL_META)
    # Any spaCy 3.8.x reads the saved format; avoid a version warning there.
    meta["spacy_version"] = ">=3.8.0,<3.9.0"
    if train_seconds is not None:
        meta["training_seconds"] = round(train_seconds)
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf8")
    if readme_text is not None:
        readme.write_text(readme_text, encoding="utf8")
    size = sum(p.stat().st_size for p in ship_dir.rglob("*") if p.is_file())
    print(f"shipped {model_dir} -> {ship_dir} ({size / 1e6:.1f} MB)", flush=True)


def main(argv: Iterable[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    overrides: List[str] = []
    if "--" in argv:
        i = argv.index("--")
        argv, overrides = argv[:i], argv[i + 1 :]
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora_pos", nargs="?", type=Path, help="same as --corpora")
    ap.add_argument("--corpora", type=Path, default=None,
                    help=f"folder with the UD Swedish .conllu files (default {DEFAULT_CORPORA})")
    ap.add_argument("--config", type=Path, default=TRAINING / "config.cfg")
    ap.add_argument("--output", type=Path, default=OUTPUT_DIR)
    ap.add_argument("--dev-every", type=int, default=20,
                    help="every N-th 10-sentence document goes to the dev split (default 20)")
    ap.add_argument("--max-minutes", type=float, default=55,
                    help="stop training after this many minutes and keep the best "
                         "checkpoint so far (default 55; 0 = no limit)")
    ap.add_argument("--exclude-lines", action="store_true",
                    help="no-op, kept for old command lines: UD Swedish LinES "
                         "(CC BY-NC-SA 4.0) is never trained on")
    ap.add_argument("--talbanken-copies", type=int, default=4,
                    help="repeat the Talbanken dev training documents N times (default 4)")
    ap.add_argument("--no-harmonise", action="store_true",
                    help="keep PUD lemmas as they are (default: map them to "
                         "Talbanken's convention where Talbanken is consistent)")
    ap.add_argument("--corpus-dir", type=Path, default=CORPUS_DIR,
                    help="where the converted .spacy files go (default training/corpus)")
    ap.add_argument("--skip-convert", action="store_true")
    ap.add_argument("--skip-train", action="store_true", help="only convert (and ship an existing run)")
    ap.add_argument("--no-ship", action="store_true", help="do not copy model-best into the package")
    ap.add_argument("--ship-dir", type=Path, default=SHIP_DIR)
    args = ap.parse_args(argv)
    corpora = (args.corpora or args.corpora_pos or DEFAULT_CORPORA).resolve()

    if not args.skip_convert:
        needed = [*TRAIN_FILES, TEST_FILE]
        missing = [f for f in needed if not (corpora / f).exists()]
        if missing:
            ap.error(f"missing in {corpora}: {', '.join(missing)}")
        n_train, n_dev, n_test = convert(corpora, args.dev_every, args.talbanken_copies,
                                           not args.no_harmonise, args.corpus_dir)
        print(f"converted: train {n_train} tokens, dev {n_dev}, test (Talbanken test) {n_test}",
              flush=True)
    seconds = None
    if not args.skip_train:
        seconds = run_training(args.config, args.output, overrides, args.max_minutes,
                               args.corpus_dir)
        print(f"training wall-clock: {seconds / 60:.1f} min", flush=True)
    if not args.no_ship:
        best = args.output / "model-best"
        if not best.exists():
            ap.error(f"no trained model at {best}")
        ship(best, args.ship_dir, seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
