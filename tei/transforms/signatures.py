"""Archival signatures in notes as ``bibl type="archival"``; repositories linked to the archives register (priority 60).

"TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14", "APRF, F. 3, Op. 64, D. 488, L.
181", "Fond (F.) 3, Opis' (Op.) 14 …" and U.S. citations ("Department of
State, Central Files, 764.00/10–2456"; "… Files: Lot 66 D 487"; "Ibid.,
611.48/10–2456") get the typed ``idno`` parts of the header's signature; the
scan slip "LI." is regularised only inside a signature.  Every repository
(``msIdentifier/repository`` and ``orgName type="repository"``) gets its
``@ref`` into archives.xml; one the register lacks is reported.
"""

from __future__ import annotations

from lxml import etree

from tei.diagnostics import Diagnostic, warning
from tei.parse.signatures import find_ibid, find_soviet, find_us
from tei.registers import load
from tei.transforms import Context, transform
from tei.transforms._entities import Locator
from tei.transforms._parts import mark_reference
from tei.transforms._scan import Container, containers, in_note, inside, ranges
from tei.xml import tei

ARCHIVAL = {"type": "archival"}


@transform("signatures", 60)
def signatures(root: etree._Element, context: Context) -> list[Diagnostic]:
    for container in containers(root):
        if in_note(container):
            _mark_signatures(container)
    return _link_repositories(root, context)


def _mark_signatures(container: Container) -> None:
    text = container.text
    found = list(find_soviet(text)) + [m for m in find_us(text) if m.signature.parts or m.signature.collection]
    found += list(find_ibid(text))
    for match in sorted(found, key=lambda item: item.start):
        if inside(ranges(container.element), match.start, match.end, frozenset({"bibl", "idno"})):
            continue
        parts = tuple(span for span in match.spans if span.kind != "signature")
        mark_reference(container.element, match.start, match.end, ARCHIVAL, parts)


def _link_repositories(root: etree._Element, context: Context) -> list[Diagnostic]:
    index = load(context.registers).index("archive")
    unknown: set[str] = set()
    for element in list(root.iter(tei("repository"))) + list(root.iter(tei("orgName"))):
        if element.tag == tei("orgName") and element.get("type") != "repository":
            continue
        name = " ".join("".join(element.itertext()).split())
        found = index.lookup(name)
        if len(found) == 1 and not element.get("ref"):
            element.set("ref", "#" + found[0].entry.id)
        elif not found and name != "unknown repository":
            unknown.add(name)
    locate = Locator(context)
    return [warning("W-ARCHIVE-UNRESOLVED", f"the repository “{name}” is not in the archives register",
                    locate.span(name, 0, len(name)),
                    "add it to archives.xml with its full and present-day names") for name in sorted(unknown)]
