"""Subcommands of ``tei``: one module each, found automatically.

A command module defines ``ORDER`` (its place in ``tei --help``) and
``add_parser(subparsers)``, which registers the subcommand and sets
``handler`` to a function ``(args) -> exit status``.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from types import ModuleType

from tei.diagnostics import Reporter


def discover() -> list[ModuleType]:
    modules = [
        importlib.import_module(f"{__name__}.{info.name}")
        for info in pkgutil.iter_modules(__path__)
        if not info.name.startswith("_")
    ]
    return sorted(modules, key=lambda module: (getattr(module, "ORDER", 100), module.__name__))


def add_output_options(parser: argparse.ArgumentParser) -> None:
    """Options every command that reports diagnostics shares."""
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="diagnostics as text lines (default) or as JSON on standard output")
    parser.add_argument("--strict", action="store_true", help="exit non-zero on warnings too")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress and no summary")


def report(reporter: Reporter, args: argparse.Namespace, summary: str = "") -> int:
    """Print diagnostics (and a summary) as the options ask; return the exit status."""
    if args.format == "json":
        print(reporter.render("json"))
    else:
        text = reporter.render("text")
        if text:
            print(text, file=sys.stderr)
        if summary and not args.quiet:
            print(summary, file=sys.stderr)
    return reporter.exit_status(args.strict)
