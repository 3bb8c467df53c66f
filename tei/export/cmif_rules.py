"""CMIF's published structural rules, as a check: what a CMIF file must be for correspSearch to harvest it.

The rules are those of CMIF's documentation and its ODD (TEI Correspondence
SIG): a header with title and editors, publisher, the file's URL
(``idno type="url"``), a timestamp (``xsd:dateTime``) and a licence with
``@target``; ``sourceDesc/bibl`` with ``@type`` online, print or hybrid and
an ``xml:id``; and per letter a ``correspDesc`` with one ``correspAction``
of type ``sent`` and one of type ``received``, holding only ``persName``,
``orgName``, ``placeName`` (text only, ``@ref`` an absolute URI) and an empty
``date`` with a dating attribute in the form YYYY, YYYY-MM or YYYY-MM-DD; a
``@source`` points to a ``bibl``.  Each problem is a line of text with the
element's line number.
"""

from __future__ import annotations

import re

from lxml import etree

from tei.xml import TEI_NS, XML_ID, tei

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")
URI = re.compile(r"^https?://\S+$")
DATING = ("when", "from", "to", "notBefore", "notAfter")
ACTION_CHILDREN = {tei("persName"), tei("orgName"), tei("placeName"), tei("date")}


def problems(root: etree._Element) -> list[str]:
    found: list[str] = []
    if root.tag != tei("TEI"):
        return [f"line {root.sourceline}: the root is not TEI in the namespace {TEI_NS}"]
    found += _header(root)
    bibl_ids = {b.get(XML_ID) for b in root.iterfind(f".//{tei('sourceDesc')}/{tei('bibl')}")}
    for desc in root.iter(tei("correspDesc")):
        found += _corresp(desc, bibl_ids)
    body = root.find(f"{tei('text')}/{tei('body')}")
    if body is None or any(len(child) or (child.text or "").strip() for child in body):
        found.append("text/body must hold an empty p only")
    return found


def _header(root: etree._Element) -> list[str]:
    found = []
    title_stmt = root.find(f"{tei('teiHeader')}/{tei('fileDesc')}/{tei('titleStmt')}")
    tags = [child.tag for child in title_stmt] if title_stmt is not None else []
    if not tags or tags[0] != tei("title") or tags.count(tei("title")) != 1 or \
            not tags[1:] or set(tags[1:]) != {tei("editor")}:
        found.append("titleStmt must hold one title followed by one or more editor")
    publication = root.find(f".//{tei('publicationStmt')}")
    if publication is None:
        return found + ["publicationStmt is missing"]
    if publication.find(tei("publisher")) is None:
        found.append("publicationStmt needs a publisher")
    idno = publication.find(tei("idno"))
    if idno is None or idno.get("type") != "url" or not (idno.text or "").strip():
        found.append('publicationStmt needs <idno type="url"> with the address of the file')
    date = publication.find(tei("date"))
    if date is None or not DATETIME.match(date.get("when", "")):
        found.append("publicationStmt/date/@when must be an xsd:dateTime (the last update)")
    licence = publication.find(f"{tei('availability')}/{tei('licence')}")
    if licence is None or not URI.match(licence.get("target", "")):
        found.append("availability/licence needs @target, the licence's address")
    bibls = root.findall(f".//{tei('sourceDesc')}/{tei('bibl')}")
    if not bibls:
        found.append("sourceDesc needs one or more bibl")
    for bibl in bibls:
        if bibl.get("type") not in ("online", "print", "hybrid") or not bibl.get(XML_ID):
            found.append(f"line {bibl.sourceline}: bibl needs @type online, print or hybrid and an xml:id")
    return found


def _corresp(desc: etree._Element, bibl_ids: set[str | None]) -> list[str]:
    where = f"line {desc.sourceline}"
    found = []
    kinds = [action.get("type") for action in desc.iter(tei("correspAction"))]
    if "sent" not in kinds or "received" not in kinds:
        found.append(f"{where}: correspDesc needs a correspAction of type sent and one of type received")
    source = desc.get("source")
    if source is not None and source.lstrip("#") not in bibl_ids:
        found.append(f"{where}: correspDesc/@source does not point to a bibl")
    if desc.get("ref") is not None and not desc.get("ref", "").strip():
        found.append(f"{where}: correspDesc/@ref is empty")
    for action in desc.iter(tei("correspAction")):
        found += _action(action)
    return found


def _action(action: etree._Element) -> list[str]:
    where = f"line {action.sourceline}"
    found = []
    if action.get("type") not in ("sent", "received"):
        found.append(f"{where}: correspAction/@type must be sent or received")
    if (action.text or "").strip() or any((child.tail or "").strip() for child in action):
        found.append(f"{where}: correspAction holds no text of its own")
    if any(child.tag not in ACTION_CHILDREN for child in action):
        found.append(f"{where}: correspAction holds only persName, orgName, placeName and date")
    if action.find(tei("persName")) is None and action.find(tei("orgName")) is None:
        found.append(f"{where}: correspAction needs a persName (\"Unknown\" if unknown) or an orgName")
    for child in action:
        if child.tag == tei("date"):
            found += _date(child)
        elif len(child) or (child.get("ref") is not None and not URI.match(child.get("ref", ""))):
            found.append(f"line {child.sourceline}: {etree.QName(child).localname} holds text only, "
                         "and its @ref is an authority URI")
    return found


def _date(date: etree._Element) -> list[str]:
    values = [date.get(name) for name in DATING if date.get(name) is not None]
    if not values:
        return [f"line {date.sourceline}: date needs @when, @from, @to, @notBefore or @notAfter"]
    if len(date) or (date.text or "").strip() or not all(DATE.match(value) for value in values):
        return [f"line {date.sourceline}: date is empty and its values are YYYY, YYYY-MM or YYYY-MM-DD"]
    return []
