"""The UI language: Swedish in the source, English as a compiled Qt translation.

``hirelint_en.ts`` (in ``translations/`` beside this module) is the translation source, edited with
Qt Linguist; ``hirelint_en.qm`` is compiled from it. ``hirelint_sv.ts`` holds only the Swedish
plural forms of the strings with a count (``translate(ctx, "%n filer", None, n)`` gives "1 fil",
"2 filer"); every other Swedish string is its own source. To update after changing UI strings:

    pyside6-lupdate ui/*.py -ts ui/translations/hirelint_en.ts ui/translations/hirelint_sv.ts
    pyside6-lrelease ui/translations/hirelint_en.ts -qm ui/translations/hirelint_en.qm
    pyside6-lrelease ui/translations/hirelint_sv.ts -qm ui/translations/hirelint_sv.qm
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator


def translations_dir() -> Path:
    """Where the .qm files are: beside this module, or in a PyInstaller bundle."""
    base = getattr(sys, "_MEIPASS", None)
    if base and (Path(base) / "hirelint" / "ui" / "translations").is_dir():
        return Path(base) / "hirelint" / "ui" / "translations"
    return Path(__file__).resolve().parent / "translations"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` ("sv" needs none for our strings, but Qt's own
    dialogs get their Swedish or English texts). Returns them; keep a reference."""
    installed = []
    locale = QLocale(QLocale.Language.Swedish if language == "sv" else QLocale.Language.English,
                     QLocale.Country.Sweden if language == "sv" else QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = load_ours("en" if language == "en" else "sv", app)  # Swedish: the plural forms
    if ours is not None:
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def load_ours(language: str, parent=None) -> Optional[QTranslator]:
    tr = QTranslator(parent)
    if tr.load(str(translations_dir() / f"hirelint_{language}.qm")):
        return tr
    return None
