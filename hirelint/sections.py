"""Requirement context: is a sentence a must-have, a merit, or neither?

Headings ("Krav", "Kvalifikationer", "Vi söker dig som", "Meriterande") set the state for the
segments below them until another heading; cue words in the sentence itself win over the
heading ("… är meriterande", "… är ett krav").
"""

from __future__ import annotations

from typing import Optional

import regex

from hirelint.model import Segment

MUST = "must"
MERIT = "merit"
_INLINE_HEADING = regex.compile(r"^\s*([\w\s-]{2,40}):\s")


def segment_states(segments: tuple[Segment, ...], rx: dict[str, regex.Pattern]) -> list[Optional[str]]:
    """The section state (must, merit or None) in force for each segment."""
    must_h, merit_h, other_h = rx.get("must_headings"), rx.get("merit_headings"), rx.get("other_headings")
    state: Optional[str] = None
    out: list[Optional[str]] = []
    part = None
    for seg in segments:
        if seg.location.part != part:
            # A header, footer or footnote does not continue the body's "Krav" section.
            part = seg.location.part
            state = None
        if seg.heading:
            text = seg.text.lstrip("#").strip()
            if merit_h and merit_h.search(text):
                state = MERIT
            elif must_h and must_h.search(text):
                state = MUST
            elif (other_h and other_h.search(text)) or seg.text.lstrip().startswith("#"):
                state = None
            out.append(state)
            continue
        out.append(state)
    return out


def sentence_state(sentence: str, section: Optional[str], rx: dict[str, regex.Pattern]) -> Optional[str]:
    """Must-have, merit or None for one sentence, given its section."""
    merit, must = rx.get("merit_cues"), rx.get("must_cues")
    head = _INLINE_HEADING.match(sentence)
    if head:  # "Krav: …" / "Meriterande: …" at the start of a line
        label = head.group(1)
        if rx.get("merit_headings") and rx["merit_headings"].search(label):
            return MERIT
        if rx.get("must_headings") and rx["must_headings"].search(label):
            return MUST
    if merit and merit.search(sentence):
        return MERIT
    if must and must.search(sentence):
        return MUST
    weak = rx.get("merit_weak_cues")
    if section != MUST and weak and weak.search(sentence):
        return MERIT
    return section
