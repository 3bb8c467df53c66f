"""``tei convert SRC... -o DIR``: raw archive exports to TEI, one file per source."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tei.commands import add_output_options, report
from tei.diagnostics import Level, Location, Reporter, info
from tei.pipeline import DEFAULT_REGISTERS, Options, convert, find_sources, stderr_progress, write_results
from tei.readers import READERS

ORDER = 10


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "convert", help="convert raw archive exports to TEI",
        description="Convert raw text exports (files or folders) to TEI P5, one DIR/<stem>.xml per source. "
                    "Files with errors are reported and not written; the others are.",
    )
    parser.add_argument("sources", nargs="+", metavar="SRC", help="source files or folders (walked)")
    parser.add_argument("-o", "--output", default="build/tei", metavar="DIR", type=output_folder,
                        help="output folder, created when missing (default build/tei)")
    parser.add_argument("--reader", choices=sorted(READERS), help="force a reader instead of detecting the layout")
    parser.add_argument("--lang", default="en", help="language of the texts when the source does not say (default en)")
    parser.add_argument("--registers", metavar="DIR", help="register folder (default sources/registers)")
    parser.add_argument("--no-validate", action="store_true", help="skip schema validation (work in progress)")
    parser.add_argument("-j", "--jobs", type=int, default=None, help="worker processes for large batches")
    add_output_options(parser)
    parser.set_defaults(handler=run)


def output_folder(value: str) -> str:
    """``-o DIR`` must be a folder or not exist yet: a file there is a usage error (exit 2), found before converting."""
    path = Path(value)
    for candidate in (path, *path.parents):
        if candidate.exists() and not candidate.is_dir():
            raise argparse.ArgumentTypeError(
                f"{candidate} is a file, not a folder — give a folder for the TEI files (created when missing)")
    return value


def registers_folder(given: str | None, reporter: Reporter) -> Path | None:
    """The folder given, else the default one when it exists; its absence is said once, not passed over."""
    if given:
        return Path(given)
    if DEFAULT_REGISTERS.is_dir():
        return DEFAULT_REGISTERS
    reporter.add(info(
        "I-REGISTERS-NONE", "no register folder: names of persons, places and organisations are marked "
        "but not linked to register entries", Location(str(DEFAULT_REGISTERS)),
        "run tei convert in the edition's folder, or pass --registers DIR"))
    return None


def run(args: argparse.Namespace) -> int:
    reporter = Reporter()
    paths, problems = find_sources(args.sources)
    reporter.extend(problems)
    registers = registers_folder(args.registers, reporter)
    options = Options(reader=args.reader, language=args.lang, validate=not args.no_validate, registers=registers)
    show_progress = not args.quiet and args.format == "text" and len(paths) > 5 and sys.stderr.isatty()
    results = convert(paths, options, args.jobs, stderr_progress if show_progress else None)
    written = write_results(results, Path(args.output), reporter)
    failed = sum(1 for result in results if result.output is None)
    warnings = sum(1 for d in reporter if d.level == Level.WARNING)
    summary = f"converted {written} of {len(paths)} sources into {args.output}; {failed} failed, {warnings} warnings"
    return report(reporter, args, summary)
