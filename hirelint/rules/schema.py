"""Lexicon schema: load a rules file, validate every field, and build Rule objects.

Errors carry the file and rule code so an office editing its own lexicon sees exactly what to
fix (`hirelint test-lexicon FILE`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

import re as _re

import regex
import yaml

from hirelint.model import APPLICABILITIES, CATEGORIES, GROUNDS, SEVERITIES
from hirelint.rules import patterns as pat

try:  # libyaml is several times faster; fall back to the pure-Python loader
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader

CODE_RE = regex.compile(r"^[A-Z]{3}\d{3}$")
KINDS = ("phrase", "pattern", "requirement", "concept")
# What a rule of kind "concept" reports (found by hirelint/analysis/concepts.py).
MECHANISMS = (
    "exclusion", "field", "bare-value", "attribute", "pronoun", "sex-noun", "sex-title", "age-number",
    "vague-experience", "vague-knowledge", "vague-language", "vague-trait", "trait-group",
)
TARGETS = ("any", "candidate")
STRENGTHS = ("lag", "dom", "myndighet", "forskning", "vägledning", "bransch", "förslag")
_EXAMPLE_SPAN = regex.compile(r"\[([^\[\]]+)\]")


class LexiconError(ValueError):
    """A lexicon file or rule that breaks the schema."""


def load_yaml(path: Path) -> Any:
    """Parse one YAML file with a clear error."""
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path}: ogiltig YAML: {exc}") from None
    except UnicodeDecodeError as exc:
        raise LexiconError(
            f"{path}: är inte en textfil i UTF-8 (byte {exc.start} kan inte läsas); ett lexikon "
            "ska vara YAML sparad som UTF-8."
        ) from None
    except (RecursionError, ValueError) as exc:  # deeply nested or NUL-filled input
        raise LexiconError(f"{path}: ogiltig YAML ({type(exc).__name__}).") from None
    except OSError as exc:
        raise LexiconError(f"{path}: kan inte läsas: {exc.strerror}") from None


@dataclass(frozen=True)
class SuggestionTemplate:
    """A suggestion as written in the lexicon; placeholders are filled per finding."""

    text: str
    applicability: str = "review"


@dataclass(frozen=True)
class BadExample:
    """A sentence that must fire, with the flagged span and the expected fixed text."""

    text: str
    start: int
    end: int
    fix: Optional[str] = None


@dataclass(frozen=True)
class Context:
    """Context conditions of a rule (see docs/lexicon-format.md)."""

    target: str = "any"
    negatable: bool = True
    inclusion: bool = True
    screenable: bool = True
    unless_before: Optional["LazyRegex"] = None
    unless_after: Optional["LazyRegex"] = None
    unless_sentence: Optional["LazyRegex"] = None
    only_sentence: Optional["LazyRegex"] = None


@dataclass(frozen=True)
class Rule:
    """One compiled lexicon rule."""

    code: str
    name: str
    kind: str
    category: str
    ground: Optional[str]
    severity: str
    message: str
    why: str
    legal: str
    source: str
    strength: str
    suggestions: tuple[SuggestionTemplate, ...]
    regex: "LazyRegex"
    exceptions: Optional["LazyRegex"]
    context: Context
    when: dict
    bad: tuple[BadExample, ...]
    good: tuple[str, ...]
    origin: str
    match_patterns: tuple[str, ...] = ()
    # Further grounds (or "vague-requirement") the same wording risks: one finding each.
    also: tuple[str, ...] = ()
    triggers: pat.Triggers = field(default_factory=pat.Triggers, compare=False)
    mechanism: Optional[str] = None  # for kind "concept": which concept mechanism it reports
    # What a negation must negate to silence the rule: "requirement" ("… är inget krav") for a
    # protected attribute, whose own negation is a demand ("du har inga barn"); "anything" for
    # a requirement that is itself the thing negated ("utan körkort").
    negates: str = "anything"

    def with_severity(self, severity: str) -> "Rule":
        """A copy with another severity (configuration overrides)."""
        from dataclasses import replace

        return replace(self, severity=severity)


@dataclass
class Tables:
    """Shared tables a rules file refers to: sources, legal bases and named context sets."""

    sources: dict
    legal: dict
    context: dict
    concepts: dict = field(default_factory=dict)
    roles: dict = field(default_factory=dict)
    client_questions: dict = field(default_factory=dict)


def resolve_named(value: Optional[str], tables: Tables, where: str) -> Optional[str]:
    """Expand ``@name`` references (possibly several, joined by |) to regex source."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise LexiconError(f"{where}: väntade en sträng (regex eller @namn)")

    def sub(m: regex.Match) -> str:
        name = m.group(1)
        if name not in tables.context or not isinstance(tables.context[name], str):
            raise LexiconError(f"{where}: okänd kontextmängd @{name}")
        return "(?:" + tables.context[name] + ")"

    return regex.sub(r"@([a-z_]+)", sub, value)


class LazyRegex:
    """A regex compiled on first use.

    Compiling ~1,500 lexicon regexes takes seconds with the ``regex`` module, and a short ad
    needs only the few rules its words trigger; so rules compile when first asked to match.
    Bundled lexicons are compiled in full by the test suite; an office's extra lexicons are
    compiled eagerly at load (``validate``), so a broken pattern is reported before linting.
    """

    __slots__ = ("source", "where", "_compiled")

    def __init__(self, source: str, where: str):
        self.source = source
        self.where = where
        self._compiled: Optional[regex.Pattern] = None

    @property
    def compiled(self) -> regex.Pattern:
        if self._compiled is None:
            # The standard library compiles about three times faster and handles most lexicon
            # patterns the same way; `regex` takes what `re` cannot parse (variable-length
            # lookbehind, \p{…} classes).
            try:
                self._compiled = _re.compile(self.source, _re.IGNORECASE)
            except (_re.error, RecursionError, OverflowError):
                try:
                    self._compiled = regex.compile(self.source, pat.FLAGS)
                except regex.error as exc:
                    raise LexiconError(f"{self.where}: ogiltigt reguljärt uttryck: {exc}") from None
        return self._compiled

    @property
    def pattern(self) -> str:
        return self.source

    def __getattr__(self, name):
        return getattr(self.compiled, name)

    def __reduce__(self):
        return (LazyRegex, (self.source, self.where))


def compile_regex(source: Optional[str], where: str) -> Optional[LazyRegex]:
    """A lexicon regex (case-insensitive), compiled on first use."""
    if source is None:
        return None
    return LazyRegex(source, where)


def validate_rule(rule: "Rule") -> None:
    """Compile every regex of a rule now (raises LexiconError on a bad pattern)."""
    ctx = rule.context
    for rx in (rule.regex, rule.exceptions, ctx.unless_before, ctx.unless_after,
               ctx.unless_sentence, ctx.only_sentence):
        if rx is not None:
            rx.compiled


def parse_bad_example(item: Any, where: str) -> BadExample:
    """A bad example: text with exactly one [marked] span, and an optional fix."""
    if isinstance(item, str):
        item = {"text": item}
    if not isinstance(item, dict) or "text" not in item:
        raise LexiconError(f"{where}: ett dåligt exempel behöver text")
    raw = item["text"]
    spans = list(_EXAMPLE_SPAN.finditer(raw))
    if len(spans) != 1:
        raise LexiconError(f"{where}: exemplet ska markera exakt ett spann med [ ]: {raw!r}")
    m = spans[0]
    text = raw[: m.start()] + m.group(1) + raw[m.end():]
    return BadExample(text=text, start=m.start(), end=m.start() + len(m.group(1)), fix=item.get("fix"))


def _as_list(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"{where}: väntade en lista med strängar")
    return value


def _exceptions_regex(exceptions: list[str], where: str) -> Optional[LazyRegex]:
    """One anchored regex for a list of exception token patterns (None when there are none)."""
    if not exceptions:
        return None
    try:
        return compile_regex("^(?:" + "|".join(pat.token_pattern_regex(e) for e in exceptions) + ")$", where)
    except pat.PatternError as exc:
        raise LexiconError(f"{where}: exceptions: {exc}") from None


def build_rule(raw: dict, defaults: dict, tables: Tables, origin: str) -> Rule:
    """Validate one rule entry and compile it."""
    if not isinstance(raw, dict):
        raise LexiconError(f"{origin}: varje regel ska vara en mappning")
    merged = {**defaults, **raw}
    code = merged.get("code")
    where = f"{origin}: {code or '(utan kod)'}"
    if not isinstance(code, str) or not CODE_RE.match(code):
        raise LexiconError(f"{where}: koden ska vara tre versaler och tre siffror, t.ex. ALD001")
    kind = merged.get("kind", "phrase")
    if kind not in KINDS:
        raise LexiconError(f"{where}: okänd kind {kind!r} (phrase, pattern, requirement, concept)")
    category = merged.get("category")
    if category not in CATEGORIES:
        raise LexiconError(f"{where}: category ska vara en av {', '.join(CATEGORIES)}")
    ground = merged.get("ground")
    if category == "discrimination":
        if ground not in GROUNDS:
            raise LexiconError(f"{where}: ground ska vara en av {', '.join(GROUNDS)}")
    elif ground is not None:
        raise LexiconError(f"{where}: ground gäller bara kategorin discrimination")
    also = tuple(_as_list(merged.get("also"), f"{where}: also"))
    for extra in also:
        if extra not in GROUNDS and extra != "vague-requirement":
            raise LexiconError(f"{where}: also tar grunder eller vague-requirement, inte {extra!r}")
        if extra == ground or extra == category:
            raise LexiconError(f"{where}: also upprepar regelns egen grund eller kategori ({extra})")
    severity = merged.get("severity")
    if severity not in SEVERITIES:
        raise LexiconError(f"{where}: severity ska vara error, warning eller info")
    for key in ("message", "why", "name"):
        if not isinstance(merged.get(key), str) or not merged[key].strip():
            raise LexiconError(f"{where}: {key} saknas")
    legal_key = merged.get("legal")
    if not isinstance(legal_key, str):
        raise LexiconError(f"{where}: legal saknas")
    legal = tables.legal.get(legal_key, legal_key if " " in legal_key else None)
    if legal is None:
        raise LexiconError(f"{where}: okänd legal-nyckel {legal_key!r}")
    source_key = merged.get("source")
    src = tables.sources.get(source_key)
    if not src:
        raise LexiconError(f"{where}: okänd källa {source_key!r} (se sources.yaml)")
    strength = src.get("strength", "")
    if strength not in STRENGTHS:
        raise LexiconError(f"{where}: källan {source_key} har okänd styrka {strength!r}")
    source_text = src["title"] + (f" — {src['url']}" if src.get("url") else "")

    suggestions = []
    for i, s in enumerate(merged.get("suggestions") or []):
        if isinstance(s, str):
            s = {"text": s}
        if not isinstance(s, dict) or not isinstance(s.get("text"), str):
            raise LexiconError(f"{where}: förslag {i + 1} behöver text")
        app = s.get("applicability", "review")
        if app not in APPLICABILITIES:
            raise LexiconError(f"{where}: förslag {i + 1}: applicability ska vara en av {APPLICABILITIES}")
        if app == "placeholders" and "[" not in s["text"]:
            raise LexiconError(f"{where}: förslag {i + 1} är markerat placeholders men saknar [ ]")
        suggestions.append(SuggestionTemplate(s["text"], app))

    match = _as_list(merged.get("match"), f"{where}: match")
    compounds = _as_list(merged.get("compounds"), f"{where}: compounds")
    negates = merged.get("negates", "requirement" if category == "discrimination" else "anything")
    if negates not in ("requirement", "anything"):
        raise LexiconError(f"{where}: negates ska vara requirement eller anything")
    mechanism = merged.get("mechanism")
    if kind == "concept":
        if mechanism not in MECHANISMS:
            raise LexiconError(f"{where}: mechanism ska vara en av {', '.join(MECHANISMS)}")
    elif mechanism is not None:
        raise LexiconError(f"{where}: mechanism gäller bara kind: concept")
    try:
        if kind == "concept":
            rx = compile_regex("(?!)", where)  # found by the concept analysis, never by regex
            triggers = pat.Triggers()
        elif kind == "pattern":
            source = merged.get("regex")
            if not isinstance(source, str):
                raise LexiconError(f"{where}: pattern-regler behöver regex")
            rx = compile_regex(resolve_named(source, tables, where), where)
            trig_words = _as_list(merged.get("trigger"), f"{where}: trigger")
            triggers = pat.word_list_triggers(trig_words) if trig_words else pat.Triggers(always=True)
        else:
            rx = compile_regex(pat.compile_patterns(match, compounds), where)
            triggers = pat.Triggers()
            for p in match:
                triggers.update(pat.pattern_triggers(p))
            if compounds:
                triggers.update(pat.compound_triggers(compounds))
    except pat.PatternError as exc:
        raise LexiconError(f"{where}: {exc}") from None

    exc_rx = _exceptions_regex(_as_list(merged.get("exceptions"), f"{where}: exceptions"), where)

    ctx_raw = merged.get("context") or {}
    if not isinstance(ctx_raw, dict):
        raise LexiconError(f"{where}: context ska vara en mappning")
    unknown = set(ctx_raw) - {
        "target", "negatable", "inclusion", "screenable",
        "unless_before", "unless_after", "unless_sentence", "only_sentence",
    }
    if unknown:
        raise LexiconError(f"{where}: okända context-fält: {', '.join(sorted(unknown))}")
    target = ctx_raw.get("target", "any")
    if target not in TARGETS:
        raise LexiconError(f"{where}: context.target ska vara any eller candidate")
    context = Context(
        target=target,
        negatable=bool(ctx_raw.get("negatable", True)),
        inclusion=bool(ctx_raw.get("inclusion", True)),
        screenable=bool(ctx_raw.get("screenable", merged.get("screenable", True))),
        unless_before=compile_regex(resolve_named(ctx_raw.get("unless_before"), tables, where), where),
        unless_after=compile_regex(resolve_named(ctx_raw.get("unless_after"), tables, where), where),
        unless_sentence=compile_regex(resolve_named(ctx_raw.get("unless_sentence"), tables, where), where),
        only_sentence=compile_regex(resolve_named(ctx_raw.get("only_sentence"), tables, where), where),
    )
    when = merged.get("when") or {}
    if not isinstance(when, dict) or set(when) - {"n_min", "n_max", "m_min", "m_max"}:
        raise LexiconError(f"{where}: when tillåter n_min, n_max, m_min, m_max")

    examples = merged.get("examples") or {}
    bad = tuple(
        parse_bad_example(item, f"{where}: examples.bad") for item in examples.get("bad") or []
    )
    good = tuple(_as_list(examples.get("good"), f"{where}: examples.good"))

    return Rule(
        code=code,
        name=merged["name"],
        kind=kind,
        category=category,
        ground=ground if category == "discrimination" else None,
        severity=severity,
        message=merged["message"].strip(),
        why=" ".join(merged["why"].split()),
        legal=legal,
        source=source_text,
        strength=strength,
        suggestions=tuple(suggestions),
        regex=rx,
        exceptions=exc_rx,
        context=context,
        when=when,
        bad=bad,
        good=good,
        origin=origin,
        match_patterns=tuple(match + compounds),
        triggers=triggers,
        also=also,
        mechanism=mechanism,
        negates=negates,
    )


@dataclass
class Balance:
    """The document-level gender-coding balance (one per rule set)."""

    code: str
    masculine: regex.Pattern
    feminine: regex.Pattern
    triggers_m: pat.Triggers
    triggers_f: pat.Triggers
    exceptions: Optional["LazyRegex"]
    threshold: int
    message: str
    why: str
    legal: str
    source: str
    strength: str
    suggestions: tuple[SuggestionTemplate, ...]
    bad: tuple[str, ...]
    good: tuple[str, ...]
    origin: str


def build_balance(raw: dict, tables: Tables, origin: str) -> Balance:
    """Validate and compile a file's ``balance`` section."""
    where = f"{origin}: balance"
    if not isinstance(raw, dict):
        raise LexiconError(f"{where}: ska vara en mappning")
    code = raw.get("code")
    if not isinstance(code, str) or not CODE_RE.match(code):
        raise LexiconError(f"{where}: ogiltig kod")
    masc = _as_list(raw.get("masculine"), f"{where}: masculine")
    fem = _as_list(raw.get("feminine"), f"{where}: feminine")
    if not masc or not fem:
        raise LexiconError(f"{where}: masculine och feminine behövs")
    src = tables.sources.get(raw.get("source"))
    if not src:
        raise LexiconError(f"{where}: okänd källa {raw.get('source')!r}")
    try:
        m_rx = compile_regex(pat.compile_patterns(masc, []), where)
        f_rx = compile_regex(pat.compile_patterns(fem, []), where)
        trig_m, trig_f = pat.Triggers(), pat.Triggers()
        for p in masc:
            trig_m.update(pat.pattern_triggers(p))
        for p in fem:
            trig_f.update(pat.pattern_triggers(p))
        exc_rx = _exceptions_regex(_as_list(raw.get("exceptions"), f"{where}: exceptions"), where)
    except pat.PatternError as exc:
        raise LexiconError(f"{where}: {exc}") from None
    examples = raw.get("examples") or {}
    sugg = []
    for s in raw.get("suggestions") or []:
        s = {"text": s} if isinstance(s, str) else s
        sugg.append(SuggestionTemplate(s["text"], s.get("applicability", "advice")))
    return Balance(
        code=code,
        masculine=m_rx,
        feminine=f_rx,
        triggers_m=trig_m,
        triggers_f=trig_f,
        exceptions=exc_rx,
        threshold=int(raw.get("threshold", 3)),
        message=str(raw.get("message", "")).strip(),
        why=" ".join(str(raw.get("why", "")).split()),
        legal=tables.legal.get(raw.get("legal", "coded"), ""),
        source=src["title"] + (f" — {src['url']}" if src.get("url") else ""),
        strength=src.get("strength", ""),
        suggestions=tuple(sugg),
        bad=tuple(_as_list(examples.get("bad"), f"{where}: examples.bad")),
        good=tuple(_as_list(examples.get("good"), f"{where}: examples.good")),
        origin=origin,
    )


def load_rules_file(
    path: Path, tables: Tables, validate: bool = False
) -> tuple[list[Rule], Optional[Balance]]:
    """Load one rules file: its defaults, rules and optional balance section.

    With ``validate`` every regex is compiled at once (for files not covered by our tests)."""
    data = load_yaml(path)
    origin = path.name
    if not isinstance(data, dict) or not isinstance(data.get("rules", []), list):
        raise LexiconError(f"{origin}: filen ska ha en lista 'rules'")
    defaults = data.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise LexiconError(f"{origin}: defaults ska vara en mappning")
    rules = [build_rule(r, defaults, tables, origin) for r in data.get("rules") or []]
    balance = build_balance(data["balance"], tables, origin) if data.get("balance") else None
    if validate:
        for r in rules:
            validate_rule(r)
        if balance:
            balance.masculine.compiled, balance.feminine.compiled
    return rules, balance
