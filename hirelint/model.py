"""Frozen data classes shared by every part of hirelint: documents, findings, reports.

Offsets travel with the data: a Finding's ``start``/``end`` index ``Document.text``; nothing
re-searches the text to find where a match was.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Optional

CATEGORIES = ("discrimination", "vague-requirement", "gender-coded")
GROUNDS = (
    "sex",
    "gender-identity",
    "ethnicity",
    "religion",
    "disability",
    "sexual-orientation",
    "age",
    "parenthood",
)
SEVERITIES = ("info", "warning", "error")
APPLICABILITIES = ("review", "placeholders", "advice")

GROUND_LABELS = {
    "sex": "kön",
    "gender-identity": "könsöverskridande identitet eller uttryck",
    "ethnicity": "etnisk tillhörighet",
    "religion": "religion eller annan trosuppfattning",
    "disability": "funktionsnedsättning",
    "sexual-orientation": "sexuell läggning",
    "age": "ålder",
    "parenthood": "föräldraskap (föräldraledighetslagen)",
}
CATEGORY_LABELS = {
    "discrimination": "diskrimineringsrisk",
    "vague-requirement": "otydligt krav",
    "gender-coded": "könskodat ord",
}
SEVERITY_LABELS = {"error": "fel", "warning": "varning", "info": "råd"}


def severity_rank(severity: str) -> int:
    """Order severities: info < warning < error."""
    return SEVERITIES.index(severity)


@dataclass(frozen=True)
class Location:
    """Where a segment sits in its file, in terms a person can follow."""

    part: str = "body"  # body | header | footer | footnote | endnote | textbox | comment
    paragraph: Optional[int] = None  # 1-based paragraph (or line block) number in its part
    table: Optional[int] = None  # 1-based table number; nested tables use the outer number
    row: Optional[int] = None
    cell: Optional[int] = None

    def label(self) -> str:
        """Swedish, human-readable location, e.g. "tabell 2, rad 3, cell 1" or "stycke 4"."""
        parts = []
        if self.part != "body":
            parts.append(_PART_LABELS.get(self.part, self.part))
        if self.table is not None:
            parts.append(f"tabell {self.table}")
            if self.row is not None:
                parts.append(f"rad {self.row}")
            if self.cell is not None:
                parts.append(f"cell {self.cell}")
        elif self.paragraph is not None:
            parts.append(f"stycke {self.paragraph}")
        return ", ".join(parts) or "dokumentet"


_PART_LABELS = {
    "header": "sidhuvud",
    "footer": "sidfot",
    "footnote": "fotnot",
    "endnote": "slutnot",
    "textbox": "textruta",
    "comment": "kommentar",
}


@dataclass(frozen=True)
class Segment:
    """A run of text (a paragraph, list item or table cell) and where it starts in the document."""

    text: str
    start: int
    location: Location = field(default_factory=Location)
    heading: bool = False  # a heading such as "Krav" or "Meriterande"
    # Reader-specific pointer back into the source file (e.g. the Word paragraph and its runs),
    # so findings can be written back at the exact place. Opaque to the engine.
    anchor: Any = field(default=None, compare=False, repr=False)

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class Document:
    """Extracted text of one input and its segments. ``text`` is what offsets index."""

    path: str
    text: str
    segments: tuple[Segment, ...]
    notes: tuple[str, ...] = ()  # e.g. "spårade ändringar har lästs som godkända"
    source_format: str = "text"

    @classmethod
    def from_text(cls, text: str, path: str = "-") -> "Document":
        """Build a document from plain text (typed, pasted or read from a .txt/.md file)."""
        from hirelint.document.plaintext import segment_text

        return cls(path=path, text=text, segments=segment_text(text))

    def without_segments(self) -> "Document":
        """The same document without its segments (and their Word anchors): what reports need
        once findings are made and copies written, at a fraction of the size to send or keep."""
        return replace(self, segments=())


@dataclass(frozen=True)
class Answer:
    """One answer the client may give to an advice question, and the model wording to use then
    ("" when the wording should simply go)."""

    answer: str
    wording: str

    def to_json(self) -> dict:
        return {"answer": self.answer, "wording": self.wording}


@dataclass(frozen=True)
class Suggestion:
    """A proposed rewrite of a finding's span, or advice when ``applicability`` is "advice".

    Advice about a change of substance (citizenship, a licence, health, removing a demand) also
    carries the ``question`` to ask the client and a model wording for each of its ``answers``.
    ``start``/``end`` (document offsets) give the range the text replaces when it is wider than
    the finding's span — a whole requirement's rewrite."""

    text: str
    applicability: str = "review"
    question: str = ""
    answers: tuple[Answer, ...] = ()
    start: Optional[int] = None
    end: Optional[int] = None

    def to_json(self) -> dict:
        out: dict = {"text": self.text, "applicability": self.applicability}
        if self.question:
            out["question"] = self.question
            out["answers"] = [a.to_json() for a in self.answers]
        if self.start is not None and self.end is not None:
            out["start"], out["end"] = self.start, self.end
        return out


@dataclass(frozen=True)
class Finding:
    """One flagged span with its explanation. Field names follow the JSON contract."""

    code: str
    category: str
    ground: Optional[str]
    severity: str
    start: int
    end: int
    text: str
    location: str
    message: str
    why: str
    legal: str
    source: str
    strength: str = ""
    suggestions: tuple[Suggestion, ...] = ()
    sentence_start: int = 0
    sentence_end: int = 0
    requirement: Optional[str] = None  # "must" | "merit" | None, where the sentence stands

    def to_json(self) -> dict:
        """The finding as the DESIGN.md JSON contract gives it (plus a few optional extras)."""
        return {
            "code": self.code,
            "category": self.category,
            "ground": self.ground,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "location": self.location,
            "message": self.message,
            "why": self.why,
            "legal": self.legal,
            "source": self.source,
            "strength": self.strength,
            "suggestions": [s.to_json() for s in self.suggestions],
            "requirement": self.requirement,
        }


@dataclass(frozen=True)
class FileError:
    """A typed, plain-language reason why an input could not be linted."""

    code: str  # not-found | unreadable | unsupported | too-large | encrypted | legacy-doc | corrupt
    message: str

    def to_json(self) -> dict:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True)
class Requirement:
    """A requirement sentence found in the document: must-have or merit, screenable or not."""

    text: str
    start: int
    end: int
    kind: str  # "must" | "merit"
    screenable: bool
    codes: tuple[str, ...] = ()
    location: str = ""  # "tabell 1, rad 3, cell 2", as findings give it
    # One validated wording that fixes all the requirement's findings (hirelint/rewrite.py),
    # or None; and behavioural interview questions asked of every candidate.
    rewrite: Optional["Suggestion"] = None
    questions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    """Findings for one document (or the error that stopped it)."""

    path: str
    findings: tuple[Finding, ...] = ()
    error: Optional[FileError] = None
    document: Optional[Document] = None
    requirements: tuple[Requirement, ...] = ()
    balance: tuple[int, int] = (0, 0)  # (masculine-coded, feminine-coded) word counts

    def to_json(self) -> dict:
        return {
            "path": self.path,
            "error": self.error.to_json() if self.error else None,
            "findings": [f.to_json() for f in self.findings],
        }
