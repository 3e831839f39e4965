"""Meeting mode: one wording at a time, keyboard-driven, decisions recorded with the draft."""

from __future__ import annotations

from PySide6.QtCore import Qt

from conftest_ui import *  # noqa: F401,F403 - fixtures
from conftest_ui import EXAMPLES, open_file, type_text, wait_lint

TEXT = ("Vi söker en ung säljkille till vårt kontor.\n\n"
        "Krav\n- B-körkort.\n- Du är stresstålig.\n")
# Two requirements in one sentence, each with its own rewrite.
SHARED = "Krav\n- Du har lång erfarenhet av redovisning och kan tala flytande svenska.\n"


def _plain(rich: str) -> str:
    """A label's rich text as the reader sees it."""
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(rich)
    return doc.toPlainText().replace("\u2029", "\n").strip()


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
    # one item per unit: the sentence with "ung" and "säljkille", B-körkort, stresstålig
    assert item is not None and len(meeting.items) == 3
    assert sum(len(i.findings) for i in meeting.items) == len(window.shown)
    assert {f.text for f in item.findings} == {"ung", "säljkille"}
    assert _plain(meeting.original.text()) == "Vi söker en ung säljkille till vårt kontor."
    assert meeting.original.text().count("<u>") == 2  # both flagged words marked, not only coloured
    assert _plain(meeting.proposal.text()) == "Vi söker en säljare till vårt kontor."
    for f in item.findings:  # the reasons of all the unit's findings
        assert (f.why or f.message) in _plain(meeting.why.text())
    assert "Punkt 1 av 3" in meeting.position.text()
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
    item = meeting.current()
    shown = _plain(meeting.proposal.text())
    qtbot.keyClick(meeting, Qt.Key.Key_Return)
    assert item.status == "accepted"
    assert window.editor.plain_text().startswith(shown + "\n")
    entries = list(decision_log.read())[-2:]  # one decision per finding of the unit
    assert {e.text for e in entries} == {"ung", "säljkille"}
    assert all(e.action == "accepted" and e.origin == "meeting" for e in entries)
    assert all(e.unit == "Vi söker en ung säljkille till vårt kontor." for e in entries)
    assert all(e.unit_proposal == shown and e.result == shown for e in entries)
    # undoable like any edit, and the undo withdraws both decisions
    window.editor.undo()
    assert window.editor.plain_text().rstrip("\n") == TEXT.rstrip("\n")
    qtbot.waitUntil(lambda: window.session.decisions == [], timeout=5000)


# Three units with a wording each: a prose sentence and two requirements.
THREE = ("Vi söker en ung säljkille till vårt kontor.\n\n"
         "Krav\n- Lång erfarenhet av försäljning.\n- Du talar flytande svenska.\n")


def test_accepting_several_rewrites_in_a_row(qtbot, window, tmp_path):
    """Later findings still land in the right place after earlier rewrites moved the text."""
    meeting = _meeting(qtbot, window, tmp_path, THREE)
    accepted = 0
    while meeting.current() is not None:
        item = meeting.current()
        if item.advice:
            qtbot.keyClick(meeting, Qt.Key.Key_Right)
            continue
        shown = _plain(meeting.proposal.text())
        qtbot.keyClick(meeting, Qt.Key.Key_Return)
        assert item.status == "accepted", item.note
        assert shown in window.editor.plain_text()
        accepted += 1
        qtbot.wait(300)  # let a re-lint arrive in between, as in a real meeting
    assert accepted == 3
    assert window.editor.plain_text() == (
        "Vi söker en säljare till vårt kontor.\n\nKrav\n- Minst [antal] års erfarenhet av försäljning.\n"
        "- Du talar flytande svenska ([nivå] enligt GERS).\n")


def test_k_keeps_the_wording_with_a_justification(qtbot, window, tmp_path, decision_log):
    meeting = _meeting(qtbot, window, tmp_path)
    item = meeting.current()  # the sentence with two findings: "ung" and "säljkille"
    assert len(item.findings) == 2
    qtbot.keyClick(meeting, Qt.Key.Key_K)
    assert meeting.keep_row.isVisible()
    # Esc in the justification cancels keeping, not the meeting
    qtbot.keyClick(meeting.justification, Qt.Key.Key_Escape)
    assert not meeting.keep_row.isVisible() and meeting.isVisible()
    qtbot.keyClick(meeting, Qt.Key.Key_K)
    qtbot.keyClicks(meeting.justification, "Kunden st")  # QTest types ASCII only; the rest as input
    meeting.justification.insert("år fast vid formuleringen")
    qtbot.keyClick(meeting.justification, Qt.Key.Key_Return)
    assert item.status == "kept"
    entries = list(decision_log.read())[-2:]
    assert {e.text for e in entries} == {"ung", "säljkille"}  # every finding of the unit
    assert all(e.action == "kept" and e.reason == "Kunden står fast vid formuleringen"
               and e.origin == "meeting" for e in entries)
    # kept with the document: the sidecar holds it, and the findings are settled in the editor
    assert (tmp_path / "profil.txt.hirelint.json").exists()
    meeting.close()
    wait_lint(qtbot, window)
    assert not [f for f in window.shown if f.text in ("ung", "säljkille")]


def test_accept_then_the_next_requirement_in_the_same_sentence_reads_the_new_text(qtbot, window, tmp_path):
    """The bug: after accepting item 1, item 2 showed the old sentence and its proposal brought
    back the words just fixed; accepting item 2 then wrote something the client had not seen."""
    meeting = _meeting(qtbot, window, tmp_path, SHARED)
    first = _plain(meeting.proposal.text())
    assert first == "Du har minst [antal] års erfarenhet av redovisning och kan tala flytande svenska."
    qtbot.keyClick(meeting, Qt.Key.Key_Return)
    assert meeting.index == 1
    # item 2 reads the sentence as it stands now, and its proposal keeps item 1's change
    assert _plain(meeting.original.text()) == first
    second = _plain(meeting.proposal.text())
    assert "lång erfarenhet" not in second and "GERS" in second
    qtbot.keyClick(meeting, Qt.Key.Key_Return)
    # accepting writes exactly the wording the client was shown
    assert window.editor.plain_text() == "Krav\n- " + second + "\n"
    assert second == "Du har minst [antal] års erfarenhet av redovisning och kan tala flytande svenska ([nivå] enligt GERS)."
    meeting.close()


def test_advice_shows_the_question_and_a_wording_per_answer(qtbot, qapp):
    from hirelint.model import Answer, Document, Finding, Report, Requirement, Suggestion
    from hirelint.ui.meeting import MeetingView, build_items

    text = "Krav\n- Svenskt medborgarskap.\n"
    s = text.index("Svenskt")
    advice = Suggestion("Fråga kunden om tjänsten kräver säkerhetsklassning.", "advice",
                        question="Är tjänsten placerad i säkerhetsklass?",
                        answers=(Answer("Ja", "Tjänsten är placerad i säkerhetsklass och kräver svenskt medborgarskap."),
                                 Answer("Nej", "")))
    f = Finding("ETN009", "discrimination", "ethnicity", "warning", s, s + 21, text[s:s + 21], "stycke 2",
                "Medborgarskap som krav.", "Ett krav på medborgarskap utesluter många.", "DL 1 kap. 4 §", "",
                suggestions=(advice,), sentence_start=s, sentence_end=s + 22, requirement="must")
    req = Requirement(text[s:s + 22], s, s + 22, "must", False, location="stycke 2")
    report = Report("p.txt", (f,), document=Document.from_text(text), requirements=(req,))
    items = build_items(report)
    view = MeetingView(items, "p.txt", lambda i: True, lambda i, r: True, lambda: text)
    qtbot.addWidget(view)
    assert items[0].advice and view.proposal_caption.text() == "Råd"
    shown = _plain(view.proposal.text())
    for needle in ("Fråga kunden: Är tjänsten placerad i säkerhetsklass?",
                   "Ja → Tjänsten är placerad i säkerhetsklass och kräver svenskt medborgarskap.",
                   "Nej → (stryk kravet)"):
        assert needle in shown, shown
    assert view.accept_button.text().startswith("Godta rådet")


def test_no_findings_no_meeting(qtbot, window, answers):
    type_text(window, "Ekonomiassistent till vårt kontor i Uppsala.")
    wait_lint(qtbot, window)
    assert window.open_meeting(full_screen=False) is None
    assert answers.infos
