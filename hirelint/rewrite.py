"""One validated rewrite per requirement, and interview questions for it.

A requirement (a clause, list item or table cell) gets at most one proposed wording that fixes
all its findings at once: the first rewrite of every finding applied right to left. It is offered
only when it passes validation — the wording re-linted on its own has no finding of the kinds the
requirement had and no new discrimination finding, and a grammar check of our own finds no hole,
doubled or repeated word, verb left without its complement, dangling conjunction, stray
punctuation or lost capital.

What a rewrite may leave open is a measure: a number of years, a language level ("minst [antal]
års erfarenhet", "[nivå] enligt GERS"). A slot that asks for content only the client knows — the
task behind a trait, the reason behind a licence — means the tool cannot keep the meaning, so no
rewrite is offered and the finding's advice (a question for the client) stands. Nor is a rewrite
that removes the whole demand offered: whether a demand goes is the client's decision.

Questions: for each screenable requirement, one behavioural question asked of every candidate,
built from what the requirement names (experience of something, a language, knowledge of
something); never about a protected ground — each question is linted before it is offered.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Optional

import regex

from hirelint.fix import NotApplicable, apply_suggestion
from hirelint.model import Finding, Requirement, Suggestion

F = regex.IGNORECASE
_DOUBLED = regex.compile(r"\b(\w+)\s+\1\b", F)
_HOLES = regex.compile(r"\s{2,}|\s[,.;:!?](?=\s|$)|[,;:]\s*[,.;:]|\(\s*\)|\[\s*\]")
_DANGLING = regex.compile(r"\b(?:och|samt|eller|men|som|att|med|av|för|i|på|till|en|ett)\s*(?:[,.;:!?](?=\s|$)|$)", F)
_SECOND_PERSON = regex.compile(r"\b(?:du|dig|din|ditt|dina)\b", F)
# A clause put where a noun or an adjective stood: "ett van att …", "en vana att … säljare".
_ARTICLE_BEFORE_PHRASE = regex.compile(r"\b(?:en|ett)\s+(?:van|vana|beredd|redo|intresserad|motiverad)\s+(?:att|vid|av|för)\b", F)
_EMPTY_ITEM = regex.compile(r"^\s*[-•*–]\s*$", regex.M)
_LANGUAGES = regex.compile(
    r"\b(svenska|engelska|tyska|franska|spanska|finska|norska|danska|arabiska|persiska|somaliska|"
    r"polska|ryska|kinesiska|italienska|portugisiska|turkiska)\b",
    F,
)
# Where the object of a requirement ends: punctuation (not inside ".NET" or "ISO/IEC"), a time
# span ("under de senaste fem åren"), or the next clause.
_END = (
    r"(?=\s*(?:[,;:()]|\.(?:\s|$)|$)|\s+(?:samt|under\s+de\s+senaste|de\s+senaste|sedan|i\s+minst|"
    r"eller\s+motsvarande|och\s+(?:har|är|kan|ska)|beaktas|krävs|önskas|uppskattas|meriterar|"
    r"är\s+(?:meriterande|ett\s+krav|ett\s+plus|en\s+fördel|ett\s+måste))\b)"
)
_EXPERIENCE_OF = regex.compile(
    r"erfarenhet\w*\s+(?P<prep>av\s+att|av|inom|från|som)\s+(?P<obj>[^,;:()]+?)" + _END, F
)
_KNOWLEDGE_OF = regex.compile(
    r"(?:kunskap\w*|kännedom|förståelse)\s+(?:om|i|inom|av|för)\s+(?P<obj>[^,;:()]+?)" + _END, F
)


@dataclass(frozen=True)
class Proposal:
    """A requirement's proposed wording (or None) and why none was offered."""

    rewrite: Optional[Suggestion]
    reason: str = ""


def grammar_problems(original: str, text: str) -> list[str]:
    """What the grammar check of a rewritten requirement finds (empty when it passes)."""
    problems = []
    if not text.strip():
        problems.append("tom formulering")
    if _DOUBLED.search(text):
        problems.append("dubblerat ord")
    words = [w.lower() for w in regex.findall(r"\w+", text)]
    grams = [tuple(words[i:i + 3]) for i in range(len(words) - 2)]
    if len(grams) != len(set(grams)):
        problems.append("upprepad fras")
    if _HOLES.search(text):
        problems.append("hål eller lös skiljetecken")
    if _DANGLING.search(text.strip()):
        problems.append("hängande ord före skiljetecken eller slut")
    if _EMPTY_ITEM.search(text):
        problems.append("tom listpunkt")
    first = next((c for c in original if c.isalpha()), "")
    now = next((c for c in text if c.isalpha()), "")
    if first.isupper() and now and not now.isupper():
        problems.append("stor bokstav saknas i början")
    if text.count("(") != text.count(")") or text.count("[") != text.count("]"):
        problems.append("parentes utan motsvarighet")
    if not _SECOND_PERSON.search(original) and _SECOND_PERSON.search(text):
        problems.append("byter person (du/din i en text om någon annan)")
    if _ARTICLE_BEFORE_PHRASE.search(text):
        problems.append("en fras där ett substantiv ska stå")
    if _TITLE_BROKEN.search(text) and not _TITLE_BROKEN.search(original):
        problems.append("erfarenhetskravet bryter isär en titel")
    for m in _ADJECTIVE_BEFORE_MEASURE.finditer(text):
        from hirelint.analysis.dictionary import dictionary

        word = m.group(1).lower()
        if dictionary().is_adjective(word) or (word.endswith(("ad", "ade", "at")) and word not in ("har", "vad", "bad")):
            problems.append("adjektiv samordnat med ett mått")
            break
    if _BARE_PERSON_METONYM.search(text) and not _BARE_PERSON_METONYM.search(original):
        problems.append("substantivet behöver ett adjektiv")
    if _TWO_FINITE.search(text) and not _TWO_FINITE.search(original):
        problems.append("två finita verb i rad")
    if _ADVERB_BEFORE_DASH.search(text) and not _ADVERB_BEFORE_DASH.search(original):
        problems.append("gradadverb utan led")
    if _GENERIC_IN_BRACKETS.search(text) and not _GENERIC_IN_BRACKETS.search(original):
        problems.append("parentes som inte säger något")
    if _BARE_ARTICLE.search(text) and not _BARE_ARTICLE.search(original):
        problems.append("artikel utan substantiv")
    if _BARE_VERB.search(text) and not _BARE_VERB.search(original):
        problems.append("verb utan komplement")
    if _VERB_BEFORE_PHRASE.search(text) and not _VERB_BEFORE_PHRASE.search(original):
        problems.append("en fras där ett verb inte kan ta den")
    if _repeated_words(original, text):
        problems.append("upprepat ord: " + ", ".join(_repeated_words(original, text)))
    return problems


# A verb that needs a complement followed at once by a conjunction or punctuation: "Du får
# gärna vara och du ska …" after an age was removed.
_BARE_VERB = regex.compile(
    r"\b(?:vara|är|bli|blir|ha|har|känna|kunna|kan|ska|skall|bör|vill|får)\s*(?:\b(?:och|samt|eller|men)\b|[,.;:!?](?=\s|$)|$)", F
)
# "med minst [antal] års erfarenhet" put inside a title: "Systemutvecklare med … erfarenhet .NET".
_TITLE_BROKEN = regex.compile(
    r"års\s+erfarenhet(?!\s*(?:[,;:!?)](?:\s|$)|\.(?:\s|$)|[–—-]|$)|\s+(?:av|inom|från|som|i|med|och|samt|eller|till|"
    r"för|på|eftersom|då|är|krävs|önskas|meriterar|gärna|helst|under|sedan)\b)\s*\S", F
)
# An adjective left before or beside a measure: "Gedigen och minst [antal] års erfarenhet",
# "Dokumenterad minst [antal] års erfarenhet".
_ADJECTIVE_BEFORE_MEASURE = regex.compile(r"\b(\w+)\s*(?:(?:och|samt|,)\s+)?minst\s+\[antal\]", F)
# Nouns that name a person only with an adjective: "en ny förmåga", not "en förmåga".
_BARE_PERSON_METONYM = regex.compile(r"\b(?:en|ett)\s+(?:förmåga|kraft|talang|begåvning|stjärna|förstärkning)\b", F)
# Two finite verbs in a row after a deletion: "Du är har …", "Har du behöver …".
_TWO_FINITE = regex.compile(
    r"\b(?:är|har|kan|ska|skall|vill|behöver|bör|blir|måste|får)\s+(?:du\s+)?(?:är|har|kan|ska|skall|vill|behöver|bör|blir|måste|får)\b", F
)
_ADVERB_BEFORE_DASH = regex.compile(r"\b(?:endast|enbart|bara|helst|gärna|främst)\s*(?:[–—-]|[,.;:!?](?=\s|$)|$)", F)
_GENERIC_IN_BRACKETS = regex.compile(r"\(\s*(?:person|personer|medarbetare|sökande)\s*\)", F)
# An article left without its noun: "ska vara en eftersom …" after the noun was struck.
_BARE_ARTICLE = regex.compile(
    r"\b(?:en|ett)\s*(?:\b(?:eftersom|samt|eller|men|att|då|när|söker|är|har|kan|ska|skall|vill|blir|får|"
    r"måste|behöver|arbetar|jobbar)\b|[,.;:!?](?=\s|$)|$)", F
)
# A finite content verb taking a "van att …" phrase: "Du arbetar van att nå …".
_VERB_BEFORE_PHRASE = regex.compile(r"\b(?!är\b|blir\b|vara\b|bli\b)\w+(?:ar|er|ir)\s+(?:van|vana|beredd|redo)\s+(?:att|vid)\b", F)
_FUNCTION_WORDS = frozenset(
    "och att som med för till från den det der dig din ditt dina har inte eller samt men "
    "inom under över efter både såväl minst lägst enligt motsvarande".split()
)


def _repeated_words(original: str, text: str) -> list[str]:
    """Content words the rewrite has more often than the original although the original had
    them: a template that repeats what the sentence goes on to say ("… i tal och skrift …,
    såväl i tal som i skrift")."""
    def counts(t: str) -> dict:
        out: dict = {}
        for w in regex.findall(r"\p{L}{3,}", t.lower()):
            if w not in _FUNCTION_WORDS:
                out[w] = out.get(w, 0) + 1
        return out

    before, after = counts(original), counts(text)
    # A word the original had, repeated; or a new word put in twice ("tjejer och killar" ->
    # "medarbetare och medarbetare").
    return sorted(w for w, n in after.items() if n > max(before.get(w, 0), 1) or (before.get(w, 0) >= 1 and n > before[w]))


def _apply_all(req: Requirement, chosen: list[tuple[Finding, Suggestion]]) -> Optional[tuple[str, bool]]:
    """The requirement with the chosen rewrite of every finding applied, right to left; None
    when two findings overlap (no single wording fixes both). The flag says whether every
    rewrite used was ``review``."""
    text = req.text
    edge = len(text)
    all_review = True
    for f, s in sorted(chosen, key=lambda c: -c[0].start):
        local = dataclasses.replace(f, start=f.start - req.start, end=f.end - req.start)
        if local.start < 0 or local.end > edge:
            return None
        try:
            text = apply_suggestion(text, local, s)
        except (NotApplicable, ValueError):
            return None
        edge = local.start
        all_review = all_review and s.applicability == "review"
    return text, all_review


_MEASURE = regex.compile(r"\[(?:antal|nivå)\]|\d")


def invents(f: Finding, replacement: str) -> bool:
    """Whether a replacement says something the original did not: for a vague finding, a
    wording without a measure is as vague ("brinner för" -> "intresserad av"); for
    discrimination, a longer phrase than the words it replaces ("ungt gäng" -> "team med
    blandad erfarenhet") or another adjective for an adjective ("tjejig" -> "lättsam") is a new
    claim. Striking the words, or a measure slot, invents nothing."""
    if not replacement:
        return f.category == "vague-requirement"
    if _MEASURE.search(replacement):
        return False
    if f.category == "vague-requirement":
        return True
    span_words, new_words = f.text.split(), replacement.split()
    if f.text.strip().lower() in replacement.lower():
        return False  # the client's words, widened: "{match} eller motsvarande erfarenhet"
    if len(new_words) > len(span_words) + 1:
        return True
    if (len(new_words) > 1 and span_words[0].lower() != "utan"
            and not {w.lower().strip(",.") for w in span_words} & {w.lower().strip(",.") for w in new_words}):
        # A new phrase with nothing of the old: "trevligt utseende" -> "professionellt bemötande"
        # ("utan brytning" -> "tydligt och begripligt" says what the absence meant).
        return True
    from hirelint.analysis.dictionary import dictionary

    words = dictionary()
    return (len(span_words) == 1 and words.is_adjective(span_words[0])
            and all(words.is_adjective(w.strip(",.")) or w in ("och", "eller") for w in new_words))


def level_after_pair(text: str) -> str:
    """Language levels read as Swedish: a level put after the first of two languages goes after
    the pair ("svenska ([nivå] enligt GERS) och engelska" -> "svenska och engelska ([nivå]
    enligt GERS)"), and a language with a level is mastered, not had ("Du har svenska
    motsvarande …" -> "Du behärskar svenska motsvarande …")."""
    text = _LEVEL_IN_PAIR.sub(r"\g<first> \g<conj> \g<second> \g<level>", text)
    text = _LEVEL_BEFORE_MODE.sub(r"\g<mode> \g<level>", text)
    text = _MODE_AFTER_LEVEL.sub(r" \g<mode>\g<level>", text)
    text = _ADVERB_AFTER_LEVEL.sub(r"\g<adverb> \g<level>", text)
    return _HAVE_LANGUAGE.sub(_mastered, text)


# "motsvarande lägst [nivå] enligt GERS, i såväl tal som skrift" -> "i såväl tal som skrift
# motsvarande lägst [nivå] enligt GERS".
_MODE_AFTER_LEVEL = regex.compile(
    r"(?P<level>\s+motsvarande(?:\s+lägst)?\s+\[nivå\]\s+enligt\s+GERS),?\s+"
    r"(?P<mode>i\s+(?:både\s+|såväl\s+)?tal\s+(?:och|som)\s+(?:i\s+)?skrift)", F
)
# "Behärska svenska ([nivå] enligt GERS) bra" -> "Behärska svenska bra ([nivå] enligt GERS)".
_ADVERB_AFTER_LEVEL = regex.compile(
    r"(?P<level>\(\[nivå\] enligt GERS\))\s+(?P<adverb>(?:mycket\s+|riktigt\s+)?(?:bra|väl|flytande|obehindrat|perfekt|flytande))\b", F
)
# "([nivå] enligt GERS) i tal och skrift" -> "i tal och skrift ([nivå] enligt GERS)".
_LEVEL_BEFORE_MODE = regex.compile(
    r"(?P<level>\(\[nivå\] enligt GERS\))\s+(?P<mode>i\s+(?:både\s+|såväl\s+)?tal\s+(?:och|som)\s+(?:i\s+)?skrift)", F
)


def _mastered(m: regex.Match) -> str:
    have = m.group("have")
    low = have.lower()
    if low.startswith("behöver"):
        return have + " behärska" + m.group("rest")  # "behöver även behärska svenska …"
    verb = "behärskar" if low == "har" else "behärska"
    return (verb.capitalize() if have[0].isupper() else verb) + m.group("rest")


_HAVE_LANGUAGE = regex.compile(
    r"\b(?P<have>har|ha|behöver(?:\s+(?:även|också))?)(?P<rest>\s+(?:svenska|engelska|tyska|franska|spanska|finska|norska|danska|arabiska|"
    r"persiska|somaliska|polska|ryska|kinesiska|italienska|portugisiska|turkiska)"
    r"(?:\s+(?:och|samt|eller)\s+\w+)?(?:\s+i\s+(?:både\s+|såväl\s+)?tal\s+(?:och|som)\s+(?:i\s+)?skrift)?"
    r"\s+(?:motsvarande|på\s+\[nivå\]|\(\[nivå\]))", F
)


_LEVEL_IN_PAIR = regex.compile(
    r"(?P<first>\b\w+)\s+(?P<level>\(\[nivå\] enligt GERS\))\s+(?P<conj>och|samt|eller)\s+"
    r"(?P<second>svenska|engelska|tyska|franska|spanska|finska|norska|danska|arabiska|persiska|somaliska|"
    r"polska|ryska|kinesiska|italienska|portugisiska|turkiska)\b",
    F,
)


def checked_wording(original: str, text: str, residual=None) -> str:
    """Why a rewritten wording cannot be offered ("" when it can): a slot for content only the
    client knows, the demand struck whole, nothing left to say, or a group word or age figure
    still in it."""
    if open_content_slots(text):
        return "kräver innehåll som bara kunden vet: " + ", ".join(open_content_slots(text))
    if _removes_demand(original, text):
        return "omskrivningen stryker hela kravet; det avgör kunden"
    if not _content_words(text):
        return "omskrivningen lämnar inget kvar som säger något"
    named = residual(text) if residual is not None else None
    if named:
        return f"texten nämner fortfarande en grupp eller ålder (”{named}”)"
    return ""


def _choose(req: Requirement, f: Finding, document: str, core, shared) -> Optional[Suggestion]:
    """The finding's first rewrite that leaves no content slot and keeps the sentence whole;
    for discrimination in a modifier ("en [ung och hungrig] säljare"), striking the words when
    no rewrite does. None when nothing fits: then only advice is given."""
    start, end = f.start - req.start, f.end - req.start
    candidates = [
        dataclasses.replace(s, text=neutral_slots(s.text, document))
        for s in f.suggestions if s.applicability != "advice"
    ]
    candidates = [s for s in candidates if not open_content_slots(s.text) and not invents(f, s.text)]
    if any(s.question for s in f.suggestions):
        return candidates[0] if candidates else None  # a change of substance: the client decides
    if (f.category == "discrimination" and f.severity != "info" and core is not None
            and not any(not s.text for s in candidates) and len(f.text.split()) <= 2):
        # Only a word or two: a longer span ("ung och hungrig") holds something the client meant.
        candidates.append(Suggestion("", "review"))
    for s in candidates:
        if f.category == "discrimination" and core is not None and breaks_sentence(req.text, start, end, s.text, core):
            continue
        if shared is not None and shared(req.text, start, end, s.text):
            continue
        return s
    return None


_SLOT = regex.compile(r"\[([^\[\]]*)\]")
# Slots that hold a measure: a count ("3", "1 års", "10–15", "X") or a CEFR level ("C1").
_COUNT_SLOT = regex.compile(r"^\s*(?:\d+(?:[-–]\d+)?|X|antal\w*)(?P<unit>\s+(?:års?|timmar|dagar|veckor|kg))?\s*$", F)
_LEVEL_SLOT = regex.compile(r"^\s*(?:[ABC][12]|nivå)\s*$", F)
MEASURE_SLOTS = ("[antal]", "[nivå]")
_SLOT_LABELS = (
    (regex.compile(r"\b(?:eftersom|då|för\s+att)\s*\($|\b(?:eftersom|då|för\s+att)\s*$", F), "skäl"),
    (regex.compile(r"\b(?:att|åt)\s*$", F), "arbetsuppgift"),
    (regex.compile(r"\b(?:för|till)\s*$", F), "vilka"),
    (regex.compile(r"\bmed\s*$", F), "vad"),
    (regex.compile(r"\b(?:i|inom|av|om)\s*$", F), "område"),
)


# A demand about the group itself: excluded, preferred or required. A word swap inside such a
# frame ("Passar inte dig som är [tjej]" -> "… som är medarbetare") keeps the frame and loses the
# meaning; whether the demand goes is the client's decision, so only advice is given.
_GROUP_FRAME = regex.compile(
    r"\b(?:inte|ej|ingen|inga|inget|endast|enbart|bara|föredras|företrädesvis|helst|gärna|"
    r"i\s+första\s+hand|passar\s+bäst|önskar|önskas|vill\s+ha|kräver|krävs|måste|ska|skall|bör)\b",
    F,
)


def in_group_frame(sentence: str) -> bool:
    """Whether a sentence states a demand or preference about who is wanted (see _GROUP_FRAME)."""
    return bool(_GROUP_FRAME.search(sentence))


_COPULAS = frozenset({"är", "vara", "blir", "bli", "var"})
_COORDINATED_PREDICATE = regex.compile(r"\b(?:och|samt|men)\s+(?:(?:väl|mycket|även|också|inte)\s+)?(\w+)", F)


_VERBS_SHARED = frozenset({"är", "vara", "blir", "bli", "var", "har", "ha", "kan", "ska", "skall", "bör", "måste", "vill"})


def drops_a_verb(span: str, replacement: str) -> bool:
    """Whether a replacement drops a copula or auxiliary the span had (cheap, no parse)."""
    kept = {w.lower() for w in regex.findall(r"\w+", replacement)}
    return bool({w.lower() for w in regex.findall(r"\w+", span)} & _VERBS_SHARED - kept)


def drops_shared_verb(doc, start: int, end: int, replacement: str, text: str = "") -> bool:
    """Whether a rewrite removes a copula or auxiliary that a later coordinated predicate
    shares: "Du [är van vid] teamarbete och väl bekant med …" -> "Du har … och väl bekant".
    Read from the parse, and from the words: a copula gone from the span while an adjective
    follows "och" after it (SAOL adjective forms)."""
    kept = {w.lower() for w in regex.findall(r"\w+", replacement)}
    if text:
        gone = {w.lower() for w in regex.findall(r"\w+", text[start:end])} & _COPULAS - kept
        later = _COORDINATED_PREDICATE.search(text, end)
        if gone and later:
            from hirelint.analysis.dictionary import dictionary

            if dictionary().is_adjective(later.group(1)):
                return True
    if doc is None:
        return False
    for tok in doc:
        if start <= tok.idx and tok.idx + len(tok.text) <= end and tok.dep_ in ("cop", "aux") \
                and tok.text.lower() not in kept:
            if any(c.dep_ == "conj" and not (start <= c.idx < end) for c in tok.head.children):
                return True
    return False


# A preference for someone ("föredras", "helst", "vill ha", "prioritera"): with the group word
# gone, what is left prefers nobody in particular ("Sökande föredras.") or still points at the
# group ("… så prioritera de CV:na").
_PREFERENCE = regex.compile(
    r"\b(?:föredras|företrädesvis|helst|i\s+första\s+hand|passar\s+bäst|vill\s+ha|önskar|önskas|"
    r"prioriter\w*|gärna\s+(?:en|ett|att)|hellre)\b",
    F,
)
_NEGATION = regex.compile(r"\b(?:inte|ej|icke|aldrig|ingen|inga|inget)\b", F)
_GENERIC_PERSON = frozenset("person personer medarbetare medarbetaren medarbetarna kollega kollegor sökande".split())
MAX_STRUCK_WORDS = 3


def breaks_sentence(sentence: str, start: int, end: int, replacement: str, core) -> bool:
    """Whether replacing a discrimination finding's span would break the sentence or its point:
    deleting a word the sentence needs, or swapping the group word a demand is about
    ("Tjänsten kräver en [man]" -> "… en person" keeps a demand that no longer says anything);
    striking the group from a preference ("[Manliga] sökande föredras"); turning a negated
    statement about a group into one about everyone ("[tjejer] har inte trivts" ->
    "medarbetare har inte trivts"); a span with a negation in it (the polarity would change);
    or striking a phrase long enough to carry meaning the sentence needs ("står [i början av
    ditt yrkesliv]"). ``core(sentence, start, end)`` tells whether the span holds a core word
    (see ``removes_core``)."""
    span = sentence[start:end]
    if _NEGATION.search(span):
        return True
    if not replacement and len(span.split()) > MAX_STRUCK_WORDS:
        return True
    if _PREFERENCE.search(sentence):
        return True
    if (not replacement or replacement.lower() in _GENERIC_PERSON) and _NEGATION.search(sentence):
        return True  # "[Äldre] sökande ombeds att inte söka" -> a statement about everyone
    if replacement and not in_group_frame(sentence):
        return False  # a swap outside a demand about the group: no parse needed
    return core(sentence, start, end, deleting=not replacement)


_MODIFIER_DEPS = frozenset({
    "amod", "nmod", "nummod", "advmod", "obl", "appos", "det", "nmod:poss", "compound", "flat",
    "case", "cc", "punct", "acl", "obl:agent",
})


def _imperative(tok) -> bool:
    """A sentence-initial SAOL verb in its bare form ("Ange ålder …", "Bifoga foto"), which the
    small parser may tag as an adjective."""
    if tok.i != 0:
        return False
    from hirelint.analysis.dictionary import dictionary

    return tok.text.lower() in dictionary().verbs


_DETERMINERS = frozenset("en ett den det de vår vårt våra din ditt dina er ert era sin sitt sina ny nya".split())
_NOT_HEADS = frozenset("och samt eller men som att för till med av i på från".split())
_PREPOSITIONS = frozenset("i med från på av under".split())


def plain_modifier(sentence: str, start: int, end: int) -> bool:
    """Whether a span is, by its words alone, a modifier that can go without a parse: an
    adjective between a determiner and its noun ("en [ung] säljare"), or a prepositional phrase
    of up to three words before punctuation or another preposition ("[i 25-årsåldern] till")."""
    from hirelint.analysis.dictionary import dictionary

    words = sentence[start:end].split()
    before = sentence[:start].split()
    after = sentence[end:].split()
    nxt = after[0].lower().strip(",.;:!?") if after else ""
    if len(words) == 1 and dictionary().is_adjective(words[0]) and before and after:
        return before[-1].lower() in _DETERMINERS and nxt.isalpha() and nxt not in _NOT_HEADS
    if 2 <= len(words) <= 3 and words[0].lower() in _PREPOSITIONS:
        rest = sentence[end:].lstrip()
        return not rest or rest[0] in ",.;:!?" or nxt in _PREPOSITIONS | {"till", "för", "som"}
    return False


def removes_core(doc, start: int, end: int, deleting: bool = False) -> bool:
    """Whether characters ``start``–``end`` of a parsed sentence hold a word the sentence needs,
    so that deleting or swapping them leaves a hole or a different statement: a verb, or a
    subject, object or predicate. Modifiers may go ("ung" in "en ung säljare", "i
    20-årsåldern"), and so may the first member of a coordination ("är [ung och] driven"),
    whose dependents pass to the next member."""
    def inside(t) -> bool:
        return start <= t.idx and t.idx + len(t.text) <= end

    tokens = [t for t in doc if inside(t)]
    if any(t.pos_ == "VERB" or _imperative(t) for t in tokens):
        return True
    if deleting and tokens and tokens[0].pos_ in ("NOUN", "PROPN", "PRON"):
        return True  # a noun phrase struck whole: "[tjejer] har inte trivts" -> "har inte trivts"
    for tok in tokens:
        if inside(tok.head) and tok.head.i != tok.i:
            continue
        if any(c.dep_ == "conj" and not inside(c) for c in tok.children):
            continue
        if any(not inside(c) and c.dep_ not in ("punct", "cc") for c in tok.children):
            return True  # words left behind: "en [kvinna]", "med [kristna värderingar]"
        if tok.dep_ in _MODIFIER_DEPS or (tok.dep_ == "conj" and tok.pos_ in ("ADJ", "ADV")):
            continue
        return True
    return False


def neutral_slots(text: str, document: str = "") -> str:
    """Slots become labels: a count "[antal]" (its unit kept outside: "[antal] års"), a level
    "[nivå]"; other content is kept only when it is words of the document itself, and an example
    from another trade ("[växla mellan kassa och lager]" for a redovisningskonsult) becomes a
    neutral label ("[arbetsuppgift]")."""
    doc_words = set(regex.findall(r"\w+", document.lower()))

    def label(m: regex.Match) -> str:
        content = m.group(1)
        count = _COUNT_SLOT.match(content)
        if count:
            return "[antal]" + (count.group("unit") or "")
        if _LEVEL_SLOT.match(content):
            return "[nivå]"
        words = [w for w in regex.findall(r"\w+", content.lower()) if len(w) > 3]
        if words and all(w in doc_words for w in words):
            return m.group(0)
        before = text[: m.start()]
        for rx, name in _SLOT_LABELS:
            if rx.search(before):
                return f"[{name}]"
        return "[vad]"

    out = _SLOT.sub(label, text)
    return regex.sub(r"\bnivå\s+\[nivå\]", "[nivå]", out, flags=F)


def open_content_slots(text: str) -> list[str]:
    """The slots of a wording that ask for content rather than a measure."""
    return [m.group(0) for m in _SLOT.finditer(text) if m.group(0) not in MEASURE_SLOTS]


def propose(req: Requirement, findings: list[Finding], relint, document: str = "", core=None, shared=None,
            residual=None) -> Proposal:
    """The validated rewrite of one requirement. ``relint(text, kind)`` lints a wording on its
    own as a requirement of that kind and returns its findings; ``document`` is the text the
    requirement stands in (slot examples are kept only when they come from it); ``core(text,
    start, end)`` tells whether a span holds a word the sentence needs (see ``removes_core``);
    ``shared(text, start, end, replacement)`` whether a rewrite drops a shared verb;
    ``residual(text)`` names a group word or age figure still in a wording (None when none)."""
    findings = [f for f in findings if f.category in ("discrimination", "vague-requirement")]
    if not findings:
        return Proposal(None, "inga fynd")
    chosen = []
    left_open: set[str] = set()  # advice-level findings the wording leaves as they are
    for f in findings:
        choice = _choose(req, f, document, core, shared)
        if (choice is None and f.severity == "info" and f.ground == "age"
                and not any(s.question for s in f.suggestions)):
            # An advice-level word for the level of the role ("junior") may stay beside the new
            # wording, with its advice; the client decides how to state the level.
            left_open.add(f.code)
            continue
        if choice is None:
            return Proposal(None, f"{f.code}: inget förslag som håller meningen hel; rådet står kvar")
        chosen.append((f, choice))
    if not chosen:
        return Proposal(None, "inget att ändra utom råd")
    applied = _apply_all(req, chosen)
    if applied is None:
        return Proposal(None, "fynden överlappar; ingen formulering löser båda")
    text, all_review = applied
    text = level_after_pair(neutral_slots(" ".join(text.split()), document))
    problem = checked_wording(req.text, text, residual)
    if problem:
        return Proposal(None, problem)
    problems = grammar_problems(req.text, text)
    if problems:
        return Proposal(None, "grammatikkontrollen: " + ", ".join(problems))
    codes = {f.code for f in findings} - left_open
    again = [f for f in relint(text, req.kind) if f.code not in left_open]
    left = [f for f in again if f.code in codes or f.category == "discrimination"]
    if any(f.category == "vague-requirement" and f.code not in codes and f.severity != "info" for f in again):
        left += [f for f in again if f.category == "vague-requirement"]
    if left:
        return Proposal(None, "omskrivningen ger fortfarande fynd: " + ", ".join(sorted({f.code for f in left})))
    applicability = "placeholders" if "[" in text else ("review" if all_review else "placeholders")
    return Proposal(Suggestion(text, applicability))


# Sentences run together where a web page lost its line breaks: "för detTjänsten kräver:Svenska".
_GLUED = regex.compile(r"\p{Ll}{2}[.!?:;]\p{Lu}\p{Ll}")
MAX_REQUIREMENT_WORDS = 40


def is_one_requirement(text: str) -> bool:
    """Whether a requirement's text reads as one requirement: not a run of sentences glued
    together, not a paragraph of many clauses (then a rewrite of the whole would hide what
    changed; each finding keeps its own rewrite instead)."""
    return not _GLUED.search(text) and len(text.split()) <= MAX_REQUIREMENT_WORDS


# Words that carry no demand of their own once the rest is gone ("Sökande föredras.").
_EMPTY = frozenset("sökande föredras önskas sökes söks välkomna erfarenhet person personer medarbetare gärna helst".split())
_FILLER = frozenset(
    "du dig är har ska skall bör kan vara ha en ett vi söker gärna som krav krävs meriterande "
    "konsulten personen den sökande och samt eller med av i på".split()
)


def _content_words(text: str) -> list[str]:
    """Words that say something: not fillers ("Du har", "sökande", "föredras"), not slots."""
    return [w for w in regex.findall(r"\[[^\]]*\]|[\p{L}\d]+", text.lower())
            if not w.startswith("[") and w not in _FILLER and w not in _EMPTY]


def _removes_demand(original: str, text: str) -> bool:
    """Whether the rewrite leaves no demand: nothing but fillers ("Du är", "Krav:") remains of a
    requirement that had content."""
    def content(t: str) -> list[str]:
        return [w for w in regex.findall(r"[\p{L}\d]+", t.lower()) if w not in _FILLER]

    return bool(content(original)) and not content(text)


def questions_for(text: str) -> list[str]:
    """One or two behavioural questions for a requirement, from what it names; [] when it
    names nothing a question can take up (a licence or a degree is verified, not asked about)."""
    out: list[str] = []
    exp = _EXPERIENCE_OF.search(text)
    if exp:
        obj = _tidy(regex.sub(r"^arbete\s+(?=(?:med|som|inom)\b)", "", exp.group("obj"), flags=F))
        prep = exp.group("prep").lower()
        if obj.lower().startswith(("som ", "med ", "inom ")):
            prep, obj = obj.split(" ", 1)[0].lower(), obj.split(" ", 1)[1]
        if obj and prep == "som":
            out.append(f"Berätta om ett uppdrag där du arbetade som {obj}. Vad var din roll, och vad blev resultatet?")
        elif obj and prep == "av att":
            out.append(f"Berätta om ett tillfälle då du fick {obj}. Hur gick du till väga, och vad blev resultatet?")
        elif obj:
            out.append(f"Berätta om ett uppdrag där du arbetade med {obj}. Vad var din roll, och vad blev resultatet?")
    know = _KNOWLEDGE_OF.search(text)
    if know and len(out) < 2:
        obj = _tidy(know.group("obj"))
        if obj:
            out.append(f"Beskriv en arbetsuppgift där du använde dina kunskaper om {obj}. Vad gjorde du, och hur visste du att det blev rätt?")
    lang = _LANGUAGES.search(text)
    if lang and len(out) < 2:
        out.append(
            f"Berätta om en arbetsuppgift där du har använt {lang.group(1).lower()} i tal eller skrift. "
            "Vem var mottagaren, och hur blev resultatet?"
        )
    return [q for q in out if not grammar_problems(q, q)]


def _tidy(obj: str) -> str:
    obj = " ".join(obj.split()).strip(" -–")
    words = obj.split()
    if not words or len(words) > 10 or "[" in obj:
        return ""
    return obj
