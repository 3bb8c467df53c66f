"""Reader for a plain archive export (the FRUS raw texts).

Layout: title line, date line, ``Citation: …`` paragraph (the source note),
body paragraphs, then ``Notes`` with one ``(n) text`` note per line.
"""

from __future__ import annotations

import re

from tei.model import Block, BlockKind, DateSpec, Document, Dropped, Header
from tei.parse.citation import parse_citation
from tei.parse.dates import first_year
from tei.readers.base import require_body
from tei.readers.blocks import (
    PAREN_NOTE, Paragraph, classify, dateline_value, numbered, paragraphs, read_notes, text_of_line,
    text_of_paragraph,
)
from tei.source import Source

CITATION = re.compile(r"^(?P<label>Citation:)\s*")
NOTES = re.compile(r"^Notes\s*$")


class PlainExportReader:
    name = "plain-export"
    description = "plain export: title line, date line, Citation: paragraph, body, Notes with (n) lines"

    def score(self, source: Source) -> float:
        head = source.lines[:8]
        citation = any(CITATION.match(line) for line in head)
        notes = any(NOTES.match(line) for line in source.lines)
        return 0.6 * citation + 0.3 * notes

    def read(self, source: Source) -> Document:
        lines = numbered(source.lines)
        dropped: list[Dropped] = []
        notes_at = next((i for i in range(len(lines) - 1, -1, -1) if NOTES.match(lines[i].text)), None)
        main = lines[:notes_at] if notes_at is not None else lines
        parts = paragraphs(main)
        if not parts:
            require_body(source, [], 1)
        top = parts[0]
        title = text_of_line(top.lines[0])
        year = first_year(source.text)
        dateline: Block | None = None
        date_value = dateline_value(top.lines[1].text, year) if len(top.lines) > 1 else None
        if date_value is not None:  # an impossible date is reported by the dates transform
            dateline = Block(BlockKind.DATELINE, text_of_line(top.lines[1]))
            leftover = top.lines[2:]
        else:
            leftover = top.lines[1:]
        rest = ([Paragraph(tuple(leftover))] if leftover else []) + parts[1:]
        source_note = None
        citation = None
        if rest and CITATION.match(rest[0].first.text):
            first = rest[0].first
            label = CITATION.match(first.text)
            assert label is not None
            dropped.append(Dropped(first.number, 1, label.group("label"), "label"))
            source_note = text_of_paragraph(rest[0], markers=False, skip_first=label.end())
            citation = parse_citation(source_note)
            rest = rest[1:]
        require_body(source, rest, top.first.number)
        notes = []
        if notes_at is not None:
            heading = lines[notes_at]
            dropped.append(Dropped(heading.number, 1, heading.text.strip(), "label"))
            notes = read_notes(paragraphs(lines[notes_at + 1 :]), PAREN_NOTE, "editorial")
        header = Header(title=title,
                        date_value=date_value if isinstance(date_value, DateSpec) else None,
                        citation=citation, source_note=source_note)
        body = ([dateline] if dateline else []) + classify(rest, year)
        return Document(path=source.path, stem=source.stem, reader=self.name, header=header,
                        body=tuple(body), notes=tuple(notes), dropped=tuple(dropped),
                        notes_heading="Notes" if notes_at is not None else "")

