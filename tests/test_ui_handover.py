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
    assert panel.screenable_text.text().startswith("1 av 4 ska-krav")
    verdicts = [panel.requirements.item(r, 2).text() for r in range(panel.requirements.rowCount())]
    assert verdicts[:3] == ["⚠ Nej"] * 3 and verdicts[3] == "✓ Ja"
    assert "diskriminera" in panel.requirements.item(0, 2).toolTip()
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


def test_plurals_follow_the_count(qapp):
    from PySide6.QtCore import QCoreApplication

    from hirelint.ui.i18n import load_ours

    t = QCoreApplication.translate
    assert t("Batch", "%n filer granskades.", "", 1) == "1 fil granskades."
    assert t("Batch", "%n filer granskades.", "", 3) == "3 filer granskades."
    assert t("MainWindow", "%n varningar", "", 1) == "1 varning"
    assert t("MainWindow", "%n varningar", "", 0) == "0 varningar"
    assert t("Batch", "%n kommenterade kopior sparades i %1.", "", 1) == "1 kommenterad kopia sparades i %1."
    assert t("Batch", "%1 av %n filer", "", 1) == "%1 av 1 fil"
    en = load_ours("en")  # QTranslator gives the form; QCoreApplication.translate fills in %n
    assert en.translate("Batch", "%n filer granskades.", "", 1) == "%n file linted."
    assert en.translate("Batch", "%n filer granskades.", "", 2) == "%n files linted."
    assert en.translate("MainWindow", "%n varningar", "", 1) == "%n warning"
    assert en.translate("Batch", "%n kommenterade kopior sparades i %1.", "", 1) == "%n annotated copy saved in %1."


def test_every_count_string_has_plural_forms():
    import xml.etree.ElementTree as ET

    from hirelint.ui.i18n import translations_dir

    for lang in ("sv", "en"):
        ts = ET.parse(translations_dir() / f"hirelint_{lang}.ts")
        counted = [m for m in ts.iter("message") if "%n" in (m.findtext("source") or "")]
        assert len(counted) >= 12
        for m in counted:
            assert m.get("numerus") == "yes"
            assert [f.text for f in m.find("translation").iter("numerusform")][0].count("%n") == 1


def test_status_bar_says_one_warning(qtbot, window):
    type_text(window, "Du är stresstålig.")
    wait_lint(qtbot, window)
    warnings = sum(1 for f in window.shown if f.severity == "warning")
    text = window.status_label.text()
    if warnings == 1:
        assert "1 varning," in text or text.endswith("1 varning")
    assert "varningar" not in text or warnings != 1


def test_batch_window_shows_nothing_before_a_run_and_its_table_sorts(qtbot, window, tmp_path):
    from PySide6.QtCore import Qt

    folder = tmp_path / "annonser"
    folder.mkdir()
    (folder / "b.txt").write_text(BIASED + " Du är stresstålig, flexibel och driven.", encoding="utf-8")
    (folder / "a.txt").write_text("Ekonomiassistent till Uppsala.", encoding="utf-8")
    (folder / "ö.txt").write_text(BIASED, encoding="utf-8")
    (folder / "å.txt").write_text(BIASED, encoding="utf-8")
    batch = window.open_batch()
    assert batch.progress.isHidden() and batch.cancel_button.isHidden()
    assert "0 av" not in batch.summary.text()
    batch.folder_edit.setText(str(folder))
    batch.start()
    assert not batch.progress.isHidden()
    qtbot.waitUntil(lambda: not batch.running, timeout=30000)
    assert batch.progress.text() == "4 av 4 filer"
    names = lambda: [batch.table.item(r, 0).text() for r in range(batch.table.rowCount())]  # noqa: E731
    assert names() == ["a.txt", "b.txt", "å.txt", "ö.txt"]  # file order until a header is clicked
    batch.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    counts = [int(batch.table.item(r, 1).text()) for r in range(4)]
    assert counts == sorted(counts, reverse=True) and names()[-1] == "a.txt"
    batch.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names() == ["ö.txt", "å.txt", "b.txt", "a.txt"]  # Swedish order: … z å ä ö
    # double-click opens the right file whatever the order
    opened = []
    batch.openRequested.connect(opened.append)
    batch._open_row(0, 0)
    assert opened and opened[0].endswith("ö.txt")
    batch.close()


def test_panels_stack_so_the_editor_gets_the_room_at_1366(qtbot, window):
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    qtbot.wait(20)
    assert window.tabifiedDockWidgets(window.findings_dock) == [window.overview_dock]
    assert window.editor.width() >= 0.6 * window.width()
    window.resize(1800, 1000)
    qtbot.waitUntil(lambda: window.width() == 1800)
    qtbot.wait(20)
    assert not window.tabifiedDockWidgets(window.findings_dock)
    assert not window.overview_dock.isHidden() and not window.findings_dock.isHidden()


def test_f6_moves_between_panes_and_ctrl_digits_apply_suggestions(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    type_text(window, "Vi söker en säljkille.")
    wait_lint(qtbot, window)
    f = next(f for f in window.shown if f.text.lower() == "säljkille")
    window.findings_panel.select(f)
    window.editor.setFocus()
    seen = []
    for _ in range(len(window.panes())):
        seen.append(window.focus_pane(1))
    assert seen[0] is window.findings_panel.tree
    assert seen[1] is window.findings_panel.detail.buttons[0]  # the first "Använd" button
    assert seen[-1] is window.editor
    assert window.focus_pane(-1) is not window.editor  # Shift+F6 goes back
    window.editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor, timeout=2000)
    qtbot.keyClick(window.editor, Qt.Key.Key_F6)  # the real key, through the window's action
    assert QApplication.focusWidget() is window.findings_panel.tree
    shortcuts = {a.shortcut().toString() for a in window.actions()}
    assert {"F6", "Shift+F6", "Ctrl+1", "Ctrl+9"} <= shortcuts
    # every suggestion button is reachable with Tab and named by its shortcut
    buttons = window.findings_panel.detail.buttons
    assert buttons and all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
    assert buttons[0].text().endswith("Ctrl+1")
    rewrites = [s for s in f.suggestions if s.applicability != "advice"]
    n = min(2, len(rewrites))
    window.findings_panel.select(f)
    assert window.apply_numbered(n)
    assert rewrites[n - 1].text in window.editor.plain_text()
    assert QApplication.instance() is not None


def test_two_findings_on_one_span_are_both_listed(qtbot, qapp):
    from hirelint.model import Finding, Suggestion
    from hirelint.ui.editor import DraftEditor, finding_tooltip
    from hirelint.ui.findings_panel import FindingsPanel

    text = "Vi söker en ung säljkille."
    s = text.index("ung")

    def make(code, category, ground, message):
        return Finding(code=code, category=category, ground=ground, severity="warning", start=s, end=s + 3,
                       text="ung", location="", message=message, why="w", legal="", source="",
                       suggestions=(Suggestion("driven"),))

    a = make("ALD001", "discrimination", "age", "Ålderskrav: ”ung”.")
    b = make("KOD001", "gender-coded", None, "Könskodat ord: ”ung”.")
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.set_findings([a, b])
    assert len(panel.ordered()) == 2
    panel.select(a)
    assert not panel.detail.also.isHidden() and "Könskodat ord" in panel.detail.also.text()
    panel.select(b)
    assert "Ålderskrav" in panel.detail.also.text()

    editor = DraftEditor()
    qtbot.addWidget(editor)
    editor.set_text(text)
    editor.set_findings([a, b], text)
    spans = editor.spans_at(s + 1)
    assert {sp.finding.code for sp in spans} == {"ALD001", "KOD001"}
    tip = "\n\n".join(finding_tooltip(sp.finding) for sp in spans)
    assert "Ålderskrav" in tip and "Könskodat" in tip


def test_explanation_shows_no_empty_source_and_no_bare_strength(qtbot):
    from hirelint.model import Finding
    from hirelint.ui.findings_panel import FindingDetail

    detail = FindingDetail()
    qtbot.addWidget(detail)
    weak = Finding(code="VAG001", category="vague-requirement", ground=None, severity="warning", start=0,
                   end=5, text="glad", location="", message="m", why="Varför-text", legal="", source="",
                   strength="bransch")
    detail.show_finding(weak)
    html = detail.text.toPlainText()
    assert "Källa" not in html and "bransch" not in html and "Varför-text" in html


def test_context_menu_and_tooltip_list_both_findings_on_one_span(qtbot, monkeypatch):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QContextMenuEvent, QHelpEvent
    from PySide6.QtWidgets import QMenu, QToolTip

    from hirelint.model import Finding, Suggestion
    from hirelint.ui.editor import DraftEditor

    text = "Vi söker en ung säljare."
    s = text.index("ung")
    a = Finding(code="ALD001", category="discrimination", ground="age", severity="error", start=s, end=s + 3,
                text="ung", location="", message="Ålderskrav.", why="w", legal="", source="",
                suggestions=(Suggestion("driven"),))
    b = Finding(code="KOD001", category="gender-coded", ground=None, severity="info", start=s, end=s + 3,
                text="ung", location="", message="Könskodat ord.", why="w", legal="", source="",
                suggestions=(Suggestion("engagerad"),))
    editor = DraftEditor()
    qtbot.addWidget(editor)
    editor.resize(600, 200)
    editor.show()
    editor.set_text(text)
    editor.set_findings([a, b], text)
    cur = editor.textCursor()
    cur.setPosition(s + 1)
    pos = editor.cursorRect(cur).center()

    shown = {}

    class RecordingMenu(QMenu):
        def exec(self, *args):  # noqa: A003 - Qt's name
            shown["actions"] = [act.text() for act in self.actions()]

    import hirelint.ui.editor as editor_module

    monkeypatch.setattr(editor_module, "QMenu", RecordingMenu)
    assert editor.spans_at(cur.position())
    editor.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, editor.mapToGlobal(pos)))
    texts = " | ".join(shown["actions"])
    assert "Ålderskrav." in texts and "Könskodat ord." in texts
    assert "Ersätt med ”driven”" in texts and "Ersätt med ”engagerad”" in texts

    tips = []
    monkeypatch.setattr(QToolTip, "showText", lambda *args: tips.append(args[1]))
    view_pos = pos + QPoint(editor.viewportMargins().left(), 0)
    editor.event(QHelpEvent(QEvent.Type.ToolTip, view_pos, editor.mapToGlobal(view_pos)))
    assert tips and "Ålderskrav." in tips[0] and "Könskodat ord." in tips[0]
