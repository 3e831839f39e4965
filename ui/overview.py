"""The overview: findings per ground, the gender-coding balance, screenable must-haves and the
requirement list (must-have or merit, screenable or not)."""

from __future__ import annotations

from collections import Counter
from typing import Optional

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hirelint.model import GROUNDS, Finding, Report
from hirelint.render.musts import discriminating, must_haves, screenable

from .style import category_label, ground_label, style_for

translate = QCoreApplication.translate

MASCULINE = "#3B5B92"
FEMININE = "#A0527A"


class BalanceMeter(QWidget):
    """A bar from "masculine" to "feminine" with a marker where the text stands. The words
    at both ends and the counts below carry the meaning; the colours only help."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.masculine = 0
        self.feminine = 0
        self.words: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
        self.setMinimumHeight(34)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("Overview", "Könskodningsbalans"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(220, 34)

    def set_counts(self, masculine: int, feminine: int,
                   words: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())) -> None:
        self.masculine, self.feminine = masculine, feminine
        self.words = words
        text = describe_balance(masculine, feminine)
        listed = describe_words(*words)
        self.setAccessibleDescription(f"{text} {listed}".strip())
        self.setToolTip(f"{text}\n{listed}".strip())
        self.update()

    def share_feminine(self) -> float:
        total = self.masculine + self.feminine
        return 0.5 if total == 0 else self.feminine / total

    def paintEvent(self, _ev):  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        left_label = translate("Overview", "maskulint")
        right_label = translate("Overview", "feminint")
        lw = fm.horizontalAdvance(left_label) + 8
        rw = fm.horizontalAdvance(right_label) + 8
        pad = 9  # room for the marker at either end
        bar = QRectF(lw + pad, 10, max(20, self.width() - lw - rw - 2 * pad), 12)
        p.setPen(self.palette().color(self.foregroundRole()))
        p.drawText(QRectF(0, 0, lw - 4, 32), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, left_label)
        p.drawText(QRectF(bar.right() + pad + 4, 0, rw, 32), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, right_label)
        half = bar.width() / 2
        p.setPen(Qt.PenStyle.NoPen)
        m = QColor(MASCULINE)
        m.setAlpha(70)
        f = QColor(FEMININE)
        f.setAlpha(70)
        p.setBrush(m)
        p.drawRoundedRect(QRectF(bar.left(), bar.top(), half, bar.height()), 4, 4)
        p.setBrush(f)
        p.drawRoundedRect(QRectF(bar.left() + half, bar.top(), half, bar.height()), 4, 4)
        # the neutral middle
        p.setPen(QPen(QColor("#666666"), 1, Qt.PenStyle.DashLine))
        p.drawLine(int(bar.center().x()), int(bar.top()) - 3, int(bar.center().x()), int(bar.bottom()) + 3)
        if self.masculine + self.feminine:
            x = bar.left() + bar.width() * self.share_feminine()
            p.setPen(QPen(QColor("#1a1a1a"), 2))
            p.setBrush(QColor("#ffffff"))
            p.drawEllipse(QRectF(x - 7, bar.center().y() - 7, 14, 14))


def describe_balance(masculine: int, feminine: int) -> str:
    """The balance in words."""
    if masculine == feminine == 0:
        return translate("Overview", "Inga könskodade ord.")
    if masculine > feminine:
        lean = translate("Overview", "övervägande maskulint kodad")
    elif feminine > masculine:
        lean = translate("Overview", "övervägande feminint kodad")
    else:
        lean = translate("Overview", "i balans")
    return (translate("Overview", "%1 maskulint och %2 feminint kodade ord – texten är %3.")
            .replace("%1", str(masculine)).replace("%2", str(feminine)).replace("%3", lean))


def word_list(words) -> str:
    """Words in the order first seen, lower case, with a count where one occurs more than once:
    "ambitiös, driven (2)"."""
    counts = Counter(w.lower() for w in words)
    return ", ".join(w if counts[w] == 1 else f"{w} ({counts[w]})" for w in dict.fromkeys(w.lower() for w in words))


def describe_words(masculine, feminine) -> str:
    """The words the balance counted, both sides."""
    parts = []
    if masculine:
        parts.append(translate("Overview", "Maskulint kodade: %1.").replace("%1", word_list(masculine)))
    if feminine:
        parts.append(translate("Overview", "Feminint kodade: %1.").replace("%1", word_list(feminine)))
    return " ".join(parts)


class OverviewPanel(QScrollArea):
    """Figures about the whole draft."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("overviewPanel")
        self.setWidgetResizable(True)
        self.setAccessibleName(translate("Overview", "Översikt"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)

        counts_box = QGroupBox(translate("Overview", "Fynd per grund och kategori"))
        self.counts = QGridLayout(counts_box)
        self.counts.setHorizontalSpacing(10)
        self.counts.setVerticalSpacing(2)
        self._count_labels: dict[str, QLabel] = {}
        rows = [("discrimination", g, ground_label(g)) for g in GROUNDS]
        rows += [("vague-requirement", None, category_label("vague-requirement")),
                 ("gender-coded", None, category_label("gender-coded"))]
        for i, (cat, ground, label) in enumerate(rows):
            st = style_for(cat)
            sym = QLabel(st.symbol)
            sym.setStyleSheet(f"color:{st.colour}")
            sym.setAccessibleName(category_label(cat))
            name = QLabel(label)
            name.setWordWrap(True)
            num = QLabel("0")
            num.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            num.setAccessibleName(label)
            self.counts.addWidget(sym, i, 0)
            self.counts.addWidget(name, i, 1)
            self.counts.addWidget(num, i, 2)
            self._count_labels[ground or cat] = num
        self.counts.setColumnStretch(1, 1)
        layout.addWidget(counts_box)

        balance_box = QGroupBox(translate("Overview", "Könskodning"))
        bl = QVBoxLayout(balance_box)
        self.balance = BalanceMeter()
        self.balance_text = QLabel()
        self.balance_text.setWordWrap(True)
        self.balance_words = QLabel()
        self.balance_words.setObjectName("balanceWords")
        self.balance_words.setWordWrap(True)
        self.balance_words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.balance_words.setAccessibleName(translate("Overview", "Könskodade ord som räknades"))
        bl.addWidget(self.balance)
        bl.addWidget(self.balance_text)
        bl.addWidget(self.balance_words)
        layout.addWidget(balance_box)

        req_box = QGroupBox(translate("Overview", "Krav"))
        rl = QVBoxLayout(req_box)
        self.screenable = QProgressBar()
        self.screenable.setObjectName("screenableShare")
        self.screenable.setAccessibleName(translate("Overview", "Andel ska-krav som går att pröva"))
        self.screenable.setTextVisible(True)
        self.screenable_text = QLabel()
        self.screenable_text.setWordWrap(True)
        self.requirements = QTableWidget(0, 3)
        self.requirements.setObjectName("requirementList")
        self.requirements.setAccessibleName(translate("Overview", "Kravlista"))
        self.requirements.setHorizontalHeaderLabels([
            translate("Overview", "Krav"), translate("Overview", "Typ"), translate("Overview", "Prövbart")])
        self.requirements.verticalHeader().setVisible(False)
        self.requirements.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.requirements.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requirements.setShowGrid(False)
        self.requirements.setWordWrap(True)
        self.requirements.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.requirements.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.requirements.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.requirements.setMinimumHeight(140)
        # Wrapped rows are measured for the column width they get, so measure again on resize.
        header.sectionResized.connect(lambda *_: self.requirements.resizeRowsToContents())
        rl.addWidget(self.screenable_text)
        rl.addWidget(self.screenable)
        rl.addWidget(self.requirements, 1)
        layout.addWidget(req_box, 1)
        self.setWidget(body)
        self.set_report(None, [])

    def set_report(self, report: Optional[Report], findings: list[Finding],
                   gender_words: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())) -> None:
        """Update from a report and the findings shown (after filters and dismissals), with the
        gender-coded words the balance counted."""
        counter = Counter(f.ground if f.category == "discrimination" and f.ground else f.category
                          for f in findings)
        for key, label in self._count_labels.items():
            n = counter.get(key, 0)
            label.setText(str(n))
            font = QFont(label.font())
            font.setBold(n > 0)
            label.setFont(font)
        masculine, feminine = report.balance if report else (0, 0)
        self.balance.set_counts(masculine, feminine, gender_words)
        self.balance_text.setText(describe_balance(masculine, feminine))
        listed = describe_words(*gender_words) if masculine or feminine else ""
        self.balance_words.setText(listed)
        self.balance_words.setVisible(bool(listed))

        # A must-have is clear when it is screenable and no discrimination finding lies inside
        # it ("Svenska som modersmål" can be checked, but it is no requirement to screen on).
        reqs = report.requirements if report else ()
        must = must_haves(report)
        unfair = {id(r) for r in reqs if discriminating(r, findings)}
        measurable = {id(r) for r in reqs if screenable(r, findings)}
        ok = sum(1 for r in must if id(r) in measurable and id(r) not in unfair)
        self.screenable.setMaximum(max(1, len(must)))
        self.screenable.setValue(ok)
        if must:
            pct = round(100 * ok / len(must))
            self.screenable.setFormat(f"{pct} %")
            self.screenable_text.setText(
                translate("Overview", "%1 av %2 ska-krav går att pröva mot en ansökan utan risk för diskriminering.")
                .replace("%1", str(ok)).replace("%2", str(len(must))))
        else:
            self.screenable.setFormat("–")
            self.screenable_text.setText(translate("Overview", "Inga ska-krav hittades."))
        self.requirements.setRowCount(0)
        for r in reqs:
            kind = translate("Overview", "Ska") if r.kind == "must" else translate("Overview", "Merit")
            if id(r) in unfair:  # short, so the requirement keeps the width; the tooltip says why
                ok_text = f"{style_for('discrimination').symbol} " + translate("Overview", "Nej")
            else:
                ok_text = translate("Overview", "✓ Ja") if id(r) in measurable else translate("Overview", "✗ Nej")
            row = self.requirements.rowCount()
            self.requirements.insertRow(row)
            cells = [r.text.strip().lstrip(" -–•*").strip(), kind, ok_text]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(r.text.strip() + ("\n" + translate(
                    "Overview", "Går inte att pröva: en formulering i kravet riskerar att diskriminera.")
                    if id(r) in unfair else ""))
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if col == 2 and id(r) in unfair:
                    item.setForeground(QColor(style_for("discrimination").colour))
                elif col == 2 and id(r) not in measurable:
                    item.setForeground(QColor(style_for("vague-requirement").colour))
                self.requirements.setItem(row, col, item)
        self.requirements.resizeRowsToContents()
