"""The nothing-lost check: every word of a source survives into its TEI, in order.

The source side is the raw text minus exactly the spans its reader declared
as dropped (page furniture, block labels).  The TEI side is read as several
word streams: the header, the text (notes replaced by their numbers, where
the note calls stood) and one stream per note (its number, then its text).
What the editor or the toolkit adds is left out, so that a word they wrote
cannot stand in for a lost one: editorial readings (expan, reg, corr, rdg,
supplied), the register entries of the standOff, the header's statements
about the edition and what transforms derive from the text (correspDesc,
witness lists), and the editor's own notes (see :func:`editors_note`).

Each source line must occur as a contiguous run of words in one stream, and
lines found only in the text stream must occur there in source order.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from lxml import etree

from tei.model import Dropped
from tei.xml import local_name

EDITORIAL = frozenset({"expan", "reg", "corr", "rdg", "supplied"})
#: Parts written by the toolkit or the editor, never holding source text of their own.
GENERATED = frozenset({"standOff", "encodingDesc", "publicationStmt", "revisionDesc", "correspDesc", "listWit"})
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
#: Elements that may split a word; all others separate words.
INLINE = frozenset({
    "choice", "abbr", "expan", "orig", "reg", "sic", "corr", "supplied", "hi", "persName", "placeName",
    "orgName", "name", "date", "time", "title", "rs", "seg", "app", "lem", "rdg", "idno", "ref", "foreign",
    "term", "gloss", "num", "measure", "unclear", "add", "del", "surname", "forename", "roleName",
    "bibl", "biblScope", "publisher", "pubPlace", "editor", "author", "geogName", "settlement", "country",
    "region", "repository", "collection", "mentioned", "emph", "q", "quote", "said", "w", "c", "pc", "anchor",
})
_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """Normalised words: NFC, case-folded, letters and digits only."""
    return _WORD.findall(unicodedata.normalize("NFC", text).casefold())


@dataclass(frozen=True)
class Loss:
    """A source line whose words were not found (or not in order)."""

    line: int
    text: str
    kind: str  # "missing" | "order" | "dropped-mismatch"


@dataclass
class _Streams:
    header: list[str]
    text: list[str]
    notes: list[list[str]]


def editors_note(node: etree._Element) -> bool:
    """A note in the editor's words: typed or attributed so, or a placed note the reader did not make.

    The text's notes of the source (numbered or not) are built with an
    ``xml:id``; a justification a sidecar adds as an end note has neither
    number nor id.  Header notes (credits) are source text and have no place.
    """
    return (node.get("type") == "justification" or node.get("resp") is not None
            or (node.get("place") is not None and node.get("n") is None and node.get(_XML_ID) is None))


def _streams(root: etree._Element, additions: bool) -> _Streams:
    """The word streams; with ``additions``, the toolkit's and the editor's parts are left out too."""
    notes: list[list[str]] = []
    skipped = EDITORIAL | GENERATED if additions else EDITORIAL

    def collect(node: etree._Element, out: list[str]) -> None:
        name = local_name(node)
        if name in skipped or not isinstance(node.tag, str) or (additions and name == "note" and editors_note(node)):
            return
        if name == "note":
            own: list[str] = [node.get("n", "")]
            collect_children(node, own)
            notes.append(words(own[0] + " " + "".join(own[1:])))  # inline markup joins words, as in the text
            out.append(f" {node.get('n', '')} ")
            return
        separator = "" if name in INLINE else " "
        out.append(separator)
        collect_children(node, out)
        out.append(separator)

    def collect_children(node: etree._Element, out: list[str]) -> None:
        if node.text:
            out.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                collect(child, out)
            if child.tail:
                out.append(child.tail)

    header_parts: list[str] = []
    text_parts: list[str] = []
    for child in root:
        if local_name(child) == "teiHeader":
            collect(child, header_parts)
        elif isinstance(child.tag, str):
            collect(child, text_parts)
    return _Streams(words("".join(header_parts)), words("".join(text_parts)), notes)


def _find(stream: list[str], needle: list[str], start: int = 0) -> int:
    if not needle:
        return start
    first = needle[0]
    length = len(needle)
    for index in range(start, len(stream) - length + 1):
        if stream[index] == first and stream[index : index + length] == needle:
            return index
    return -1


def source_lines(source_text: str, dropped: tuple[Dropped, ...]) -> tuple[list[tuple[int, str]], list[Loss]]:
    """The source's lines with declared drops blanked; a drop that does not match is a loss."""
    lines = source_text.split("\n")
    problems: list[Loss] = []
    for item in dropped:
        index = item.line - 1
        if not 0 <= index < len(lines):
            problems.append(Loss(item.line, item.text, "dropped-mismatch"))
            continue
        line = lines[index]
        start = item.col - 1
        if line[start : start + len(item.text)] != item.text:
            problems.append(Loss(item.line, item.text, "dropped-mismatch"))
            continue
        lines[index] = line[:start] + " " * len(item.text) + line[start + len(item.text) :]
    return [(number + 1, line) for number, line in enumerate(lines)], problems


def check(source_text: str, dropped: tuple[Dropped, ...], root: etree._Element) -> list[Loss]:
    """Every word of every source line found in the TEI (see module doc); [] when nothing is lost."""
    lines, problems = source_lines(source_text, dropped)
    return problems + check_lines(lines, root, additions=True)


def check_lines(lines: list[tuple[int, str]], root: etree._Element, ordered: bool = True,
                additions: bool = False) -> list[Loss]:
    """Every numbered line's words found in the TEI, text lines in order unless not ``ordered``.

    ``additions``: ``root`` is a conversion of raw text, whose standOff, edition
    statements, derived metadata and editor's notes hold no source words (a
    mapped third-party document carries its header's statements over instead).
    """
    problems: list[Loss] = []
    streams = _streams(root, additions)
    cursor = 0
    for number, line in lines:
        needle = words(line)
        if not needle:
            continue
        elsewhere = _find(streams.header, needle) >= 0 or any(_find(note, needle) >= 0 for note in streams.notes)
        found = _find(streams.text, needle, cursor)
        if found >= 0:
            if ordered and not elsewhere:  # a line that could also be header or note text does not fix the order
                cursor = found + len(needle)
            continue
        if elsewhere:
            continue
        kind = "order" if _find(streams.text, needle) >= 0 else "missing"
        problems.append(Loss(number, line.strip(), kind))
    return problems
