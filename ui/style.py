"""How findings look: a colour, a symbol and an underline style per category.

Colour is never the only cue: every category also has its own symbol (in the gutter, the side
list and the meeting view) and its own underline style. The colours are from the Okabe–Ito
palette, which stays distinguishable with the common colour-vision deficiencies, and are dark
enough for text on white (contrast ≥ 4.5:1).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QTextCharFormat

translate = QCoreApplication.translate


@dataclass(frozen=True)
class CategoryStyle:
    """The look of one finding category."""

    symbol: str
    colour: str
    underline: QTextCharFormat.UnderlineStyle


STYLES = {
    "discrimination": CategoryStyle("⚠", "#B84A00", QTextCharFormat.UnderlineStyle.WaveUnderline),
    "vague-requirement": CategoryStyle("◆", "#005A9C", QTextCharFormat.UnderlineStyle.DashUnderline),
    "gender-coded": CategoryStyle("●", "#8E3B73", QTextCharFormat.UnderlineStyle.DotLine),
}
FALLBACK = CategoryStyle("•", "#444444", QTextCharFormat.UnderlineStyle.SingleUnderline)

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def style_for(category: str) -> CategoryStyle:
    """The style of a category (a neutral one for categories added later)."""
    return STYLES.get(category, FALLBACK)


def colour(category: str) -> QColor:
    return QColor(style_for(category).colour)


def category_label(category: str) -> str:
    """Plural group heading for a category in the side list."""
    labels = {
        "discrimination": translate("Labels", "Diskrimineringsrisk"),
        "vague-requirement": translate("Labels", "Otydliga krav"),
        "gender-coded": translate("Labels", "Könskodade ord"),
    }
    return labels.get(category, category)


def ground_label(ground: str | None) -> str:
    """A discrimination ground in the UI language."""
    labels = {
        "sex": translate("Labels", "Kön"),
        "gender-identity": translate("Labels", "Könsöverskridande identitet eller uttryck"),
        "ethnicity": translate("Labels", "Etnisk tillhörighet"),
        "religion": translate("Labels", "Religion eller annan trosuppfattning"),
        "disability": translate("Labels", "Funktionsnedsättning"),
        "sexual-orientation": translate("Labels", "Sexuell läggning"),
        "age": translate("Labels", "Ålder"),
        "parenthood": translate("Labels", "Föräldraskap"),
    }
    return labels.get(ground or "", ground or "")


def severity_label(severity: str) -> str:
    labels = {
        "error": translate("Labels", "fel"),
        "warning": translate("Labels", "varning"),
        "info": translate("Labels", "råd"),
    }
    return labels.get(severity, severity)


def finding_group(category: str, ground: str | None) -> str:
    """The heading a finding is listed under: its ground, or its category when it has none."""
    if category == "discrimination" and ground:
        return ground_label(ground)
    return category_label(category)
