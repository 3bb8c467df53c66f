"""RELAX NG errors of libxml2 as diagnostics that say what is allowed.

libxml2 says "Invalid attribute type for element note" whether the attribute
is unknown or its value is wrong, and never names the value.  The schema's
own text tells which: :class:`SchemaInfo` reads the grammar (not the compiled
validator) and lists, per element, its attributes and what each accepts, so
the message can name the value and the hint the allowed ones.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lxml import etree

from tei.diagnostics import Diagnostic, error
from tei.locate import Locator
from tei.xml import TEI_NS, XML_NS

RNG = "{http://relaxng.org/ns/structure/1.0}"
_CODES = {
    "RELAXNG_ERR_INVALIDATTR": "E-RNG-ATTRIBUTE",
    "RELAXNG_ERR_ELEMWRONG": "E-RNG-ELEMENT",
    "RELAXNG_ERR_ELEMEXTRANS": "E-RNG-ELEMENT",
    "RELAXNG_ERR_EXTRACONTENT": "E-RNG-ELEMENT",
    "RELAXNG_ERR_ELEMNAME": "E-RNG-ELEMENT",
    "RELAXNG_ERR_ELEMWRONGNS": "E-RNG-ELEMENT",
    "RELAXNG_ERR_ELEMNONS": "E-RNG-ELEMENT",
    "RELAXNG_ERR_NOELEM": "E-RNG-CONTENT",
    "RELAXNG_ERR_ELEMNOTEMPTY": "E-RNG-CONTENT",
    "RELAXNG_ERR_NOTELEM": "E-RNG-CONTENT",
    "RELAXNG_ERR_DATATYPE": "E-RNG-TEXT",
    "RELAXNG_ERR_VALUE": "E-RNG-TEXT",
    "RELAXNG_ERR_LIST": "E-RNG-TEXT",
    "RELAXNG_ERR_LACKDATA": "E-RNG-TEXT",
    "RELAXNG_ERR_TEXTWRONG": "E-RNG-TEXT",
}
#: Wrapper errors that only repeat what a more precise error already said.
_CASCADE = {"RELAXNG_ERR_CONTENTVALID", "RELAXNG_ERR_INTERSEQ", "RELAXNG_ERR_INTEREXTRA"}


class SchemaInfo:
    """What a RELAX NG grammar allows, per element name (read from its text)."""

    def __init__(self, path: Path) -> None:
        self.name = path.stem
        self.defines = {d.get("name"): d for d in etree.parse(str(path)).getroot().iter(f"{RNG}define")}
        self.by_element: dict[str, list[etree._Element]] = {}
        for define in self.defines.values():
            for element in define.iterchildren(f"{RNG}element"):
                if element.get("name"):
                    self.by_element.setdefault(element.get("name"), []).append(element)

    @lru_cache(maxsize=None)
    def attributes(self, element: str) -> dict[str, str]:
        """Attribute name → a short description of the values it accepts."""
        found: dict[str, str] = {}
        for pattern in self.by_element.get(element, []):
            self._collect(pattern, found, set())
        return found

    def _collect(self, node: etree._Element, found: dict[str, str], seen: set[str]) -> None:
        for child in node:
            if child.tag == f"{RNG}attribute":
                found.setdefault(child.get("name", ""), _describe(child))
            elif child.tag == f"{RNG}ref":
                name = child.get("name", "")
                target = self.defines.get(name)
                if target is not None and name not in seen and target.find(f"{RNG}element") is None:
                    seen.add(name)
                    self._collect(target, found, seen)
            elif child.tag not in (f"{RNG}element",):
                self._collect(child, found, seen)


def _describe(attribute: etree._Element) -> str:
    documented = attribute.findtext("{http://relaxng.org/ns/compatibility/annotations/1.0}documentation")
    if documented and not list(attribute.iter(f"{RNG}value")):
        several = attribute.find(f".//{RNG}list") is not None
        return documented + (" (several separated by spaces)" if several else "")
    values = [v.text or "" for v in attribute.iter(f"{RNG}value")]
    if values and not list(attribute.iter(f"{RNG}data")):
        return "one of: " + ", ".join(values)
    kinds = []
    for data in attribute.iter(f"{RNG}data"):
        pattern = data.findtext(f"{RNG}param[@name='pattern']")
        kinds.append(data.get("type", "") + (f" matching {pattern}" if pattern else ""))
    text = " or ".join(values + kinds) or "text"
    return ("a space-separated list of " + text) if attribute.find(f".//{RNG}list") is not None else text


@lru_cache(maxsize=4)
def schema_info(path: Path) -> SchemaInfo:
    return SchemaInfo(path)


def diagnostics(log: etree._ListErrorLog, locator: Locator, schema: Path) -> list[Diagnostic]:
    """One diagnostic per RELAX NG error, with the value named and the allowed ones as hint."""
    info = schema_info(schema)
    found = []
    places = set()
    for entry in log:
        repeated = entry.type_name == "RELAXNG_ERR_EXTRACONTENT" and entry.line in places
        if entry.type_name in _CASCADE or repeated:
            continue
        places.add(entry.line)
        node = _node(locator, entry.path)
        code = _CODES.get(entry.type_name, "E-RNG")
        message, hint = entry.message, f"see {schema.name} for what is allowed here"
        if code == "E-RNG-ATTRIBUTE" and node is not None:
            code, message, hint = _attribute(entry.message, node, info)
        elif code == "E-RNG-ELEMENT":
            message, hint = _element(entry.message, info)
        where = locator.element(node) if node is not None else locator.libxml_path(None, entry.line)
        found.append(error(code, f"{message} ({info.name})", where, hint))
    return found


def _node(locator: Locator, path: str | None) -> etree._Element | None:
    if not path:
        return None
    try:
        hits = locator.root.getroottree().xpath(path)
    except etree.XPathError:
        return None
    return hits[0] if hits and isinstance(hits[0], etree._Element) else None


def _attribute(message: str, node: etree._Element, info: SchemaInfo) -> tuple[str, str, str]:
    words = message.split()
    name = words[2] if len(words) > 2 else ""
    element = etree.QName(node).localname
    allowed = info.attributes(element)
    for key, value in node.attrib.items():
        qname = etree.QName(key)
        shown = f"xml:{qname.localname}" if qname.namespace == XML_NS else (
            f"{{{qname.namespace}}}{qname.localname}" if qname.namespace else qname.localname)
        if qname.localname != name:
            continue
        if qname.namespace not in (None, XML_NS):
            prefix = next((p for p, uri in node.nsmap.items() if uri == qname.namespace and p), qname.namespace)
            return ("E-RNG-ATTRIBUTE", f"attribute {prefix}:{name} is not allowed on {element}",
                    "attributes in other namespaces are not part of TEI; remove them or keep them outside the file")
        if shown in allowed:
            return ("E-RNG-VALUE", f'{element}/@{shown}="{value}" is not allowed', f"use {allowed[shown]}")
        return ("E-RNG-ATTRIBUTE", f"attribute {shown} is not allowed on {element}",
                "remove it, or use an attribute the element has")
    return "E-RNG-ATTRIBUTE", message, "see the schema"


def _element(message: str, info: SchemaInfo) -> tuple[str, str]:
    words = message.split()
    name = words[4] if message.startswith("Did not expect element") and len(words) > 4 else ""
    if name and name not in info.by_element:
        return (f"element {name} is not part of the schema",
                "use an element of the profile (schemas/edition.odd lists them)" if info.name == "edition"
                else "check the spelling and the namespace")
    if name:
        return f"element {name} is not allowed here", "move it to a place where its parent may contain it"
    return message, "see the schema for what is allowed here"


def tei_namespace_problem(root: etree._Element) -> tuple[str, str] | None:
    """A message and hint when the root is not a TEI element in the TEI namespace."""
    qname = etree.QName(root)
    if qname.namespace == TEI_NS and qname.localname in ("TEI", "teiCorpus"):
        return None
    if qname.localname in ("TEI", "teiCorpus"):
        where = f"namespace {qname.namespace}" if qname.namespace else "no namespace"
        return (f"the root element {qname.localname} is in {where}, not in the TEI namespace",
                f'declare xmlns="{TEI_NS}" on the root element')
    return (f"the root element is {qname.localname}, not TEI or teiCorpus",
            "validate TEI documents only (a TEI file starts with <TEI xmlns=\"" + TEI_NS + "\">)")
