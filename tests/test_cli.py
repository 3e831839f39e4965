"""The command line: output formats, the JSON contract, exit codes, batches with bad inputs,
configuration, and the rules/explain/test-lexicon commands."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from hirelint.cli import main

REPO = Path(__file__).resolve().parent.parent
AD = "Krav\n- Vi söker en ung och hungrig säljare.\n- Svenska som modersmål.\n"
CLEAN = "Du kommer att arbeta med redovisning i ett team om sex personer.\n"


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture()
def folder(tmp_path):
    (tmp_path / "a.txt").write_text(AD, encoding="utf-8")
    sub = tmp_path / "under"
    sub.mkdir()
    (sub / "b.md").write_text(CLEAN, encoding="utf-8")
    (sub / "ignored.pdf").write_bytes(b"%PDF")
    return tmp_path


def test_text_output_is_compiler_style(capsys, folder):
    code, out, err = run(capsys, "lint", "--no-config", str(folder / "a.txt"))
    assert code == 1
    first = out.splitlines()[0]
    assert first.startswith(f"{folder / 'a.txt'}:2:")
    assert "ALD" in first and "fel" in first
    assert "^^^" in out and "förslag (hela kravet): Vi söker en hungrig säljare." in out
    assert "granskade" in err


def test_json_contract(capsys, folder):
    code, out, _ = run(capsys, "lint", "--no-config", "--format", "json", str(folder))
    assert code == 1
    data = json.loads(out)
    assert data["schema"] == 2 and data["hirelint"]
    paths = [f["path"] for f in data["files"]]
    assert paths == [str(folder / "a.txt"), str(folder / "under" / "b.md")]
    text = (folder / "a.txt").read_text(encoding="utf-8")
    keys = {"code", "category", "ground", "severity", "start", "end", "text", "location",
            "message", "why", "legal", "source", "suggestions"}
    first = data["files"][0]
    assert first["error"] is None and first["findings"]
    for f in first["findings"]:
        assert keys <= set(f)
        assert text[f["start"]:f["end"]] == f["text"]
        assert f["category"] in ("discrimination", "vague-requirement", "gender-coded")
        assert f["severity"] in ("error", "warning", "info")
        for s in f["suggestions"]:
            assert set(s) >= {"text", "applicability"}
    assert data["files"][1]["findings"] == []


def test_min_severity_and_exit_zero(capsys, folder):
    code, out, _ = run(capsys, "lint", "--no-config", "--min-severity", "error", str(folder / "under"))
    assert code == 0 and out == ""


def test_unreadable_input_gives_2_and_batch_goes_on(capsys, folder):
    code, out, err = run(capsys, "lint", "--no-config", "--format", "json",
                         str(folder / "saknas.txt"), str(folder / "a.txt"))
    assert code == 2
    data = json.loads(out)
    assert data["files"][0]["error"]["code"] == "not-found"
    assert data["files"][0]["error"]["message"]
    assert data["files"][1]["findings"]


def test_empty_path_argument_is_an_error_not_the_current_folder(capsys, folder, monkeypatch):
    monkeypatch.chdir(folder)  # a.txt here has findings; "" must not lint it
    code, out, err = run(capsys, "lint", "--no-config", "--format", "json", "")
    assert code == 2
    files = json.loads(out)["files"]
    assert len(files) == 1 and files[0]["error"]["code"] == "not-found"
    assert "tomt filnamn" in files[0]["error"]["message"]


def test_usage_error_gives_2(capsys):
    with pytest.raises(SystemExit) as e:
        main(["lint", "--format", "xml", "x.txt"])
    assert e.value.code == 2


def test_stdin(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "hirelint", "lint", "--no-config", "--format", "json", "-"],
        input=AD.encode("cp1252"), capture_output=True, cwd=tmp_path,
    )
    assert proc.returncode == 1, proc.stderr.decode()
    data = json.loads(proc.stdout)
    assert data["files"][0]["path"] == "-"
    assert any(f["text"] == "ung och hungrig" or f["text"].startswith("ung") for f in data["files"][0]["findings"])
    assert b"Traceback" not in proc.stderr


def test_inputs_are_never_modified(capsys, folder):
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()}
    run(capsys, "lint", "--no-config", str(folder))
    after = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()}
    assert before == after


def test_config_disables_and_overrides(capsys, folder, tmp_path):
    cfg = tmp_path / "hirelint.toml"
    cfg.write_text('disable = ["age"]\nmin-severity = "info"\n[severity]\n', encoding="utf-8")
    _, out, _ = run(capsys, "lint", "--config", str(cfg), "--format", "json", str(folder / "a.txt"))
    grounds = {f["ground"] for f in json.loads(out)["files"][0]["findings"]}
    assert "age" not in grounds and "ethnicity" in grounds


def test_config_in_pyproject_is_found(capsys, folder, monkeypatch):
    (folder / "pyproject.toml").write_text('[tool.hirelint]\ndisable = ["discrimination"]\n', encoding="utf-8")
    monkeypatch.chdir(folder)
    _, out, _ = run(capsys, "lint", "--format", "json", "a.txt")
    cats = {f["category"] for f in json.loads(out)["files"][0]["findings"]}
    assert "discrimination" not in cats


def test_allow_list_in_config(capsys, tmp_path):
    ad = tmp_path / "ad.txt"
    ad.write_text("Vi söker en säljtjej.\n", encoding="utf-8")
    cfg = tmp_path / "hirelint.toml"
    cfg.write_text('allow = ["säljtjej"]\n', encoding="utf-8")
    code, out, _ = run(capsys, "lint", "--config", str(cfg), str(ad))
    assert code == 0 and "säljtjej" not in out


def test_bad_config_is_a_clear_error(capsys, tmp_path):
    cfg = tmp_path / "hirelint.toml"
    cfg.write_text("disable = 5\n", encoding="utf-8")
    code, _, err = run(capsys, "lint", "--config", str(cfg), str(cfg))
    assert code == 2 and "disable" in err


def test_extra_lexicon_folder(capsys, tmp_path):
    own = tmp_path / "egna"
    own.mkdir()
    (own / "byra.yaml").write_text(
        "defaults: {category: vague-requirement, ground: null, legal: vague}\n"
        "rules:\n"
        "  - code: BYR001\n    name: superhjalte\n    severity: warning\n"
        "    match: ['superhjälte|superhjältar']\n    message: 'Otydligt: {match}'\n"
        "    why: 'Säger inget om kompetensen.'\n    source: HIRELINT\n",
        encoding="utf-8",
    )
    ad = tmp_path / "ad.txt"
    ad.write_text("Vi söker en superhjälte.\n", encoding="utf-8")
    code, out, _ = run(capsys, "lint", "--no-config", "--lexicons", str(own), str(ad))
    assert code == 1 and "BYR001" in out


def test_rules_and_explain(capsys):
    code, out, _ = run(capsys, "rules")
    assert code == 0 and len(out.splitlines()) >= 300
    code, out, _ = run(capsys, "explain", out.split()[0])
    assert code == 0 and "Varför:" in out and "Rättslig grund:" in out
    code, _, err = run(capsys, "explain", "XYZ999")
    assert code == 2 and "XYZ999" in err


def test_test_lexicon_reports_problems(capsys, tmp_path):
    bad = tmp_path / "byra.yaml"
    bad.write_text(
        "defaults: {category: vague-requirement, ground: null, legal: vague}\n"
        "rules:\n"
        "  - code: BYR001\n    name: superhjalte\n    severity: warning\n"
        "    match: ['superhjälte']\n    message: 'Otydligt'\n    why: 'x'\n    source: HIRELINT\n"
        "    examples:\n      bad: ['Vi söker en [stjärna].']\n      good: ['Vi söker en superhjälte.']\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "test-lexicon", str(bad))
    assert code == 1
    assert "slår inte till" in out and "bra exempel" in out


def test_no_traceback_on_internal_error(capsys, folder, monkeypatch):
    from hirelint import engine

    def boom(self, document):
        raise RuntimeError("trasig")

    monkeypatch.setattr(engine.Linter, "lint", boom)
    code, out, err = run(capsys, "lint", "--no-config", str(folder / "a.txt"))
    assert code == 2 and "internal" in out and "Traceback" not in out + err


def test_findings_on_several_grounds_are_one_text_block(capsys, tmp_path):
    ad = tmp_path / "ad.txt"
    ad.write_text("Vi söker en familjefar.\n", encoding="utf-8")
    _, out, _ = run(capsys, "lint", "--no-config", str(ad))
    blocks = [b for b in out.split("\n\n") if "familjefar" in b.splitlines()[0]]
    assert len(blocks) == 1 and "sexuell läggning" in blocks[0] and "föräldraskap" in blocks[0]
    _, out, _ = run(capsys, "lint", "--no-config", "--format", "json", str(ad))
    grounds = sorted(f["ground"] for f in json.loads(out)["files"][0]["findings"])
    assert grounds == ["parenthood", "sex", "sexual-orientation"]


def test_plain_language_demand_is_one_vague_finding(capsys, tmp_path):
    """A language demand without a level is vague, with one legal framing (issue 9)."""
    ad = tmp_path / "ad.txt"
    ad.write_text("Krav: flytande svenska.\n", encoding="utf-8")
    _, out, _ = run(capsys, "lint", "--no-config", "--format", "json", str(ad))
    found = json.loads(out)["files"][0]["findings"]
    assert [(f["category"], f["ground"]) for f in found] == [("vague-requirement", None)]
    assert "GERS" in found[0]["legal"]


def test_json_schema_2_requirements_and_their_findings(capsys, tmp_path):
    """Schema 2: requirements per file; a finding points to its requirement by index."""
    ad = tmp_path / "ad.txt"
    ad.write_text("Krav\n- B-körkort och minst 3 års erfarenhet av lager.\n- Svenska som modersmål.\n\nVi erbjuder friskvård.\n", encoding="utf-8")
    _, out, _ = run(capsys, "lint", "--no-config", "--format", "json", str(ad))
    entry = json.loads(out)["files"][0]
    reqs = entry["requirements"]
    assert [r["text"] for r in reqs] == ["B-körkort och minst 3 års erfarenhet av lager.", "Svenska som modersmål."]
    assert all(r["kind"] == "must" and r["location"] for r in reqs)
    native = next(i for i, f in enumerate(entry["findings"]) if f["ground"] == "ethnicity")
    assert entry["findings"][native]["requirement"] == 1 and native in reqs[1]["findings"]
    for f in entry["findings"]:
        if f["requirement"] is not None:
            r = reqs[f["requirement"]]
            assert r["start"] <= f["start"] < r["end"]


def test_questions_command_gives_clean_questions_per_requirement(capsys, tmp_path):
    ad = tmp_path / "ad.txt"
    ad.write_text("Krav\n- Minst 3 års erfarenhet av löpande bokföring.\n- Svenska som modersmål.\n", encoding="utf-8")
    code, out, err = run(capsys, "questions", "--no-config", "--format", "json", str(ad))
    data = json.loads(out)
    assert code == 0
    assert [r["text"] for r in data["requirements"]] == ["Minst 3 års erfarenhet av löpande bokföring."]
    assert "löpande bokföring" in data["requirements"][0]["questions"][0]


def test_question_counts_agree_in_number(capsys, tmp_path):
    # One question is "1 intervjufråga", not "1 intervjufrågor".
    path = tmp_path / "profil.txt"
    path.write_text("Krav\n- Minst tre års erfarenhet av redovisning.\n", encoding="utf-8")
    code, out, err = run(capsys, "questions", str(path))
    assert "1 intervjufråga till" in err
