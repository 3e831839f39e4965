"""Recall and false alarms of a rule set on a labelled sentence set (tests/eval/sentences.yaml).

Each item is ``{text, labels}``; ``labels`` is the complete set of grounds (and ``vague``) a
careful reviewer flags in the sentence. A ground counts as found when any discrimination finding
of that ground lands in the sentence; ``vague`` when any vague-requirement finding does. A false
alarm is a finding of a ground (or of vague) that the labels do not name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from hirelint.engine import Linter
from hirelint.model import GROUNDS
from hirelint.rules.schema import load_yaml

LABELS = (*GROUNDS, "vague")


@dataclass
class LabelScore:
    """Counts for one label."""

    positives: int = 0
    found: int = 0
    false_alarms: int = 0
    misses: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.positives if self.positives else 1.0


@dataclass
class Evaluation:
    """Scores per label, and discrimination findings on clean sentences."""

    per_label: dict[str, LabelScore]
    sentences: int
    clean: int
    clean_with_discrimination: list[str]

    @property
    def discrimination_false_alarms(self) -> int:
        return sum(self.per_label[g].false_alarms for g in GROUNDS)


def load_items(path: Path) -> list[dict]:
    """The labelled sentences."""
    items = load_yaml(path)
    for item in items:
        bad = set(item["labels"]) - set(LABELS)
        if bad:
            raise ValueError(f"okända etiketter {bad} i {item['text']!r}")
    return items


def evaluate(linter: Linter, items: list[dict]) -> Evaluation:
    """Lint every sentence on its own and score it against its labels."""
    scores = {label: LabelScore() for label in LABELS}
    clean_hits: list[str] = []
    clean = 0
    for item in items:
        text, labels = item["text"], set(item["labels"])
        report = linter.lint_text(text)
        got = set()
        for f in report.findings:
            if f.category == "discrimination":
                got.add(f.ground)
            elif f.category == "vague-requirement":
                got.add("vague")
        for label in LABELS:
            s = scores[label]
            if label in labels:
                s.positives += 1
                if label in got:
                    s.found += 1
                else:
                    s.misses.append(text)
            elif label in got:
                s.false_alarms += 1
                s.alarms.append(text)
        if not labels & set(GROUNDS):
            if not labels:
                clean += 1
            if got & set(GROUNDS):
                clean_hits.append(text)
    return Evaluation(scores, len(items), clean, clean_hits)


def format_table(ev: Evaluation) -> str:
    """A per-label table for the terminal."""
    lines = [f"{'etikett':<20} {'positiva':>8} {'hittade':>8} {'recall':>7} {'falsklarm':>9}"]
    for label, s in ev.per_label.items():
        lines.append(f"{label:<20} {s.positives:>8} {s.found:>8} {s.recall:>7.1%} {s.false_alarms:>9}")
    lines.append(
        f"{ev.sentences} meningar, {ev.clean} rena; diskrimineringsfynd i meningar utan "
        f"diskrimineringsetikett: {len(ev.clean_with_discrimination)}"
    )
    return "\n".join(lines)


# -- sentence sets in the development-set format ("LABELS | sentence") ------------------------


@dataclass
class SetScore:
    """Scores of a "LABELS | sentence" set, counted the way ../shared/eval/score.py counts."""

    found: dict[str, int] = field(default_factory=dict)
    expected: dict[str, int] = field(default_factory=dict)
    misses: list[tuple[str, str]] = field(default_factory=list)
    clean: tuple[int, int] = (0, 0)  # (without a discrimination finding, clean sentences)
    strict: tuple[int, int] = (0, 0)  # (without a discrimination or vague finding, strict ones)
    alarms: list[tuple[str, str]] = field(default_factory=list)

    def recall(self, key: str) -> float:
        return self.found.get(key, 0) / self.expected[key] if self.expected.get(key) else 1.0

    def rate(self, pair: tuple[int, int]) -> float:
        return pair[0] / pair[1] if pair[1] else 1.0

    def summary(self) -> str:
        grounds = sorted(k for k in self.expected if k not in ("discrimination", "vague"))
        parts = [f"{k} {self.recall(k):.2f}" for k in grounds]
        return (
            f"recall discrimination {self.recall('discrimination'):.2f} vague {self.recall('vague'):.2f}; "
            f"clean {self.rate(self.clean):.2f}; strict {self.rate(self.strict):.2f} | " + ", ".join(parts)
        )


def load_labelled_lines(path: Path) -> list[tuple[list[str], str]]:
    """The cases of a "LABELS | sentence" file (comments and blank lines skipped)."""
    cases = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        labels, text = line.split("|", 1)
        cases.append((labels.split(), text.strip()))
    return cases


def score_lines(linter: Linter, cases: list[tuple[list[str], str]]) -> SetScore:
    """Lint each sentence as its own document and score it: a ground label (``a/b`` accepts
    either) needs a discrimination finding of that ground, ``vague`` a vague-requirement
    finding; ``clean`` sentences may have no discrimination finding, ``strict`` none at all."""
    sc = SetScore()
    clean_ok = clean_n = strict_ok = strict_n = 0
    for labels, text in cases:
        found = linter.lint_text(text).findings
        disc = {f.ground for f in found if f.category == "discrimination"}
        vague = any(f.category == "vague-requirement" for f in found)
        for lab in labels:
            if lab in ("clean", "strict", "hard"):
                continue
            keys = {lab} if lab == "vague" else {lab, "discrimination"}
            ok = vague if lab == "vague" else bool(disc & set(lab.split("/")))
            for k in keys:
                sc.expected[k] = sc.expected.get(k, 0) + 1
                sc.found[k] = sc.found.get(k, 0) + ok
            if not ok:
                sc.misses.append((lab, text))
        if "clean" in labels or "strict" in labels:
            clean_n += 1
            clean_ok += not disc
            if disc:
                sc.alarms.append((",".join(sorted(disc)), text))
        if "strict" in labels:
            strict_n += 1
            strict_ok += not disc and not vague
            if vague and not disc:
                sc.alarms.append(("vague", text))
    sc.clean, sc.strict = (clean_ok, clean_n), (strict_ok, strict_n)
    return sc
