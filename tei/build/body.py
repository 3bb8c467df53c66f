"""Document model → ``text`` (body with sections, notes in place, end notes in back).

The title is the body's ``head`` (with any note anchored in it, and a FRUS
source note at its end, as FRUS encodes it).  A section heading or a date
line that follows text opens a new ``div``, so date lines and headings are
always at the top of their division, where TEI allows them.
"""

from __future__ import annotations

import re

from lxml import etree

from tei import markup
from tei.build.header import citation_markup
from tei.build.inline import NotePlacer, append_text, note_element
from tei.model import Block, BlockKind, Document, Note
from tei.parse.dates import DateSpec, find_dates
from tei.readers.blocks import date_of
from tei.xml import element, sub

_TOP_KINDS = {BlockKind.HEAD, BlockKind.DATELINE}
_LIST_TYPES = (
    (re.compile(r"PRESENT|PARTICIPANTS", re.I), "participants"),
    (re.compile(r"^(?:SUBJECT|RE)$", re.I), "subject"),
    (re.compile(r"REFERENCE", re.I), "references"),
)


def build_text(document: Document, year: int | None) -> etree._Element:
    placer = NotePlacer.of(document.notes)
    text = element("text")
    body = sub(text, "body")
    if document.header.title:
        head = sub(body, "head", type="title")
        append_text(head, document.header.title, placer)
        if document.header.source_note is not None and document.header.citation is not None:
            source = sub(head, "note", type="source", place="foot")
            source.set("{http://www.w3.org/XML/1998/namespace}id", "source-note")
            citation_markup(source, document.header.citation)
    for division in _divisions(document.body):
        _build_division(body, division, placer, year)
    _end_notes(text, document.notes, placer)
    return text


def _divisions(blocks: tuple[Block, ...]) -> list[list[Block]]:
    """Group blocks: a heading or date line after text starts a new division."""
    groups: list[list[Block]] = [[]]
    for block in blocks:
        current = groups[-1]
        has_content = any(item.kind not in _TOP_KINDS for item in current)
        if block.kind in _TOP_KINDS and has_content:
            groups.append([block])
        else:
            current.append(block)
    return [group for group in groups if group]


def _build_division(body: etree._Element, blocks: list[Block], placer: NotePlacer, year: int | None) -> None:
    division = sub(body, "div")
    first = blocks[0]
    if first.kind == BlockKind.HEAD and re.match(r"^[IVX]+\.", first.text.plain.strip()):
        division.set("type", "section")
        division.set("n", first.text.plain.strip().split(".")[0])
    elif first.kind == BlockKind.DATELINE:
        division.set("type", "entry")
    has_middle = any(block.kind not in _TOP_KINDS and block.kind != BlockKind.CLOSER for block in blocks)
    for block in blocks:
        kind = BlockKind.PARAGRAPH if block.kind == BlockKind.CLOSER and not has_middle else block.kind
        BUILDERS[kind](division, block, placer, year)
    if not any(block.kind not in _TOP_KINDS for block in blocks):
        sub(division, "p")  # TEI needs content under a heading or date line


def _paragraph(parent: etree._Element, block: Block, placer: NotePlacer, year: int | None) -> None:
    append_text(sub(parent, "p"), block.text, placer)


def _head(parent: etree._Element, block: Block, placer: NotePlacer, year: int | None) -> None:
    append_text(sub(parent, "head"), block.text, placer)


def _dateline(parent: etree._Element, block: Block, placer: NotePlacer, year: int | None) -> None:
    dateline = sub(parent, "dateline")
    append_text(dateline, block.text, placer)
    _mark_date(dateline, year)


def _mark_date(dateline: etree._Element, year: int | None) -> None:
    """Mark the date of a date line in place with its ISO value."""
    flat = markup.flatten(dateline)
    if date_of(flat, year) is None:
        return
    for found in find_dates(flat, year):
        if isinstance(found.value, DateSpec):
            markup.wrap(dateline, found.start, found.end, "date", {"when": found.value.iso})
            return


def _speech(parent: etree._Element, block: Block, placer: NotePlacer, year: int | None) -> None:
    speech = sub(parent, "sp")
    assert block.speaker is not None
    append_text(sub(speech, "speaker"), block.speaker, placer)
    append_text(sub(speech, "p"), block.text, placer)


def _list(parent: etree._Element, block: Block, placer: NotePlacer, year: int | None) -> None:
    listing = sub(parent, "list")
    head_text = block.text.plain.strip()
    for pattern, kind in _LIST_TYPES:
        if pattern.search(head_text):
            listing.set("type", kind)
            break
    append_text(sub(listing, "head"), block.text, placer)
    for line in block.lines:
        append_text(sub(listing, "item"), line, placer)


def _quote(parent: etree._Element, block: Block, placer: NotePlacer, year: int | None) -> None:
    quote = sub(parent, "quote", rend="block")
    for line in block.lines or (block.text,):
        append_text(sub(quote, "p"), line, placer)


def _closer(parent: etree._Element, block: Block, placer: NotePlacer, year: int | None) -> None:
    closer = sub(parent, "closer")
    lines = block.lines or (block.text,)
    if "unsigned" in block.text.plain.lower():
        append_text(closer, block.text, placer)
        return
    append_text(sub(closer, "signed"), lines[0], placer)
    for line in lines[1:]:
        sub(closer, "lb")
        append_text(closer, line, placer)


def _gap(parent: etree._Element, block: Block, placer: NotePlacer, year: int | None) -> None:
    sub(parent, "gap", reason="omitted", rend=re.sub(r"\s+", " ", block.text.plain.strip()))


BUILDERS = {
    BlockKind.PARAGRAPH: _paragraph,
    BlockKind.HEAD: _head,
    BlockKind.DATELINE: _dateline,
    BlockKind.SPEECH: _speech,
    BlockKind.LIST: _list,
    BlockKind.QUOTE: _quote,
    BlockKind.CLOSER: _closer,
    BlockKind.GAP: _gap,
    BlockKind.EDITORIAL: _paragraph,
}


def _end_notes(text: etree._Element, notes: tuple[Note, ...], placer: NotePlacer) -> None:
    """Notes never called (and repeated numbers) go to ``back``, flagged place="end"."""
    left = placer.unplaced(notes)
    if not left:
        return
    division = sub(sub(text, "back"), "div", type="notes")
    occurrences: dict[str, int] = {}
    for note in left:
        occurrences[note.n] = occurrences.get(note.n, 0) + 1
        occurrence = occurrences[note.n] + (1 if note.n in placer.placed else 0)
        division.append(note_element(note, "end", occurrence))

