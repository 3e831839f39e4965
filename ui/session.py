"""The open draft: its file, its decisions, and the firm's decision log.

Decisions are kept with the document in a sidecar JSON next to the draft
(``annons.docx.hirelint.json``, see ``hirelint.decisions``): it travels with the draft when a
folder is shared, and reopening the draft restores dismissals and meeting decisions. A draft
that has never been saved keeps its decisions in memory and in the recovery copy until it gets
a file name. Every decision is also appended to the firm's log in the user's data folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Optional

from PySide6.QtCore import QStandardPaths

from hirelint.decisions import (
    FLAGGED,
    RESTORED,
    UNDONE,
    Decision,
    DecisionLog,
    current_user,
    finding_key,
    load_sidecar,
    now_iso,
    save_sidecar,
    sentence_of,
    settled_keys,
    sidecar_path,
    stamped,
)
from hirelint.model import Document, Finding

LOG_NAME = "beslutslogg.jsonl"


def data_dir() -> Path:
    """The user's data folder for hirelint (QStandardPaths.AppDataLocation)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def default_log() -> DecisionLog:
    return DecisionLog(data_dir() / LOG_NAME)


class DraftSession:
    """What belongs to the draft in the editor besides its text."""

    def __init__(self, path: Optional[Path] = None, original: Optional[Document] = None,
                 decisions: Iterable[Decision] = (), log: Optional[DecisionLog] = None):
        self.path = Path(path) if path else None
        self.original = original  # the document as read (keeps .docx locations and runs)
        self.decisions: list[Decision] = list(decisions)
        self.log = log or default_log()
        self._flag_logged: set[tuple] = set()
        self.sidecar_error = ""

    @classmethod
    def open(cls, path: Path, original: Document, log: Optional[DecisionLog] = None) -> "DraftSession":
        return cls(path, original, load_sidecar(path), log)

    @property
    def name(self) -> str:
        return self.path.name if self.path else ""

    @property
    def is_word(self) -> bool:
        return bool(self.path and self.path.suffix.lower() in (".docx", ".docm", ".dotx", ".dotm"))

    def settled(self) -> set[tuple]:
        return settled_keys(self.decisions)

    def visible(self, findings: Iterable[Finding], text: str) -> list[Finding]:
        """Findings not settled by a dismissal or a kept-in-meeting decision."""
        settled = self.settled()
        if not settled:
            return list(findings)
        return [f for f in findings if finding_key(f, text) not in settled]

    def decide(self, action: str, finding: Finding, context: str, **kw) -> Decision:
        """Record a decision about ``finding`` in the sentence ``context``: memory, sidecar, log."""
        decision = Decision.for_finding(action, finding, context, document=self.document_label(), **kw)
        self.record(decision)
        return decision

    def record(self, decision: Decision) -> None:
        self.decisions.append(decision)
        self.log.append(decision)
        self.save_sidecar()

    def withdraw(self, decision: Decision, action: str = UNDONE, reason: str = "") -> bool:
        """Take back a decision: the edit behind an applied rewrite was undone (``undone``), or
        a dismissed or kept finding is shown again (``restored``). The draft's decisions and
        sidecar drop it; the append-only log gets a record saying so. False if it is not one
        of this draft's decisions."""
        for i, d in enumerate(self.decisions):
            if d is decision:
                del self.decisions[i]
                break
        else:
            return False
        self.log.append(stamped(decision, action=action, time=now_iso(), user=current_user(),
                                reason=reason or decision.reason))
        self.save_sidecar()
        return True

    def reinstate(self, decision: Decision) -> Decision:
        """Redo: the undone edit is back, so is its decision (stamped anew)."""
        again = stamped(decision, time=now_iso(), user=current_user())
        self.record(again)
        return again

    def restore(self, decision: Decision) -> bool:
        """Show a dismissed or kept finding again."""
        return self.withdraw(decision, RESTORED)

    def log_open_findings(self, findings: Iterable[Finding], text: str, origin: str) -> int:
        """Log findings still open at a save or export, once per wording per session."""
        new = []
        for f in findings:
            key = finding_key(f, text)
            if key in self._flag_logged:
                continue
            self._flag_logged.add(key)
            new.append(Decision.for_finding(FLAGGED, f, sentence_of(f, text),
                                            document=self.document_label(), origin=origin))
        self.log.extend(new)
        return len(new)

    def document_label(self) -> str:
        return str(self.path) if self.path else "(osparat utkast)"

    def save_sidecar(self) -> None:
        if self.path is None:
            return
        if not self.decisions and not sidecar_path(self.path).exists():
            return
        try:
            save_sidecar(self.path, self.decisions)
            self.sidecar_error = ""
        except OSError as exc:  # a read-only folder must not lose the decision: it is logged
            self.sidecar_error = str(exc)

    def moved_to(self, path: Path) -> None:
        """After Save As: the decisions follow the draft to its new name."""
        self.path = Path(path)
        self.save_sidecar()
