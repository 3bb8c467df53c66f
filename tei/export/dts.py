"""A static Distributed Text Services endpoint set (DTS 1.0, conformance level 0: no start/end).

All files lie in one folder, so that every URI template resolves the same
from any response (relative to it, or absolute under ``base_url``)::

    index.json                                   entry point
    collection{.id}{;nav}.json                   collection.json (root), collection.<stem>.json,
                                                 collection.<stem>;nav=parents.json
    navigation{.resource}{.ref}{;down}.json      navigation.<stem>;down=1.json, ….<ref>.json, ….<ref>;down=0.json
    document{.resource}{.ref}.xml                document.<stem>.xml (the TEI), document.<stem>.<ref>.xml

The citation tree of a document: its divisions (``div``, cite type its
``@type``; identifier its ``@n`` or its position) and in each the blocks
(paragraphs, lists, quotations, speeches, closers: cite type "paragraph",
identifier ``<division>.<position>``).  A part of a document is returned as
TEI with the header, the standOff (so that its ``@ref``s resolve) and the
part inside ``dts:wrapper``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from tei.export.metadata import DocumentInfo
from tei.xml import TEI_NS, tei

CONTEXT = "https://dtsapi.org/context/v1.0.json"
VERSION = "1.0"
DTS_NS = "https://w3id.org/api/dts#"
ROOT_ID = "edition"
BLOCKS = {tei(name) for name in ("p", "ab", "list", "quote", "sp", "closer", "opener", "dateline", "table", "lg",
                                 "salute", "postscript", "listBibl")}
TEMPLATES = {"collection": "collection{.id}{;nav}.json", "navigation": "navigation{.resource}{.ref}{;down}.json",
             "document": "document{.resource}{.ref}.xml"}


@dataclass
class Unit:
    identifier: str
    cite_type: str
    level: int
    parent: str | None
    element: etree._Element = field(repr=False)
    title: str = ""
    children: list["Unit"] = field(default_factory=list)


def citation_units(root: etree._Element) -> list[Unit]:
    """The document's citable units in document order (divisions, then their blocks)."""
    body = root.find(f"{tei('text')}/{tei('body')}")
    return _units(body, None, 1) if body is not None else []


def _units(container: etree._Element, parent: Unit | None, level: int) -> list[Unit]:
    found: list[Unit] = []
    divisions = [child for child in container if child.tag == tei("div")]
    names = [d.get("n") for d in divisions]
    blocks = 0
    for child in container:
        prefix = f"{parent.identifier}." if parent else ""
        if child.tag == tei("div"):
            own = child.get("n") if child.get("n") and names.count(child.get("n")) == 1 else str(divisions.index(child) + 1)
            unit = Unit(prefix + own.replace(" ", "_"), child.get("type", "section"), level,
                        parent.identifier if parent else None, child, _head(child))
            found.append(unit)
            found.extend(_units(child, unit, level + 1))
        elif child.tag in BLOCKS:
            blocks += 1
            found.append(Unit(f"{prefix}{blocks}", "paragraph", level, parent.identifier if parent else None, child))
    return found


def _head(division: etree._Element) -> str:
    head = division.find(tei("head"))
    return " ".join("".join(head.itertext()).split()) if head is not None else ""


def cite_structure(units: list[Unit]) -> list[dict[str, Any]]:
    """The types of units at each level, nested as DTS CiteStructure objects."""
    def level(parents: set[str] | None, depth: int) -> list[dict[str, Any]]:
        kinds: dict[str, list[str]] = {}
        for unit in units:
            if unit.level == depth and (unit.parent is None if parents is None else unit.parent in parents):
                kinds.setdefault(unit.cite_type, []).append(unit.identifier)
        structures = []
        for kind, identifiers in kinds.items():
            structure: dict[str, Any] = {"@type": "CiteStructure", "citeType": kind}
            deeper = level(set(identifiers), depth + 1)
            if deeper:
                structure["citeStructure"] = deeper
            structures.append(structure)
        return structures

    return level(None, 1)


class Writer:
    """Writes the endpoint files for a list of documents into one folder."""

    def __init__(self, out_dir: Path, base_url: str, title: str) -> None:
        self.out_dir = out_dir
        self.prefix = f"{base_url}data/dts/" if base_url else ""
        self.title = title
        self.files: list[Path] = []

    def url(self, name: str) -> str:
        return self.prefix + name

    def write_json(self, name: str, data: dict[str, Any]) -> None:
        self.write(name, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))

    def write(self, name: str, data: bytes) -> None:
        target = self.out_dir / name
        target.write_bytes(data)
        self.files.append(target)

    def entry(self) -> None:
        self.write_json("index.json", {"@context": CONTEXT, "dtsVersion": VERSION, "@id": self.url("index.json"),
                                       "@type": "EntryPoint", **{k: self.url(v) for k, v in TEMPLATES.items()}})

    def root_collection(self, documents: list[DocumentInfo]) -> None:
        collection = {"@context": CONTEXT, "dtsVersion": VERSION, "@id": ROOT_ID, "@type": "Collection",
                      "title": self.title, "totalParents": 0, "totalChildren": len(documents),
                      "collection": self.url(TEMPLATES["collection"]),
                      "member": [self.resource(info, member=True) for info in documents]}
        self.write_json("collection.json", collection)
        self.write_json(f"collection.{ROOT_ID}.json", collection)
        self.write_json(f"collection.{ROOT_ID};nav=parents.json", {**collection, "member": []})

    def resource(self, info: DocumentInfo, member: bool = False) -> dict[str, Any]:
        units = citation_units(info.root)
        stem = info.stem
        data: dict[str, Any] = {} if member else {"@context": CONTEXT, "dtsVersion": VERSION}
        data.update({
            "@id": stem, "@type": "Resource", "title": info.title, "totalParents": 1, "totalChildren": 0,
            "collection": self.url(f"collection.{stem}{{;nav}}.json"),
            "navigation": self.url(f"navigation.{stem}{{.ref}}{{;down}}.json"),
            "document": self.url(f"document.{stem}{{.ref}}.xml"),
            "download": self.url(f"document.{stem}.xml"), "mediaTypes": ["application/tei+xml"],
            "citationTrees": [{"@type": "CitationTree", "citeStructure": cite_structure(units)}],
            "dublinCore": _dublin_core(info)})
        if info.summary:
            data["description"] = info.summary
        return data

    def document(self, info: DocumentInfo, data: bytes) -> None:
        stem = info.stem
        resource = self.resource(info)
        self.write_json(f"collection.{stem}.json", resource)
        root_member = {"@id": ROOT_ID, "@type": "Collection", "title": self.title, "totalParents": 0,
                       "totalChildren": 1, "collection": self.url(TEMPLATES["collection"])}
        self.write_json(f"collection.{stem};nav=parents.json", {**resource, "member": [root_member]})
        self.write(f"document.{stem}.xml", data)
        units = citation_units(info.root)
        short = {k: v for k, v in resource.items() if k not in ("@context", "dtsVersion", "dublinCore", "description")}
        for down in (1, -1):
            chosen = [u for u in units if down == -1 or u.level <= down]
            self.navigation(f"navigation.{stem};down={down}.json", short, None, chosen)
        for unit in units:
            self.navigation(f"navigation.{stem}.{unit.identifier}.json", short, unit, None)
            below = [u for u in units if _descends(u, unit, units)]
            self.navigation(f"navigation.{stem}.{unit.identifier};down=1.json", short, unit,
                            [unit] + [u for u in below if u.level == unit.level + 1])
            self.navigation(f"navigation.{stem}.{unit.identifier};down=-1.json", short, unit, [unit] + below)
            self.navigation(f"navigation.{stem}.{unit.identifier};down=0.json", short, unit,
                            [u for u in units if u.parent == unit.parent and u.level == unit.level])
            self.write(f"document.{stem}.{unit.identifier}.xml", fragment(info.root, unit))

    def navigation(self, name: str, resource: dict[str, Any], ref: Unit | None, members: list[Unit] | None) -> None:
        data: dict[str, Any] = {"@context": CONTEXT, "dtsVersion": VERSION, "@type": "Navigation",
                                "@id": self.url(name), "resource": resource}
        if ref is not None:
            data["ref"] = _unit(ref)
        if members is not None:
            data["member"] = [_unit(unit) for unit in members]
        self.write_json(name, data)


def _descends(unit: Unit, ancestor: Unit, units: list[Unit]) -> bool:
    by_id = {u.identifier: u for u in units}
    parent = unit.parent
    while parent is not None:
        if parent == ancestor.identifier:
            return True
        parent = by_id[parent].parent if parent in by_id else None
    return False


def _unit(unit: Unit) -> dict[str, Any]:
    data: dict[str, Any] = {"identifier": unit.identifier, "@type": "CitableUnit", "level": unit.level,
                            "parent": unit.parent, "citeType": unit.cite_type}
    if unit.title:
        data["dublinCore"] = {"title": [{"lang": "en", "value": unit.title}]}
    return data


def _dublin_core(info: DocumentInfo) -> dict[str, Any]:
    language = info.languages[0] if info.languages else "en"
    data: dict[str, Any] = {"title": [{"lang": language, "value": info.title}], "type": ["Text"]}
    if info.date:
        data["date"] = info.date.get("when") or "/".join(v for k, v in info.date.items() if k != "when")
    if info.languages:
        data["language"] = info.languages
    if info.urls:
        data["source"] = info.urls
    if info.persons:
        data["subject"] = [{"lang": "en", "value": person.name} for person in info.persons[:20]]
    return data


def fragment(root: etree._Element, unit: Unit) -> bytes:
    """The TEI of one citable unit: the document's header and standOff, the unit inside ``dts:wrapper``."""
    made = etree.Element(tei("TEI"), nsmap={None: TEI_NS, "dts": DTS_NS})
    for part in (root.find(tei("teiHeader")), root.find(tei("standOff"))):  # the part's @refs resolve in it
        if part is not None:
            made.append(etree.fromstring(etree.tostring(part)))
    body = etree.SubElement(etree.SubElement(made, tei("text")), tei("body"))
    wrapper = etree.SubElement(body, f"{{{DTS_NS}}}wrapper")
    copied = etree.fromstring(etree.tostring(unit.element))
    copied.tail = None
    wrapper.append(copied)
    return etree.tostring(made, encoding="UTF-8", xml_declaration=True) + b"\n"
