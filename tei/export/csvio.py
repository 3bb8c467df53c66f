"""Registers as CSV, and CSV back into registers (``tei registers import FILE.csv``).

One row per entry, one file per register (``persons.csv``, ``places.csv``,
``organisations.csv`` with organisations and archives).  Columns:

``id, kind, name, forename, surname, role_name, add_name, gen_name, forms, birth, death, geo, note,``
``wikidata, viaf, gnd, geonames, frus, uri``

``forms`` lists the further names as ``kind:text`` separated by `` | ``
(kinds: abbreviation, variant, erroneous, short, generic, other; ``abbreviation@1999:RGANI``
for a name in use from 1999).  Importing the files gives the same entries
back: the round trip the tests check.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from lxml import etree

from tei.registers import Entry, Register
from tei.registers.read import _kind_of, read_register
from tei.registers.skeleton import new_register
from tei.xml import XML_ID, parse_file, serialise, sub, tei, text_of

COLUMNS = ("id", "kind", "name", "forename", "surname", "role_name", "add_name", "gen_name", "forms", "birth", "death", "geo",
           "note", "wikidata", "viaf", "gnd", "geonames", "frus", "uri")
AUTHORITY_COLUMNS = {"wikidata": "wikidata", "viaf": "viaf", "gnd": "gnd", "geonames": "geonames", "frus": "frus",
                     "URI": "uri"}
FILES = {"person": "persons.csv", "place": "places.csv", "org": "organisations.csv", "archive": "organisations.csv"}
TARGETS = {"person": ("persons.xml", "Persons", "listPerson", None), "place": ("places.xml", "Places", "listPlace", None),
           "org": ("orgs.xml", "Organisations", "listOrg", None),
           "archive": ("archives.xml", "Archives", "listOrg", "archives")}
SEPARATOR = " | "


def export_csv(register: Register, out_dir: Path) -> list[Path]:
    """Write the register's entries as CSV files into ``out_dir``; the files written."""
    rows: dict[str, list[dict[str, str]]] = {}
    for entry in sorted(register.entries.values(), key=lambda item: (item.kind != "person", item.kind, item.id)):
        if entry.element is not None:
            rows.setdefault(FILES[entry.kind], []).append(row(entry))
    written = []
    for name, items in sorted(rows.items()):
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(items)
        target = out_dir / name
        target.write_text(buffer.getvalue(), encoding="utf-8")
        written.append(target)
    return written


def row(entry: Entry) -> dict[str, str]:
    element = entry.element
    names = [child for child in element if etree.QName(child).localname in ("persName", "placeName", "orgName")]
    main = next((n for n in names if _kind_of(n) == ""), names[0])  # as the register reader decides
    values = {column: "" for column in COLUMNS}
    values.update(id=entry.id, kind=entry.kind, name=_plain(main, skip=("roleName",)), note=entry.note,
                  forename=" ".join(_plain(f) for f in main.findall(tei("forename"))),
                  surname=" ".join(_plain(s) for s in main.findall(tei("surname"))),
                  role_name=" ".join(_plain(r) for r in main.findall(tei("roleName"))),
                  gen_name=" ".join(_plain(g) for g in main.findall(tei("genName"))),
                  add_name=SEPARATOR.join(f"{a.get('type', '')}:{_plain(a)}" for a in main.findall(tei("addName"))),
                  forms=SEPARATOR.join(_form(name) for name in names if name is not main),
                  birth=_when(element, "birth"), death=_when(element, "death"),
                  geo=_plain(element.find(f"{tei('location')}/{tei('geo')}")))
    for idno in element.findall(tei("idno")):
        column = AUTHORITY_COLUMNS.get(idno.get("type", ""))
        if column:
            values[column] = SEPARATOR.join(filter(None, [values[column], _plain(idno)]))
    return values


def _plain(element: etree._Element | None, skip: tuple[str, ...] = ()) -> str:
    return " ".join(text_of(element, skip=skip).split()) if element is not None else ""


def _when(element: etree._Element, name: str) -> str:
    found = element.find(tei(name))
    return found.get("when", "") if found is not None else ""


def _form(name: etree._Element) -> str:
    kind = _kind_of(name) or "other"
    return f"{kind}{'@' + name.get('from') if name.get('from') else ''}:{_plain(name)}"


def import_csv(source: Path, folder: Path) -> tuple[list[str], list[str]]:
    """Add the entries of a CSV file to the register files of ``folder``; (added ids, ids already there)."""
    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    added, present = [], []
    documents: dict[str, etree._Element] = {}
    folder.mkdir(parents=True, exist_ok=True)
    taken = {entry.id for path in folder.glob("*.xml") for entry in read_register(path)[0]}
    for item in rows:
        kind = item.get("kind", "")
        if kind not in TARGETS or not item.get("id"):
            continue
        if item["id"] in taken:
            present.append(item["id"])
            continue
        file_name, title, list_name, list_type = TARGETS[kind]
        root = documents.get(file_name)
        if root is None:
            root = documents[file_name] = _open(folder / file_name, title, list_name, list_type)
        listing = next(root.iter(tei(list_name)))
        listing.append(entry_element(item))
        taken.add(item["id"])
        added.append(item["id"])
    for file_name, root in documents.items():
        (folder / file_name).write_bytes(serialise(root))
    return added, present


def _open(path: Path, title: str, list_name: str, list_type: str | None) -> etree._Element:
    if path.is_file():
        return parse_file(path).getroot()
    root = new_register(title, list_name, "Imported from CSV with tei registers import.")
    if list_type:
        next(root.iter(tei(list_name))).set("type", list_type)
    return root


def entry_element(item: dict[str, str]) -> etree._Element:
    """A register entry from a CSV row."""
    kind = item["kind"]
    tag, name_tag = {"person": ("person", "persName"), "place": ("place", "placeName")}.get(kind, ("org", "orgName"))
    entry = etree.Element(tei(tag))
    entry.set(XML_ID, item["id"])
    _main_name(entry, name_tag, item)
    for form in filter(None, (item.get("forms") or "").split(SEPARATOR)):
        _extra_name(entry, name_tag, form)
    for column in ("birth", "death"):
        if item.get(column):
            sub(entry, column, when=item[column])
    if item.get("geo"):
        sub(sub(entry, "location"), "geo", item["geo"])
    for idno_type, column in AUTHORITY_COLUMNS.items():
        for value in filter(None, (item.get(column) or "").split(SEPARATOR)):
            sub(entry, "idno", value, type=idno_type)
    if item.get("note"):
        sub(entry, "note", item["note"])
    return entry


def _main_name(entry: etree._Element, name_tag: str, item: dict[str, str]) -> None:
    name = sub(entry, name_tag)
    parts = [("roleName", v) for v in item.get("role_name", "").split()]
    parts += [("forename", v) for v in item.get("forename", "").split()]
    parts += [("surname", item["surname"])] if item.get("surname") else []
    parts += [("addName", added) for added in filter(None, (item.get("add_name") or "").split(SEPARATOR))]
    if not parts:
        name.text = item.get("name", "")
        return
    for index, (tag, value) in enumerate(parts):
        kind, _, text = value.partition(":") if tag == "addName" else ("", "", value)
        part = sub(name, tag, text, **({"type": kind} if kind else {}))
        part.tail = " " if index < len(parts) - 1 else None
    if item.get("gen_name"):
        name[-1].tail = ", "
        sub(name, "genName", item["gen_name"])


def _extra_name(entry: etree._Element, name_tag: str, form: str) -> None:
    kind, _, text = form.partition(":")
    kind, _, start = kind.partition("@")
    name = sub(entry, name_tag, text)
    if start:
        name.set("from", start)
    if kind == "generic":
        name.set("cert", "low")
    elif kind == "abbreviation" and name_tag == "orgName":
        name.set("full", "abb")
    elif kind not in ("other", ""):
        name.set("type", kind)
