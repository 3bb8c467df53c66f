"""Registers and document metadata as JSON-LD with the schema.org vocabulary.

``registers.jsonld``: every register entry as ``Person``, ``Place``,
``Organization`` or ``ArchiveOrganization`` with its names, life dates,
coordinates, description and ``sameAs`` links to its authority records
(Wikidata, VIAF, GND, GeoNames).  ``documents.jsonld``: each document as an
``ArchiveComponent`` (also a ``Message`` when it is one) with its title,
date, summary, language, ``holdingArchive``, archival identifiers, the
persons it mentions, its web page and its TEI file.  Every node a document
refers to is defined in one of the two files (the archive, the persons and
the TEI file by their ids), so nothing dangles.

The context is written inline (no network needed to read the files).  Ids
are the entries' and documents' pages in the web edition: absolute under
``base_url`` when the config sets it, else relative to the data folder.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tei.export.metadata import DocumentInfo, Party, entry_authorities
from tei.registers import Entry, Register

CONTEXT = {"@vocab": "https://schema.org/", "sameAs": {"@type": "@id"}, "url": {"@type": "@id"},
           "contentUrl": {"@type": "@id"}}
TYPES = {"person": "Person", "place": "Place", "org": "Organization", "archive": "ArchiveOrganization"}
PAGES = {"person": "persons.html", "place": "places.html", "org": "organisations.html",
         "archive": "organisations.html", "persName": "persons.html", "placeName": "places.html",
         "orgName": "organisations.html"}


class Addresses:
    """Where things are in the web edition, seen from the data folder (or absolute under base_url)."""

    def __init__(self, base_url: str) -> None:
        self.base = base_url or "../"

    def entry(self, kind: str, identifier: str) -> str:
        return f"{self.base}{PAGES[kind]}#{identifier}"

    def document(self, stem: str) -> str:
        return f"{self.base}documents/{stem}.html"

    def tei(self, stem: str) -> str:
        return f"{self.base}tei/{stem}.xml"

    @property
    def edition(self) -> str:
        return self.base if self.base != "../" else "../index.html"


def registers_graph(register: Register, base_url: str) -> dict[str, Any]:
    where = Addresses(base_url)
    nodes = [_entry_node(entry, where) for entry in sorted(register.entries.values(), key=lambda e: (e.kind, e.id))
             if entry.element is not None]
    return {"@context": CONTEXT, "@graph": nodes}


def _entry_node(entry: Entry, where: Addresses) -> dict[str, Any]:
    node: dict[str, Any] = {"@id": where.entry(entry.kind, entry.id), "@type": TYPES[entry.kind],
                            "identifier": entry.id, "name": entry.label}
    others = sorted({form.text for form in entry.forms if form.explicit and form.text != entry.label})
    if others:
        node["alternateName"] = others
    if entry.note:
        node["description"] = entry.note
    element = entry.element
    for tag, key in (("birth", "birthDate"), ("death", "deathDate")):
        found = element.find(f"{{http://www.tei-c.org/ns/1.0}}{tag}")
        if found is not None and found.get("when"):
            node[key] = found.get("when")
    geo = element.findtext("{http://www.tei-c.org/ns/1.0}location/{http://www.tei-c.org/ns/1.0}geo")
    if geo and len(geo.split()) == 2:
        latitude, longitude = geo.split()
        node["geo"] = {"@type": "GeoCoordinates", "latitude": float(latitude), "longitude": float(longitude)}
    same = list(entry_authorities(element))
    if same:
        node["sameAs"] = same
    return node


def documents_graph(documents: list[DocumentInfo], title: str, base_url: str) -> dict[str, Any]:
    where = Addresses(base_url)
    edition = {"@id": where.edition, "@type": "Collection", "name": title}
    return {"@context": CONTEXT, "@graph": [edition, *(_document_node(info, where) for info in documents)]}


def _document_node(info: DocumentInfo, where: Addresses) -> dict[str, Any]:
    message = any(action.names for action in info.correspondence)
    node: dict[str, Any] = {"@id": where.document(info.stem), "@type": ["ArchiveComponent", "Message"] if message
                            else "ArchiveComponent", "name": info.title, "url": where.document(info.stem),
                            "isPartOf": {"@id": where.edition}}
    date = info.date.get("when") or "/".join(filter(None, (info.date.get("notBefore") or info.date.get("from"),
                                                          info.date.get("notAfter") or info.date.get("to"))))
    if date:
        node["dateCreated"] = date
    if info.summary:
        node["abstract"] = info.summary
    if info.languages:
        node["inLanguage"] = info.languages[0]
    if info.repository:
        node["holdingArchive"] = _archive_node(info, where)
    identifiers = [{"@type": "PropertyValue", "propertyID": kind or "signature", "value": value}
                   for kind, value in info.signature] + [{"@type": "PropertyValue", "propertyID": "URL", "value": url}
                                                        for url in info.urls]
    if identifiers:
        node["identifier"] = identifiers
    if info.persons:
        node["mentions"] = [_party_node(person, where) for person in info.persons]
    for action in info.correspondence:
        key = "sender" if action.kind == "sent" else "recipient" if action.kind == "received" else ""
        if key and action.names:
            node[key] = [_party_node(party, where) for party in action.names]
        if action.kind == "sent" and action.date.get("when"):
            node["dateSent"] = action.date["when"]
    node["encoding"] = {"@id": where.tei(info.stem), "@type": "MediaObject", "contentUrl": where.tei(info.stem),
                        "encodingFormat": "application/tei+xml"}
    return node


def _archive_node(info: DocumentInfo, where: Addresses) -> dict[str, Any]:
    """The holding archive: its register entry's node (registers.jsonld), or a node of its own named by a
    blank-node id shared by the documents of that archive when the register has no entry for it."""
    identifier = where.entry("archive", info.repository_ref) if info.repository_ref else \
        "_:archive-" + "-".join(re.findall(r"\w+", info.repository.lower()))
    node: dict[str, Any] = {"@id": identifier, "@type": "ArchiveOrganization", "name": info.repository}
    if info.repository_authorities:
        node["sameAs"] = list(info.repository_authorities)
    return node


def _party_node(party: Party, where: Addresses) -> dict[str, Any]:
    kind = {"persName": "Person", "orgName": "Organization", "placeName": "Place"}[party.element]
    node: dict[str, Any] = {"@type": kind, "name": party.name}
    if party.ref:
        node["@id"] = where.entry(party.element, party.ref)
    if party.authorities:
        node["sameAs"] = list(party.authorities)
    return node


def write_json(data: dict[str, Any], target: Path) -> Path:
    import json

    target.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return target
