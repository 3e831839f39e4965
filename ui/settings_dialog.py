"""The settings dialog: categories on or off, severity threshold, the office's own lexicon
folder, the allow-list and the UI language."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hirelint.model import CATEGORIES

from .settings import LintSettings, SettingsChoice
from .style import category_label, style_for

translate = QCoreApplication.translate


class SettingsDialog(QDialog):
    """Edits a SettingsChoice; ``choice()`` gives the result after exec()."""

    def __init__(self, current: LintSettings, language: str, log_path: Path,
                 parent: Optional[QWidget] = None, adviser: tuple[str, str] = ("", "")):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(translate("Settings", "Inställningar"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)

        cats = QGroupBox(translate("Settings", "Vad ska granskas"))
        cl = QVBoxLayout(cats)
        self.categories: dict[str, QCheckBox] = {}
        for cat in CATEGORIES:
            box = QCheckBox(f"{style_for(cat).symbol}  {category_label(cat)}")
            box.setChecked(cat not in current.disabled)
            box.setAccessibleName(category_label(cat))
            cl.addWidget(box)
            self.categories[cat] = box
        layout.addWidget(cats)

        form = QFormLayout()
        self.severity = QComboBox()
        self.severity.setAccessibleName(translate("Settings", "Lägsta nivå som visas"))
        for value, label in (("info", translate("Settings", "Råd, varningar och fel")),
                             ("warning", translate("Settings", "Varningar och fel")),
                             ("error", translate("Settings", "Bara fel"))):
            self.severity.addItem(label, value)
        self.severity.setCurrentIndex(max(0, self.severity.findData(current.min_severity)))
        form.addRow(translate("Settings", "Visa:"), self.severity)

        folder_row = QHBoxLayout()
        self.lexicons = QLineEdit(current.lexicon_folder)
        self.lexicons.setAccessibleName(translate("Settings", "Byråns egen lexikonmapp"))
        self.lexicons.setPlaceholderText(translate("Settings", "Ingen – bara de inbyggda lexikonen"))
        browse = QPushButton(translate("Settings", "Välj…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.lexicons, 1)
        folder_row.addWidget(browse)
        form.addRow(translate("Settings", "Egen lexikonmapp:"), folder_row)

        self.allow = QPlainTextEdit("\n".join(current.allow))
        self.allow.setAccessibleName(translate("Settings", "Tillåtna ord"))
        self.allow.setPlaceholderText(translate("Settings", "Ett ord eller namn per rad, t.ex. Mansfield Industri"))
        self.allow.setFixedHeight(90)
        self.allow.setTabChangesFocus(True)
        form.addRow(translate("Settings", "Flagga aldrig:"), self.allow)

        self.language = QComboBox()
        self.language.setAccessibleName(translate("Settings", "Språk"))
        self.language.addItem(translate("Settings", "Automatiskt (svenska om inget annat anges)"), "")
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form.addRow(translate("Settings", "Språk:"), self.language)
        layout.addLayout(form)

        report = QGroupBox(translate("Settings", "Kundrapporten"))
        rf = QFormLayout(report)
        self.adviser = QLineEdit(adviser[0])
        self.adviser.setObjectName("adviserName")
        self.adviser.setAccessibleName(translate("Settings", "Rådgivarens namn"))
        self.adviser.setPlaceholderText(translate("Settings", "t.ex. Anna Lind"))
        self.firm = QLineEdit(adviser[1])
        self.firm.setObjectName("adviserFirm")
        self.firm.setAccessibleName(translate("Settings", "Byrå"))
        self.firm.setPlaceholderText(translate("Settings", "t.ex. Lind Rekrytering AB"))
        rf.addRow(translate("Settings", "Ditt namn:"), self.adviser)
        rf.addRow(translate("Settings", "Byrå:"), self.firm)
        hint = QLabel(translate("Settings", "Står som ”Upprättad av” i kundrapporten. Utan namn och byrå utelämnas raden."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#555")
        rf.addRow(hint)
        layout.addWidget(report)
        note = QLabel(translate("Settings", "Språkbytet gäller när programmet startas om."))
        note.setStyleSheet("color:#555")
        layout.addWidget(note)

        log = QLabel(translate("Settings", "Beslutsloggen sparas i: %1").replace("%1", str(log_path)))
        log.setWordWrap(True)
        log.setStyleSheet("color:#555")
        layout.addWidget(log)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Settings", "Spara"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Settings", "Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("Settings", "Välj lexikonmapp"), self.lexicons.text())
        if folder:
            self.lexicons.setText(folder)

    def choice(self) -> SettingsChoice:
        disabled = tuple(c for c, box in self.categories.items() if not box.isChecked())
        allow = tuple(line.strip() for line in self.allow.toPlainText().splitlines() if line.strip())
        lint = LintSettings(disabled=disabled, min_severity=self.severity.currentData(),
                            lexicon_folder=self.lexicons.text().strip(), allow=allow)
        return SettingsChoice(lint=lint, language=self.language.currentData(),
                              adviser=self.adviser.text().strip(), firm=self.firm.text().strip())
