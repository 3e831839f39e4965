"""Issue 13, item 5 (and the annotate-folder part of item 10): no output path may be an input or
another output, --force or not; an --annotate folder inside the input folder is not linted again."""

from __future__ import annotations

import os

from docx_factory import AD_SENTENCE, para, raw_docx
from hirelint.cli import main

ARGS = ["lint", "--no-config", "--no-model"]


def _ads(tmp_path):
    folder = tmp_path / "annonser"
    folder.mkdir()
    raw_docx(folder / "ad.docx", para(AD_SENTENCE))
    (folder / "b.txt").write_text("Vi söker en ung säljkille.\n", encoding="utf-8")
    return folder


def test_xlsx_onto_an_input_is_refused_even_with_force(tmp_path, capsys):
    folder = _ads(tmp_path)
    before = (folder / "ad.docx").read_bytes()
    code = main([*ARGS, str(folder), "--xlsx", str(folder / "ad.docx"), "--force"])
    assert code == 2
    assert (folder / "ad.docx").read_bytes() == before
    err = capsys.readouterr().err
    assert "indatafilen" in err and "Traceback" not in err


def test_xlsx_onto_a_hard_link_of_an_input_is_refused(tmp_path, capsys):
    folder = _ads(tmp_path)
    os.link(folder / "b.txt", tmp_path / "länk.xlsx")
    code = main([*ARGS, str(folder / "b.txt"), "--xlsx", str(tmp_path / "länk.xlsx"), "--force"])
    assert code == 2
    assert (folder / "b.txt").read_text(encoding="utf-8").startswith("Vi söker")


def test_xlsx_onto_an_annotated_copy_is_refused(tmp_path, capsys):
    folder = _ads(tmp_path)
    out = tmp_path / "ut"
    code = main([*ARGS, str(folder / "ad.docx"), "--annotate", str(out),
                 "--xlsx", str(out / "ad.docx"), "--force"])
    assert code == 2
    assert "samma fil" in capsys.readouterr().err
    assert not (out / "ad.docx").exists()


def test_annotate_into_the_input_folder_is_refused(tmp_path, capsys):
    folder = _ads(tmp_path)
    before = (folder / "ad.docx").read_bytes()
    code = main([*ARGS, str(folder), "--annotate", str(folder), "--force"])
    assert code == 2
    assert (folder / "ad.docx").read_bytes() == before


def test_annotate_folder_inside_the_input_folder_is_not_linted_again(tmp_path, capsys):
    folder = _ads(tmp_path)
    out = folder / "kommenterat"
    for _ in range(2):
        main([*ARGS, str(folder), "--annotate", str(out), "--force", "--format", "json"])
        capsys.readouterr()
    assert (out / "ad.docx").is_file()
    assert not (out / "kommenterat").exists()  # no nesting
    main([*ARGS, str(folder), "--format", "json"])  # a later run without --annotate
    import json

    paths = [r["path"] for r in json.loads(capsys.readouterr().out)["files"]]
    assert sorted(os.path.basename(p) for p in paths) == ["ad.docx", "b.txt"]
