"""The 98 Swedish ads of ../shared/corpora/job-ads compared with kravprofiler derived from them.

For every ad the test writes a kravprofil from the requirements the engine finds in it, with
changes planted on purpose: one requirement dropped (the ad then has one the profile lacks), one
added (the profile has one the ad lacks), one flipped between ska-krav and meriterande, and the
years of experience changed where a requirement states them. Every planted change must be
reported, and the requirements left as they were must be aligned with themselves. Skipped when
../shared is absent.
"""

from __future__ import annotations

import json
import re

import pytest

from hirelint.compare import compare, levels
from hirelint.model import Document

# Requirements that no real ad in the corpus asks for (each profile gets one, in turn).
ADDED = (
    "Certifikat för svetsning enligt SS-EN ISO 9606-1",
    "Erfarenhet av hovslageri",
    "Kunskaper i isländska",
    "Behörighet för dykarbete enligt AFS 2010:16",
    "Minst två års erfarenhet av pianostämning",
    "Licens för drönarflygning i kategori A2",
)


_YEARS = re.compile(
    r"\b(?:\d+|ett|en|två|tre|fyra|fem|sex|sju|åtta|nio|tio)(?=\s*(?:\(\d+\)\s*)?(?:\+\s*)?(?:års|år)\b)",
    re.IGNORECASE,
)


def _ads(shared):
    path = shared / "corpora" / "job-ads" / "ads.jsonl"
    if not path.is_file():
        pytest.skip("the job-ads corpus is not in ../shared")
    with open(path, encoding="utf-8") as fh:
        ads = [json.loads(line) for line in fh if line.strip()]
    return [a for a in ads if a.get("lang") == "sv"]


def _one_line(text: str) -> str:
    return " ".join(text.split()).strip(" -•*–")


def _kind_in_section(linter, text: str, kind: str) -> str | None:
    """The kind the engine gives ``text`` as the only item of a "Ska-krav"/"Meriterande" list."""
    head = "Ska-krav:" if kind == "must" else "Meriterande:"
    reqs = linter.lint(Document.from_text(f"Kravprofil\n\n{head}\n- {text}\n")).requirements
    return reqs[0].kind if len(reqs) == 1 else None


def derive(ad_report, n: int, linter) -> tuple[str, dict]:
    """A kravprofil (text) from an ad's requirements with planted changes, and what was planted.

    The kind is flipped on the first requirement whose own words do not fix its kind ("… är
    meriterande", "ett krav är …" stay what they say under any heading)."""
    reqs = [_one_line(r.text) for r in ad_report.requirements]
    kinds = [r.kind for r in ad_report.requirements]
    planted = {"dropped": None, "added": ADDED[n % len(ADDED)], "flipped": None, "years": None}
    items = []  # (text, kind, ad index or None)
    for i, (text, kind) in enumerate(zip(reqs, kinds)):
        if i == 1 and len(reqs) >= 3:
            planted["dropped"] = i
            continue
        flipped = "merit" if kind == "must" else "must"
        if planted["flipped"] is None and _kind_in_section(linter, text, flipped) == flipped:
            kind = flipped
            planted["flipped"] = i
        elif planted["years"] is None and levels(text).years is not None:
            years = levels(text).years
            changed = _YEARS.sub(str(years + 2), text, count=1)
            if changed != text and levels(changed).years == years + 2:
                text = changed
                planted["years"] = i
        items.append((text, kind, i))
    if planted["years"] is None:
        # No years to change: the profile asks for years of experience the ad leaves out.
        for k, (text, kind, i) in enumerate(items):
            if i == planted["flipped"] or levels(text).years is not None:
                continue
            changed = re.sub(r"\b([Ee])rfarenhet\b", lambda m: ("M" if m.group(1) == "E" else "m")
                             + "inst tre års erfarenhet", text, count=1)
            if changed != text and levels(changed).years == 3:
                items[k] = (changed, kind, i)
                planted["years"] = i
                break
    items.append((planted["added"], "must", None))
    lines = ["Kravprofil", "", "Ska-krav:"]
    lines += [f"- {t}" for t, k, _ in items if k == "must"]
    lines += ["", "Meriterande:"]
    lines += [f"- {t}" for t, k, _ in items if k == "merit"]
    return "\n".join(lines) + "\n", planted


def test_planted_changes_are_reported(shared, linter):
    ads = _ads(shared)
    assert len(ads) >= 90
    misses = []
    checked = {"dropped": 0, "added": 0, "flipped": 0, "years": 0, "kept": 0}
    wrong_kept = []
    for n, ad in enumerate(ads):
        ad_report = linter.lint(Document.from_text(ad["text"], ad["id"]))
        profile_text, planted = derive(ad_report, n, linter)
        profile_report = linter.lint(Document.from_text(profile_text, f"profil-{ad['id']}"))
        c = compare(profile_report, ad_report)
        pairs_by_ad = {p.ad.index: p for p in c.pairs}
        only_ad = {s.index for s in c.only_ad}
        added = [s for s in c.only_profile if planted["added"].lower() in s.text.lower()]
        checked["added"] += 1
        if not added:
            misses.append(f"{ad['id']}: added requirement not reported: {planted['added']}")
        if planted["dropped"] is not None:
            checked["dropped"] += 1
            if planted["dropped"] not in only_ad:
                misses.append(f"{ad['id']}: dropped requirement not reported: "
                              f"{ad_report.requirements[planted['dropped']].text!r}")
        if planted["flipped"] is not None:
            checked["flipped"] += 1
            p = pairs_by_ad.get(planted["flipped"])
            if p is None or "kind" not in {d.type for d in p.drifts}:
                misses.append(f"{ad['id']}: kind drift not reported: "
                              f"{ad_report.requirements[planted['flipped']].text!r}")
        if planted["years"] is not None:
            checked["years"] += 1
            p = pairs_by_ad.get(planted["years"])
            if p is None or "years" not in {d.type for d in p.drifts}:
                misses.append(f"{ad['id']}: years drift not reported: "
                              f"{ad_report.requirements[planted['years']].text!r}")
        # Requirements left alone are aligned with themselves.
        for p in c.pairs:
            checked["kept"] += 1
            if _one_line(p.profile.text).lower() not in _one_line(ad_report.requirements[p.ad.index].text).lower() \
                    and p.ad.index != planted["years"] and p.ad.index != planted["flipped"]:
                wrong_kept.append(f"{ad['id']}: {p.profile.text!r} <-> {p.ad.text!r}")
    print("planted and reported:", checked)
    assert not misses, "\n".join(misses)
    assert not wrong_kept, "\n".join(wrong_kept)
    assert checked["dropped"] >= 20 and checked["flipped"] >= 20 and checked["years"] >= 10, checked
