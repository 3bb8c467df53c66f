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

#: Who holds U.S. records cited by FRUS (a "… Library" is a presidential or university library).
US_REPOSITORY = re.compile(
    r"(?<![\w-])(?P<repository>Department of State|National Archives(?: and Records Administration)?"
    r"|Washington National Records Center|Library of Congress|(?:[A-Z][a-z]+\.?\s){1,3}Library)"
    r"(?!\s+(?:Bulletin|of)\b)"
)
#: One part of a U.S. citation after the repository, up to the next comma, colon or sentence end.
US_PART = re.compile(r"\s?[,:]\s(?P<part>[A-Z0-9][^,:;()]*?)(?=\s?(?:[,:;)]|\.(?:\s|$)|$))")
#: A lot file, with or without its label: "Lot 66 D 487", "66 D 487", "Lot 66D487" are all lot 66 D 487.
US_LOT = re.compile(r"(?:Lot\s+)?(?P<year>\d{2})\s*(?P<office>[A-Z])\s*(?P<number>\d{1,4})")
US_DECIMAL = re.compile(r"\d{3}(?:\.\d+)?[^\s,;]*/\d{1,2}[–-]\d{3,4}")
COLLECTION_WORDS = ("Files", "File", "Papers", "Paper", "Records", "Diaries", "Collection")


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


def find_us(text: str) -> Iterator[SignatureMatch]:
    """U.S. archival citations (FRUS source notes): repository, then its parts up to the sentence's end.

    "Department of State, Central Files, 764.00/10–2456" → collection and file;
    "… USIA/IBS Files: Lot 63 A 190, Materials on Munich Radio Center" → collection,
    lot and folder; "Eisenhower Library, Whitman File, NSC Records" → collection and series.
    """
    for match in US_REPOSITORY.finditer(text):
        parts: list[tuple[str, int, int]] = []
        position = match.end()
        while (part := US_PART.match(text, position)) is not None:
            parts.append((part.group("part"), part.start("part"), part.end("part")))
            position = part.end()
        yield _us(text, match, parts)


def _us(text: str, match: re.Match[str], parts: list[tuple[str, int, int]]) -> SignatureMatch:
    spans = [Span("repository", match.start("repository"), match.end("repository"))]
    typed: list[tuple[str, str]] = []
    collection = ""
    after_lot = False
    for value, start, end in parts:
        if lot := US_LOT.fullmatch(value):
            kind, after_lot = "lot", True
            typed.append(("lot", " ".join(lot.group("year", "office", "number"))))
            start += lot.start("year")  # the label "Lot" stays outside the identifier
        elif US_DECIMAL.fullmatch(value):
            kind = "file"
            typed.append(("file", value))
        elif not collection and not typed and value.endswith(COLLECTION_WORDS):
            collection = value
            spans.append(Span("collection", start, end))
            continue
        else:
            kind = "folder" if after_lot else "series"
            typed.append((kind, value))
        spans.append(Span("folder" if kind == "folder" else f"idno:{kind}", start, end))
    end = parts[-1][2] if parts else match.end()
    signature = Signature(repository=match.group("repository"), parts=tuple(typed), text=text[match.start():end],
                          collection=collection)
    return SignatureMatch(match.start(), end, signature, tuple(spans))


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
