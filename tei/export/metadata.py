"""What the exports say about a document, read once from its TEI (the edition's own conventions).

Every export (JSON-LD, CMIF, DTS) describes documents by the same facts:
title, date, summary, language, archival signature, identifiers, the
persons it names, and — for messages — who sent it to whom.  Register
entries are read from the document's own ``standOff``: documents are
self-contained, so no register folder is needed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from tei.xml import XML_ID, parse_file, tei, text_of

SKIP = ("note", "expan", "reg", "corr", "rdg")
#: Authority identifiers as URIs (the registers record the bare ids).
AUTHORITIES = {
    "wikidata": "http://www.wikidata.org/entity/{}",
    "viaf": "http://viaf.org/viaf/{}",
    "gnd": "https://d-nb.info/gnd/{}",
    "geonames": "https://sws.geonames.org/{}/",
}


@dataclass(frozen=True)
class Party:
    """A sender, addressee or place of a correspondence action: its name and register entry."""

    element: str  # persName, orgName, placeName
    name: str
    ref: str = ""
    authorities: tuple[str, ...] = ()


@dataclass
class Action:
    kind: str  # sent | received
    names: list[Party] = field(default_factory=list)
    places: list[Party] = field(default_factory=list)
    date: dict[str, str] = field(default_factory=dict)


@dataclass
class DocumentInfo:
    """The facts of one TEI document the exports share."""

    path: Path
    stem: str
    title: str
    date: dict[str, str]
    summary: str
    languages: list[str]
    repository: str
    repository_authorities: tuple[str, ...]
    #: The register entry of the holding archive (``repository/@ref`` without ``#``), "" when none.
    repository_ref: str
    signature: list[tuple[str, str]]
    urls: list[str]
    persons: list[Party]
    correspondence: list[Action]
    root: etree._Element = field(repr=False)


def read(path: Path) -> DocumentInfo:
    root = parse_file(path).getroot()
    entries = {element.get(XML_ID): element for element in root.iter(tei("person"), tei("place"), tei("org"))}
    header = root.find(tei("teiHeader"))
    identifier = header.find(f".//{tei('msIdentifier')}") if header is not None else None
    repository = identifier.find(tei("repository")) if identifier is not None else None
    date = header.find(f"{tei('profileDesc')}/{tei('creation')}/{tei('date')}") if header is not None else None
    return DocumentInfo(
        path=path, stem=path.stem, title=_title(root), date=_dates(date), summary=_text(root, "abstract"),
        languages=[lang.get("ident") for lang in root.iter(tei("language")) if lang.get("ident")][:1],
        repository=_plain(repository), repository_authorities=_authorities(repository, entries),
        repository_ref=_local_ref(repository, entries),
        signature=[(idno.get("type", ""), _plain(idno)) for idno in (identifier.iter(tei("idno"))
                                                                     if identifier is not None else [])],
        urls=_urls(header),
        persons=_persons(root, entries),
        correspondence=_correspondence(root, entries),
        root=root,
    )


def _plain(element: etree._Element | None) -> str:
    return " ".join(text_of(element, skip=SKIP).split()) if element is not None else ""


def _text(root: etree._Element, name: str) -> str:
    return _plain(root.find(f".//{tei(name)}"))


def _title(root: etree._Element) -> str:
    titles = root.findall(f"{tei('teiHeader')}/{tei('fileDesc')}/{tei('titleStmt')}/{tei('title')}")
    main = next((t for t in titles if t.get("type") == "main"), titles[0] if titles else None)
    return _plain(main) or root.get("n", "")


def _dates(date: etree._Element | None) -> dict[str, str]:
    if date is None:
        return {}
    return {name: date.get(name) for name in ("when", "notBefore", "notAfter", "from", "to") if date.get(name)}


def _urls(header: etree._Element | None) -> list[str]:
    if header is None:
        return []
    found = [ref.get("target") for ref in header.iter(tei("ref")) if (ref.get("target") or "").startswith("http")]
    found += [_plain(idno) for idno in header.iter(tei("idno")) if idno.get("type") == "URI"]
    return list(dict.fromkeys(found))


def _local_ref(element: etree._Element | None, entries: dict) -> str:
    """The id of the register entry ``element`` points to ("" when it points to none of the document's)."""
    ref = (element.get("ref") or "").split()[0] if element is not None and element.get("ref") else ""
    return ref[1:] if ref.startswith("#") and ref[1:] in entries else ""


def _authorities(element: etree._Element | None, entries: dict) -> tuple[str, ...]:
    """Authority URIs of the register entry ``element`` points to."""
    if element is None or not (element.get("ref") or "").startswith("#"):
        return ()
    entry = entries.get(element.get("ref")[1:])
    return entry_authorities(entry) if entry is not None else ()


def entry_authorities(entry: etree._Element) -> tuple[str, ...]:
    found = []
    for idno in entry.findall(tei("idno")):
        template = AUTHORITIES.get(idno.get("type", ""))
        value = _plain(idno)
        if template and value:
            found.append(template.format(value))
        elif idno.get("type") == "URI" and value.startswith("http"):
            found.append(value)
    return tuple(found)


def _party(element: etree._Element, entries: dict) -> Party:
    ref = (element.get("ref") or "").split()[0].lstrip("#") if element.get("ref") else ""
    entry = entries.get(ref)
    name = entry_label(entry) if entry is not None else _plain(element)
    return Party(etree.QName(element).localname, name or _plain(element), ref,
                 entry_authorities(entry) if entry is not None else ())


def entry_label(entry: etree._Element) -> str:
    """The main (first untyped) name of a register entry."""
    names = [child for child in entry if etree.QName(child).localname in ("persName", "placeName", "orgName")]
    main = next((n for n in names if not n.get("type") and not n.get("full") and not n.get("from")),
                names[0] if names else None)
    return _plain(main)


def _persons(root: etree._Element, entries: dict) -> list[Party]:
    """The register persons the document's text and header name, in order of first mention."""
    seen: dict[str, Party] = {}
    for name in root.iter(tei("persName")):
        ref = (name.get("ref") or "").lstrip("#")
        if ref and ref not in seen and ref in entries and name.getparent().tag != tei("person"):
            seen[ref] = _party(name, entries)
    return list(seen.values())


def _correspondence(root: etree._Element, entries: dict) -> list[Action]:
    actions = []
    for element in root.iter(tei("correspAction")):
        action = Action(element.get("type", ""))
        for child in element:
            local = etree.QName(child).localname
            if local in ("persName", "orgName"):
                action.names.append(_party(child, entries))
            elif local == "placeName":
                action.places.append(_party(child, entries))
            elif local == "date":
                action.date = _dates(child)
        actions.append(action)
    return actions


def read_all(documents: list[Path]) -> list[DocumentInfo]:
    return [read(path) for path in sorted(documents)]
