"""The project's schemas, derived from its ODD: ``tei schemas build`` and the staleness check.

``schemas/edition.odd`` is the only hand-written schema file.  From it and
the official ``tei_all.rng`` this package derives ``edition.rng`` (RELAX NG),
``edition.sch`` (Schematron) and, through trang, ``edition.xsd`` with its
``xml.xsd``.  The same inputs always give the same bytes.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tei.diagnostics import error, relative_path
from tei.errors import ConfigError
from tei.paths import SCHEMAS, reference_dir
from tei.rngreport import GENERATED
from tei.schemas import odd, sch, xsd
from tei.schemas.rng import RNG_NS, Grammar, edition_version
from tei.xml import parse_file

ODD = SCHEMAS / "edition.odd"
ANNOTATIONS = "http://relaxng.org/ns/compatibility/annotations/1.0"


def tei_all_path() -> Path:
    folder = reference_dir()
    if folder is None:
        raise ConfigError(error("E-SCHEMA-REFERENCE", "the official tei_all.rng is not available",
                                hint="put it in ../shared/reference/tei or point TEI_REFERENCE to its folder"))
    return folder / "tei_all.rng"


def generate(odd_path: Path = ODD, tei_all: Path | None = None, with_xsd: bool = True) -> dict[str, bytes]:
    """The derived schema files as ``{name: bytes}``."""
    custom = odd.load(odd_path)
    grammar_root = parse_file(tei_all or tei_all_path()).getroot()
    version = edition_version(grammar_root)
    patterns = sch.tei_patterns(grammar_root)
    prefixes = sch.namespaces(grammar_root)
    grammar = Grammar(grammar_root, relative_path(odd_path))
    for change in custom.class_changes:
        grammar.apply_class_change(change)
    for change in custom.element_changes:
        grammar.apply_element_change(change)
    grammar.prune(custom.elements, custom.start)
    reachable = grammar.reachable()
    kept = [(owner, pattern) for owner, pattern in patterns if _owner_kept(owner, grammar, reachable)]
    rng_root = _finish(grammar, reachable, version)
    title = f"Integrity rules of the {custom.ident} profile (TEI P5 {version})"
    files = {
        "edition.rng": _serialise(rng_root),
        "edition.sch": _serialise(sch.schema(title, prefixes, kept, custom.constraints), _notice(version)),
    }
    if with_xsd:
        files.update(xsd.convert(files["edition.rng"]))
    return files


def tei_all_schematron(tei_all: Path | None = None) -> etree._Element:
    """All of tei_all's embedded Schematron patterns as one schema (for ``--schema tei_all``)."""
    root = parse_file(tei_all or tei_all_path()).getroot()
    return sch.schema("TEI P5 tei_all constraints", sch.namespaces(root), sch.tei_patterns(root), [])


def build(out_dir: Path = SCHEMAS) -> list[Path]:
    """Regenerate the derived files into ``out_dir``; return those whose bytes changed."""
    changed = []
    for name, data in generate().items():
        target = out_dir / name
        if not target.is_file() or target.read_bytes() != data:
            target.write_bytes(data)
            changed.append(target)
    return changed


def stale(out_dir: Path = SCHEMAS) -> list[str]:
    """Names of derived files that differ from a fresh generation."""
    return [name for name, data in generate().items()
            if not (out_dir / name).is_file() or (out_dir / name).read_bytes() != data]


def _owner_kept(owner: str, grammar: Grammar, reachable: set[str]) -> bool:
    if owner in reachable:
        return True
    return any(name.startswith(owner + ".attribute.") for name in reachable)


def _finish(grammar: Grammar, reachable: set[str], version: str) -> etree._Element:
    root = grammar.root
    for child in list(root):
        if not (child.tag == f"{{{RNG_NS}}}start" or
                (child.tag == f"{{{RNG_NS}}}define" and child.get("name") in reachable)):
            root.remove(child)
    for node in list(root.iter()):
        if not isinstance(node.tag, str) or not node.tag.startswith((f"{{{RNG_NS}}}", f"{{{ANNOTATIONS}}}")):
            node.getparent().remove(node)
    for group in root.iter():
        _drop_redundant_empty(group)
    etree.cleanup_namespaces(root)
    root.insert(0, etree.Comment(_notice(version)))
    return root


def _drop_redundant_empty(node: etree._Element) -> None:
    """``empty`` beside other patterns in a group-like pattern adds nothing; drop it."""
    if etree.QName(node).localname in ("choice", "start"):
        return
    patterns = [c for c in node if isinstance(c.tag, str)]
    empties = [c for c in patterns if c.tag == f"{{{RNG_NS}}}empty"]
    for extra in empties if len(empties) < len(patterns) else empties[1:]:
        node.remove(extra)


def _notice(version: str) -> str:
    return (f" {GENERATED} from edition.odd and TEI P5 {version} (tei_all); do not edit. "
            "Derived from TEI material, (c) TEI Consortium, available under CC BY 3.0 and BSD-2-Clause. ")


def _serialise(root: etree._Element, comment: str | None = None) -> bytes:
    etree.indent(root, space="  ")
    body = etree.tostring(root, encoding="UTF-8")
    head = b'<?xml version="1.0" encoding="UTF-8"?>\n'
    if comment:
        head += b"<!--" + comment.encode() + b"-->\n"
    return head + body + b"\n"
