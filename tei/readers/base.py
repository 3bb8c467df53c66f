"""What every reader provides, and the checks common to all of them."""

from __future__ import annotations

from collections import Counter
from typing import Protocol

from tei.diagnostics import Diagnostic, Location, error, warning
from tei.errors import SourceError
from tei.model import Block, Document, Marker, Note, Text
from tei.parse.dates import parse_date
from tei.source import Source


class Reader(Protocol):
    """Turns one export style into a :class:`~tei.model.Document`; never emits XML."""

    name: str
    description: str

    def score(self, source: Source) -> float:
        """How sure the reader is that ``source`` is in its style (0 … 1)."""

    def read(self, source: Source) -> Document:
        """The document model; raises :class:`~tei.errors.SourceError` when there is no body."""


def require_body(source: Source, body: list[Block], after_line: int) -> None:
    """A document needs at least one block of text besides its title."""
    if not body:
        raise SourceError(error(
            "E-SRC-NOBODY",
            "no body text found (only a title or header)",
            Location(source.path, after_line or 1, 1),
            "check that the export contains the document's text; a title alone cannot be edited",
        ))


def all_markers(document: Document) -> list[Marker]:
    """Every note call in title, date lines and body, in reading order."""
    texts: list[Text] = []
    if document.header.title:
        texts.append(document.header.title)
    for block in document.body:
        if block.speaker:
            texts.append(block.speaker)
        texts.append(block.text)
        texts.extend(block.lines)
    seen: list[Marker] = []
    for text in texts:
        for marker in text.markers:
            if marker not in seen:
                seen.append(marker)
    return seen


def check_notes(document: Document) -> list[Diagnostic]:
    """Note calls and notes must pair up; mismatches are warnings naming the line."""
    found: list[Diagnostic] = []
    markers = all_markers(document)
    numbers = Counter(note.n for note in document.notes)
    called = Counter(marker.n for marker in markers)
    for note in document.notes:
        where = Location(document.path, note.line, note.paragraphs[0].col)
        if not note.n:
            found.append(warning("W-NOTE-UNNUMBERED", "a paragraph in the notes section has no note number",
                                 where, "kept as an end note; add its number if it belongs to a call"))
        elif numbers[note.n] > 1 and note is _first(document.notes, note.n):
            found.append(warning("W-NOTE-DUPLICATE", f"note {note.n} occurs {numbers[note.n]} times",
                                 where, "renumber the notes; each number is used at its first call"))
        elif note.n not in called:
            found.append(warning(
                "W-NOTE-ORPHAN", f"note {note.n} has no marker in the text — kept as an end note",
                where, f"add \"({note.n})\" where the note belongs"))
    for marker in markers:
        if marker.n not in numbers:
            found.append(warning("W-MARKER-ORPHAN", f"note call {marker.raw} has no note — kept as text",
                                 Location(document.path, marker.line, marker.col),
                                 f"add note {marker.n} to the notes section, or remove the call"))
        elif called[marker.n] > 1 and marker is _first_marker(markers, marker.n):
            found.append(warning("W-MARKER-DUPLICATE", f"note call {marker.raw} occurs {called[marker.n]} times",
                                 Location(document.path, marker.line, marker.col),
                                 "the note is placed at the first call; later calls are kept as text"))
    return found


def check_header_date(document: Document) -> list[Diagnostic]:
    """A header date line whose date is impossible: kept as written, the document left undated."""
    written = document.header.date
    if written is None or document.header.date_value is not None:
        return []
    problem = parse_date(written.plain)
    if not isinstance(problem, Diagnostic):
        return []
    return [warning("W-DATE-INVALID", f"{problem.message}; the document is left undated",
                    Location(document.path, written.line, written.col), problem.hint)]


def _first(notes: tuple[Note, ...], n: str) -> Note:
    return next(note for note in notes if note.n == n)


def _first_marker(markers: list[Marker], n: str) -> Marker:
    return next(marker for marker in markers if marker.n == n)
