"""Dates and clock times everywhere in a document: ``date`` and ``time`` with ISO values (priority 50).

Header (citation, abstract, credits), text and notes are scanned with
:func:`tei.parse.dates.find_temporal`; a date without a year takes the
document's year.  What the builder already marked (the date line, the
citation's date, the document's date) is not marked again.  An impossible
date ("31 November 1956", "3/XIII/56") is marked as a ``date`` without a
value and reported, never shifted to a neighbouring day.
"""

from __future__ import annotations

import re

from lxml import etree

from tei.diagnostics import Diagnostic, warning
from tei.parse.dates import find_temporal
from tei.transforms import Context, transform
from tei.transforms._entities import Locator
from tei.transforms._scan import containers, crosses, in_note, inside, ranges, wrap
from tei.xml import tei

#: A W3C date or dateTime as far as the day: only such values can be compared as text.
W3C_DAY_PREFIX = re.compile(r"\d{4}(-\d\d(-\d\d)?)?(T|$)")

#: Never mark a date inside these (already a date, or not running text).
KEEP_OUT = frozenset({"date", "time", "idno", "ref", "ptr", "persName", "num", "measure"})


@transform("dates", 50)
def dates(root: etree._Element, context: Context) -> list[Diagnostic]:
    year = document_year(root)
    _spans_of_time(root, year)
    locate = Locator(context)
    problems: list[Diagnostic] = []
    for container in containers(root):
        text = container.text
        for item in find_temporal(text, year):
            spans = ranges(container.element)
            if inside(spans, item.start, item.end, KEEP_OUT) or crosses(spans, item.start, item.end):
                continue
            attributes = item.value if isinstance(item.value, dict) else {}
            wrap(container.element, spans, item.start, item.end, item.element, attributes)
            if not isinstance(item.value, dict):
                code = item.value.code if item.value.code.startswith("W-") else "W-DATE-INVALID"
                problems.append(warning(code, f"{item.value.message}; marked without a value",
                                        locate.span(text, item.start, item.end), item.value.hint))
    return problems + _after_the_document(root, locate)


def _after_the_document(root: etree._Element, locate: Locator) -> list[Diagnostic]:
    """Dates of the text (not of its notes) later than the document's own date, at their place in the source.

    (The same rule of the edition's Schematron can only point into the output.)
    """
    creation = root.find(f"{tei('teiHeader')}//{tei('creation')}/{tei('date')}")
    own = creation.get("when", "") if creation is not None else ""
    if not own[:4].isdigit():
        return []
    problems = []
    for container in containers(root):
        if container.header or in_note(container):
            continue
        for item in ranges(container.element):
            when = item.element.get("when", "") if item.name == "date" else ""
            size = min(len(when), len(own), 10)
            if W3C_DAY_PREFIX.match(when) and when[:size] > own[:size]:
                problems.append(warning("W-DATE-AFTER-DOC", f"the date {when} lies after the document's own date "
                                        f"{own}", locate.span(container.text, item.start, item.end),
                                        "check the reading of the date; if the text announces a later "
                                        "event, keep it"))
    return problems


def _spans_of_time(root: etree._Element, year: int | None) -> None:
    """Dates the builder marked with a start time only get @from/@to when they state a span of time.

    ("Washington, October 26, 1956, 9–10:52 a.m.": the meeting's start and end.)  The
    document's own date follows its date line.
    """
    changed: dict[str, dict[str, str]] = {}
    for date in root.iter(tei("date")):
        text = "".join(date.itertext()).strip()
        found = find_temporal(text, year) if text and date.get("when") else []
        if len(found) == 1 and isinstance(found[0].value, dict) and "from" in found[0].value \
                and found[0].text == text:
            changed[date.attrib.pop("when")] = found[0].value
            date.set("from", found[0].value["from"])
            date.set("to", found[0].value["to"])
    creation = root.find(f"{tei('teiHeader')}//{tei('creation')}/{tei('date')}")
    if creation is not None and creation.get("when") in changed:
        value = changed[creation.attrib.pop("when")]
        creation.set("from", value["from"])
        creation.set("to", value["to"])


def document_year(root: etree._Element) -> int | None:
    """The year of the document's own date (for "26 November" in its text)."""
    date = root.find(f"{tei('teiHeader')}//{tei('creation')}/{tei('date')}")
    value = (date.get("when") or date.get("from") or date.get("notBefore") or "") if date is not None else ""
    return int(value[:4]) if value[:4].isdigit() else None
