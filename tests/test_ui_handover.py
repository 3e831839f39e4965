"""Issue 11, part 6: hand-over quality in the desktop app (pytest-qt, offscreen)."""

from __future__ import annotations

import docx

from conftest_ui import *  # noqa: F401,F403 - fixtures
from conftest_ui import BIASED, type_text, wait_lint


def _paragraphs(path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_client_report_names_the_adviser_from_the_settings(qtbot, window, answers, tmp_path):
    from hirelint.ui.settings import LintSettings, SettingsChoice
    from hirelint.ui.settings_dialog import SettingsDialog

    type_text(window, BIASED)
    wait_lint(qtbot, window)
    answers.save_path = tmp_path / "utan-namn.docx"
    text = _paragraphs(window.export_client_report("docx"))
    assert "Upprättad av" not in text and "Datum:" in text

    dlg = SettingsDialog(LintSettings(), "", tmp_path / "logg.jsonl", window, adviser=("", ""))
    dlg.adviser.setText("Anna Lind")
    dlg.firm.setText("Lind Rekrytering AB")
    window.apply_settings(dlg.choice())
    dlg.deleteLater()
    assert window.settings.adviser() == ("Anna Lind", "Lind Rekrytering AB")
    window.apply_settings(SettingsChoice(LintSettings()))  # other settings keep the name
    answers.save_path = tmp_path / "med-namn.docx"
    text = _paragraphs(window.export_client_report("docx"))
    assert "Upprättad av: Anna Lind, Lind Rekrytering AB" in text
