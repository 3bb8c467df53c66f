"""Read one TEI register file into entries; report what is wrong with file and line.

A register is ordinary TEI (``listPerson``, ``listPlace``, ``listOrg`` in a
``TEI`` document, its body or its standOff) that scholars edit.  An entry's
first untyped name is its main name; typed names are the other forms it is
written in (``abbreviation``, ``variant``, ``erroneous``, ``short`` …).
Structured main names (forename, surname, genName, addName) also give the
regular forms that follow from them (see :func:`tei.parse.names.derived_forms`).
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from tei.diagnostics import Diagnostic, Location, error, relative_path
from tei.errors import XmlInputError
from tei.parse.names import StructuredName, derived_forms
from tei.registers.model import KINDS, Entry, NameForm
from tei.xml import TEI_NS, XML_ID, local_name, parse_bytes, tei

ROOTS = frozenset({"TEI", "teiCorpus", "standOff", "listPerson", "listPlace", "listOrg"})
MAIN_TYPES = frozenset({"", "main", "canonical", "full"})


def read_register(path: Path) -> tuple[list[Entry], list[Diagnostic]]:
    """Entries of one register file and the problems found in it (never raises for bad input)."""
    shown = relative_path(path)
    try:
        root, problems = _parse(path, shown)
    except XmlInputError as exc:
        return [], [exc.diagnostic]
    if etree.QName(root).namespace != TEI_NS or local_name(root) not in ROOTS:
        return [], [error("E-REG-NOT-TEI", f"the root element <{etree.QName(root).localname}> is not a TEI register",
                          Location(shown, root.sourceline or 1),
                          "a register is a TEI document with listPerson, listPlace or listOrg in the TEI namespace")]
    entries: list[Entry] = []
    archives = path.stem == "archives"
    for node in root.iter(tei("person"), tei("place"), tei("org")):
        if node.get(XML_ID, "").startswith(DUPLICATE):
            continue
        kind = _kind(node, archives)
        entry = _entry(node, kind, shown, problems)
        if entry is not None:
            entries.append(entry)
    return entries, problems


#: Stand-in id given to the second entry with an id while reading; such entries are left out.
DUPLICATE = "duplicate-id-at-line-"


def _parse(path: Path, shown: str) -> tuple[etree._Element, list[Diagnostic]]:
    """Parse a register; an xml:id used twice leaves out the later entry instead of the whole file.

    (The XML parser refuses a repeated xml:id; the repeated one is renamed to a
    stand-in, reported with its line, and the parse is tried again.)
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise XmlInputError(error("E-XML-READ", f"cannot read file: {exc.strerror}", Location(shown))) from None
    problems: list[Diagnostic] = []
    for _ in range(100):
        try:
            return parse_bytes(data, str(path)).getroot(), problems
        except XmlInputError as exc:
            match = re.search(r"ID (\S+) already defined", exc.diagnostic.message)
            line = exc.diagnostic.location.line if exc.diagnostic.location else 0
            renamed = _rename_id(data, line, match.group(1)) if match and line else None
            if renamed is None:
                raise
            problems.append(error("E-REG-DUPLICATE-ID", f"xml:id “{match.group(1)}” is used twice in this file; "
                                  "this entry is left out", Location(shown, line),
                                  "give each entry its own id (ids are shared by every register file)"))
            data = renamed
    return parse_bytes(data, str(path)).getroot(), problems


def _rename_id(data: bytes, line: int, identifier: str) -> bytes | None:
    lines = data.split(b"\n")
    if not 0 < line <= len(lines):
        return None
    attribute = f'xml:id="{identifier}"'.encode()
    for number in (line - 1, line - 2):
        if 0 <= number < len(lines) and attribute in lines[number]:
            lines[number] = lines[number].replace(attribute, f'xml:id="{DUPLICATE}{line}"'.encode(), 1)
            return b"\n".join(lines)
    return None


def _kind(node: etree._Element, archives: bool) -> str:
    name = local_name(node)
    if name != "org":
        return name
    listing = node.getparent()
    is_archive = archives or (listing is not None and listing.get("type") == "archives")
    return "archive" if is_archive else "org"


def _entry(node: etree._Element, kind: str, shown: str, problems: list[Diagnostic]) -> Entry | None:
    location = Location(shown, node.sourceline or 0)
    identifier = node.get(XML_ID, "")
    if not identifier:
        problems.append(error("E-REG-NO-ID", f"a <{local_name(node)}> entry has no xml:id", location,
                              'give it a stable id derived from the name, e.g. xml:id="khrushchev"'))
        return None
    names = node.findall(tei(KINDS[kind][1]))
    if not names:
        problems.append(error("E-REG-NO-NAME", f"entry “{identifier}” has no <{KINDS[kind][1]}>", location,
                              f"add <{KINDS[kind][1]}> with the entry's main name"))
        return None
    main = next((name for name in names if _kind_of(name) == ""), names[0])
    structured = _structured(main) if kind == "person" else StructuredName()
    forms = _forms(names, main, structured)
    return Entry(
        id=identifier, kind=kind, label=_text(main, skip=("roleName",)), forms=tuple(forms), location=location,
        note=_note(node), surname=structured.surname, forenames=structured.forenames,
        roles=tuple(_text(role) for role in main.findall(tei("roleName"))),
        authorities=tuple((idno.get("type", ""), _text(idno)) for idno in node.findall(tei("idno"))),
        element=node,
    )


def _forms(names: list[etree._Element], main: etree._Element, structured: StructuredName) -> list[NameForm]:
    forms = [NameForm(_text(main, skip=("roleName",)), "canonical")]
    if structured.surname:
        forms.extend(NameForm(text, kind, explicit=False) for text, kind in derived_forms(structured))
    for name in names:
        if name is main:
            continue
        kind = _kind_of(name) or "variant"
        forms.append(NameForm(_text(name, skip=("roleName",)), kind))
        variant = _structured(name)
        if variant.surname:
            derived_kind = "erroneous" if kind == "erroneous" else None
            forms.extend(NameForm(text, derived_kind or k, explicit=False) for text, k in derived_forms(variant))
    return [form for form in forms if form.text]


def _kind_of(name: etree._Element) -> str:
    """What form a name is; "" for a main name.

    Its @type (persons, places), ``full="abb"`` for an abbreviation (organisations, whose @type
    the edition profile reserves for repositories), ``cert="low"`` for a designation several
    entries share ("Foreign Ministry"), which the text of a document decides.
    """
    if name.get("cert") == "low":
        return "generic"
    kind = name.get("type", "")
    if kind not in MAIN_TYPES:
        return kind
    return "abbreviation" if name.get("full") == "abb" else ""


def _structured(name: etree._Element) -> StructuredName:
    """forename/surname/genName/addName children of a name, as a structured name."""
    forenames = tuple(token for part in name.findall(tei("forename")) for token in _text(part).split())
    surname = " ".join(_text(part) for part in name.findall(tei("surname")))
    suffix = " ".join(_text(part) for part in name.findall(tei("genName")))
    extra = tuple(_text(part) for part in name.findall(tei("addName")))
    return StructuredName(forenames=forenames, surname=surname, suffix=suffix, extra=extra)


def _note(node: etree._Element) -> str:
    for name in ("note", "occupation", "desc"):
        found = node.find(tei(name))
        if found is not None:
            return _text(found)
    return ""


def _text(node: etree._Element, skip: tuple[str, ...] = ()) -> str:
    parts: list[str] = []

    def walk(current: etree._Element) -> None:
        parts.append(current.text or "")
        for child in current:
            if isinstance(child.tag, str) and local_name(child) not in skip:
                walk(child)
            parts.append(child.tail or "")

    walk(node)
    return re.sub(r"\s+", " ", "".join(parts)).strip()
