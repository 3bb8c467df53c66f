"""Merge a foreign list of persons into a register folder's ``persons.xml``.

Two formats are read: TEI ``listPerson`` files (any ``person`` elements) and
the FRUS "List of Persons" (``list type="names"`` whose items start with
``persName xml:id="p_…"`` in inverted order, followed by a description).
The foreign id is kept on the entry (``idno type="frus"`` for FRUS, ``idno
type="URI"`` as ``file#id`` for other TEI), so that links made against the
foreign list survive.  A person already in the register (same foreign id or
authority id, or the same main name) is merged, not duplicated.
"""

from __future__ import annotations

import copy
import re
from difflib import SequenceMatcher
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from tei.diagnostics import Diagnostic, Location, error, relative_path, warning
from tei.errors import XmlInputError
from tei.parse.names import fold, key, split_inverted
from tei.registers import register_files
from tei.registers.read import _text, read_register
from tei.registers.skeleton import new_register
from tei.xml import XML_ID, parse_file, serialise, sub, tei

AUTHORITY_TYPES = ("frus", "wikidata", "viaf", "gnd", "URI")
_AUTHORITY_KINDS = frozenset(kind.casefold() for kind in AUTHORITY_TYPES)


@dataclass
class ImportResult:
    """What an import did, and what it could not do."""

    added: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    target: Path | None = None


def import_persons(source: Path, folder: Path) -> ImportResult:
    """Read ``source`` and merge its persons into ``folder/persons.xml`` (written only when all went well)."""
    result = ImportResult(target=folder / "persons.xml")
    try:
        foreign = parse_file(source).getroot()
    except XmlInputError as exc:
        result.diagnostics.append(exc.diagnostic)
        return result
    shown = relative_path(source)
    incoming = _frus_persons(foreign, shown, result) if _is_frus(foreign) else _tei_persons(foreign, source.name)
    if not incoming:
        result.diagnostics.append(error("E-REG-IMPORT-EMPTY", "no persons found to import", Location(shown, 1),
                                        'expected TEI <person> entries or a FRUS <list type="names">'))
        return result
    register = _open_target(result)
    if register is None:
        return result
    _merge(register, incoming, result, _other_ids(folder))
    folder.mkdir(parents=True, exist_ok=True)
    temporary = result.target.with_suffix(".xml.part")
    temporary.write_bytes(serialise(register))
    temporary.replace(result.target)
    return result


def _is_frus(root: etree._Element) -> bool:
    return root.find(f".//{tei('list')}[@type='names']") is not None


def _frus_persons(root: etree._Element, shown: str, result: ImportResult) -> list[etree._Element]:
    people = []
    attested = _attested_forms(root)
    shared = _shared_names(root)
    for item in root.iter(tei("item")):
        name = item.find(f".//{tei('persName')}[@{XML_ID}]")
        if name is None:
            continue
        structured, roles = split_inverted(_text(name))
        if not structured.surname:
            result.diagnostics.append(warning("W-REG-IMPORT-NAME", f"“{_text(name)}” has no surname; skipped",
                                              Location(shown, name.sourceline or 0), "add it by hand"))
            continue
        person = etree.Element(tei("person"))
        _name_element(person, roles, structured.forenames, structured.surname, structured.suffix)
        for form in attested.get(name.get(XML_ID), ()):
            if form != structured.surname and form not in shared:
                sub(person, "persName", form, type="short")
        description = _description(item, name)
        sub(person, "idno", name.get(XML_ID), type="frus")
        if description:
            sub(person, "note", description)
        people.append(person)
    return people


def _shared_names(root: etree._Element) -> set[str]:
    """Surnames and given names that several persons of the list bear ("Dulles": Allen W. and John Foster).

    The list may use such a name for one of them ("Secretary of State Dulles"), but a bare "Dulles"
    in a document may be either: it stays a surname that the document's text decides, never a short
    form that picks one.
    """
    seen: dict[str, int] = {}
    for name in root.iter(tei("persName")):
        if name.get(XML_ID):
            structured = split_inverted(_text(name))[0]
            for part in {structured.surname, *structured.forenames}:
                seen[part] = seen.get(part, 0) + 1
    return {part for part, count in seen.items() if count > 1}


def _attested_forms(root: etree._Element) -> dict[str, list[str]]:
    """Short forms the list itself uses for its persons ("Secretary of State <persName corresp="#p_DJF1">Dulles</persName>").

    A form the list uses for one person only is kept as that person's short form, unless it is a
    name several persons bear (see :func:`_shared_names`); a form it uses for several is not.
    """
    owners: dict[str, set[str]] = {}
    for name in root.iter(tei("persName")):
        target = (name.get("corresp") or "").lstrip("#")
        if target and " " not in target:
            owners.setdefault(_text(name), set()).add(target)
    forms: dict[str, list[str]] = {}
    for form, targets in sorted(owners.items()):
        if len(targets) == 1 and form:
            forms.setdefault(next(iter(targets)), []).append(form)
    return forms


def _name_element(person: etree._Element, roles: tuple[str, ...], forenames: tuple[str, ...], surname: str,
                  suffix: str) -> None:
    """``<persName><roleName/> <forename/> … <surname/>, <genName/></persName>``, spaces as written."""
    name = sub(person, "persName")
    parts = [("roleName", role) for role in roles] + [("forename", f) for f in forenames] + [("surname", surname)]
    for index, (element, value) in enumerate(parts):
        child = sub(name, element, value)
        child.tail = " " if index < len(parts) - 1 else None
    if suffix:
        name[-1].tail = ", "
        sub(name, "genName", suffix)


def _description(item: etree._Element, name: etree._Element) -> str:
    """The item's text after the name ("Dulles, John Foster, Secretary of State" → "Secretary of State")."""
    whole = _text(item)
    head = _text(name)
    rest = whole[whole.find(head) + len(head):] if head in whole else whole
    return re.sub(r"^[\s,;:]+", "", rest).strip()


def _tei_persons(root: etree._Element, file_name: str) -> list[etree._Element]:
    people = []
    for person in root.iter(tei("person")):
        copied = copy.deepcopy(person)
        foreign_id = copied.get(XML_ID)
        if foreign_id:
            sub(copied, "idno", f"{file_name}#{foreign_id}", type="URI")
            copied.attrib.pop(XML_ID)
        people.append(copied)
    return people


def _open_target(result: ImportResult) -> etree._Element | None:
    """The register document to merge into: the existing persons.xml, or a new one."""
    target = result.target
    assert target is not None
    if not target.exists():
        return new_register("Persons", "listPerson", "Imported with tei registers import.")
    try:
        root = parse_file(target).getroot()
    except XmlInputError as exc:
        result.diagnostics.append(exc.diagnostic)
        return None
    problems = read_register(target)[1]
    result.diagnostics.extend(problems)
    if any(problem.code == "E-REG-NOT-TEI" for problem in problems):
        return None
    return root


def _other_ids(folder: Path) -> set[str]:
    """Ids of the folder's other register files: ids are shared by all of them ("washington" the place)."""
    others = register_files(folder) if folder.is_dir() else []
    return {entry.id for path in others if path.name != "persons.xml" for entry in read_register(path)[0]}


def _merge(register: etree._Element, incoming: list[etree._Element], result: ImportResult,
           other_ids: set[str]) -> None:
    listing = register.find(f".//{tei('listPerson')}")
    if listing is None:
        stand_off = register.find(tei("standOff"))
        listing = sub(stand_off if stand_off is not None else sub(register, "standOff"), "listPerson")
    existing = list(register.iter(tei("person")))
    taken = {person.get(XML_ID) for person in existing} | other_ids
    planned = _planned_ids(incoming, taken)
    for person, planned_id in zip(incoming, planned):
        match = _same_person(person, existing)
        if match is not None:
            _merge_into(match, person)
            result.merged.append(match.get(XML_ID, ""))
            continue
        person.set(XML_ID, planned_id)
        listing.append(person)
        existing.append(person)
        result.added.append(planned_id)


def _identifiers(person: etree._Element) -> set[tuple[str, str]]:
    found = {_authority(i.get("type", ""), _text(i)) for i in person.findall(tei("idno"))
             if i.get("type", "").casefold() in _AUTHORITY_KINDS}
    main = person.find(tei("persName"))
    if main is not None:
        found.add(("name", key(_text(main, skip=("roleName",)))))
    return found


def _authority(kind: str, value: str) -> tuple[str, str]:
    """An identifier in one form however it is written: "http://www.wikidata.org/entity/Q35004" is "Q35004",
    "https://viaf.org/viaf/12345/" is "12345"; a FRUS id cited as "frus1955-57v25.xml#p_DJF1" is FRUS "p_DJF1"."""
    kind = kind.casefold()
    patterns = {"wikidata": r"Q\d+$", "viaf": r"\d+$", "gnd": r"[\dX-]+$"}
    found = re.search(patterns[kind], value.rstrip("/")) if kind in patterns else None
    if found:
        return kind, found.group()
    frus = re.fullmatch(r"frus[^#/]*#(p_\w+)", value.rsplit("/", 1)[-1]) if kind == "uri" else None
    return ("frus", frus.group(1)) if frus else (kind, value)


def _same_person(person: etree._Element, existing: list[etree._Element]) -> etree._Element | None:
    wanted = _identifiers(person)
    same = next((other for other in existing if wanted & _identifiers(other)), None)
    return same if same is not None else next((other for other in existing if _transliterated(person, other)), None)


def _transliterated(person: etree._Element, other: etree._Element) -> bool:
    """The same surname and two or more given names that differ only by transliteration.

    "Georgiy Konstantinovich Zhukov" (FRUS) is "Georgy Konstantinovich Zhukov" (the edition's
    register), "Andrei Andreevich" is "Andrei Andreyevich": every given name alike letter by letter
    (at least 80 %), with the same initial.  One given name is not enough to tell two people apart.
    """
    surname = _part(person, "surname")
    if not surname or fold(surname).casefold() != fold(_part(other, "surname")).casefold():
        return False
    mine, theirs = _part(person, "forename").split(), _part(other, "forename").split()
    if len(mine) < 2 or len(mine) != len(theirs):
        return False
    return all(a[0].casefold() == b[0].casefold() and
               SequenceMatcher(None, fold(a).casefold(), fold(b).casefold()).ratio() >= 0.8
               for a, b in zip(mine, theirs))


def _merge_into(target: etree._Element, person: etree._Element) -> None:
    """Add the incoming idnos, spelling and note that the entry lacks; never overwrite what scholars wrote."""
    _add_spelling(target, person)
    have = {(i.get("type"), _text(i)) for i in target.findall(tei("idno"))}
    for idno in person.findall(tei("idno")):
        if (idno.get("type"), _text(idno)) not in have:
            _insert_before_notes(target, copy.deepcopy(idno))
    if target.find(tei("note")) is None and person.find(tei("note")) is not None:
        target.append(copy.deepcopy(person.find(tei("note"))))


def _add_spelling(target: etree._Element, person: etree._Element) -> None:
    """The incoming main name as a variant when it is spelled otherwise ("Georgiy Malenkov")."""
    incoming = person.find(tei("persName"))
    if incoming is None:
        return
    spelled = _text(incoming, skip=("roleName",))
    known = {key(_text(name, skip=("roleName",))) for name in target.findall(tei("persName"))}
    if spelled and key(spelled) not in known:
        variant = etree.Element(tei("persName"), type="variant")
        variant.text = spelled
        names = target.findall(tei("persName"))
        names[-1].addnext(variant) if names else target.insert(0, variant)
        variant.tail = names[-1].tail if names else None


def _insert_before_notes(target: etree._Element, element: etree._Element) -> None:
    note = target.find(tei("note"))
    if note is None:
        target.append(element)
    else:
        note.addprevious(element)


def _planned_ids(incoming: list[etree._Element], taken: set[str | None]) -> list[str]:
    """Content-derived ids: the surname, qualified by forenames where surnames are shared."""
    bases = [_slug(_part(person, "surname") or _last_name(person)) or "person" for person in incoming]
    shared = {base for base in bases if bases.count(base) > 1 or base in taken}
    planned: list[str] = []
    for person, base in zip(incoming, bases):
        wanted = base if base not in shared else "-".join(filter(None, [base, _slug(_part(person, "forename"))]))
        candidate, number = wanted, 2
        while candidate in taken or candidate in planned:
            candidate, number = f"{wanted}-{number}", number + 1
        planned.append(candidate)
    return planned


def _last_name(person: etree._Element) -> str:
    """The last word of an unstructured main name ("Foster Dulles" → "Dulles")."""
    main = person.find(tei("persName"))
    words = _text(main, skip=("roleName",)).split() if main is not None else []
    return words[-1] if words else ""


def _part(person: etree._Element, name: str) -> str:
    main = person.find(tei("persName"))
    return " ".join(_text(part) for part in main.findall(tei(name))) if main is not None else ""


def _slug(text: str) -> str:
    """An id part from a name: Latin letters and digits ("Хрущёв" → "khrushchev"), never starting with a digit."""
    latin = "".join(CYRILLIC.get(char, char) for char in text.casefold())
    slug = re.sub(r"[^a-z0-9]+", "-", fold(latin).casefold()).strip("-")
    return f"n-{slug}" if slug[:1].isdigit() else slug


#: Cyrillic letters in Latin (the scholarly English system FRUS and the edition's register use: Хрущёв → Khrushchev).
CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ", (
    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch  y  e yu ya i yi ye g".split(" "))))
