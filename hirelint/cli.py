"""The ``hirelint`` command line.

    hirelint lint PATH... [--format text|json] [--min-severity info|warning|error]
                  [--annotate OUTDIR [--track-changes]] [--xlsx FILE] [--force] [--jobs N]
    hirelint matrix FILE [--xlsx urvalsmatris.xlsx] [--force]
    hirelint questions FILE [--format text|json|docx] [-o FILE] [--force]
    hirelint rules [--format table|md|json]
    hirelint explain CODE
    hirelint test-lexicon FILE...
    hirelint compare KRAVPROFIL ANNONS [--format text|json|xlsx|docx] [--output FILE] [--force]
    hirelint gui [FILE]

Exit codes: 0 no findings at or above the threshold; 1 findings; 2 a usage error or an input
that could not be read (the other inputs are still linted and reported). ``compare``: 0 the ad
follows the profile, 1 deviations, 2 an input that could not be read or an output not written.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
from dataclasses import replace
from pathlib import Path
from typing import Optional, Sequence

from hirelint import __version__
from hirelint.config import Config, ConfigError, find_config, load_config
from hirelint.document import InputError, iter_inputs, read_document
from hirelint.document.plaintext import MAX_TEXT_BYTES, decode_text, looks_binary, normalise
from hirelint.engine import Linter, filter_findings
from hirelint.model import (
    CATEGORY_LABELS,
    GROUND_LABELS,
    SEVERITY_LABELS,
    Document,
    FileError,
    Report,
)
from hirelint.rules.ruleset import RuleSet, load_ruleset
from hirelint.rules.schema import LexiconError
from hirelint.safetext import clean_name, terminal_safe

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse with Swedish error lines and exit code 2."""

    def error(self, message: str):  # noqa: D401 - argparse API
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"hirelint: fel: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used by the README's usage section)."""
    p = _Parser(prog="hirelint", description="Granskar svenska platsannonser och kravprofiler.")
    p.add_argument("--version", action="version", version=f"hirelint {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    lint = sub.add_parser("lint", help="granska filer, mappar eller stdin (-)")
    lint.add_argument("paths", nargs="+", metavar="PATH", help="fil, mapp (rekursivt) eller - för stdin")
    lint.add_argument("--format", choices=("text", "json"), default="text")
    lint.add_argument("--min-severity", choices=("info", "warning", "error"), default=None,
                      help="visa och räkna fynd från och med denna nivå (standard: info)")
    lint.add_argument("--config", type=Path, help="konfigurationsfil (hirelint.toml eller pyproject.toml)")
    lint.add_argument("--no-config", action="store_true", help="läs ingen konfigurationsfil")
    lint.add_argument("--lexicons", type=Path, action="append", default=[], metavar="DIR",
                      help="extra lexikonmapp (kan anges flera gånger)")
    lint.add_argument("--no-model", action="store_true", help="använd inte den tränade språkmodellen")
    lint.add_argument("--annotate", type=Path, metavar="OUTDIR",
                      help="skriv en kopia av varje Word-fil med fynden som kommentarer i OUTDIR")
    lint.add_argument("--track-changes", action="store_true",
                      help="med --annotate: skriv även första omskrivningen som spårad ändring")
    lint.add_argument("--xlsx", type=Path, metavar="FILE", help="skriv en Excel-rapport")
    lint.add_argument("--force", action="store_true", help="skriv över befintliga utdatafiler")
    lint.add_argument("--jobs", "-j", type=_jobs, default=1, metavar="N",
                      help="granska med N processer samtidigt (standard: 1; 0 = en per kärna)")
    lint.add_argument("--timeout", type=_seconds, default=None, metavar="SEK",
                      help="längsta tid per fil i sekunder (standard: 120; 0 = ingen gräns)")

    rules = sub.add_parser("rules", help="lista reglerna")
    rules.add_argument("--format", choices=("table", "md", "json"), default="table")
    rules.add_argument("--lexicons", type=Path, action="append", default=[], metavar="DIR")

    explain = sub.add_parser("explain", help="förklara en regel")
    explain.add_argument("code", metavar="CODE")
    explain.add_argument("--lexicons", type=Path, action="append", default=[], metavar="DIR")

    test = sub.add_parser("test-lexicon", help="kontrollera en lexikonfil och dess exempel")
    test.add_argument("files", nargs="+", type=Path, metavar="FILE")

    matrix = sub.add_parser("matrix", help="urvalsmatris i Excel över kraven i en annons eller kravprofil")
    matrix.add_argument("file", metavar="FILE")
    matrix.add_argument("--xlsx", type=Path, metavar="OUT", default=None,
                        help="Excel-fil att skriva (standard: FILNAMN-urvalsmatris.xlsx)")
    matrix.add_argument("--force", action="store_true", help="skriv över en befintlig fil")
    matrix.add_argument("--config", type=Path)
    matrix.add_argument("--no-config", action="store_true")
    matrix.add_argument("--lexicons", type=Path, action="append", default=[], metavar="DIR")
    matrix.add_argument("--no-model", action="store_true")

    questions = sub.add_parser("questions", help="intervjufrågor till kraven i en annons eller kravprofil")
    questions.add_argument("file", metavar="FILE")
    questions.add_argument("--format", choices=("text", "json", "docx"), default="text",
                           help="docx: en intervjuguide i Word att skriva ut")
    questions.add_argument("--output", "-o", type=Path, metavar="FILE",
                           help="skriv resultatet till FILE (standard för docx: "
                                "FILNAMN-intervjuguide.docx bredvid indatafilen)")
    questions.add_argument("--force", action="store_true", help="skriv över en befintlig fil")
    questions.add_argument("--config", type=Path)
    questions.add_argument("--no-config", action="store_true")
    questions.add_argument("--lexicons", type=Path, action="append", default=[], metavar="DIR")
    questions.add_argument("--no-model", action="store_true")
    comp = sub.add_parser("compare", help="jämför en kravprofil med annonsen som skrevs utifrån den")
    comp.add_argument("profile", metavar="KRAVPROFIL", help="kravprofilen (.docx, .txt, .md)")
    comp.add_argument("ad", metavar="ANNONS", help="annonsen (.docx, .txt, .md)")
    comp.add_argument("--format", choices=("text", "json", "xlsx", "docx"), default="text")
    comp.add_argument("--output", "-o", type=Path, metavar="FILE",
                      help="skriv resultatet till FILE (krävs inte för text och json; "
                           "standard för xlsx/docx: ANNONS-jämförelse.xlsx/.docx)")
    comp.add_argument("--force", action="store_true", help="skriv över en befintlig fil")
    comp.add_argument("--config", type=Path)
    comp.add_argument("--no-config", action="store_true")
    comp.add_argument("--lexicons", type=Path, action="append", default=[], metavar="DIR")
    comp.add_argument("--no-model", action="store_true")

    gui = sub.add_parser("gui", help="öppna skrivbordsappen")
    gui.add_argument("file", nargs="?", metavar="FILE", help="annons att öppna (.docx, .txt, .md)")
    return p


def _jobs(value: str) -> int:
    """--jobs N: a whole number >= 0 (0 means one process per CPU core)."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ogiltigt antal processer: {value}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("antalet processer kan inte vara negativt")
    return n or (os.cpu_count() or 1)


def _seconds(value: str) -> float:
    """--timeout SEK: seconds >= 0 (0 means no limit)."""
    try:
        n = float(value.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"ogiltig tid: {value}") from None
    if n < 0 or n != n:
        raise argparse.ArgumentTypeError("tiden kan inte vara negativ")
    return n


def _out(text: str) -> None:
    text = terminal_safe(text)  # no escape sequence from a document or a name reaches the terminal
    sys.stdout.write(text + ("\n" if not text.endswith("\n") else ""))


def _err(text: str) -> None:
    sys.stderr.write(terminal_safe(text) + "\n")


def _read_stdin() -> Document:
    data = sys.stdin.buffer.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        raise InputError("too-large", "Texten på standard in är för stor (över 20 MB).")
    if looks_binary(data):
        raise InputError("unsupported", "Standard in ser ut att vara binärdata, inte text; "
                         "hirelint granskar text (.txt, .md) och Word-filer angivna som filnamn.")
    text, notes = decode_text(data)
    doc = Document.from_text(normalise(text), path="-")
    return replace(doc, notes=notes) if notes else doc


def _config_for(args) -> Config:
    if args.no_config:
        return Config()
    path = args.config or find_config(Path.cwd())
    return load_config(path)


def _ruleset(config: Config, extra: Sequence[Path]) -> RuleSet:
    rs = load_ruleset([*config.lexicons, *extra])
    if config.disable or config.severity or config.allow:
        rs = rs.configured(config.disable, config.severity, config.allow)
    return rs


def cmd_lint(args) -> int:
    config = _config_for(args)
    linter = Linter(_ruleset(config, args.lexicons), use_nlp=not args.no_model)
    min_sev = args.min_severity or config.min_severity or "info"
    if args.track_changes and not args.annotate:
        _err("hirelint: --track-changes kräver --annotate OUTDIR.")
        return EXIT_ERROR
    inputs = list(iter_inputs(args.paths, skip=[args.annotate] if args.annotate else ()))
    targets = (_annotation_targets(args.annotate, inputs, args.paths) if args.annotate
               else [None] * len(inputs))
    outputs = [("Excel-rapporten", args.xlsx)] if args.xlsx else []
    outputs += [("Den kommenterade kopian", t) for t in targets if t is not None]
    clash = output_clash(outputs, [real for _shown, real in inputs if real is not None])
    if clash:  # before a long batch, not after it; --force never allows this
        _err(f"hirelint: fel: {clash}")
        return EXIT_ERROR
    if args.xlsx:
        from hirelint.render.atomic import OutputExists, check_writable

        try:
            check_writable(args.xlsx, args.force)
        except OutputExists as exc:
            _err(f"hirelint: {exc}")
            return EXIT_ERROR
    if args.annotate:
        _mark_output_folder(args.annotate)
    _sweep(args.annotate, args.xlsx)
    from hirelint.batch import BatchInterrupted

    interrupted: Optional[BatchInterrupted] = None
    try:
        with _sigterm_unwinds():
            outcomes = _lint_batch(args, config, linter, min_sev, inputs, targets)
    except BatchInterrupted as exc:
        interrupted = exc
        outcomes = exc.outcomes
    reports: list[Report] = [o.report for o in outcomes]
    if interrupted is not None:
        return _report_interrupted(args, interrupted, reports, min_sev)
    if not reports:
        _err("hirelint: inga filer att granska (.txt, .md eller .docx) i: " + ", ".join(args.paths))
        return EXIT_ERROR

    def shown(r: Report):
        return filter_findings(r.findings, min_sev)

    _print_reports(args, reports, min_sev, summary=True)
    if linter.nlp.warning:
        _err(f"hirelint: obs: {linter.nlp.warning}")
    from hirelint.batch import Terminated

    try:
        with _sigterm_unwinds():  # the Excel report's temporary file is removed on SIGTERM too
            failed = _write_outputs(args, outcomes, reports, shown)
    except Terminated:
        _err("hirelint: avslutat (SIGTERM) innan Excel-rapporten skrevs klart.")
        return 128 + signal.SIGTERM
    if failed or any(r.error for r in reports):
        return EXIT_ERROR
    return EXIT_FINDINGS if any(shown(r) for r in reports) else EXIT_OK


def _annotation_targets(outdir: Path, inputs: list, given: Sequence[str]) -> list:
    from hirelint.batch import annotation_targets

    return annotation_targets(outdir, inputs, given)


@contextlib.contextmanager
def _sigterm_unwinds():
    """While the batch runs, SIGTERM unwinds like Ctrl-C: workers are ended and temporary
    files removed, instead of the process vanishing and leaving them behind."""
    from hirelint.batch import _raise_terminated

    try:
        previous = signal.signal(signal.SIGTERM, _raise_terminated)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _print_reports(args, reports: list[Report], min_sev: str, summary: bool) -> None:
    """The reports as JSON or compiler-style text (findings at or above ``min_sev``), and the
    summary line on stderr when ``summary``."""
    def shown(r: Report):
        return filter_findings(r.findings, min_sev)

    if args.format == "json":
        from hirelint.render.json import dumps

        _out(dumps(reports, shown))
        return
    from hirelint.render.text import format_reports, summary_line

    body = format_reports(reports, shown)
    if body:
        _out(body)
    if summary:
        _err(summary_line(reports, shown))


def _report_interrupted(args, exc, reports: list[Report], min_sev: str) -> int:
    """Print what was done before Ctrl-C or SIGTERM; exit 130 (or 143). No Excel report."""
    try:
        _print_reports(args, reports, min_sev, summary=bool(reports))
        sys.stdout.flush()
    except (BrokenPipeError, KeyboardInterrupt):
        pass
    what = "avbrutet" if exc.signum == signal.SIGINT else "avslutat (SIGTERM)"
    _err(f"hirelint: {what} efter {len(reports)} av {exc.total} filer; "
         + ("ingen Excel-rapport skrevs." if args.xlsx else "resten granskades inte."))
    return 128 + int(exc.signum)


def _sweep(annotate: Optional[Path], xlsx: Optional[Path]) -> None:
    """Remove our temporary files that a killed earlier run left in the output folders."""
    from hirelint.render.atomic import sweep_stale_temp

    try:
        if annotate:
            sweep_stale_temp([annotate], recursive=True)
        if xlsx:
            sweep_stale_temp([xlsx.parent if str(xlsx.parent) else Path(".")])
    except OSError:
        pass


def _mark_output_folder(folder: Path) -> None:
    """Leave a marker in the --annotate folder, so a later run over a folder that holds it does
    not lint the annotated copies (or copy them into themselves)."""
    from hirelint.document import OUTPUT_MARKER

    try:
        folder.mkdir(parents=True, exist_ok=True)
        marker = folder / OUTPUT_MARKER
        if not marker.exists():
            marker.write_text("Den här mappen innehåller kommenterade kopior från hirelint; "
                              "hirelint granskar den inte igen.\n", encoding="utf-8")
    except OSError:
        pass  # the copies themselves report a folder that cannot be written


def _same_file_keys(path: Path) -> set:
    """What identifies a file: its resolved path, and its device and inode when it exists (a
    hard link or a bind mount has another path)."""
    keys: set = {("path", os.path.normcase(os.path.realpath(path)))}
    try:
        st = os.stat(path)
        keys.add(("inode", st.st_dev, st.st_ino))
    except OSError:
        pass
    return keys


def output_clash(outputs: Sequence[tuple[str, Path]], inputs: Sequence[Path]) -> Optional[str]:
    """A Swedish message when an output would overwrite an input or another output, else None."""
    taken: dict = {}
    for src in inputs:
        for key in _same_file_keys(src):
            taken.setdefault(key, ("in", src))
    for label, out in outputs:
        keys = _same_file_keys(out)
        hit = next((taken[k] for k in keys if k in taken), None)
        if hit is not None:
            kind, other = hit
            if kind == "in":
                return (f"{label} {out} skulle skriva över indatafilen {other}; indata skrivs "
                        "aldrig över (inte heller med --force). Välj ett annat namn.")
            return (f"{label} {out} är samma fil som {other}; två utdata kan inte skrivas till "
                    "samma fil. Välj ett annat namn.")
        for key in keys:
            taken[key] = ("out", f"{label.lower()} {out}")
    return None


def _lint_batch(args, config: Config, linter: Linter, min_sev: str, inputs: list,
                targets: list) -> list:
    """Lint every input (in N processes with --jobs), writing annotated copies on the way."""
    from hirelint.batch import AnnotateSettings, Job, LintSettings, Progress, run_batch

    jobs = []
    for i, ((shown, real), target) in enumerate(zip(inputs, targets)):
        doc, error = None, None
        if shown == "":
            error = FileError("not-found", "Ett tomt filnamn angavs; ange en fil eller en mapp.")
        elif real is None:
            try:
                doc = _read_stdin()
            except InputError as exc:
                error = exc.to_file_error()
        jobs.append(Job(i, shown, real, doc, target, error))
    settings = LintSettings(
        lexicons=tuple([*config.lexicons, *args.lexicons]), disable=tuple(config.disable),
        severity=tuple(config.severity.items()), allow=tuple(config.allow),
        use_nlp=not args.no_model,
    )
    annotate = AnnotateSettings(args.annotate, args.force, args.track_changes, min_sev) if args.annotate else None
    return run_batch(jobs, settings, n_jobs=args.jobs, annotate=annotate, linter=linter,
                     progress=Progress(len(jobs)), timeout=args.timeout)


def _write_outputs(args, outcomes: list, reports: list[Report], shown) -> bool:
    """Report on the annotated copies and write the Excel report; True if anything failed."""
    failed = False
    if args.annotate:
        annotations = [o.annotation for o in outcomes if o.annotation is not None]
        written = [a for a in annotations if a.output]
        for a in annotations:
            if a.error:
                failed = True
                _err(f"{a.path}: kommenterad kopia skrevs inte [{a.error.code}] {a.error.message}")
        line = (f"{len(written)} kommenterade kopior i {args.annotate} "
                f"({sum(a.comments for a in written)} kommentarer")
        if args.track_changes:
            line += f", {sum(a.changes for a in written)} spårade ändringar"
        line += ")"
        skipped = [a for a in annotations if a.skipped and not a.error]
        if skipped:
            line += (f"; {len(skipped)} {'fil' if len(skipped) == 1 else 'filer'} fick ingen kopia "
                     "(bara .docx-filer kan kommenteras; textfiler och äldre format skrivs inte)")
        _err(line + ".")
    if args.xlsx:
        from hirelint.render.xlsx import write_xlsx

        try:
            write_xlsx(args.xlsx, reports, shown)
            _err(f"Excel-rapporten skrevs till {args.xlsx}.")
        except OSError as exc:
            failed = True
            _err(f"hirelint: Excel-rapporten kunde inte skrivas: {args.xlsx} ({exc.strerror or exc}).")
    return failed


def cmd_matrix(args) -> int:
    """Write the selection matrix (urvalsmatris) for one ad or requirement profile."""
    from hirelint.render.atomic import OutputExists, check_writable
    from hirelint.render.matrix import write_matrix

    config = _config_for(args)
    linter = Linter(_ruleset(config, args.lexicons), use_nlp=not args.no_model)
    source = Path(args.file)
    out = args.xlsx or Path(f"{source.stem if args.file != '-' else 'text'}-urvalsmatris.xlsx")
    _sweep(None, out)
    try:
        check_writable(out, args.force, () if args.file == "-" else (source,))
    except OutputExists as exc:
        _err(f"hirelint: {exc}")
        return EXIT_ERROR
    report = _lint_one(linter, args.file, clean_name(args.file))
    if report is None:
        return EXIT_ERROR
    try:
        rows = write_matrix(out, report)
    except OSError as exc:
        _err(f"hirelint: urvalsmatrisen kunde inte skrivas: {out} ({exc.strerror or exc}).")
        return EXIT_ERROR
    from hirelint.render.matrix import matrix_rows, screening_requirements

    shown_rows = matrix_rows(report)
    musts = [r for r in shown_rows if r.must]
    questions = sum(len(q.questions) for q in screening_requirements(report))
    _err(f"Urvalsmatris med {rows} krav ({len(musts)} ska-krav, varav "
         f"{sum(1 for r in musts if r.screenable)} bedömningsbara, och {rows - len(musts)} "
         f"meriterande) och {_questions(questions)} skrevs till {out}.")
    return EXIT_OK


def cmd_questions(args) -> int:
    """Structured interview questions: the same questions for every candidate, per requirement;
    as text, JSON or a Word interview guide (``--format docx``)."""
    from hirelint.render.atomic import OutputExists, check_writable

    shown = clean_name(args.file)
    out = args.output
    if out is None and args.format == "docx":
        source = Path(args.file)
        out = (source.with_name(f"{source.stem}-intervjuguide.docx") if args.file != "-"
               else Path("intervjuguide.docx"))
    if out is not None:
        _sweep(None, out)
        try:
            check_writable(out, args.force, () if args.file == "-" else (Path(args.file),))
        except OutputExists as exc:
            _err(f"hirelint: {exc}")
            return EXIT_ERROR
    config = _config_for(args)
    linter = Linter(_ruleset(config, args.lexicons), use_nlp=not args.no_model)
    report = _lint_one(linter, args.file, shown)
    if report is None:
        return EXIT_ERROR
    if args.format == "docx":
        from hirelint.render.interview_guide import write_guide
        from hirelint.render.matrix import screening_requirements

        try:
            total = write_guide(out, report)
        except OSError as exc:
            _err(f"hirelint: intervjuguiden kunde inte skrivas: {out} ({exc.strerror or exc}).")
            return EXIT_ERROR
        _err(f"Intervjuguide med {_questions(total, 'fråga', 'frågor')} till {len(screening_requirements(report))} krav "
             f"skrevs till {out}. Ställ samma frågor till alla kandidater.")
        return EXIT_OK
    asked = [q for q in report.requirements if q.questions]
    if args.format == "json":
        import json

        body = json.dumps({"path": shown, "requirements": [
            {"text": q.text, "kind": q.kind, "location": q.location, "questions": list(q.questions)}
            for q in asked
        ]}, ensure_ascii=False, indent=2)
    else:
        kinds = {"must": "ska-krav", "merit": "meriterande"}  # as in the matrix and the guide
        lines = []
        for q in asked:
            lines.append(f"{q.location} ({kinds.get(q.kind, q.kind)}): {q.text}")
            lines.extend(f"    – {question}" for question in q.questions)
        body = "\n".join(lines)
    if out is None:
        if body:
            _out(body)
    else:
        from hirelint.render.atomic import atomic_write

        data = (body + "\n").encode("utf-8")
        try:
            atomic_write(out, lambda fh: fh.write(data))
        except OSError as exc:
            _err(f"hirelint: frågorna kunde inte skrivas: {out} ({exc.strerror or exc}).")
            return EXIT_ERROR
    if args.format == "text":
        total = sum(len(q.questions) for q in asked)
        _err(f"{_questions(total)} till {len(asked)} av {len(report.requirements)} krav. Ställ samma "
             "frågor till alla kandidater; krav med fynd får frågor först när de är omformulerade.")
    return EXIT_OK


def cmd_compare(args) -> int:
    """Compare a kravprofil with the ad written from it: aligned requirements and drift."""
    from hirelint.compare import compare
    from hirelint.render import compare as render
    from hirelint.render.atomic import OutputExists, check_writable

    if args.profile == "-" and args.ad == "-":
        _err("hirelint: fel: bara en av filerna kan läsas från standard in (-).")
        return EXIT_ERROR
    out = args.output
    if out is None and args.format in ("xlsx", "docx"):
        stem = Path(args.ad).stem if args.ad != "-" else "annons"
        out = Path(f"{stem}-jämförelse.{args.format}")
    inputs = tuple(Path(x) for x in (args.profile, args.ad) if x != "-")
    if out is not None:
        _sweep(None, out)
        try:
            check_writable(out, args.force, inputs)
        except OutputExists as exc:
            _err(f"hirelint: {exc}")
            return EXIT_ERROR
    config = _config_for(args)
    linter = Linter(_ruleset(config, args.lexicons), use_nlp=not args.no_model)
    reports = []
    for given, role in ((args.profile, "kravprofilen"), (args.ad, "annonsen")):
        if given == "":
            _err(f"hirelint: fel: inget filnamn angavs för {role}.")
            return EXIT_ERROR
        report = _lint_one(linter, given, clean_name(given), role)
        if report is None:
            return EXIT_ERROR
        reports.append(report)
    result = compare(reports[0], reports[1])
    try:
        if args.format in ("text", "json"):
            body = render.to_text(result) if args.format == "text" else render.to_json(result)
            if out is None:
                _out(body)
            else:
                from hirelint.render.atomic import atomic_write

                data = (body + "\n").encode("utf-8")
                atomic_write(out, lambda fh: fh.write(data))
        elif args.format == "xlsx":
            render.write_xlsx(out, result)
        else:
            render.write_docx(out, result)
    except OSError as exc:
        _err(f"hirelint: jämförelsen kunde inte skrivas: {out} ({exc.strerror or exc}).")
        return EXIT_ERROR
    if out is not None:
        _err(f"{result.verdict()}. Jämförelsen skrevs till {out}.")
    elif args.format == "text":
        pass  # the verdict heads the text already
    if linter.nlp.warning:
        _err(f"hirelint: obs: {linter.nlp.warning}")
    return EXIT_FINDINGS if result.deviations else EXIT_OK


def cmd_rules(args) -> int:
    rs = load_ruleset(args.lexicons)
    if args.format == "md":
        from hirelint.render.markdown import rules_markdown

        _out(rules_markdown(rs))
    elif args.format == "json":
        _out(json.dumps([
            {"code": r.code, "name": r.name, "category": r.category, "ground": r.ground,
             "severity": r.severity, "message": r.message, "file": r.origin}
            for r in rs.rules
        ], ensure_ascii=False, indent=2))
    else:
        for r in rs.rules:
            label = GROUND_LABELS.get(r.ground or "", CATEGORY_LABELS[r.category])
            _out(f"{r.code}  {SEVERITY_LABELS[r.severity]:<8} {label:<22.22} {r.message}")
        _err(f"{len(rs.rules)} regler.")
    return EXIT_OK


def cmd_explain(args) -> int:
    rs = load_ruleset(args.lexicons)
    code = args.code.upper()
    rule = rs.by_code.get(code)
    bal = rs.balance if rs.balance and rs.balance.code == code else None
    if rule is None and bal is None:
        _err(f"hirelint: ingen regel med koden {code}. Se `hirelint rules`.")
        return EXIT_ERROR
    if bal:
        _out(f"{bal.code} — könskodningsbalans (råd)\n\n{bal.why}\n\nRättslig grund: {bal.legal}\nKälla: {bal.source} ({bal.strength})")
        return EXIT_OK
    label = GROUND_LABELS.get(rule.ground or "", CATEGORY_LABELS[rule.category])
    lines = [
        f"{rule.code} — {rule.name} ({SEVERITY_LABELS[rule.severity]}, {label})",
        "",
        rule.message.replace("{match}", "…"),
        "",
        f"Varför: {rule.why}",
        f"Rättslig grund: {rule.legal}",
        f"Källa: {rule.source} (styrka: {rule.strength})",
    ]
    if rule.suggestions:
        lines.append("Förslag:")
        for s in rule.suggestions:
            kind = "råd" if s.applicability == "advice" else "omskrivning"
            lines.append(f"  - ({kind}) {s.text or '(stryk ordet)'}")
    if rule.bad:
        lines.append("Exempel som flaggas:")
        for b in rule.bad:
            lines.append(f"  - {b.text[:b.start]}[{b.text[b.start:b.end]}]{b.text[b.end:]}")
            if b.fix:
                lines.append(f"    → {b.fix}")
    if rule.good:
        lines.append("Exempel som inte flaggas:")
        lines.extend(f"  - {g}" for g in rule.good)
    lines.append(f"Lexikon: {rule.origin}")
    _out("\n".join(lines))
    return EXIT_OK


def cmd_test_lexicon(args) -> int:
    from hirelint.lexicon_check import check_file

    failed = 0
    for path in args.files:
        if not path.is_file():
            _err(f"hirelint: filen finns inte: {path}")
            failed += 1
            continue
        problems = check_file(path)
        for p in problems:
            _out(f"{path}: {p}")
        if problems:
            failed += 1
            _err(f"{path}: {len(problems)} problem.")
        else:
            _err(f"{path}: alla kontroller godkända.")
    return EXIT_FINDINGS if failed else EXIT_OK


def cmd_gui(args) -> int:
    """Start the desktop app (imported only here: the core never imports Qt)."""
    try:
        from hirelint.ui.app import main as gui_main
    except ImportError as exc:
        _err(f"hirelint: skrivbordsappen kräver PySide6 (pip install 'hirelint[gui]'): {exc}")
        return EXIT_ERROR
    return gui_main([args.file] if args.file else [])


def _lint_one(linter: Linter, given: str, shown: str, role: str = ""):
    """Read and lint one file (or stdin for "-") within the per-file time budget; None, with a
    plain message on stderr, when it cannot be read or takes too long."""
    from hirelint.batch import FILE_TIMEOUT, FileTimeout, time_budget, timeout_error

    what = f"{shown}: {role} " if role else f"{shown}: "
    try:
        doc = _read_stdin() if given == "-" else read_document(Path(given), shown)
    except InputError as exc:
        _err(f"{what}kunde inte läsas [{exc.code}] {exc.message}")
        return None
    try:
        with time_budget(FILE_TIMEOUT):
            return linter.lint(doc)
    except FileTimeout:
        error = timeout_error(shown, FILE_TIMEOUT)
        _err(f"{what}kunde inte granskas [{error.code}] {error.message}")
        return None


def _questions(n: int, one: str = "intervjufråga", many: str = "intervjufrågor") -> str:
    """ "1 intervjufråga", "3 intervjufrågor"."""
    return f"{n} {one if n == 1 else many}"


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of the ``hirelint`` console script."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8", errors="replace")
        except (AttributeError, ValueError):
            pass
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_ERROR
    handlers = {
        "lint": cmd_lint,
        "rules": cmd_rules,
        "explain": cmd_explain,
        "test-lexicon": cmd_test_lexicon,
        "matrix": cmd_matrix,
        "questions": cmd_questions,
        "compare": cmd_compare,
        "gui": cmd_gui,
    }
    try:
        return handlers[args.command](args)
    except (ConfigError, LexiconError) as exc:
        _err(f"hirelint: {exc}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        _err("hirelint: avbrutet.")
        return 130
    except BrokenPipeError:
        return EXIT_OK
