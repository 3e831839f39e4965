"""Meeting mode: one wording at a time, keyboard-driven, decisions recorded with the draft."""

from __future__ import annotations

from PySide6.QtCore import Qt

from conftest_ui import *  # noqa: F401,F403 - fixtures
from conftest_ui import EXAMPLES, open_file, type_text, wait_lint

TEXT = ("Vi söker en ung säljkille till vårt kontor.\n\n"
        "Krav\n- B-körkort.\n- Du är stresstålig.\n")


def _meeting(qtbot, window, tmp_path, text=TEXT):
    path = tmp_path / "profil.txt"
    path.write_text(text, encoding="utf-8")
    open_file(qtbot, window, path)
    wait_lint(qtbot, window)
    meeting = window.open_meeting(full_screen=False)
    qtbot.waitUntil(meeting.isVisible)
    return meeting


def test_meeting_shows_client_wording_beside_the_proposal(qtbot, window, tmp_path):
    meeting = _meeting(qtbot, window, tmp_path)
    item = meeting.current()
    assert item is not None and len(meeting.items) == len(window.shown)
    assert "<u>" in meeting.original.text()  # the flagged words are marked, not only coloured
    assert meeting.proposal.text()
    assert meeting.why.text() == (item.finding.why or item.finding.message)
    assert "Punkt 1 av" in meeting.position.text()
    assert meeting.original.font().pointSizeF() > 20  # large type for a projector
    meeting.close()


def test_arrows_navigate_and_escape_leaves(qtbot, window, tmp_path):
    meeting = _meeting(qtbot, window, tmp_path)
    qtbot.keyClick(meeting, Qt.Key.Key_Right)
    assert meeting.index == 1
    qtbot.keyClick(meeting, Qt.Key.Key_Left)
    assert meeting.index == 0
    qtbot.keyClick(meeting, Qt.Key.Key_Left)
    assert meeting.index == 0
    qtbot.keyClick(meeting, Qt.Key.Key_End)
    assert meeting.current() is None and "Sammanfattning" in meeting.kind.text()
    qtbot.keyClick(meeting, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.meeting is None)


def test_enter_accepts_the_rewrite_in_the_editor(qtbot, window, tmp_path, decision_log):
    meeting = _meeting(qtbot, window, tmp_path)
    while meeting.current() is not None and meeting.current().advice:
        qtbot.keyClick(meeting, Qt.Key.Key_Right)
    item = meeting.current()
    words = item.finding.text
    qtbot.keyClick(meeting, Qt.Key.Key_Return)
    assert item.status == "accepted"
    text = window.editor.plain_text()
    assert item.suggestion.text in text
    entry = list(decision_log.read())[-1]
    assert entry.action == "accepted" and entry.origin == "meeting" and entry.text == words
    # undoable like any edit
    window.editor.undo()
    assert window.editor.plain_text().rstrip("\n") == TEXT.rstrip("\n")


def test_accepting_several_rewrites_in_a_row(qtbot, window, tmp_path):
    """Later findings still land in the right place after earlier rewrites moved the text."""
    meeting = _meeting(qtbot, window, tmp_path)
    accepted = 0
    while meeting.current() is not None:
        item = meeting.current()
        if item.advice:
            qtbot.keyClick(meeting, Qt.Key.Key_Right)
            continue
        qtbot.keyClick(meeting, Qt.Key.Key_Return)
        assert item.status == "accepted", item.note
        accepted += 1
        qtbot.wait(300)  # let a re-lint arrive in between, as in a real meeting
    assert accepted >= 2
    assert "säljkille" not in window.editor.plain_text()


def test_k_keeps_the_wording_with_a_justification(qtbot, window, tmp_path, decision_log):
    meeting = _meeting(qtbot, window, tmp_path)
    while meeting.current() is not None and "körkort" not in meeting.current().finding.text.lower():
        qtbot.keyClick(meeting, Qt.Key.Key_Right)
    if meeting.current() is None:  # the lexicon may not flag B-körkort; keep the first instead
        meeting.show_item(0)
    item = meeting.current()
    qtbot.keyClick(meeting, Qt.Key.Key_K)
    assert meeting.keep_row.isVisible()
    # Esc in the justification cancels keeping, not the meeting
    qtbot.keyClick(meeting.justification, Qt.Key.Key_Escape)
    assert not meeting.keep_row.isVisible() and meeting.isVisible()
    qtbot.keyClick(meeting, Qt.Key.Key_K)
    qtbot.keyClicks(meeting.justification, "B-")  # QTest types ASCII only; the rest as input
    meeting.justification.insert("körkort behövs: dagliga kundbesök med bil")
    qtbot.keyClick(meeting.justification, Qt.Key.Key_Return)
    assert item.status == "kept"
    entry = list(decision_log.read())[-1]
    assert entry.action == "kept" and entry.reason == "B-körkort behövs: dagliga kundbesök med bil"
    assert entry.origin == "meeting"
    # kept with the document: the sidecar holds it, and the finding is settled in the editor
    assert (tmp_path / "profil.txt.hirelint.json").exists()
    meeting.close()
    wait_lint(qtbot, window)
    assert all(not (f.code == item.finding.code and f.text == item.finding.text) for f in window.shown)


def test_up_down_choose_another_proposal(qtbot, window, tmp_path):
    meeting = _meeting(qtbot, window, tmp_path, EXAMPLES.joinpath("kravprofil-lagerarbetare.txt").read_text(encoding="utf-8"))
    for i, item in enumerate(meeting.items):
        if len([p for p in item.proposals if p[0].applicability != "advice"]) > 1:
            meeting.show_item(i)
            break
    else:
        meeting.close()
        return
    first = meeting.current().proposal
    qtbot.keyClick(meeting, Qt.Key.Key_Down)
    assert meeting.current().proposal != first
    qtbot.keyClick(meeting, Qt.Key.Key_Up)
    assert meeting.current().proposal == first
    meeting.close()


def test_no_findings_no_meeting(qtbot, window, answers):
    type_text(window, "Ekonomiassistent till vårt kontor i Uppsala.")
    wait_lint(qtbot, window)
    assert window.open_meeting(full_screen=False) is None
    assert answers.infos
