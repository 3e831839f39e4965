"""Meeting mode: go through the profile with the client, one requirement at a time, in large type.

The unit is a requirement (or, for flagged words outside any requirement, their sentence; see
``hirelint.units``). The client's current wording stands beside the ONE proposed wording of the
whole unit, with the reasons of all its findings below; without a proposal the findings' advice
stands there, with the question for the client and a model wording for each answer. Everything
shown is computed from the editor's current text, so after accepting one requirement the next
one reads the updated sentence. Keyboard-driven so the recruiter can present from a projector:
→/← (or Page Down/Up) next/previous, Enter accept, K keep the wording with a stated
justification, Esc leave. The view only presents and asks; the main window applies accepted
wordings in the editor (undoable) and records one decision per finding of the unit.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass, field
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hirelint.decisions import ACCEPTED, KEPT
from hirelint.model import Finding, Report
from hirelint.units import Unit, build_units, preview

from .style import category_label, finding_group, severity_label, style_for

translate = QCoreApplication.translate

BACKGROUND = "#F6F4EF"
CARD = "#FFFFFF"
BORDER = "#D9D3C7"
INK = "#1D232A"
MUTED = "#525B66"
PROPOSAL = "#1F6F5C"


@dataclass
class MeetingItem:
    """One unit to discuss (a requirement or a sentence) and what became of it.

    ``locate`` gives the unit's range in the current text (the main window follows it with a
    text cursor); by default the offsets it was built with. ``shown_*`` keep what the client
    last saw, so a decision records, and accepting writes, exactly that."""

    unit: Unit
    status: str = ""  # "" (not yet decided), ACCEPTED or KEPT
    reason: str = ""
    note: str = field(default="")
    locate: Optional[Callable[[], Optional[tuple[int, int]]]] = None
    shown_original: str = ""
    shown_proposal: str = ""
    shown_marks: tuple[tuple[int, int], ...] = ()  # the flagged words within shown_original

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.unit.findings

    @property
    def finding(self) -> Finding:
        """The unit's first finding (the one whose kind heads the page)."""
        return self.unit.findings[0]

    @property
    def advice(self) -> bool:
        """True when no wording is proposed and the findings' advice is what stands."""
        return not self.unit.has_proposal

    @property
    def proposal(self) -> str:
        """The proposed wording of the whole unit ("" when only advice)."""
        return self.unit.wording or ""

    def range(self) -> Optional[tuple[int, int]]:
        """The unit's (start, end) in the current text, or None when it can no longer be found."""
        return self.locate() if self.locate is not None else (self.unit.start, self.unit.end)


def build_items(report: Report, findings: Optional[list[Finding]] = None,
                text: Optional[str] = None) -> list[MeetingItem]:
    """Meeting items, one per unit (requirement or sentence), in document order."""
    return [MeetingItem(u) for u in build_units(report, findings, text)]


class _JustificationEdit(QLineEdit):
    """The justification field; Esc cancels keeping instead of leaving the meeting."""

    cancelled = Signal()

    def keyPressEvent(self, ev: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if ev.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(ev)
        if ev.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            ev.accept()  # QLineEdit passes Enter on; it must not also accept the next item


class MeetingView(QWidget):
    """The presentation window. ``accept(item)`` and ``keep(item, reason)`` are the window's
    callbacks; they return whether the decision was carried out. ``source()`` gives the current
    text, which every page is computed from."""

    closed = Signal()

    def __init__(self, items: list[MeetingItem], document_name: str,
                 accept: Callable[[MeetingItem], bool],
                 keep: Callable[[MeetingItem, str], bool],
                 source: Callable[[], str],
                 parent: Optional[QWidget] = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("meetingView")
        self.setWindowTitle(translate("Meeting", "Mötesläge – %1").replace("%1", document_name))
        self.setAccessibleName(translate("Meeting", "Mötesläge"))
        self.items = items
        self.index = 0
        self._accept = accept
        self._keep = keep
        self._source = source
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.setStyleSheet(_STYLE)

        root = QVBoxLayout(self)
        root.setContentsMargins(48, 28, 48, 28)
        root.setSpacing(18)
        self._root = root
        # The window may always be made smaller (a 1024 px projector): below 1200 px the margins
        # and button texts shrink (see _scale), so the minimum comes from nothing fixed.
        root.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)

        top = QHBoxLayout()
        self.heading = QLabel(translate("Meeting", "Genomgång med kunden"))
        self.heading.setObjectName("meetingHeading")
        self.position = QLabel()
        self.position.setObjectName("meetingPosition")
        self.position.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.heading.setWordWrap(True)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.heading, 1)
        top.addWidget(self.position)
        root.addLayout(top)
        self.progress = QProgressBar()
        self.progress.setObjectName("meetingProgress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setAccessibleName(translate("Meeting", "Hur långt genomgången har kommit"))
        root.addWidget(self.progress)

        # The wording, the proposal and the reason scroll together when a small window cannot
        # show them whole; nothing is cut off mid-line and nothing sets a minimum width.
        self.body = QWidget()
        self.body.setObjectName("meetingBody")
        content = QVBoxLayout(self.body)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(18)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("meetingScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(self.body)

        self.kind = QLabel()
        self.kind.setObjectName("meetingKind")
        self.kind.setTextFormat(Qt.TextFormat.RichText)
        self.kind.setWordWrap(True)
        content.addWidget(self.kind)

        cards = QHBoxLayout()
        cards.setSpacing(24)
        self.original_caption = QLabel(translate("Meeting", "Kundens formulering"))
        self.original = QLabel()
        self.original.setObjectName("meetingOriginal")
        self.proposal_caption = QLabel(translate("Meeting", "Förslag"))
        self.proposal = QLabel()
        self.proposal.setObjectName("meetingProposal")
        for caption, body, name in ((self.original_caption, self.original, "originalCard"),
                                    (self.proposal_caption, self.proposal, "proposalCard")):
            card = QFrame()
            card.setObjectName(name)
            lay = QVBoxLayout(card)
            lay.setContentsMargins(24, 18, 24, 22)
            caption.setProperty("caption", True)
            body.setWordWrap(True)
            body.setTextFormat(Qt.TextFormat.RichText)
            body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            body.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            body.setMinimumWidth(0)
            caption.setWordWrap(True)
            caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            lay.addWidget(caption)
            lay.addWidget(body)
            lay.addStretch(1)
            cards.addWidget(card, 1)
        self.original.setAccessibleName(translate("Meeting", "Kundens formulering"))
        self.proposal.setAccessibleName(translate("Meeting", "Föreslagen formulering"))
        content.addLayout(cards)

        self.why_caption = QLabel(translate("Meeting", "Varför"))
        self.why_caption.setWordWrap(True)
        self.why_caption.setProperty("caption", True)
        self.why = QLabel()
        self.why.setObjectName("meetingWhy")
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.RichText)
        self.why.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.why.setAccessibleName(translate("Meeting", "Skälet"))
        self.legal = QLabel()
        self.legal.setObjectName("meetingLegal")
        self.legal.setWordWrap(True)
        self.why.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.legal.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        content.addWidget(self.why_caption)
        content.addWidget(self.why)
        content.addWidget(self.legal)
        content.addStretch(1)
        root.addWidget(self.scroll, 1)

        self.keep_row = QWidget()
        keep_layout = QHBoxLayout(self.keep_row)
        keep_layout.setContentsMargins(0, 0, 0, 0)
        keep_label = QLabel(translate("Meeting", "Motivering för att behålla:"))
        self.justification = _JustificationEdit()
        self.justification.setObjectName("meetingJustification")
        self.justification.setAccessibleName(translate("Meeting", "Motivering för att behålla formuleringen"))
        self.justification.setPlaceholderText(translate("Meeting", "t.ex. B-körkort behövs: dagliga kundbesök med bil"))
        self.justification.returnPressed.connect(self._confirm_keep)
        self.justification.cancelled.connect(self._cancel_keep)
        keep_layout.addWidget(keep_label)
        keep_layout.addWidget(self.justification, 1)
        self.keep_row.setVisible(False)
        root.addWidget(self.keep_row)

        self.status = QLabel()
        self.status.setObjectName("meetingStatus")
        self.status.setWordWrap(True)
        root.addWidget(self.status)

        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        self.prev_button = self._button(translate("Meeting", "← Föregående"), self.previous)
        self.accept_button = self._button(translate("Meeting", "Godta förslaget  ⏎"), self.accept_current)
        self.accept_button.setObjectName("acceptButton")
        self.accept_button.setDefault(True)  # the primary action: styled as such below, Enter
        self.accept_button.setAccessibleDescription(translate("Meeting", "Huvudåtgärd: godta förslaget (Enter)"))
        self.keep_button = self._button(translate("Meeting", "Behåll med motivering  (K)"), self.start_keep)
        self.next_button = self._button(translate("Meeting", "Nästa →"), self.next)
        self.close_button = self._button(translate("Meeting", "Avsluta  (Esc)"), self.close)
        buttons.addWidget(self.prev_button)
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        root.addLayout(buttons)
        self.hint = QLabel(translate(
            "Meeting", "Tangenter: → nästa · ← föregående · Enter godta · K behåll · Esc avsluta"))
        self.hint.setObjectName("meetingHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        root.addWidget(self.hint)
        self._scale()
        self.show_item(0)

    def _button(self, text: str, slot) -> QPushButton:
        b = QPushButton(text)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the view
        b.clicked.connect(slot)
        return b

    # -- navigation ---------------------------------------------------------------------------

    def current(self) -> Optional[MeetingItem]:
        return self.items[self.index] if 0 <= self.index < len(self.items) else None

    def show_item(self, index: int) -> None:
        self.index = max(0, min(index, len(self.items)))  # len(items) is the summary page
        self._cancel_keep()
        total = len(self.items)
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(sum(1 for i in self.items if i.status))
        item = self.current()
        done = item is None
        for w in (self.original_caption, self.proposal_caption, self.why_caption, self.legal):
            w.setVisible(not done)
        self.original.parentWidget().setVisible(not done)
        self.proposal.parentWidget().setVisible(not done)
        self.accept_button.setVisible(not done)
        self.keep_button.setVisible(not done)
        self.next_button.setEnabled(not done)
        self.prev_button.setEnabled(self.index > 0)
        if done:
            self.position.setText(translate("Meeting", "Klart"))
            accepted = sum(1 for i in self.items if i.status == ACCEPTED)
            kept = sum(1 for i in self.items if i.status == KEPT)
            left = total - accepted - kept
            self.kind.setText(html.escape(translate("Meeting", "Sammanfattning")))
            self.why.setText(
                translate("Meeting", "Godtagna förslag: %1. Behållna formuleringar med motivering: %2. "
                                     "Ej avgjorda: %3.\n\nBesluten finns i kundrapporten (Arkiv → Exportera).")
                .replace("%1", str(accepted)).replace("%2", str(kept)).replace("%3", str(left)))
            self.status.setText("")
            return
        self.position.setText(translate("Meeting", "Punkt %1 av %2").replace("%1", str(self.index + 1)).replace("%2", str(total)))
        self.kind.setText(self._kind_html(item))
        if not item.status:
            self._refresh(item)
        self.original.setText(_mark(item.shown_original, item.shown_marks))
        if item.advice:
            self.proposal_caption.setText(translate("Meeting", "Råd"))
            self.proposal.setText(_advice_html(item.unit))
        else:
            self.proposal_caption.setText(translate("Meeting", "Förslag"))
            self.proposal.setText(_changed(item.shown_original, item.shown_proposal))
        font = QFont(self.proposal.font())
        font.setPointSizeF(self._base() * self._proposal_factor())
        self.proposal.setFont(font)
        self.why_caption.setText(translate("Meeting", "Varför") if len(item.findings) == 1
                                 else translate("Meeting", "Varför – %1 skäl").replace("%1", str(len(item.findings))))
        self.why.setText(_reasons_html(item.findings))
        legal = list(dict.fromkeys(f.legal for f in item.findings if f.legal))
        legal_text = " ".join(t if t.rstrip().endswith(".") else t + "." for t in legal)
        self.legal.setText(translate("Meeting", "Rättslig grund: %1").replace("%1", legal_text) if legal else "")
        self._label_buttons(short=self.width() < 1200)
        self.accept_button.setEnabled(not item.status and not item.note)
        self._show_status(item)

    def _refresh(self, item: MeetingItem) -> None:
        """Compute the page from the current text: the unit's sentence as it reads now and the
        same sentence with the unit's proposed wording."""
        text = self._source()
        where = item.range()
        if where is None or text[where[0]:where[1]] != item.unit.text:
            item.note = translate("Meeting", "Texten har ändrats här sedan granskningen; ändra i texten efter mötet.")
            item.shown_original, item.shown_proposal = item.unit.text, item.proposal
            item.shown_marks = _marks(item, 0)
            return
        item.note = ""
        now, after, (at, _end) = preview(text, where[0], where[1], item.unit.wording)
        item.shown_original, item.shown_proposal, item.shown_marks = now, after, _marks(item, at)

    def _kind_html(self, item: MeetingItem) -> str:
        """The heading line: the gravest finding's ground or category, and what the unit is."""
        order = {"discrimination": 0, "vague-requirement": 1, "gender-coded": 2}
        f = min(item.findings, key=lambda f: (order.get(f.category, 3), -_severity(f.severity)))
        st = style_for(f.category)
        parts = [category_label(f.category).lower(), severity_label(f.severity)]
        kind = item.unit.requirement_kind
        if kind:
            parts.insert(0, translate("Meeting", "ska-krav") if kind == "must" else translate("Meeting", "meriterande"))
        if item.unit.location:
            parts.append(item.unit.location)
        return (f"<span style='color:{st.colour}'>{st.symbol}</span>&nbsp; {html.escape(finding_group(f.category, f.ground))}"
                f" <span style='color:{MUTED}'>· {html.escape(' · '.join(parts))}</span>")

    def _show_status(self, item: MeetingItem) -> None:
        if item.status == ACCEPTED:
            self.status.setText("✓ " + translate("Meeting", "Godtaget."))
        elif item.status == KEPT:
            self.status.setText("✎ " + translate("Meeting", "Behålls: %1").replace("%1", item.reason))
        else:
            self.status.setText(item.note)

    def next(self) -> None:
        if self.index < len(self.items):
            self.show_item(self.index + 1)

    def previous(self) -> None:
        if self.index > 0:
            self.show_item(self.index - 1)

    # -- decisions ----------------------------------------------------------------------------

    def accept_current(self) -> None:
        """Accept the shown proposal (or the advice): the main window writes exactly the shown
        wording into the editor and records the decision for every finding of the unit."""
        item = self.current()
        if item is None or item.status or item.note:
            return
        if self._accept(item):
            item.status = ACCEPTED
            self.show_item(self.index + 1)
        else:
            item.note = translate("Meeting", "Texten har ändrats sedan granskningen; förslaget kunde inte föras in. Ändra i texten efter mötet.")
            self._show_status(item)
            self.accept_button.setEnabled(False)

    def start_keep(self) -> None:
        item = self.current()
        if item is None or item.status:
            return
        self.keep_row.setVisible(True)
        self.justification.clear()
        self.justification.setFocus()

    def _confirm_keep(self) -> None:
        item = self.current()
        reason = self.justification.text().strip()
        if item is None or len(reason) < 3:
            return
        if self._keep(item, reason):
            item.status = KEPT
            item.reason = reason
            self.show_item(self.index + 1)

    def _cancel_keep(self) -> None:
        if self.keep_row.isVisible():
            self.keep_row.setVisible(False)
            self.justification.clear()
            self.setFocus()

    # -- keys and size ------------------------------------------------------------------------

    def keyPressEvent(self, ev: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = ev.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            self.next()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace):
            self.previous()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept_current()
        elif key == Qt.Key.Key_K:
            self.start_keep()
        elif key == Qt.Key.Key_Escape:
            self.close()
        elif key == Qt.Key.Key_Home:
            self.show_item(0)
        elif key == Qt.Key.Key_End:
            self.show_item(len(self.items))
        else:
            super().keyPressEvent(ev)

    def resizeEvent(self, ev) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(ev)
        self._scale()

    def _scale(self) -> None:
        """Type sized to the window, so it stays readable from the back of the room; narrower
        margins and shorter button texts in a small window (1024 px wide stays usable)."""
        base = self._base()
        narrow = self.width() < 1200
        side = 20 if narrow else 48
        self._root.setContentsMargins(side, 16 if narrow else 28, side, 16 if narrow else 28)
        self._root.setSpacing(12 if narrow else 18)
        self._label_buttons(short=narrow)
        sizes = {
            self.original: 1.5, self.proposal: self._proposal_factor(), self.why: 1.0, self.kind: 1.05,
            self.heading: 1.0, self.position: 1.0, self.legal: 0.72, self.status: 0.95,
            self.hint: 0.62, self.justification: 1.0,
        }
        for w, factor in sizes.items():
            f = QFont(w.font())
            f.setPointSizeF(base * factor)
            w.setFont(f)
        for w in (self.original_caption, self.proposal_caption, self.why_caption):
            f = QFont(w.font())
            f.setPointSizeF(base * 0.72)
            f.setBold(True)
            f.setCapitalization(QFont.Capitalization.AllUppercase)
            f.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
            w.setFont(f)
        for b in (self.prev_button, self.accept_button, self.keep_button, self.next_button, self.close_button):
            f = QFont(b.font())
            f.setPointSizeF(base * (0.78 if narrow else 0.85))
            f.setBold(b is self.accept_button)
            b.setFont(f)

    def _base(self) -> float:
        """The base type size for the window's size (points)."""
        return max(11.0, min(self.height() / 42.0, self.width() / 70.0))

    def _proposal_factor(self) -> float:
        """A proposed wording in the size of the client's; advice (often with a question and
        answers) smaller, so it fits beside the wording."""
        item = self.current()
        return 1.1 if item is not None and item.advice else 1.5

    def _label_buttons(self, short: bool) -> None:
        """Button texts; in a narrow window without the keys (the line below lists them)."""
        item = self.current()
        advice = item is not None and item.advice
        if short:
            texts = (translate("Meeting", "← Föregående"),
                     translate("Meeting", "Godta rådet") if advice else translate("Meeting", "Godta förslaget"),
                     translate("Meeting", "Behåll med motivering"), translate("Meeting", "Nästa →"),
                     translate("Meeting", "Avsluta"))
        else:
            texts = (translate("Meeting", "← Föregående"),
                     translate("Meeting", "Godta rådet  ⏎") if advice else translate("Meeting", "Godta förslaget  ⏎"),
                     translate("Meeting", "Behåll med motivering  (K)"), translate("Meeting", "Nästa →"),
                     translate("Meeting", "Avsluta  (Esc)"))
        for b, t in zip((self.prev_button, self.accept_button, self.keep_button, self.next_button,
                         self.close_button), texts):
            b.setText(t)

    def closeEvent(self, ev) -> None:  # noqa: N802 - Qt override
        super().closeEvent(ev)
        self.closed.emit()


def _marks(item: MeetingItem, at: int) -> tuple[tuple[int, int], ...]:
    """The findings' words within the shown sentence, where the unit starts at ``at``."""
    base = item.unit.start
    return tuple((f.start - base + at, f.end - base + at) for f in item.findings)


def _mark(sentence: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The sentence with the flagged words bold and underlined (not by colour alone)."""
    e = html.escape
    out, pos = [], 0
    for start, end in sorted(spans):
        start = max(start, pos)
        if not (0 <= start < end <= len(sentence)):
            continue
        out.append(f"{e(sentence[pos:start])}<b><u>{e(sentence[start:end])}</u></b>")
        pos = end
    out.append(e(sentence[pos:]))
    return "".join(out)


def _changed(before: str, after: str) -> str:
    """``after`` with the part that differs from ``before`` in bold."""
    prefix = len(os.path.commonprefix([before, after]))
    limit = min(len(before), len(after)) - prefix
    suffix = 0
    while suffix < limit and before[-1 - suffix] == after[-1 - suffix]:
        suffix += 1
    # widen to whole words so the bold part reads naturally
    start = prefix
    while start > 0 and after[start - 1].isalnum():
        start -= 1
    end = len(after) - suffix
    while end < len(after) and after[end].isalnum():
        end += 1
    e = html.escape
    if end <= start:
        return e(after)
    return f"{e(after[:start])}<b>{e(after[start:end])}</b>{e(after[end:])}"


def _severity(severity: str) -> int:
    return {"info": 0, "warning": 1, "error": 2}.get(severity, 0)


def _reasons_html(findings: tuple[Finding, ...]) -> str:
    """The reasons of all the unit's findings: the flagged words, then why (one paragraph each)."""
    e = html.escape
    if len(findings) == 1:
        f = findings[0]
        return e(f.why or f.message)
    parts = []
    for f in findings:
        parts.append(f"<p style='margin:0 0 6px 0'><b>”{e(f.text)}”</b> – {e(f.why or f.message)}</p>")
    return "".join(parts)


def _advice_html(unit: Unit) -> str:
    """The findings' advice; advice with a question for the client gets the question and each
    answer with the model wording to use then."""
    e = html.escape
    advice = unit.advice
    if not advice:
        return e(translate("Meeting", "(inget förslag)"))
    parts = []
    for s in advice:
        block = f"<p style='margin:0 0 8px 0'>{e(s.text)}</p>"
        if s.question:
            ask = translate("Meeting", "Fråga kunden:")
            block += (f"<p style='margin:0 0 4px 0'><b>{e(ask)}</b> "
                      f"{e(s.question)}</p>")
            for a in s.answers:
                wording = a.wording or translate("Meeting", "(stryk kravet)")
                block += (f"<p style='margin:0 0 4px 16px'>• {e(a.answer)} → "
                          f"<i>{e(wording)}</i></p>")
        parts.append(block)
    return "".join(parts)


_STYLE = f"""
#meetingView {{ background: {BACKGROUND}; }}
#meetingView QLabel {{ color: {INK}; }}
#meetingView QLabel[caption="true"] {{ color: {MUTED}; }}
#meetingHeading {{ color: {MUTED}; }}
#meetingPosition {{ color: {MUTED}; }}
#meetingLegal {{ color: {MUTED}; }}
#meetingHint {{ color: {MUTED}; }}
#originalCard {{ background: {CARD}; border: 1px solid {BORDER}; border-radius: 10px; }}
#proposalCard {{ background: {CARD}; border: 2px solid {PROPOSAL}; border-radius: 10px; }}
#meetingProgress {{ background: #E6E1D7; border: none; border-radius: 3px; }}
#meetingProgress::chunk {{ background: {PROPOSAL}; border-radius: 3px; }}
#meetingView QPushButton {{ padding: 8px 18px; border-radius: 8px; border: 1px solid {BORDER};
                           background: {CARD}; color: {INK}; }}
#meetingView QPushButton:disabled {{ color: #9AA0A6; }}
#meetingView QPushButton#acceptButton {{ background: {PROPOSAL}; color: white; border: 1px solid {PROPOSAL};
                                         font-weight: bold; }}
#meetingView QPushButton#acceptButton:disabled {{ background: #9DBFB5; color: white; }}
#meetingScroll, #meetingBody {{ background: transparent; }}
#meetingJustification {{ padding: 6px; border: 2px solid {PROPOSAL}; border-radius: 6px; background: white; }}
"""
