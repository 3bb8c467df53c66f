"""Fallback reader for layouts no other reader recognises.

It promises little and keeps everything: the first line is the title, every
paragraph is kept as a body block, and trailing ``(n) text`` paragraphs (or a
"Notes" section) become notes.  It never fails on a layout, only on a source
with no body.
"""

from __future__ import annotations

import re

from tei.model import Document, Dropped, Header
from tei.parse.dates import first_year
from tei.readers.base import require_body
from tei.readers.blocks import PAREN_NOTE, Paragraph, classify, numbered, paragraphs, read_notes, text_of_line
from tei.source import Source

NOTES = re.compile(r"^\s*(?:Notes|Footnotes|Endnotes)\s*$")


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
        return Document(path=source.path, stem=source.stem, reader=self.name, header=Header(title=title),
                        body=tuple(classify(body_parts, first_year(source.text))), notes=tuple(notes),
                        dropped=tuple(dropped))
