"""Loading the spaCy pipeline: the trained Swedish model when present, else the blank floor.

Loaded once, lazily, on the first sentence that needs it. If the trained pipeline cannot be
loaded the linter falls back to ``spacy.blank("sv")`` with a sentencizer and says so in
``warning`` (the CLI prints it), so the user knows context checks are weaker.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path
from typing import Optional

from hirelint import resources

_CACHE_SIZE = 2048


class NLP:
    """A lazily loaded spaCy pipeline with a small cache of analysed sentences."""

    def __init__(self, model_path: Optional[Path] = None, use_model: bool = True):
        self._model_path = model_path
        self._use_model = use_model
        self._nlp = None
        self._lock = threading.Lock()
        self._cache: "OrderedDict[str, object]" = OrderedDict()
        self.warning: Optional[str] = None
        self.name = "ej laddad"

    @property
    def loaded(self) -> bool:
        return self._nlp is not None

    @property
    def has_parser(self) -> bool:
        """Whether sentences get POS tags and dependencies (the trained model)."""
        return "parser" in self.pipeline.pipe_names

    @property
    def pipeline(self):
        """The spaCy Language object, loaded on first use."""
        if self._nlp is None:
            with self._lock:
                if self._nlp is None:
                    self._nlp = self._load()
        return self._nlp

    def _load(self):
        import spacy

        path = self._model_path or resources.pipeline_dir()
        if self._use_model:
            if (path / "config.cfg").exists():
                try:
                    nlp = spacy.load(path, exclude=["senter"])
                    self.name = f"{nlp.meta.get('name', 'sv_hirelint')} {nlp.meta.get('version', '')}".strip()
                    return nlp
                except Exception as exc:  # any load failure must fall back, not crash the lint
                    self.warning = (
                        f"Den svenska språkmodellen kunde inte laddas ({type(exc).__name__}: {exc}); "
                        "hirelint använder en enklare analys och kan missa sammanhang."
                    )
            else:
                self.warning = (
                    "Den svenska språkmodellen saknas i installationen; hirelint använder en "
                    "enklare analys och kan missa sammanhang."
                )
        nlp = spacy.blank("sv")
        nlp.add_pipe("sentencizer")
        self.name = "spacy.blank('sv')"
        return nlp

    def analyze(self, sentence: str):
        """A spaCy Doc for one sentence (cached: the desktop app re-lints the same sentences)."""
        doc = self._cache.get(sentence)
        if doc is not None:
            self._cache.move_to_end(sentence)
            return doc
        doc = self.pipeline(sentence)
        if self._nlp is not None and "parser" in self._nlp.pipe_names:
            fix_degree_for(doc)
        self._cache[sentence] = doc
        if len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
        return doc


_DEGREE_WORDS = {"för", "alltför"}


def fix_degree_for(doc) -> int:
    """Relabel the degree adverb "för"/"alltför" ("too") that the parser took for a preposition.

    In a copula clause directly before its adjective ("sökande över 50 är för gamla") "för"
    means "too" (UD: ADV, advmod). The shipped pipeline, trained on the small CC BY-SA
    treebanks only (5 such examples), often labels it ADP/case as in "arbeta för unga", which
    would make the match look like the object of a preposition. Only that pattern is changed:
    "för" tagged case, immediately before an adjective head that has a copula child. Returns
    how many tokens were changed.
    """
    changed = 0
    for tok in doc:
        if tok.lower_ not in _DEGREE_WORDS or tok.dep_ != "case":
            continue
        head = tok.head
        if head.i != tok.i + 1 or head.pos_ != "ADJ":
            continue
        if any(c.dep_ == "cop" and c.i < tok.i for c in head.children):
            tok.pos_ = "ADV"
            tok.dep_ = "advmod"
            changed += 1
    return changed
