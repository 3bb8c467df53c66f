"""The project XSD through xmlschema: validation with lines, and the loaded schema for typed decoding.

xmlschema translates each XSD pattern facet to a Python regex; TEI repeats
a few patterns (``[^\\p{C}\\p{Z}]+``) hundreds of times and each translation
of a Unicode category costs tens of milliseconds.  Memoising that pure
function brings loading the project XSD from about 9 s to about 1 s.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lxml import etree

from tei.diagnostics import Diagnostic, error
from tei.locate import Locator


def load(path: Path):
    import xmlschema
    from xmlschema.validators import facets

    original = getattr(facets, "translate_pattern", None)
    if original is not None and not hasattr(original, "cache_info"):
        facets.translate_pattern = lru_cache(maxsize=None)(original)
    return xmlschema.XMLSchema(str(path))


def check(schema, tree: etree._ElementTree, locator: Locator) -> list[Diagnostic]:
    """One diagnostic per XSD violation, at the element's line."""
    found = []
    for problem in schema.iter_errors(tree):
        node = problem.elem if isinstance(problem.elem, etree._Element) else None
        reason = " ".join((problem.reason or problem.message or "").split())
        where = f" in {etree.QName(node).localname}" if node is not None else ""
        found.append(error("E-XSD", f"{reason}{where} (edition.xsd)", locator.element(node),
                           "see schemas/edition.xsd (derived from edition.odd) for what is allowed"))
    return found
