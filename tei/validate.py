"""Validation of generated and third-party TEI; each schema compiled once per process.

A document is checked against the project RELAX NG (``schemas/edition.rng``)
and the project Schematron (``schemas/edition.sch``) by default; on request
against the project XSD (xmlschema) and the official tei_all (RELAX NG and
its embedded Schematron).  Compiled schemas are cached, so a batch pays
compilation once.  Problems come back as diagnostics at the line and column
of the file, each distinct problem once per file (with the other lines).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lxml import etree

from tei import rngreport, xinclude
from tei.diagnostics import Diagnostic, Level, Location, error, relative_path, warning
from tei.errors import XmlInputError
from tei.locate import Locator
from tei.paths import SCHEMAS, reference_dir
from tei.schematron import Schematron
from tei.xml import MAX_INPUT_BYTES, XML_ID, parse_bytes, parse_file

SCHEMA_NAMES = ("project", "tei_all")
ID_CODES = ("E-ID-DUPLICATE", "E-ID-INVALID")
_NCNAME = re.compile(r"^[^\W\d][\w.\-\u00b7]*$")
_ROLES = {"warning": Level.WARNING, "warn": Level.WARNING, "nonfatal": Level.WARNING, "info": Level.INFO,
          "information": Level.INFO}


@dataclass(frozen=True)
class Settings:
    """What to validate against (picklable)."""

    schemas: tuple[str, ...] = ("project",)
    schematron: bool = True
    xsd: bool = False
    xinclude: bool = False


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


@lru_cache(maxsize=None)
def schematron(name: str) -> Schematron | None:
    """The compiled Schematron of the project or of tei_all (None when its source is missing)."""
    if name == "tei_all":
        if reference_dir() is None:
            return None
        from tei.schemas import tei_all_schematron

        return Schematron(tei_all_schematron(), "tei_all")
    path = SCHEMAS / "edition.sch"
    return Schematron(parse_file(path).getroot(), "edition") if path.is_file() else None


@lru_cache(maxsize=None)
def xsd_schema():
    """The project XSD loaded by xmlschema (about a second; once per process)."""
    from tei import xsdcheck

    return xsdcheck.load(SCHEMAS / "edition.xsd")


def validate_bytes(data: bytes, path: str, schemas: tuple[str, ...] = ("project",),
                   settings: Settings | None = None, base: Path | None = None) -> list[Diagnostic]:
    """Validate serialised XML (the pipeline calls this for every converted document)."""
    settings = settings or Settings(schemas=schemas)
    shown = relative_path(path) if base is not None else path
    found: list[Diagnostic] = []
    try:
        tree = parse_bytes(data, path)
    except XmlInputError as exc:
        if exc.diagnostic.code not in ID_CODES:
            return [exc.diagnostic]
        tree = parse_bytes(data, path, collect_ids=False)
        found.extend(_id_problems(tree.getroot(), Locator(data, tree.getroot(), shown)))
    id_checked = bool(found)
    root = tree.getroot()
    locator = Locator(data, root, shown)
    problem = rngreport.tei_namespace_problem(root)
    if problem:
        return found + [error("E-TEI-NAMESPACE", problem[0], locator.element(root), problem[1])]
    if xinclude.includes(root):
        found.extend(xinclude.resolve(root, base, locator) if settings.xinclude and base
                     else xinclude.unresolved(root, locator))
    checked = check_tree(tree, locator, settings)
    if id_checked:
        checked = [d for d in checked if d.code not in ID_CODES and "/@xml:id=" not in d.message]
    return collapse(found + checked)


def validate_file(path: Path, settings: Settings) -> list[Diagnostic]:
    """Validate one file; unreadable, huge or malformed files give one clear diagnostic."""
    try:
        if path.stat().st_size > MAX_INPUT_BYTES:
            parse_file(path)
        data = path.read_bytes()
    except XmlInputError as exc:
        return [exc.diagnostic]
    except OSError as exc:
        return [error("E-XML-READ", f"cannot read file: {exc.strerror}", Location(relative_path(path)))]
    return validate_bytes(data, str(path), settings=settings, base=path)


def check_tree(tree: etree._ElementTree, locator: Locator, settings: Settings) -> list[Diagnostic]:
    """Run the configured schemas over a parsed document."""
    found: list[Diagnostic] = []
    skip_include = bool(xinclude.includes(tree.getroot()))
    for name in settings.schemas:
        schema = schema_path(name)
        if schema is None:
            found.append(warning("W-SCHEMA-MISSING", f"the {name} schema is not available; not checked",
                                 Location(locator.shown), "see the README: Schemas and validation"))
            continue
        found.extend(d for d in rngreport.problems(relaxng(schema), tree, locator, schema)
                     if not (skip_include and "element include " in d.message))
        rules = schematron(name) if settings.schematron else None
        if rules is not None:
            found.extend(_finding(f, locator) for f in rules.check(tree.getroot()))
    if settings.xsd:
        from tei import xsdcheck

        found.extend(xsdcheck.check(xsd_schema(), tree, locator))
    return found


def _finding(finding, locator: Locator) -> Diagnostic:
    level = _ROLES.get(finding.role.lower(), Level.ERROR)
    return Diagnostic(level, finding.code, finding.message, locator.saxon_path(finding.path),
                      finding.hint or "see the rule in schemas/edition.odd or the TEI Guidelines")


def _id_problems(root: etree._Element, locator: Locator) -> list[Diagnostic]:
    """Every malformed or repeated xml:id (the parser stops at the first)."""
    seen: Counter[str] = Counter()
    found = []
    for node in root.iter():
        value = node.get(XML_ID) if isinstance(node.tag, str) else None
        if value is None:
            continue
        seen[value] += 1
        if not _NCNAME.match(value):
            found.append(error("E-ID-INVALID", f'xml:id "{value}" is not an XML name', locator.element(node),
                               "an id starts with a letter or _ and has no spaces or colons"))
        elif seen[value] > 1:
            found.append(error("E-ID-DUPLICATE", f'the id "{value}" is used more than once', locator.element(node),
                               "ids derive from content (note number, name): give the second element another id"))
    return found


def collapse(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Each distinct problem once, at its first place, with the count and lines of the others."""
    groups: dict[tuple, list[Diagnostic]] = {}
    for item in diagnostics:
        groups.setdefault((item.level, item.code, item.message, item.hint), []).append(item)
    result = []
    for items in groups.values():
        first = items[0]
        if len(items) > 1:
            lines = sorted({d.location.line for d in items[1:] if d.location and d.location.line})
            shown = ", ".join(map(str, lines[:8])) + (" …" if len(lines) > 8 else "")
            more = f" (and {len(items) - 1} more" + (f": lines {shown})" if shown else ")")
            first = Diagnostic(first.level, first.code, first.message + more, first.location, first.hint)
        result.append(first)
    return result
