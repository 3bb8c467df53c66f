"""Apply a :class:`~tei.schemas.odd.Customisation` to the official ``tei_all.rng``.

The official compiled schema (TEI P5 4.12.0) is the source of content models
and attribute classes, so the result can only ever narrow it:

1. attribute changes of classes, then of elements (an element's class
   attributes are flattened first, so a change stays local to it);
2. every element the ODD does not keep becomes ``notAllowed``, which is
   propagated (a choice loses the branch, an optional part disappears, a
   required part makes its parent impossible) until nothing changes;
3. definitions no longer reachable from ``start`` are dropped, with the
   embedded documentation and Schematron (which go to ``edition.sch``).

Removing choices, optional parts and attributes, closing value lists and
restricting datatypes only ever rejects more documents: the profile is a
subset of tei_all by construction (and the tests check it on documents).
"""

from __future__ import annotations

import re
from copy import deepcopy

from lxml import etree

from tei.diagnostics import Location, error
from tei.schemas.odd import AttChange, Customisation, OddError

RNG_NS = "http://relaxng.org/ns/structure/1.0"
SCH_NS = "http://purl.oclc.org/dsdl/schematron"
XSD_TYPES = "http://www.w3.org/2001/XMLSchema-datatypes"
ANNOTATIONS = "http://relaxng.org/ns/compatibility/annotations/1.0"
#: Patterns whose content is dead as soon as one child is.
_ALL_REQUIRED = {"group", "interleave", "element", "attribute", "list", "oneOrMore", "mixed", "define", "start"}
_NAME_CLASSES = {"anyName", "nsName", "name"}


def R(name: str) -> str:
    return f"{{{RNG_NS}}}{name}"


def _kind(node: etree._Element) -> str:
    return etree.QName(node).localname if isinstance(node.tag, str) and node.tag.startswith(f"{{{RNG_NS}}}") else ""


def edition_version(grammar: etree._Element) -> str:
    """The TEI edition named in the official schema's header comment ("4.12.0")."""
    for comment in grammar.iter(etree.Comment):
        match = re.search(r"P5 Version\s+(\d[\w.]*?)\.?\s+Last", comment.text or "")
        if match:
            return match.group(1)
    return "unknown"


class Grammar:
    """The tei_all grammar being customised, with its definitions by name."""

    def __init__(self, root: etree._Element, odd_path: str) -> None:
        self.root = root
        self.odd = odd_path
        for note in list(root.iter(f"{{{ANNOTATIONS}}}documentation")):
            note.getparent().remove(note)
        self.defines = {d.get("name"): d for d in root.iterchildren(R("define"))}
        self.element_defines = {}
        for name, define in self.defines.items():
            inner = define.find(R("element"))
            if inner is not None and inner.get("name"):
                self.element_defines[inner.get("name")] = name

    def fail(self, message: str, line: int, hint: str = "") -> OddError:
        return OddError(error("E-ODD", message, Location(self.odd, line), hint))

    # -- attribute changes ------------------------------------------------
    def apply_class_change(self, change: AttChange) -> None:
        define = self.defines.get(f"{change.owner}.attribute.{_att_key(change.name)}")
        if define is None:
            raise self.fail(f"class {change.owner} has no attribute {change.name} in tei_all", change.line)
        _change_attribute(define, change, self)

    def apply_element_change(self, change: AttChange) -> None:
        name = self.element_defines.get(change.owner)
        if name is None:
            raise self.fail(f"element {change.owner} is not in tei_all", change.line)
        element = self.defines[name].find(R("element"))
        self._flatten_classes(element)
        for child in list(element):
            if _kind(child) == "ref" and ".attribute." in child.get("name", ""):
                body = self.defines[child.get("name")]
                if _attribute_of(body) == change.name:
                    copies = [deepcopy(node) for node in body if _kind(node)]
                    _replace(child, copies)
        holders = [child for child in element if _attribute_of_pattern(child) == change.name]
        if not holders:
            raise self.fail(f"element {change.owner} has no attribute {change.name} in tei_all", change.line)
        wrapper = etree.SubElement(etree.Element(R("define")), R("group"))
        holders[0].addprevious(wrapper)
        wrapper.append(holders[0])
        _change_attribute(wrapper, change, self)
        _replace(wrapper, list(wrapper))

    def _flatten_classes(self, element: etree._Element) -> None:
        """Replace refs to attribute classes by refs to their single attributes."""
        for child in list(element):
            if _kind(child) == "ref" and child.get("name", "").endswith(".attributes"):
                _replace(child, [etree.Element(R("ref"), name=n) for n in self._class_members(child.get("name"))])

    def _class_members(self, name: str) -> list[str]:
        members: list[str] = []
        for child in self.defines[name]:
            if _kind(child) == "ref":
                target = child.get("name", "")
                members.extend(self._class_members(target) if target.endswith(".attributes") else [target])
            elif _kind(child) not in ("", "empty"):
                raise self.fail(f"cannot flatten attribute class {name}: it holds a {_kind(child)}", 0)
        return members

    # -- pruning ----------------------------------------------------------
    def prune(self, keep: frozenset[str], start: tuple[str, ...]) -> set[str]:
        """Make every element not in ``keep`` impossible; return the dead definitions."""
        missing = sorted(keep - set(self.element_defines))
        if missing:
            raise self.fail(f"elements not in tei_all: {', '.join(missing)}", 0, "check the moduleRef include lists")
        dead = {name for element, name in self.element_defines.items() if element not in keep}
        for name in dead:
            define = self.defines[name]
            for child in list(define):
                define.remove(child)
            etree.SubElement(define, R("notAllowed"))
        while True:
            newly = {name for name, define in self.defines.items() if name not in dead and _simplify(define, dead)}
            if not newly:
                break
            dead |= newly
        impossible = sorted(e for e in keep if self.element_defines[e] in dead)
        if impossible:
            raise self.fail(f"elements of the profile that can never occur (they require elements left out): "
                            f"{', '.join(impossible)}", 0, "include the elements they require")
        self._set_start(start)
        return dead

    def _set_start(self, start: tuple[str, ...]) -> None:
        node = self.root.find(R("start"))
        for child in list(node):
            node.remove(child)
        choice = etree.SubElement(node, R("choice"))
        for name in start:
            etree.SubElement(choice, R("ref"), name=self.element_defines[name])

    def reachable(self) -> set[str]:
        seen: set[str] = set()
        todo = [self.root.find(R("start"))]
        while todo:
            for ref in todo.pop().iter(R("ref")):
                name = ref.get("name")
                if name not in seen:
                    seen.add(name)
                    todo.append(self.defines[name])
        return seen


def _att_key(name: str) -> str:
    return name.replace("xml:", "xml")


def _attribute_of(define: etree._Element) -> str | None:
    for child in define:
        found = _attribute_of_pattern(child)
        if found:
            return found
    return None


def _attribute_of_pattern(node: etree._Element) -> str | None:
    if _kind(node) == "attribute":
        return node.get("name")
    if _kind(node) == "optional" and len(node) and _kind(node[0]) == "attribute":
        return node[0].get("name")
    return None


def _replace(node: etree._Element, replacements: list[etree._Element]) -> None:
    for item in replacements:
        node.addprevious(item)
    node.getparent().remove(node)


def _change_attribute(holder: etree._Element, change: AttChange, grammar: Grammar) -> None:
    """Apply one attDef change to the (optional) attribute pattern inside ``holder``."""
    wrapper = next(child for child in holder if _attribute_of_pattern(child))
    attribute = wrapper if _kind(wrapper) == "attribute" else wrapper[0]
    if change.mode == "delete":
        holder.remove(wrapper)
        return
    if change.usage == "req" and _kind(wrapper) == "optional":
        wrapper.addprevious(attribute)
        holder.remove(wrapper)
    elif change.usage == "opt" and _kind(wrapper) == "attribute":
        raise grammar.fail(f"{change.owner}/@{change.name} is required in tei_all; making it optional "
                           "would leave tei_all", change.line)
    content = _content(change)
    if content is None:
        return
    for child in list(attribute):
        attribute.remove(child)
    described = change.description or "; ".join(f"{value}: {desc}" for value, desc in change.values if desc)
    if described:
        etree.SubElement(attribute, f"{{{ANNOTATIONS}}}documentation", nsmap={"a": ANNOTATIONS}).text = described
    attribute.append(content)


def _content(change: AttChange) -> etree._Element | None:
    if change.values:
        items = [_value(value) for value, _ in change.values]
    elif change.datatype:
        items = [_data(ref.name, ref.restriction) for ref in change.datatype]
    else:
        return None
    pattern = items[0] if len(items) == 1 else _wrap("choice", items)
    if change.repeat:
        pattern = _wrap("list", [_wrap("oneOrMore", [pattern])])
    return pattern


def _wrap(kind: str, children: list[etree._Element]) -> etree._Element:
    node = etree.Element(R(kind))
    node.extend(children)
    return node


def _value(text: str) -> etree._Element:
    node = etree.Element(R("value"))
    node.text = text
    return node


def _data(name: str, pattern: str | None) -> etree._Element:
    node = etree.Element(R("data"), type=name)
    if pattern:
        etree.SubElement(node, R("param"), name="pattern").text = pattern
    return node


def _simplify(node: etree._Element, dead: set[str]) -> bool:
    """Propagate ``notAllowed`` inside ``node``; True when ``node`` itself can never match."""
    kind = _kind(node)
    if kind == "notAllowed":
        return True
    if kind == "ref":
        return node.get("name") in dead
    if kind in ("data", "value", "text", "empty", "param", "except") or kind in _NAME_CLASSES:
        return False
    children = [c for c in node if _kind(c) and not (kind in ("element", "attribute") and _is_name_class(c))]
    if kind == "choice":
        for child in children:
            if _simplify(child, dead):
                node.remove(child)
        return len([c for c in node if _kind(c)]) == 0
    failed = any([_simplify(child, dead) for child in children])
    if failed and kind in ("zeroOrMore", "optional"):
        _replace(node, [etree.Element(R("empty"))])
        return False
    return failed and (kind in _ALL_REQUIRED or kind == "")


def _is_name_class(node: etree._Element) -> bool:
    kind = _kind(node)
    return kind in _NAME_CLASSES or (kind == "choice" and all(_kind(c) in _NAME_CLASSES for c in node))
