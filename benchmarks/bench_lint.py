"""hirelint's benchmark: throughput, cold start, peak memory and re-lint time.

    python benchmarks/bench_lint.py [--words 100000] [--skip-alex]

Every figure is printed with a baseline measured in the same run, so a slower or faster machine
shows in both:
- throughput (words/s) on >= 100k words of the Swedish ads in ../shared, against alex
  (npm alex@11, installed into benchmarks/node_modules on first use) on >= 100k words of the
  English ads of the same file, and against a plain regex tokeniser over the same Swedish text;
- CLI cold start for one short file, against `python -c pass`;
- peak memory (RSS) of a CLI run over the whole corpus;
- re-linting one edited paragraph of a 600-word ad in a warm linter.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
ADS = REPO.parent / "shared" / "corpora" / "job-ads" / "ads.jsonl"


def load_ads(lang: str) -> list[str]:
    out = []
    with open(ADS, encoding="utf-8") as fh:
        for line in fh:
            ad = json.loads(line)
            if ad["lang"] == lang:
                out.append(ad["text"])
    return out


def repeat_to(texts: list[str], words: int) -> list[str]:
    """Repeat the corpus until it holds at least ``words`` words."""
    out, n = [], 0
    while n < words:
        for t in texts:
            out.append(t)
            n += len(t.split())
            if n >= words:
                break
    return out


def count_words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def bench_hirelint(texts: list[str]) -> tuple[float, int, object]:
    from hirelint.engine import Linter
    from hirelint.model import Document

    linter = Linter.default()
    start = time.perf_counter()
    linter.ruleset.compile_all()  # one-off, as a long-running worker does at start
    linter.nlp.pipeline  # noqa: B018 - the spaCy pipeline loads once, too
    compile_s = time.perf_counter() - start
    linter.lint(Document.from_text("Vi söker dig som är ung och har körkort."))  # load the rest once
    docs = [Document.from_text(t) for t in texts]
    start = time.perf_counter()
    findings = 0
    for d in docs:
        linter._memo.clear()  # repeated ads must not be served from the paragraph cache
        findings += len(linter.lint(d).findings)
    return time.perf_counter() - start, findings, linter, compile_s


def bench_tokeniser(texts: list[str]) -> float:
    word = re.compile(r"\w+")
    start = time.perf_counter()
    for t in texts:
        set(word.findall(t.lower()))
    return time.perf_counter() - start


def ensure_alex() -> bool:
    if (HERE / "node_modules" / "alex").is_dir():
        return True
    if not shutil.which("npm"):
        return False
    proc = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", str(HERE), "alex@11"],
                          capture_output=True, text=True)
    return proc.returncode == 0


def bench_alex(texts: list[str]) -> dict | None:
    if not shutil.which("node") or not ensure_alex():
        return None
    proc = subprocess.run(["node", str(HERE / "alex_bench.mjs")], input=json.dumps(texts),
                          capture_output=True, text=True, cwd=HERE)
    if proc.returncode != 0:
        print("alex misslyckades:", proc.stderr[:500], file=sys.stderr)
        return None
    return json.loads(proc.stdout)


def timed_runs(cmd: list[str], n: int, cwd: Path) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, cwd=cwd)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_rss_mb(cmd: list[str], cwd: Path) -> float:
    code = (
        "import resource, subprocess, sys;"
        f"subprocess.run({cmd!r}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd)
    return int(out.stdout.strip()) / 1024


def bench_relint(linter, sv_texts: list[str]) -> tuple[float, float, int]:
    from hirelint.model import Document

    # Build a 600-word ad of paragraphs from real ads.
    sentences = [s for t in sv_texts[:20] for s in re.split(r"(?<=[.!?])\s+", t) if len(s.split()) > 4]
    paragraphs, words, i = [], 0, 0
    while words < 600:
        para = " ".join(sentences[i:i + 3])
        paragraphs.append(para)
        words += len(para.split())
        i += 3
    paragraphs[3] += " Vi söker dig som är ung och stresstålig."
    base = "\n\n".join(paragraphs)
    linter._memo.clear()
    start = time.perf_counter()
    linter.lint(Document.from_text(base))
    full = time.perf_counter() - start
    times = []
    for k in range(50):
        edited = list(paragraphs)
        edited[5] = edited[5] + f" Du har lång erfarenhet av område {k}."
        doc = Document.from_text("\n\n".join(edited))
        start = time.perf_counter()
        linter.lint(doc)
        times.append(time.perf_counter() - start)
    return full, statistics.median(times), words


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--skip-alex", action="store_true")
    args = ap.parse_args()
    if not ADS.exists():
        print(f"saknar {ADS}", file=sys.stderr)
        return 2

    sv = repeat_to(load_ads("sv"), args.words)
    en = repeat_to(load_ads("en"), args.words)
    sv_words, en_words = count_words(sv), count_words(en)
    print(f"korpus: {sv_words} svenska ord ({len(sv)} annonser), {en_words} engelska ord ({len(en)} annonser)")

    secs, findings, linter, compile_s = bench_hirelint(sv)
    wps = sv_words / secs
    tok = bench_tokeniser(sv)
    print(f"hirelint:   {wps:10,.0f} ord/s  ({secs:.2f} s, {findings} fynd, pipeline: {linter.nlp.name}, "
          f"{len(linter.nlp._cache)} meningar analyserade; regler och språkmodell laddade i förväg på {compile_s:.2f} s)")
    print(f"baslinje regex-tokenisering: {sv_words / tok:10,.0f} ord/s  (hirelint = {tok / secs:.3f} × baslinjen)")
    if not args.skip_alex:
        alex = bench_alex(en)
        if alex:
            awps = alex["words"] / alex["seconds"]
            print(f"alex@11:    {awps:10,.0f} ord/s  ({alex['seconds']:.2f} s, {alex['messages']} meddelanden)")
            print(f"hirelint / alex = {wps / awps:.2f}×  (mål ≥ 1.0×)")
        else:
            print("alex: kunde inte köras (node/npm saknas?)")

    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        short = REPO / "examples" / "kravprofil-lagerarbetare.txt"
        cli = [sys.executable, "-m", "hirelint", "lint", "--no-config", str(short)]
        base = timed_runs([sys.executable, "-c", "pass"], 5, tmpdir)
        cold = timed_runs(cli, 5, tmpdir)
        print(f"kallstart CLI, en kort fil: {cold:.2f} s median av 5 (python -c pass: {base:.2f} s; mål ≤ 1,5 s)")
        corpus_dir = tmpdir / "ads"
        corpus_dir.mkdir()
        for i, t in enumerate(sv):
            (corpus_dir / f"ad{i:04d}.txt").write_text(t, encoding="utf-8")
        rss = peak_rss_mb([sys.executable, "-m", "hirelint", "lint", "--no-config", str(corpus_dir)], tmpdir)
        rss_base = peak_rss_mb([sys.executable, "-c", "import spacy"], tmpdir)
        print(f"toppminne CLI över hela korpusen: {rss:.0f} MB (import spacy ensam: {rss_base:.0f} MB; mål ≤ 400 MB)")

    full, relint, words = bench_relint(linter, load_ads("sv"))
    print(f"omgranskning efter ändring i ett stycke av en {words}-ordsannons: {relint * 1000:.1f} ms median "
          f"(hela annonsen kall: {full * 1000:.1f} ms; mål ≤ 20 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
