"""The document model between readers and builders.

Readers fill it from raw text; builders turn it into TEI.  Every piece keeps
the source line it came from, so that later diagnostics (and the nothing-lost
check) can point back into the source file.  The model is frozen: a reader's
result is a value, not something later steps patch.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


@dataclass(frozen=True)
class Marker:
    """A note call in the text, such as ``(3)``: the place where note ``n`` belongs."""

    n: str
    line: int
    col: int
    raw: str


#: Text with note calls: plain strings interleaved with markers.
Parts = tuple["str | Marker", ...]


@dataclass(frozen=True)
class Text:
    """A run of source text (possibly with note calls) and where it starts."""

    parts: Parts
    line: int
    col: int = 1

    @property
    def plain(self) -> str:
        """The text without its note calls."""
        return "".join(part for part in self.parts if isinstance(part, str))

    @property
    def markers(self) -> tuple[Marker, ...]:
        return tuple(part for part in self.parts if isinstance(part, Marker))

    def __bool__(self) -> bool:
        return bool(self.plain.strip()) or bool(self.markers)


class BlockKind(str, Enum):
    """What a block of the body is; the builder maps each to TEI."""

    HEAD = "head"            # section heading -> div/head
    PARAGRAPH = "p"          # -> p
    DATELINE = "dateline"    # -> opener/dateline (starts a new entry)
    SPEECH = "sp"            # speaker turn -> sp/speaker + p
    LIST = "list"            # heading line + item lines -> list/head + item
    QUOTE = "quote"          # indented block quotation -> quote
    CLOSER = "closer"        # signature at the end -> closer/signed
    GAP = "gap"              # ". . . . . . ." (material left out) -> gap
    EDITORIAL = "editorial"  # "[Here follows …]" -> note type="editorial" place="inline"


@dataclass(frozen=True)
class Block:
    """One block of the body; ``lines`` holds list items or closer lines."""

    kind: BlockKind
    text: Text
    lines: tuple[Text, ...] = ()
    speaker: Text | None = None


@dataclass(frozen=True)
class Note:
    """A note from the notes section: its number, paragraphs and kind."""

    n: str
    paragraphs: tuple[Text, ...]
    kind: str = "translator"

    @property
    def line(self) -> int:
        return self.paragraphs[0].line


@dataclass(frozen=True)
class DateSpec:
    """A normalised date: ``when`` or a range, plus a time when given."""

    when: str = ""
    not_before: str = ""
    not_after: str = ""
    time: str = ""

    @property
    def iso(self) -> str:
        """The ISO value for ``@when`` (date, or date and time)."""
        if self.when and self.time:
            return f"{self.when}T{self.time}"
        return self.when


@dataclass(frozen=True)
class Signature:
    """An archival signature, e.g. TsKhSD, F. 3, Op. 12, D. 1006, L. 52.

    ``parts`` keeps (type, value) pairs in source order: fond, opis, delo, list
    for the Soviet system; collection, file, lot for U.S. files.  ``slips``
    lists scan slips in labels as (as-written, regularised), e.g. ("LI.", "Ll.").
    """

    repository: str
    parts: tuple[tuple[str, str], ...]
    text: str
    collection: str = ""
    slips: tuple[tuple[str, str], ...] = ()

    def get(self, kind: str) -> str:
        return next((value for key, value in self.parts if key == kind), "")


@dataclass(frozen=True)
class Person:
    """A name with the role in which a source states it (compiler, translator, …)."""

    name: str
    role: str
    org: str = ""
    phrase: str = ""  # as written: "Translated for CWIHP by"


@dataclass(frozen=True)
class Publication:
    """Where the document was published before: ``CWIHP Bulletin 8-9, p. 400``."""

    text: str
    title: str
    issue: str = ""
    pages: str = ""


@dataclass(frozen=True)
class Citation:
    """What a citation paragraph says, parsed; ``text`` keeps it verbatim."""

    text: Text
    title: str = ""
    date_text: str = ""
    date: DateSpec | None = None
    archive: str = ""
    signature: Signature | None = None
    responsible: tuple[Person, ...] = ()
    publication: Publication | None = None
    collection: str = ""
    classification: str = ""
    url: str = ""
    spans: tuple["Span", ...] = ()


@dataclass(frozen=True)
class Span:
    """A labelled stretch ``[start, end)`` of a verbatim text, for inline markup."""

    kind: str
    start: int
    end: int
    value: str = ""


@dataclass(frozen=True)
class Dropped:
    """Source text deliberately not carried into TEI: page furniture or a block label.

    The nothing-lost check removes exactly these spans from the source before
    comparing, so every drop is declared here, with its reason.
    """

    line: int
    col: int
    text: str
    reason: str  # "furniture" | "label"


@dataclass(frozen=True)
class Header:
    """Metadata blocks of an export, each kept as source text."""

    title: Text | None = None
    date: Text | None = None
    date_value: DateSpec | None = None
    citation: Citation | None = None
    summary: Text | None = None
    credits: Text | None = None
    original_language: Text | None = None
    translation: Text | None = None
    url: str = ""
    source_note: Text | None = None  # FRUS-style "Citation:" paragraph as a source note


@dataclass(frozen=True)
class Document:
    """Everything a reader found in one source file."""

    path: str
    stem: str
    reader: str
    header: Header
    body: tuple[Block, ...]
    notes: tuple[Note, ...] = ()
    dropped: tuple[Dropped, ...] = ()
    notes_heading: str = ""
