"""The running text of a TEI element, block by block (head, p, speaker, item, a note …).

Matching words against one flattened string of a whole ``text`` would glue
the last word of one paragraph to the first of the next ("EpishevA message");
looking inside each block keeps word boundaries true and never proposes a
span that crosses a block.  Notes are their own blocks; what editors added
(supplied words, the editorial side of choices and readings) is not source
text and is left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from tei import markup
from tei.lossless import INLINE
from tei.xml import local_name

#: Not source text: notes (they are blocks of their own) and what editors added.
NOT_SOURCE = markup.DEFAULT_SKIP | {"note", "supplied"}


@dataclass(frozen=True)
class Block:
    """An element holding running text, and the elements its own text leaves out (nested blocks)."""

    element: etree._Element
    skip: frozenset[str]

    @property
    def text(self) -> str:
        return markup.flatten(self.element, self.skip)


def reading_blocks(container: etree._Element) -> list[Block]:
    """Blocks inside ``container`` (itself included), in document order, without nested notes."""
    found: list[Block] = []

    def walk(element: etree._Element) -> None:
        if local_name(element) not in INLINE:
            inner = {local_name(d) for d in element.iterdescendants(etree.Element) if local_name(d) not in INLINE}
            block = Block(element, frozenset(NOT_SOURCE | inner))
            if block.text.strip():
                found.append(block)
        for child in element.iterchildren(etree.Element):
            if local_name(child) != "note":
                walk(child)

    walk(container)
    return found


def reading_text(container: etree._Element) -> str:
    """The source text of ``container``, one line per block."""
    return "\n".join(block.text for block in reading_blocks(container))
