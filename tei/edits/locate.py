"""Find every sidecar entry in the TEI tree before anything is changed.

An entry names source text (and, when the words occur more than once, a
longer ``context`` around them or an ``occurrence``); it is looked for in the
flattened text of the main text, of the notes or of the header, so offsets
always refer to the source characters (see :mod:`tei.markup`).  An entry
that matches nowhere, or several times without saying which, is an error;
so are two entries that claim overlapping text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from tei import markup
from tei.diagnostics import Diagnostic, Location, error
from tei.edits.blocks import Block, reading_blocks
from tei.edits.model import Entry, Sidecar
from tei.xml import local_name, tei

#: Quotation marks and apostrophes match their straight or typographic forms.
_EQUIVALENT = {"'": "['’‘]", "’": "['’‘]", "‘": "['’‘]", '"': '["“”]', "“": '["“”]', "”": '["“”]'}
_BLOCKS_AFTER_HEAD = ("head",)


@dataclass(frozen=True)
class Target:
    """Where one entry applies: flattened ``[start, end)`` of ``container`` (a point when equal)."""

    entry: Entry
    container: etree._Element
    start: int
    end: int
    occurrence: int
    count: int
    skip: frozenset[str] = markup.DEFAULT_SKIP


def locate(root: etree._Element, sidecar: Sidecar) -> tuple[list[Target], list[Diagnostic]]:
    """Targets of every entry, or the problems that forbid applying any of them."""
    targets: list[Target] = []
    problems: list[Diagnostic] = []
    for entry in sidecar.entries:
        found, problem = _locate_entry(root, entry, sidecar.path)
        if problem:
            problems.append(problem)
        targets.extend(found)
        if entry.note and find_note(root, entry.note) is None:
            problems.append(error("E-EDITS-NOTE", f"{entry.label} cites note {entry.note}, which the document does not have",
                                  Location(sidecar.path, entry.line_of("note"), 1), "check the note number"))
    problems.extend(_overlaps(targets, sidecar.path))
    return targets, problems


def find_note(root: etree._Element, n: str) -> etree._Element | None:
    return next((note for note in root.iter(tei("note")) if note.get("n") == n), None)


def pattern(text: str, context: str = "") -> re.Pattern[str]:
    """Regex for ``text`` (group 1), inside ``context`` when given; whole words at the edges."""
    outer = context or text
    if context:
        at = context.index(text)
        body = _flexible(context[:at]) + "(" + _flexible(text) + ")" + _flexible(context[at + len(text):])
    else:
        body = "(" + _flexible(text) + ")"
    start = r"(?<!\w)" if re.match(r"\w", outer) else ""
    end = r"(?!\w)" if re.search(r"\w$", outer) else ""
    return re.compile(start + body + end)


def _flexible(text: str) -> str:
    """Escape ``text``; any run of spaces matches any run of white space (line breaks too)."""
    pieces = []
    for char in text:
        if char.isspace():
            if not pieces or pieces[-1] != r"\s+":
                pieces.append(r"\s+")
        else:
            pieces.append(_EQUIVALENT.get(char, re.escape(char)))
    return "".join(pieces)


def containers(root: etree._Element, scope: str) -> list[etree._Element]:
    """Where an entry is looked for: the main text (notes left out), notes, one note, or the header.

    The main text's blocks leave notes out, so a note is looked in only when the scope names it.
    """
    text = root.find(tei("text"))
    notes = [note for note in text.iter(tei("note"))] if text is not None else []
    if scope == "header":
        return [root.find(tei("teiHeader"))]
    if scope == "text":
        return [text]
    if scope == "notes":
        return notes
    if scope.startswith("note "):
        return [note for note in notes if note.get("n") == scope[5:]]
    return [text, *notes]


def _locate_entry(root: etree._Element, entry: Entry, path: str) -> tuple[list[Target], Diagnostic | None]:
    where = Location(path, entry.line, 1)
    if entry.context and entry.context.count(entry.text) != 1:
        return [], error("E-EDITS-CONTEXT", f"{entry.label}: the context must contain the text exactly once",
                         Location(path, entry.line_of("context"), 1), "quote the surrounding words as they stand")
    spans = _block_starts(root, entry) if entry.kind == "heading" else _spans(root, entry)
    if not spans:
        return [], error("E-EDITS-NOMATCH", f"{entry.label} does not match the {_scope_name(entry.scope)}", where,
                         "quote the words exactly as the source has them (check spelling and the in = field)")
    chosen = spans
    if isinstance(entry.occurrence, int):
        if entry.occurrence > len(spans):
            return [], error("E-EDITS-NOMATCH", f"{entry.label}: occurrence {entry.occurrence} asked, "
                             f"but the text occurs {len(spans)} times", where, "count occurrences from 1 in document order")
        chosen = [spans[entry.occurrence - 1]]
    elif entry.occurrence is None and len(spans) > 1:
        return [], error("E-EDITS-AMBIGUOUS", f"{entry.label} matches {len(spans)} times", where,
                         'add context = "…" (the words around it), occurrence = N, occurrence = "all" or in = "…"')
    return [Target(entry, block.element, start, end, number, len(chosen), block.skip)
            for number, (block, start, end) in enumerate(chosen, 1)], None


def _spans(root: etree._Element, entry: Entry) -> list[tuple[Block, int, int]]:
    """Matches inside each block of the entry's scope (a match never crosses blocks)."""
    compiled = pattern(entry.text, entry.context)
    found = []
    for container in containers(root, entry.scope):
        for block in reading_blocks(container):
            for match in compiled.finditer(block.text):
                start, end = match.span(1)
                if entry.kind == "supplied":
                    start = end = end if entry.place == "after" else start
                found.append((block, start, end))
    return found


def _block_starts(root: etree._Element, entry: Entry) -> list[tuple[Block, int, int]]:
    """Blocks of a division (not its heading) whose text begins with the entry's words."""
    compiled = re.compile(r"\s*" + pattern(entry.text).pattern)
    body = root.find(f"{tei('text')}/{tei('body')}")
    blocks = [child for div in body.iter(tei("div")) for child in div
              if isinstance(child.tag, str) and local_name(child) not in _BLOCKS_AFTER_HEAD + ("div",)]
    return [(Block(block, markup.DEFAULT_SKIP), 0, 0) for block in blocks if compiled.match(markup.flatten(block))]


def _scope_name(scope: str) -> str:
    return {"text": "main text", "notes": "notes", "header": "header", "": "text or its notes"}.get(scope, scope)


def _overlaps(targets: list[Target], path: str) -> list[Diagnostic]:
    """Two entries claiming the same characters (or the same point) cannot both be encoded."""
    problems: list[Diagnostic] = []
    spans = [target for target in targets if target.entry.kind != "heading"]
    reported: set[tuple[int, int]] = set()
    for number, first in enumerate(spans):
        for second in spans[number + 1:]:
            pair = (first.entry.index, second.entry.index)
            if first.container is not second.container or pair[0] == pair[1] or pair in reported:
                continue
            if _overlap(first, second):
                reported.add(pair)
                later, earlier = sorted((first.entry, second.entry), key=lambda entry: entry.line, reverse=True)
                problems.append(error(
                    "E-EDITS-OVERLAP", f"{later.label} overlaps {earlier.label} (line {earlier.line})",
                    Location(path, later.line, 1), "entries may not share text; merge them or narrow one with context"))
    return problems


def _overlap(first: Target, second: Target) -> bool:
    if first.start == first.end and second.start == second.end:
        return first.start == second.start
    if first.start == first.end:
        return second.start < first.start < second.end
    if second.start == second.end:
        return first.start < second.start < first.end
    return first.start < second.end and second.start < first.end
