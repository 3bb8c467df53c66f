"""The parameters a mapping stylesheet gets: the one place that decides what Python passes to it.

Every mapping may declare any of these (undeclared ones are not passed):

- ``persons``: the edition's persons register as one ``listPerson`` document, so that foreign
  person ids (``idno type="frus"``, ``idno type="URI"``) lead to register entries;
- ``profile``: the names of the elements of the project's profile, so that an element the
  mapping does not know is copied only where the profile has it (and wrapped otherwise);
- ``version``: the toolkit's version, for ``appInfo``;
- the table's own ``params``: strings, or parsed documents for values naming ``*.xml`` files.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lxml import etree

from tei import __version__, registers
from tei.imports.sources import TeiSource
from tei.paths import SCHEMAS
from tei.rngreport import schema_info
from tei.xml import TEI_NS
from tei.xslt import load_document, processor


def stylesheet_params(source: TeiSource, folder: Path | None) -> dict:
    """Values for the stylesheet of ``source``'s convention (documents parsed once per call)."""
    values: dict = {"version": __version__, "profile": list(profile_elements())}
    persons = persons_document(folder)
    if persons is not None:
        values["persons"] = persons
    for name, value in source.params:
        values[name] = load_document(value) if isinstance(value, Path) else value
    return values


@lru_cache(maxsize=1)
def profile_elements() -> tuple[str, ...]:
    """Element names of the project's RELAX NG profile (empty when it is missing)."""
    path = SCHEMAS / "edition.rng"
    return tuple(sorted(schema_info(path).by_element)) if path.is_file() else ()


def persons_document(folder: Path | None):
    """Every person entry of the register folder in one TEI ``listPerson`` (None without registers)."""
    if folder is None:
        return None
    register = registers.load(folder)
    root = etree.Element(f"{{{TEI_NS}}}TEI", nsmap={None: TEI_NS})
    listing = etree.SubElement(etree.SubElement(root, f"{{{TEI_NS}}}standOff"), f"{{{TEI_NS}}}listPerson")
    for entry in sorted(register.of_kind("person"), key=lambda item: item.id):
        if entry.element is not None:
            listing.append(etree.fromstring(etree.tostring(entry.element)))
    return processor().parse_xml(xml_text=etree.tostring(root, encoding="unicode"))
