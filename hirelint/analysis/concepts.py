"""Concept recognition: protected attributes, exclusion frames and unmeasured must-haves.

The lexicon rules recognise listed wordings; this stage recognises phenomena, from the word
classes in ``lexicons/concepts.yaml`` and the SAOL-derived dictionary:

- ``exclusion``: a group named by a protected attribute inside a frame that excludes or prefers
  it ("[grupp] kommer inte i fråga", "vi anställer inte [grupp]", "endast [grupp]");
- ``field``: a form or table field whose label names a protected attribute ("Ålder: 30–40");
- ``bare-value``: a profile bullet that is an attribute value ("• Kvinna, 25–35 år");
- ``attribute``: the candidate's own attribute demanded or asked about, negated or not
  ("du har inga barn", "du får inte bära slöja", "Har du några barn?");
- ``pronoun``: "han"/"hon" for the hire with no one else they could point at;
- ``sex-noun``: a sex-marked noun for the hire, including the noun "man" told apart from the
  pronoun by the words around it ("en stark och bestämd man" vs "man arbetar i team");
- ``sex-title``: compounds with a sex-marked head in any inflection, and English titles;
- ``age-number``: ages and limits written with number words;
- ``vague-*``: a hard requirement (krävs, måste, "Krav:" …) that asks for experience,
  knowledge, a language or a trait with no yardstick.

Offsets are relative to the sentence given. Which rule reports a hit, and its text, is the
lexicon's business (rules of kind ``concept``); this module only finds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex

from hirelint.analysis.dictionary import Dictionary, dictionary
from hirelint.analysis.gate import Gated, Scope

F = regex.IGNORECASE | regex.VERSION0
_WORD = regex.compile(r"\w[\w\-]*")
_CLAUSE_BREAK = regex.compile(r"[;:!?()\[\]]|,\s+(?:men|eftersom|då|så|och\s+vi|vilket)\b|\s[–—]\s|\.\s")
_PREP_BEFORE = regex.compile(
    r"\b(?:med|för|åt|till|hos|bland|om|inom|mot|kring|av|på|över|under|vid|inför|bakom)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    F,
)
_FUNCTION = frozenset(
    "och eller samt som att än men så för med i på av till från om inom mot vid under över "
    "är var blir har ska skall kan får måste bör vill inte ej du dig din ditt dina vi oss er "
    "den det de en ett när då eftersom också även nog helt mycket väldigt lite".split()
)
_CANDIDATE_NOUNS = regex.compile(
    r"^(?:sökande|personer|person|kandidater|kandidat|medarbetare|anställda|arbetstagare|"
    r"konsulter|konsult|folk|människor|individer)$",
    F,
)
_NUMBER_WORD = (
    r"(?:(?:tjugo|trettio|fyrtio|femtio|sextio|sjuttio)(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|nio)?|"
    r"arton|nitton|sexton|sjutton)"
)
_NUMBERS = {
    "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70,
    "arton": 18, "nitton": 19, "sexton": 16, "sjutton": 17,
}
_UNITS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9}
_AGE_NUM = rf"(?:\d{{2}}|{_NUMBER_WORD})"
_AGE_WORDS = regex.compile(
    rf"\b(?:(?:mellan|i\s+åldern)\s+{_AGE_NUM}\s*(?:och|till|[-–])\s*{_AGE_NUM}(?:\s+år)?|"
    rf"(?:under|över|max|högst|maximalt|inte\s+äldre\s+än|inte\s+yngre\s+än|yngre\s+än|äldre\s+än|runt|cirka|ca\.?|omkring|kring|strax\s+(?:under|över))\s+"
    rf"(?:{_NUMBER_WORD}(?:\s+år)?|\d{{2}}\s+år|\d{{2}}(?=\s*[,.;]|\s+(?:eftersom|och|då|men)\b))|\d{{2}}\s*\+)(?!\w)",
    F,
)
_AGE_FRAME = regex.compile(
    r"\b(?:är|vara|blir|du|dig|någon|nån|helst|en\s+person|sökande|personer|medarbetare|kandidaten|söker|vill\s+ha|önskar|folk|konsult\w*)\b",
    F,
)
_NO_BEFORE = regex.compile(r"\b(?:ingen|inga|inget|inte|ej|utan)\s+(?:[\w-]+\s+)?$", F)
# Prepositions that put people served or described by the job before a word ("arbeta med barn",
# "boende för personer med …"); "i", "om", "på" do not ("du som lever i ett …", "om du har …").
_CLIENT_PREP = regex.compile(
    r"\b(?:med|för|åt|till|hos|bland|mot|emot|kring|inför)\s+(?:[\w-]+\s+){0,2}$", F
)
_REASON = regex.compile(r"\b(?:säkerhetsklass\w*|säkerhetsprövning\w*|enligt\s+\w*lag\w*|eftersom|på\s+grund\s+av)\b", F)
_ANY_FIELD = regex.compile(r"^[\s•·\-*–]*[\w\s/-]{2,30}:\s*(?P<value>.*)$")
_NATIVE_VALUE = regex.compile(r"\b(?:modersmål|förstaspråk)\b", F)
_FROM_END = regex.compile(r"\bfrån\s*$", F)
_RELATIVE_NEXT = regex.compile(r"\s+som\b", F)
_SERVED_ONE = regex.compile(r"\b(?:till|åt|för|med|hos)\s+(?:en|ett|någon)\s+(?:[\w-]+\s+){0,3}$", F)
_MERIT = regex.compile(
    r"\b(?:meriterande|meriterar|ett\s+plus|plus\s+om|bra\s+om|gärna|önskvärd\w*|fördel\w*|uppskatta\w*|bör-?krav)\b", F
)
# A quality owned by someone else: the company ("vårt fokus"), a client ("den enskildes förmåga").
_OWNED_BY_OTHERS = regex.compile(
    r"(?:\b(?:vår|vårt|våra|deras|dess|hans|hennes|sin|sitt|sina)|\w{3,}(?:ens|ernas|arnas|ets|nas))\s+(?:[\w-]+\s+){0,2}$", F
)
# A quality that describes the workplace ("en miljö som präglas av en stark familjär känsla").
_DESCRIBES_PLACE = regex.compile(r"\b(?:präglas|kännetecknas|genomsyras|andas|erbjuder|ger\s+dig)\b", F)
_WANT = regex.compile(
    r"(?:söker|vill\s+ha|önskar|förväntar|endast|enbart|bara|uteslutande|helst|tar\s+\w*\s*emot|anställer|rekryterar|kallar)\b", F
)
_PREP_JUST_BEFORE = regex.compile(r"\b(?:till|för|med|åt|hos|av|bland|om)\s+$", F)
_DEMAND_AFTER = regex.compile(
    r"^\W*(?:[\w-]+\s+){0,3}?(?:är\s+(?:ett\s+)?(?:krav|måste|meriterande|ett\s+plus|en\s+fördel|önskvärd\w*|en\s+förutsättning)|"
    r"krävs|föredras|prioriteras|meriterar|är\s+att\s+föredra|passar\s+bäst|sökes|söks)\b",
    F,
)
_QUESTION_AFTER = regex.compile(
    r"^\W*(?:[\w-]+\s+){0,2}?(?:har|hade|är|var|planerar|tänker|väntar|kommer)\s+(?:du|din|ditt|dina)\b", F
)
_CAPITALISED = regex.compile(r"(?<=[^\s.!?:;•\-*–]\s+)\p{Lu}\p{Ll}+")


_NEXT_CAPITALISED = regex.compile(r"\s+\p{Lu}")


def _name_like(sentence: str, m) -> bool:
    """A capitalised word inside a line, or one followed by another capitalised word: a name
    ("Amsterdam", "Bergman", "Saddam Hussein"), not a title."""
    if not m.group(0)[:1].isupper():
        return False
    before = sentence[: m.start()].rstrip(" •·-*–\t\"'”(")
    if before and before[-1] not in ".:;!?":
        return True  # capitalised inside a sentence
    return bool(_NEXT_CAPITALISED.match(sentence, m.end()))


def number_value(text: str) -> Optional[int]:
    """The value of a Swedish number word or digits up to 99 ("fyrtiofem" -> 45)."""
    t = text.lower()
    if t.isdigit():
        return int(t)
    for tens, value in _NUMBERS.items():
        if t == tens:
            return value
        if t.startswith(tens) and t[len(tens):] in _UNITS:
            return value + _UNITS[t[len(tens):]]
    return None


class _Span:
    """A match-like span (start, end, group(0)) built from two matches."""

    def __init__(self, start: int, end: int, text: str, person: int = -1):
        self._start, self._end, self._text = start, end, text
        self.person = person  # where the person described starts ("den som …")

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _=0) -> str:
        return self._text[self._start:self._end]


@dataclass(frozen=True)
class ConceptHit:
    """One recognised phenomenon in a sentence: which mechanism, for which ground (or
    ``vague``), and where (relative to the sentence)."""

    mechanism: str
    key: str
    start: int
    end: int


def _alt(value) -> str:
    """One regex alternation from a YAML string (folded, may contain newlines) or list."""
    if isinstance(value, list):
        value = "|".join(value)
    return "".join(str(value).split())


class Concepts:
    """Compiled concept tables; ``find(sentence, before)`` returns the concept hits."""

    def __init__(self, table: dict, clients: Optional[regex.Pattern] = None, words: Optional[Dictionary] = None):
        self.words = words or dictionary()
        self.clients = clients
        diagnoses = _alt(table.get("diagnoses", "(?!)"))

        # Every pattern but the antecedent ones (asked about text before the sentence) is only
        # ever asked about the sentence being analysed, so its gate is answered once per sentence.
        self._scope = Scope()

        def comp(src: str, wrap: bool = True, scoped: bool = True) -> Gated:
            src = src.replace("@diagnoses", diagnoses)
            return Gated(rf"(?<![\w-])(?:{src})(?![\w-])" if wrap else src, self._scope if scoped else None)

        self.groups = {g: comp(_alt(v)) for g, v in (table.get("groups") or {}).items()}
        self.residual_words = regex.compile(
            rf"(?<![\w-])(?:{_alt(table.get('residual_words', '(?!)'))})(?![\w-])", regex.I
        )
        self.native_likeness_words = regex.compile(
            rf"(?<![\w-])(?:{_alt(table.get('native_likeness', '(?!)'))})(?![\w-])", regex.I
        )
        self.age_figures = regex.compile(rf"(?<![\w-])(?:{_alt(table.get('age_figures', '(?!)'))})(?![\w-])", regex.I)
        self.frames_after = comp(r"^\W*(?:[\w-]+\s+){0,4}?(?:" + _alt(table["frames_after"]) + r")(?!\w)", wrap=False)
        # Any frame at all in a sentence: without one there is no exclusion to find.
        self.any_frame = comp(
            r"(?<!\w)(?:" + _alt(table["frames_after"]) + "|" + _alt(table["frames_before"]) + r")(?!\w)", wrap=False
        )
        self.frames_before = comp(r"(?<!\w)(?P<frame>" + _alt(table["frames_before"]) + r")(?:\W+[\w-]+){0,5}?\W*$", wrap=False)
        labels = {g: _alt(v) for g, v in (table.get("field_labels") or {}).items()}
        any_label = "|".join(labels.values())
        self.fields = {
            g: comp(
                rf"^[\s•·\-*–\d.)]*(?:[\w-]+\s+){{0,2}}?(?:(?:{any_label})\s*(?:och|/|&|,)\s*)*(?:{lab})"
                rf"(?:\s*(?:och|/|&|,)\s*(?:{any_label}))*(?:\s+[\w./-]+){{0,4}}?\s*(?:\([^)]*\))?\s*:\s*(?P<value>.*)$",
                wrap=False,
            )
            for g, lab in labels.items()
        }
        self.field_ok = comp(
            r"\b(?:spelar\s+ingen\s+roll|valfri\w*|ej\s+relevant\w*|inte\s+relevant\w*|oväsentlig\w*|"
            r"oavsett|alla|ingen\s+betydelse|irrelevant\w*|ej\s+aktuell\w*)\b",
            wrap=False,
        )
        # A bare value opens a bullet ("• Kvinna, …") or follows a dash after a title
        # ("Receptionist – kvinnlig, representativ …").
        self.bare = {
            g: comp(rf"^(?:[\s•·\-*–]+|[^,.;:]{{2,40}}\s[–—-]\s)(?:{_alt(v)})(?=\s*(?:,|$|\())", wrap=False)
            for g, v in (table.get("bare_values") or {}).items()
        }
        self.bare_age = comp(r"^[\s•·\-*–]+(?:[\w\s]+,\s*)?\d{2}\s*[-–]\s*\d{2}\s*år\b", wrap=False)
        self.attributes = {g: comp(_alt(v)) for g, v in (table.get("attributes") or {}).items()}
        self.candidate_frame = comp(_alt(table["candidate_frame"]), wrap=False)
        self.offer = comp(_alt(table["offer"]), wrap=False)
        self.sex_heads = comp(r"(?:[\w]+-)*[\w]{2,}?-?(?:" + _alt(table["sex_heads"]) + r")")
        self.sex_head_exceptions = comp(r"^(?:" + _alt(table["sex_head_exceptions"]) + r")$", wrap=False)
        self.english_titles = comp(_alt(table["english_titles"]))
        self.sex_nouns = comp(_alt(table["sex_nouns"]))
        self.sex_noun_frame_before = comp(_alt(table["sex_noun_frame_before"]) + r"(?:\W+[\w-]+){0,5}?\W*$", wrap=False)
        self.sex_noun_frame_after = comp(r"^\W*(?:[\w-]+\W+){0,2}?(?:" + _alt(table["sex_noun_frame_after"]) + r")\b", wrap=False)
        self.sex_genitive = comp(_alt(table["sex_genitive_role"]))
        self.man_noun = regex.compile(r"(?<![\w-])(?:man|mannen|män|männen)(?![\w-])", F)
        self.pronouns = comp(_alt(table["pronouns"]))
        self.pronoun_pair = comp(r"\b(?:han|hon)\s*(?:/|eller|el\.)\s*(?:han|hon)\b|\bhen\b|\bhan/hon\b|\bhon/han\b", wrap=False)
        self.antecedents = comp(_alt(table["antecedents"]), wrap=False, scoped=False)
        self.req_neg_before = comp(r"(?:" + _alt(table["requirement_negation_before"]) + r")(?:\W+[\w-]+){0,6}?\W*$", wrap=False)
        self.req_neg_after = comp(r"^\W*(?:[\w-]+\W+){0,3}?(?:" + _alt(table["requirement_negation_after"]) + r")", wrap=False)
        self.equal_merits = comp(r"\b(?:lika|likvärdiga|jämbördiga)\s+(?:meriter|kvalifikationer)|underrepresenterat\s+kön", wrap=False)
        self.hard_cue = comp(_alt(table["hard_cues"]))
        self.demand_tag = comp(_alt(table["demand_tags"]), wrap=False)
        self.boilerplate = comp(_alt(table["boilerplate_subject"]), wrap=False)
        self.hire_nouns = comp(_alt(table["hire_nouns"]), scoped=False)
        self.pronoun_duty = comp(_alt(table["pronoun_duty"]), wrap=False)
        self.relative_person = regex.compile(
            r"(?<![\w-])(?:personer|folk|sökande|den|de|dem|du|dig|ni|någon|medarbetare|anställda|konsulter|"
            r"kandidater|personal|en\s+konsult|en\s+person|en\s+medarbetare)\s+(?:som|vars)\s+", F)
        self.hard_label = comp(rf"^[\s•·\-*–\d.)]*(?:{_alt(table['hard_labels'])})\s*:", wrap=False)
        self.dont_apply = comp(r"\b(?:behöver|bör|ska|skall)\s+(?:du|ni)\s+(?:inte|ej)\s+söka\b", wrap=False)
        self.yardstick = comp(_alt(table["yardstick"]))
        def compound(src: str) -> regex.Pattern:
            # Qualities compound with a hyphen too ("IT-kunnig", "SAP-vana").
            return comp(src.replace("\\w*", "[\\w-]*").replace("\\w+", "[\\w-]+"))

        self.vague_kinds = [
            ("vague-language", comp(_alt(table["languages"]))),
            ("vague-experience", compound(_alt(table["experience"]))),
            ("vague-knowledge", compound(_alt(table["knowledge"]))),
            ("vague-trait", compound(_alt(table["traits"]))),
        ]
        self.not_traits = comp(_alt(table.get("not_traits", "(?!)")), wrap=False)
        self.non_traits = frozenset(_alt(table.get("non_trait_adjectives", "")).split("|"))
        self.native_likeness = comp(_alt(table["native_likeness"]))
        self.vara_adj = regex.compile(r"\b(?:du|ni|sökande|kandidaten|personen|konsulten)\s+(?:[\w-]+\s+){0,2}?(?:vara|är)\s+(?:(?:mycket|väldigt|helt|riktigt|extremt|otroligt|tekniskt|socialt|\w+t)\s+)?(?P<adj>[\w-]+)", F)

    # -- helpers --------------------------------------------------------------------------

    @staticmethod
    def clause(sentence: str, start: int, end: int) -> tuple[int, int]:
        """The clause around a span: between the nearest breaks."""
        left = 0
        for m in _CLAUSE_BREAK.finditer(sentence, 0, start):
            left = m.end()
        m = _CLAUSE_BREAK.search(sentence, end)
        return left, (m.start() if m else len(sentence))

    def _object_of_preposition(self, sentence: str, start: int, left: int) -> bool:
        return bool(_PREP_BEFORE.search(sentence[left:start]))

    def _attributive(self, sentence: str, end: int) -> bool:
        """Whether the word ending at ``end`` modifies a following noun other than a word for
        the candidate ("unga kunder", "ett ungt team"), skipping adjectives and "och"."""
        for m in _WORD.finditer(sentence, end):
            w = m.group(0).lower()
            between = sentence[end:m.start()]
            if any(c in between for c in ",.;:!?()"):
                return False
            if self.words.is_verb_form(w) and not self.words.is_word(w):
                return False  # "Höggravida kommer …", "Lesbiska passar …": used as a noun
            if w in _FUNCTION or _CANDIDATE_NOUNS.match(w):
                return w in ("och", "eller", "samt") and self._attributive(sentence, m.end())
            if self.words.is_adjective(w):
                end = m.end()
                continue
            return True
        return False

    def names_a_group(self, text: str) -> Optional[str]:
        """The first group word, age figure or word of native-likeness in ``text`` ("kvinnor",
        "polacker", "över 50", "25+", "brytning"), or None: what a neutral rewrite must not still
        contain, flagged or not."""
        for _, m, _ in self._group_matches(text):
            before = text[: m.start()].rstrip()
            if m.group(0)[:1].isupper() and before and before[-1] not in ".!?:;•-–\n(":
                continue  # a capital inside a sentence is a name: "Kundcenter Nord"
            return m.group(0)
        m = (self.age_figures.search(text) or self.native_likeness_words.search(text)
             or self.residual_words.search(text))
        return m.group(0) if m else None

    def requirement_negated(self, sentence: str, start: int, end: int) -> bool:
        """A negated requirement ("… är inget krav", "du behöver inte ha …"), as opposed to a
        negated attribute, which is itself a demand ("du har inga barn")."""
        left, right = self.clause(sentence, start, end)
        before = sentence[left:start]
        if self.req_neg_before.search(before) and not self.dont_apply.search(sentence):
            return True
        return bool(self.req_neg_after.search(sentence[end:right]))

    # -- mechanisms -----------------------------------------------------------------------

    def find(self, sentence: str, before: str = "") -> list[ConceptHit]:
        """Every concept hit in one sentence; ``before`` is the text preceding it in the
        document (a few hundred characters), for pronoun reference."""
        self._scope.enter(sentence)
        try:
            return (
                self._fields(sentence) + self._exclusions(sentence) + self._attributes(sentence)
                + self._sex(sentence, before) + self._ages(sentence) + self._vague(sentence)
            )
        finally:
            self._scope.text = None  # other callers ask about other text

    def _fields(self, sentence: str) -> list[ConceptHit]:
        out = []
        starts = [0] + [d.end() for d in regex.finditer(r"\s[–—-]\s", sentence)]
        end = len(sentence.rstrip(" .;"))
        for ground, rx in self.fields.items():
            for at in starts:
                m = rx.match(sentence, at)
                if m and not self.field_ok.search(m.group("value") or "") and not _REASON.search(m.group("value") or ""):
                    s0 = at + len(sentence[at:]) - len(sentence[at:].lstrip(" •·-*–"))
                    out.append(ConceptHit("field", ground, s0, end))
                    break
        if not out:
            m = _ANY_FIELD.match(sentence)
            if m and not self.hard_label.match(sentence) and _NATIVE_VALUE.search(m.group("value")):
                out.append(ConceptHit("field", "ethnicity", len(sentence) - len(sentence.lstrip(" •·-*–")), end))
        if not out:
            for ground, rx in self.bare.items():
                m = rx.match(sentence)
                if m:
                    s = len(m.group(0)) - len(m.group(0).lstrip(" •·-*–"))
                    out.append(ConceptHit("bare-value", ground, s, m.end()))
            m = self.bare_age.match(sentence)
            if m:
                r = regex.search(r"\d{2}\s*[-–]\s*\d{2}\s*år", sentence)
                out.append(ConceptHit("bare-value", "age", r.start(), r.end()))
        return out

    def _group_matches(self, sentence: str):
        """(ground, match) for every group word: the listed group patterns, plus any SAOL
        demonym ("kurder", "thailändare") for ethnicity."""
        for ground, rx in self.groups.items():
            for m in rx.finditer(sentence):
                yield ground, m, False
        if not self.words.demonyms.isdisjoint(_WORD.findall(sentence.lower())):
            for m in _WORD.finditer(sentence):
                if m.group(0).lower() in self.words.demonyms:
                    yield "ethnicity", m, False
        # "den som stammar", "medarbetare som fastar under ramadan", "du som är dyslektiker":
        # a person described by a protected attribute is a group too.
        for rel in self.relative_person.finditer(sentence):
            _, right = self.clause(sentence, rel.end(), rel.end())
            window = sentence[rel.end():right]
            for ground, rx in self.attributes.items():
                a = rx.search(window)
                if a and len(_WORD.findall(window[: a.start()])) <= 4:
                    yield ground, _Span(rel.end() + a.start(), rel.end() + a.end(), sentence, rel.start()), True
                    break

    def _exclusions(self, sentence: str) -> list[ConceptHit]:
        out = []
        if not self.any_frame.search(sentence):
            return out
        for ground, m, relative in self._group_matches(sentence):
            if True:
                left, right = self.clause(sentence, m.start(), m.end())
                before = sentence[left:m.start()]
                after = sentence[m.end():right]
                fb = self.frames_before.search(sentence[left:m.person] if relative else before)
                if not fb and not relative and _PREP_BEFORE.search(before) and not _FROM_END.search(before):
                    continue
                wants = fb is not None and _WANT.match(fb.group("frame"))
                if not relative and not wants and self.words.is_adjective(m.group(0)) and self._attributive(sentence, m.end()):
                    continue  # "unga kunder"; but "söker en ung säljare" names the hire
                if fb and not relative and (_PREP_BEFORE.search(before[fb.end("frame"):]) or _PREP_JUST_BEFORE.search(before[: fb.start()])
                           or self.clients is not None and any(
                    self.clients.fullmatch(w) for w in _WORD.findall(before[fb.end("frame"):])
                )):
                    continue  # "hjälper främst pensionärer", "assistent till en kvinna": served, not excluded
                fa = self.frames_after.match(after)
                negated_group = regex.match(r"(?:ingen|inga)\s", m.group(0), F)  # "ingen med …"
                if not fb and not fa and not negated_group:
                    continue
                if ground == "sex" and self.equal_merits.search(sentence):
                    continue  # lawful positive action at equal merits (DL 2 kap. 2 § 2 p.)
                out.append(ConceptHit("exclusion", ground, m.start(), m.end()))
        # "Dyslexi är inte förenligt med tjänsten", "Tidigare utmattningssyndrom är
        # diskvalificerande": the attribute itself, first in its clause, with a frame after it.
        for ground, rx in self.attributes.items():
            for m in rx.finditer(sentence):
                left, right = self.clause(sentence, m.start(), m.end())
                if len(_WORD.findall(sentence[left:m.start()])) <= 2 and self.frames_after.match(sentence[m.end():right]):
                    out.append(ConceptHit("exclusion", ground, m.start(), m.end()))
        return out

    def _attributes(self, sentence: str) -> list[ConceptHit]:
        if self.offer.search(sentence):
            return []
        out = []
        for ground, rx in self.attributes.items():
            for m in rx.finditer(sentence):
                left, right = self.clause(sentence, m.start(), m.end())
                before = sentence[left:m.start()]
                after = sentence[m.end():right]
                # "Svensk etnicitet är meriterande": a demand after a noun; an adjective needs the
                # candidate before it ("… utbildning som inte är äldre än ett år krävs").
                # "Skallkrav: Modersmålstalande i svenska": a requirement label frames the line.
                labelled = bool(self.hard_label.match(sentence)) and not self.words.is_adjective(m.group(0))
                demanded_after = labelled or not self.words.is_adjective(m.group(0)) and (
                    _DEMAND_AFTER.match(after) or _QUESTION_AFTER.match(after)
                )
                frame = None
                for frame in self.candidate_frame.finditer(before):
                    pass
                if frame is None and not demanded_after:
                    continue
                if frame is not None and _CLIENT_PREP.search(before[: frame.start()]):
                    continue  # "boende för vuxna personer med …", "hos personer som har …": others
                if frame is not None and self.clients is not None and any(
                    self.clients.fullmatch(w) for w in _WORD.findall(before[frame.end():])[-8:]
                ):
                    continue  # "en kurator som stöttar … kvinnor och deras barn"
                if _CLIENT_PREP.search(before) and not regex.search(
                    r"(?:\b(?:från|utan|om)|\b(?:någon|person|personer|sökande|konsult\w*|medarbetare|du|dig)\s+(?:med|av))\s+(?:[\w-]+\s+){0,3}$",
                    before, F,
                ):
                    continue
                if self.words.is_adjective(m.group(0)) and self._attributive(sentence, m.end()):
                    continue
                if self.requirement_negated(sentence, m.start(), m.end()):
                    continue
                out.append(ConceptHit("attribute", ground, m.start(), m.end()))
        return out

    def _sex(self, sentence: str, before: str) -> list[ConceptHit]:
        out = []
        # Pronouns for the hire: only when nobody else is named before them.
        if not self.pronoun_pair.search(sentence):
            for m in self.pronouns.finditer(sentence):
                context = before[-400:] + " " + sentence[: m.start()]
                if _RELATIVE_NEXT.match(sentence, m.end()):
                    break  # "Hon som har tjänsten i dag …": a specific person
                hire = list(self.hire_nouns.finditer(context))
                other = list(self.antecedents.finditer(context)) + list(_CAPITALISED.finditer(context))
                if hire and (not other or max(o.end() for o in other) <= hire[-1].end() + 1
                             or any(o.start() >= hire[-1].start() for o in other)):
                    out.append(ConceptHit("pronoun", "sex", m.start(), m.end()))
                elif not other and not hire and self.pronoun_duty.match(sentence[m.end():]):
                    out.append(ConceptHit("pronoun", "sex", m.start(), m.end()))
                break
        # The noun "man" and other sex nouns for the hire.
        for rx in (self.sex_nouns, self.man_noun):
            for m in rx.finditer(sentence):
                left, right = self.clause(sentence, m.start(), m.end())
                pre = sentence[left:m.start()]
                if rx is self.man_noun and m.group(0).lower() == "man" and not self._noun_man(pre, sentence[m.end():right]):
                    continue
                if _PREP_BEFORE.search(pre) or _SERVED_ONE.search(pre):
                    continue
                if self.sex_noun_frame_before.search(pre) or self.sex_noun_frame_after.match(sentence[m.end():right]):
                    out.append(ConceptHit("sex-noun", "sex", m.start(), m.end()))
        # "Kvinnans roll blir …", "Tjejernas uppgift är …": the hire's duties given a sex.
        for m in self.sex_genitive.finditer(sentence):
            out.append(ConceptHit("sex-noun", "sex", m.start("noun"), m.end("noun")))
        # Compounds with a sex-marked head and English titles.
        for m in self.sex_heads.finditer(sentence):
            w = m.group(0).lower()
            if self.sex_head_exceptions.match(w) or self.sex_nouns.fullmatch(w) or _name_like(sentence, m):
                continue
            out.append(ConceptHit("sex-title", "sex", m.start(), m.end()))
        for m in self.english_titles.finditer(sentence):
            w = m.group(0).lower()
            if _name_like(sentence, m):
                continue  # a name ("Glomman", "Bergman", "Saddam Hussein")
            if " " not in w and regex.search(r"m[ae]n$", w):
                stem = w[:-3]
                if w.endswith("men") and (len(stem) < 4 or not stem.isascii()):
                    continue  # "übernommen", "zusammen": no English plural title
                if w.endswith("men"):
                    # "salesmen", but not a Swedish definite form ("plattformen", "leveransteamen")
                    base = w[:-2]
                    if len(stem) < 3 or self.words.is_word(base) or not self.english_word(stem) or any(
                        self.words.is_word(x[k:]) for x in (w, base) for k in range(0, len(x) - 3)
                    ):
                        continue
                elif w in self.words.man_nouns or len(stem) < 3 or self.words.is_word(w) or self.words.is_word(w[:-1]):
                    continue  # established ("tjänsteman") or not a title ("roman", "firman")
            elif " " not in w and self.words.is_word(w):
                continue
            out.append(ConceptHit("sex-title", "sex", m.start(), m.end()))
        return out

    def english_word(self, stem: str) -> bool:
        """A compound modifier that is no Swedish word ("sales", "camera", "chair")."""
        return not self.words.is_word(stem) and not self.words.is_word(stem + "a")

    def _noun_man(self, pre: str, post: str) -> bool:
        """"man" is the noun when a determiner, a copula or adjectives lead to it and no verb
        follows: "en stark och bestämd man", "vara man"; "man arbetar" is the pronoun."""
        words = _WORD.findall(pre)[-6:]
        for i in range(len(words) - 1, -1, -1):
            w = words[i].lower()
            if w in ("en", "någon", "ingen", "rätt", "riktig", "den", "denna"):
                return True
            if w in ("vara", "är", "blir", "vore"):
                nxt = _WORD.match(post.lstrip(" ,"))
                return not nxt or nxt.group(0).lower() in ("och", "eller", "med", "för", "som", "i", "på")
            if w in ("och", "eller") or self.words.is_adjective(w):
                continue
            return False
        return False

    def _ages(self, sentence: str) -> list[ConceptHit]:
        out = []
        for m in _AGE_WORDS.finditer(sentence):
            nums = [number_value(n) for n in regex.findall(rf"\d{{2}}|{_NUMBER_WORD}", m.group(0), F)]
            if not nums or any(n is None or n < 15 or n > 75 for n in nums):
                continue
            if regex.search(r"\d", m.group(0)) and not regex.search(r"år|\+|runt|cirka|ca|omkring|kring", m.group(0)):
                continue
            left, _ = self.clause(sentence, m.start(), m.end())
            pre = sentence[left:m.start()]
            if not _AGE_FRAME.search(pre) or _PREP_BEFORE.search(pre):
                continue
            if self.clients is not None and any(self.clients.fullmatch(w) for w in _WORD.findall(pre)):
                continue  # "stöttar du arbetssökande mellan 16 och 24 år": the people served
            out.append(ConceptHit("age-number", "age", m.start(), m.end()))
        return out

    def _vague(self, sentence: str) -> list[ConceptHit]:
        if self.boilerplate.match(sentence):
            return []  # the tender, the supplier or the application, not a person
        label = self.hard_label.match(sentence) or self.demand_tag.search(sentence)
        cues = [] if label else [c.span() for c in self.hard_cue.finditer(sentence)]
        if not label and not cues:
            return []

        def demanded(start: int, end: int) -> bool:
            # The quality must stand in the clause that makes the demand.
            if label:
                return True
            left, right = self.clause(sentence, start, end)
            return any(left <= cs < right or left < ce <= right for cs, ce in cues)

        if _MERIT.search(sentence):
            return []  # a merit, not a must-have
        found = []
        for kind, rx in self.vague_kinds:
            for m in rx.finditer(sentence):
                if not demanded(m.start(), m.end()) or kind == "vague-trait" and self.not_traits.fullmatch(m.group(0)):
                    continue
                if kind == "vague-language" and (
                    self._attributive(sentence, m.end()) or self.native_likeness.search(sentence)
                ):
                    continue  # "svenska kunder"; native-likeness is the ethnicity finding
                left, _ = self.clause(sentence, m.start(), m.end())
                pre = sentence[left:m.start()]
                if _OWNED_BY_OTHERS.search(pre) or _DESCRIBES_PLACE.search(pre):
                    continue  # "Vårt fokus", "den enskildes förmåga", "en miljö som präglas av …"
                found.append((m.start(), kind, m))
        for _, kind, m in sorted(found, key=lambda f: f[0]):
            hit = self._vague_hit(sentence, kind, m.start(), m.end())
            if hit:
                return [hit]
        if label:
            # "Krav: Självgående, initiativrik och noggrann": bare adjectives under a label.
            # Only a bare list ("Krav: Självgående, initiativrik …"), not a sentence ("Krav: Du är …").
            listed = list(_WORD.finditer(sentence, label.end()))[:3]
            if listed and listed[0].group(0).lower() not in _FUNCTION and not _CANDIDATE_NOUNS.match(listed[0].group(0)):
                for m in listed:
                    adj = m.group(0).lower()
                    if self.words.is_adjective(adj) and adj not in self.non_traits and adj not in _FUNCTION:
                        hit = self._vague_hit(sentence, "vague-trait", m.start(), m.end())
                        if hit:
                            return [hit]
                        break
        if not label:
            for m in self.vara_adj.finditer(sentence):
                adj = m.group("adj").lower()
                if (self.words.is_adjective(adj) and adj not in self.non_traits and adj not in _FUNCTION
                        and demanded(m.start("adj"), m.end("adj"))):
                    hit = self._vague_hit(sentence, "vague-trait", m.start("adj"), m.end("adj"))
                    if hit:
                        return [hit]
        return []

    def _vague_hit(self, sentence: str, kind: str, start: int, end: int) -> Optional[ConceptHit]:
        left, right = self.clause(sentence, start, end)
        if self.hard_label.match(sentence) or self.demand_tag.search(sentence):
            left, right = 0, len(sentence)
        if self.yardstick.search(sentence[left:right]):
            return None
        if self.requirement_negated(sentence, start, end) or _NO_BEFORE.search(sentence[left:start]):
            return None  # "Ingen tidigare erfarenhet krävs": the requirement is what is negated
        # Take in the intensifier and adjectives before the quality ("Stark teknisk förståelse").
        for m in reversed(list(_WORD.finditer(sentence, left, start))):
            w = m.group(0).lower()
            if w in ("god", "goda", "gott", "mycket", "stark", "starka", "starkt", "hög", "högt", "höga",
                     "utmärkt", "utmärkta", "gedigen", "gedigna", "djup", "djupa", "bred", "breda", "stor",
                     "stort", "stora", "genuint", "genuin", "tidigare", "praktisk", "dokumenterad",
                     "relevant", "flytande", "excellent", "lång", "ett", "en") or self.words.is_adjective(w):
                if w in ("ett", "en"):
                    break
                start = m.start()
                continue
            break
        return ConceptHit(kind, "vague", start, end)
