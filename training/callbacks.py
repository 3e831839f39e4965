"""spaCy registry callbacks used by ``training/config.cfg``.

Passed to ``spacy train --code training/callbacks.py``.  The tokenizer
customisation is applied in ``[initialize.before_init]`` so that the trained
pipeline is saved with the adjusted tokenizer rules; loading the model later
needs neither this file nor the hirelint package.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Callable

import spacy
from spacy.language import Language

_TOKENIZER_PY = Path(__file__).resolve().parent.parent / "hirelint" / "nlp" / "tokenizer.py"


def _load_customize_tokenizer() -> Callable[[Language], Language]:
    # Load hirelint/nlp/tokenizer.py by path: training must not depend on the
    # rest of the hirelint package (or on it being installed).
    spec = importlib.util.spec_from_file_location("_hirelint_nlp_tokenizer", _TOKENIZER_PY)
    if spec is None or spec.loader is None:  # pragma: no cover
        raise ImportError(f"cannot load {_TOKENIZER_PY}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.customize_tokenizer


@spacy.registry.callbacks("hirelint.customize_tokenizer.v1")
def create_customize_tokenizer_callback() -> Callable[[Language], Language]:
    customize = _load_customize_tokenizer()

    def before_init(nlp: Language) -> Language:
        return customize(nlp)

    return before_init
