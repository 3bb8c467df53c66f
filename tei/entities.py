"""Work lists over registers and converted TEI: entries without authority ids, names without ``@ref``."""

from __future__ import annotations

from copy import deepcopy
from pathlib import Path

from lxml import etree

from tei.diagnostics import Diagnostic
from tei.errors import XmlInputError
from tei.markup import flatten
from tei.registers import Register
from tei.xml import local_name, parse_file, tei

NAMES = ("persName", "placeName", "orgName")
#: Kinds of register that can resolve each name element.
NAME_KINDS = {"persName": ("person",), "placeName": ("place",), "orgName": ("org", "archive")}
CONTEXT = 50


def missing_authority(register: Register) -> list[dict[str, object]]:
    """Entries without an authority identifier, in register order."""
    return [{"id": entry.id, "kind": entry.kind, "name": entry.label, "file": entry.location.path,
             "line": entry.location.line}
            for entry in register.entries.values() if not entry.has_authority()]


def unresolved(folder: Path, register: Register) -> tuple[list[dict[str, object]], list[Diagnostic]]:
    """Names without ``@ref`` in the TEI files of ``folder``, grouped by element and name."""
    groups: dict[tuple[str, str], dict[str, object]] = {}
    problems: list[Diagnostic] = []
    for path in sorted(folder.glob("*.xml")):
        try:
            root = parse_file(path).getroot()
        except XmlInputError as exc:
            problems.append(exc.diagnostic)
            continue
        for element in root.iter(*(tei(name) for name in NAMES)):
            if any(parent.tag == tei("standOff") for parent in element.iterancestors()):
                continue
            if element.get("ref") or element.get("type") == "repository" and local_name(element) == "orgName":
                continue
            name = " ".join(flatten(element).split())
            group = groups.setdefault((local_name(element), name), {
                "element": local_name(element), "name": name, "candidates": _candidates(register, element, name),
                "mentions": []})
            group["mentions"].append({"file": str(path), "line": element.sourceline or 0,
                                      "context": _context(element)})
    return sorted(groups.values(), key=lambda g: (g["element"], -len(g["mentions"]), g["name"])), problems


def _candidates(register: Register, element: etree._Element, name: str) -> list[str]:
    found = []
    for kind in NAME_KINDS[local_name(element)]:
        found.extend(candidate.entry.id for candidate in register.index(kind).lookup(name))
    return sorted(set(found)) if len(set(found)) > 1 else []


def _context(element: etree._Element) -> str:
    """The text around a name in its paragraph or note (the name itself in [brackets])."""
    block = element.getparent()
    while block is not None and local_name(block) not in ("p", "note", "head", "item", "speaker", "signed",
                                                         "closer", "dateline", "ab", "cell", "quote"):
        block = block.getparent()
    if block is None:
        return " ".join(flatten(element).split())
    if local_name(block) == "speaker" and block.getparent() is not None:
        block = block.getparent()
    marker = "\uE000"
    copied = deepcopy(block)
    copied.tail = None
    target = next(node for node, original in zip(copied.iter(), block.iter()) if original is element)
    target.text, target[:] = marker, []
    text = " ".join(flatten(copied).split())
    at = text.find(marker)
    name = " ".join(flatten(element).split())
    return (text[max(0, at - CONTEXT):at] + "[" + name + "]" + text[at + 1:at + 1 + CONTEXT]).strip()
