"""Encode located editorial decisions in the TEI tree.

Readings become ``app/lem/rdg`` with ``@wit``; corrections ``choice/sic/corr``;
regularisations ``choice/orig/reg``; scan slips whichever of the two the
policy declares; omissions ``supplied``; a missing heading a new division
whose ``head`` is ``supplied``.  Every encoding gets a content-derived
``xml:id`` so that the note justifying it can point at it (``note/@target``);
a justification in the editor's own words becomes an editorial end note.
Targets are applied from the end of each text backwards, so inserting
supplied words never shifts an offset still to be used.
"""

from __future__ import annotations

import re
import unicodedata

from lxml import etree

from tei import markup
from tei.diagnostics import Diagnostic, Location, error
from tei.edits.locate import Target, find_note
from tei.edits.model import SLIP_POLICIES, Entry, Sidecar
from tei.xml import XML_ID, local_name, sub, tei

PREFIX = {"variant": "app", "correction": "corr", "regularisation": "reg", "supplied": "sup", "heading": "head"}
PAIRS = {"correction": ("sic", "corr"), "regularisation": ("orig", "reg")}


class Ids:
    """Content-derived ``xml:id``s, unique in the document, handed out in document order."""

    def __init__(self, root: etree._Element) -> None:
        self.used = {value for value in root.xpath("//@xml:id")}

    def make(self, target: Target, policy_prefix: str) -> str:
        entry = target.entry
        prefix = policy_prefix if entry.kind == "slip" else PREFIX[entry.kind]
        shown = entry.value if entry.kind in ("supplied", "heading") else entry.text
        base = entry.ident or f"{prefix}-{slug(shown) or slug(entry.context) or f'e{entry.index + 1}'}"
        candidate = f"{base}-{target.occurrence}" if target.count > 1 else base
        number = 2
        while candidate in self.used:
            candidate, number = f"{base}-{number}", number + 1
        self.used.add(candidate)
        return candidate


def slug(text: str) -> str:
    """"II. Questions of Hungary" → "ii-questions-of-hungary" (ASCII, for ids)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:40].strip("-")


def apply_all(root: etree._Element, sidecar: Sidecar, targets: list[Target]) -> list[Diagnostic]:
    """Encode every target; on any failure return the problems (the caller discards the tree)."""
    slip_names = SLIP_POLICIES[sidecar.policy.slips]
    ids = Ids(root)
    named = [(target, ids.make(target, "reg" if slip_names[0] == "orig" else "corr")) for target in targets]
    problems: list[Diagnostic] = []
    spans = sorted((item for item in named if item[0].entry.kind != "heading"),
                   key=lambda item: (item[0].start, item[0].end), reverse=True)
    for target, ident in spans + [item for item in named if item[0].entry.kind == "heading"]:
        encoded = _encode(target, sidecar, slip_names)
        if encoded is None:
            problems.append(error("E-EDITS-MARKUP", f"{target.entry.label} crosses the boundary of other markup",
                                  Location(sidecar.path, target.entry.line, 1),
                                  "narrow the entry to words inside one element (a name, a paragraph)"))
            continue
        encoded.set(XML_ID, ident)
    if not problems:
        _justify(root, named)
    return problems


def _encode(target: Target, sidecar: Sidecar, slip_names: tuple[str, str]) -> etree._Element | None:
    entry = target.entry
    if entry.kind == "variant":
        return _app(target, sidecar)
    if entry.kind in PAIRS or entry.kind == "slip":
        source, editorial = PAIRS.get(entry.kind, slip_names)
        return markup.make_choice(target.container, target.start, target.end, source, editorial, entry.value,
                                  target.skip)
    if entry.kind == "supplied":
        supplied = etree.Element(tei("supplied"), reason=entry.reason)
        supplied.text = entry.value
        placed = markup.insert(target.container, target.start, supplied, target.skip)
        if placed is not None:
            _space(placed, entry.place)
        return placed
    return _heading(target)


def _app(target: Target, sidecar: Sidecar) -> etree._Element | None:
    entry = target.entry
    first, *others = entry.readings
    app = markup.make_choice(target.container, target.start, target.end, "lem", "rdg", first.text,
                             target.skip, wrapper="app")
    if app is None:
        return None
    lem_wit = entry.lem_wit or sidecar.base_witnesses
    if lem_wit:
        app[0].set("wit", " ".join(f"#{ident}" for ident in lem_wit))
    app[1].set("wit", " ".join(f"#{ident}" for ident in first.wit))
    for reading in others:
        markup.add_editorial(app, "rdg", reading.text).set("wit", " ".join(f"#{ident}" for ident in reading.wit))
    for rdg in app[1:]:
        if not rdg.text:
            rdg.text = None  # an omission: <rdg wit="…"/>
    return app


def _space(supplied: etree._Element, place: str) -> None:
    """Keep words apart: "Imre" + "Nagy" → "Imre <supplied>Nagy</supplied>"."""
    previous = supplied.getprevious()
    before = (previous.tail if previous is not None else supplied.getparent().text) or ""
    after = supplied.tail or ""
    words = supplied.text or ""
    if place == "after" and re.search(r"\w$", before) and re.match(r"\w", words):
        if previous is not None:
            previous.tail = before + " "
        else:
            supplied.getparent().text = before + " "
    if place == "before" and re.search(r"\w$", words) and re.match(r"\w", after):
        supplied.tail = " " + after


def _heading(target: Target) -> etree._Element | None:
    """Open a new division at the block, headed by the supplied heading."""
    entry, block = target.entry, target.container
    division = block.getparent()
    before = [child for child in division if child is not block and local_name(child) != "head"
              and division.index(child) < division.index(block)]
    supplied = etree.Element(tei("supplied"), reason=entry.reason)
    supplied.text = entry.value
    head = etree.Element(tei("head"))
    head.append(supplied)
    if not before:
        if division.find(tei("head")) is not None:
            return None
        division.insert(0, head)
        return supplied
    new = etree.Element(tei("div"))
    for name, value in (("type", entry.div_type or division.get("type")), ("n", entry.n)):
        if value:
            new.set(name, value)
    new.append(head)
    following = [block, *block.itersiblings()]
    division.addnext(new)
    for child in following:
        new.append(child)
    return supplied


def _justify(root: etree._Element, named: list[tuple[Target, str]]) -> None:
    """Point each justifying note at what it justifies; the editor's own words become end notes."""
    by_entry: dict[int, tuple[Entry, list[str]]] = {}
    for target, ident in sorted(named, key=lambda item: (item[0].entry.index, item[0].occurrence)):
        by_entry.setdefault(target.entry.index, (target.entry, []))[1].append(f"#{ident}")
    for entry, pointers in by_entry.values():
        if entry.note:
            note = find_note(root, entry.note)
            note.set("target", " ".join(filter(None, [note.get("target", ""), *pointers])))
        if entry.justification:
            sub(_notes_division(root), "note", entry.justification, type="editorial", place="end",
                target=" ".join(pointers))


def _notes_division(root: etree._Element) -> etree._Element:
    text = root.find(tei("text"))
    back = text.find(tei("back"))
    if back is None:
        back = sub(text, "back")
    division = back.find(f"{tei('div')}[@type='notes']")
    return division if division is not None else sub(back, "div", type="notes")
