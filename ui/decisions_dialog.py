"""The draft's decisions in a list: what was applied, dismissed, accepted or kept, with the reason
and when. A dismissed or kept finding can be restored (shown again); the firm's log keeps both
the decision and its withdrawal."""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from hirelint.decisions import ACTION_LABELS, DISMISSED, KEPT, Decision

translate = QCoreApplication.translate

RESTORABLE = (DISMISSED, KEPT)


class DecisionsDialog(QDialog):
    """Lists ``session.decisions``; "Återställ fyndet" calls ``restore(decision)``."""

    def __init__(self, session, restore: Callable[[Decision], bool], parent=None):
        super().__init__(parent)
        self.setObjectName("decisionsDialog")
        self.setWindowTitle(translate("Decisions", "Beslut i utkastet"))
        self.session = session
        self._restore = restore
        self.resize(900, 420)

        self.intro = QLabel(translate(
            "Decisions", "Beslut om fynden i det här utkastet. Ett avfärdat fynd, eller ett som kunden "
            "behöll, kan återställas: det visas då igen, och beslutsloggen får en rad om det."))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("decisionsTable")
        self.table.setHorizontalHeaderLabels([
            translate("Decisions", "Beslut"), translate("Decisions", "Formulering"),
            translate("Decisions", "Förslag eller skäl"), translate("Decisions", "Vem"),
            translate("Decisions", "När"),
        ])
        self.table.setAccessibleName(translate("Decisions", "Beslut i utkastet"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel(translate("Decisions", "Inga beslut ännu."))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.restore_button = QPushButton(translate("Decisions", "&Återställ fyndet"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.refresh()

    def decisions(self) -> list[Decision]:
        return list(self.session.decisions)

    def refresh(self) -> None:
        decisions = self.decisions()
        self.table.setRowCount(0)
        for d in decisions:
            row = self.table.rowCount()
            self.table.insertRow(row)
            detail = d.reason if d.action in RESTORABLE else (d.result or d.suggestion)
            values = [ACTION_LABELS.get(d.action, d.action).capitalize(), f"”{d.text}” ({d.code})",
                      detail, d.user, _short_time(d.time)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(d.context if col == 1 else value)
                if col == 0:
                    item.setData(Qt.ItemDataRole.UserRole, row)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(decisions))
        self.empty.setVisible(not decisions)
        self._selection_changed()

    def selected(self):
        rows = {i.row() for i in self.table.selectedItems()}
        decisions = self.decisions()
        if len(rows) != 1:
            return None
        row = rows.pop()
        return decisions[row] if row < len(decisions) else None

    def _selection_changed(self) -> None:
        d = self.selected()
        self.restore_button.setEnabled(d is not None and d.action in RESTORABLE)

    def restore_selected(self) -> bool:
        d = self.selected()
        if d is None or d.action not in RESTORABLE:
            return False
        done = self._restore(d)
        self.refresh()
        return done


def _short_time(value: str) -> str:
    try:
        return datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return value
