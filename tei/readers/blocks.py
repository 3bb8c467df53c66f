"""Shared reading steps: paragraphs, note calls, notes sections, body blocks.

Every export style has paragraphs separated by blank lines, note calls such
as ``(3)`` glued to the preceding word, and a body whose blocks (headings,
date lines, speaker turns, lists, quotations, a closing signature) look the
same whichever archive produced them.  Readers differ in their header and
notes layout; what they share lives here.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from tei.diagnostics import Diagnostic
from tei.model import Block, BlockKind, Marker, Note, Text
from tei.parse.dates import DateSpec, find_dates

#: A note call: digits in parentheses directly after a word or punctuation
#: (or after punctuation and one space, as in "internal. . . . (2)").
MARKER = re.compile(r"(?:(?<=\S)|(?<=[.,;:!?”\"’)] ))\((\d{1,3})\)(?![\w(])")


@dataclass(frozen=True)
class Line:
    """One source line: its 1-based number and text."""

    number: int
    text: str

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip(" \t"))


@dataclass(frozen=True)
class Paragraph:
    """Consecutive non-blank lines."""

    lines: tuple[Line, ...]

    @property
    def first(self) -> Line:
        return self.lines[0]

    @property
    def joined(self) -> str:
        return " ".join(line.text.strip() for line in self.lines)


def paragraphs(lines: list[Line]) -> list[Paragraph]:
    """Split lines into paragraphs at blank lines."""
    found: list[Paragraph] = []
    current: list[Line] = []
    for line in lines:
        if line.text.strip():
            current.append(line)
        elif current:
            found.append(Paragraph(tuple(current)))
            current = []
    if current:
        found.append(Paragraph(tuple(current)))
    return found


def numbered(source_lines: list[str], start: int = 1) -> list[Line]:
    return [Line(start + index, text) for index, text in enumerate(source_lines)]


def text_of_line(line: Line, start_col: int | None = None, end_col: int | None = None,
                 markers: bool = True) -> Text:
    """A line (or a slice of it, 0-based columns) as :class:`Text` with note calls split out."""
    begin = line.indent if start_col is None else start_col
    content = line.text[begin:end_col].rstrip()
    return text_with_markers(content, line.number, begin + 1, markers)


def text_with_markers(content: str, line: int, col: int, markers: bool = True) -> Text:
    parts: list[str | Marker] = []
    cursor = 0
    if markers:
        for match in MARKER.finditer(content):
            if match.start() > cursor:
                parts.append(content[cursor:match.start()])
            parts.append(Marker(match.group(1), line, col + match.start(), match.group(0)))
            cursor = match.end()
    if cursor < len(content):
        parts.append(content[cursor:])
    return Text(tuple(parts), line, col)


def text_of_paragraph(paragraph: Paragraph, markers: bool = True, skip_first: int = 0) -> Text:
    """Lines of a paragraph joined by newlines, each stripped of its indentation."""
    parts: list[str | Marker] = []
    for index, line in enumerate(paragraph.lines):
        start = line.indent + (skip_first if index == 0 else 0)
        piece = text_of_line(line, start, markers=markers)
        if index:
            parts.append("\n")
        parts.extend(piece.parts)
    first = paragraph.first
    return Text(_merge(parts), first.number, first.indent + skip_first + 1)


def _merge(parts: list[str | Marker]) -> tuple[str | Marker, ...]:
    merged: list[str | Marker] = []
    for part in parts:
        if isinstance(part, str) and merged and isinstance(merged[-1], str):
            merged[-1] = merged[-1] + part
        else:
            merged.append(part)
    return tuple(merged)


# --- notes -----------------------------------------------------------------

PAREN_NOTE = re.compile(r"^\s*\((\d{1,3})\)\s*")
BARE_NOTE = re.compile(r"^\s*(\d{1,3})\s+(?=\S)")


def read_notes(paragraph_list: list[Paragraph], start: re.Pattern[str], kind: str) -> list[Note]:
    """Notes: a line starting with a number (``start``) opens a note; other lines continue it.

    A blank line inside a note starts a new paragraph of the same note; text
    before the first numbered line becomes an unnumbered note (reported later).
    """
    groups: list[tuple[str, int, list[list[Line]]]] = []  # (n, label end, paragraphs of lines)
    for paragraph in paragraph_list:
        for index, line in enumerate(paragraph.lines):
            match = start.match(line.text)
            if match:
                groups.append((match.group(1), match.end(), [[line]]))
            elif not groups:
                groups.append(("", line.indent, [[line]]))
            elif index == 0:
                groups[-1][2].append([line])
            else:
                groups[-1][2][-1].append(line)
    notes: list[Note] = []
    for n, label_end, paragraphs_of_lines in groups:
        texts = []
        for position, lines in enumerate(paragraphs_of_lines):
            skip = label_end - lines[0].indent if position == 0 else 0
            texts.append(text_of_paragraph(Paragraph(tuple(lines)), markers=False, skip_first=skip))
        notes.append(Note(n, tuple(texts), kind))
    return notes


# --- body blocks -----------------------------------------------------------

_DOTS = re.compile(r"^(?:\.\s*){3,}$")
_ROMAN_HEAD = re.compile(r"^[IVX]{1,5}\.\s+\S")
_SPEAKER = re.compile(
    r"^(?P<speaker>(?:[A-Z][\w’'.-]*)(?:\s+(?:(?:from|and|to)\s+)?[A-Z][\w’'.-]*){0,4})"
    r"(?P<sep>—|:\s)\s*(?P<rest>\S.*)$",
    re.S,
)
#: Words that start labelled paragraphs, not speaker turns.
NOT_SPEAKERS = frozenset({
    "Note", "Notes", "Citation", "Summary", "Subject", "Re", "RE", "Discussion", "Recommendation",
    "Contents", "Credits", "Source", "Here", "New Subject", "Following", "Instructions", "Begin",
    "End", "Ref", "Reference", "Date", "Dated", "Attachment", "Enclosure", "Tab", "Annex", "Question", "Answer",
})
_CLOSER_WORDS = 6


def is_gap(paragraph: Paragraph) -> bool:
    return len(paragraph.lines) == 1 and bool(_DOTS.match(paragraph.joined))


def is_heading(paragraph: Paragraph) -> bool:
    """A one-line heading: "I. From Bucharest.", "TELEPHONE CALL TO AMB. LODGE", "Discussion:"."""
    if len(paragraph.lines) != 1 or paragraph.first.indent >= 4:
        return False
    text = MARKER.sub("", paragraph.joined).strip()
    if len(text) > 90 or not text:
        return False
    if _ROMAN_HEAD.match(text) and len(text.split()) <= 8:
        return True
    letters = [char for char in text if char.isalpha()]
    if len(letters) >= 2 and all(char.isupper() for char in letters):
        return True
    words = text.rstrip(":").split()
    return text.endswith(":") and len(words) <= 3 and all(word[0].isupper() for word in words)


def is_list(paragraph: Paragraph) -> bool:
    """A heading line followed by item lines ("MEMBERS PRESENT" + names, "SUBJECT" + topic)."""
    if len(paragraph.lines) < 2 or any(line.indent >= 4 for line in paragraph.lines):
        return False
    head = paragraph.first.text.strip()
    letters = [char for char in head if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters) and len(head) <= 60


def is_quote(paragraph: Paragraph) -> bool:
    return all(line.indent >= 4 for line in paragraph.lines)


def date_of(text: str, year: int | None) -> DateSpec | None:
    """The date a date line consists of: optional place, a date, optional time and note calls."""
    value = dateline_value(text, year)
    return value if isinstance(value, DateSpec) else None


def dateline_value(text: str, year: int | None) -> DateSpec | Diagnostic | None:
    """The date of a line shaped as a date line, or the problem of its impossible date.

    The shape (a place, a written date) makes the line a date line even when
    the date itself cannot be: "Budapest, February 30, 1956" stays a date
    line, reported and left without a value, rather than becoming a paragraph.
    """
    stripped = MARKER.sub("", text).strip()
    if stripped.endswith(".") and not stripped.endswith("m."):
        stripped = stripped[:-1]
    for found in find_dates(stripped, year):
        rest = (stripped[: found.start] + stripped[found.end :]).strip(" ,.")
        if not rest or _is_place(rest):
            return found.value
    return None


#: Lower-case words inside place names ("Frankfurt am Main", "Rio de Janeiro", "Isle of Man").
_PARTICLES = frozenset({"am", "an", "da", "de", "del", "der", "des", "di", "du", "im", "la", "le", "of", "on",
                        "sur", "upon", "von"})
#: Capitalised words that open a sentence, not a place name ("On November 3, 1956.", "Sent November 3").
_NOT_PLACES = frozenset({
    "On", "In", "At", "By", "From", "To", "Since", "Until", "Till", "Before", "After", "During", "For", "Of",
    "And", "But", "As", "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "We", "They",
    "I", "You", "His", "Her", "Our", "Their", "Its", "My", "Your", "There", "Here", "Then", "When", "Dated",
    "Date", "Sent", "Received", "Signed", "Written", "Today", "Yesterday", "Tomorrow", "Through", "Between",
})
_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_PLACE_WORD = re.compile(r"[A-Z][\w’'.-]*|[A-Z]\.(?:[A-Z]\.)*")


def _is_place(text: str) -> bool:
    """A place as a date line names it: capitalised words, comma-separated parts ("Washington, D.C.").

    Particles may stand inside a name, a weekday beside the date; a sentence
    opener ("On", "The board met on") is no place.
    """
    parts = [part.strip() for part in text.split(",") if part.strip() and not _WEEKDAY.fullmatch(part.strip())]
    return len(parts) <= 3 and all(_is_place_name(part) for part in parts)


def _is_place_name(text: str) -> bool:
    words = text.split()
    return (0 < len(words) <= 4 and len(text) <= 40 and words[0] not in _NOT_PLACES
            and _PLACE_WORD.fullmatch(words[0]) is not None and words[-1] not in _PARTICLES
            and all(_PLACE_WORD.fullmatch(word) or word in _PARTICLES for word in words[1:]))


def is_dateline(paragraph: Paragraph, year: int | None) -> bool:
    return len(paragraph.lines) == 1 and dateline_value(paragraph.joined, year) is not None


def speaker_split(paragraph: Paragraph, separators: frozenset[str] = frozenset({"—", ": "})) -> tuple[Text, Text] | None:
    """Split "Zhukov—we should …" / "Freers: The statement …" into speaker and speech.

    ``separators``: the openings that are turns in this document (see :func:`turn_separators`).
    """
    match = _speaker_match(paragraph)
    if not match or _separator(match) not in separators:
        return None
    line = paragraph.first
    separator_end = line.indent + match.start("rest")
    speaker_text = text_of_line(line, line.indent, separator_end)
    return speaker_text, text_of_line(line, separator_end)


def _separator(match: re.Match[str]) -> str:
    return "—" if match.group("sep") == "—" else ": "


def _speaker_match(paragraph: Paragraph) -> re.Match[str] | None:
    if len(paragraph.lines) != 1 or paragraph.first.indent >= 4:
        return None
    line = paragraph.first
    match = _SPEAKER.match(line.text[line.indent:])
    if not match:
        return None
    speaker = match.group("speaker")
    if speaker.split()[0] in NOT_SPEAKERS or speaker in NOT_SPEAKERS or speaker.endswith((" from", " to", " and")):
        return None
    return match


def turn_separators(paragraph_list: list[Paragraph]) -> frozenset[str]:
    """Which openings, "Name—" and "Name: ", are speaker turns in this document.

    Records of a conversation give turn after turn: dash turns count when two
    paragraphs open so (a single "Nagy—who had asked for the troops—was …" is a
    name with a parenthetical dash); colon turns when a speaker speaks twice or
    three paragraphs open so ("Treatment: …" and "Caution: …" once each are the
    field labels of a memorandum).
    """
    matches = [match for match in map(_speaker_match, paragraph_list) if match]
    dashes = [match for match in matches if _separator(match) == "—"]
    colons = Counter(match.group("speaker") for match in matches if _separator(match) == ": ")
    found = set()
    if len(dashes) >= 2:
        found.add("—")
    if colons and (max(colons.values()) >= 2 or colons.total() >= 3):
        found.add(": ")
    return frozenset(found)


def is_closer(paragraph: Paragraph) -> bool:
    """A short signature block at the end: "Jacobs", "Philip H. Trezise(1)", "PBC / OCB Staff …"."""
    if any(line.indent >= 4 for line in paragraph.lines) or len(paragraph.lines) > 3:
        return False
    first = MARKER.sub("", paragraph.first.text).strip()
    words = first.split()
    return (
        0 < len(words) <= _CLOSER_WORDS
        and first[0].isupper()
        and not first.endswith((".", ":", "?", "!")) or bool(re.fullmatch(r"(?:[A-Z]\.\s*)+[A-Z][\w-]+", first))
    ) and not any(char.isdigit() for char in first)


def classify(paragraph_list: list[Paragraph], year: int | None, closer: bool = True) -> list[Block]:
    """Body paragraphs → blocks, each kind decided by its shape alone."""
    blocks: list[Block] = []
    last = len(paragraph_list) - 1
    separators = turn_separators(paragraph_list)
    for index, paragraph in enumerate(paragraph_list):
        head = _leading_heading(paragraph)
        if head:
            blocks.append(Block(BlockKind.HEAD, text_of_line(head.first)))
            paragraph = Paragraph(paragraph.lines[1:])
        blocks.append(_classify_one(paragraph, year, closer and index == last and index > 0, separators))
    return blocks


def _leading_heading(paragraph: Paragraph) -> Paragraph | None:
    """A section heading ("I. From Bucharest.") glued to the paragraph under it."""
    if len(paragraph.lines) < 2:
        return None
    first = Paragraph(paragraph.lines[:1])
    return first if _ROMAN_HEAD.match(first.joined) and is_heading(first) else None


def _classify_one(paragraph: Paragraph, year: int | None, may_close: bool, separators: frozenset[str]) -> Block:
    text = text_of_paragraph(paragraph)
    if is_gap(paragraph):
        return Block(BlockKind.GAP, text)
    if is_dateline(paragraph, year):
        return Block(BlockKind.DATELINE, text)
    if is_quote(paragraph):
        return Block(BlockKind.QUOTE, text, tuple(text_of_line(line) for line in paragraph.lines))
    if is_list(paragraph):
        lines = tuple(text_of_line(line) for line in paragraph.lines)
        return Block(BlockKind.LIST, lines[0], lines[1:])
    if is_heading(paragraph):
        return Block(BlockKind.HEAD, text)
    if may_close and is_closer(paragraph):
        return Block(BlockKind.CLOSER, text, tuple(text_of_line(line) for line in paragraph.lines))
    split = speaker_split(paragraph, separators)
    if split:
        speaker, speech = split
        return Block(BlockKind.SPEECH, speech, speaker=speaker)
    return Block(BlockKind.PARAGRAPH, text)
