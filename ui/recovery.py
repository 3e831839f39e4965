"""Autosaved recovery copies of the draft, so text is never lost to a crash.

Each running window owns one recovery file in the user's data folder and holds a QLockFile
beside it. A recovery file whose lock is free (its owner crashed or was killed) is an orphan,
offered back at the next start. A clean exit removes the window's own file. Writes are atomic.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from PySide6.QtCore import QLockFile

from hirelint.decisions import Decision, now_iso
from hirelint.render.atomic import atomic_write

AUTOSAVE_MS = 3000


@dataclass(frozen=True)
class RecoveredDraft:
    """A draft found after a crash."""

    file: Path
    text: str
    path: str  # the draft's own file, "" when it was never saved
    saved_at: str
    decisions: tuple[Decision, ...]


class RecoveryStore:
    """The recovery folder; ``save`` writes this window's copy."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.id = uuid.uuid4().hex
        self.file = self.folder / f"{self.id}.json"
        self._lock = QLockFile(str(self.folder / f"{self.id}.lock"))
        self._lock.setStaleLockTime(0)  # stale only when the owner is gone, never by age
        self._lock.tryLock(0)

    def save(self, text: str, path: Optional[Path], decisions: Iterable[Decision] = ()) -> None:
        body = {
            "schema": 1,
            "text": text,
            "path": str(path) if path else "",
            "saved_at": now_iso(),
            "decisions": [d.to_json() for d in decisions],
        }
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        atomic_write(self.file, lambda fh: fh.write(data))

    def discard(self) -> None:
        """Forget this window's copy (after a save or a deliberate discard)."""
        self.file.unlink(missing_ok=True)

    def close(self) -> None:
        """A clean exit: remove the copy and the lock."""
        self.discard()
        self._lock.unlock()

    def orphans(self) -> list[RecoveredDraft]:
        """Recovery copies left by windows that did not exit cleanly, newest first."""
        found = []
        for file in self.folder.glob("*.json"):
            if file == self.file:
                continue
            lock = QLockFile(str(file.with_suffix(".lock")))
            lock.setStaleLockTime(0)
            if not lock.tryLock(0):
                continue  # another running window owns it
            lock.unlock()
            draft = _read(file)
            if draft is None:
                continue
            found.append(draft)
        return sorted(found, key=lambda d: d.saved_at, reverse=True)

    def remove(self, draft: RecoveredDraft) -> None:
        """Delete an orphan once it has been restored or declined."""
        draft.file.unlink(missing_ok=True)
        draft.file.with_suffix(".lock").unlink(missing_ok=True)


def _read(file: Path) -> Optional[RecoveredDraft]:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        decisions = tuple(Decision.from_json(d) for d in data.get("decisions", []))
        return RecoveredDraft(file, str(data["text"]), str(data.get("path", "")),
                              str(data.get("saved_at", "")), decisions)
    except (OSError, ValueError, KeyError, TypeError):
        return None
