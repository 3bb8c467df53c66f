"""Places: register forms marked as ``placeName`` with ``@ref`` (priority 40).

What the places register knows is marked (a capitalised word is not a place
by its looks); names inside person names are left alone, and a place named
in several entries is decided by the document as for persons.  One place is
known by the structure alone: the place of a date line ("Budapest, October
24, 1956"), marked without ``@ref`` and reported when the register lacks it.
"""

from __future__ import annotations

import re

from lxml import etree

from tei.diagnostics import Diagnostic
from tei.transforms import Context, transform
from tei.transforms._entities import PROTECTED, Kind, mark_registered
from tei.transforms._mentions import Mention
from tei.transforms._scan import Container, ranges
from tei.xml import tei

PLACE = Kind("placeName", ("place",), PROTECTED | {"persName"}, "PLACE")
#: "Budapest, " or "New York, " before the date of a date line.
_DATELINE_PLACE = re.compile(r"\s*\[?(?P<place>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})\]?,\s")


@transform("places", 40)
def places(root: etree._Element, context: Context) -> list[Diagnostic]:
    return mark_registered(root, context, PLACE, dateline_place)


def dateline_place(container: Container) -> list[Mention]:
    """The place a date line starts with, when a date follows it."""
    if container.element.tag != tei("dateline"):
        return []
    text = container.text
    match = _DATELINE_PLACE.match(text)
    if match is None or not any(item.name == "date" and item.start >= match.end()
                                for item in ranges(container.element)):
        return []
    return [Mention(container, match.start("place"), match.end("place"), match.group("place"), cue="dateline")]
