"""The editions an edition config can produce: the only place that knows the outputs.

Each entry builds one output from the converted TEI documents.  ``tei`` is
always built first, since every other edition is made from it.  An edition
may add options of its own to ``tei build`` (``add_options``); its builder then
also receives the parsed options, and ``requested`` says whether they ask for
the edition even when the config does not list it.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from tei.config import EditionConfig
from tei.diagnostics import Reporter

Builder = Callable[..., None]


@dataclass(frozen=True)
class Edition:
    name: str
    description: str
    build: Builder
    add_options: Callable[[argparse.ArgumentParser], None] | None = None
    requested: Callable[[argparse.Namespace], bool] | None = None

    def run(self, config: EditionConfig, documents: list[Path], reporter: Reporter,
            args: argparse.Namespace | None = None) -> None:
        """Build the edition; an edition with options of its own gets them."""
        if self.add_options is not None:
            self.build(config, documents, reporter, args)
        else:
            self.build(config, documents, reporter)


EDITIONS: dict[str, Edition] = {}


def edition(name: str, description: str, add_options: Callable[[argparse.ArgumentParser], None] | None = None,
            requested: Callable[[argparse.Namespace], bool] | None = None) -> Callable[[Builder], Builder]:
    """Register an edition builder under ``name``."""

    def register(function: Builder) -> Builder:
        EDITIONS[name] = Edition(name, description, function, add_options, requested)
        return function

    return register


@edition("web", "static website with registers, notes, readings and search (OUTPUT/web)")
def _web(config: EditionConfig, documents: list[Path], reporter: Reporter) -> None:
    from tei.web.build import build  # imported on use: saxonche is loaded only when needed

    _data(config, documents, reporter)  # first: the home page links to what it wrote
    build(config, documents, reporter)


def _data(config: EditionConfig, documents: list[Path], reporter: Reporter) -> None:
    """The default exchange formats and the teiCorpus beside the site, in OUTPUT/web/data/ (rewritten whole)."""
    from tei.export import FORMATS, export

    export(FORMATS, documents, config, config.output / "web" / "data", reporter)


def _print_options(parser: argparse.ArgumentParser) -> None:
    from tei.print.options import add_options

    add_options(parser)


def _print_requested(args: argparse.Namespace) -> bool:
    from tei.print.options import requested

    return requested(args)


@edition("print", "the book: paged HTML set as PDF with WeasyPrint, optionally reledmac LaTeX (OUTPUT/print)",
         _print_options, _print_requested)
def _print(config: EditionConfig, documents: list[Path], reporter: Reporter,
           args: argparse.Namespace | None = None) -> None:
    from tei.print.build import build  # imported on use: WeasyPrint is loaded only when needed
    from tei.print.options import print_options

    build(config, documents, reporter, print_options(args))
