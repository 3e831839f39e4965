"""Configuration from ``hirelint.toml`` or ``[tool.hirelint]`` in ``pyproject.toml``.

Looked for in the working folder and its parents (the first file found wins), or given with
``--config``. Keys::

    disable = ["ALD011", "gender-coded"]      # codes, categories or grounds
    min-severity = "warning"                  # info | warning | error
    allow = ["Mansfield Industri"]            # words or names never flagged
    lexicons = ["./egna-lexikon"]             # extra lexicon folders (relative to the file)
    [severity]                                # per-code overrides
    PRX001 = "info"
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from hirelint.model import SEVERITIES


class ConfigError(ValueError):
    """A configuration file that cannot be used."""


@dataclass
class Config:
    """Settings for a lint run."""

    disable: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    allow: list[str] = field(default_factory=list)
    lexicons: list[Path] = field(default_factory=list)
    min_severity: Optional[str] = None
    path: Optional[Path] = None


def find_config(start: Path) -> Optional[Path]:
    """The nearest hirelint.toml, or pyproject.toml with [tool.hirelint], from ``start`` up."""
    start = start.resolve()
    for folder in (start, *start.parents):
        candidate = folder / "hirelint.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
                continue
            if "hirelint" in data.get("tool", {}):
                return pyproject
    return None


def load_config(path: Optional[Path]) -> Config:
    """Read a config file (None gives the defaults). Raises ConfigError with a clear message."""
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"Konfigurationsfilen finns inte: {path}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: ogiltig TOML: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("hirelint", {})
    known = {"disable", "severity", "allow", "lexicons", "min-severity"}
    unknown = set(data) - known
    if unknown:
        raise ConfigError(f"{path}: okända nycklar: {', '.join(sorted(unknown))}")

    def str_list(key: str) -> list[str]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{path}: {key} ska vara en lista med strängar")
        return value

    severity = data.get("severity", {})
    if not isinstance(severity, dict) or any(v not in SEVERITIES for v in severity.values()):
        raise ConfigError(f"{path}: [severity] ska ange info, warning eller error per regelkod")
    min_sev = data.get("min-severity")
    if min_sev is not None and min_sev not in SEVERITIES:
        raise ConfigError(f"{path}: min-severity ska vara info, warning eller error")
    return Config(
        disable=str_list("disable"),
        severity=dict(severity),
        allow=str_list("allow"),
        lexicons=[(path.parent / p).resolve() for p in str_list("lexicons")],
        min_severity=min_sev,
        path=path,
    )
