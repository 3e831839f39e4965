"""Update the UI translations after changing UI strings (run from the repository root):

    python scripts/update_translations.py

1. ``pyside6-lupdate`` collects the strings of ui/*.py into ui/translations/hirelint_en.ts and
   hirelint_sv.ts (dropping strings that are gone);
2. every string with a count (``translate(ctx, "%n filer", "", n)``) becomes a plural message with
   the forms below: lupdate's Python parser does not reliably see the count argument, so the
   forms are kept here, in one place;
3. hirelint_sv.ts keeps only those plural messages (every other Swedish string is its own
   source), and ``pyside6-lrelease`` compiles both files to .qm.

A new string with %n needs an entry in PLURALS (the script stops and names it otherwise).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO / "ui" / "translations"

# source text: {language: (singular, plural)}
PLURALS = {
    "%n fynd": {"sv": ("%n fynd", "%n fynd"), "en": ("%n finding", "%n findings")},
    "%n fel": {"sv": ("%n fel", "%n fel"), "en": ("%n error", "%n errors")},
    "%n varningar": {"sv": ("%n varning", "%n varningar"), "en": ("%n warning", "%n warnings")},
    "%n råd": {"sv": ("%n råd", "%n råd"), "en": ("%n piece of advice", "%n pieces of advice")},
    "%n avgjorda": {"sv": ("%n avgjord", "%n avgjorda"), "en": ("%n settled", "%n settled")},
    "Kommenterad kopia sparad: %1 (%n kommentarer)": {
        "sv": ("Kommenterad kopia sparad: %1 (%n kommentar)", "Kommenterad kopia sparad: %1 (%n kommentarer)"),
        "en": ("Annotated copy saved: %1 (%n comment)", "Annotated copy saved: %1 (%n comments)")},
    "%1 av %n filer": {"sv": ("%1 av %n fil", "%1 av %n filer"), "en": ("%1 of %n file", "%1 of %n files")},
    "%n filer granskades.": {"sv": ("%n fil granskades.", "%n filer granskades."),
                             "en": ("%n file linted.", "%n files linted.")},
    "%n fynd.": {"sv": ("%n fynd.", "%n fynd."), "en": ("%n finding.", "%n findings.")},
    "%n filer kunde inte läsas.": {"sv": ("%n fil kunde inte läsas.", "%n filer kunde inte läsas."),
                                   "en": ("%n file could not be read.", "%n files could not be read.")},
    "%n av kopiorna finns redan i mappen. Vill du skriva över dem?": {
        "sv": ("%n av kopiorna finns redan i mappen. Vill du skriva över den?",
               "%n av kopiorna finns redan i mappen. Vill du skriva över dem?"),
        "en": ("%n of the copies already exists in the folder. Overwrite it?",
               "%n of the copies already exist in the folder. Overwrite them?")},
    "%n kommenterade kopior sparades i %1.": {
        "sv": ("%n kommenterad kopia sparades i %1.", "%n kommenterade kopior sparades i %1."),
        "en": ("%n annotated copy saved in %1.", "%n annotated copies saved in %1.")},
}


def fix(ts: Path, language: str) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    missing = []
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if "%n" not in source:
                if language == "sv" or translation.get("type") in ("vanished", "obsolete"):
                    context.remove(message)  # Swedish keeps only the plural forms
                continue
            forms = PLURALS.get(source, {}).get(language)
            if forms is None:
                missing.append(source)
                continue
            message.set("numerus", "yes")
            translation.attrib.pop("type", None)
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        if not list(context.iter("message")):
            root.remove(context)
    if missing:
        sys.exit(f"{ts.name}: plural forms missing in PLURALS for: {missing}")
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    with ts.open("a", encoding="utf-8") as fh:
        fh.write("\n")


def main() -> int:
    sources = sorted(str(p.relative_to(REPO / "ui")) for p in (REPO / "ui").glob("*.py"))
    targets = [f"translations/hirelint_{lang}.ts" for lang in ("en", "sv")]
    subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-ts", *targets], cwd=REPO / "ui", check=True)
    for lang in ("en", "sv"):
        ts = TRANSLATIONS / f"hirelint_{lang}.ts"
        fix(ts, lang)
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
