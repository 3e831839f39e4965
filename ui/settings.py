"""The app's settings (QSettings) and what the linter needs from them.

``LintSettings`` is a plain value that crosses to the worker thread; ``AppSettings`` reads and
writes everything the app remembers: lint options, language, window layout and recent files.
Lists are stored as JSON text because QSettings turns a one-element list into a string on
some platforms.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QByteArray, QSettings

from hirelint.model import CATEGORIES, SEVERITIES

MAX_RECENT = 8
LANGUAGES = ("sv", "en")


@dataclass(frozen=True)
class LintSettings:
    """Options that change what the linter reports."""

    disabled: tuple[str, ...] = ()  # categories switched off
    min_severity: str = "info"
    lexicon_folder: str = ""
    allow: tuple[str, ...] = ()

    def to_core(self):
        """The CLI's batch settings (hirelint.batch.LintSettings) for the same options."""
        from hirelint.batch import LintSettings as CoreSettings

        return CoreSettings(
            lexicons=(Path(self.lexicon_folder),) if self.lexicon_folder else (),
            disable=tuple(self.disabled),
            allow=tuple(self.allow),
        )

    def without_lexicons(self) -> "LintSettings":
        """The same options with the bundled lexicons only (when the office's folder fails)."""
        return LintSettings(self.disabled, self.min_severity, "", self.allow)


class AppSettings:
    """Typed access to the app's QSettings."""

    def __init__(self, settings: Optional[QSettings] = None):
        self.q = settings or QSettings()

    # -- lint options -------------------------------------------------------------------------

    def lint(self) -> LintSettings:
        disabled = tuple(c for c in self._list("lint/disabled") if c in CATEGORIES)
        sev = str(self.q.value("lint/min_severity", "info"))
        return LintSettings(
            disabled=disabled,
            min_severity=sev if sev in SEVERITIES else "info",
            lexicon_folder=str(self.q.value("lint/lexicon_folder", "") or ""),
            allow=tuple(self._list("lint/allow")),
        )

    def set_lint(self, value: LintSettings) -> None:
        self._set_list("lint/disabled", list(value.disabled))
        self.q.setValue("lint/min_severity", value.min_severity)
        self.q.setValue("lint/lexicon_folder", value.lexicon_folder)
        self._set_list("lint/allow", list(value.allow))

    # -- language -----------------------------------------------------------------------------

    def language_setting(self) -> str:
        """"sv", "en" or "" (follow the environment)."""
        value = str(self.q.value("ui/language", "") or "")
        return value if value in LANGUAGES else ""

    def set_language(self, value: str) -> None:
        self.q.setValue("ui/language", value if value in LANGUAGES else "")

    def language(self) -> str:
        """The UI language: the setting, else HIRELINT_LANG or LANG/LC_* asking for English,
        else Swedish (the default, whatever the OS language)."""
        chosen = self.language_setting()
        if chosen:
            return chosen
        for var in ("HIRELINT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
            value = os.environ.get(var, "")
            if value:
                return "en" if value.lower().startswith("en") else "sv"
        return "sv"

    # -- window and files ---------------------------------------------------------------------

    def geometry(self) -> Optional[QByteArray]:
        value = self.q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> Optional[QByteArray]:
        value = self.q.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def set_layout(self, geometry: QByteArray, state: QByteArray) -> None:
        self.q.setValue("window/geometry", geometry)
        self.q.setValue("window/state", state)

    def recent_files(self) -> list[str]:
        return [p for p in self._list("files/recent") if isinstance(p, str)][:MAX_RECENT]

    def add_recent(self, path: str) -> list[str]:
        path = str(Path(path).resolve())
        items = [p for p in self.recent_files() if p != path]
        items.insert(0, path)
        self._set_list("files/recent", items[:MAX_RECENT])
        return items[:MAX_RECENT]

    def clear_recent(self) -> None:
        self._set_list("files/recent", [])

    def last_folder(self) -> str:
        return str(self.q.value("files/last_folder", "") or "")

    def set_last_folder(self, folder: str) -> None:
        self.q.setValue("files/last_folder", folder)

    # -- the adviser (for the client report) ------------------------------------------------------

    def adviser(self) -> tuple[str, str]:
        """(the adviser's name, the firm) as entered in the settings; empty when not set."""
        return (str(self.q.value("report/adviser", "") or "").strip(),
                str(self.q.value("report/firm", "") or "").strip())

    def set_adviser(self, name: str, firm: str) -> None:
        self.q.setValue("report/adviser", name.strip())
        self.q.setValue("report/firm", firm.strip())

    def prepared_by(self) -> str:
        """"Name, Firm" for the client report's "Upprättad av" line ("" when neither is set)."""
        return ", ".join(part for part in self.adviser() if part)

    def sync(self) -> None:
        self.q.sync()

    # -- helpers ------------------------------------------------------------------------------

    def _list(self, key: str) -> list:
        raw = self.q.value(key, "[]")
        try:
            value = json.loads(raw) if isinstance(raw, str) else list(raw or [])
        except ValueError:
            return []
        return value if isinstance(value, list) else []

    def _set_list(self, key: str, value: list) -> None:
        self.q.setValue(key, json.dumps(value, ensure_ascii=False))


@dataclass
class SettingsChoice:
    """What the settings dialog returns."""

    lint: LintSettings = field(default_factory=LintSettings)
    language: str = ""
    adviser: Optional[str] = None  # None: leave the stored name as it is
    firm: Optional[str] = None
