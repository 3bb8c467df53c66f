"""Places: register forms marked as ``placeName`` with ``@ref`` (priority 40).

Only what the places register knows is marked (a capitalised word is not a
place by its looks); names inside person names are left alone, and a place
named in several entries is decided by the document as for persons.
"""

from __future__ import annotations

from lxml import etree

from tei.diagnostics import Diagnostic
from tei.transforms import Context, transform
from tei.transforms._entities import PROTECTED, Kind, mark_registered

PLACE = Kind("placeName", ("place",), PROTECTED | {"persName"}, "PLACE")


@transform("places", 40)
def places(root: etree._Element, context: Context) -> list[Diagnostic]:
    return mark_registered(root, context, PLACE)
