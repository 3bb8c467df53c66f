"""XInclude in third-party TEI: reported when left unresolved, resolved safely on request.

lxml's own XInclude would load whatever a document names (absolute paths,
URLs).  Here only files inside the including document's folder are read,
each through the hardened parser, with a depth limit and cycle detection;
everything else is reported with the line of the ``xi:include``.
"""

from __future__ import annotations

from copy import deepcopy
from pathlib import Path

from lxml import etree

from tei.diagnostics import Diagnostic, error, relative_path
from tei.errors import XmlInputError
from tei.locate import Locator
from tei.xml import MAX_INPUT_BYTES, XML_ID, parse_file

XI_NS = "http://www.w3.org/2001/XInclude"
INCLUDE = f"{{{XI_NS}}}include"
MAX_DEPTH = 8


def includes(root: etree._Element) -> list[etree._Element]:
    return list(root.iter(INCLUDE))


def unresolved(root: etree._Element, locator: Locator) -> list[Diagnostic]:
    """One error per include: the document was validated without the included parts."""
    return [error("E-XINCLUDE", f'the document includes "{node.get("href", "")}" through XInclude; '
                  "it was validated without the included part",
                  locator.element(node), "run tei validate --xinclude to resolve local includes")
            for node in includes(root)]


def resolve(root: etree._Element, base: Path, locator: Locator) -> list[Diagnostic]:
    """Replace each ``xi:include`` by what it names; record included roots in ``locator.included``."""
    return _resolve(root, base.resolve(), locator, (base.resolve(),))


def _resolve(root: etree._Element, including: Path, locator: Locator, stack: tuple[Path, ...]) -> list[Diagnostic]:
    problems: list[Diagnostic] = []
    for node in includes(root):
        href = node.get("href", "")
        where = locator.element(node)
        target = (including.parent / href).resolve() if href else None
        if not href or "://" in href or Path(href).is_absolute() or not _inside(target, including.parent):
            problems.append(error("E-XINCLUDE-REFUSED", f'XInclude of "{href}" is refused: only files in the '
                                  "document's folder are included", where, "copy the file beside the document"))
            continue
        if target in stack or len(stack) > MAX_DEPTH:
            problems.append(error("E-XINCLUDE-CYCLE", f'XInclude of "{href}" loops or nests too deep', where,
                                  "remove the circular include"))
            continue
        replacement, found = _load(node, target, where)
        problems.extend(found)
        if replacement is None:
            continue
        if isinstance(replacement, str):
            _replace_with_text(node, replacement)
            continue
        locator.included[replacement] = relative_path(target)
        problems.extend(_resolve(replacement, target, locator, stack + (target,)))
        replacement.tail = node.tail
        node.getparent().replace(node, replacement)
    return problems


def _inside(target: Path | None, folder: Path) -> bool:
    if target is None:
        return False
    try:
        target.relative_to(folder)
        return True
    except ValueError:
        return False


def _load(node: etree._Element, target: Path, where) -> tuple[etree._Element | str | None, list[Diagnostic]]:
    if not target.is_file():
        fallback = node.find(f"{{{XI_NS}}}fallback")
        if fallback is not None and len(fallback):
            return deepcopy(fallback[0]), []
        return None, [error("E-XINCLUDE-MISSING", f'the included file "{node.get("href")}" does not exist',
                            where, "fix the href or add the file")]
    if node.get("parse") == "text":
        if target.stat().st_size > MAX_INPUT_BYTES:
            return None, [error("E-XINCLUDE-SIZE", "the included text file is too large", where, "split it")]
        return target.read_text(encoding=node.get("encoding", "utf-8"), errors="replace"), []
    try:
        included = parse_file(target).getroot()
    except XmlInputError as exc:
        return None, [exc.diagnostic]
    pointer = node.get("xpointer")
    if pointer:
        match = next((e for e in included.iter() if e.get(XML_ID) == pointer), None)
        if match is None:
            return None, [error("E-XINCLUDE-XPOINTER", f'xpointer "{pointer}" is not an xml:id in the included '
                                "file (only shorthand pointers are supported)", where, "point to an xml:id")]
        included = match
    return deepcopy(included), []


def _replace_with_text(node: etree._Element, text: str) -> None:
    parent = node.getparent()
    previous = node.getprevious()
    joined = text + (node.tail or "")
    if previous is not None:
        previous.tail = (previous.tail or "") + joined
    else:
        parent.text = (parent.text or "") + joined
    parent.remove(node)
