"""The editions an edition config can produce: the only place that knows the outputs.

Each entry builds one output from the converted TEI documents.  ``tei`` is
always built first, since every other edition is made from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from tei.config import EditionConfig
from tei.diagnostics import Reporter

Builder = Callable[[EditionConfig, list[Path], Reporter], None]


@dataclass(frozen=True)
class Edition:
    name: str
    description: str
    build: Builder


EDITIONS: dict[str, Edition] = {}


def edition(name: str, description: str) -> Callable[[Builder], Builder]:
    """Register an edition builder under ``name``."""

    def register(function: Builder) -> Builder:
        EDITIONS[name] = Edition(name, description, function)
        return function

    return register


@edition("web", "static website with registers, notes, readings and search (OUTPUT/web)")
def _web(config: EditionConfig, documents: list[Path], reporter: Reporter) -> None:
    from tei.web.build import build  # imported on use: saxonche is loaded only when needed

    build(config, documents, reporter)
    _data(config, documents, reporter)


def _data(config: EditionConfig, documents: list[Path], reporter: Reporter) -> None:
    """The default exchange formats beside the site, in OUTPUT/web/data/ (rewritten whole)."""
    from tei.export import DEFAULT, export

    export(DEFAULT, documents, config, config.output / "web" / "data", reporter)
