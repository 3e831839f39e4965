"""The linting engine: Linter(ruleset, nlp).lint(document) -> Report.

For each segment: look its unique words up in the rule index (cheap); only where a rule may
match, run that rule's regex, split the segment into sentences, apply the context filters, and
ask the spaCy pipeline about the sentence only when the word-window heuristics cannot decide.
Per-segment results are memoised, so re-linting a document after one paragraph changed costs
only that paragraph (the desktop app relies on this).
"""

from __future__ import annotations

import string
from bisect import bisect_left
from itertools import accumulate
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Iterable, Optional

import regex

from hirelint import rewrite
from hirelint.fix import apply_suggestion
from hirelint.analysis.concepts import ConceptHit, Concepts
from hirelint.client_questions import ClientQuestions
from hirelint.model import (
    Document,
    Finding,
    Report,
    Requirement,
    Segment,
    Suggestion,
    severity_rank,
)
from hirelint.nlp.pipeline import NLP
from hirelint.nlp.sentences import split_sentences
from hirelint.rules.context import ContextFilter
from hirelint.rules.ruleset import RuleSet, load_ruleset
from hirelint.rules.schema import Rule
from hirelint.roles import NOT_CANDIDATE, RoleTable
from hirelint.sections import MUST, sentence_state

_WORD = regex.compile(r"\w+")
_OBJECT = regex.compile(
    r"^\s+(?:av|inom|i|på|med|för)\s+([\w\-/&]+(?:\s+[\w\-/&]+){0,5}?)"
    r"(?=\s*[,.;:!?)]|\s+(?:och|samt|eller|som|men|där|från|med|i|på|inom)\s|\s*$)",
    regex.IGNORECASE,
)
_MEMO_SIZE = 4096
# A sentence that says what is not required is no requirement.
_NEGATED_DEMAND = regex.compile(
    r"\b(?:(?:är|blir)\s+(?:inte|ej|inget|ingen)\s+(?:ett\s+)?(?:krav|måste|nödvändig\w*|obligatorisk\w*)|"
    r"(?:krävs|behövs|fordras)\s+(?:inte|ej)|(?:behöver|måste)\s+(?:du\s+|ni\s+)?inte|inget\s+krav|inga\s+krav|ej\s+krav)\b",
    regex.I,
)
# A sentence that opens a profile of the candidate, and the sentences that continue it.
_OPENS_PROFILE = regex.compile(r"\b(?:vi\s+söker\s+dig\s+som|du\s+som\s+söker|vi\s+tror\s+att\s+du|den\s+vi\s+söker)\b", regex.I)
_DESCRIBES_YOU = regex.compile(r"^\W*(?:du\s+(?:har|är|kan|talar|behärskar|tycker|trivs)|vidare\s+har\s+du)\b", regex.I)
# Personality words in the lexicons share this message prefix ("Otydlig egenskap: ”noggrann” …"):
# only they are grouped; experience, language and other vague wording keep their own findings.
_TRAIT_MESSAGE = "Otydlig egenskap"
_LIST_MARKER = regex.compile(r"[\s\-–•*·]*(?:(?:\d{1,2}|[a-z])[.)]\s+)?")
# Concept mechanisms whose finding says more than a listed word inside the same span: the frame
# that excludes a group, a form field that asks for an attribute.
_FRAMING_MECHANISMS = frozenset({"exclusion", "field", "bare-value"})
_PREPOSITION = regex.compile(r"\b(?:med|för|bland|åt|hos)\b", regex.IGNORECASE)
# Legal basis for a further ground named in a rule's ``also`` (keys in lexicons/legal.yaml).
_GROUND_LEGAL = {
    "sex": "direct",
    "age": "indirect-age",
    "ethnicity": "indirect",
    "religion": "religion",
    "disability": "disability",
    "gender-identity": "gender-identity",
    "sexual-orientation": "sexual-orientation",
    "parenthood": "parenthood",
}


@dataclass(frozen=True)
class _Hit:
    """A finding relative to its segment, before offsets and location are added."""

    rule: Rule
    start: int
    end: int
    severity: str
    suggestions: tuple[Suggestion, ...]
    sent_start: int
    sent_end: int
    requirement: Optional[str]


@dataclass(frozen=True)
class _SegmentResult:
    hits: tuple[_Hit, ...]
    masculine: tuple[tuple[int, int], ...]
    feminine: tuple[tuple[int, int], ...]
    requirements: tuple[tuple[int, int, str], ...]


_OPTIONAL_VALUES = ("mode",)


class _Formatter(string.Formatter):
    """str.format that leaves unknown {placeholders} as they are."""

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key in kwargs and kwargs[key] is not None:
            return kwargs[key]
        if key in _OPTIONAL_VALUES:
            return ""  # "{mode}" where the match says nothing of speech and writing
        return "{" + str(key) + "}"


_FMT = _Formatter()


def fill(template: str, values: dict) -> str:
    """Fill {match}, {object}, {n}, {m} in a lexicon template; unknown ones stay visible."""
    try:
        return _FMT.format(template, **values)
    except (ValueError, IndexError):
        return template


class Linter:
    """Lints documents with a RuleSet; owns the (lazily loaded) NLP pipeline."""

    def __init__(self, ruleset: RuleSet, nlp: Optional[NLP] = None, use_nlp: bool = True):
        self.ruleset = ruleset
        self.nlp = nlp if nlp is not None else NLP()
        self.use_nlp = use_nlp
        self.concepts = Concepts(ruleset.tables.concepts, ruleset.context_rx.get("clients")) if ruleset.tables.concepts else None
        self.filter = ContextFilter(
            ruleset.context_rx, self.concepts.requirement_negated if self.concepts else None
        )
        self.roles = RoleTable(ruleset.tables.roles)
        self.client_questions = ClientQuestions(ruleset.tables.client_questions)
        self._mentions_others: dict[str, bool] = {}  # sentence -> names clients (parse_needed)
        self._states: dict[tuple, Optional[str]] = {}  # (sentence, section) -> must | merit | None
        self._memo: "OrderedDict[tuple, _SegmentResult]" = OrderedDict()

    @classmethod
    def default(cls, **kwargs) -> "Linter":
        """A linter with the bundled lexicons and the shipped pipeline."""
        return cls(load_ruleset(), **kwargs)

    # -- public API -------------------------------------------------------------------------

    def lint(self, document: Document, group_traits: bool = True, rewrites: bool = True) -> Report:
        """Lint a whole document. Pure with respect to the document; results are cached.

        With ``group_traits`` the soft traits a block describes in prose (advice-level vague
        findings) become one grouped note per block; the lexicon's own example tests turn it off
        to see each rule's finding."""
        roles = self.roles.assign(document.segments)
        findings: list[Finding] = []
        requirements: list[Requirement] = []
        masc: list[int] = []
        fem: list[int] = []
        title = document.segments[0] if document.segments and document.segments[0].heading else None
        for seg, role in zip(document.segments, roles):
            if role.silent:
                continue  # placeholders, numbers, the "Nr" and "Uppfylls" columns
            state = role.requirement
            # Headings are linted too: a short line in a profile ("Kön: man", "B-körkort") can
            # look like one.
            res = self._segment(seg.text, state, role.context, role.column is not None)
            seg_findings = [f for h in res.hits for f in self._to_findings(seg, h)]
            if group_traits:
                seg_findings = self._group_traits(document, seg, seg_findings)
            findings.extend(seg_findings)
            masc.extend(seg.start + s for s, _ in res.masculine)
            fem.extend(seg.start + s for s, _ in res.feminine)
            titled = (
                seg is title
                or role.kind == "heading" and self.roles.section_of(seg.text) is not None
                or self._is_section_title(seg)
            )
            spans = [] if titled else [
                (a, b, kind) for s, e, kind in res.requirements for a, b in _requirement_clauses(seg.text, s, e)
            ]
            for s, e, kind in spans:
                s += len(_LIST_MARKER.match(seg.text, s).group(0))  # "- ", "• ", "3. "
                if s >= e or _NEGATED_DEMAND.search(seg.text, s, e):
                    continue  # "Körkort är inget krav." states what is not required
                codes = tuple(
                    h.rule.code for h in res.hits if s <= h.start < e and h.rule.category == "vague-requirement"
                )
                requirements.append(
                    Requirement(
                        seg.text[s:e], seg.start + s, seg.start + e, kind, not codes, codes,
                        seg.location.label(),
                    )
                )
        balance_finding = self._balance(document, masc, fem)
        if balance_finding:
            findings.append(balance_finding)
        group = self.ruleset.concept_rules.get(("trait-group", "vague"))
        findings = _one_framing(_dedupe_findings(findings), keep=group.code if group else None)
        if rewrites:
            findings = [self.client_questions.advise(f) for f in findings]
            requirements = [self._with_rewrite(r, findings, document.text) for r in requirements]
            findings = self._checked_suggestions(findings, requirements, document.text)
        return Report(
            path=document.path,
            findings=tuple(findings),
            document=document,
            requirements=tuple(requirements),
            balance=(len(masc), len(fem)),
        )

    def _relint(self, text: str, kind: str) -> list[Finding]:
        """Findings of a proposed wording linted on its own as a requirement of ``kind``."""
        heading = "Krav" if kind == "must" else "Meriterande"
        return list(self.lint(Document.from_text(f"{heading}\n{text}\n"), rewrites=False).findings)

    def _with_rewrite(self, req: Requirement, findings: list[Finding], document: str = "") -> Requirement:
        """The requirement with its validated rewrite and its interview questions."""
        inside = [f for f in findings if req.start <= f.start and f.end <= req.end]
        proposal = rewrite.propose(req, inside, self._relint, document, core=self._removes_core,
                                    shared=self._drops_shared_verb, residual=self._names_a_group)
        # Questions never build on wording with a discrimination finding in it.
        fair = not any(f.category == "discrimination" for f in inside)
        source = proposal.rewrite.text if proposal.rewrite and proposal.rewrite.applicability == "review" else (
            req.text if fair else "")
        questions = tuple(
            q for q in rewrite.questions_for(source)
            if not self.lint(Document.from_text(q), rewrites=False).findings
        )
        return replace(req, rewrite=proposal.rewrite, questions=questions)

    def _checked_suggestions(self, findings: list[Finding], requirements: list[Requirement], text: str) -> list[Finding]:
        """Findings whose rewrites are the validated ones: inside a requirement with a rewrite,
        that rewrite (replacing the whole requirement); otherwise the first of the finding's own
        rewrites that passes the same checks on its sentence, or none. Advice always stays.
        Findings in prose are first taken together per sentence: one wording of the sentence
        that fixes them all ("Vi söker en ung säljkille" -> "Vi söker en säljare"), validated
        as a requirement's is."""
        rewritten = [r for r in requirements if r.rewrite is not None]
        sentences = self._sentence_rewrites(findings, rewritten, text)
        out = []
        for f in findings:
            advice = tuple(s for s in f.suggestions if s.applicability == "advice")
            if len(advice) == len(f.suggestions):
                out.append(f)
                continue
            req = next((r for r in rewritten if r.start <= f.start and f.end <= r.end), None)
            unit = (replace(req.rewrite, start=req.start, end=req.end) if req is not None
                    else sentences.get((f.sentence_start, f.sentence_end)))
            if unit is not None and f.severity == "info" and f.text in unit.text:
                rewrites = ()  # the wording fixes the rest of the unit; this advice stays open
            elif unit is not None:
                rewrites = (unit,)
            else:
                # No wording fixes the whole requirement (another finding in it needs the
                # client's decision): the finding's own rewrite, when it passes on its sentence.
                rewrites = self._checked_in_sentence(f, text, findings)
            if not rewrites and not advice:
                raw = next((x.text for x in f.suggestions if x.applicability != "advice"), "")
                if raw and "[" not in raw and len(raw.split()) <= 3:
                    # The word is right, the sentence around it is not yet: say both.
                    note = f"Ett neutralt ord i stället för ”{f.text}” är ”{raw}”, men meningen behöver också skrivas om."
                else:
                    note = _FALLBACK_ADVICE[f.category].format(text=f.text)
                advice = (Suggestion(note, "advice"),)
            out.append(replace(f, suggestions=rewrites + advice))
        return out

    def _sentence_rewrites(self, findings: list[Finding], taken: list[Requirement], text: str) -> dict:
        """(sentence start, end) -> one validated wording of the sentence for the findings in
        it outside requirements that already have a rewrite."""
        groups: dict[tuple[int, int], list[Finding]] = {}
        for f in findings:
            s, e = f.sentence_start, f.sentence_end
            if f.category not in ("discrimination", "vague-requirement") or not (s <= f.start and f.end <= e <= len(text)):
                continue
            if any(r.start < e and s < r.end for r in taken):
                continue  # the sentence shares words with a requirement that has its wording
            groups.setdefault((s, e), []).append(f)
        out = {}
        for (s, e), group in groups.items():
            sentence = text[s:e]
            lead = len(sentence) - len(sentence.lstrip())
            trail = len(sentence.rstrip())
            if trail <= lead:
                continue
            unit = Requirement(sentence[lead:trail], s + lead, s + trail, group[0].requirement or "must", False)
            proposal = rewrite.propose(
                unit, group, lambda t, k: self.lint(Document.from_text(t), rewrites=False).findings, text,
                core=self._removes_core, shared=self._drops_shared_verb, residual=self._names_a_group,
            )
            if proposal.rewrite is not None:
                out[(s, e)] = replace(proposal.rewrite, start=unit.start, end=unit.end)
        return out

    def _checked_in_sentence(self, f: Finding, text: str, findings: list[Finding] = ()) -> tuple[Suggestion, ...]:
        """The first rewrite of a finding that passes validation in its sentence; none while
        another finding stands in the same sentence: a fair word in a sentence that still
        discriminates, or is still vague, is no rewrite a client can take."""
        s, e = f.sentence_start, f.sentence_end
        if not (s <= f.start and f.end <= e <= len(text)):
            s, e = f.start, f.end
        if any(
            g is not f and g.category in ("discrimination", "vague-requirement") and s <= g.start < e
            and not (f.start <= g.start and g.end <= f.end)
            for g in findings
        ):
            return ()  # the sentence has more to fix: only a wording of the whole would do
        sentence = text[s:e]
        local = replace(f, start=f.start - s, end=f.end - s)
        for sugg in f.suggestions:
            if sugg.applicability == "advice":
                continue
            if f.category == "discrimination" and rewrite.breaks_sentence(
                sentence, local.start, local.end, sugg.text, self._removes_core
            ):
                continue  # a demand about the group: whether it goes is the client's decision
            if self._drops_shared_verb(sentence, local.start, local.end, sugg.text):
                continue
            sugg = replace(sugg, text=rewrite.neutral_slots(sugg.text, text))
            if rewrite.invents(f, sugg.text):
                continue
            try:
                plain = apply_suggestion(sentence, local, sugg)
            except ValueError:
                continue
            new = rewrite.level_after_pair(plain)
            if rewrite.checked_wording(sentence, new, self._names_a_group) or rewrite.grammar_problems(sentence, new):
                continue
            before = {g.code for g in self.lint(Document.from_text(sentence), rewrites=False).findings}
            again = self.lint(Document.from_text(new), rewrites=False).findings
            if any(
                g.code == f.code or (g.code not in before and g.severity != "info"
                                     and g.category in ("discrimination", "vague-requirement"))
                for g in again
            ):
                continue  # the finding is still there, or the rewrite brings a new one
            if f.category == "discrimination" and any(
                g.category == "discrimination" and g.severity != "info" for g in again
            ):
                continue  # a fair word in a sentence that still discriminates is no neutral rewrite
            applicability = "placeholders" if "[" in sugg.text else sugg.applicability
            if new != plain:  # the level moved after a pair of languages: offer the sentence
                lead = len(sentence) - len(sentence.lstrip())
                return (Suggestion(new.strip(), applicability, start=s + lead, end=s + len(sentence.rstrip())),)
            return (replace(sugg, applicability=applicability),)
        return ()

    def _drops_shared_verb(self, sentence: str, start: int, end: int, replacement: str) -> bool:
        """Whether a rewrite takes away a verb a coordinated predicate shares (parsed only)."""
        # Only a span with a copula or auxiliary the replacement drops can take a shared verb
        # away; the parse is asked only then (the model loads only when a sentence needs it).
        if not rewrite.drops_a_verb(sentence[start:end], replacement):
            return False
        doc = self.nlp.analyze(sentence) if self.use_nlp and self.nlp.has_parser else None
        return rewrite.drops_shared_verb(doc, start, end, replacement, sentence)

    def _names_a_group(self, text: str) -> Optional[str]:
        """A group word or age figure still in a wording (see Concepts.names_a_group)."""
        return self.concepts.names_a_group(text) if self.concepts is not None else None

    def _removes_core(self, sentence: str, start: int, end: int, deleting: bool = False) -> bool:
        """Whether deleting a span of a sentence leaves a hole in its grammar (parsed; without
        the pipeline, deleting a span that ends the sentence or precedes a subordinate word is
        taken as one)."""
        if rewrite.plain_modifier(sentence, start, end):
            return False  # decided by the words; the model loads only when a sentence needs it
        if self.use_nlp and self.nlp.has_parser:
            return rewrite.removes_core(self.nlp.analyze(sentence), start, end, deleting)
        # Without the parser: a span that ends its clause is taken to be its core.
        rest = sentence[end:].lstrip()
        return not rest[:1].isalpha() or rest.split(None, 1)[0].lower() in ("eftersom", "som", "på", "till", "och")

    def _group_traits(self, document: Document, seg: Segment, found: list[Finding]) -> list[Finding]:
        """Advice-level vague findings in one block (traits in prose, not must-haves) as one
        note: "Tre egenskapsord utan koppling till en uppgift: noggrann, positiv, engagerad"."""
        rule = self.ruleset.concept_rules.get(("trait-group", "vague"))
        members = [
            f for f in found
            if f.category == "vague-requirement" and f.severity == "info" and f.message.startswith(_TRAIT_MESSAGE)
        ]
        if rule is None or len(members) < 2:
            return found
        members.sort(key=lambda f: f.start)
        # The note sits on the first trait word; the message names them all (a span over a
        # whole paragraph of company text would mark far more than the words it counts).
        start, end = members[0].start, members[0].end
        words = []
        for f in members:
            if f.text.lower() not in (w.lower() for w in words):
                words.append(f.text)
        values = {"antal": _count_word(len(words)), "ord": ", ".join(words)}
        note = Finding(
            code=rule.code, category=rule.category, ground=None, severity=rule.severity,
            start=start, end=end, text=document.text[start:end], location=seg.location.label(),
            message=fill(rule.message, values), why=rule.why, legal=rule.legal,
            source=_shown_source(rule.source, rule.strength), strength=rule.strength,
            suggestions=tuple(Suggestion(fill(t.text, values), t.applicability) for t in rule.suggestions),
            sentence_start=min(f.sentence_start for f in members),
            sentence_end=max(f.sentence_end for f in members),
            requirement=None,
        )
        grouped = {id(f) for f in members}
        return [f for f in found if id(f) not in grouped] + [note]

    def _is_section_title(self, seg: Segment) -> bool:
        """A heading that names a section ("Krav", "Meriterande", "Om oss", "# Titel") is no
        requirement itself; a short line under "Krav" ("B-körkort") is."""
        if not seg.heading:
            return False
        text = seg.text.strip()
        if text.startswith("#"):
            return True
        rx = self.ruleset.context_rx
        named = self.roles.section_of(text) is not None or any(
            rx.get(name) is not None and rx[name].search(text.rstrip(":"))
            for name in ("must_headings", "merit_headings", "other_headings")
        )
        return named and len(text.split()) <= 6

    def lint_text(self, text: str, path: str = "-") -> Report:
        """Convenience: lint a string."""
        return self.lint(Document.from_text(text, path))

    # -- per segment ------------------------------------------------------------------------

    def _segment(self, text: str, state: Optional[str], context: str = "candidate", cell: bool = False) -> _SegmentResult:
        key = (text, state, context, cell)
        cached = self._memo.get(key)
        if cached is not None:
            self._memo.move_to_end(key)
            return cached
        result = self._analyse_segment(text, state, context, cell)
        self._memo[key] = result
        if len(self._memo) > _MEMO_SIZE:
            self._memo.popitem(last=False)
        return result

    def _sentence_context(self, sentence: str, context: str) -> str:
        """What a sentence is about: its block's context, unless the sentence itself speaks of
        the tender, of others or of an offer."""
        if context != "candidate":
            return context
        return self.roles.sentence_context(sentence) or "candidate"

    def _analyse_segment(self, text: str, state: Optional[str], context: str = "candidate", cell: bool = False) -> _SegmentResult:
        rs = self.ruleset
        lower = text.lower()
        words = set(_WORD.findall(lower))
        check_balance = rs.has_balance_words(words)
        hits: list[_Hit] = []
        req_sentences: dict[tuple[int, int], str] = {}
        sentences: Optional[list[tuple[int, int]]] = None
        about: dict[tuple[int, int], str] = {}
        if rs.candidates(words):
            # Each rule's regex runs only on the sentences holding one of its trigger words.
            sentences = split_sentences(text) or [(0, len(text))]
            for s, e in sentences:
                rules = rs.candidates(set(_WORD.findall(lower, s, e)))
                if not rules:
                    continue
                sctx = about[(s, e)] = self._sentence_context(text[s:e], context)
                for rule in rules:
                    if not _may_fire(rule, sctx):
                        continue
                    for m in rule.regex.finditer(text, s, e):
                        hit = self._check_match(rule, m, text, state, (s, e))
                        if hit:
                            hits.append(hit)
                            if hit.requirement:
                                req_sentences[(s, e)] = hit.requirement

        if self.concepts is not None and rs.concept_rules:
            if sentences is None:
                sentences = split_sentences(text) or [(0, len(text))]
            for s, e in sentences:
                found = []
                sctx = about.get((s, e)) or self._sentence_context(text[s:e], context)
                about[(s, e)] = sctx
                for h in self._concept_hits(text, state, (s, e)):
                    if not _may_fire(h.rule, sctx):
                        continue
                    if h.rule.mechanism in _FRAMING_MECHANISMS and not _overlaps(h, hits, within=False):
                        # The frame is the finding; a listed word strictly inside it explains less.
                        hits = [k for k in hits if not _overlaps(k, [h])]
                    elif _overlaps(h, hits):
                        continue
                    found.append(h)
                for hit in found:
                    hits.append(hit)
                    if hit.requirement:
                        req_sentences[(s, e)] = hit.requirement

        masculine: list[tuple[int, int]] = []
        feminine: list[tuple[int, int]] = []
        if check_balance and rs.balance:
            bal = rs.balance
            for rx, out in ((bal.masculine, masculine), (bal.feminine, feminine)):
                for m in rx.finditer(text):
                    w = m.group(0).lower()
                    if w in rs.allow or (bal.exceptions and bal.exceptions.match(w)):
                        continue
                    out.append((m.start(), m.end()))

        # Requirement sentences without a finding still count for the overview; a cell of a
        # requirement table is one requirement however many sentences it has.
        if cell and state is not None:
            req_sentences = {(0, len(text.rstrip())): state}
        elif state is not None or self._has_requirement_cue(text):
            carry = None  # "Vi söker dig som …" makes the "Du har …" sentences after it demands
            for s, e in (sentences or split_sentences(text)):
                sctx = about.get((s, e)) or self._sentence_context(text[s:e], context)
                if sctx != "candidate":
                    req_sentences.pop((s, e), None)
                    continue
                if (s, e) in req_sentences:
                    continue
                kind = sentence_state(text[s:e], state, rs.context_rx)
                if kind is None and carry and _DESCRIBES_YOU.match(text[s:e]):
                    kind = carry
                if kind is not None:
                    req_sentences[(s, e)] = kind
                    if _OPENS_PROFILE.search(text[s:e]):
                        carry = kind
        hits = _dedupe(hits)
        return _SegmentResult(
            hits=tuple(hits),
            masculine=tuple(masculine),
            feminine=tuple(feminine),
            requirements=tuple(sorted((s, e, k) for (s, e), k in req_sentences.items())),
        )

    def _has_requirement_cue(self, text: str) -> bool:
        """Cheap test whether a segment outside a requirement section can hold one at all."""
        rx = self.ruleset.context_rx
        return any(
            rx.get(name) is not None and rx[name].search(text)
            for name in ("must_cues", "merit_cues", "merit_weak_cues", "must_headings", "merit_headings")
        )

    def _check_match(
        self, rule: Rule, m: regex.Match, text: str, state, sentence: tuple[int, int]
    ) -> Optional[_Hit]:
        matched = m.group(0)
        low = matched.lower()
        rs = self.ruleset
        if low in rs.allow or _last_word(low) in rs.allow:
            return None
        if rule.exceptions and rule.exceptions.match(low):
            return None
        if _in_proper_name(text, m.start(), m.end(), mid_sentence=rule.category != "discrimination"):
            return None
        groups = m.groupdict()
        if rule.when and not _numbers_ok(rule.when, groups):
            return None
        s, e = sentence
        sentence = text[s:e]
        rel_start, rel_end = m.start() - s, m.end() - s
        if self.filter.quiet(rule, sentence, rel_start, rel_end) is not None:
            return None
        if rule.context.target == "candidate" and self._parse_needed(sentence):
            doc = self.nlp.analyze(sentence)
            if self.filter.quiet(rule, sentence, rel_start, rel_end, doc=doc) is not None:
                return None
        requirement = self._state_of(sentence, state)
        severity = rule.severity
        if rule.kind == "requirement" and requirement != MUST:
            severity = "info"
        mode = _MODE.search(matched)
        values = {"match": matched, "n": groups.get("n"), "m": groups.get("m"),
                  "last": matched.split()[-1] if matched.split() else "",
                  "mode": " " + mode.group(0).strip() if mode else ""}
        obj = _OBJECT.match(text[m.end(): e])
        values["object"] = obj.group(1).strip() if obj else None
        at_start = m.start() == s or not text[s: m.start()].strip(" -•*–\t")
        suggestions = []
        for t in rule.suggestions:
            filled = fill(t.text, values)
            if at_start and filled and t.applicability != "advice" and matched[:1].isupper():
                filled = filled[0].upper() + filled[1:]
            suggestions.append(Suggestion(filled, t.applicability))
        # A pattern may take the space after a list marker ("- Inga småbarn"); the span does not.
        # (A space before "och …" stays: striking " och inga småbarn" takes it along.)
        start, end = m.start(), m.end()
        if not text[s:m.start()].strip(" -•*–\t"):
            start += len(m.group(0)) - len(m.group(0).lstrip())
        return _Hit(rule, start, max(start, end), severity, tuple(suggestions), s, e, requirement)

    def _concept_hits(self, text: str, state, sentence: tuple[int, int]) -> list[_Hit]:
        """Hits of the concept analysis in one sentence, reported by the lexicon's concept
        rules and passed through the same context filters as phrase rules."""
        s, e = sentence
        sent = text[s:e]
        out: list[_Hit] = []
        seen: set[tuple[str, str]] = set()
        for ch in self.concepts.find(sent, text[max(0, s - 400):s]):
            rule = self.ruleset.concept_rules.get((ch.mechanism, ch.key))
            if rule is None or (rule.category, ch.key) in seen and rule.category == "vague-requirement":
                continue
            matched = sent[ch.start:ch.end]
            low = matched.lower()
            if low in self.ruleset.allow or _last_word(low) in self.ruleset.allow:
                continue
            ctx = rule.context
            if rule.category == "discrimination" and ctx.inclusion and self.filter.inclusion(sent):
                continue
            if ctx.target == "candidate" and self.filter.about_others(sent, ch.start):
                continue
            if ctx.unless_sentence and ctx.unless_sentence.search(sent):
                continue
            requirement = sentence_state(sent, state, self.ruleset.context_rx)
            if rule.category == "vague-requirement" and requirement is None:
                requirement = MUST  # the concept analysis found a hard requirement cue
            values = {"match": matched}
            suggestions = tuple(Suggestion(fill(t.text, values), t.applicability) for t in rule.suggestions)
            seen.add((rule.category, ch.key))
            out.append(_Hit(rule, s + ch.start, s + ch.end, rule.severity, suggestions, s, e, requirement))
        return out

    def _state_of(self, sentence: str, state: Optional[str]) -> Optional[str]:
        """sentence_state, asked once per sentence however many matches it holds."""
        key = (sentence, state)
        got = self._states.get(key, "")
        if got == "":
            got = sentence_state(sentence, state, self.ruleset.context_rx)
            if len(self._states) > 1024:
                self._states.clear()
            self._states[key] = got
        return got

    def _parse_needed(self, sentence: str) -> bool:
        """Ask the parser only when the sentence mentions other people (a client word), or has a
        preposition that could attach the match to someone else, and only when a parser exists.
        The pipeline is loaded only for a sentence with a client word."""
        if not self.use_nlp:
            return False
        others = self._mentions_others.get(sentence)
        if others is None:
            clients = self.ruleset.context_rx.get("clients")
            others = bool(clients and any(clients.fullmatch(w) for w in _WORD.findall(sentence)))
            if len(self._mentions_others) > 512:
                self._mentions_others.clear()
            self._mentions_others[sentence] = others
        if not others and not self.nlp.loaded:
            return False
        if not self.nlp.has_parser:
            return False
        return others or bool(_PREPOSITION.search(sentence))

    def _to_findings(self, seg: Segment, h: _Hit) -> list[Finding]:
        """The finding for a hit, plus one per further ground the rule names in ``also``."""
        r = h.rule
        text = seg.text[h.start:h.end]
        base = Finding(
            code=r.code,
            category=r.category,
            ground=r.ground,
            severity=h.severity,
            start=seg.start + h.start,
            end=seg.start + h.end,
            text=text,
            location=seg.location.label(),
            message=fill(r.message, {"match": text}),
            why=r.why,
            legal=r.legal,
            source=_shown_source(r.source, r.strength),
            strength=r.strength,
            suggestions=h.suggestions,
            sentence_start=seg.start + h.sent_start,
            sentence_end=seg.start + h.sent_end,
            requirement=h.requirement,
        )
        out = [base]
        legal = self.ruleset.tables.legal
        for extra in r.also:
            if extra == "vague-requirement":
                out.append(replace(
                    base, category=extra, ground=None, legal=legal.get("vague", r.legal),
                    severity="warning" if h.requirement == MUST else "info",
                ))
            else:
                severity = r.severity if r.category == "discrimination" else "warning"
                out.append(replace(
                    base, category="discrimination", ground=extra, severity=severity,
                    legal=legal.get(_GROUND_LEGAL.get(extra, ""), r.legal),
                ))
        return out

    def _balance(self, document: Document, masc: list[int], fem: list[int]) -> Optional[Finding]:
        bal = self.ruleset.balance
        if not bal or abs(len(masc) - len(fem)) < bal.threshold:
            return None
        side = masc if len(masc) > len(fem) else fem
        start = min(side)
        m = _WORD.match(document.text, start)
        end = m.end() if m else start
        values = {
            "masculine": len(masc),
            "feminine": len(fem),
            "direction": "maskulint" if side is masc else "feminint",
        }
        seg = next((s for s in document.segments if s.start <= start < s.end), None)
        return Finding(
            code=bal.code,
            category="gender-coded",
            ground=None,
            severity="info",
            start=start,
            end=end,
            text=document.text[start:end],
            location=seg.location.label() if seg else "dokumentet",
            message=fill(bal.message, values),
            why=bal.why,
            legal=bal.legal,
            source=_shown_source(bal.source, bal.strength),
            strength=bal.strength,
            suggestions=tuple(Suggestion(fill(s.text, values), s.applicability) for s in bal.suggestions),
            sentence_start=start,
            sentence_end=end,
        )


_NEXT_CAPITALISED = regex.compile(r"\s+\p{Lu}[\p{Ll}\p{Lu}]")


# Advice for a finding whose rewrites all failed validation and whose rule has no advice of its own.
_FALLBACK_ADVICE = {
    "discrimination": "Skriv om meningen utan ”{text}”: beskriv vad arbetet kräver, inte vem som ska göra det.",
    "vague-requirement": "Skriv om kravet så att det går att pröva: vad ska personen kunna göra, och hur visar hen det?",
    "gender-coded": "Beskriv i stället vad personen ska göra i arbetet.",
}


# "i tal och skrift" inside a flagged language demand: a rewrite keeps it ({mode}).
_MODE = regex.compile(r"\bi\s+(?:både\s+|såväl\s+)?tal\s+(?:och|som)\s+(?:i\s+)?skrift\b", regex.I)
_PREV_WORD = regex.compile(r"([\p{L}\d]+)[\s-]+$")


def _in_proper_name(text: str, start: int, end: int, mid_sentence: bool = False) -> bool:
    """Whether a capitalised match runs on into another capitalised word: the first word of a
    name ("Pappa Joes Café", "Tjej Stockholm AB") rather than a word about people; with
    ``mid_sentence``, also a capitalised word inside a sentence ("Senior alert")."""
    if not text[start:start + 1].isupper():
        return False
    if _NEXT_CAPITALISED.match(text, end):
        return True
    # The last word of a name after an acronym: "ESA Fackman", "(SSG Fackman)".
    prev = _PREV_WORD.search(text, 0, start)
    if bool(prev) and prev.group(1).isupper() and len(prev.group(1)) >= 2:
        return True
    if not mid_sentence:
        return False  # a named group ("Jehovas vittnen") is still a group
    # A capitalised word in the middle of a sentence starts a name: "kvalitetsregistren Senior
    # alert" (not "Gen Z", "CE-körkort", "IT-tjejer": short words and compounds keep capitals).
    first = regex.match(r"[\p{L}-]+", text[start:end])
    word = first.group(0) if first else ""
    return (bool(prev) and text[prev.end(1):start].strip() == "" and prev.group(1)[-1:].islower()
            and len(word) >= 4 and "-" not in word and word[1:].islower())


# Source strengths shown to users as a source: statute, court ruling, authority. Weaker sources
# (research, guidance, industry advice, our own proposals) stay in the lexicon for provenance.
SHOWN_STRENGTHS = frozenset({"lag", "dom", "myndighet"})


def _shown_source(source: str, strength: str) -> str:
    """The source as users see it: empty when it is below authority strength."""
    return source if strength in SHOWN_STRENGTHS else ""


_COUNT_WORDS = ("noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv")


def _count_word(n: int) -> str:
    """A count as Swedish prose writes it ("Tre", "Elva", "14"), capitalised for a message."""
    word = _COUNT_WORDS[n] if n < len(_COUNT_WORDS) else str(n)
    return word[:1].upper() + word[1:]


def _last_word(text: str) -> str:
    words = _WORD.findall(text)
    return words[-1] if words else text


def _numbers_ok(when: dict, groups: dict) -> bool:
    for name in ("n", "m"):
        raw = groups.get(name)
        if raw is None:
            continue
        try:
            value = int(raw)
        except ValueError:
            return False
        lo, hi = when.get(f"{name}_min"), when.get(f"{name}_max")
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            return False
    return True


# Concept mechanisms that speak of the candidate: quiet where the text is about others.
_CANDIDATE_MECHANISMS = frozenset({"attribute", "pronoun", "sex-noun", "age-number"})


def _may_fire(rule: Rule, about: str) -> bool:
    """Whether a rule may fire in a sentence about ``about`` (candidate, others, offer, job,
    boilerplate): vague requirements only where the text can demand something of the candidate,
    wording aimed at the candidate only where the candidate is addressed. An offer can still be
    worded in a coded way ("ett ungt gäng", "konkurrenskraftig lön"), so phrase rules stay on."""
    if about == "candidate":
        return True
    if rule.category == "vague-requirement" and rule.kind in ("requirement", "concept"):
        return False
    if about in ("job", "offer"):
        return rule.mechanism not in _CANDIDATE_MECHANISMS
    return rule.context.target != "candidate" and rule.mechanism not in _CANDIDATE_MECHANISMS


# Where one sentence holds two requirements: "Du har erfarenhet av X och har svenska som …".
_NEXT_DEMAND = regex.compile(
    r",?\s+(?:och|samt)\s+(?=(?:du\s+)?(?:har|är|kan|talar|behärskar|ska\s+(?:ha|vara|kunna))\b)", regex.I
)


def _requirement_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A requirement sentence cut into its requirement clauses (one requirement each)."""
    out, at = [], start
    for m in _NEXT_DEMAND.finditer(text, start, end):
        if text[at:m.start()].strip():
            out.append((at, m.start()))
        at = m.end()
    out.append((at, end))
    return out


def _overlaps(hit: _Hit, hits: list[_Hit], within: bool = True) -> bool:
    """Whether a hit of the same category and ground already covers part of this span (the
    listed wording explains it; the concept analysis only adds what no rule saw). With
    ``within=False``: whether one covers all of it (as long or longer)."""
    return any(
        k.rule.category == hit.rule.category
        and k.rule.ground == hit.rule.ground
        and (
            (k.start < hit.end and hit.start < k.end)
            if within
            else (k.start <= hit.start and hit.end <= k.end)
        )
        for k in hits
    )


def _dedupe(hits: list[_Hit]) -> list[_Hit]:
    """Drop a hit whose span lies inside another hit of the same category and ground (the
    longer one explains it), and exact duplicates. Hits of other grounds stay: "en ung tjej utan
    barn" risks age, sex and parenthood at once.

    One sweep over the spans sorted by start: every hit kept before ``h`` starts at or before
    it, so ``h`` lies inside one of them exactly when the furthest end kept so far for its
    category and ground reaches ``h.end`` (O(n log n), the same result as comparing pairs)."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start), h.rule.code))
    kept: list[_Hit] = []
    reach: dict[tuple, int] = {}
    for h in hits:
        group = (h.rule.category, h.rule.ground)
        if reach.get(group, -1) >= h.end:
            continue
        reach[group] = h.end
        kept.append(h)
    return kept


def _dedupe_findings(findings: list[Finding]) -> list[Finding]:
    """One finding per ground/category for a span: drop one that lies inside another of the same
    ground and category (a rule's ``also`` can repeat what another rule says). The same sweep as
    ``_dedupe``."""
    findings.sort(key=lambda f: (f.start, -(f.end - f.start), f.code))
    kept: list[Finding] = []
    reach: dict[tuple, int] = {}
    for f in findings:
        group = (f.category, f.ground)
        if reach.get(group, -1) >= f.end:
            continue
        reach[group] = f.end
        kept.append(f)
    kept.sort(key=lambda f: (f.start, f.end, f.code))
    return kept


def _one_framing(findings: list[Finding], keep: Optional[str] = None) -> list[Finding]:
    """One legal framing per span: a vague-requirement finding that overlaps a discrimination
    finding is dropped ("Du måste vara fullt frisk" is a health demand, not an unclear one).
    ``keep``: a code never dropped (the grouped note on soft traits spans a whole phrase)."""
    disc = sorted((f.start, f.end) for f in findings if f.category == "discrimination")
    if not disc:
        return findings
    starts = [s for s, _ in disc]
    reach = list(accumulate((e for _, e in disc), max))  # furthest end among the first k
    out = []
    for f in findings:
        k = bisect_left(starts, f.end)  # discrimination findings starting before f ends
        if f.category == "vague-requirement" and f.code != keep and k and reach[k - 1] > f.start:
            continue
        out.append(f)
    return out


def filter_findings(findings: Iterable[Finding], min_severity: str) -> list[Finding]:
    """Findings at or above a severity threshold."""
    floor = severity_rank(min_severity)
    return [f for f in findings if severity_rank(f.severity) >= floor]
