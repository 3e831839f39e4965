"""The batch window: a folder in, progress with cancel, a table per document, exports."""

from __future__ import annotations

import zipfile

import openpyxl

from conftest_ui import *  # noqa: F401,F403 - fixtures
from conftest_ui import BIASED, make_docx, type_text, wait_lint


def _folder(tmp_path, n_extra: int = 0):
    folder = tmp_path / "annonser"
    (folder / "under").mkdir(parents=True)
    (folder / "a.txt").write_text(BIASED, encoding="utf-8")
    (folder / "under" / "b.md").write_text("Ekonomiassistent till Uppsala.", encoding="utf-8")
    make_docx(folder / "c.docx", ["Säljare", BIASED])
    (folder / "trasig.docx").write_bytes(b"PK\x03\x04 trasig")
    for i in range(n_extra):
        (folder / f"extra{i:03}.txt").write_text(BIASED, encoding="utf-8")
    return folder


def _start(window, folder):
    """Open the batch window on a folder and start it."""
    batch = window.open_batch()
    batch.folder_edit.setText(str(folder))
    batch.start()
    return batch

def test_batch_lints_a_folder_into_a_table(qtbot, window, tmp_path):
    folder = _folder(tmp_path)
    batch = _start(window, folder)
    qtbot.waitUntil(lambda: not batch.running, timeout=30000)
    assert batch.table.rowCount() == 4
    names = [batch.table.item(r, 0).text() for r in range(4)]
    assert names == ["a.txt", "c.docx", "trasig.docx", "under/b.md"]
    errors = [batch.table.item(r, 5).text() for r in range(4)]
    assert errors[2].startswith("✗") and not errors[0]
    assert int(batch.table.item(0, 1).text()) > 0
    assert "4 filer granskades." in batch.summary.text() and "1 fil kunde inte läsas." in batch.summary.text()
    assert batch.progress.value() == 4
    batch.close()


def test_batch_can_be_cancelled(qtbot, window, tmp_path):
    folder = _folder(tmp_path, n_extra=60)
    batch = _start(window, folder)
    batch.cancel()
    qtbot.waitUntil(lambda: not batch.running, timeout=30000)
    assert batch.table.rowCount() < 64
    assert "Avbrutet" in batch.summary.text()
    batch.close()


def test_editor_stays_live_during_a_batch(qtbot, window, tmp_path):
    folder = _folder(tmp_path, n_extra=40)
    batch = _start(window, folder)
    type_text(window, BIASED)
    wait_lint(qtbot, window)  # answered between two batch files
    assert window.shown
    qtbot.waitUntil(lambda: not batch.running, timeout=60000)
    batch.close()


def test_batch_exports_excel_and_annotated_copies(qtbot, window, answers, tmp_path):
    folder = _folder(tmp_path)
    batch = _start(window, folder)
    qtbot.waitUntil(lambda: not batch.running, timeout=30000)
    assert batch.excel_button.isEnabled() and batch.annotate_button.isEnabled()

    answers.save_path = tmp_path / "rapport.xlsx"
    batch.export_excel()
    qtbot.waitUntil(lambda: answers.save_path.exists() and not batch._jobs, timeout=20000)
    wb = openpyxl.load_workbook(answers.save_path)
    assert len(wb.sheetnames) >= 2

    answers.folder = tmp_path / "kopior"
    answers.folder.mkdir()
    batch.export_annotated()
    qtbot.waitUntil(lambda: not batch._jobs, timeout=20000)
    copies = list(answers.folder.rglob("*.docx"))
    assert len(copies) == 1
    with zipfile.ZipFile(copies[0]) as z:
        assert "word/comments.xml" in z.namelist()
    # the folder that was linted is refused as the target (copies keep the originals' names)
    answers.folder = folder
    batch.export_annotated()
    assert answers.errors
    batch.close()


def test_double_click_opens_the_document(qtbot, window, tmp_path):
    folder = _folder(tmp_path)
    batch = _start(window, folder)
    qtbot.waitUntil(lambda: not batch.running, timeout=30000)
    batch._open_row(0, 0)
    qtbot.waitUntil(lambda: window.loading is None and window.session.name == "a.txt")
    batch.close()
