"""Reader for a web-page text dump of an online archive's document page.

Layout (seed 000): page furniture ("Search in", "Digital Archive International
History Declassified", "• Citation", "get citation", "• share document",
"English HTML") around the archive's date, a citation panel holding the
summary and the citation, then the title line, the body, and "Translator
Notes" with notes written ``1 text``.  Furniture is dropped and declared as
such; every other line is kept.
"""

from __future__ import annotations

import re

from tei.model import Dropped, Document, Header, Text
from tei.parse.citation import parse_citation
from tei.parse.dates import first_year, is_date_form, parse_date
from tei.readers.base import require_body
from tei.readers.blocks import (
    BARE_NOTE, Line, Paragraph, classify, numbered, paragraphs, read_notes, text_of_paragraph,
)
from tei.model import DateSpec
from tei.source import Source

FURNITURE = re.compile(
    r"^(?:Search in|Digital Archive International History Declassified|[•*-]?\s*Citation|get citation"
    r"|[•*-]?\s*share document|[A-Z][a-z]+ (?:HTML|PDF|Transcript))$"
)
NOTES_HEADING = re.compile(r"^(?:Translator(?:['’]s)? Notes|Notes|Endnotes|Footnotes)$")
_QUOTE_START = ("\"", "“")


class ArchiveWebReader:
    name = "archive-web"
    description = "web-page text dump of an archive document page (furniture, citation panel, Translator Notes)"

    def score(self, source: Source) -> float:
        hits = sum(1 for line in source.lines if FURNITURE.match(line.strip()))
        return min(1.0, 0.3 * hits)

    def read(self, source: Source) -> Document:
        lines = numbered(source.lines)
        dropped: list[Dropped] = []
        notes_at = _notes_heading(lines)
        main = lines[:notes_at] if notes_at is not None else lines
        kept: list[Line] = []
        last_furniture = -1
        for index, line in enumerate(main):
            if FURNITURE.match(line.text.strip()):
                dropped.append(Dropped(line.number, line.indent + 1, line.text.strip(), "furniture"))
                kept.append(Line(line.number, ""))
                last_furniture = index
            else:
                kept.append(line)
        header_paragraphs = paragraphs(kept[: last_furniture + 1])
        rest = paragraphs(kept[last_furniture + 1 :])
        header = _header(header_paragraphs, rest[0] if rest else None)
        year = header.date_value.when[:4] if header.date_value and header.date_value.when else None
        body_paragraphs = rest[1:]
        require_body(source, body_paragraphs, rest[0].first.number if rest else 0)
        notes = []
        notes_heading = ""
        if notes_at is not None:
            heading = lines[notes_at]
            notes_heading = heading.text.strip()
            dropped.append(Dropped(heading.number, heading.indent + 1, notes_heading, "label"))
            notes = read_notes(paragraphs(lines[notes_at + 1 :]), BARE_NOTE, "translator")
        context_year = int(year) if year else first_year(source.text)
        return Document(
            path=source.path, stem=source.stem, reader=self.name, header=header,
            body=tuple(classify(body_paragraphs, context_year)), notes=tuple(notes),
            dropped=tuple(dropped), notes_heading=notes_heading,
        )


def _notes_heading(lines: list[Line]) -> int | None:
    found = [index for index, line in enumerate(lines) if NOTES_HEADING.match(line.text.strip())]
    return found[-1] if found else None


def _header(panel: list[Paragraph], title: Paragraph | None) -> Header:
    date_text: Text | None = None
    date_value: DateSpec | None = None
    summary_lines: list[Line] = []
    citation_lines: list[Line] = []
    for paragraph in panel:
        value = parse_date(paragraph.joined)
        if date_text is None and is_date_form(value) and len(paragraph.lines) == 1:
            date_text = text_of_paragraph(paragraph, markers=False)
            date_value = value if isinstance(value, DateSpec) else None
            continue
        for line in paragraph.lines:
            if line.text.strip().startswith(_QUOTE_START) or citation_lines:
                citation_lines.append(line)
            else:
                summary_lines.append(line)
    citation = None
    if citation_lines:
        citation = parse_citation(text_of_paragraph(Paragraph(tuple(citation_lines)), markers=False))
    summary = text_of_paragraph(Paragraph(tuple(summary_lines)), markers=False) if summary_lines else None
    return Header(
        title=text_of_paragraph(title) if title else None,
        date=date_text,
        date_value=date_value,
        citation=citation,
        summary=summary,
    )
