"""``tei registers import FILE --into DIR`` and ``tei registers check [DIR]``: the register folder's upkeep."""

from __future__ import annotations

import argparse
from pathlib import Path

from tei.commands import add_output_options, report
from tei.diagnostics import Location, Reporter, error, relative_path
from tei.pipeline import DEFAULT_REGISTERS
from tei.registers import load
from tei.registers.imports import import_persons

ORDER = 40


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "registers", help="import person lists into registers, check registers",
        description="Keep the register folder: merge foreign person lists into it, or check it.")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    importer = actions.add_parser(
        "import", help="merge a TEI listPerson file, a FRUS List of Persons or a register CSV into DIR",
        description="Merge the persons of FILE (TEI <person> entries, or a FRUS list type=\"names\") into "
                    "DIR/persons.xml. Foreign ids are kept (idno type=\"frus\", or type=\"URI\" as file#id); a person "
                    "already in the register (same id or main name) is merged, not duplicated. A CSV file written by tei export "
                    "(persons.csv, places.csv, organisations.csv) adds its entries, keeping their ids.")
    importer.add_argument("file", metavar="FILE", help="the list of persons to import")
    importer.add_argument("--into", required=True, metavar="DIR", help="register folder (created when missing)")
    add_output_options(importer)
    importer.set_defaults(handler=run_import)
    checker = actions.add_parser("check", help="report every problem of a register folder",
                                 description="Read every register of DIR and report problems with file and line.")
    checker.add_argument("folder", nargs="?", default=str(DEFAULT_REGISTERS), metavar="DIR",
                         help="register folder (default sources/registers)")
    add_output_options(checker)
    checker.set_defaults(handler=run_check)


def run_import(args: argparse.Namespace) -> int:
    reporter = Reporter()
    source = Path(args.file)
    if not source.is_file():
        reporter.add(error("E-SRC-MISSING", "no such file", Location(args.file), "check the path"))
        return report(reporter, args)
    if source.suffix.lower() == ".csv":
        from tei.export.csvio import import_csv

        added, present = import_csv(source, Path(args.into))
        return report(reporter, args, f"imported {len(added)} entries from {args.file} into {args.into} "
                                      f"({len(present)} ids already there, left as they are)")
    result = import_persons(source, Path(args.into))
    reporter.extend(result.diagnostics)
    target = relative_path(result.target) if result.target else args.into
    summary = (f"imported {len(result.added) + len(result.merged)} persons from {args.file} into {target}: "
               f"{len(result.added)} new, {len(result.merged)} merged")
    if reporter.has_errors():
        summary = f"nothing imported into {target}"
    return report(reporter, args, summary)


def run_check(args: argparse.Namespace) -> int:
    register = load(Path(args.folder))
    reporter = Reporter()
    reporter.extend(register.diagnostics)
    counts = {kind: len(register.of_kind(kind)) for kind in ("person", "place", "org", "archive")}
    summary = f"{args.folder}: " + ", ".join(f"{count} {kind} entries" for kind, count in counts.items())
    return report(reporter, args, summary)
