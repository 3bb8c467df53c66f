"""The print edition's options of ``tei build``: ``--print-each``, ``--print-format``, ``--pdf``."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

FORMATS = ("pdf", "latex")


@dataclass(frozen=True)
class PrintOptions:
    """What to make: the WeasyPrint book, one PDF per document, LaTeX, LaTeX typeset."""

    book: bool = True
    each: bool = False
    latex: bool = False
    typeset: bool = False


def add_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("print edition")
    group.add_argument("--print-each", action="store_true",
                       help="also write each document as a PDF of its own (OUTPUT/print/documents/NAME.pdf)")
    group.add_argument("--print-format", action="append", choices=FORMATS, metavar="{pdf,latex}",
                       help="what the print edition writes: pdf (the book set with WeasyPrint, the default) or "
                            "latex (reledmac LaTeX in OUTPUT/print/latex/); repeat for both")
    group.add_argument("--pdf", action="store_true",
                       help="typeset the LaTeX with XeLaTeX (4 passes and the indexes) into OUTPUT/print/latex/edition.pdf; "
                            "implies --print-format latex")


def requested(args: argparse.Namespace) -> bool:
    """Whether the options ask for the print edition (it is built even if the config does not list it)."""
    return bool(getattr(args, "print_each", False) or getattr(args, "print_format", None) or getattr(args, "pdf", False))


def print_options(args: argparse.Namespace | None) -> PrintOptions:
    """What to make, from the options (the book alone when there are none)."""
    if args is None:
        return PrintOptions()
    formats = set(getattr(args, "print_format", None) or ())
    typeset = bool(getattr(args, "pdf", False))
    latex = "latex" in formats or typeset
    return PrintOptions(book="pdf" in formats or not latex, each=bool(getattr(args, "print_each", False)),
                        latex=latex, typeset=typeset)
