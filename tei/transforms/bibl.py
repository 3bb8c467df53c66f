"""Bibliographic references in notes as ``bibl type="literature"`` with their parts (priority 65).

Books with their editors or authors, title, place, publisher, year and pages;
periodicals with their title, issue or date, and pages (see
:mod:`tei.parse.bibl`).  Names, places and dates already marked inside a
reference stay marked; the reference's parts are put around them.
"""

from __future__ import annotations

from lxml import etree

from tei.diagnostics import Diagnostic
from tei.parse.bibl import find_references
from tei.transforms import Context, transform
from tei.transforms._parts import mark_reference
from tei.transforms._scan import containers, inside, ranges
from tei.transforms.dates import document_year
from tei.transforms.signatures import in_note

LITERATURE = {"type": "literature"}


@transform("bibl", 65)
def bibl(root: etree._Element, context: Context) -> list[Diagnostic]:
    year = document_year(root)
    for container in containers(root):
        if not in_note(container):
            continue
        for reference in find_references(container.text, year):
            if inside(ranges(container.element), reference.start, reference.end, frozenset({"bibl"})):
                continue
            mark_reference(container.element, reference.start, reference.end, LITERATURE, reference.parts)
    return []
