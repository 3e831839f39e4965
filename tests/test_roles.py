"""Document roles (hirelint/roles.py): placeholders, numbers, requirement-table columns, tender
boilerplate, descriptions of others, and text in another language decide what may fire."""

from __future__ import annotations

from hirelint.model import Document, Location, Segment
from hirelint.roles import foreign


def test_english_german_spanish_blocks_are_foreign_swedish_is_not():
    assert foreign("It is important that the assistant reads the constant stream of data.")
    assert foreign("Die Daten wurden vorgenommen und sind nicht zusammen mit der Liste.")
    assert foreign("La desigualdad es la principal debilidad estructural de Chile, no solo afecta.")
    assert not foreign("Du är noggrann och har erfarenhet av lager, truck och kundkontakt.")
    assert not foreign("Vi söker en senior developer med erfarenhet av Java och Kotlin.")


def test_nothing_fires_on_an_english_ad(linter):
    report = linter.lint_text("We are looking for an important assistant and a young salesman.\n"
                  "The ideal candidate is a constant team player based in Amsterdam.\n")
    assert report.findings == ()


def test_swedish_ad_with_an_english_title_still_fires(linter):
    report = linter.lint_text("Vi söker en erfaren salesman till vårt säljteam i Solna.\n")
    assert any(f.ground == "sex" for f in report.findings)


def test_population_and_tender_text_stay_quiet_requirement_cells_speak(linter):
    seg = lambda text, loc, start, heading=False: Segment(text, start, loc, heading)
    texts = [
        ("1. Bakgrund", Location(paragraph=1), True),
        ("Kommunen har 40 000 invånare, varav många är äldre än 65 år.", Location(paragraph=2), False),
        ("3. Ska-krav", Location(paragraph=3), True),
        ("Nr", Location(table=1, row=1, cell=1), True),
        ("Krav (Ska-krav)", Location(table=1, row=1, cell=2), True),
        ("S1", Location(table=1, row=2, cell=1), False),
        ("Konsulten ska vara mellan 30 och 40 år.", Location(table=1, row=2, cell=2), False),
        ("S2", Location(table=1, row=3, cell=1), False),
        ("Klicka eller tryck här för att ange text.", Location(table=1, row=3, cell=2), False),
        ("4 = Mycket bra – lång erfarenhet som överträffar kravet.", Location(paragraph=4), False),
    ]
    segments, pos, parts = [], 0, []
    for text, loc, heading in texts:
        segments.append(seg(text, loc, pos, heading))
        parts.append(text)
        pos += len(text) + 1
    doc = Document("avrop.docx", "\n".join(parts), tuple(segments))
    report = linter.lint(doc)
    assert [(r.text, r.kind) for r in report.requirements] == [("Konsulten ska vara mellan 30 och 40 år.", "must")]
    flagged = {doc.text[f.start:f.end] for f in report.findings}
    assert any("30 och 40 år" in t for t in flagged)
    assert not any(f.start < len(texts[0][0]) + len(texts[1][0]) + 2 for f in report.findings)
    scale = doc.text.index("4 = Mycket bra")
    assert not any(f.start >= scale for f in report.findings)
