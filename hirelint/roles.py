"""Document roles: what each block of an ad or a requirement profile is doing, before any rule runs.

A block is a requirement (must or merit: from its section heading, a requirement table's column,
or cue words), a description of others (the organisation, its population, clients), an offer,
a description of the job, tender or form boilerplate (evaluation scales, prices, instructions to
the supplier, supplier fields), a placeholder, a number, or a heading. The role decides what may
fire: nothing on placeholders and numbers; no vague-requirement finding and no wording aimed at the
candidate where the text is about others, an offer or the tender; requirements only where the
block is one. The patterns are data in ``lexicons/roles.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

import regex

from hirelint.model import Segment

MUST = "must"
MERIT = "merit"
# Section kinds, in the order their headings are tried.
SECTIONS = ("merit", "must", "others", "job", "offer", "boilerplate", "neutral")
# Block kinds where nothing fires and no requirement is read.
SILENT = frozenset({"placeholder", "number", "column-label", "foreign"})
# Function words that tell a Swedish block from an English, German or French one: the Swedish
# lexicons must not read "important" or "Amsterdam" as Swedish compounds.
_SWEDISH = frozenset(
    "och att det som är på för med av till inte har vi du ett kan ska jag eller "
    "från vid så sig hos där också samt eller dig din ditt dina vår våra oss".split()
)
_FOREIGN = frozenset(
    "the and of to is for with that on are be this by you we or an was were will has have "
    "der die und das ist nicht mit zu auf sich ein eine wird sind von "
    "le la les et des est pour une dans que sur avec "
    "el los las del por con para es una como pero más "  # Spanish
    "do da dos das não com uma os às pelo pela "  # Portuguese
    "het van niet wordt zijn voor naar bij ook deze "  # Dutch
    "og ikke hvis jeg mot skal".split()  # Norwegian, Danish
)
_TOKENS = regex.compile(r"\w+")


def foreign(text: str) -> bool:
    """Whether a block of six or more words reads as English, German or French, not Swedish."""
    words = _TOKENS.findall(text.lower())
    if len(words) < 6:
        return False
    sv = sum(w in _SWEDISH for w in words)
    other = sum(w in _FOREIGN for w in words)
    return other >= 3 and other > 2 * sv
# Block or sentence kinds that are not about the candidate: no vague finding, no wording aimed
# at the candidate.
NOT_CANDIDATE = frozenset({"others", "offer", "boilerplate"})


@dataclass(frozen=True)
class Role:
    """The role of one block: its section, what kind of block it is, and for a cell of a
    requirement table the kind of requirement its column holds."""

    section: Optional[str] = None
    kind: str = "text"  # text | heading | placeholder | number | column-label
    column: Optional[str] = None  # must | merit for cells under a requirement column

    @property
    def requirement(self) -> Optional[str]:
        """must, merit or None: the requirement kind in force for this block."""
        if self.column:
            return self.column
        return self.section if self.section in (MUST, MERIT) else None

    @property
    def silent(self) -> bool:
        return self.kind in SILENT

    @property
    def context(self) -> str:
        """What the block's text is about, for the rules: candidate, others, offer, job or
        boilerplate (the section's kind when it is not a requirement section)."""
        if self.column or self.section in (MUST, MERIT, None, "neutral"):
            return "candidate"
        return self.section


class RoleTable:
    """Compiled role patterns (``lexicons/roles.yaml``)."""

    def __init__(self, data: dict):
        def comp(src: Optional[str]) -> Optional[regex.Pattern]:
            return regex.compile(src, regex.IGNORECASE) if src else None

        sections = data.get("sections") or {}
        self.sections = [(k, comp(sections.get(k))) for k in SECTIONS if sections.get(k)]
        columns = data.get("columns") or {}
        # Merit first: "Bör-krav" also contains "krav".
        self.columns = [(k, comp(columns[k])) for k in (MERIT, MUST) if columns.get(k)]
        self.placeholder = comp(data.get("placeholder"))
        self.number = comp(data.get("number"))
        self.boilerplate_sentence = comp(data.get("boilerplate_sentence"))
        self.others_sentence = comp(data.get("others_sentence"))
        self.offer_sentence = comp(data.get("offer_sentence"))

    def section_of(self, heading: str) -> Optional[str]:
        """The section a heading opens, or None when it opens none of ours."""
        text = heading.strip().rstrip(":")
        for kind, rx in self.sections:
            if rx.search(text):
                return kind
        return None

    def column_of(self, header: str) -> Optional[str]:
        """must or merit for a requirement table's column header, else None."""
        for kind, rx in self.columns:
            if rx.search(header):
                return kind
        return None

    def sentence_context(self, sentence: str) -> Optional[str]:
        """boilerplate, others or offer when the sentence itself says so, else None."""
        if self.boilerplate_sentence and self.boilerplate_sentence.search(sentence):
            return "boilerplate"
        if self.others_sentence and self.others_sentence.search(sentence):
            return "others"
        if self.offer_sentence and self.offer_sentence.search(sentence):
            return "offer"
        return None

    def assign(self, segments: Iterable[Segment]) -> list[Role]:
        """The role of every segment, in order."""
        segments = list(segments)
        if foreign(" ".join(seg.text for seg in segments)):
            # A document in another language: the Swedish lexicons have nothing to say about it.
            return [Role(None, "foreign") for _ in segments]
        headers = self._table_headers(segments)
        roles: list[Role] = []
        section: Optional[str] = None
        part = None
        for seg in segments:
            loc = seg.location
            if loc.part != part:
                # A header, footer or footnote does not continue the body's sections.
                part, section = loc.part, None
            text = seg.text.strip()
            key = (loc.part, loc.table, loc.cell)
            if loc.table is not None and loc.row == 1 and key in headers:
                opened = self.section_of(text)
                roles.append(Role(section, "column-label"))
                if opened in (MUST, MERIT):
                    section = opened
                continue
            if seg.heading:
                opened = self.section_of(text)
                if loc.part in ("header", "footer") and opened in (MUST, MERIT):
                    opened = None  # "KRAVPROFIL – AVROP" in a page header opens no section
                if opened in (MUST, MERIT) and not any(r.kind == "heading" for r in roles if r is not None) \
                        and loc.part == "body" and len(text.split()) > 3:
                    opened = None  # the document's title ("Kravprofil för …") is no section
                if opened is not None:
                    section = None if opened == "neutral" else opened
                elif text.startswith("#"):
                    section = None
                roles.append(Role(section, "heading"))
                continue
            if foreign(text):
                roles.append(Role(section, "foreign"))
                continue
            if self.placeholder and self.placeholder.search(text):
                roles.append(Role(section, "placeholder"))
                continue
            if self.number and self.number.search(text):
                roles.append(Role(section, "number"))
                continue
            column = None
            if loc.table is not None and loc.row and loc.row > 1:
                header = headers.get(key)
                if header is not None:
                    column = self.column_of(header)
                    if column is None:
                        # A cell under "Nr", "Uppfylls (Ja/Nej)", "Hänvisning till CV" …
                        roles.append(Role(section, "column-label"))
                        continue
            roles.append(Role(section, "text", column))
        return roles

    def _table_headers(self, segments: list[Segment]) -> dict:
        """Header texts of the tables that have a requirement column: (part, table, cell) ->
        header text. Tables without one (forms, price tables) have no headers here."""
        rows: dict = {}
        for seg in segments:
            loc = seg.location
            if loc.table is not None and loc.row == 1 and loc.cell is not None:
                rows.setdefault((loc.part, loc.table), {})[loc.cell] = seg.text.strip()
        out = {}
        for (part, table), cells in rows.items():
            if any(self.column_of(t) for t in cells.values()) and len(cells) > 1:
                for cell, text in cells.items():
                    out[(part, table, cell)] = text
        return out
