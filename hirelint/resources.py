"""The one place that knows where lexicons and the NLP pipeline live.

Works from a source checkout, an editable install, a wheel and a PyInstaller build: the lexicons
are installed as the ``hirelint.lexicons`` package (mapped from the top-level ``lexicons/``
folder) and the trained pipeline as ``hirelint/nlp/sv_hirelint``.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path


def _frozen_root() -> Path | None:
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) if base else None


@lru_cache(maxsize=1)
def lexicon_dir() -> Path:
    """Folder holding the bundled lexicon YAML files."""
    frozen = _frozen_root()
    if frozen and (frozen / "hirelint" / "lexicons").is_dir():
        return frozen / "hirelint" / "lexicons"
    try:
        path = Path(str(resources.files("hirelint.lexicons")))
        if path.is_dir() and any(path.glob("*.yaml")):
            return path
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "lexicons"


@lru_cache(maxsize=1)
def pipeline_dir() -> Path:
    """Folder of the trained Swedish spaCy pipeline shipped with the package."""
    frozen = _frozen_root()
    if frozen and (frozen / "hirelint" / "nlp" / "sv_hirelint").is_dir():
        return frozen / "hirelint" / "nlp" / "sv_hirelint"
    return Path(__file__).resolve().parent / "nlp" / "sv_hirelint"


def examples_dir() -> Path:
    """The bundled example ads (only present in a source checkout)."""
    return Path(__file__).resolve().parent.parent / "examples"
