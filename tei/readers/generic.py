"""Fallback reader for layouts no other reader recognises.

It promises little and keeps everything: the first line is the title, every
paragraph is kept as a body block, and trailing ``(n) text`` paragraphs (or a
"Notes" section) become notes.  The document's date is the one the text gives
itself (a date line, a "Date:" line or a dated title), when it gives one.  It
never fails on a layout, only on a source with no body.
"""

from __future__ import annotations

import re

from tei.model import Block, BlockKind, DateSpec, Document, Dropped, Header, Text
from tei.parse.dates import find_dates, first_year
from tei.readers.base import require_body
from tei.readers.blocks import (
    PAREN_NOTE, Paragraph, classify, date_of, numbered, paragraphs, read_notes, text_of_line,
)
from tei.source import Source

NOTES = re.compile(r"^\s*(?:Notes|Footnotes|Endnotes)\s*$")
DATE_LABEL = re.compile(r"^Dated?:\s*(\S.*)$", re.S)


class GenericReader:
    name = "generic"
    description = "any other layout: first line as title, every paragraph kept"

    def score(self, source: Source) -> float:
        return 0.05

    def read(self, source: Source) -> Document:
        lines = numbered(source.lines)
        dropped: list[Dropped] = []
        notes_at = next((i for i in range(len(lines) - 1, -1, -1) if NOTES.match(lines[i].text)), None)
        main = lines[:notes_at] if notes_at is not None else lines
        parts = paragraphs(main)
        require_body(source, parts, 1)
        first = parts[0]
        title = text_of_line(first.lines[0])
        body_parts = parts[1:]
        if len(first.lines) > 1:
            body_parts = [Paragraph(first.lines[1:])] + body_parts
        notes_parts = []
        if notes_at is not None:
            heading = lines[notes_at]
            dropped.append(Dropped(heading.number, heading.indent + 1, heading.text.strip(), "label"))
            notes_parts = paragraphs(lines[notes_at + 1 :])
        else:
            index = len(body_parts)
            while index > 1 and PAREN_NOTE.match(body_parts[index - 1].first.text):
                index -= 1
            body_parts, notes_parts = body_parts[:index], body_parts[index:]
        require_body(source, body_parts, first.first.number)
        notes = read_notes(notes_parts, PAREN_NOTE, "editorial")
        year = first_year(source.text)
        body = classify(body_parts, year)
        header = Header(title=title, date_value=document_date(title, body, year))
        return Document(path=source.path, stem=source.stem, reader=self.name, header=header,
                        body=tuple(body), notes=tuple(notes), dropped=tuple(dropped))


def document_date(title: Text, body: list[Block], year: int | None) -> DateSpec | None:
    """The date the text states for itself: its first date line, a "Date: …" line, else its title's date.

    Dates in running text are what the document talks about, not when it was
    written, so they are not taken; an impossible date gives none.
    """
    for block in body:
        text = block.text.plain.strip()
        labelled = DATE_LABEL.match(text)
        if labelled:
            text = labelled.group(1)
        elif block.kind is not BlockKind.DATELINE:
            continue
        value = date_of(text, year)
        if value is not None:
            return value
    return next((found.value for found in find_dates(title.plain, year) if isinstance(found.value, DateSpec)),
                None)
