"""Archival signatures: Soviet fond/opis/delo/list and U.S. file citations.

"TsKhSD, F. 3, Op. 12, D. 1006, L. 52" → repository TsKhSD, fond 3, opis 12,
delo 1006, list 52.  Label forms vary ("Fond (F.) 3", "Opis' (Op.) 14",
"Listy (Ll.) 1-2", "Ll. 2-2ob"); the scan slip "LI." (capital i) for "Ll." is
recorded as a slip, not corrected silently.  U.S. citations ("Department of
State, Central Files, 764.00/10–2456") give repository, collection and file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from tei.model import Signature, Span

#: Label regexes for each part of a Soviet-style signature.
_LABELS = {
    "fond": r"(?:Fond\s*\(F\.\)|F\.|f\.|Fond)",
    "opis": r"(?:Opis['’]?\s*\(Op\.\)|Op\.|op\.|Opis['’]?)",
    "delo": r"(?:Delo\s*\(D\.\)|D\.|d\.|Delo)",
    "list": r"(?:Listy?\s*\((?:Ll|LI|L)\.\)|Ll\.|LI\.|L\.|ll\.|l\.|Listy?)",
}
_VALUE = r"\d+(?:\s*ob\.?|ob)?(?:\s*[-–]\s*\d+(?:\s*ob\.?|ob)?)?"
_PART = r"(?P<{name}>{label}\s*(?P<{name}_v>{value}))"
_REPOSITORY = r"(?P<repository>TsKhSD|TsKhIDK|RGANI|RGASPI|APRF|AVPRF|GARF|RGVA|TsAMO|[A-Z][A-Za-z]{1,9})"

SOVIET = re.compile(
    r"(?:" + _REPOSITORY + r",\s*)?"
    + r",\s*".join(_PART.format(name=name, label=_LABELS[name], value=_VALUE) for name in ("fond", "opis", "delo"))
    + r"(?:,\s*" + _PART.format(name="list", label=_LABELS["list"], value=_VALUE) + r")?"
)

#: Scan slips in labels: (as written, regularised).
LABEL_SLIPS = {"LI.": "Ll."}

US_FILE = re.compile(
    r"(?P<repository>Department of State|Eisenhower Library|National Archives|Washington National Records Center)"
    r"(?!\s+Bulletin)"
    r"(?:,\s*(?P<collection>[A-Z][^,:.]*?(?:Files|Papers|Paper|Records|Conversations|Series)))?"
    r"(?:(?:,|:)\s*(?P<file>" + r"(?P<lot>Lot\s+\d+\s*[A-Z]\s*\d+)"
    r"|\d{3}(?:\.\d+)?[^\s,;.]*(?:/\d{1,2}[–-]\d{3,4})|[A-Z][A-Za-z ]+?Conversations)"
    r"(?(lot)(?:,\s*(?P<folder>[A-Z][^.;()\n,]*?)(?=\s*[.;)]|\s*$))?))?"
)


@dataclass(frozen=True)
class SignatureMatch:
    """A signature in running text; ``spans`` locate its parts (repository, idno:…, slip)."""

    start: int
    end: int
    signature: Signature
    spans: tuple[Span, ...] = ()


def _clean(value: str) -> str:
    return re.sub(r"\s+", "", value)


def _soviet(match: re.Match[str]) -> Signature:
    parts = tuple(
        (name, _clean(match.group(f"{name}_v")))
        for name in ("fond", "opis", "delo", "list")
        if match.group(name)
    )
    slips = tuple(
        (written, regular)
        for written, regular in LABEL_SLIPS.items()
        if match.group("list") and match.group("list").startswith(written)
    )
    return Signature(repository=match.group("repository") or "", parts=parts, text=match.group(0), slips=slips)


def find_soviet(text: str) -> Iterator[SignatureMatch]:
    """Soviet-style signatures in running text."""
    for match in SOVIET.finditer(text):
        yield SignatureMatch(match.start(), match.end(), _soviet(match), _soviet_spans(match))


def _soviet_spans(match: re.Match[str]) -> tuple[Span, ...]:
    spans: list[Span] = []
    if match.group("repository"):
        spans.append(Span("repository", match.start("repository"), match.end("repository")))
    for name in ("fond", "opis", "delo", "list"):
        if match.group(name):
            spans.append(Span(f"idno:{name}", match.start(f"{name}_v"), match.end(f"{name}_v")))
    label = match.group("list") or ""
    for written, regular in LABEL_SLIPS.items():
        if label.startswith(written):
            spans.append(Span("slip", match.start("list"), match.start("list") + len(written), regular))
    return tuple(spans)


def parse_soviet(text: str) -> Signature | None:
    found = next(find_soviet(text), None)
    return found.signature if found else None


def _us(match: re.Match[str]) -> Signature:
    parts: list[tuple[str, str]] = []
    collection = match.group("collection") or ""
    file_number = match.group("lot") or match.group("file") or ""
    if file_number.startswith("Lot"):
        parts.append(("lot", re.sub(r"^Lot\s+", "", file_number)))
    elif file_number and file_number[0].isdigit():
        parts.append(("file", file_number))
    elif file_number:
        parts.append(("series", file_number))
    if match.group("folder"):
        parts.append(("folder", match.group("folder")))
    return Signature(repository=match.group("repository"), parts=tuple(parts), text=match.group(0),
                     collection=collection)


def find_us(text: str) -> Iterator[SignatureMatch]:
    """U.S. archival citations (FRUS source notes) in running text."""
    for match in US_FILE.finditer(text):
        spans = [Span("repository", match.start("repository"), match.end("repository"))]
        if match.group("collection"):
            spans.append(Span("collection", match.start("collection"), match.end("collection")))
        signature = _us(match)
        if match.group("file"):
            end = match.end("lot") if match.group("lot") else match.end("file")
            spans.append(Span(f"idno:{signature.parts[0][0]}", match.start("file"), end))
        if match.group("folder"):
            spans.append(Span("folder", match.start("folder"), match.end("folder")))
        yield SignatureMatch(match.start(), match.end(), signature, tuple(spans))


def parse_any(text: str) -> Signature | None:
    """The first signature of either system in ``text``."""
    found = sorted(list(find_soviet(text))[:1] + list(find_us(text))[:1], key=lambda item: item.start)
    return found[0].signature if found else None


IBID_FILE = re.compile(r"(?P<ibid>[Ii]bid\.),\s*(?P<file>\d{3}(?:\.\d+)?[^\s,;.)]*/\d{1,2}[–-]\d{3,4})")


def find_ibid(text: str) -> Iterator[SignatureMatch]:
    """"Ibid., 611.48/10–2456": another file of the repository cited just before."""
    for match in IBID_FILE.finditer(text):
        signature = Signature(repository="", parts=(("file", match.group("file")),), text=match.group(0))
        yield SignatureMatch(match.start(), match.end(), signature,
                             (Span("idno:file", match.start("file"), match.end("file")),))
