"""Validation of generated and third-party TEI; each schema compiled once per process.

RELAX NG schemas are compiled on first use and cached, so a batch of
documents pays the compilation once.  Problems come back as diagnostics with
the line in the validated file.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lxml import etree

from tei.diagnostics import Diagnostic, Location, error
from tei.errors import XmlInputError
from tei.paths import SCHEMAS, reference_dir
from tei.xml import parse_bytes


@lru_cache(maxsize=None)
def relaxng(path: Path) -> etree.RelaxNG:
    """The compiled RELAX NG schema at ``path`` (compiled once per process)."""
    return etree.RelaxNG(etree.parse(str(path)))


def schema_path(name: str) -> Path | None:
    """"project" → schemas/edition.rng; "tei_all" → the official reference schema."""
    if name == "tei_all":
        folder = reference_dir()
        return folder / "tei_all.rng" if folder else None
    candidate = SCHEMAS / "edition.rng"
    return candidate if candidate.is_file() else None


def validate_tree(tree: etree._ElementTree, path: str, schema: Path, code: str) -> list[Diagnostic]:
    validator = relaxng(schema)
    if validator.validate(tree):
        return []
    return [
        error(code, entry.message, Location(path, entry.line, entry.column),
              f"see the {schema.stem} schema for what is allowed here")
        for entry in validator.error_log
    ]


def validate_bytes(data: bytes, path: str, schemas: tuple[str, ...] = ("project",)) -> list[Diagnostic]:
    """Validate serialised XML against the named schemas that are available."""
    try:
        tree = parse_bytes(data, path)
    except XmlInputError as exc:
        return [exc.diagnostic]
    found: list[Diagnostic] = []
    for name in schemas:
        schema = schema_path(name)
        if schema is not None:
            found.extend(validate_tree(tree, path, schema, "E-RNG-" + name.upper().replace("_", "")))
    return found
