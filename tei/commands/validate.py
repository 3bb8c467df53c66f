"""``tei validate PATH...``: check TEI files against the project schemas or the official tei_all."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tei.diagnostics import Diagnostic, Level, Location, Reporter, error
from tei.validate import Settings, validate_file

ORDER = 20


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate", help="validate TEI files (project schema and rules, or tei_all)",
        description="Validate TEI files or folders (*.xml, walked) against the project RELAX NG and Schematron "
                    "(default), the project XSD (--xsd) or the official tei_all with its Schematron "
                    "(--schema tei_all). Exit status 0 only when every file is valid.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="TEI files or folders")
    parser.add_argument("--schema", choices=("project", "tei_all"), action="append",
                        help="schema to validate against (repeatable; default project)")
    parser.add_argument("--xsd", action="store_true", help="also validate against the project XSD (xmlschema)")
    parser.add_argument("--no-schematron", action="store_true", help="grammar only, without the Schematron rules")
    parser.add_argument("--xinclude", action="store_true", help="resolve XIncludes of local files before validating")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="text lines (default) or JSON")
    parser.add_argument("--strict", action="store_true", help="exit non-zero on warnings too")
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    parser.set_defaults(handler=run)


def find_files(paths: list[str]) -> tuple[list[Path], list[Diagnostic]]:
    found, problems = [], []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*.xml") if p.is_file())
            if not inside:
                problems.append(error("E-SRC-NOXML", "the folder holds no *.xml files; nothing in it was validated",
                                      Location(raw), "give the folder of the TEI files, or the files themselves"))
            found.extend(inside)
        elif path.is_file():
            found.append(path)
        else:
            problems.append(error("E-SRC-MISSING", "no such file or folder", Location(raw), "check the path"))
    return found, problems


def run(args: argparse.Namespace) -> int:
    settings = Settings(schemas=tuple(dict.fromkeys(args.schema or ["project"])), schematron=not args.no_schematron,
                        xsd=args.xsd, xinclude=args.xinclude)
    files, problems = find_files(args.paths)
    results = [(str(path), validate_file(path, settings)) for path in files]
    reporter = Reporter(list(problems))
    for _, found in results:
        reporter.extend(found)
    invalid = sum(1 for _, found in results if any(d.level >= Level.ERROR for d in found))
    if args.format == "json":
        print(json.dumps({"schemas": list(settings.schemas), "files": [
            {"path": path, "valid": not any(d.level >= Level.ERROR for d in found),
             "diagnostics": [d.as_dict() for d in found]} for path, found in results],
            "problems": [d.as_dict() for d in problems]}, ensure_ascii=False, indent=2))
    else:
        _print_text(results, problems)
        if not files:
            print("nothing was validated: no XML file among the paths given", file=sys.stderr)
        elif not args.quiet:
            counts = f"{len(files)} files: {len(files) - invalid} valid, {invalid} invalid"
            totals = f"{_count(reporter, Level.ERROR)} errors, {_count(reporter, Level.WARNING)} warnings"
            print(f"validated against {' + '.join(_names(settings))}: {counts}; {totals}", file=sys.stderr)
    return reporter.exit_status(args.strict)


def _print_text(results: list[tuple[str, list[Diagnostic]]], problems: list[Diagnostic]) -> None:
    for item in problems:
        print(item.format())
    for path, found in results:
        if not found:
            continue
        print(f"{path}: {sum(1 for d in found if d.level >= Level.ERROR)} errors, "
              f"{sum(1 for d in found if d.level == Level.WARNING)} warnings")
        for item in sorted(found, key=lambda d: (d.location.line if d.location else 0, d.location.col if d.location else 0)):
            print("  " + item.format())


def _count(reporter: Reporter, level: Level) -> int:
    return sum(1 for d in reporter if d.level == level or (level == Level.ERROR and d.level == Level.FATAL))


def _names(settings: Settings) -> list[str]:
    names = []
    for name in settings.schemas:
        label = "edition.rng" if name == "project" else "tei_all.rng"
        names.append(label + (" + Schematron" if settings.schematron else ""))
    return names + (["edition.xsd"] if settings.xsd else [])
