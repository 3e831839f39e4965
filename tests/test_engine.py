"""Engine mechanics on a small fixture lexicon: triggers, compounds, patterns, context filters,
requirement sections, suggestions and the per-segment cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from hirelint import resources
from hirelint.engine import Linter
from hirelint.model import Document
from hirelint.rules.ruleset import RuleSet, load_tables
from hirelint.rules.schema import load_rules_file

FIXTURE = Path(__file__).parent / "fixtures" / "engine_rules.yaml"


@pytest.fixture(scope="module")
def lint():
    tables = load_tables([resources.lexicon_dir()])
    rules, balance = load_rules_file(FIXTURE, tables)
    linter = Linter(RuleSet(rules, balance, tables), use_nlp=False)
    return lambda text: linter.lint(Document.from_text(text))


def found(report):
    return [(f.code, f.text) for f in report.findings]


def test_inflected_forms_and_case(lint):
    assert found(lint("Vi söker dig som är ung.")) == [("ALD901", "ung")]
    assert found(lint("Unga medarbetare sökes.")) == [("ALD901", "Unga")]
    assert found(lint("Vi söker en yngre medarbetare.")) == [("ALD901", "yngre")]


def test_whole_words_only(lint):
    assert found(lint("Ungdomsgården har öppet. Vi har en ungefärlig plan.")) == []


def test_compound_heads(lint):
    assert found(lint("Vi söker en servicetjej och två IT-tjejer.")) == [
        ("KON901", "servicetjej"), ("KON901", "IT-tjejer")]
    assert found(lint("Tjejfotboll på tisdagar.")) == []


def test_pattern_with_bounds(lint):
    assert found(lint("Du är 25–35 år.")) == [("ALD902", "25–35 år")]
    assert found(lint("Du är 25-35 år.")) == [("ALD902", "25-35 år")]
    assert found(lint("Stängt 02-05 år efter år.")) == []  # n below n_min


def test_clients_are_not_the_candidate(lint):
    assert found(lint("Du arbetar med ungdomar i åldern 13–18 år.")) == []
    assert found(lint("Du arbetar med ungdomar som är 16-18 år.")) == []
    assert found(lint("Målgruppen är unga vuxna.")) == []


def test_company_is_not_the_candidate(lint):
    assert found(lint("Företaget grundades 1970 och har 25-35 anställda år efter år.")) == []


def test_negation(lint):
    assert found(lint("Gedigen erfarenhet är inget krav.")) == []
    assert found(lint("Du behöver inte ha lång erfarenhet.")) == []
    assert found(lint("Du har lång erfarenhet och är inte rädd för att ta i.")) == [("VAG901", "lång erfarenhet")]


def test_inclusion_statement(lint):
    assert found(lint("Vi välkomnar sökande oavsett ålder, unga som gamla.")) == []


def test_requirement_severity_follows_section(lint):
    text = "Krav\n- Lång erfarenhet av försäljning.\n\nMeriterande\n- Lång erfarenhet av CRM.\n"
    sev = [(f.code, f.severity, f.requirement) for f in lint(text).findings]
    assert sev == [("VAG901", "warning", "must"), ("VAG901", "info", "merit")]
    inline = lint("Lång erfarenhet av Excel är meriterande.").findings[0]
    assert (inline.severity, inline.requirement) == ("info", "merit")


def test_screenable_requirement_stays_quiet(lint):
    assert found(lint("Krav: lång erfarenhet, minst 5 år, av redovisning.")) == []


def test_suggestion_filled_from_sentence(lint):
    # The rule's template is filled from the sentence ({object} in the advice); what is offered
    # is the validated wording of the whole sentence, with the range it replaces.
    text = "Du har lång erfarenhet av ekonomiarbete."
    f = lint(text).findings[0]
    assert [s.text for s in f.suggestions] == [
        "Du har minst [antal] års erfarenhet av ekonomiarbete.",
        "Ange hur många års erfarenhet av ekonomiarbete som behövs.",
    ]
    assert (f.suggestions[0].start, f.suggestions[0].end) == (0, len(text))


def test_offsets_index_document_text(lint):
    text = "Rubrik\n\nFörsta stycket.\n\nVi söker en servicetjej som är ung."
    report = lint(text)
    for f in report.findings:
        assert text[f.start:f.end] == f.text
        assert f.location == "stycke 3"
        assert text[f.sentence_start:f.sentence_end] == "Vi söker en servicetjej som är ung."


def test_allow_list_wins(lint):
    # "ungdomsgaranti" is allow-listed in context.yaml; the compound head must not fire either.
    assert found(lint("Anställningen sker inom ungdomsgarantin.")) == []


def test_relint_uses_cache_and_gives_same_result():
    tables = load_tables([resources.lexicon_dir()])
    rules, balance = load_rules_file(FIXTURE, tables)
    linter = Linter(RuleSet(rules, balance, tables), use_nlp=False)
    doc1 = Document.from_text("Stycke ett om en servicetjej.\n\nStycke två, du är ung.")
    doc2 = Document.from_text("Stycke ett om en servicetjej.\n\nStycke två, du är yngre.")
    first = linter.lint(doc1)
    calls = []
    original = linter._analyse_segment
    linter._analyse_segment = lambda t, s, *rest: calls.append(t) or original(t, s, *rest)
    second = linter.lint(doc2)
    assert calls == ["Stycke två, du är yngre."]  # only the edited paragraph was analysed
    assert [f.text for f in second.findings] == ["servicetjej", "yngre"]
    assert first.findings[0] == second.findings[0]


def test_organisation_as_subject_is_not_the_candidate(lint):
    assert found(lint("Företaget har 25-35 anställda år efter år.")) == []
    assert found(lint("Vi söker dig som är 25-35 år.")) == [("ALD902", "25-35 år")]


def test_also_gives_one_finding_per_ground(lint):
    fs = lint("Vi söker en familjefar.").findings
    assert sorted(f.ground for f in fs) == ["parenthood", "sex", "sexual-orientation"]
    assert {f.code for f in fs} == {"SEX901"} and len({(f.start, f.end) for f in fs}) == 1
    legal = {f.ground: f.legal for f in fs}
    assert "Föräldraledighetslagen" in legal["parenthood"]


def test_client_word_in_an_earlier_phrase_does_not_silence(lint):
    assert found(lint("Du har fru och barn och är ung.")) == [("ALD901", "ung")]
    assert found(lint("Du arbetar med ungdomar som är 16-18 år.")) == []


def test_care_recipient_and_welcome_statements(lint):
    assert found(lint("Du assisterar en ung kvinna som studerar.")) == []
    assert found(lint("Brukaren är en man på 25-35 år som behöver hjälp i vardagen.")) == []
    assert found(lint("Du som är 25-35 år är också välkommen att söka.")) == []
    assert found(lint("Du som är 25-35 år är välkommen att söka.")) == [("ALD902", "25-35 år")]


def test_short_heading_like_lines_are_linted(lint):
    report = lint("Krav\nVi söker en servicetjej\nMeriterande\nLång erfarenhet av CRM\n")
    assert [(f.code, f.requirement) for f in report.findings] == [("KON901", "must"), ("VAG901", "merit")]


def test_nested_hits_of_other_grounds_survive(lint):
    codes = [f.code for f in lint("Vi söker en ung servicetjej.").findings]
    assert codes == ["ALD901", "KON901"]


def test_client_apposition(lint):
    assert found(lint("Kunden, en ung man, behöver hjälp med inköp.")) == []


def test_subject_before_modal_and_copula(lint):
    assert found(lint("Målgruppen ska vara unga vuxna.")) == []


def test_section_titles_are_not_requirements(lint):
    report = lint("Krav\nB-körkort\n- Lång erfarenhet av CRM.\n\nMeriterande\n- Truckkort.\n")
    assert [(r.text, r.kind) for r in report.requirements] == [
        ("B-körkort", "must"), ("Lång erfarenhet av CRM.", "must"), ("Truckkort.", "merit")]


def test_weak_preference_word_keeps_a_must_have(lint):
    must = lint("Krav\n- Lång erfarenhet, gärna inom handel.\n").findings[0]
    assert (must.requirement, must.severity) == ("must", "warning")
    merit = lint("Du har gärna lång erfarenhet av handel.").findings[0]
    assert merit.requirement == "merit"


def test_document_title_is_not_a_requirement(lint):
    report = lint("Kravprofil: lagerarbetare\n\nKrav\n- Truckkort.\n")
    assert [r.text for r in report.requirements] == ["Truckkort."]  # the list marker is no part of it


def test_sources_below_authority_are_not_shown(linter):
    """Issue 9: a finding never presents industry advice or our own proposal as its source."""
    text = "Vi söker en driven säljkille med skinn på näsan, max 35 år, som talar flytande svenska."
    findings = linter.lint_text(text).findings
    assert findings
    for f in findings:
        if f.strength not in ("lag", "dom", "myndighet"):
            assert f.source == "", (f.code, f.source, f.strength)
        else:
            assert f.source


def test_soft_traits_in_prose_are_one_note_per_block(linter):
    """Issue 9: personality words in prose give one grouped advice note, a must-have stays."""
    report = linter.lint_text("Du är noggrann, positiv, engagerad och ansvarsfull.\n\nKrav: Du måste vara noggrann.\n")
    notes = [f for f in report.findings if f.code == "VAG114"]
    assert len(notes) == 1 and notes[0].severity == "info"
    assert notes[0].message.startswith("Fyra egenskapsord") and "ansvarsfull" in notes[0].message
    assert report.document.text[notes[0].start:notes[0].end] == "noggrann"  # the first word only
    must = [f for f in report.findings if f.category == "vague-requirement" and f.severity == "warning"]
    assert must and all(f.start > notes[0].end for f in must)
    experience = linter.lint_text("Du har lång erfarenhet av kundtjänst och är noggrann och positiv.\n")
    assert any(f.code == "VAG114" for f in experience.findings)
    assert any(f.code != "VAG114" and "erfarenhet" in f.text.lower() for f in experience.findings)


def test_negated_requirement_is_no_requirement_and_listed_vague_is_not_screenable(linter):
    report = linter.lint_text("Krav\n- Körkort är inget krav.\n- Du är stresstålig och flexibel.\n- Minst 2 års erfarenhet av lager.\n")
    reqs = {r.text: r for r in report.requirements}
    assert "Körkort är inget krav." not in reqs
    assert reqs["Du är stresstålig och flexibel."].screenable is False
    assert reqs["Minst 2 års erfarenhet av lager."].screenable is True
