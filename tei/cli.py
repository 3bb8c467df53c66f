"""The ``tei`` command: a thin dispatcher over the subcommands in :mod:`tei.commands`.

Exit status: 0 when everything worked, 1 when an input had errors (the
worst diagnostic decides; ``--strict`` counts warnings too), 2 for wrong
usage, 70 for an internal error.  Bad input never produces a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys

from tei import __version__
from tei.commands import discover
from tei.errors import TeiError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tei",
        description="Raw archival text to validated TEI P5 critical editions, published for web and print.",
    )
    parser.add_argument("--version", action="version", version=f"tei {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in discover():
        module.add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args))
    except TeiError as exc:
        print(exc.diagnostic.format(), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        if os.environ.get("TEI_DEBUG"):
            raise
        print(f"internal error: {type(exc).__name__}: {exc} — this is a bug in tei; "
              "run again with TEI_DEBUG=1 for the traceback and report it", file=sys.stderr)
        return 70


if __name__ == "__main__":
    raise SystemExit(main())
