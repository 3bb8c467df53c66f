"""The edition's messages as a CMIF file (Correspondence Metadata Interchange Format, correspSearch).

One ``correspDesc`` per document that carries one, reduced to what CMIF
allows: ``correspAction type="sent|received"`` with ``persName``/``orgName``
(``Unknown`` where the document names nobody; an office such as "Secretary of
State" as the ``orgName`` the document gives; a bare surname as the register's
only person of that surname), ``placeName`` and an empty
``date`` with ``@when``/``@notBefore``/``@notAfter``/``@from``/``@to`` as
``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.  ``@ref`` holds authority URIs only
(CMIF's: VIAF, GND, LC, BnF, NDL for persons and organisations; GeoNames
for places); ``correspDesc/@ref`` is the document's page and ``@source``
the edition's ``bibl``.  The header is the one CMIF prescribes (title,
editors, publisher, the file's URL, a timestamp, the CC BY 4.0 licence).
:func:`problems` checks a file against CMIF's published structural rules.
"""

from __future__ import annotations

import os
import re
import uuid
from datetime import datetime, timezone
from pathlib import Path

from lxml import etree

from tei.export.metadata import DocumentInfo, Party, entry_authorities
from tei.registers import Register
from tei.xml import XML_ID, element, parse_file, serialise, sub, tei

LICENCE = "https://creativecommons.org/licenses/by/4.0/"
LICENCE_TEXT = "This file is licensed under the terms of the Creative Commons License CC-BY 4.0"
PERSON_AUTHORITIES = ("viaf.org/", "d-nb.info/gnd/", "id.loc.gov/", "data.bnf.fr/", "id.ndl.go.jp/")
PLACE_AUTHORITIES = ("geonames.org/",)
CMIF_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def cmif(documents: list[DocumentInfo], title: str, editors: tuple[str, ...], base_url: str,
         previous: Path | None = None, register: Register | None = None) -> bytes:
    """The CMIF file of the documents' correspondence (timestamp kept when nothing else changed).

    A sender or addressee named by a bare surname without register entry ("Zorthian") is the
    register's person of that surname when there is exactly one (``register``)."""
    root = element("TEI")
    header = sub(root, "teiHeader")
    file_desc = sub(header, "fileDesc")
    statement = sub(file_desc, "titleStmt")
    sub(statement, "title", f"Correspondence metadata of “{title}”")
    for name in editors or ("The editors",):
        sub(statement, "editor", name)
    publication = sub(file_desc, "publicationStmt")
    sub(publication, "publisher", title)
    sub(publication, "idno", f"{base_url}data/cmif.xml" if base_url else "cmif.xml", type="url")
    stamp = sub(publication, "date", when="")
    sub(sub(publication, "availability"), "licence", LICENCE_TEXT, target=LICENCE)
    bibl_id = "b" + str(uuid.uuid5(uuid.NAMESPACE_URL, base_url or title))
    source = sub(sub(file_desc, "sourceDesc"), "bibl", title, type="online")
    source.set(XML_ID, bibl_id)
    profile = sub(header, "profileDesc")
    for info in documents:
        if info.correspondence:
            _corresp(profile, info, f"{base_url or '../'}documents/{info.stem}.html", bibl_id, register)
    sub(sub(sub(root, "text"), "body"), "p")
    stamp.set("when", _timestamp(root, previous))
    return serialise(root)


def _corresp(profile: etree._Element, info: DocumentInfo, url: str, bibl_id: str, register: Register | None) -> None:
    desc = sub(profile, "correspDesc", ref=url, source=f"#{bibl_id}")
    for kind in ("sent", "received"):
        action = next((a for a in info.correspondence if a.kind == kind), None)
        element_ = sub(desc, "correspAction", type=kind)
        names = action.names if action else []
        for party in names or [Party("persName", "Unknown")]:
            _name(element_, by_surname(party, register), PERSON_AUTHORITIES)
        for place in action.places if action else []:
            _name(element_, place, PLACE_AUTHORITIES)
        dates = {k: v[:10] for k, v in (action.date if action else {}).items() if CMIF_DATE.match(v[:10])}
        if dates:
            sub(element_, "date", **dates)


def by_surname(party: Party, register: Register | None) -> Party:
    """``party``, or the register's only person whose surname its bare name is (an organisation, an
    office such as "Secretary of State" or a name the register knows twice stays as it is)."""
    if party.ref or party.element != "persName" or register is None:
        return party
    found = [entry for entry in register.of_kind("person") if entry.surname and _folded(entry.surname) == _folded(party.name)]
    if len(found) != 1 or found[0].element is None:
        return party
    return Party("persName", found[0].label, found[0].id, entry_authorities(found[0].element))


def _folded(name: str) -> str:
    return " ".join(name.replace("\u2019", "'").casefold().split())


def _name(parent: etree._Element, party: Party, accepted: tuple[str, ...]) -> None:
    ref = next((uri for uri in party.authorities if any(part in uri for part in accepted)), None)
    sub(parent, party.element, party.name, **({"ref": ref} if ref else {}))


def _timestamp(root: etree._Element, previous: Path | None) -> str:
    """``SOURCE_DATE_EPOCH`` when set; the previous file's when its content is the same; else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), timezone.utc).isoformat(timespec="seconds")
    if previous is not None and previous.is_file():
        try:
            old = parse_file(previous).getroot()
        except Exception:  # a damaged earlier file is simply replaced
            old = None
        stamp = old.find(f".//{tei('publicationStmt')}/{tei('date')}") if old is not None else None
        if stamp is not None and _without_stamp(old) == _without_stamp(root):
            return stamp.get("when", "")
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _without_stamp(root: etree._Element) -> bytes:
    copied = etree.fromstring(etree.tostring(root))
    for stamp in copied.iterfind(f".//{tei('publicationStmt')}/{tei('date')}"):
        stamp.attrib.pop("when", None)
    return etree.tostring(copied)
