"""Records after Undo (issue 11, part 5): Ctrl+Z of an applied rewrite withdraws its decision
from the draft's sidecar and the client report, and the firm's log says it was undone; redo
records it again. Dismissed findings can be restored from the list of decisions."""

from __future__ import annotations

import json

from conftest_ui import *  # noqa: F401,F403 - fixtures
from conftest_ui import BIASED, open_file, type_text, wait_lint

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402


def _open(qtbot, window, tmp_path):
    path = tmp_path / "annons.txt"
    path.write_text(BIASED, encoding="utf-8")
    assert open_file(qtbot, window, path)
    wait_lint(qtbot, window)
    return path


def _finding(window, words: str):
    return next(f for f in window.shown if words in f.text.lower())


def _sidecar_actions(path) -> list[str]:
    side = path.with_name(path.name + ".hirelint.json")
    if not side.exists():
        return []
    return [d["action"] for d in json.loads(side.read_text(encoding="utf-8"))["decisions"]]


def _report_statuses(window) -> list[str]:
    from hirelint.ui import exports

    cr = exports.client_report(window.report, window.session.decisions, "annons.txt", findings=window.shown)
    return [i.status for i in cr.items]


def test_undo_and_redo_of_an_applied_rewrite_follow_in_the_records(qtbot, window, decision_log, tmp_path):
    path = _open(qtbot, window, tmp_path)
    f = _finding(window, "säljkille")
    s = next(s for s in f.suggestions if s.applicability != "advice")
    assert window.apply_suggestion(f, s)
    wait_lint(qtbot, window)
    assert [d.action for d in window.session.decisions] == ["applied"]
    assert _sidecar_actions(path) == ["applied"]
    assert "applied" in _report_statuses(window)

    # Ctrl+Z in the editor, as the user presses it
    window.editor.setFocus()
    QTest.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "säljkille" in window.editor.plain_text()
    qtbot.waitUntil(lambda: window.session.decisions == [], timeout=5000)
    assert _sidecar_actions(path) == []
    wait_lint(qtbot, window)
    assert "applied" not in _report_statuses(window)
    log = list(decision_log.read())
    assert [d.action for d in log] == ["applied", "undone"]
    assert log[-1].text == "säljkille" and log[-1].suggestion == s.text

    # redo: the rewrite and its decision are back
    window.editor.redo()
    assert "säljkille" not in window.editor.plain_text()
    qtbot.waitUntil(lambda: [d.action for d in window.session.decisions] == ["applied"], timeout=5000)
    assert _sidecar_actions(path) == ["applied"]
    assert [d.action for d in decision_log.read()] == ["applied", "undone", "applied"]
    wait_lint(qtbot, window)
    assert "applied" in _report_statuses(window)

    # undo again, then type: the redo stack is gone, and so is the decision for good
    window.editor.undo()
    qtbot.waitUntil(lambda: window.session.decisions == [], timeout=5000)
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    type_text(window, " Välkommen!")
    qtbot.wait(50)
    window.editor.redo()  # nothing to redo
    qtbot.wait(50)
    assert window.session.decisions == []
    assert [d.action for d in decision_log.read()] == ["applied", "undone", "applied", "undone"]


def test_undoing_a_later_edit_keeps_the_applied_rewrite(qtbot, window, decision_log, tmp_path):
    _open(qtbot, window, tmp_path)
    f = _finding(window, "säljkille")
    assert window.apply_suggestion(f, next(s for s in f.suggestions if s.applicability != "advice"))
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    type_text(window, " Tack!")
    window.editor.undo()  # the typing only
    qtbot.wait(50)
    assert [d.action for d in window.session.decisions] == ["applied"]
    assert [d.action for d in decision_log.read()] == ["applied"]


def test_restore_a_dismissed_finding_from_the_list_of_decisions(qtbot, window, answers, decision_log, tmp_path):
    path = _open(qtbot, window, tmp_path)
    f = _finding(window, "säljkille")
    answers.dismiss_reason = "Citat ur kundens gamla annons."
    assert window.dismiss_finding(f)
    assert all(x.text != "säljkille" for x in window.shown)
    assert _sidecar_actions(path) == ["dismissed"]

    dlg = window.open_decisions()
    assert dlg.table.rowCount() == 1
    assert dlg.table.item(0, 0).text() == "Avfärdat"
    assert "Citat" in dlg.table.item(0, 2).text()
    assert not dlg.restore_button.isEnabled()
    dlg.table.selectRow(0)
    assert dlg.restore_button.isEnabled()
    dlg.restore_button.click()

    assert any(x.text == "säljkille" for x in window.shown), "the finding is shown again"
    assert window.session.decisions == [] and _sidecar_actions(path) == []
    assert [d.action for d in decision_log.read()] == ["dismissed", "restored"]
    assert dlg.table.rowCount() == 0 and dlg.empty.isVisibleTo(dlg)
    dlg.close()
    # and it stays shown after reopening the draft
    assert open_file(qtbot, window, path)
    wait_lint(qtbot, window)
    assert any(x.text == "säljkille" for x in window.shown)


def test_applied_decisions_cannot_be_restored_from_the_list(qtbot, window, tmp_path):
    _open(qtbot, window, tmp_path)
    f = _finding(window, "säljkille")
    assert window.apply_suggestion(f, next(s for s in f.suggestions if s.applicability != "advice"))
    dlg = window.open_decisions()
    dlg.table.selectRow(0)
    assert dlg.table.item(0, 0).text() == "Ändrat"
    assert not dlg.restore_button.isEnabled()
    assert not window.restore_decision(window.session.decisions[0])
    dlg.close()
