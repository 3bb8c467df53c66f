"""Source conventions of third-party TEI: each one is a declared mapping, ``xslt/import/<name>.xsl``.

A mapping stylesheet declares what Python needs to know about it in one
top-level data element (XSLT allows elements of other namespaces there)::

    <imp:convention xmlns:imp="urn:tei-toolkit:import"
        drops="encodingDesc"            input elements whose words the mapping replaces on purpose
        transforms="persons … standoff" transforms to run after the mapping (default: all)
        conformance="true"/>            report where the input does not conform to tei_all

``tei`` is the convention of documents that already follow the project's
conventions: no mapping, no transforms, validated like every output.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tei.paths import XSLT
from tei.xml import parse_file

IMPORT = XSLT / "import"
NS = "urn:tei-toolkit:import"
READY = "tei"


@dataclass(frozen=True)
class Convention:
    """What the toolkit knows about one source convention."""

    name: str
    stylesheet: Path | None
    #: Local names of input elements whose words the mapping does not carry over (declared drops).
    drops: tuple[str, ...] = ()
    #: Transforms run after the mapping; None: every registered transform.
    transforms: tuple[str, ...] | None = None
    conformance: bool = True


def available() -> list[str]:
    """Names of the conventions the toolkit can map."""
    return sorted([READY, *(path.stem for path in IMPORT.glob("*.xsl"))])


@lru_cache(maxsize=None)
def get(name: str) -> Convention | None:
    """The convention ``name``, or None when no mapping is declared for it."""
    if name == READY:
        return Convention(READY, None, transforms=(), conformance=False)
    path = IMPORT / f"{name}.xsl"
    if not path.is_file():
        return None
    declared = parse_file(path).getroot().find(f"{{{NS}}}convention")
    if declared is None:
        return Convention(name, path)
    transforms = declared.get("transforms")
    return Convention(name, path, drops=tuple(declared.get("drops", "").split()),
                      transforms=tuple(transforms.split()) if transforms is not None else None,
                      conformance=declared.get("conformance", "true") == "true")
