"""``tei entities``: what the editor still has to do about persons, places and organisations.

``--missing-authority`` lists register entries without an authority
identifier (wikidata, viaf, gnd, geonames); ``--unresolved DIR`` lists the
names marked without ``@ref`` in the TEI files of DIR, grouped by name, with
file, line, context and — for a name several entries share — the candidates.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tei.commands import add_output_options
from tei.diagnostics import Reporter
from tei.entities import missing_authority, unresolved
from tei.pipeline import DEFAULT_REGISTERS
from tei.registers import load

ORDER = 35


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "entities", help="list register entries without authority ids, or unresolved names in converted TEI",
        description="Work lists for the editor: register entries lacking an authority identifier, and names "
                    "that the conversion marked without @ref (not in the register, or ambiguous).")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--missing-authority", action="store_true",
                       help="register entries without idno type=wikidata|viaf|gnd|geonames")
    which.add_argument("--unresolved", metavar="DIR", help="folder of converted TEI files to list unresolved names of")
    parser.add_argument("--registers", metavar="DIR", help="register folder (default sources/registers)")
    add_output_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    folder = Path(args.registers) if args.registers else DEFAULT_REGISTERS
    register = load(folder)
    reporter = Reporter(list(register.diagnostics))
    if args.missing_authority:
        rows = missing_authority(register)
        lines = [f"{row['file']}:{row['line']}: {row['kind']} {row['id']} — {row['name']}" for row in rows]
        summary = f"{len(rows)} of {len(register.entries)} entries have no authority identifier"
    else:
        groups, problems = unresolved(Path(args.unresolved), register)
        reporter.extend(problems)
        rows = groups
        lines = []
        for group in groups:
            extra = f" (may be: {', '.join(group['candidates'])})" if group["candidates"] else ""
            lines.append(f"{group['element']} “{group['name']}” — {len(group['mentions'])} mention(s){extra}")
            lines.extend(f"  {m['file']}:{m['line']}: …{m['context']}…" for m in group["mentions"])
        summary = f"{len(groups)} unresolved names in {args.unresolved}"
    if args.format == "json":
        print(json.dumps({"items": rows, "diagnostics": [d.as_dict() for d in reporter]}, ensure_ascii=False, indent=2))
    else:
        if len(reporter):
            print(reporter.render(), file=sys.stderr)
        if lines:
            print("\n".join(lines))
        if not args.quiet:
            print(summary, file=sys.stderr)
    failed = reporter.exit_status(args.strict)
    return failed or (1 if args.strict and rows else 0)
