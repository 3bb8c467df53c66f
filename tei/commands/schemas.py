"""``tei schemas build|check``: regenerate the derived schemas from ``schemas/edition.odd``."""

from __future__ import annotations

import argparse
import sys

from tei.diagnostics import relative_path
from tei.schemas import build, stale

ORDER = 40


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "schemas", help="regenerate edition.rng/.sch/.xsd from edition.odd",
        description="Derive schemas/edition.rng, edition.sch and edition.xsd (with xml.xsd) from "
                    "schemas/edition.odd and the official tei_all.rng (trang converts to XSD). "
                    "'check' only reports files that are out of date.",
    )
    parser.add_argument("action", choices=("build", "check"), help="build: rewrite the files; check: compare only")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.action == "check":
        outdated = stale()
        for name in outdated:
            print(f"schemas/{name}: out of date — run tei schemas build", file=sys.stderr)
        if not outdated:
            print("schemas are up to date with edition.odd", file=sys.stderr)
        return 1 if outdated else 0
    changed = build()
    for path in changed:
        print(f"wrote {relative_path(path)}", file=sys.stderr)
    print(f"{len(changed)} schema files changed", file=sys.stderr)
    return 0
