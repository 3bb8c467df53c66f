"""Enrichment steps on the TEI tree, one concern per module, run by priority.

A transform is a function ``(root, context) -> list[Diagnostic]`` registered
with :func:`transform`.  Modules in this package register themselves on
import; :func:`run` imports them all and applies them in priority order
(lower first), so a new enrichment is one new module and nothing else.
Transforms change text only through :mod:`tei.markup`, which keeps every
character of the source.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from lxml import etree

from tei.diagnostics import Diagnostic
from tei.model import Document


@dataclass(frozen=True)
class Context:
    """What a transform may know besides the tree: the source model and the run's options."""

    document: Document
    registers: Path | None = None
    sidecar: Path | None = None
    options: dict[str, object] = field(default_factory=dict)


TransformFunction = Callable[[etree._Element, Context], list[Diagnostic]]


@dataclass(frozen=True)
class Transform:
    name: str
    priority: int
    function: TransformFunction


REGISTRY: dict[str, Transform] = {}


def transform(name: str, priority: int) -> Callable[[TransformFunction], TransformFunction]:
    """Register a transform under ``name``; lower ``priority`` runs first."""

    def register(function: TransformFunction) -> TransformFunction:
        REGISTRY[name] = Transform(name, priority, function)
        return function

    return register


def load_all() -> list[Transform]:
    """Import every module of this package and return the transforms in order."""
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    return sorted(REGISTRY.values(), key=lambda item: (item.priority, item.name))


def run(root: etree._Element, context: Context, only: tuple[str, ...] | None = None) -> list[Diagnostic]:
    """Apply the transforms (all, or those named in ``only``) in priority order."""
    found: list[Diagnostic] = []
    for step in load_all():
        if only is None or step.name in only:
            found.extend(step.function(root, context))
    return found
