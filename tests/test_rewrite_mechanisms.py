"""The mechanisms that decide whether a rewrite is offered, each on wordings the lexicons do not
name: a deletion closes its coordination, a demand about a group is not word-swapped, a core
word is not deleted, a shared verb is not dropped, content slots are not filled in by guesswork,
and changes of substance become a question for the client."""

from __future__ import annotations

import pytest

from hirelint.fix import apply_suggestion
from hirelint.model import Finding, Suggestion
from hirelint.rewrite import grammar_problems, open_content_slots


def _strike(text: str, span: str) -> str:
    i = text.index(span)
    f = Finding("X", "discrimination", None, "error", i, i + len(span), span, "", "", "", "", "")
    return apply_suggestion(text, f, Suggestion("", "review"))


@pytest.mark.parametrize("text, span, expected", [
    ("Vi behöver erfarna och motiverade medarbetare.", "motiverade", "Vi behöver erfarna medarbetare."),
    ("Du är ung och driven.", "ung", "Du är driven."),
    ("Du är ung, driven och glad.", "ung", "Du är driven och glad."),
    ("Du är driven, ung och glad.", "ung", "Du är driven och glad."),
    ("Du är driven och ung.", "ung", "Du är driven."),
    ("Vi söker en ung och driven säljare.", "ung och", "Vi söker en driven säljare."),
    # A clause after the conjunction keeps it: the hole is for the grammar check to find.
    ("Du får gärna vara 20-40 år och du ska tala svenska.", "20-40 år", "Du får gärna vara och du ska tala svenska."),
])
def test_a_struck_member_closes_its_coordination(text, span, expected):
    assert _strike(text, span) == expected


@pytest.mark.parametrize("original, rewritten", [
    ("Du får gärna vara 20-40 år och du ska tala svenska.", "Du får gärna vara och du ska tala svenska."),
    ("Du arbetar resultatinriktat.", "Du arbetar van att nå [antal] mål."),
    ("Receptionisten ska vara en kvinna, eftersom hon är ansiktet utåt.",
     "Receptionisten ska vara en eftersom hon är ansiktet utåt."),
    ("Goda kunskaper i svenska, såväl i tal som i skrift.",
     "Svenska i tal och skrift motsvarande lägst [nivå] enligt GERS, såväl i tal som i skrift."),
])
def test_the_grammar_check_finds_holes_and_repetitions(original, rewritten):
    assert grammar_problems(original, rewritten)


def test_only_measures_may_stay_open():
    assert open_content_slots("Minst [antal] års erfarenhet, svenska på [nivå] enligt GERS.") == []
    assert open_content_slots("Du är van att [arbetsuppgift].") == ["[arbetsuppgift]"]


def _offered(linter, text: str) -> list[str]:
    """Every distinct wording a user could apply, as the text would read afterwards."""
    report = linter.lint_text(text)
    out = []
    for f in report.findings:
        for s in f.suggestions:
            if s.applicability != "advice":
                new = apply_suggestion(report.document.text, f, s)
                if new not in out:
                    out.append(new)
    return out


@pytest.mark.parametrize("text", [
    "Tjänsten kräver en man, eftersom det förekommer tunga lyft.",
    "Receptionisten ska vara en kvinna, eftersom hon är ansiktet utåt.",
    "Det vore bra om du är kvinna, eftersom resten av teamet består av män.",
    "Vi söker en person med kristna värderingar till vår IT-avdelning.",
    "Ange ålder och födelseår i din ansökan.",
])
def test_a_demand_about_the_group_itself_gets_advice_not_a_word_swap(linter, text):
    report = linter.lint_text(text)
    assert [f for f in report.findings if f.category == "discrimination"]
    assert _offered(linter, text) == []
    assert all(s.text for f in report.findings for s in f.suggestions)  # advice stands


def test_a_modifier_is_struck_and_a_title_swapped_in_one_wording(linter):
    text = "Vi söker en ung säljkille till vårt kontor."
    report = linter.lint_text(text)
    assert {f.code[:3] for f in report.findings} >= {"ALD", "KON"}
    assert _offered(linter, text) == ["Vi söker en säljare till vårt kontor."]


def test_an_age_phrase_goes_with_the_sex_word(linter):
    assert _offered(linter, "Vi söker en kille i 25-årsåldern till vår verkstad.") == [
        "Vi söker en medarbetare till vår verkstad."]


def test_a_shared_copula_is_not_dropped(linter):
    text = "Du är van vid teamarbete och väl bekant med agil utveckling."
    assert not [t for t in _offered(linter, text) if "och väl bekant" in t and " är " not in t]


def test_a_trait_gets_no_invented_task(linter):
    text = "Krav\n- Du är engagerad, flexibel och lösningsorienterad.\n"
    report = linter.lint_text(text)
    assert [f for f in report.findings if f.category == "vague-requirement"]
    assert _offered(linter, text) == []
    assert all(r.rewrite is None for r in report.requirements)


def test_sentences_run_together_get_no_wording_of_the_whole(linter):
    text = "Krav\n- Vi berömmer dig för detTjänsten kräver:Lång erfarenhet av försäljning och körkort.\n"
    report = linter.lint_text(text)
    assert all(r.rewrite is None for r in report.requirements)


@pytest.mark.parametrize("text, topic_word", [
    ("Krav\n- Svenskt medborgarskap.\n", "säkerhetsklass"),
    ("Krav\n- B-körkort.\n", "köra"),
    ("Krav\n- Du är fullt frisk.\n", "fysiska"),
    ("Krav\n- Du har inga småbarn.\n", "arbetet"),
])
def test_a_change_of_substance_is_a_question_for_the_client(linter, text, topic_word):
    report = linter.lint_text(text)
    found = [f for f in report.findings if f.category == "discrimination"]
    assert found
    assert _offered(linter, text) == []
    ask = next(s for f in found for s in f.suggestions if s.question)
    assert topic_word in ask.question and ask.question.endswith("?")
    wordings = [a.wording for a in ask.answers]
    assert "" in wordings and any(wordings)  # one answer strikes the demand, one keeps a wording


def test_a_level_word_stays_when_the_age_goes(linter):
    # "junior" names the level of the role; the age beside it goes, the level stays with advice.
    assert _offered(linter, "Vi söker en junior medarbetare i 20-årsåldern till marknadsavdelningen.") == [
        "Vi söker en junior medarbetare till marknadsavdelningen."]


def test_breadth_is_not_measured_in_years(linter):
    report = linter.lint_text("Vi kräver bred erfarenhet inom IT-drift.")
    assert [f.code for f in report.findings] and _offered(linter, "Vi kräver bred erfarenhet inom IT-drift.") == []


@pytest.mark.parametrize("text, expected", [
    ("Krav\n- Du behöver goda kunskaper i svenska och engelska, i såväl tal som skrift.\n",
     "Du behöver behärska svenska och engelska i såväl tal som skrift motsvarande lägst [nivå] enligt GERS."),
    ("Krav\n- Mycket goda kunskaper i svenska och engelska i tal och skrift.\n",
     "Mycket goda kunskaper i svenska och engelska i tal och skrift ([nivå] enligt GERS)."),
    ("Krav\n- Du har svenska som modersmål.\n", "Du behärskar svenska motsvarande [nivå] enligt GERS."),
])
def test_language_levels_read_as_swedish(linter, text, expected):
    report = linter.lint_text(text)
    assert [r.rewrite.text for r in report.requirements if r.rewrite] == [expected]


def test_a_table_cell_in_text_keeps_its_capital(linter):
    text = "Maskiner | Vana vid skurmaskin och åkbar golvvårdsmaskin\n"
    assert _offered(linter, text) == ["Maskiner | Minst [antal] års erfarenhet av skurmaskin och åkbar golvvårdsmaskin\n"]


@pytest.mark.parametrize("text, code, span", [
    # "Övrigt" in an ad holds demands too; it is no tender boilerplate.
    ("Övrigt\nInga småbarn, eftersom tjänsten innebär övertid med kort varsel.\n", "FOR001", "Inga småbarn"),
    # The space after a list marker is not part of the span.
    ("Krav\n- Inga småbarn.\n", "FOR001", "Inga småbarn"),
])
def test_findings_the_session_found_missing_or_misplaced(linter, text, code, span):
    assert (code, span) in [(f.code, f.text) for f in linter.lint_text(text).findings]


@pytest.mark.parametrize("text", [
    "ESA-utbildning (ESA Fackman) giltig.",  # a course name, not a title
    "Kännedom om kvalitetsregistren Senior alert och BPSD.",  # a register, not a senior title
    "Kodgranskning och mentorskap för juniora kollegor.",  # the colleagues are junior
])
def test_names_and_others_are_not_findings(linter, text):
    assert linter.lint_text(text).findings == ()
