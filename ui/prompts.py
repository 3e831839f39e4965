"""Every question the app asks the user, in one place (so tests can answer them).

Each function shows a modal dialog and returns the answer as a plain value.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hirelint.model import Finding

translate = QCoreApplication.translate

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def dismiss_presets() -> list[str]:
    """Common reasons, offered as a start; the recruiter can always write their own."""
    return [
        translate("Prompts", "Verkligt och avgörande yrkeskrav: "),
        translate("Prompts", "Beskriver kunderna eller verksamheten, inte den sökande."),
        translate("Prompts", "Ett namn, citat eller en titel – inte ett krav."),
        translate("Prompts", "Kravet är motiverat och mätbart i sitt sammanhang: "),
        translate("Prompts", "Falsklarm."),
    ]


class ReasonDialog(QDialog):
    """Asks why a finding does not apply (dismiss) or why the wording is kept."""

    def __init__(self, finding: Finding, title: str, prompt: str, parent: Optional[QWidget] = None,
                 example: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("reasonDialog")
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        head = QLabel(f"<b>”{html.escape(finding.text)}”</b> – {html.escape(finding.message)}")
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(head)
        form = QFormLayout()
        self.preset = QComboBox()
        self.preset.setAccessibleName(translate("Prompts", "Vanliga skäl"))
        self.preset.addItem(translate("Prompts", "Välj ett vanligt skäl …"))
        self.preset.addItems(dismiss_presets())
        self.preset.activated.connect(self._use_preset)
        form.addRow(translate("Prompts", "Vanliga skäl:"), self.preset)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reasonText")
        self.reason.setAccessibleName(translate("Prompts", "Motivering"))
        self.reason.setPlaceholderText(example or translate(
            "Prompts", "t.ex. Beskriver kundens brukare, inte den sökande."))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        form.addRow(prompt, self.reason)
        layout.addLayout(form)
        note = QLabel(translate("Prompts", "Beslutet sparas i beslutsloggen med ditt användarnamn och tid."))
        note.setWordWrap(True)
        note.setStyleSheet("color:#555")
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Prompts", "Spara beslut"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Prompts", "Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._validate)
        self._validate()
        self.reason.setFocus()

    def _use_preset(self, index: int) -> None:
        if index > 0:
            self.reason.setPlainText(self.preset.itemText(index))
            self.reason.moveCursor(self.reason.textCursor().MoveOperation.End)
            self.reason.setFocus()

    def _validate(self) -> None:
        ok = len(self.reason.toPlainText().strip()) >= 3
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def text(self) -> str:
        return self.reason.toPlainText().strip()


def dismiss_reason(parent: QWidget, finding: Finding) -> Optional[str]:
    """The reason for dismissing ``finding``, or None if the user cancelled."""
    dlg = ReasonDialog(finding, translate("Prompts", "Avfärda fynd"),
                       translate("Prompts", "Varför gäller fyndet inte här?"), parent)
    ok = dlg.exec() == QDialog.DialogCode.Accepted
    reason = dlg.text() if ok else None
    dlg.deleteLater()
    return reason or None


def unsaved_changes(parent: QWidget, name: str) -> str:
    """SAVE, DISCARD or CANCEL for a draft with unsaved changes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Prompts", "Osparade ändringar"))
    box.setText(translate("Prompts", "Vill du spara ändringarna i %1?").replace("%1", name))
    box.setInformativeText(translate("Prompts", "Annars går ändringarna förlorade."))
    save = box.addButton(translate("Prompts", "Spara"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("Prompts", "Spara inte"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(translate("Prompts", "Avbryt"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is save:
        return SAVE
    if clicked is discard:
        return DISCARD
    return CANCEL


def restore_draft(parent: QWidget, name: str, saved_at: str, preview: str) -> bool:
    """Whether to restore a draft recovered after a crash."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Prompts", "Återställ utkast"))
    box.setText(translate("Prompts", "hirelint avslutades oväntat. Vill du återställa utkastet %1 (sparat %2)?")
                .replace("%1", name).replace("%2", saved_at.replace("T", " ")[:16]))
    box.setInformativeText(preview)
    restore = box.addButton(translate("Prompts", "Återställ"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Prompts", "Släng"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return clicked is restore


def open_file(parent: QWidget, folder: str) -> Optional[Path]:
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("Prompts", "Öppna annons eller kravprofil"), folder,
        translate("Prompts", "Annonser (*.docx *.txt *.md);;Word (*.docx);;Text (*.txt *.md);;Alla filer (*)"))
    return Path(name) if name else None


def save_file(parent: QWidget, title: str, suggested: str, filters: str) -> Optional[Path]:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(name) if name else None


def choose_folder(parent: QWidget, title: str, folder: str) -> Optional[Path]:
    name = QFileDialog.getExistingDirectory(parent, title, folder)
    return Path(name) if name else None


def error(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def info(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def confirm(parent: QWidget, title: str, message: str) -> bool:
    """A yes/no question; No is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(message)
    yes = box.addButton(translate("Prompts", "Ja"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(translate("Prompts", "Nej"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return clicked is yes
