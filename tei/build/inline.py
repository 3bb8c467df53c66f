"""Source text with note calls → TEI mixed content with notes in place.

A note call ``(n)`` becomes the note itself, at the call's position (TEI's
way of anchoring a footnote).  Each note is placed once, at its first call;
a call without a note, or a second call of the same number, stays in the
text as written so that nothing is lost.  Spans of a verbatim text
(citations) are marked up in place through :mod:`tei.markup`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from tei import markup
from tei.model import Marker, Note, Span, Text
from tei.xml import sub, tei


@dataclass
class NotePlacer:
    """Hands out each note once, at its first call, and remembers what is left."""

    notes: dict[str, Note]
    placed: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, notes: tuple[Note, ...]) -> "NotePlacer":
        first: dict[str, Note] = {}
        for note in notes:
            if note.n and note.n not in first:
                first[note.n] = note
        return cls(first)

    def take(self, marker: Marker) -> Note | None:
        if marker.n in self.placed or marker.n not in self.notes:
            return None
        self.placed.add(marker.n)
        return self.notes[marker.n]

    def unplaced(self, all_notes: tuple[Note, ...]) -> list[Note]:
        """Notes never called, and repeated numbers, in their source order."""
        seen: set[str] = set()
        left: list[Note] = []
        for note in all_notes:
            if note.n in self.placed and note.n not in seen:
                seen.add(note.n)
                continue
            seen.add(note.n)
            left.append(note)
        return left


def append_text(parent: etree._Element, text: Text, placer: NotePlacer | None = None) -> None:
    """Append ``text`` to ``parent``'s content, notes at their calls."""
    for part in text.parts:
        if isinstance(part, str):
            _append_string(parent, part)
            continue
        note = placer.take(part) if placer else None
        if note is None:
            _append_string(parent, part.raw)
        else:
            parent.append(note_element(note, "foot"))


def _append_string(parent: etree._Element, value: str) -> None:
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + value
    else:
        parent.text = (parent.text or "") + value


def note_id(note: Note, occurrence: int = 1) -> str:
    base = f"n{note.n}" if note.n else f"n-line{note.line}"
    return base if occurrence == 1 else f"{base}-{occurrence}"


def note_element(note: Note, place: str, occurrence: int = 1) -> etree._Element:
    """``<note n type place xml:id>`` with one paragraph as text, several as ``p``."""
    element = etree.Element(tei("note"))
    if note.n:
        element.set("n", note.n)
    element.set("type", note.kind)
    element.set("place", place)
    element.set("{http://www.w3.org/XML/1998/namespace}id", note_id(note, occurrence))
    if len(note.paragraphs) == 1:
        append_text(element, note.paragraphs[0])
    else:
        for paragraph in note.paragraphs:
            append_text(sub(element, "p"), paragraph)
    return element


#: How each kind of citation span is marked up: element name and attribute.
SPAN_MARKUP: dict[str, tuple[str, dict[str, str], str]] = {
    "title": ("title", {"level": "a"}, ""),
    "date": ("date", {}, "when"),
    "archive": ("publisher", {}, ""),
    "signature": ("bibl", {"type": "archival"}, ""),
    "repository": ("orgName", {"type": "repository"}, ""),
    "collection": ("name", {"type": "collection"}, ""),
    "folder": ("title", {"type": "folder"}, ""),
    "name": ("persName", {}, "role"),
    "publication": ("bibl", {"type": "publication"}, ""),
    "publication:title": ("title", {"level": "j"}, ""),
    "publication:issue": ("biblScope", {"unit": "issue"}, ""),
    "publication:pages": ("biblScope", {"unit": "page"}, ""),
    "classification": ("seg", {"type": "classification"}, ""),
}


def mark_spans(container: etree._Element, spans: tuple[Span, ...]) -> None:
    """Mark the parsed parts of a verbatim text in place (outer spans first)."""
    for span in sorted(spans, key=lambda item: (item.start, -item.end)):
        if span.kind == "slip":
            markup.make_choice(container, span.start, span.end, "orig", "reg", span.value)
            continue
        if span.kind.startswith("idno:"):
            markup.wrap(container, span.start, span.end, "idno", {"type": span.kind[5:]})
            continue
        if span.kind not in SPAN_MARKUP:
            continue
        name, attributes, value_attribute = SPAN_MARKUP[span.kind]
        attributes = dict(attributes)
        if value_attribute and span.value:
            attributes[value_attribute] = span.value
        markup.wrap(container, span.start, span.end, name, attributes)
