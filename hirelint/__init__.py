"""hirelint: an offline linter for Swedish job ads and requirement profiles.

The public API is small: read a document, lint it, render or fix the result.

    from hirelint import Linter, read_document
    report = Linter.default().lint(read_document("annons.txt"))

The core never imports Qt; the desktop app in ``hirelint.ui`` is a thin layer over this API.
"""

__version__ = "0.1.0"

from hirelint.model import (  # noqa: E402
    Document,
    FileError,
    Finding,
    Location,
    Report,
    Segment,
    Suggestion,
)
from hirelint.engine import Linter  # noqa: E402
from hirelint.document import read_document, read_text  # noqa: E402
from hirelint.fix import apply_suggestion  # noqa: E402

__all__ = [
    "Document",
    "FileError",
    "Finding",
    "Linter",
    "Location",
    "Report",
    "Segment",
    "Suggestion",
    "apply_suggestion",
    "read_document",
    "read_text",
    "__version__",
]
