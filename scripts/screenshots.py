"""Render screenshots of the desktop app into docs/screenshots/ (offscreen, no display needed).

    python scripts/screenshots.py [--out docs/screenshots] [--lang sv|en] [--scale 1.0]

Shows a real example ad from examples/ with its findings, meeting mode, the batch window and a
kravprofil beside the ad written from it (the compare view).
Settings, the decision log and recovery copies go to a temporary folder, so the user's own are
never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "kravprofil-lagerarbetare.txt"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    p.add_argument("--lang", choices=("sv", "en"), default="sv")
    p.add_argument("--scale", default="1")
    args = p.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="hirelint-shots-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = args.scale
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    os.environ["HIRELINT_LANG"] = args.lang
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        os.environ.pop(var, None)

    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "config"))
    from hirelint.ui.app import build_app
    from hirelint.ui.main_window import MainWindow

    app = build_app([sys.argv[0]])
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "sv" else f"-{args.lang}"

    window = MainWindow(recovery_dir=tmp / "recovery")
    window.resize(1440, 860)
    window.show()
    window.open_path(EXAMPLE, confirm=False)
    wait(app, lambda: window.loading is None and window.report is not None and window.pipeline_state, 30)
    # Select a finding so the explanation panel shows why, legal basis, source and suggestions —
    # one whose advice is a question for the client, when there is one.
    target = next((f for f in window.shown if any(s.question for s in f.suggestions)),
                  next((f for f in window.shown if f.category == "discrimination" and f.ground == "age"),
                       window.shown[0] if window.shown else None))
    if target is not None:
        window.findings_panel.select(target)
        window.editor.show_finding(target)
    settle(app)
    save(window, args.out / f"main-window{suffix}.png")

    meeting = window.open_meeting(full_screen=False)
    meeting.resize(1024, 700)  # a projector at 1024 px is the narrow case
    settle(app)
    meeting.next()
    settle(app)
    save(meeting, args.out / f"meeting-mode{suffix}.png")
    meeting.close()
    settle(app)

    batch = window.open_batch()
    batch.resize(1100, 520)
    batch.folder_edit.setText(str(batch_folder(tmp / "annonser")))
    batch.start()
    wait(app, lambda: not batch.running, 60)
    settle(app)
    save(batch, args.out / f"batch-window{suffix}.png")
    batch.close()

    # The kravprofil beside the draft: an ad written from a Word profile, with drift.
    profile, ad = compare_pair(tmp / "jämförelse")
    window.open_path(ad, confirm=False)
    wait(app, lambda: window.loading is None and window.report is not None
         and window.report_text == window.editor.plain_text() and not window.controller.pending, 30)
    view = window.open_compare(profile)
    view.resize(1440, 860)
    settle(app)
    drift = next((i for i, r in enumerate(view.rows) if r[0] == "drift" and r[1] is not None), 0)
    view.select_row(drift)
    settle(app)
    save(view, args.out / f"compare-window{suffix}.png")
    view.close()

    window.editor.document().setModified(False)
    window.close()
    app.processEvents()
    print(f"screenshots in {args.out}")
    return 0


COMPARE_PROFILE = {
    "title": "Kravprofil – Lastbilschaufför distribution",
    "intro": "Åkeri Berglund kör distribution av livsmedel i Mälardalen, dagtid måndag till fredag.",
    "must": ["Körkort C", "Giltigt YKB", "Minst två års erfarenhet som yrkesförare",
             "Goda kunskaper i svenska, lägst nivå B1"],
    "merit": ["Körkort CE", "ADR-intyg", "Erfarenhet av kyltransporter"],
}
COMPARE_AD = """# Lastbilschaufför till Åkeri Berglund

Vi kör livsmedel till butiker i hela Mälardalen och söker nu en ung och pigg chaufför på dagtid.

## Vi söker dig som
- har körkort CE
- har giltigt YKB
- har minst fem års erfarenhet som yrkesförare
- har goda kunskaper i svenska, lägst nivå B2
- har ADR-intyg

Det är meriterande om du har erfarenhet av kyltransporter.
"""


def compare_pair(folder: Path) -> tuple[Path, Path]:
    """A Word kravprofil (Ska-krav and Bör-krav tables) and the ad written from it."""
    sys.path.insert(0, str(REPO))
    from tests.fixtures.compare.build import profile_docx

    folder.mkdir(parents=True, exist_ok=True)
    profile = profile_docx(COMPARE_PROFILE, folder / "kravprofil-chaufför.docx")
    ad = folder / "annons-chaufför.md"
    ad.write_text(COMPARE_AD, encoding="utf-8")
    return profile, ad


def batch_folder(folder: Path) -> Path:
    """The example ads, one of them as a Word file, and a damaged Word file (a typed error)."""
    import shutil

    from hirelint.ui.exports import write_docx

    folder.mkdir(parents=True)
    for p in sorted((REPO / "examples").iterdir()):
        if p.suffix in (".txt", ".md"):
            shutil.copy(p, folder / p.name)
    write_docx(folder / "säljare-malmö.docx",
               "Säljare till Malmö\n\nVi söker en ung och hungrig säljkille med svenska som modersmål. "
               "Du är stresstålig och har lång erfarenhet.\n\nKrav\n- B-körkort.\n")
    (folder / "trasig-annons.docx").write_bytes(b"PK\x03\x04" + b"\0" * 40)
    return folder


def wait(app, condition, seconds: float) -> None:
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the app")
        app.processEvents()
        time.sleep(0.01)


def settle(app, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def save(widget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


if __name__ == "__main__":
    sys.exit(main())
