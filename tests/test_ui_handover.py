"""Issue 11, part 6: hand-over quality in the desktop app (pytest-qt, offscreen)."""

from __future__ import annotations

import docx

from conftest_ui import *  # noqa: F401,F403 - fixtures
from conftest_ui import BIASED, EXAMPLES, open_file, type_text, wait_lint


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


def _overview_report():
    from hirelint.model import Document, Finding, Report, Requirement

    text = ("Krav\n- Svenska som modersmål\n- Fullt frisk\n- Du är mellan 20 och 30 år\n"
            "- Truckkort A och B\nKörkort är inget krav.")

    def span(words):
        s = text.index(words)
        return s, s + len(words)

    findings = []
    for words, ground in (("Svenska som modersmål", "ethnicity"), ("Fullt frisk", "disability"),
                          ("mellan 20 och 30 år", "age")):
        s, e = span(words)
        findings.append(Finding(code="X", category="discrimination", ground=ground, severity="error",
                                start=s, end=e, text=words, location="", message="m", why="w",
                                legal="", source=""))
    reqs = tuple(Requirement(w, *span(w), "must", True) for w in
                 ("Svenska som modersmål", "Fullt frisk", "Du är mellan 20 och 30 år", "Truckkort A och B"))
    return Report(path="p.txt", findings=tuple(findings), document=Document.from_text(text, "p.txt"),
                  requirements=reqs, balance=(2, 1)), findings


def test_overview_counts_only_clear_must_haves_and_lists_gender_words(qtbot):
    from hirelint.ui.overview import OverviewPanel

    panel = OverviewPanel()
    qtbot.addWidget(panel)
    report, findings = _overview_report()
    panel.set_report(report, findings, (("driven", "Driven"), ("omtänksam",)))
    assert panel.screenable.value() == 1 and panel.screenable.maximum() == 4
    assert panel.screenable.format() == "25 %"
    assert panel.screenable_text.text().startswith("1 av 4 skallkrav")
    verdicts = [panel.requirements.item(r, 2).text() for r in range(panel.requirements.rowCount())]
    assert verdicts[:3] == ["✗ Nej – diskriminerande"] * 3 and verdicts[3] == "✓ Ja"
    # "Körkort är inget krav." is not in the requirement model, so it is no row and no must-have
    assert panel.requirements.rowCount() == 4
    assert "driven (2)" in panel.balance_words.text() and "omtänksam" in panel.balance_words.text()
    assert "driven" in panel.balance.toolTip() and not panel.balance_words.isHidden()
    # a dismissed discrimination finding no longer makes its requirement unclear
    panel.set_report(report, findings[1:])
    assert panel.screenable.value() == 2


def test_window_overview_gets_the_counted_gender_words(qtbot, window):
    type_text(window, "Du är driven och ambitiös, omtänksam och samarbetsvillig.")
    wait_lint(qtbot, window)
    words = window.overview.balance_words.text()
    assert "ambitiös" in words and "omtänksam" in words


def test_meeting_mode_is_usable_at_1024_px(qtbot, window, tmp_path):
    from PySide6.QtWidgets import QLabel

    path = tmp_path / "profil.txt"
    path.write_text((EXAMPLES / "kravprofil-lagerarbetare.txt").read_text(encoding="utf-8"), encoding="utf-8")
    open_file(qtbot, window, path)
    wait_lint(qtbot, window)
    meeting = window.open_meeting(full_screen=False)
    qtbot.waitUntil(meeting.isVisible)
    for size in ((1024, 768), (1024, 600)):
        meeting.resize(*size)
        for i in range(len(meeting.items)):
            meeting.show_item(i)
            qtbot.wait(1)
            assert meeting.minimumSizeHint().width() <= 1024
            assert meeting.width() == 1024
            for label in (meeting.original, meeting.proposal, meeting.why, meeting.legal, meeting.hint):
                assert label.wordWrap()
                if label.isVisible() and label.text():
                    # the whole text has room: never cut mid-line (the body scrolls instead)
                    assert label.height() >= label.heightForWidth(label.width()) - 1, label.objectName()
    for label in meeting.findChildren(QLabel):
        assert label.minimumWidth() == 0
    meeting.close()


def test_meeting_primary_action_looks_primary(qtbot, window, tmp_path):
    path = tmp_path / "profil.txt"
    path.write_text(BIASED, encoding="utf-8")
    open_file(qtbot, window, path)
    wait_lint(qtbot, window)
    meeting = window.open_meeting(full_screen=False)
    qtbot.waitUntil(meeting.isVisible)
    meeting.resize(1024, 700)
    qtbot.wait(1)
    button = meeting.accept_button
    assert button.isDefault() and button.font().bold()
    image = button.grab().toImage()
    centre = image.pixelColor(4, image.height() // 2)
    other = meeting.keep_button.grab().toImage()
    plain = other.pixelColor(4, other.height() // 2)
    assert centre.green() > centre.red() + 40  # filled with the proposal green
    assert plain.red() > 200 and plain.green() > 200  # the others stay light
    meeting.close()
