"""Schematron of the profile: TEI's own constraints on the elements kept, plus the ODD's rules.

``tei_all.rng`` embeds the Guidelines' Schematron patterns next to the
definitions they constrain; those of definitions the profile keeps go to
``edition.sch`` together with the project's ``constraintSpec``s.  The same
extraction gives the full set of tei_all patterns for ``--schema tei_all``.
"""

from __future__ import annotations

from copy import deepcopy
import re

from lxml import etree

from tei.schemas.rng import RNG_NS, SCH_NS

TEI_NS = "http://www.tei-c.org/ns/1.0"


def S(name: str) -> str:
    return f"{{{SCH_NS}}}{name}"


def pattern_code(pattern_id: str | None, owner: str) -> str:
    """A stable rule id for a TEI pattern: ``TEI-<spec>-<constraint>``."""
    core = re.sub(r"^tei_all-|-constraint(-rule-\d+)?$", "", pattern_id or "")
    if not core or re.fullmatch(r"d\d+e\d+", core):
        core = f"{owner}-constraint"
    return "TEI-" + core


def tei_patterns(grammar: etree._Element) -> list[tuple[str, etree._Element]]:
    """Every embedded TEI pattern (a copy) with the definition (or spec ident) it belongs to.

    Copies, because the caller goes on to prune the grammar, which would empty
    patterns that still lived inside it.
    """
    found = []
    for pattern in grammar.iter(S("pattern")):
        define = next((a for a in pattern.iterancestors(f"{{{RNG_NS}}}define")), None)
        if define is not None:
            owner = define.get("name", "")
        else:
            owner = re.sub(r"^tei_all-", "", pattern.get("id", "")).split("-")[0]
        found.append((owner, deepcopy(pattern)))
    return found


def namespaces(grammar: etree._Element) -> list[tuple[str, str]]:
    """The prefixes TEI's patterns use (``sch:ns`` of the grammar)."""
    found = {ns.get("prefix", ""): ns.get("uri", "") for ns in grammar.iter(S("ns"))}
    return sorted(found.items())


def schema(title: str, prefixes: list[tuple[str, str]], tei: list[tuple[str, etree._Element]],
           project: list[etree._Element]) -> etree._Element:
    """An ISO Schematron schema (XPath 2 binding) from TEI patterns and constraintSpecs."""
    root = etree.Element(S("schema"), nsmap={"sch": SCH_NS}, queryBinding="xslt2")
    etree.SubElement(root, S("title")).text = title
    for prefix, uri in prefixes:
        etree.SubElement(root, S("ns"), prefix=prefix, uri=uri)
    if tei:
        root.append(etree.Comment(" Constraints of the TEI Guidelines on the elements and classes kept "))
    for owner, pattern in tei:
        copy = _clean(pattern)
        copy.set("id", pattern_code(pattern.get("id"), owner))
        root.append(copy)
    diagnostics = []
    if project:
        root.append(etree.Comment(" Integrity rules of the project (edition.odd) "))
    for spec in project:
        pattern = etree.SubElement(root, S("pattern"), id="rules-" + spec.get("ident", ""))
        for rule in spec.iterfind(f"*/{S('rule')}"):
            pattern.append(_clean(rule))
        diagnostics.extend(_clean(item) for item in spec.iterfind(f"*/{S('diagnostic')}"))
    if diagnostics:
        holder = etree.SubElement(root, S("diagnostics"))
        holder.extend(diagnostics)
    return root


def _clean(node: etree._Element) -> etree._Element:
    """A copy with the ``sch:`` prefix and no stray namespace declarations."""
    copy = etree.Element(node.tag, dict(node.attrib), nsmap={"sch": SCH_NS})
    copy.text = node.text
    for child in node:
        if isinstance(child.tag, str):
            inner = _clean(child)
            inner.tail = child.tail
            copy.append(inner)
    return copy
