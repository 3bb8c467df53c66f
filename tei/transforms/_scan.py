"""Where enrichment looks for text, and how a found span is marked without breaking markup.

Shared by the entity, date, signature and bibliography transforms: the
text containers of a document (body blocks, notes, the header's citation,
abstract and credits — never the toolkit's own header prose), the flattened
ranges of the elements already inside a container, and a wrapper that puts
a name around an editorial choice rather than inside one of its readings.
All changes go through :mod:`tei.markup`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from tei import markup
from tei.xml import local_name, tei

#: Elements whose own text is scanned, each on its own (nested ones are skipped by their parent).
BLOCKS = frozenset({
    "head", "p", "item", "speaker", "signed", "closer", "dateline", "note", "label", "ab", "cell", "l",
    "trailer", "byline", "salute", "docAuthor", "opener",
})
#: What a container's flattened text leaves out: notes, editorial readings and nested blocks.
SKIP = markup.DEFAULT_SKIP | BLOCKS
#: Editorial wrappers: a name that covers one of them whole goes around it, not inside a reading.
CHOICES = frozenset({"choice", "app", "subst"})


@dataclass(frozen=True)
class Container:
    """A stretch of mixed content scanned as one text; ``header`` says it lies in the teiHeader."""

    element: etree._Element
    header: bool

    @property
    def text(self) -> str:
        return markup.flatten(self.element, SKIP)


def containers(root: etree._Element) -> list[Container]:
    """The citation, abstract and credits of the header, then every block of the text, in order."""
    found: list[Container] = []
    header = root.find(tei("teiHeader"))
    if header is not None:
        paths = ("fileDesc/sourceDesc/bibl", "fileDesc/notesStmt/note", "profileDesc/abstract//p")
        for path in paths:
            for element in header.iterfind("/".join(f"{{*}}{part}" if part else "" for part in path.split("/"))):
                found.append(Container(element, True))
    text = root.find(tei("text"))
    if text is not None:
        found.extend(Container(element, False) for element in text.iter(*(tei(name) for name in BLOCKS)))
    return found


def in_note(container: Container) -> bool:
    """Whether the container is a note or lies in one (notes cite other dates and archives)."""
    element = container.element
    return element.tag == tei("note") or any(parent.tag == tei("note") for parent in element.iterancestors())


@dataclass(frozen=True)
class Range:
    """An element inside a container and the flattened characters it covers."""

    element: etree._Element
    start: int
    end: int

    @property
    def name(self) -> str:
        return local_name(self.element)


def ranges(container: etree._Element, skip: frozenset[str] = SKIP) -> list[Range]:
    """Every element below ``container`` with its span in :func:`tei.markup.flatten` offsets."""
    found: list[Range] = []
    cursor = 0

    def walk(node: etree._Element) -> None:
        nonlocal cursor
        cursor += len(node.text or "")
        for child in node:
            if isinstance(child.tag, str) and local_name(child) not in skip:
                start = cursor
                walk(child)
                found.append(Range(child, start, cursor))
            cursor += len(child.tail or "")

    walk(container)
    return found


def inside(spans: list[Range], start: int, end: int, names: frozenset[str], whole: bool = False) -> Range | None:
    """An element named in ``names`` that ``[start, end)`` falls into or overlaps.

    With ``whole`` a span that contains such an element entirely is allowed
    (an organisation's name may contain a place name).
    """
    for item in spans:
        if item.name not in names or not (item.start < end and start < item.end):
            continue
        if whole and start <= item.start and item.end <= end:
            continue
        return item
    return None


def crosses(spans: list[Range], start: int, end: int) -> bool:
    """Whether ``[start, end)`` cuts an element in two (it could not be wrapped)."""
    for item in spans:
        overlaps = item.start < end and start < item.end
        nested = (start <= item.start and item.end <= end) or (item.start <= start and end <= item.end)
        if overlaps and not nested:
            return True
    return False


def wrap(container: etree._Element, spans: list[Range], start: int, end: int, name: str,
         attributes: dict[str, str]) -> etree._Element | None:
    """Wrap ``[start, end)``; around an editorial choice/app that lies at its edge, never inside a reading."""
    outer = any(item.name in CHOICES and start <= item.start and item.end <= end
                and (item.start == start or item.end == end) for item in spans)
    return markup.wrap(container, start, end, name, attributes, SKIP, outer=outer)


def words_before(text: str, start: int, count: int = 3) -> str:
    """Up to ``count`` words right before ``start`` (for titles such as "Under Secretary")."""
    tokens = re.findall(r"\S+", text[max(0, start - 60):start])
    return " ".join(tokens[-count:])


def sentence_start(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence (or the container)."""
    before = text[:start].rstrip()
    return not before or before[-1] in ".:;!?([“\"—\n"
