"""Self-contained documents: the register entries a document refers to, copied into its standOff (priority 90).

Every ``@ref`` the enrichment wrote points to ``#id``; the entries with
those ids (and any entry they in turn refer to) are copied from the
registers into ``standOff/listPerson``, ``listPlace``, ``listOrg`` and
``listOrg type="archives"``, sorted by id, so that each document resolves
every reference inside itself.  A reference that resolves nowhere is an error.
"""

from __future__ import annotations

import copy

from lxml import etree

from tei.diagnostics import Diagnostic, Location, error
from tei.registers import KINDS, Entry, Register, load
from tei.transforms import Context, transform
from tei.xml import XML_ID, tei

REFERRING = ("ref", "corresp", "target")
LISTS = (("person", "listPerson", None), ("place", "listPlace", None), ("org", "listOrg", None),
         ("archive", "listOrg", "archives"))


@transform("standoff", 90)
def standoff(root: etree._Element, context: Context) -> list[Diagnostic]:
    register = load(context.registers)
    local = {element.get(XML_ID) for element in root.iter() if element.get(XML_ID)}
    wanted = _references(root) - local
    entries, missing = _closure(wanted, register)
    problems = [error("E-REF-DANGLING", f"@ref “#{ref}” points to no register entry",
                      Location(context.document.path), "add the entry to the registers or remove the reference")
                for ref in sorted(missing)]
    clashes = sorted(entry.id for entry in entries if entry.id in local)
    problems += [error("E-REG-ID-CLASH", f"register id “{ref}” is also an id in the document",
                       Location(context.document.path), "rename the register entry") for ref in clashes]
    if entries:
        _insert(root, [entry for entry in entries if entry.id not in local])
    return problems


def _references(node: etree._Element) -> set[str]:
    found: set[str] = set()
    for element in node.iter():
        for name in REFERRING:
            for value in (element.get(name) or "").split():
                if value.startswith("#") and len(value) > 1:
                    found.add(value[1:])
    return found


def _closure(wanted: set[str], register: Register) -> tuple[list[Entry], set[str]]:
    """The entries referred to, and those their own entries refer to; ids found nowhere."""
    entries: dict[str, Entry] = {}
    missing: set[str] = set()
    queue = sorted(wanted)
    while queue:
        ref = queue.pop()
        if ref in entries or ref in missing:
            continue
        entry = register.entries.get(ref)
        if entry is None or entry.element is None:
            missing.add(ref)
            continue
        entries[ref] = entry
        queue.extend(sorted(_references(entry.element) - set(entries)))
    return sorted(entries.values(), key=lambda item: item.id), missing


def _insert(root: etree._Element, entries: list[Entry]) -> None:
    stand_off = root.find(tei("standOff"))
    if stand_off is None:
        stand_off = etree.Element(tei("standOff"))
        header = root.find(tei("teiHeader"))
        if header is not None:
            header.addnext(stand_off)
        else:
            root.insert(0, stand_off)
    for kind, list_name, list_type in LISTS:
        chosen = [entry for entry in entries if entry.kind == kind]
        if not chosen:
            continue
        listing = etree.SubElement(stand_off, tei(list_name))
        if list_type:
            listing.set("type", list_type)
        for entry in chosen:
            listing.append(_copy(entry.element))


def _copy(element: etree._Element) -> etree._Element:
    copied = copy.deepcopy(element)
    for comment in copied.xpath("//comment()"):
        if comment.getparent() is not None:
            comment.getparent().remove(comment)
    copied.tail = None
    return copied


assert set(KINDS) == {kind for kind, _, _ in LISTS}
