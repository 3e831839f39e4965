"""The kravprofil beside the draft: aligned requirements, drift marked, jump-to in both."""

from __future__ import annotations

from conftest_ui import *  # noqa: F401,F403 - fixtures
from conftest_ui import open_file, type_text, wait_lint

from tests.fixtures.compare.build import build_pair, load_pairs


def _pair(name, folder):
    pair = next(p for p in load_pairs() if p["name"] == name)
    return build_pair(pair, folder)


def test_side_by_side_view(qtbot, window, tmp_path):
    profile, ad = _pair("lastbil", tmp_path)
    assert open_file(qtbot, window, ad)
    wait_lint(qtbot, window)
    view = window.open_compare(profile)
    assert view.comparison is not None
    assert view.verdict.text().startswith("3 avvikelser")
    statuses = [r[0] for r in view.rows]
    assert statuses.count("missing") == 1 and "drift" in statuses
    assert view.table.rowCount() == len(view.rows)
    assert "Körkort C" in view.profile_view.toPlainText()

    # selecting a drifted row marks the requirement in both documents
    row = next(i for i, r in enumerate(view.rows) if r[0] == "drift" and r[1] is not None)
    view.select_row(row)
    status, p, a, notes = view.rows[row]
    assert "Erfarenhetskravet" in notes or "Meriterande" in notes
    sel = view.profile_view.extraSelections()
    assert sel and sel[0].cursor.selectedText() == view.profile_view.toPlainText()[p.start:p.end]
    sel = view.ad_view.extraSelections()
    assert sel and sel[0].cursor.selectedText() == window.report_text[a.start:a.end]

    # jump to the draft selects the ad's requirement in the editor
    assert view.jump_to_draft()
    assert window.editor.textCursor().selectedText() == window.report_text[a.start:a.end]

    # a missing requirement has nothing to jump to in the draft
    row = next(i for i, r in enumerate(view.rows) if r[0] == "missing")
    view.select_row(row)
    assert not view.jump_button.isEnabled()
    assert not view.jump_to_draft()


def test_view_follows_the_draft(qtbot, window, tmp_path):
    profile, ad = _pair("snickare", tmp_path)
    type_text(window, ad.read_text(encoding="utf-8"))
    wait_lint(qtbot, window)
    view = window.open_compare(profile)
    assert view.verdict.text() == "Annonsen följer kravprofilen."
    type_text(window, "\nVi söker dig som är ung och har svenska som modersmål.\n")
    wait_lint(qtbot, window)
    qtbot.waitUntil(lambda: view.verdict.text() != "Annonsen följer kravprofilen.", timeout=10000)
    assert "avvikelse" in view.verdict.text()


def test_unreadable_profile_is_told(qtbot, window, tmp_path):
    bad = tmp_path / "trasig.docx"
    bad.write_bytes(b"PK\x03\x04 inte en zip")
    type_text(window, "Vi söker dig som har B-körkort.")
    wait_lint(qtbot, window)
    view = window.open_compare(bad)
    assert view.comparison is None
    assert view.verdict.text().startswith("Kravprofilen kunde inte läsas")


def test_client_report_from_the_app_has_the_comparison(qtbot, window, answers, tmp_path):
    import docx

    profile, ad = _pair("elektriker", tmp_path)
    assert open_file(qtbot, window, ad)
    wait_lint(qtbot, window)
    window.open_compare(profile)
    answers.save_path = tmp_path / "kundrapport.docx"
    assert window.export_client_report("docx") == answers.save_path
    d = docx.Document(answers.save_path)
    assert "Kravprofil och annons" in [p.text for p in d.paragraphs]
    assert any("Kravprofil och annons: 2 avvikelser" in p.text for p in d.paragraphs)
