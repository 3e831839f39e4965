"""Kravprofil <-> annons: align the requirements of a client's profile with those of the ad.

``compare(profile_report, ad_report) -> Comparison`` takes two linted reports (their
``requirements`` and ``findings``) and says, for a recruiter who has five seconds:

- which requirement of the profile is which requirement of the ad (one-to-one),
- what the profile asks for that the ad does not, and what the ad adds,
- where an aligned requirement changed its kind (ska-krav <-> meriterande),
- where it changed its level: years of experience, GERS/CEFR level, licence class, education,
- where a discrimination risk appears in only one of the two (per requirement and per document).

Similarity is cheap and deterministic, made for Swedish paraphrase: lower case, list markers and
punctuation gone, number words as digits ("tre" -> 3), content words reduced by a small Swedish
stemmer (inflection endings stripped; compounds meet on a shared first or last part), canonical
level features ("minst tre års erfarenhet" = "3+ år", "körkort för personbil" = "B-körkort",
"flytande" = no GERS level) and the findings' grounds as extra features. Pairs are taken greedily
by score above a threshold, so each requirement is aligned at most once. No Qt, no network.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import regex

from hirelint.model import GROUND_LABELS, Report, Requirement

# Pairs scoring below this are not the same requirement. On tests/fixtures/compare the weakest
# right pair scores 0.55 and the strongest wrong candidate 0.48 (scripts/compare_eval.py).
THRESHOLD = 0.5

KIND_LABELS = {"must": "ska-krav", "merit": "meriterande"}

# ------------------------------------------------------------------------ normalisation

_NUMBER_WORDS = {
    "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sju": 7, "åtta": 8, "nio": 9, "tio": 10,
    "elva": 11, "tolv": 12, "femton": 15, "tjugo": 20,
}
# "en", "ett" and "sex" are numbers only before a unit of time.
_AMBIGUOUS_NUMBERS = {"en": 1, "ett": 1, "sex": 6}
_TIME_UNIT = r"(?:år|års|årig|åriga|månader|månaders)"
_WORD_RX = regex.compile(r"\p{L}[\p{L}\p{N}]*|\p{N}+")
_LIST_MARKER = regex.compile(r"^[\s\-–—•*·▪►✓]*(?:(?:\d{1,2}|[a-zA-Z])[.)]\s+)?")

_STOP = frozenset("""
du dig din ditt dina har ha hade är vara vi oss vår vårt våra ni er man
av i inom på med för och eller samt som att en ett det den de dem denna detta dessa
om till från även också både någon något några sådan sådana annan annat andra alla all allt
minst lägst högst över under mer än mycket god goda gott bra väl utmärkt utmärkta mycket
krav kravet ska skall bör måste meriterande meriterar merit meriter önskvärt önskvärd önskas
fördel plus gärna kunna kan kunnat söker ser tror vill letar behöver eller motsvarande
liknande relevant relevanta dokumenterad dokumenterade tidigare aktuell aktuella gällande
flytande år års årig åriga månader månaders tal skrift klass behörighet personbil lastbil
buss släp tung tunga lätt minst stort stor starka stark styrka egen eget egna
avslutad avslutade fullständig fullständiga genomförd genomgången
""".split())
# Words that say what kind of thing is asked for rather than what: they count, but little.
_GENERIC = frozenset("""
erfarenhet erfarenheter kunskap kunskaper förmåga förmågan färdighet färdigheter utbildning
utbildad examen arbete arbeta arbetat jobb jobbat tjänst roll område områden inriktning
förståelse vana van insikt intresse
""".split())
_GENERIC_WEIGHT = 0.3
_FEATURE_WEIGHT = 0.8

_SUFFIXES = sorted(
    """arnas ernas ornas heterna ningarna ningar ningen ningens heten heter arna erna orna
    ande ende iska iskt isk ens ets ade are en et er ar or na a e s""".split(),
    key=len, reverse=True,
)


def normalise(text: str) -> str:
    """Lower case, list marker gone, number words as digits ("tre års" -> "3 års")."""
    text = _LIST_MARKER.sub("", text.strip()).lower()
    text = regex.sub(r"\(\s*(\d+)\s*\)", r" \1 ", text)  # "sju (7) års": the digits stand
    text = regex.sub(
        r"\b(" + "|".join(_NUMBER_WORDS) + r")\b",
        lambda m: str(_NUMBER_WORDS[m.group(1)]), text,
    )
    text = regex.sub(
        r"\b(en|ett|sex)(?=\s+" + _TIME_UNIT + r"\b)",
        lambda m: str(_AMBIGUOUS_NUMBERS[m.group(1)]), text,
    )
    text = regex.sub(r"\b(\d+)\s+\1\b", r"\1", text)  # "7 7 års" from "sju (7) års"
    return regex.sub(r"[ \t]+", " ", text)


def stem(word: str) -> str:
    """A light Swedish stem: the longest common inflection ending stripped (stem >= 4 letters)."""
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            return word[: -len(suf)]
    return word


# ------------------------------------------------------------------------ level features

_YEARS_RX = regex.compile(
    r"(\d+)\s*(?:\+|-\s*\d+|–\s*\d+|\s*till\s*\d+)?\s*(?:års|år|årig|åriga)\b"
)
# Years count as experience only with a cue ("erfarenhet", "arbetat i minst 3 år", "3+ år"),
# not in "mellan 20 och 35 år" (an age) or "barn i åldern 1–5 år".
_YEARS_CUE = regex.compile(
    r"erfaren|\+\s*år|år\s+(?:inom|av|som|i|med)\b|(?:arbetat|jobbat|verkat)\b.*\b\d+\s*år"
    r"|\b(?:i|under)\s+(?:minst\s+)?\d+\s*år\b"
    r"|^(?:minst\s+|över\s+)?\d+\s*\+?\s*(?:års|år)\b"  # a requirement that is only "tre år"
)
_CEFR_RX = regex.compile(r"(?<![\p{L}\p{N}-])([abc][12])(?![\p{L}\p{N}])", regex.IGNORECASE)
_LANGUAGES = (
    "svenska", "engelska", "finska", "tyska", "franska", "spanska", "arabiska", "norska",
    "danska", "ryska", "polska", "somaliska", "persiska", "kinesiska", "italienska",
    "teckenspråk", "meänkieli", "samiska", "romani", "jiddisch", "turkiska", "tigrinja",
)
_LANG_RX = regex.compile(r"\b(" + "|".join(_LANGUAGES) + r")\b")
_LICENCE_CLASSES = ("AM", "A1", "A2", "A", "BE", "B96", "B", "C1E", "C1", "CE", "C", "D1E", "D1", "DE", "D")
_CLASS = r"(?:" + "|".join(_LICENCE_CLASSES) + r")"
_LIC_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(" + _CLASS + r")\s*-\s*körkort", regex.IGNORECASE)
_LIC_AFTER = regex.compile(
    r"körkort\w*\s*(?:\(|,|:)?\s*(?:av\s+)?(?:typ|klass|behörighet)?\s*(?:för\s+)?(" + _CLASS
    + r")(?![\p{L}\p{N}])", regex.IGNORECASE,
)
_LIC_SHORT = regex.compile(r"(?<![\p{L}\p{N}])(" + _CLASS + r")-kort(?:et)?\b", regex.IGNORECASE)
_LIC_WORDS = (
    (regex.compile(r"\btung\w*\s+lastbil|\blastbil\w*\s+med\s+släp", regex.IGNORECASE), "CE"),
    (regex.compile(r"\bpersonbil", regex.IGNORECASE), "B"),
    (regex.compile(r"\blätt\w*\s+lastbil", regex.IGNORECASE), "C1"),
    (regex.compile(r"\blastbil", regex.IGNORECASE), "C"),
    (regex.compile(r"\bbuss", regex.IGNORECASE), "D"),
)
_EDUCATION = (
    (regex.compile(r"\b(?:master|magister|civilingenjör|civilekonom|läkarexamen|psykologexamen|"
                   r"avancerad\s+nivå)", regex.IGNORECASE), 4, "master- eller magisterexamen"),
    (regex.compile(r"\b(?:högskol|universitet|akademisk|kandidat|fil\.?\s*kand|högskoleingenjör|"
                   r"socionom|sjuksköterskeexamen|lärarexamen|förskollärarexamen|eftergymnasial\s+"
                   r"utbildning\s+om\s+minst\s+3)", regex.IGNORECASE), 3, "högskoleexamen"),
    (regex.compile(r"\b(?:yrkeshögskol|yh\b|kvalificerad\s+yrkesutbildning|eftergymnasial)",
                   regex.IGNORECASE), 2, "yrkeshögskoleexamen"),
    (regex.compile(r"\b(?:gymnasie|gymnasial)", regex.IGNORECASE), 1, "gymnasieexamen"),
)


@dataclass(frozen=True)
class Levels:
    """The canonical levels one requirement states (None: not stated)."""

    years: Optional[int] = None
    language: Optional[str] = None  # "svenska"
    cefr: Optional[str] = None  # "B2"; "flytande" counts as no level
    licence: bool = False
    licence_class: Optional[str] = None
    education: Optional[int] = None  # 1 gymnasie, 2 yrkeshögskola, 3 högskola, 4 master


def levels(text: str) -> Levels:
    """Read the canonical levels of a requirement's text."""
    norm = normalise(text)
    m = _YEARS_RX.search(norm)
    years = int(m.group(1)) if m and _YEARS_CUE.search(norm) else None
    if years is not None and years > 40:
        years = None
    lang = _LANG_RX.search(norm)
    cefr = _CEFR_RX.search(text) if lang or "språk" in norm or "gers" in norm or "cefr" in norm else None
    short = _LIC_SHORT.search(text)
    licence = "körkort" in norm or short is not None
    cls = None
    if licence:
        found = _LIC_BEFORE.search(text) or _LIC_AFTER.search(text) or short
        if found:
            cls = found.group(1).upper()
        else:
            for rx, value in _LIC_WORDS:
                if rx.search(text):
                    cls = value
                    break
    education = None
    for rx, value, _label in _EDUCATION:
        if rx.search(text):
            education = value
            break
    return Levels(
        years=years,
        language=lang.group(1) if lang else None,
        cefr=cefr.group(1).upper() if cefr else None,
        licence=licence,
        licence_class=cls,
        education=education,
    )


EDUCATION_LABELS = {value: label for _rx, value, label in _EDUCATION}


# ------------------------------------------------------------------------ requirement sides


@dataclass(frozen=True)
class Side:
    """One requirement as compared: the engine's Requirement plus what compare reads from it."""

    index: int
    text: str
    start: int
    end: int
    kind: str
    location: str
    screenable: bool
    grounds: tuple[str, ...]
    codes: tuple[str, ...]
    levels: Levels = field(default_factory=Levels)

    def to_json(self) -> dict:
        return {
            "id": self.index, "text": self.text, "start": self.start, "end": self.end,
            "kind": self.kind, "location": self.location, "screenable": self.screenable,
            "grounds": list(self.grounds), "codes": list(self.codes),
        }


def _features(side: Side) -> dict[str, float]:
    """Weighted tokens of a requirement: stems of content words plus canonical features."""
    norm = normalise(side.text)
    out: dict[str, float] = {}
    for w in _WORD_RX.findall(norm):
        if w in _STOP or w.isdigit() or len(w) < 2:
            continue
        if side.levels.licence_class and w.lower() == side.levels.licence_class.lower():
            continue
        if side.levels.cefr and w == side.levels.cefr.lower():
            continue
        s = stem(_SYNONYMS.get(w, w))
        weight = _GENERIC_WEIGHT if w in _GENERIC or s in _GENERIC_STEMS else 1.0
        out[s] = max(out.get(s, 0.0), weight)
    lv = side.levels
    if lv.licence:
        out["§körkort"] = _FEATURE_WEIGHT
    if lv.education is not None or _EDUCATED.search(norm):
        out["§utbildning"] = _FEATURE_WEIGHT
    for g in side.grounds:
        out["§grund:" + g] = 0.5
    return out


_GENERIC_STEMS = frozenset(stem(w) for w in _GENERIC)
# Abbreviations and variants written out, before stemming.
_SYNONYMS = {"yh": "yrkeshögskola", "univ": "universitet", "gymnasiet": "gymnasium"}
# A requirement about education (with or without a level): "utbildad undersköterska", "examen".
_EDUCATED = regex.compile(r"\butbildad\b|examen\b|\butbildning\b")


def _match(a: str, b: str) -> float:
    """How well two stems match: 1 the same, 0.8 a shared compound part or long prefix."""
    if a == b:
        return 1.0
    if a.startswith("§") or b.startswith("§"):
        return 0.0
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 4 and (long_.startswith(short) or long_.endswith(short)):
        return 0.8
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    if n >= 5:
        return 0.7
    return 0.0


def similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """Soft weighted Dice overlap of two feature sets (0..1)."""
    if not a or not b:
        return 0.0
    total = sum(a.values()) + sum(b.values())
    got = 0.0
    for x, wx in a.items():
        got += wx * max((_match(x, y) for y in b), default=0.0)
    for y, wy in b.items():
        got += wy * max((_match(y, x) for x in a), default=0.0)
    return got / total


# ------------------------------------------------------------------------ results


@dataclass(frozen=True)
class Drift:
    """One difference between aligned requirements (or between the documents)."""

    type: str  # kind | years | language | licence | education | ground
    profile: Optional[str]  # the profile's value, in words ("ska-krav", "3 år", "B2", …)
    ad: Optional[str]
    message: str  # Swedish, one line

    def to_json(self) -> dict:
        return {"type": self.type, "profile": self.profile, "ad": self.ad, "message": self.message}


@dataclass(frozen=True)
class Pair:
    """Two aligned requirements, their score and what changed between them."""

    profile: Side
    ad: Side
    score: float
    drifts: tuple[Drift, ...] = ()

    def to_json(self) -> dict:
        return {
            "profile": self.profile.index, "ad": self.ad.index, "score": round(min(1.0, self.score), 3),
            "drifts": [d.to_json() for d in self.drifts],
        }


@dataclass(frozen=True)
class Comparison:
    """What ``compare`` found. ``deviations`` is the number the verdict counts."""

    profile_path: str
    ad_path: str
    profile: tuple[Side, ...]
    ad: tuple[Side, ...]
    pairs: tuple[Pair, ...]
    only_profile: tuple[Side, ...]  # in the profile, not in the ad
    only_ad: tuple[Side, ...]  # in the ad, not in the profile
    document_drifts: tuple[Drift, ...]  # discrimination grounds in one document only
    # The documents' extracted text (what the sides' offsets index), for line numbers and views.
    profile_text: str = field(default="", repr=False, compare=False)
    ad_text: str = field(default="", repr=False, compare=False)
    profile_format: str = field(default="text", repr=False, compare=False)  # "text" | "docx" | "doc"
    ad_format: str = field(default="text", repr=False, compare=False)

    @property
    def drifts(self) -> list[tuple[Pair, Drift]]:
        return [(p, d) for p in self.pairs for d in p.drifts]

    def counts(self) -> dict[str, int]:
        """How many deviations of each sort (the verdict's figures)."""
        drifts = [d for _p, d in self.drifts]
        return {
            "missing": len(self.only_profile),
            "added": len(self.only_ad),
            "kind": sum(1 for d in drifts if d.type == "kind"),
            "level": sum(1 for d in drifts if d.type in LEVEL_TYPES),
            "ground": sum(1 for d in drifts if d.type == "ground") + len(self.document_drifts),
        }

    @property
    def deviations(self) -> int:
        return sum(self.counts().values())

    def verdict(self) -> str:
        """One Swedish line a recruiter reads in five seconds."""
        c = self.counts()
        n = sum(c.values())
        if not self.profile and not self.ad:
            return "Inga krav hittades i någon av filerna"
        if n == 0:
            return "Annonsen följer kravprofilen"
        parts = []
        if c["missing"]:
            parts.append(f"{c['missing']} krav saknas i annonsen")
        if c["added"]:
            parts.append(f"{c['added']} krav finns bara i annonsen")
        if c["kind"]:
            parts.append(f"{c['kind']} krav har bytt typ (skall/meriterande)")
        if c["level"]:
            parts.append(f"{c['level']} {'nivå har' if c['level'] == 1 else 'nivåer har'} ändrats")
        if c["ground"]:
            parts.append(f"{c['ground']} {'skillnad' if c['ground'] == 1 else 'skillnader'} i diskrimineringsrisk")
        return f"{n} {'avvikelse' if n == 1 else 'avvikelser'}: " + ", ".join(parts)

    def to_json(self) -> dict:
        return {
            "schema": 1,
            "verdict": self.verdict(),
            "deviations": self.deviations,
            "counts": self.counts(),
            "profile": {"path": self.profile_path, "requirements": [s.to_json() for s in self.profile]},
            "ad": {"path": self.ad_path, "requirements": [s.to_json() for s in self.ad]},
            "pairs": [p.to_json() for p in self.pairs],
            "only_profile": [s.index for s in self.only_profile],
            "only_ad": [s.index for s in self.only_ad],
            "document_drifts": [d.to_json() for d in self.document_drifts],
        }


LEVEL_TYPES = ("years", "language", "licence", "education")


# ------------------------------------------------------------------------ compare


def _grounds_in(report: Report, start: int, end: int) -> tuple[str, ...]:
    grounds = {
        f.ground for f in report.findings
        if f.category == "discrimination" and f.ground and f.start < end and start < f.end
    }
    return tuple(sorted(grounds))


def _sides(report: Report) -> tuple[Side, ...]:
    out = []
    for i, r in enumerate(report.requirements):
        out.append(_side(report, i, r))
    return tuple(out)


def _side(report: Report, i: int, r: Requirement) -> Side:
    codes = {
        f.code for f in report.findings if f.start < r.end and r.start < f.end
    } | set(r.codes)
    return Side(
        index=i, text=r.text.strip(), start=r.start, end=r.end, kind=r.kind,
        location=r.location, screenable=r.screenable, grounds=_grounds_in(report, r.start, r.end),
        codes=tuple(sorted(codes)), levels=levels(r.text),
    )


def align(profile: tuple[Side, ...], ad: tuple[Side, ...], threshold: float = THRESHOLD) -> list[tuple[Side, Side, float]]:
    """One-to-one alignment: all pairs scored, then taken greedily best first above threshold."""
    fp = [_features(s) for s in profile]
    fa = [_features(s) for s in ad]
    scored = []
    for i, a in enumerate(fp):
        for j, b in enumerate(fa):
            score = similarity(a, b)
            score += _level_bonus(profile[i].levels, ad[j].levels)
            if score >= threshold:
                scored.append((score, -abs(i - j), i, j))
    scored.sort(reverse=True)
    used_p: set[int] = set()
    used_a: set[int] = set()
    pairs = []
    for score, _d, i, j in scored:
        if i in used_p or j in used_a:
            continue
        used_p.add(i)
        used_a.add(j)
        pairs.append((profile[i], ad[j], score))
    pairs.sort(key=lambda p: p[0].index)
    return pairs


def _level_bonus(a: Levels, b: Levels) -> float:
    """A little extra when the same level features are stated (both give years, both a class)."""
    bonus = 0.0
    if a.years is not None and b.years is not None:
        bonus += 0.05
    if a.language and a.language == b.language:
        bonus += 0.05
    if a.licence_class and a.licence_class == b.licence_class:
        bonus += 0.05
    return bonus


def _years(n: Optional[int]) -> Optional[str]:
    return None if n is None else f"{n} år"


def level_drifts(p: Levels, a: Levels) -> list[Drift]:
    """What changed between the levels of two aligned requirements."""
    out = []
    if p.years != a.years and (p.years is not None or a.years is not None):
        if p.years is not None and a.years is not None:
            msg = f"Erfarenhetskravet har ändrats från {p.years} till {a.years} år"
        elif p.years is not None:
            msg = f"Kravprofilens {p.years} års erfarenhet anges inte i annonsen"
        else:
            msg = f"Annonsen kräver {a.years} års erfarenhet; kravprofilen anger ingen tid"
        out.append(Drift("years", _years(p.years), _years(a.years), msg))
    if (p.language and a.language and p.language == a.language or not (p.language and a.language)) \
            and p.cefr != a.cefr:
        lang = p.language or a.language or "språket"
        if p.cefr and a.cefr:
            msg = f"Nivån i {lang} har ändrats från {p.cefr} till {a.cefr}"
        elif p.cefr:
            msg = f"Kravprofilens nivå {p.cefr} i {lang} anges inte i annonsen"
        else:
            msg = f"Annonsen kräver nivå {a.cefr} i {lang}; kravprofilen anger ingen nivå"
        out.append(Drift("language", p.cefr, a.cefr, msg))
    if p.licence and a.licence and p.licence_class != a.licence_class and p.licence_class and a.licence_class:
        out.append(Drift(
            "licence", p.licence_class, a.licence_class,
            f"Körkortsbehörigheten har ändrats från {p.licence_class} till {a.licence_class}",
        ))
    elif p.licence_class and a.licence and not a.licence_class or a.licence_class and p.licence and not p.licence_class:
        shown = p.licence_class or a.licence_class
        where = "annonsen" if p.licence_class else "kravprofilen"
        out.append(Drift(
            "licence", p.licence_class, a.licence_class,
            f"Behörighet {shown} anges inte i {where}",
        ))
    if p.education != a.education and (p.education is not None and a.education is not None):
        pe, ae = EDUCATION_LABELS[p.education], EDUCATION_LABELS[a.education]
        out.append(Drift("education", pe, ae, f"Utbildningsnivån har ändrats från {pe} till {ae}"))
    return out


def _ground_words(grounds) -> str:
    return ", ".join(GROUND_LABELS.get(g, g) for g in grounds)


def pair_drifts(p: Side, a: Side) -> list[Drift]:
    """Kind, level and discrimination-ground drift of two aligned requirements."""
    out = []
    if p.kind != a.kind:
        out.append(Drift(
            "kind", KIND_LABELS.get(p.kind, p.kind), KIND_LABELS.get(a.kind, a.kind),
            f"{KIND_LABELS.get(p.kind, p.kind).capitalize()} i kravprofilen men "
            f"{KIND_LABELS.get(a.kind, a.kind)} i annonsen",
        ))
    out.extend(level_drifts(p.levels, a.levels))
    # A licence is its own proxy (disability, age): "B-körkort" and "körkort för personbil" ask
    # for the same thing whether or not the lexicon flags both wordings.
    same = set(_LICENCE_PROXY_GROUNDS) if p.levels.licence and a.levels.licence else set()
    added = [g for g in a.grounds if g not in p.grounds and g not in same]
    removed = [g for g in p.grounds if g not in a.grounds and g not in same]
    if added:
        out.append(Drift(
            "ground", None, ",".join(added),
            f"Annonsens formulering riskerar diskriminering ({_ground_words(added)}); "
            "kravprofilens gör det inte",
        ))
    if removed:
        out.append(Drift(
            "ground", ",".join(removed), None,
            f"Kravprofilens formulering riskerar diskriminering ({_ground_words(removed)}); "
            "annonsens gör det inte",
        ))
    return out


_LICENCE_PROXY_GROUNDS = ("disability", "age")


def _requirement_grounds(sides: tuple[Side, ...]) -> set[str]:
    """Grounds of the requirements, without the proxy grounds of a driving licence."""
    out: set[str] = set()
    for s in sides:
        out.update(g for g in s.grounds if not (s.levels.licence and g in _LICENCE_PROXY_GROUNDS))
    return out


def _outside_grounds(report: Report) -> set[str]:
    """Discrimination grounds of findings outside every requirement of the report."""
    spans = [(r.start, r.end) for r in report.requirements]
    return {
        f.ground for f in report.findings
        if f.category == "discrimination" and f.ground
        and not any(f.start < e and s < f.end for s, e in spans)
    }


def compare(profile_report: Report, ad_report: Report, threshold: float = THRESHOLD) -> Comparison:
    """Align the requirements of a kravprofil and an ad and report what differs."""
    profile = _sides(profile_report)
    ad = _sides(ad_report)
    aligned = align(profile, ad, threshold)
    pairs = tuple(Pair(p, a, s, tuple(pair_drifts(p, a))) for p, a, s in aligned)
    used_p = {p.profile.index for p in pairs}
    used_a = {p.ad.index for p in pairs}
    # Risks outside the requirements (the intro, "vi söker en ung …") that the other document
    # has nowhere; risks inside requirements are told with the pair or with the unpaired
    # requirement. A licence's proxy risk (age, disability) is no "ung" in the other document.
    po, ao = _outside_grounds(profile_report), _outside_grounds(ad_report)
    pall, aall = po | _requirement_grounds(profile), ao | _requirement_grounds(ad)
    doc = []
    for g in sorted(ao - pall):
        doc.append(Drift("ground", None, g,
                         f"Annonsen riskerar diskriminering ({GROUND_LABELS.get(g, g)}) utanför kraven; "
                         "kravprofilen gör det inte"))
    for g in sorted(po - aall):
        doc.append(Drift("ground", g, None,
                         f"Kravprofilen riskerar diskriminering ({GROUND_LABELS.get(g, g)}) utanför kraven; "
                         "annonsen gör det inte"))
    return Comparison(
        profile_path=profile_report.path,
        ad_path=ad_report.path,
        profile=profile,
        ad=ad,
        pairs=pairs,
        only_profile=tuple(s for s in profile if s.index not in used_p),
        only_ad=tuple(s for s in ad if s.index not in used_a),
        document_drifts=tuple(doc),
        profile_text=profile_report.document.text if profile_report.document else "",
        ad_text=ad_report.document.text if ad_report.document else "",
        profile_format=profile_report.document.source_format if profile_report.document else "text",
        ad_format=ad_report.document.source_format if ad_report.document else "text",
    )
