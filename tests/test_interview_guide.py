"""The interview guide (``hirelint questions FILE --format docx``): content read back with
python-docx, every written question linted clean, the CLI's output rules, and LibreOffice."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import docx
import pytest

from hirelint.cli import main
from hirelint.document import read_document
from hirelint.render.interview_guide import FAIRNESS, TITLE, write_guide
from hirelint.render.matrix import STRONG_ANSWER, matrix_rows
from tests.fixtures.procurement.build import build_all

PROFILE = (
    "Krav\n\n- Minst 3 års erfarenhet av löpande bokföring.\n- Högskoleexamen i ekonomi.\n"
    "- Du talar svenska som modersmål.\n\n"
    "Meriterande\n\n- Erfarenhet av affärssystemet Visma.\n- Goda kunskaper i engelska.\n"
)
_QUESTION = re.compile(r"^Fråga \d+: (.+)$")


def _paragraphs(path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def _questions(path) -> list[str]:
    return [m.group(1) for t in _paragraphs(path) if (m := _QUESTION.match(t))]


def test_guide_has_intro_requirements_kinds_questions_and_scoring(linter, tmp_path):
    report = linter.lint_text(PROFILE, path="profil.txt")
    path = tmp_path / "guide.docx"
    asked = write_guide(path, report)
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == TITLE and document.core_properties.language == "sv-SE"
    intro = " ".join(texts[:12])
    assert "samma frågor i samma ordning till varje kandidat" in intro and FAIRNESS in texts
    # one heading per requirement, numbered as the matrix: musts first, then merits
    rows = matrix_rows(report)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert headings == [f"{i}. {r.text}" for i, r in enumerate(rows, 1)]
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"][-2:] == ["Ska-krav", "Meriterande"]
    kinds = [t for t in texts if t.startswith("Typ: ")]
    assert kinds == ["Typ: Ska-krav (uppfylls eller uppfylls inte)"] * 3 + ["Typ: Meriterande (0–3 poäng)"] * 2
    # the requirement's own questions, what a strong answer shows, a scoring line per requirement
    questions = _questions(path)
    assert len(questions) == asked >= 2
    assert any("löpande bokföring" in q for q in questions)
    assert sum(STRONG_ANSWER in t for t in texts) == sum(1 for r in report.requirements if r.questions
                                                          and "modersmål" not in r.text)
    assert sum(t.startswith("Bedömning:") for t in texts) == 2  # the modersmål must asks nothing
    assert sum(t.startswith("Poäng:") for t in texts) == 2
    notes = [t for t in document.tables if t.rows[0].cells[0].text.startswith("Anteckningar")]
    assert len(notes) == 4
    # a degree has no question to ask: the guide says how it is checked and leaves a line
    degree = texts.index("2. Högskoleexamen i ekonomi.")
    assert "examensbevis" in texts[degree + 2] and texts[degree + 3].startswith("Ingen färdig fråga")
    assert texts[degree + 4].startswith("Fråga: ___")


def test_a_discriminatory_requirement_gets_no_questions(linter, tmp_path):
    report = linter.lint_text("Krav\n\n- Du talar svenska som modersmål.\n", path="profil.txt")
    path = tmp_path / "guide.docx"
    assert write_guide(path, report) == 0
    texts = _paragraphs(path)
    rethink = next(t for t in texts if t.startswith("Ta upp kravet med kunden"))
    assert "ställ inga frågor om det" in rethink
    assert not _questions(path) and not any(t.startswith("Bedömning:") for t in texts)


def test_empty_guide_says_so(linter, tmp_path):
    path = tmp_path / "guide.docx"
    write_guide(path, linter.lint_text("Välkommen till oss.", path="x.txt"))
    assert any(t.startswith("Inga krav hittades") for t in _paragraphs(path))


def test_control_characters_do_not_break_the_guide(linter, tmp_path):
    report = linter.lint_text("Krav\n\n- Minst 3 års erfarenhet av \x0blöpande bokföring.\n", path="a\x1b.txt")
    path = tmp_path / "guide.docx"
    write_guide(path, report)
    assert docx.Document(str(path)).paragraphs[0].text == TITLE


@pytest.fixture(scope="module")
def guides(linter, shared, tmp_path_factory):
    """Guides written for the procurement fixtures and the Swedish ads of the corpus."""
    out = tmp_path_factory.mktemp("guider")
    reports = [linter.lint(read_document(p)) for p in build_all(out / "avrop")]
    with open(shared / "corpora" / "job-ads" / "ads.jsonl", encoding="utf-8") as fh:
        reports += [linter.lint_text(ad["text"], ad["id"]) for ad in map(json.loads, fh) if ad["lang"] == "sv"]
    paths = []
    for i, report in enumerate(reports):
        path = out / f"guide{i}.docx"
        write_guide(path, report)
        paths.append(path)
    return paths


def test_every_question_in_the_guides_lints_without_discrimination(linter, guides):
    asked = 0
    for path in guides:
        for q in _questions(path):
            asked += 1
            found = linter.lint_text(q).findings
            assert not [f for f in found if f.category == "discrimination"], (path.name, q)
    assert asked >= 40


def test_cli_docx_default_beside_the_input_and_never_over_it(tmp_path, capsys):
    ad = tmp_path / "profil.txt"
    ad.write_text(PROFILE, encoding="utf-8")
    before = ad.read_bytes()
    assert main(["questions", "--no-config", "--format", "docx", str(ad)]) == 0
    err = capsys.readouterr().err
    guide = tmp_path / "profil-intervjuguide.docx"
    assert guide.is_file() and f"skrevs till {guide}" in err and "Intervjuguide med" in err
    assert main(["questions", "--no-config", "--format", "docx", str(ad)]) == 2  # exists
    assert "--force" in capsys.readouterr().err
    assert main(["questions", "--no-config", "--format", "docx", str(ad), "--force"]) == 0
    capsys.readouterr()
    # the input itself is never the output, not even with --force
    assert main(["questions", "--no-config", "--format", "docx", str(ad), "-o", str(ad), "--force"]) == 2
    assert "samma fil som indata" in capsys.readouterr().err and ad.read_bytes() == before
    out = tmp_path / "ut" / "guide.docx"
    assert main(["questions", "--no-config", "--format", "docx", str(ad), "--output", str(out)]) == 0
    assert _questions(out) == _questions(guide)
    assert not [p for p in tmp_path.rglob("*.tmp")]


def test_cli_plain_errors_and_text_to_a_file(tmp_path, capsys):
    missing = tmp_path / "saknas.docx"
    assert main(["questions", "--no-config", "--format", "docx", str(missing)]) == 2
    err = capsys.readouterr().err
    assert "kunde inte läsas" in err and "Traceback" not in err
    assert not (tmp_path / "saknas-intervjuguide.docx").exists()
    ad = tmp_path / "profil.txt"
    ad.write_text(PROFILE, encoding="utf-8")
    blocked = tmp_path / "fil"
    blocked.write_text("x", encoding="utf-8")
    assert main(["questions", "--no-config", "--format", "docx", str(ad), "-o", str(blocked / "g.docx")]) == 2
    err = capsys.readouterr().err
    assert "intervjuguiden kunde inte skrivas" in err and "Traceback" not in err
    text = tmp_path / "fragor.txt"
    assert main(["questions", "--no-config", str(ad), "-o", str(text)]) == 0
    assert "löpande bokföring" in text.read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice saknas")
def test_libreoffice_renders_the_guide(linter, tmp_path):
    path = tmp_path / "guide.docx"
    write_guide(path, linter.lint_text(PROFILE, path="profil.txt"))
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
         "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=180,
    )
    text = (tmp_path / "guide.txt").read_text(encoding="utf-8-sig")
    assert "Intervjuguide" in text and "Så använder du guiden" in text
    assert "Ett starkt svar visar" in text and "☐ Uppfyller inte" in text
