"""The side panel: findings grouped by ground and category, and the selected one explained.

The list gives each finding its category symbol, the flagged words and the severity in words;
the explanation below gives the message, why, the legal basis, the source and its strength,
and one button per suggested rewrite (one click applies it) plus a dismiss button that asks
for a reason.
"""

from __future__ import annotations

import html
from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hirelint.model import Finding, Suggestion
from hirelint.render.client_report import shown_source

from .style import SEVERITY_ORDER, category_label, finding_group, severity_label, style_for

translate = QCoreApplication.translate

_ROLE = Qt.ItemDataRole.UserRole
_CATEGORY_ORDER = {"discrimination": 0, "vague-requirement": 1, "gender-coded": 2}


class FindingsPanel(QWidget):
    """List + explanation. Emits what the user asked for; the window carries it out."""

    findingSelected = Signal(object)  # Finding
    applyRequested = Signal(object, object)  # Finding, Suggestion
    dismissRequested = Signal(object)  # Finding

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        self._findings: list[Finding] = []
        self._current: Optional[Finding] = None

        self.tree = QTreeWidget()
        self.tree.setObjectName("findingsTree")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(translate("FindingsPanel", "Fynd"))
        self.tree.setAccessibleDescription(translate(
            "FindingsPanel", "Fynden grupperade efter diskrimineringsgrund och kategori"))
        self.tree.currentItemChanged.connect(self._item_changed)

        self.empty = QLabel(translate("FindingsPanel", "Inga fynd ännu."))
        self.empty.setObjectName("findingsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setMargin(8)

        self.detail = FindingDetail()
        self.detail.applyRequested.connect(self.applyRequested)
        self.detail.dismissRequested.connect(self.dismissRequested)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.tree)
        top_layout.addWidget(self.empty)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("findingsSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 440])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)
        self.set_findings([])

    # -- content ------------------------------------------------------------------------------

    def set_findings(self, findings: list[Finding], empty_text: Optional[str] = None) -> None:
        """Show these findings, keeping the selection on the same finding where it still exists."""
        keep = self._current
        self._findings = list(findings)
        self.tree.blockSignals(True)
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        ordered = sorted(findings, key=lambda f: (
            _CATEGORY_ORDER.get(f.category, 9), SEVERITY_ORDER.get(f.severity, 9), f.ground or "", f.start))
        select_item = None
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for f in ordered:
            name = finding_group(f.category, f.ground)
            group = groups.get(name)
            if group is None:
                st = style_for(f.category)
                group = QTreeWidgetItem([name])
                group.setData(0, _ROLE, None)
                group.setFont(0, bold)
                group.setForeground(0, QColor(st.colour))
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(group)
                groups[name] = group
            st = style_for(f.category)
            item = QTreeWidgetItem([f"{st.symbol}  ”{f.text}” – {severity_label(f.severity)}"])
            item.setData(0, _ROLE, f)
            item.setToolTip(0, f.message)
            group.addChild(item)
            if keep is not None and _same(keep, f):
                select_item = item
        for name, group in groups.items():
            group.setText(0, f"{style_for(group.child(0).data(0, _ROLE).category).symbol}  {name} ({group.childCount()})")
            group.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{name}, {group.childCount()}")
        self.tree.expandAll()
        self.tree.blockSignals(False)
        has = bool(findings)
        self.tree.setVisible(has)
        self.empty.setVisible(not has)
        if empty_text:
            self.empty.setText(empty_text)
        if select_item is not None:
            self.tree.setCurrentItem(select_item)
            self._current = select_item.data(0, _ROLE)
            self.detail.show_finding(self._current, self.same_words(self._current))
        else:
            self._current = None
            self.detail.show_finding(None)

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def current(self) -> Optional[Finding]:
        return self._current

    def select(self, finding: Optional[Finding]) -> None:
        """Select a finding (from the editor's cursor) without echoing it back."""
        self.tree.blockSignals(True)
        found = None
        if finding is not None:
            for i in range(self.tree.topLevelItemCount()):
                group = self.tree.topLevelItem(i)
                for j in range(group.childCount()):
                    child = group.child(j)
                    if _same(child.data(0, _ROLE), finding):
                        found = child
        if found is not None:
            self.tree.setCurrentItem(found)
            self.tree.scrollToItem(found)
            self._current = found.data(0, _ROLE)
        self.tree.blockSignals(False)
        if found is not None:
            self.detail.show_finding(self._current, self.same_words(self._current))

    def ordered(self) -> list[Finding]:
        """Findings in list order (for next/previous)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            out.extend(group.child(j).data(0, _ROLE) for j in range(group.childCount()))
        return out

    def _item_changed(self, item: Optional[QTreeWidgetItem], _prev) -> None:
        finding = item.data(0, _ROLE) if item is not None else None
        if finding is None:
            return
        self._current = finding
        self.detail.show_finding(finding, self.same_words(finding))
        self.findingSelected.emit(finding)

    def same_words(self, finding: Optional[Finding]) -> tuple:
        """The other findings that overlap ``finding``'s words."""
        if finding is None:
            return ()
        return tuple(f for f in self._findings
                     if not _same(f, finding) and f.start < finding.end and f.end > finding.start)


class FindingDetail(QScrollArea):
    """The explanation of one finding with its suggestion and dismiss buttons."""

    applyRequested = Signal(object, object)
    dismissRequested = Signal(object)

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("findingDetail")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(translate("FindingsPanel", "Förklaring av fyndet"))
        self._finding: Optional[Finding] = None
        self.buttons: list[QPushButton] = []

        body = QWidget()
        self.layout_ = QVBoxLayout(body)
        self.layout_.setContentsMargins(8, 8, 8, 8)
        self.layout_.setSpacing(8)

        self.title = QLabel()
        self.title.setObjectName("findingTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.title)

        # Another finding on the same words is named here, so neither is lost from view.
        self.also = QLabel()
        self.also.setObjectName("findingAlso")
        self.also.setWordWrap(True)
        self.also.setTextFormat(Qt.TextFormat.RichText)
        self.also.setVisible(False)
        self.layout_.addWidget(self.also)

        self.text = QTextBrowser()
        self.text.setObjectName("findingExplanation")
        self.text.setOpenExternalLinks(False)
        self.text.setOpenLinks(False)
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.setAccessibleName(translate("FindingsPanel", "Varför, rättslig grund och källa"))
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.text.setMinimumHeight(120)
        self.layout_.addWidget(self.text, 1)

        self.suggestions_label = QLabel(translate("FindingsPanel", "Förslag"))
        f = QFont(self.suggestions_label.font())
        f.setBold(True)
        self.suggestions_label.setFont(f)
        self.layout_.addWidget(self.suggestions_label)
        self.suggestions = QVBoxLayout()
        self.suggestions.setSpacing(4)
        self.layout_.addLayout(self.suggestions)

        self.dismiss = QPushButton(translate("FindingsPanel", "Avfärda med motivering…"))
        self.dismiss.setObjectName("dismissButton")
        self.dismiss.setToolTip(translate(
            "FindingsPanel", "Markera fyndet som inte tillämpligt. Du anger varför; beslutet loggas. (Ctrl+D)"))
        self.dismiss.clicked.connect(lambda: self._finding and self.dismissRequested.emit(self._finding))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.dismiss)
        self.layout_.addLayout(row)
        self.setWidget(body)
        self.show_finding(None)

    def show_finding(self, finding: Optional[Finding], others: tuple = ()) -> None:
        """Explain ``finding``; ``others`` are further findings on the same words."""
        self._finding = finding
        _clear_layout(self.suggestions)
        self.buttons: list[QPushButton] = []
        self.also.setVisible(bool(finding and others))
        if finding is not None and others:
            e = html.escape
            listed = "<br/>".join(f"{style_for(o.category).symbol} {e(o.message)}" for o in others)
            self.also.setText(f"<b>{e(translate('FindingsPanel', 'Fler fynd på samma ord:'))}</b><br/>{listed}")
        if finding is None:
            self.title.setText(html.escape(translate("FindingsPanel", "Välj ett fynd i listan eller i texten.")))
            self.text.setHtml("")
            self.text.setVisible(False)
            self.suggestions_label.setVisible(False)
            self.dismiss.setVisible(False)
            return
        st = style_for(finding.category)
        e = html.escape
        group = finding_group(finding.category, finding.ground)
        self.title.setText(
            f"<span style='color:{st.colour};font-size:large'>{st.symbol}</span> "
            f"<b>{e(finding.message)}</b><br/><span style='color:#555'>"
            f"{e(category_label(finding.category))} · {e(group)} · {e(severity_label(finding.severity))}"
            f" · {e(finding.location)} · {e(finding.code)}</span>")
        why = translate("FindingsPanel", "Varför")
        legal = translate("FindingsPanel", "Rättslig grund")
        source = translate("FindingsPanel", "Källa")
        strength_word = translate("FindingsPanel", "styrka")
        parts = [f"<p><b>{e(why)}</b><br/>{e(finding.why)}</p>"]
        if finding.legal:
            parts.append(f"<p><b>{e(legal)}</b><br/>{e(finding.legal)}</p>")
        if shown_source(finding.source, finding.strength):  # never an empty "Källa" or a bare strength
            strength = f" <i>({e(strength_word)}: {e(finding.strength)})</i>" if finding.strength else ""
            parts.append(f"<p><b>{e(source)}</b><br/>{e(finding.source)}{strength}</p>")
        self.text.setHtml("".join(parts))
        self.text.setVisible(True)
        self.dismiss.setVisible(True)
        self.suggestions_label.setVisible(bool(finding.suggestions))
        for s in finding.suggestions:
            self.suggestions.addWidget(self._suggestion_row(finding, s))

    def _suggestion_row(self, finding: Finding, s: Suggestion) -> QWidget:
        """One suggestion; a rewrite gets a button that applies it (Ctrl+1 … Ctrl+9 in order)."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        if s.applicability == "advice":
            advice = translate("FindingsPanel", "Råd")
            shown = f"<i>{html.escape(advice)}:</i> {html.escape(s.text)}"
            if s.question:
                # A change of substance: the question for the client and a wording per answer.
                ask = translate("FindingsPanel", "Fråga kunden")
                strike = translate("FindingsPanel", "stryk formuleringen")
                shown += f"<br><i>{html.escape(ask)}:</i> {html.escape(s.question)}<ul>" + "".join(
                    f"<li><b>{html.escape(a.answer)}:</b> {html.escape(a.wording or strike)}</li>" for a in s.answers
                ) + "</ul>"
            label = QLabel(shown)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(label, 1)
            return row
        shown = f"”{s.text}”" if s.text else translate("FindingsPanel", "(stryk ordet)")
        label = QLabel(html.escape(shown))
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if s.applicability == "placeholders":
            label.setToolTip(translate("FindingsPanel", "Fyll i det som står inom hakparentes."))
        number = len(self.buttons) + 1
        button = QPushButton(translate("FindingsPanel", "Använd") + (f"  Ctrl+{number}" if number <= 9 else ""))
        button.setObjectName("applySuggestion")
        button.setAccessibleName(translate("FindingsPanel", "Använd förslaget %1").replace("%1", shown))
        if s.start is not None:
            button.setToolTip(translate("FindingsPanel", "Ersätt hela kravet med förslaget (kan ångras med Ctrl+Z)"))
        else:
            button.setToolTip(translate("FindingsPanel", "Ersätt ”%1” med förslaget (kan ångras med Ctrl+Z)").replace("%1", finding.text))
        button.setAutoDefault(True)  # Enter or space on the focused button applies it
        self.buttons.append(button)
        button.clicked.connect(lambda _=False, f=finding, sug=s: self.applyRequested.emit(f, sug))
        layout.addWidget(label, 1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row


def _same(a: Optional[Finding], b: Optional[Finding]) -> bool:
    if a is None or b is None:
        return False
    return (a.code, a.start, a.end, a.text) == (b.code, b.start, b.end, b.text)


def _clear_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget():
            item.widget().deleteLater()
