"""The citation paragraph of an archive export, parsed into its parts.

Archives print a citation such as::

    "Working Notes … (Re: Protocol No. 60)," November 27, 1956, History and
    Public Policy Program Digital Archive, TsKhSD, F. 3, Op. 12, D. 1006, L. 52,
    compiled by V. N. Chernukha. Published in CWIHP Bulletin 8-9, p. 400

and FRUS source notes read "Department of State, Central Files,
764.00/10–2456. Confidential; Niact. Drafted by Beam and Trivers."  The
result keeps the text verbatim and records the span of each part, so the
builder can mark the parts up in place without retyping anything.
"""

from __future__ import annotations

import re

from tei.model import Citation, DateSpec, Person, Publication, Signature, Span, Text
from tei.parse.dates import find_dates
from tei.parse.signatures import find_soviet, find_us

_TITLE = re.compile(r'^\s*["“](?P<title>.+?)[,.]?["”],?')
_ARCHIVE = re.compile(r"(?P<archive>[A-Z][\w ]*?(?:Digital Archive|Archive))(?=,)")
_NAME = r"(?:(?:[A-Z]\.|[A-Z][\w’'-]+)\s+){0,3}[A-Z][\w’'-]+"
_NAMES = r"(?P<names>" + _NAME + r"(?:\s+and\s+" + _NAME + r")?)"
_RESPONSIBILITY = (
    ("compiler", re.compile(r"\b[Cc]ompiled by\s+" + _NAMES)),
    ("translator", re.compile(r"\bTranslated(?:\s+for\s+(?P<org>[A-Z][\w-]+))?(?:\s+from\s+\w+)?\s+by\s+" + _NAMES)),
    ("drafter", re.compile(r"\bDrafted by\s+" + _NAMES)),
    ("transcriber", re.compile(r"\bTranscribed by\s+" + _NAMES)),
)
_PUBLICATION = re.compile(
    r"Published in\s+(?P<title>[A-Z][^,]*?)\s+(?P<issue>\d+(?:[-–]\d+)?)"
    r"(?:,\s*(?P<pages>pp?\.\s*\d+(?:[-–]\d+)?))?"
)
_CLASSIFICATION = re.compile(
    r"(?P<classification>(?:Top Secret|Secret|Confidential|Official Use Only|Limited Official Use|Unclassified|Eyes Only)"
    r"(?:;\s*[A-Z][\w ]*?)*)\."
)
_COLLECTION = re.compile(r"\bpart of the (?P<collection>[A-Z][\w ]*?Collection)\b")


def parse_citation(text: Text, url: str = "") -> Citation:
    """Parse a citation; parts that are not found stay empty (never guessed)."""
    plain = text.plain
    spans: list[Span] = []
    title = _group(_TITLE, plain, "title", spans)
    after_title = spans[-1].end if spans else 0
    date_text, date = _date(plain, after_title, spans)
    archive = _group(_ARCHIVE, plain, "archive", spans, start=after_title)
    signature = _signature(plain, spans)
    responsible = tuple(_responsibility(plain, spans))
    publication = _publication(plain, spans)
    classification = _group(_CLASSIFICATION, plain, "classification", spans)
    return Citation(
        text=text,
        title=title,
        date_text=date_text,
        date=date,
        archive=archive,
        signature=signature,
        responsible=responsible,
        publication=publication,
        collection=collection_in(plain),
        classification=classification,
        url=url,
        spans=tuple(sorted(spans, key=lambda span: (span.start, -span.end))),
    )


def collection_in(text: str) -> str:
    """"(part of the Malin Collection)" → "Malin Collection"."""
    match = _COLLECTION.search(text)
    return match.group("collection") if match else ""


def _group(pattern: re.Pattern[str], text: str, kind: str, spans: list[Span], start: int = 0) -> str:
    match = pattern.search(text, start)
    if not match:
        return ""
    spans.append(Span(kind, match.start(kind), match.end(kind)))
    return match.group(kind)


def _date(text: str, start: int, spans: list[Span]) -> tuple[str, DateSpec | None]:
    for found in find_dates(text[start:]):
        if isinstance(found.value, DateSpec):
            spans.append(Span("date", start + found.start, start + found.end, found.value.iso))
            return found.text, found.value
    return "", None


def _signature(text: str, spans: list[Span]) -> Signature | None:
    found = next(find_soviet(text), None) or next(find_us(text), None)
    if found is None:
        return None
    spans.append(Span("signature", found.start, found.end))
    spans.extend(found.spans)
    return found.signature


def _responsibility(text: str, spans: list[Span]) -> list[Person]:
    people: list[Person] = []
    for role, pattern in _RESPONSIBILITY:
        for match in pattern.finditer(text):
            phrase = text[match.start():match.start("names")].strip()
            names = re.split(r"\s+and\s+", match.group("names"))
            offset = match.start("names")
            for name in names:
                index = text.index(name, offset)
                spans.append(Span("name", index, index + len(name), role))
                offset = index + len(name)
                people.append(Person(name=name, role=role, org=match.groupdict().get("org") or "", phrase=phrase))
    return people


def _publication(text: str, spans: list[Span]) -> Publication | None:
    match = _PUBLICATION.search(text)
    if not match:
        return None
    spans.append(Span("publication", match.start(), match.end()))
    for part in ("title", "issue", "pages"):
        if match.group(part):
            spans.append(Span(f"publication:{part}", match.start(part), match.end(part)))
    return Publication(text=match.group(0), title=match.group("title"), issue=match.group("issue"),
                       pages=re.sub(r"^pp?\.\s*", "", match.group("pages") or ""))
