"""Reader for a Markdown export of an archive document (seed 003).

Layout: bold date and title lines, then labelled blocks (``**Citation:**``,
``**Summary:**``, ``**Credits:**``, ``**Original Language:**``,
``**Contents:**``), the body, and notes written ``(1) text`` at the end.
Labels are dropped and declared; their values go to the header.
"""

from __future__ import annotations

import re

from tei.model import DateSpec, Document, Dropped, Header, Text
from tei.parse.citation import parse_citation
from tei.parse.dates import first_year, is_date_form, parse_date
from tei.readers.base import require_body
from tei.readers.blocks import (
    PAREN_NOTE, Line, Paragraph, classify, numbered, paragraphs, read_notes, text_of_line,
    text_of_paragraph,
)
from tei.source import Source

LABEL = re.compile(r"^\s*\*\*(?P<label>[A-Z][\w '’]*?):\*\*\s*(?P<rest>.*)$")
URL_LINE = re.compile(r"^\s*<(?P<url>https?://[^>\s]+)>\s*$")
FIELDS = {
    "citation": "citation",
    "summary": "summary",
    "credits": "credits",
    "original language": "original_language",
    "contents": "translation",
}


class ArchiveMarkdownReader:
    name = "archive-markdown"
    description = "Markdown export with **Citation:**, **Summary:**, **Credits:** … blocks and (n) notes"

    def score(self, source: Source) -> float:
        labels = sum(1 for line in source.lines if LABEL.match(line))
        return min(1.0, 0.35 * labels)

    def read(self, source: Source) -> Document:
        dropped: list[Dropped] = []
        parts = paragraphs(numbered(source.lines))
        title_date, title = (None, None)
        if parts and not _is_label(parts[0]):
            title_date, title = _title_block(list(parts[0].lines))
            parts = parts[1:]
        fields, rest = _fields(parts, dropped)
        notes_from = _notes_start(rest)
        body_paragraphs = rest[:notes_from]
        require_body(source, body_paragraphs, parts[-1].lines[-1].number if parts else 1)
        notes = read_notes(rest[notes_from:], PAREN_NOTE, "translator")
        date_value = parse_date(title_date.plain) if title_date else None
        date_value = date_value if isinstance(date_value, DateSpec) else None
        citation = fields.get("citation")
        header = Header(
            title=title,
            date=title_date,
            date_value=date_value,
            citation=parse_citation(citation[0], citation[1]) if citation else None,
            summary=_text(fields, "summary"),
            credits=_text(fields, "credits"),
            original_language=_text(fields, "original_language"),
            translation=_text(fields, "translation"),
            url=citation[1] if citation else "",
        )
        year = int(date_value.when[:4]) if date_value else first_year(source.text)
        return Document(
            path=source.path, stem=source.stem, reader=self.name, header=header,
            body=tuple(classify(body_paragraphs, year)), notes=tuple(notes), dropped=tuple(dropped),
        )


def _text(fields: dict[str, tuple[Text, str]], key: str) -> Text | None:
    return fields[key][0] if key in fields else None


def _title_block(lines: list[Line]) -> tuple[Text | None, Text | None]:
    """Bold date line and bold (possibly wrapped) title before the first label."""
    content = [line for line in lines if line.text.strip()]
    date: Text | None = None
    title_lines: list[Line] = []
    for line in content:
        inner = _unbold(line)
        if date is None and not title_lines and is_date_form(parse_date(inner.text)):
            date = text_of_line(inner, markers=False)
        else:
            title_lines.append(inner)
    title = text_of_paragraph(Paragraph(tuple(title_lines))) if title_lines else None
    return date, title


def _unbold(line: Line) -> Line:
    """The line without Markdown bold markers and hard-break spaces (columns kept)."""
    text = line.text.rstrip()
    if text.endswith("**"):
        text = text[:-2].rstrip()
    stripped = text.lstrip()
    if stripped.startswith("**"):
        start = len(text) - len(stripped)
        text = text[:start] + "  " + stripped[2:]
    return Line(line.number, text)


def _fields(parts: list[Paragraph], dropped: list[Dropped]) -> tuple[dict[str, tuple[Text, str]], list[Paragraph]]:
    """Labelled blocks and the paragraphs left for the body, in source order.

    A label's value is the rest of its line, the other lines of its
    paragraph, or else the next paragraph.  Every paragraph that is neither a
    label nor a value is returned, so nothing is left behind.
    """
    fields: dict[str, tuple[Text, str]] = {}
    rest: list[Paragraph] = []
    index = 0
    while index < len(parts):
        paragraph = parts[index]
        line = paragraph.first
        match = LABEL.match(line.text)
        if not match or match.group("label").strip().lower() not in FIELDS:
            rest.append(paragraph)
            index += 1
            continue
        label = match.group("label").strip().lower()
        label_start = line.text.index("**")
        dropped.append(Dropped(line.number, label_start + 1,
                               line.text[label_start : match.start("rest")].rstrip(), "label"))
        value_lines: list[Line] = []
        if match.group("rest").strip():
            value_lines.append(Line(line.number, " " * match.start("rest") + line.text[match.start("rest"):]))
        value_lines.extend(paragraph.lines[1:])
        index += 1
        if not value_lines and index < len(parts) and not _is_label(parts[index]):
            value_lines = list(parts[index].lines)
            index += 1
        key = FIELDS[label]
        if key in fields:
            if value_lines:
                rest.append(Paragraph(tuple(value_lines)))
            continue
        url, kept = _split_url(value_lines) if key == "citation" else ("", value_lines)
        if kept:
            fields[key] = (text_of_paragraph(Paragraph(tuple(kept)), markers=False), url)
        elif url:
            rest.append(Paragraph(tuple(value_lines)))
    return fields, rest


def _is_label(paragraph: Paragraph) -> bool:
    match = LABEL.match(paragraph.first.text)
    return bool(match) and match.group("label").strip().lower() in FIELDS


def _split_url(lines: list[Line]) -> tuple[str, list[Line]]:
    """A citation's link line ``<https://…>`` and the other lines."""
    url = ""
    kept: list[Line] = []
    for line in lines:
        match = URL_LINE.match(line.text)
        if match and not url:
            url = match.group("url")
        else:
            kept.append(line)
    return url, kept


def _notes_start(rest: list[Paragraph]) -> int:
    """Index of the first note paragraph: "(1) …", else the first "(n) …" run at the end."""
    for index, paragraph in enumerate(rest):
        match = PAREN_NOTE.match(paragraph.first.text)
        if match and match.group(1) == "1" and index > 0:
            return index
    index = len(rest)
    while index > 1 and PAREN_NOTE.match(rest[index - 1].first.text):
        index -= 1
    return index
