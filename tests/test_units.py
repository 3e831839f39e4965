"""Discussion units (hirelint.units): one per requirement, or per sentence of prose findings; and
the client report and decision records that follow the same unit. No Qt."""

from __future__ import annotations

import json
from datetime import date

import docx
import pytest

from hirelint.decisions import ACCEPTED, KEPT, Decision, sentence_at
from hirelint.model import Answer, Document, Finding, Report, Requirement, Suggestion
from hirelint.render.client_report import ClientReport
from hirelint.units import REQUIREMENT, SENTENCE, WORDS, apply_unit, build_units, decision_fields, preview

PROFILE = ("Krav\n- Du är ung och hungrig och har svenska som modersmål.\n"
           "- Du har lång erfarenhet av redovisning.\n")
SHARED = "Krav\n- Du har lång erfarenhet av redovisning och kan tala flytande svenska.\n"
PROSE = "Vi söker en ung säljkille till vårt kontor.\n\nKrav\n- B-körkort.\n- Du är stresstålig.\n"


@pytest.fixture(scope="module")
def lint(linter):
    return lambda text: linter.lint(Document.from_text(text, "profil.txt"))


def test_one_unit_per_requirement_in_document_order(lint):
    units = build_units(lint(PROFILE))
    assert [u.text for u in units] == ["Du är ung och hungrig", "har svenska som modersmål.",
                                       "Du har lång erfarenhet av redovisning."]
    assert all(u.kind == REQUIREMENT and u.requirement_kind == "must" for u in units)
    assert [[f.text for f in u.findings] for u in units] == [
        ["ung och hungrig"], ["svenska som modersmål"], ["lång erfarenhet"]]
    # the age goes, the drive the client asked for stays; a language with a level is mastered
    assert units[0].wording == "Du är hungrig" and units[0].advice
    assert units[1].wording == "behärskar svenska motsvarande [nivå] enligt GERS."
    assert units[2].questions and "redovisning" in units[2].questions[0]


def test_prose_findings_form_one_unit_per_sentence(lint):
    units = build_units(lint(PROSE))
    first = units[0]
    assert first.kind == SENTENCE and first.text == "Vi söker en ung säljkille till vårt kontor."
    assert [f.text for f in first.findings] == ["ung", "säljkille"]
    # one wording fixing both findings, not one per finding
    assert first.wording == "Vi söker en säljare till vårt kontor."
    assert [u.text for u in units[1:]] == ["B-körkort.", "Du är stresstålig."]


def test_a_sentence_never_overlaps_a_requirement_unit():
    text = "Vi söker en säljkille som har svenska som modersmål.\n"
    a, b = text.index("säljkille"), text.index("svenska")
    finding = lambda code, s, e, sug: Finding(  # noqa: E731
        code, "discrimination", "sex", "error", s, e, text[s:e], "stycke 1", "m", "w", "", "",
        suggestions=(Suggestion(sug),), sentence_start=0, sentence_end=len(text) - 1)
    f1 = finding("KON008", a, a + 9, "säljare")
    f2 = finding("ETN001", b, b + 21, "svenska motsvarande [nivå] enligt GERS")
    r = text.index("har svenska")
    req = Requirement(text[r:-1], r, len(text) - 1, "must", False,
                      rewrite=Suggestion("har svenska motsvarande [nivå] enligt GERS."))
    units = build_units(Report("p", (f1, f2), document=Document.from_text(text), requirements=(req,)))
    assert [(u.kind, u.text) for u in units] == [(WORDS, "säljkille"), (REQUIREMENT, "har svenska som modersmål.")]
    assert units[0].wording == "säljare"
    assert units[0].end <= units[1].start


def test_accepting_one_unit_then_the_next_reads_the_new_text(lint):
    """Units in one sentence: after the first is applied, the second's preview is the updated
    sentence, and its proposal keeps (does not undo) the first change."""
    text = SHARED
    first, second = build_units(lint(text))
    now, after, _ = preview(text, first.start, first.end, first.wording)
    assert now == "Du har lång erfarenhet av redovisning och kan tala flytande svenska."
    assert after == "Du har minst [antal] års erfarenhet av redovisning och kan tala flytande svenska."
    text = apply_unit(text, first.start, first.end, first.wording)
    assert after in text  # exactly what was shown
    second = second.moved(second.start + len(first.wording) - len(first.text))
    assert text[second.start:second.end] == second.text
    now, after2, _ = preview(text, second.start, second.end, second.wording)
    assert now == after
    assert after2 == "Du har minst [antal] års erfarenhet av redovisning och kan tala flytande svenska ([nivå] enligt GERS)."
    assert apply_unit(text, second.start, second.end, second.wording) == "Krav\n- " + after2 + "\n"


def test_decision_json_only_adds_fields():
    old = {"action": "kept", "code": "ALD003", "category": "discrimination", "ground": "age",
           "text": "ung", "context": "Du är ung.", "reason": "skäl", "origin": "meeting"}
    d = Decision.from_json(old)
    assert d.unit == "" and d.unit_proposal == "" and d.questions == ""
    assert all(d.to_json()[k] == v for k, v in old.items())
    new = Decision.for_finding(KEPT, _finding("ung"), "Du är ung.", reason="skäl", unit="Du är ung.",
                               unit_proposal="Du är motiverad.", unit_kind=REQUIREMENT, questions="Fråga?")
    assert Decision.from_json(json.loads(json.dumps(new.to_json()))) == new


def _finding(words: str) -> Finding:
    return Finding("ALD003", "discrimination", "age", "error", 0, len(words), words, "stycke 1",
                   "Meddelande.", "Varför.", "DL 1 kap. 4 §", "")


def test_client_report_lists_per_requirement_with_decision_and_questions(lint, tmp_path):
    report = lint(PROSE + "- Du har lång erfarenhet av redovisning.\n")
    text = report.document.text
    units = build_units(report)
    prose = units[0]
    assert len(prose.findings) == 2
    decisions = [Decision.for_finding(KEPT, f, sentence_at(text, f.start), reason="Kunden står fast.",
                                      origin="meeting", user="rekryterare", **decision_fields(prose))
                 for f in prose.findings]
    cr = ClientReport.build(report, decisions, prepared_by="Anna Lind", day=date(2026, 3, 1))
    # one item per unit: the kept sentence (both findings), then each open requirement
    assert [i.original for i in cr.items] == [u.text for u in units]
    kept = cr.items[0]
    assert kept.status == KEPT and kept.reason == "Kunden står fast."
    assert [r.flagged for r in kept.reasons] == ["ung", "säljkille"]
    assert kept.proposal == "Vi söker en säljare till vårt kontor."
    last = cr.items[-1]
    assert last.original == "Du har lång erfarenhet av redovisning." and last.kind == "must"
    assert last.proposal == "Du har minst [antal] års erfarenhet av redovisning."
    assert last.questions and "redovisning" in last.questions[0]
    assert "1 formulering" not in cr.summary_lines()[0] and cr.summary_lines()[0].startswith("4 ")
    html = cr.to_html()
    assert "Intervjufrågor per krav" in html and last.questions[0] in html
    assert html.count("<h3>") == 4 and "Ska-krav: ”lång erfarenhet”" in html
    for f in prose.findings:  # every finding's reason in the one item
        assert f.why in html
    out = cr.write_docx(tmp_path / "rapport.docx")
    d = docx.Document(str(out))
    body = "\n".join(p.text for p in d.paragraphs)
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    assert "Intervjufrågor per krav" in body and last.questions[0] in body
    assert "Intervjufrågor" in cells and any(last.questions[0] in c for c in cells)
    assert sum(1 for c in cells if c == "Kundens formulering") == 4


def test_accepted_unit_is_one_item_and_advice_shows_question_and_answers():
    text = "Krav\n- Svenskt medborgarskap.\n"
    s = text.index("Svenskt")
    advice = Suggestion("Fråga kunden om tjänsten kräver säkerhetsklassning.", "advice",
                        question="Är tjänsten placerad i säkerhetsklass?",
                        answers=(Answer("Ja", "Tjänsten kräver svenskt medborgarskap (säkerhetsklass)."),
                                 Answer("Nej", "")))
    f = Finding("ETN009", "discrimination", "ethnicity", "warning", s, s + 21, text[s:s + 21], "stycke 2",
                "Medborgarskap som krav.", "Utesluter många.", "DL 1 kap. 4 §", "",
                suggestions=(advice,), sentence_start=s, sentence_end=s + 22, requirement="must")
    req = Requirement(text[s:s + 22], s, s + 22, "must", False, questions=("Berätta om …",))
    report = Report("p.txt", (f,), document=Document.from_text(text), requirements=(req,))
    html = ClientReport.build(report).to_html()
    assert "Fråga kunden: Är tjänsten placerad i säkerhetsklass?" in html
    assert "– Ja: Tjänsten kräver svenskt medborgarskap (säkerhetsklass)." in html
    assert "– Nej: (stryk kravet)" in html
    unit = build_units(report)[0]
    accepted = [Decision.for_finding(ACCEPTED, f, "Svenskt medborgarskap.", suggestion=advice.text,
                                     origin="meeting", **decision_fields(unit))]
    cr = ClientReport.build(report, accepted)
    assert len(cr.items) == 1 and cr.items[0].status == ACCEPTED
    assert cr.items[0].advice[0].text == advice.text and cr.items[0].questions == ("Berätta om …",)
