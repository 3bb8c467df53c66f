"""Bibliographic references in notes, split into their parts (spans into the text, nothing retyped).

Two shapes are recognised by their structure, not by a list of titles:

* a book: names (with "eds." for editors), a title, and the imprint in
  parentheses — "Corneliu Mihai Lungu and Mihai Retegan, eds., 1956
  Explozia: … (Bucharest: Editura Univers Enciclopedic, 1996), pp. 181-182";
* a periodical: a title ending in a periodical's word (Bulletin, Times,
  Post, Journal …), then an issue or a date, then pages — "CWIHP Bulletin
  8-9, p. 400", "Department of State Bulletin, July 23, 1956, p. 151", "The
  New York Times, October 22, pp. 1 and 6".

The scan slip "cds." still says "editors"; whether to regularise it is the editor's decision
(an edits sidecar), so it is recognised here and left as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tei.model import Span
from tei.parse.dates import find_dates

_NAME = r"(?:(?:[A-Z]\.\s?|[A-Z][\w’'-]+\s)){1,3}[A-Z][\w’'-]+"
_NAMES = rf"(?P<names>{_NAME}(?:,\s{_NAME})*(?:,?\sand\s{_NAME})?)"
_ROLE = r"(?P<role>eds?\.|cds?\.|comps?\.|trans\.)"
_PAGES = r"(?P<pages>pp?\.\s?\d+(?:\s?[-–]\s?\d+)?(?:\s(?:and|&)\s\d+)?)"
BOOK = re.compile(
    _NAMES + r",\s(?:" + _ROLE + r",\s)?(?P<title>[^()]{3,300}?)\s\((?P<place>[A-Z][^:()]{1,40}):\s?"
    r"(?P<publisher>[^,()]{2,80}),\s?(?P<year>\d{4})\)(?:,\s" + _PAGES + ")?"
)
_PERIODICAL = r"(?:Bulletin|Review|Journal|Quarterly|Times|Post|Herald|Tribune|Star|News|Monitor|Gazette|Survey)"
_WORD = r"[A-Z][\w.&’'-]*"
PERIODICAL = re.compile(
    rf"(?P<title>{_WORD}\s(?:(?:{_WORD}|of|the|and|for|on)\s){{0,6}}?" + _PERIODICAL + r")"
    r"(?:\s(?P<issue>\d+(?:[-–]\d+)?)|,\s(?P<date>[A-Z][a-z]+\.?\s\d{1,2}(?:,\s\d{4})?))"
    r",\s" + _PAGES
)


@dataclass(frozen=True)
class Reference:
    """A bibliographic reference: its span, its kind ("book", "periodical") and its parts."""

    start: int
    end: int
    kind: str
    parts: tuple[Span, ...]


def find_references(text: str, year: int | None = None) -> list[Reference]:
    """Book and periodical references in ``text``, left to right, without overlaps."""
    found = [_book(match) for match in BOOK.finditer(text)]
    for match in PERIODICAL.finditer(text):
        if not any(match.start() < other.end and other.start < match.end() for other in found):
            found.append(_periodical(match, text, year))
    return sorted(found, key=lambda item: item.start)


def _book(match: re.Match[str]) -> Reference:
    parts: list[Span] = []
    role = match.group("role") or ""
    person = "editor" if role.startswith(("ed", "cd", "comp")) else "author"
    offset = match.start("names")
    for name in re.split(r",\s|,?\sand\s", match.group("names")):
        index = match.string.index(name, offset)
        parts.append(Span(person, index, index + len(name)))
        offset = index + len(name)
    parts += [Span("title:m", match.start("title"), match.end("title")),
              Span("pubPlace", match.start("place"), match.end("place")),
              Span("publisher", match.start("publisher"), match.end("publisher")),
              Span("date", match.start("year"), match.end("year"), match.group("year"))]
    if match.group("pages"):
        parts.append(Span("page", match.start("pages"), match.end("pages")))
    return Reference(match.start(), match.end(), "book", tuple(parts))


#: Words that lead into a reference without belonging to its title.
LEADS = ("See ", "see ", "Cf. ", "In ", "Also ")


def _periodical(match: re.Match[str], text: str, year: int | None) -> Reference:
    start = match.start("title")
    lead = next((word for word in LEADS if match.group("title").startswith(word)), "")
    start += len(lead)
    parts = [Span("title:j", start, match.end("title"))]
    if match.group("issue"):
        parts.append(Span("issue", match.start("issue"), match.end("issue")))
    if match.group("date"):
        found = next(find_dates(match.group("date"), year), None)
        value = getattr(found.value, "iso", "") if found else ""
        parts.append(Span("date", match.start("date"), match.end("date"), value))
    parts.append(Span("page", match.start("pages"), match.end("pages")))
    return Reference(start, match.end(), "periodical", tuple(parts))
