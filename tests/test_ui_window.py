"""The main window: open, lint live, underline, explain, apply, dismiss, recover, settings."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from conftest_ui import *  # noqa: F401,F403 - fixtures
from conftest_ui import BIASED, EXAMPLES, make_docx, open_file, type_text, wait_lint

from PySide6.QtCore import QMimeData, Qt, QUrl  # noqa: E402
from PySide6.QtWidgets import QPushButton  # noqa: E402


def _finding(window, words: str):
    return next(f for f in window.shown if words in f.text.lower())


def test_typed_text_is_linted_in_the_background(qtbot, window):
    type_text(window, BIASED)
    wait_lint(qtbot, window)
    categories = {f.category for f in window.shown}
    assert "discrimination" in categories
    assert "vague-requirement" in categories
    assert window.editor.plain_text() == BIASED
    # every finding is underlined and listed
    assert len(window.editor.extraSelections()) == len(window.shown)
    assert len(window.findings_panel.ordered()) == len(window.shown)
    assert "fynd" in window.status_label.text()


def test_debounce_waits_for_a_pause_and_drops_stale_results(qtbot, window):
    sent = []
    window.controller._requestLint.connect(lambda req: sent.append(req))
    for word in ("Vi ", "söker ", "en ", "ung ", "säljkille."):
        type_text(window, word)
        qtbot.wait(20)
    wait_lint(qtbot, window)
    typed = [r for r in sent if r.text]
    assert len(typed) == 1, "typing quickly sends one request after the pause"
    assert typed[0].text == "Vi söker en ung säljkille."
    # An answer to an older request is dropped.
    from hirelint.ui.worker import LintResult

    got = []
    window.controller.resultReady.connect(got.append)
    window.controller._received(LintResult(typed[0].request_id - 1, "gammal", None, "old"))
    assert got == []


def test_window_stays_responsive_while_linting(qtbot, window):
    big = ("Vi söker en ung och hungrig säljkille. Du är stresstålig och flexibel.\n\n" * 400)
    ticks = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    window.editor.setPlainText(big)
    window.controller.lint_now()
    wait_lint(qtbot, window, timeout=60000)
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    # One tick means the lint ended within a tick or two: no gap to measure, nothing blocked.
    assert ticks and max(gaps, default=0.0) < 0.5, f"the GUI thread was blocked for {max(gaps):.2f}s"


def test_open_text_file_and_recent_files(qtbot, window, app_settings):
    path = EXAMPLES / "kravprofil-lagerarbetare.txt"
    assert open_file(qtbot, window, path)
    wait_lint(qtbot, window)
    assert window.shown
    assert window.windowTitle().startswith("kravprofil-lagerarbetare.txt")
    assert str(path.resolve()) == app_settings.recent_files()[0]
    window._fill_recent()
    labels = [a.text() for a in window.recent_menu.actions()]
    assert any("kravprofil-lagerarbetare.txt" in t for t in labels)


def test_open_word_file(qtbot, window, tmp_path):
    path = make_docx(tmp_path / "annons.docx", ["Säljare till Malmö", BIASED])
    assert open_file(qtbot, window, path)
    wait_lint(qtbot, window)
    assert "säljkille" in window.editor.plain_text()
    assert any(f.text.lower() == "säljkille" for f in window.shown)
    assert window.session.is_word


def test_unreadable_file_is_reported_not_crashed(qtbot, window, tmp_path, answers):
    bad = tmp_path / "trasig.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    assert not open_file(qtbot, window, bad)
    assert answers.errors


def test_drop_a_file_on_the_editor(qtbot, window):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(EXAMPLES / "annons-kundtjanst.md"))])
    assert window.editor.canInsertFromMimeData(mime)
    window.editor.insertFromMimeData(mime)
    qtbot.waitUntil(lambda: window.loading is None and window.session.name == "annons-kundtjanst.md")
    wait_lint(qtbot, window)
    assert window.session.name == "annons-kundtjanst.md"


def test_underline_tooltip_and_gutter_symbols(qtbot, window):
    type_text(window, BIASED)
    wait_lint(qtbot, window)
    from hirelint.ui.editor import finding_tooltip
    from hirelint.ui.style import style_for

    f = _finding(window, "säljkille")
    tip = finding_tooltip(f)
    assert style_for(f.category).symbol in tip and f.message in tip
    gutter = window.editor.gutter._block_symbols()
    assert gutter and all(spans for spans in gutter.values())
    # colour is never the only cue: each category has its own symbol and underline style
    symbols = {style_for(c).symbol for c in ("discrimination", "vague-requirement", "gender-coded")}
    assert len(symbols) == 3


def test_selecting_in_the_list_moves_the_cursor_and_explains(qtbot, window):
    type_text(window, BIASED)
    wait_lint(qtbot, window)
    f = _finding(window, "säljkille")
    window.findings_panel.select(f)
    window.editor.show_finding(f)
    assert window.editor.textCursor().position() == f.start
    detail = window.findings_panel.detail
    assert f.message in detail.title.text().replace("&quot;", '"') or f.text in detail.title.text()
    html = detail.text.toPlainText()
    assert "Varför" in html and "Rättslig grund" in html and "Källa" in html


def test_apply_suggestion_with_one_click_and_undo(qtbot, window, decision_log):
    type_text(window, BIASED)
    wait_lint(qtbot, window)
    f = _finding(window, "säljkille")
    window.findings_panel.select(f)

    def buttons():
        return [b for b in window.findings_panel.detail.findChildren(QPushButton)
                if b.objectName() == "applySuggestion" and b.isVisible()]

    qtbot.waitUntil(lambda: bool(buttons()))
    rewrite = next(s for s in f.suggestions if s.applicability != "advice")
    qtbot.mouseClick(buttons()[0], Qt.MouseButton.LeftButton)
    text = window.editor.plain_text()
    assert "säljkille" not in text and rewrite.text in text
    entries = list(decision_log.read())
    assert entries[-1].action == "applied" and entries[-1].text == "säljkille"
    assert entries[-1].suggestion == rewrite.text and entries[-1].user
    assert rewrite.text in entries[-1].result
    # one undo step restores the original wording
    window.editor.undo()
    assert window.editor.plain_text() == BIASED
    wait_lint(qtbot, window)
    assert any(x.text == "säljkille" for x in window.shown)


def test_apply_refuses_when_the_words_were_edited_away(qtbot, window):
    type_text(window, BIASED)
    wait_lint(qtbot, window)
    f = _finding(window, "säljkille")
    cursor = window.editor.textCursor()
    cursor.setPosition(f.start)
    cursor.setPosition(f.end, cursor.MoveMode.KeepAnchor)
    cursor.insertText("säljare")
    s = next(s for s in f.suggestions if s.applicability != "advice")
    assert window.apply_suggestion(f, s) is False
    assert window.editor.plain_text().count("säljare") == 1


def test_dismiss_asks_for_a_reason_and_is_logged(qtbot, window, answers, decision_log, tmp_path):
    path = tmp_path / "annons.txt"
    path.write_text(BIASED, encoding="utf-8")
    open_file(qtbot, window, path)
    wait_lint(qtbot, window)
    f = _finding(window, "säljkille")
    answers.dismiss_reason = "Citat ur kundens gamla annons, inte ett krav."
    assert window.dismiss_finding(f)
    assert all(x.text != "säljkille" for x in window.shown)
    last = list(decision_log.read())[-1]
    assert last.action == "dismissed" and last.reason == answers.dismiss_reason
    assert last.document == str(path) and last.time and last.user
    # kept with the document: the sidecar, and after re-opening the finding stays dismissed
    sidecar = json.loads((tmp_path / "annons.txt.hirelint.json").read_text(encoding="utf-8"))
    assert sidecar["decisions"][0]["reason"] == answers.dismiss_reason
    open_file(qtbot, window, path)
    wait_lint(qtbot, window)
    assert all(x.text != "säljkille" for x in window.shown)


def test_dismiss_cancelled_changes_nothing(qtbot, window, answers, decision_log):
    type_text(window, BIASED)
    wait_lint(qtbot, window)
    before = len(window.shown)
    answers.dismiss_reason = None
    assert not window.dismiss_finding(window.shown[0])
    assert len(window.shown) == before
    assert list(decision_log.read()) == []


def test_overview_counts_balance_and_requirements(qtbot, window):
    open_file(qtbot, window, EXAMPLES / "kravprofil-lagerarbetare.txt")
    wait_lint(qtbot, window)
    ov = window.overview
    total = sum(int(label.text()) for label in ov._count_labels.values())
    assert total == len(window.shown)
    assert ov.requirements.rowCount() == len(window.report.requirements) > 0
    kinds = {ov.requirements.item(r, 1).text() for r in range(ov.requirements.rowCount())}
    assert kinds <= {"Ska", "Merit"}
    assert ov.screenable.maximum() >= 1
    assert ov.balance_text.text()


def test_keyboard_next_previous_finding(qtbot, window):
    type_text(window, BIASED)
    wait_lint(qtbot, window)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.Start)
    window.act_next.trigger()
    first = window.current_finding()
    assert first is not None
    window.act_next.trigger()
    second = window.current_finding()
    assert second is not None and second.start >= first.start
    window.act_prev.trigger()
    assert window.current_finding().start == first.start


def test_unsaved_changes_are_asked_about_on_close(qtbot, window, answers):
    type_text(window, BIASED)
    answers.unsaved = "cancel"
    assert window.close() is False
    assert window.isVisible()
    answers.unsaved = "discard"
    assert window.close() is True


def test_save_text_draft(qtbot, window, answers, tmp_path):
    type_text(window, BIASED)
    answers.save_path = tmp_path / "utkast.txt"
    assert window.save()
    assert answers.save_path.read_text(encoding="utf-8") == BIASED + "\n"
    assert not window.editor.document().isModified()
    # a second save writes in place without asking
    answers.save_path = None
    type_text(window, " Mer text.")
    assert window.save()
    assert "Mer text." in (tmp_path / "utkast.txt").read_text(encoding="utf-8")


def test_word_original_is_never_overwritten(qtbot, window, answers, tmp_path):
    src = make_docx(tmp_path / "kund.docx", [BIASED])
    before = src.read_bytes()
    open_file(qtbot, window, src)
    type_text(window, " Ändrat.")
    answers.save_path = src
    assert not window.save()
    assert src.read_bytes() == before
    answers.save_path = tmp_path / "kund (granskad).docx"
    assert window.save()
    assert answers.save_path.exists() and src.read_bytes() == before


def test_autosave_and_crash_recovery(qtbot, make_window, answers, tmp_path):
    first = make_window()
    type_text(first, "Ett utkast som inte får försvinna.")
    first.autosave()
    copies = list((tmp_path / "recovery").glob("*.json"))
    assert len(copies) == 1
    data = json.loads(copies[0].read_text(encoding="utf-8"))
    assert data["text"] == "Ett utkast som inte får försvinna."
    # A crash leaves the copy without a live owner: simulate with a copy under another name.
    orphan = tmp_path / "recovery" / "kraschad.json"
    orphan.write_text(copies[0].read_text(encoding="utf-8"), encoding="utf-8")
    second = make_window()
    answers.restore = True
    assert second.offer_recovery()
    assert second.editor.plain_text() == "Ett utkast som inte får försvinna."
    assert second.editor.document().isModified()
    assert not orphan.exists()
    # the running first window's own copy is not offered to others
    assert all(d.file != copies[0] for d in second.recovery.orphans())


def test_autosave_timer_runs_after_edits(qtbot, window, tmp_path):
    window._autosave_timer.setInterval(50)
    type_text(window, "Text som autosparas.")
    qtbot.waitUntil(lambda: window.recovery.file.exists(), timeout=3000)
    window.editor.document().setModified(False)
    window.autosave()
    assert not window.recovery.file.exists()


def test_settings_change_what_is_reported(qtbot, window, app_settings):
    type_text(window, BIASED)
    wait_lint(qtbot, window)
    assert any(f.category == "vague-requirement" for f in window.shown)
    from hirelint.ui.settings import LintSettings, SettingsChoice

    window.apply_settings(SettingsChoice(LintSettings(disabled=("vague-requirement",), allow=("säljkille",))))
    wait_lint(qtbot, window)
    assert not any(f.category == "vague-requirement" for f in window.shown)
    assert not any(f.text.lower() == "säljkille" for f in window.shown)
    assert app_settings.lint().disabled == ("vague-requirement",)
    window.apply_settings(SettingsChoice(LintSettings(min_severity="error")))
    wait_lint(qtbot, window)
    assert window.shown and all(f.severity == "error" for f in window.shown)


def test_bad_lexicon_folder_falls_back_to_bundled(qtbot, window, answers, tmp_path):
    from hirelint.ui.settings import LintSettings, SettingsChoice

    window.apply_settings(SettingsChoice(LintSettings(lexicon_folder=str(tmp_path / "finns-inte"))))
    type_text(window, BIASED)
    wait_lint(qtbot, window)
    assert answers.errors and window.shown


def test_settings_dialog_round_trip(qtbot, window):
    from hirelint.ui.settings import LintSettings
    from hirelint.ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(LintSettings(disabled=("gender-coded",), min_severity="warning", allow=("Mansfield",)),
                         "en", Path("/tmp/logg.jsonl"), window)
    qtbot.addWidget(dlg)
    choice = dlg.choice()
    assert choice.lint.disabled == ("gender-coded",)
    assert choice.lint.min_severity == "warning"
    assert choice.lint.allow == ("Mansfield",)
    assert choice.language == "en"


def test_layout_is_remembered(qtbot, make_window, app_settings):
    first = make_window()
    first.resize(1000, 700)
    first.findings_dock.hide()
    first.close()
    assert app_settings.geometry() is not None and app_settings.window_state() is not None
    second = make_window()
    assert not second.findings_dock.isVisible()


def test_widgets_have_accessible_names(qtbot, window):
    for w in (window.editor, window.findings_panel.tree, window.overview, window.overview.requirements,
              window.overview.screenable, window.overview.balance, window.status_label,
              window.findings_panel.detail):
        assert w.accessibleName(), w.objectName()


def test_ui_is_swedish_by_default(qtbot, window):
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles[:2] == ["Arkiv", "Redigera"]


def test_english_translation_is_complete_and_loads(qapp):
    import xml.etree.ElementTree as ET

    from hirelint.ui.i18n import load_ours, translations_dir

    ts = ET.parse(translations_dir() / "hirelint_en.ts")
    unfinished = [m.findtext("source") for m in ts.iter("message")
                  if m.find("translation").get("type") in ("unfinished",)]
    assert unfinished == []
    tr = load_ours("en")
    assert tr is not None
    assert tr.translate("MainWindow", "&Arkiv") == "&File"
    assert tr.translate("Meeting", "Kundens formulering") == "The client's wording"


def test_core_modules_of_the_app_do_not_import_qt():
    import subprocess
    import sys

    code = ("import sys, hirelint.decisions, hirelint.render.client_report;"
            "bad=[m for m in sys.modules if m.startswith(('PySide6','shiboken'))]; sys.exit(1 if bad else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


@pytest.mark.parametrize("command", [["gui", "--help"]])
def test_cli_has_a_gui_subcommand(command, capsys):
    from hirelint.cli import main

    with pytest.raises(SystemExit) as exc:
        main(command)
    assert exc.value.code == 0
    assert "FILE" in capsys.readouterr().out


def test_keyboard_apply_selects_a_placeholder(qtbot, window, decision_log):
    type_text(window, "Du har lång erfarenhet av lager.")
    wait_lint(qtbot, window)
    f = next((f for f in window.shown
              if any(s.applicability != "advice" and "[" in s.text for s in f.suggestions[:1])), None)
    if f is None:
        pytest.skip("no finding with a placeholder rewrite in the current lexicons")
    window.editor.show_finding(f)
    window.findings_panel.select(f)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    selected = window.editor.textCursor().selectedText()
    assert selected.startswith("[") and selected.endswith("]")
    assert list(decision_log.read())[-1].action == "applied"
