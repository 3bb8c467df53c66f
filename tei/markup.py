"""Mark up a span of mixed content without losing or moving a character.

Every enrichment (persons, dates, signatures, corrections) finds text by
character offsets in an element's *flattened* text and wraps it in a new
element.  This module is the only place that edits mixed content, so the
nothing-lost invariant is kept here once rather than in every transform.

Offsets count the characters of ``text``/``tail`` slots in document order,
leaving out the content of skipped elements: by default notes (a note's text
is not part of the sentence it is anchored in) and the editorial side of
``choice``/``app`` (reg, expan, corr, rdg), so that offsets always refer to
the source text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from lxml import etree

from tei.xml import local_name, tei

#: Not part of the flattened text: notes (their own text) and editorial
#: alternatives, which repeat a span of the source in another form.
DEFAULT_SKIP = frozenset({"note", "reg", "expan", "corr", "rdg"})


@dataclass(frozen=True)
class Position:
    """A point in ``parent``'s content: in segment ``segment`` at ``offset``.

    Segment 0 is ``parent.text``; segment k is the tail of child k-1.
    """

    parent: etree._Element
    segment: int
    offset: int


@dataclass(frozen=True)
class _Slot:
    parent: etree._Element
    segment: int
    start: int
    text: str


def _segment_text(parent: etree._Element, segment: int) -> str:
    if segment == 0:
        return parent.text or ""
    return parent[segment - 1].tail or ""


def _set_segment_text(parent: etree._Element, segment: int, value: str) -> None:
    if segment == 0:
        parent.text = value or None
    else:
        parent[segment - 1].tail = value or None


def _slots(container: etree._Element, skip: frozenset[str]) -> list[_Slot]:
    slots: list[_Slot] = []
    cursor = 0

    def walk(node: etree._Element) -> None:
        nonlocal cursor
        text = node.text or ""
        slots.append(_Slot(node, 0, cursor, text))
        cursor += len(text)
        for index, child in enumerate(node):
            if isinstance(child.tag, str) and local_name(child) not in skip:
                walk(child)
            tail = child.tail or ""
            slots.append(_Slot(node, index + 1, cursor, tail))
            cursor += len(tail)

    walk(container)
    return slots


def flatten(container: etree._Element, skip: frozenset[str] = DEFAULT_SKIP) -> str:
    """The text that offsets refer to."""
    return "".join(slot.text for slot in _slots(container, skip))


def finditer(
    container: etree._Element, pattern: re.Pattern[str] | str, skip: frozenset[str] = DEFAULT_SKIP
) -> Iterator[re.Match[str]]:
    """Regex matches over the flattened text of ``container``."""
    compiled = re.compile(pattern) if isinstance(pattern, str) else pattern
    return compiled.finditer(flatten(container, skip))


def _positions(slots: list[_Slot], offset: int, container: etree._Element) -> list[Position]:
    """Every position that denotes ``offset``, including those lifted out of elements."""
    found: list[Position] = []
    for slot in slots:
        if slot.start <= offset <= slot.start + len(slot.text):
            found.append(Position(slot.parent, slot.segment, offset - slot.start))
    lifted: list[Position] = []
    for position in found:
        lifted.extend(_lift(position, container))
    return found + lifted


def _lift(position: Position, container: etree._Element) -> list[Position]:
    """Positions at the very start or end of an element's content, seen from its parent."""
    result: list[Position] = []
    current = position
    while current.parent is not container:
        parent = current.parent
        outer = parent.getparent()
        if outer is None:
            break
        index = outer.index(parent)
        at_start = current.segment == 0 and current.offset == 0
        at_end = current.segment == len(parent) and current.offset == len(
            _segment_text(parent, current.segment)
        )
        if at_start:
            current = Position(outer, index, len(_segment_text(outer, index)))
        elif at_end:
            current = Position(outer, index + 1, 0)
        else:
            break
        result.append(current)
    return result


def _depth(node: etree._Element) -> int:
    return sum(1 for _ in node.iterancestors())


def wrap(
    container: etree._Element,
    start: int,
    end: int,
    name: str,
    attributes: dict[str, str] | None = None,
    skip: frozenset[str] = DEFAULT_SKIP,
    outer: bool = False,
) -> etree._Element | None:
    """Wrap flattened characters ``[start, end)`` of ``container`` in a new TEI element.

    Returns the new element, or ``None`` when the span would cross an element
    boundary (the caller reports that; nothing is changed).  When several
    nestings are possible the innermost is used, or the outermost with ``outer``.
    """
    if not 0 <= start < end:
        return None
    slots = _slots(container, skip)
    if end > slots[-1].start + len(slots[-1].text):
        return None
    starts = _positions(slots, start, container)
    ends = _positions(slots, end, container)
    pairs = [
        (a, b)
        for a in starts
        for b in ends
        if a.parent is b.parent and (a.segment, a.offset) < (b.segment, b.offset) and not _skipped_edge(a, b, skip)
    ]
    if not pairs:
        return None
    pairs.sort(key=lambda pair: _depth(pair[0].parent), reverse=not outer)
    first, last = pairs[0]
    return _wrap_in_parent(first, last, name, attributes or {})


def _skipped_edge(first: Position, last: Position, skip: frozenset[str]) -> bool:
    """Whether the span would begin or end with an element the offsets leave out.

    Such an element (a note, a nested block such as a closer's ``signed``) has no width in the
    flattened text, so the span's offsets say nothing about it: "KGB" right after
    ``<signed>…</signed>`` is wrapped alone, not together with the signature.
    """
    moved = list(first.parent)[first.segment:last.segment]
    if not moved:
        return False
    leading = first.offset == len(_segment_text(first.parent, first.segment)) and _left_out(moved[0], skip)
    trailing = last.offset == 0 and _left_out(moved[-1], skip)
    return leading or trailing


def _left_out(node: etree._Element, skip: frozenset[str]) -> bool:
    return not isinstance(node.tag, str) or local_name(node) in skip


def _wrap_in_parent(first: Position, last: Position, name: str, attributes: dict[str, str]) -> etree._Element:
    parent = first.parent
    new = etree.Element(tei(name))
    for key, value in attributes.items():
        new.set(key, value)
    head_text = _segment_text(parent, first.segment)
    if first.segment == last.segment:
        _set_segment_text(parent, first.segment, head_text[: first.offset])
        new.text = head_text[first.offset : last.offset] or None
        new.tail = head_text[last.offset :] or None
        parent.insert(first.segment, new)
        return new
    moved = list(parent)[first.segment : last.segment]
    tail_text = _segment_text(parent, last.segment)
    _set_segment_text(parent, first.segment, head_text[: first.offset])
    new.text = head_text[first.offset :] or None
    for child in moved:
        new.append(child)  # moves the child with its tail
    moved[-1].tail = tail_text[: last.offset] or None
    new.tail = tail_text[last.offset :] or None
    parent.insert(first.segment, new)
    return new


def wrap_match(container: etree._Element, match: re.Match[str], name: str,
               attributes: dict[str, str] | None = None, group: int | str = 0,
               skip: frozenset[str] = DEFAULT_SKIP) -> etree._Element | None:
    """:func:`wrap` the span of a regex match (or one of its groups)."""
    return wrap(container, match.start(group), match.end(group), name, attributes, skip)


def add_editorial(choice: etree._Element, name: str, text: str) -> etree._Element:
    """Append an editorial child (expan, reg, corr) to a ``choice``; it is not source text."""
    child = etree.SubElement(choice, tei(name))
    child.text = text
    return child


def make_choice(container: etree._Element, start: int, end: int, source_name: str,
                editorial_name: str, editorial_text: str,
                skip: frozenset[str] = DEFAULT_SKIP, wrapper: str = "choice") -> etree._Element | None:
    """``<choice><source_name>span</source_name><editorial_name>text</…></choice>``.

    Used for abbr/expan, orig/reg and sic/corr: the source characters stay
    where they were, the editorial alternative is added beside them.  With
    ``wrapper="app"`` it makes a reading: ``<app><lem>span</lem><rdg>text</rdg></app>``.
    """
    inner = wrap(container, start, end, source_name, skip=skip)
    if inner is None:
        return None
    choice = etree.Element(tei(wrapper))
    choice.tail, inner.tail = inner.tail, None
    inner.addprevious(choice)
    choice.append(inner)
    add_editorial(choice, editorial_name, editorial_text)
    return choice


def insert(container: etree._Element, offset: int, new: etree._Element,
           skip: frozenset[str] = DEFAULT_SKIP) -> etree._Element | None:
    """Insert ``new`` at flattened ``offset`` of ``container`` (an editor's addition such as ``supplied``).

    No source character moves: the text around the point is split and ``new``
    stands between its halves, right after the text that precedes the point
    (inside the same element).  Returns ``new``, or ``None`` when the offset
    is outside the text.
    """
    slots = _slots(container, skip)
    if not 0 <= offset <= slots[-1].start + len(slots[-1].text):
        return None
    position = _positions(slots, offset, container)[0]
    text = _segment_text(position.parent, position.segment)
    _set_segment_text(position.parent, position.segment, text[: position.offset])
    new.tail = text[position.offset :] or None
    position.parent.insert(position.segment, new)
    return new
