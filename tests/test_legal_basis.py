"""Legal references checked against the statutes as published (SFS 2008:567 Diskrimineringslag,
SFS 1995:584 Föräldraledighetslag): every reference in lexicons/legal.yaml and in the rules'
explanations exists, the general age exception is cited as 2 kap. 2 § 4 p. (3 p. is about
pension age), and each rule's explanation agrees with its legal basis on direct or indirect."""

from __future__ import annotations

import regex

from hirelint.rules.ruleset import load_ruleset

# (chapter, section) -> number of numbered points in SFS 2008:567 as published (None: no points).
DL = {
    (1, 1): None, (1, 2): None, (1, 3): None,
    (1, 4): 6,  # direkt, indirekt, bristande tillgänglighet, trakasserier, sexuella trakasserier, instruktioner
    (1, 5): 6,  # the grounds defined
    (2, 1): None,
    (2, 2): 4,  # 1 yrkeskrav, 2 jämställdhet, 3 pensionsålder m.m., 4 ålder med berättigat syfte
    (6, 3): None,
}
_REF = regex.compile(r"(\d+) kap\. (\d+)(?:–(\d+))? §(?:§)?(?: (\d+)(?:–(\d+))? p\.)?")


def _check_refs(text: str, where: str) -> list[str]:
    problems = []
    if "1995:584" in text and "16 §" not in text:
        problems.append(f"{where}: föräldraledighetslagen utan 16 §")
    for m in _REF.finditer(text):
        chap, sec, sec2, p1, p2 = m.groups()
        for s in filter(None, (sec, sec2)):
            key = (int(chap), int(s))
            if key not in DL:
                problems.append(f"{where}: okänd paragraf {m.group(0)!r}")
                continue
            points = DL[key]
            for p in filter(None, (p1, p2)):
                if points is None or int(p) > points:
                    problems.append(f"{where}: {m.group(0)!r} har ingen sådan punkt")
    return problems


def test_every_legal_key_cites_existing_provisions():
    rs = load_ruleset()
    problems = []
    for key, text in rs.tables.legal.items():
        problems += _check_refs(text, key)
    assert not problems, "\n".join(problems)


def test_every_rule_explanation_cites_existing_provisions():
    problems = []
    for r in load_ruleset().rules:
        problems += _check_refs(r.why, r.code)
    assert not problems, "\n".join(problems)


def test_age_exception_is_point_4():
    rs = load_ruleset()
    for r in rs.rules:
        if r.ground == "age":
            for text in (r.why, r.legal):
                assert "2 kap. 2 § 3" not in text, r.code


def _direct_in(text: str) -> bool:
    return bool(regex.search(r"(?<!in)direkt diskriminering|särbehandl", text.lower()))


def test_why_agrees_with_legal_basis_on_direct_or_indirect():
    problems = []
    for r in load_ruleset().rules:
        if r.category != "discrimination":
            continue
        why, legal = r.why.lower(), r.legal.lower()
        legal_indirect = "4 § 2 p" in legal or "1–2 p" in legal or "1–3 p" in legal or "indirekt" in legal
        legal_direct = "4 § 1 p" in legal or "1–2 p" in legal or "1–3 p" in legal or bool(
            regex.search(r"(?<!in)direkt", legal)
        )
        if "indirekt" in why and not legal_indirect:
            problems.append(f"{r.code}: förklaringen säger indirekt, rättslig grund inte")
        if _direct_in(why) and "indirekt eller direkt" not in why and "direkt eller indirekt" not in why and not legal_direct:
            problems.append(f"{r.code}: förklaringen säger direkt, rättslig grund inte")
    assert not problems, "\n".join(problems)
