"""Decisions about findings: what was flagged, applied, dismissed or kept, why, when, by whom.

Two records, both plain JSON that other tools can read:

- ``DecisionLog`` — the firm's append-only record of active measures (aktiva åtgärder), one JSON
  object per line. Each decision is appended with a single ``write`` to a file opened in append
  mode under an advisory lock and flushed to disk, so concurrent writers (two app windows, a
  colleague on a shared folder) never interleave or truncate lines, and a crash leaves at most
  one incomplete last line, which ``read`` skips.
- The sidecar — the decisions for one draft, kept next to it as ``<file name>.hirelint.json``
  and rewritten atomically (temporary file + rename). It travels with the draft when the
  folder is shared, so reopening the draft restores dismissals and meeting decisions.

No Qt here: the desktop app decides where the log lives (the user's data folder); the CLI and
tests can use the same writer.
"""

from __future__ import annotations

import getpass
import json
import os
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime
from pathlib import Path
from typing import Iterable, Iterator, Optional

from hirelint.fix import apply_suggestion
from hirelint.model import Finding, Suggestion
from hirelint.render.atomic import atomic_write

SCHEMA = 1
SIDECAR_SUFFIX = ".hirelint.json"

FLAGGED = "flagged"  # the finding was shown and left open when the draft was saved or exported
APPLIED = "applied"  # a suggested rewrite was applied in the editor
DISMISSED = "dismissed"  # the recruiter judged the finding not to apply, with a reason
ACCEPTED = "accepted"  # in the client meeting: the client accepted the rewrite
KEPT = "kept"  # in the client meeting: the client kept the original, with a justification
UNDONE = "undone"  # the edit of an applied/accepted rewrite was undone (Ctrl+Z) in the editor
RESTORED = "restored"  # a dismissed or kept finding was shown again (the decision withdrawn)
ACTIONS = (FLAGGED, APPLIED, DISMISSED, ACCEPTED, KEPT, UNDONE, RESTORED)
# Records that withdraw an earlier decision about the same wording (log only: the draft's own
# decisions simply drop the withdrawn one).
WITHDRAWING = (UNDONE, RESTORED)

# Decisions after which the finding is no longer shown for the same wording.
SETTLING = (DISMISSED, KEPT)

ACTION_LABELS = {
    FLAGGED: "flaggat",
    APPLIED: "ändrat",
    DISMISSED: "avfärdat",
    ACCEPTED: "godtaget av kunden",
    KEPT: "behållet av kunden",
    UNDONE: "ändringen ångrad",
    RESTORED: "återställt",
}


@dataclass(frozen=True)
class Decision:
    """One decision about one finding. ``context`` is the sentence as it stood when flagged."""

    action: str
    code: str
    category: str
    ground: Optional[str]
    text: str
    context: str
    message: str = ""
    why: str = ""
    legal: str = ""
    source: str = ""
    strength: str = ""
    severity: str = ""
    suggestion: str = ""  # the proposed wording that was applied, accepted or turned down
    result: str = ""  # the sentence after the change (applied/accepted)
    reason: str = ""  # why it was dismissed or kept
    document: str = ""
    user: str = ""
    time: str = ""
    origin: str = "editor"  # editor | meeting | export
    # Meeting decisions are made per unit (a requirement, or a sentence; see hirelint.units):
    # one record per finding of the unit, each carrying the unit's wording as the client saw it,
    # the one proposed wording of the whole unit, the requirement's kind and its interview
    # questions (one per line). Empty for decisions about a single finding (and in older logs).
    unit: str = ""
    unit_proposal: str = ""
    unit_kind: str = ""  # "requirement" | "sentence" | "words" | ""
    requirement_kind: str = ""  # "must" | "merit" | ""
    questions: str = ""

    def __post_init__(self):
        if self.action not in ACTIONS:
            raise ValueError(f"okänd åtgärd: {self.action}")

    @classmethod
    def for_finding(
        cls,
        action: str,
        finding: Finding,
        context: str,
        *,
        suggestion: str = "",
        result: str = "",
        reason: str = "",
        document: str = "",
        origin: str = "editor",
        user: Optional[str] = None,
        time: Optional[str] = None,
        unit: str = "",
        unit_proposal: str = "",
        unit_kind: str = "",
        requirement_kind: str = "",
        questions: str = "",
    ) -> "Decision":
        """A decision stamped with the OS user name and the local time (ISO 8601 with offset);
        ``unit`` and the fields after it tie it to the meeting unit it was taken for."""
        return cls(
            action=action,
            code=finding.code,
            category=finding.category,
            ground=finding.ground,
            text=finding.text,
            context=context,
            message=finding.message,
            why=finding.why,
            legal=finding.legal,
            source=finding.source,
            strength=finding.strength,
            severity=finding.severity,
            suggestion=suggestion,
            result=result,
            reason=reason.strip(),
            document=document,
            user=current_user() if user is None else user,
            time=now_iso() if time is None else time,
            origin=origin,
            unit=unit,
            unit_proposal=unit_proposal,
            unit_kind=unit_kind,
            requirement_kind=requirement_kind,
            questions=questions,
        )

    def key(self) -> tuple[str, str, str]:
        """What identifies the flagged wording across re-lints: rule, words and sentence."""
        return decision_key(self.code, self.text, self.context)

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> "Decision":
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


def decision_key(code: str, text: str, context: str) -> tuple[str, str, str]:
    """Normalised identity of a flagged wording (case and surrounding space do not matter)."""
    return code, " ".join(text.lower().split()), " ".join(context.split())


def finding_key(finding: Finding, document_text: str) -> tuple[str, str, str]:
    """The ``decision_key`` of a finding in the text it was found in."""
    return decision_key(finding.code, finding.text, sentence_of(finding, document_text))


def sentence_of(finding: Finding, document_text: str) -> str:
    """The sentence a finding sits in (the flagged span itself if the engine gave none)."""
    s, e = finding.sentence_start, finding.sentence_end
    if e <= s or e > len(document_text):
        s, e = finding.start, finding.end
    return document_text[s:e].strip()


def rewrite_sentence(finding: Finding, document_text: str, suggestion: Suggestion) -> str:
    """The finding's sentence as it would read with ``suggestion`` applied (for previews, the
    meeting view and the client report). Advice leaves the sentence as it is."""
    s, e = finding.sentence_start, finding.sentence_end
    if e <= s or not (s <= finding.start and finding.end <= e <= len(document_text)):
        s, e = finding.start, finding.end
    if suggestion.applicability != "advice" and suggestion.start is not None and suggestion.end is not None:
        # A requirement's rewrite: show the whole requirement (and the sentence around it).
        s, e = min(s, suggestion.start), max(e, suggestion.end)
        suggestion = replace(suggestion, start=suggestion.start - s, end=suggestion.end - s)
    sentence = document_text[s:e]
    if suggestion.applicability == "advice":
        return sentence.strip()
    local = replace(finding, start=finding.start - s, end=finding.end - s)
    try:
        return apply_suggestion(sentence, local, suggestion).strip()
    except ValueError:
        return sentence.strip()


def sentence_at(text: str, position: int) -> str:
    """The sentence around ``position`` in ``text``, cut exactly as the engine cuts it (plain
    text segments, then sentences), so a decision made on edited text matches the findings of
    the next lint."""
    from hirelint.model import Document
    from hirelint.nlp.sentences import split_sentences

    for seg in Document.from_text(text).segments:
        if seg.start <= position < seg.end or (position == seg.end and seg.text):
            local = position - seg.start
            spans = split_sentences(seg.text) or [(0, len(seg.text))]
            for s, e in spans:
                if s <= local < e:
                    return seg.text[s:e].strip()
            s, e = spans[-1]
            return seg.text[s:e].strip()
    return ""


def settled_keys(decisions: Iterable[Decision]) -> set[tuple[str, str, str]]:
    """Keys of findings that a dismissal or a kept-in-meeting decision has settled (and no
    later ``restored`` record has withdrawn)."""
    keys: set[tuple[str, str, str]] = set()
    for d in decisions:
        if d.action in SETTLING:
            keys.add(d.key())
        elif d.action == RESTORED:
            keys.discard(d.key())
    return keys


def current_user() -> str:
    """The OS user name, or "okänd" where the platform cannot tell."""
    try:
        return getpass.getuser()
    except Exception:  # getpass raises various errors without a login name (services, containers)
        return "okänd"


def now_iso() -> str:
    """Local time with its UTC offset, to the second."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


# -- the firm's log -----------------------------------------------------------------------------


class DecisionLog:
    """Append-only JSON Lines log of decisions."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)

    def append(self, decision: Decision) -> None:
        """Append one decision as one line; safe against concurrent writers and crashes."""
        self.extend([decision])

    def extend(self, decisions: Iterable[Decision]) -> None:
        """Append several decisions in one locked write."""
        data = "".join(
            json.dumps(d.to_json(), ensure_ascii=False, sort_keys=True) + "\n" for d in decisions
        ).encode("utf-8")
        if not data:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        flags = os.O_RDWR | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)
        fd = os.open(self.path, flags, 0o600)
        try:
            with _locked(fd):
                _repair_tail(fd)
                view = memoryview(data)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
                os.fsync(fd)
        finally:
            os.close(fd)

    def read(self) -> Iterator[Decision]:
        """All complete, valid decisions in the log, oldest first."""
        try:
            fh = open(self.path, encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return
        with fh:
            for line in fh:
                if not line.endswith("\n"):
                    break  # a write cut short by a crash
                try:
                    yield Decision.from_json(json.loads(line))
                except (ValueError, TypeError):
                    continue


def _repair_tail(fd: int) -> None:
    """If a crash left a last line without its newline, end it so the next line stays valid."""
    size = os.fstat(fd).st_size
    if size == 0:
        return
    if hasattr(os, "pread"):
        last = os.pread(fd, 1, size - 1)
    else:
        os.lseek(fd, size - 1, os.SEEK_SET)
        last = os.read(fd, 1)
    if last != b"\n":
        os.write(fd, b"\n")  # O_APPEND: lands at the end whatever the read position


class _locked:
    """Advisory whole-file lock: fcntl on POSIX, msvcrt on Windows."""

    def __init__(self, fd: int):
        self.fd = fd

    def __enter__(self):
        if os.name == "nt":
            import msvcrt

            os.lseek(self.fd, 0, os.SEEK_SET)
            msvcrt.locking(self.fd, msvcrt.LK_LOCK, 1)
        else:
            import fcntl

            fcntl.flock(self.fd, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc):
        if os.name == "nt":
            import msvcrt

            os.lseek(self.fd, 0, os.SEEK_SET)
            msvcrt.locking(self.fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(self.fd, fcntl.LOCK_UN)


# -- the sidecar next to a draft ----------------------------------------------------------------


def sidecar_path(document_path: str | os.PathLike) -> Path:
    """``annons.docx`` -> ``annons.docx.hirelint.json`` (the full name, so .txt and .docx
    drafts of the same ad keep separate decisions)."""
    p = Path(document_path)
    return p.with_name(p.name + SIDECAR_SUFFIX)


def load_sidecar(document_path: str | os.PathLike) -> list[Decision]:
    """Decisions saved next to a draft; an absent or unreadable sidecar gives none."""
    path = sidecar_path(document_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    out = []
    for item in data.get("decisions", []) if isinstance(data, dict) else []:
        try:
            out.append(Decision.from_json(item))
        except (TypeError, ValueError):
            continue
    return out


def save_sidecar(document_path: str | os.PathLike, decisions: Iterable[Decision]) -> Path:
    """Write the draft's decisions next to it, atomically. Returns the sidecar's path."""
    path = sidecar_path(document_path)
    body = {
        "schema": SCHEMA,
        "document": Path(document_path).name,
        "decisions": [d.to_json() for d in decisions],
    }
    data = (json.dumps(body, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    atomic_write(path, lambda fh: fh.write(data))
    return path


def stamped(decision: Decision, **changes) -> Decision:
    """A copy of a decision with some fields changed (e.g. the document name after Save As)."""
    return replace(decision, **changes)
