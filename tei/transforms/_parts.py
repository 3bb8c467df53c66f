"""Mark a structured reference (a signature, a bibliographic reference) and its parts in place.

The reference becomes one element (``bibl``) and each part a child
(``idno type="fond"``, ``title level="m"``, ``editor`` …).  A part that an
earlier step already marked with the right element (the organisations step
marks "TsKhSD" as ``orgName``) is reused: it gains the part's attributes
instead of a second wrapper.  A part that cannot be marked without cutting
existing markup is left as text; the reference is still marked.
"""

from __future__ import annotations

from lxml import etree

from tei import markup
from tei.model import Span
from tei.transforms._scan import SKIP, crosses, ranges, wrap

#: How each kind of part is marked: element and fixed attributes; the span's value goes to ``value_attribute``.
PARTS: dict[str, tuple[str, dict[str, str], str]] = {
    "repository": ("orgName", {"type": "repository"}, ""),
    "collection": ("name", {"type": "collection"}, ""),
    "folder": ("title", {"type": "folder"}, ""),
    "title:m": ("title", {"level": "m"}, ""),
    "title:j": ("title", {"level": "j"}, ""),
    "title:a": ("title", {"level": "a"}, ""),
    "editor": ("editor", {}, ""),
    "author": ("author", {}, ""),
    "pubPlace": ("pubPlace", {}, ""),
    "publisher": ("publisher", {}, ""),
    "date": ("date", {}, "when"),
    "issue": ("biblScope", {"unit": "issue"}, ""),
    "page": ("biblScope", {"unit": "page"}, ""),
}


def mark_reference(container: etree._Element, start: int, end: int, attributes: dict[str, str],
                   parts: tuple[Span, ...]) -> etree._Element | None:
    """``bibl`` over ``[start, end)`` of ``container`` and its parts inside; None when it cannot be marked."""
    spans = ranges(container)
    if crosses(spans, start, end):
        return None
    outer = wrap(container, spans, start, end, "bibl", attributes)
    if outer is None:
        return None
    for part in sorted(parts, key=lambda item: (item.start, -item.end)):
        _mark_part(container, part)
    return outer


def _mark_part(container: etree._Element, part: Span) -> None:
    if part.kind == "slip":
        markup.make_choice(container, part.start, part.end, "orig", "reg", part.value, SKIP)
        return
    if part.kind.startswith("idno:"):
        name, attributes, value_attribute = "idno", {"type": part.kind[5:]}, ""
    elif part.kind in PARTS:
        name, attributes, value_attribute = PARTS[part.kind]
        attributes = dict(attributes)
    else:
        return
    if value_attribute and part.value:
        attributes[value_attribute] = part.value
    spans = ranges(container)
    same = [item for item in spans if item.start == part.start and item.end == part.end and item.name == name]
    if same:
        for key, value in attributes.items():
            same[-1].element.set(key, value)
        return
    if any(item.start == part.start and item.end == part.end and item.name == "date" for item in spans) \
            and name == "date":
        return
    if not crosses(spans, part.start, part.end):
        # outermost: a part is around the name already marked there (editor > persName), never inside it
        markup.wrap(container, part.start, part.end, name, attributes, SKIP, outer=True)
