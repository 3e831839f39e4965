"""Shared fixtures: the bundled rule set and a linter, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def ruleset():
    from hirelint.rules.ruleset import load_ruleset

    return load_ruleset()


@pytest.fixture(scope="session")
def linter(ruleset):
    from hirelint.engine import Linter

    return Linter(ruleset)


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED


def codes(report) -> list[str]:
    """Finding codes of a report, in order."""
    return [f.code for f in report.findings]
