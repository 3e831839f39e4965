"""Discussion units: what the client meeting and the client report go through, one at a time.

A unit is a requirement (``Report.requirements``) holding discrimination or vague-requirement
findings, or — for findings outside any such requirement — the sentence they stand in. Each unit
has ONE proposed wording of its whole range (the requirement's validated ``rewrite``; for a
sentence, the sentence with each finding's first rewrite applied), so accepting a unit writes
exactly what the client saw, and the findings of the unit are decided together.

Units never overlap: a sentence that also holds a requirement unit shrinks to the words its own
findings cover (or, failing that, one unit per finding), so applying one unit never changes the
wording or the proposal of another; offsets of later units only shift.

Pure and Qt-free: the desktop app tracks the unit ranges with text cursors; the client report
and tests use the offsets directly.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, Optional

from hirelint.fix import apply_suggestion
from hirelint.model import Finding, Report, Requirement, Suggestion

REQUIREMENT = "requirement"
SENTENCE = "sentence"
WORDS = "words"  # the flagged words alone (a sentence unit that would overlap a requirement)

# Categories that make a requirement a unit of its own.
REQUIREMENT_CATEGORIES = ("discrimination", "vague-requirement")
_BULLETS = " \t-–•*·"


@dataclass(frozen=True)
class Unit:
    """One wording to discuss with the client: its range in the text it was built from, the
    findings inside it, and the one proposed wording of the whole range (or advice only)."""

    start: int
    end: int
    text: str  # the wording of [start, end) when the unit was built
    findings: tuple[Finding, ...]
    kind: str = SENTENCE  # REQUIREMENT | SENTENCE | WORDS
    requirement: Optional[Requirement] = None
    wording: Optional[str] = None  # the proposed wording of [start, end); None: advice only
    applicability: str = ""  # of the proposal: "review" or "placeholders"

    @property
    def has_proposal(self) -> bool:
        """Whether there is a wording to put in (otherwise the advice is what stands)."""
        return self.wording is not None

    @property
    def advice(self) -> tuple[Suggestion, ...]:
        """The findings' advice (questions for the client), each text once, in finding order."""
        seen, out = set(), []
        for f in self.findings:
            for s in f.suggestions:
                if s.applicability == "advice" and s.text not in seen:
                    seen.add(s.text)
                    out.append(s)
        return tuple(out)

    @property
    def questions(self) -> tuple[str, ...]:
        """The requirement's interview questions (none for a sentence)."""
        return self.requirement.questions if self.requirement is not None else ()

    @property
    def requirement_kind(self) -> str:
        """ "must", "merit" or "" (a sentence that is not a requirement)."""
        if self.requirement is not None:
            return self.requirement.kind
        return next((f.requirement for f in self.findings if f.requirement), "") or ""

    @property
    def location(self) -> str:
        """Where the unit stands, in the findings' words ("stycke 3")."""
        if self.requirement is not None and self.requirement.location:
            return self.requirement.location
        return self.findings[0].location if self.findings else ""

    def moved(self, start: int) -> "Unit":
        """The same unit starting at ``start`` (after an edit earlier in the text)."""
        return replace(self, start=start, end=start + (self.end - self.start))


def build_units(report: Report, findings: Optional[Iterable[Finding]] = None,
                text: Optional[str] = None) -> list[Unit]:
    """The units of ``report`` (or of the given subset ``findings`` of its findings, e.g. those
    not yet settled), in document order. ``text`` is what the offsets index (the report's
    document text by default)."""
    if text is None:
        text = report.document.text if report.document is not None else ""
    shown = sorted(report.findings if findings is None else findings, key=lambda f: (f.start, f.end))
    units: list[Unit] = []
    taken: set[int] = set()
    for req in sorted(report.requirements, key=lambda r: (r.start, r.end)):
        inside = [f for f in shown if id(f) not in taken and req.start <= f.start and f.end <= req.end]
        if not any(f.category in REQUIREMENT_CATEGORIES for f in inside):
            continue
        start, end, wording, applicability = req.start, req.end, None, ""
        rw = req.rewrite
        if rw is not None and rw.applicability != "advice":
            if rw.start is not None and rw.end is not None and rw.start <= req.start and req.end <= rw.end:
                start, end = rw.start, rw.end
            wording, applicability = rw.text, rw.applicability
        taken.update(id(f) for f in inside)
        units.append(Unit(start, end, text[start:end], tuple(inside), REQUIREMENT, req, wording, applicability))
    ranges = [(u.start, u.end) for u in units]
    by_sentence: dict[tuple[int, int], list[Finding]] = {}
    for f in shown:
        if id(f) not in taken:
            by_sentence.setdefault(_sentence(f, text), []).append(f)
    for (s, e), group in by_sentence.items():
        s, e = _trim(text, s, e, min(f.start for f in group), max(f.end for f in group))
        kind = SENTENCE
        if _overlaps(s, e, ranges):
            s, e, kind = min(f.start for f in group), max(f.end for f in group), WORDS
        if _overlaps(s, e, ranges):
            for f in group:
                units.append(_sentence_unit(text, f.start, f.end, [f], WORDS))
            continue
        units.append(_sentence_unit(text, s, e, group, kind))
    units.sort(key=lambda u: (u.start, u.end))
    return units


def apply_unit(text: str, start: int, end: int, wording: str) -> str:
    """``text`` with [start, end) replaced by ``wording``: exactly what the client was shown."""
    if not 0 <= start <= end <= len(text):
        raise ValueError("Stycket finns inte längre i texten.")
    return text[:start] + wording + text[end:]


def context_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) of ``text`` around [start, end), cut as the engine cuts them, without
    list bullets and surrounding space: what the client reads the unit in."""
    from hirelint.model import Document
    from hirelint.nlp.sentences import split_sentences

    cs, ce = start, end
    for seg in Document.from_text(text).segments:
        if seg.end < start or seg.start > end:
            continue
        for s, e in split_sentences(seg.text) or [(0, len(seg.text))]:
            s, e = seg.start + s, seg.start + e
            if s < end and start < e or s <= start < e or s < end <= e:
                cs, ce = min(cs, s), max(ce, e)
    return _trim(text, cs, ce, start, end)


def preview(text: str, unit_start: int, unit_end: int, wording: Optional[str]) -> tuple[str, str, tuple[int, int]]:
    """(the unit's sentence now, the sentence with the unit replaced by ``wording``, the unit's
    range within the first) — the two texts the meeting puts side by side. Without a wording
    the second is empty."""
    cs, ce = context_span(text, unit_start, unit_end)
    now = text[cs:ce]
    if wording is None:
        return now, "", (unit_start - cs, unit_end - cs)
    after = now[:unit_start - cs] + wording + now[unit_end - cs:]
    return now, after, (unit_start - cs, unit_end - cs)


def _sentence_unit(text: str, start: int, end: int, group: list[Finding], kind: str) -> Unit:
    wording, applicability = _apply_first_rewrites(text, start, end, group)
    return Unit(start, end, text[start:end], tuple(group), kind, None, wording, applicability)


def _apply_first_rewrites(text: str, start: int, end: int, group: list[Finding]) -> tuple[Optional[str], str]:
    """The unit's wording with each finding's first rewrite applied (right to left, skipping
    overlaps), or (None, "") when no finding has one."""
    chosen = []
    for f in group:
        s = next((s for s in f.suggestions if s.applicability != "advice"), None)
        if s is None:
            continue
        a, b = (s.start, s.end) if s.start is not None and s.end is not None else (f.start, f.end)
        if start <= a <= b <= end:
            chosen.append((a, b, f, s))
    if not chosen:
        return None, ""
    local = text[start:end]
    last = len(local) + 1
    kinds = set()
    for a, b, f, s in sorted(chosen, key=lambda c: (c[0], c[1]), reverse=True):
        if b - start > last:
            continue  # overlaps a rewrite already applied
        moved = replace(f, start=a - start, end=b - start, text=text[a:b])
        try:
            local = apply_suggestion(local, moved, s)
        except ValueError:
            continue
        last = a - start
        kinds.add(s.applicability)
    if local == text[start:end]:
        return None, ""
    return local, "placeholders" if "placeholders" in kinds else "review"


def _sentence(f: Finding, text: str) -> tuple[int, int]:
    s, e = f.sentence_start, f.sentence_end
    if e <= s or not (s <= f.start and f.end <= e <= len(text)):
        return f.start, f.end
    return s, e


def _trim(text: str, s: int, e: int, keep_start: int, keep_end: int) -> tuple[int, int]:
    """[s, e) without leading list bullets and space and trailing space, never cutting into
    [keep_start, keep_end)."""
    while s < min(keep_start, e) and text[s] in _BULLETS + "\n\r":
        s += 1
    while e > max(keep_end, s) and text[e - 1] in " \t\n\r":
        e -= 1
    return s, e


def _overlaps(s: int, e: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s < b and a < e for a, b in ranges)


def decision_fields(unit: Unit, wording_now: Optional[str] = None) -> dict:
    """The fields that tie a decision to its unit (``hirelint.decisions.Decision``): the unit's
    wording as the client saw it, the proposed wording, its kinds and interview questions."""
    return {
        "unit": unit.text if wording_now is None else wording_now,
        "unit_proposal": unit.wording or "",
        "unit_kind": unit.kind,
        "requirement_kind": unit.requirement_kind,
        "questions": "\n".join(unit.questions),
    }
