"""Corrections of third-party TEI, declared beside it and applied on import: the files stay as published.

A third-party file may carry mistakes of its encoding: FRUS links the Meeker of the
Budapest legation to Leonard C. Meeker of the Department's legal office, and the
father of Under Secretary Herbert Hoover, Jr., to the son.  They are corrected in
``<stem>.corrections.toml`` beside the file (as ``<stem>.edits.toml`` corrects a
converted source), one table per correction::

    [[correction]]
    element = "persName"          # the element's name (default persName)
    text = "Herbert Hoover"       # its text, spaces normalised
    within = "d109fn5"            # optional: only inside the element with this xml:id
    count = 1                     # optional: how many places it must match
    set = { ref = "#hoover-sr" }  # attributes to set (ref: a register entry) …
    remove = ["corresp"]          # … or to remove (no link at all: the person is not in the register)
    reason = "the father, not the Under Secretary"

The import applies them to the input before the mapping and records each one in the
document's header (``editorialDecl/correction``); a name whose link a correction removes
without setting another stays without one (name recognition does not link it again); a
correction that no longer matches (the file changed) is reported and not applied.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from tei.diagnostics import Diagnostic, Location, error, relative_path, warning
from tei.edits.sidecar import array_headers
from tei.xml import TEI_NS, XML_ID, child, sub, tei

SUFFIX = ".corrections.toml"
KEYS = frozenset({"element", "text", "within", "count", "set", "remove", "reason"})
HINT = "see the README, section Exchange formats (corrections of third-party TEI)"


@dataclass(frozen=True)
class Correction:
    line: int
    element: str
    text: str
    within: str
    count: int | None
    set: tuple[tuple[str, str], ...]
    remove: tuple[str, ...]
    reason: str

    @property
    def unlinks(self) -> bool:
        """Whether the name is left without a register entry (its link removed, none set)."""
        names = {name for name, _ in self.set}
        return bool({"corresp", "ref"} & set(self.remove)) and not {"corresp", "ref"} & names

    def describe(self, places: int) -> str:
        where = f" in #{self.within}" if self.within else ""
        changes = [f"@{name} set to “{value}”" for name, value in self.set] + [f"@{name} removed" for name in self.remove]
        return (f"{self.element} “{self.text}”{where} ({places} place{'s' if places != 1 else ''}): "
                f"{', '.join(changes)}. {self.reason}")


def sidecar(path: Path) -> Path:
    return path.with_name(path.stem + SUFFIX)


def read(path: Path) -> tuple[list[Correction], list[Diagnostic]]:
    """The corrections declared for the file ``path`` (none without sidecar), and what is wrong with them."""
    file = sidecar(path)
    if not file.is_file():
        return [], []
    shown = relative_path(file)
    text = file.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return [], [error("E-IMPORT-CORRECTION", f"not valid TOML: {exc}", Location(shown), HINT)]
    lines = array_headers(text.split("\n")).get("correction", [])
    tables = data.get("correction", [])
    unknown = sorted(set(data) - {"correction"})
    problems = [error("E-IMPORT-CORRECTION", f"unknown table “{unknown[0]}” (only [[correction]] tables)",
                      Location(shown), HINT)] if unknown else []
    found = []
    for number, table in enumerate(tables if isinstance(tables, list) else []):
        line = lines[number] if number < len(lines) else 0
        correction, problem = _correction(table, line)
        if problem:
            problems.append(error("E-IMPORT-CORRECTION", problem, Location(shown, line), HINT))
        else:
            found.append(correction)
    return found, problems


def _correction(table: dict, line: int) -> tuple[Correction | None, str]:
    unknown = sorted(set(table) - KEYS)
    if unknown:
        return None, f"unknown key “{unknown[0]}” in [[correction]] (keys: {', '.join(sorted(KEYS))})"
    strings = {key: table.get(key, "") for key in ("element", "text", "within", "reason")}
    if not all(isinstance(value, str) for value in strings.values()):
        return None, "element, text, within and reason must be strings"
    if not strings["text"].strip() or not strings["reason"].strip():
        return None, 'a correction needs text = "…" (the element\'s text) and reason = "…" (why)'
    changes, removed = table.get("set", {}), table.get("remove", [])
    if not isinstance(changes, dict) or not all(isinstance(v, str) for v in changes.values()) or \
            not isinstance(removed, list) or not all(isinstance(v, str) for v in removed) or not (changes or removed):
        return None, 'a correction needs set = { attribute = "value" } or remove = ["attribute"]'
    count = table.get("count")
    if count is not None and (not isinstance(count, int) or count < 1):
        return None, "count must be a positive number"
    return Correction(line, strings["element"] or "persName", " ".join(strings["text"].split()),
                      strings["within"], count, tuple(sorted(changes.items())), tuple(removed),
                      " ".join(strings["reason"].split())), ""


def apply(root: etree._Element, corrections: list[Correction],
          shown: str) -> tuple[list[tuple[Correction, int]], list[Diagnostic]]:
    """Apply ``corrections`` to the input ``root`` in place; those applied (with their number of places) and
    those that could not be."""
    done: list[tuple[Correction, int]] = []
    problems: list[Diagnostic] = []
    for correction in corrections:
        places = _matches(root, correction)
        if not places or (correction.count is not None and len(places) != correction.count):
            expected = f"{correction.count}" if correction.count is not None else "at least one"
            problems.append(warning(
                "W-IMPORT-CORRECTION", f"the correction of {correction.element} “{correction.text}” matches "
                f"{len(places)} places, not {expected}: not applied", Location(shown, correction.line),
                "the file has changed since the correction was written: check it and update the sidecar"))
            continue
        for element in places:
            for name, value in correction.set:
                element.set(name, value)
            for name in correction.remove:
                element.attrib.pop(name, None)
        done.append((correction, len(places)))
    return done, problems


def keep_unlinked(mapped: etree._Element, done: list[tuple[Correction, int]]) -> None:
    """Names a correction unlinked stay so: the name recognition after the mapping links every name it
    can (FRUS's Meeker of the legation would become the register's Leonard C. Meeker again)."""
    for correction, _ in done:
        if correction.unlinks:
            for element in _matches(mapped, correction):
                element.attrib.pop("ref", None)


def _matches(root: etree._Element, correction: Correction) -> list[etree._Element]:
    scope = root
    if correction.within:
        scope = next((node for node in root.iter() if isinstance(node.tag, str) and node.get(XML_ID) == correction.within),
                     None)
        if scope is None:
            return []
    return [node for node in scope.iter(f"{{{TEI_NS}}}{correction.element}")
            if " ".join("".join(node.itertext()).split()) == correction.text]


def record(mapped: etree._Element, done: list[tuple[Correction, int]], shown: str) -> None:
    """Each correction as a paragraph of ``editorialDecl/correction`` in the mapped document's header."""
    if not done:
        return
    header = mapped.find(tei("teiHeader"))
    encoding = header.find(tei("encodingDesc"))
    if encoding is None:
        encoding = etree.Element(tei("encodingDesc"))
        header.find(tei("fileDesc")).addnext(encoding)
    correction = child(child(encoding, "editorialDecl"), "correction")
    for applied, places in done:
        sub(correction, "p", f"The source's encoding was corrected on import ({sidecar(Path(shown)).name}): "
                             f"{applied.describe(places)}")
