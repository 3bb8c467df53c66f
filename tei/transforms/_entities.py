"""The common course of the person, place and organisation transforms.

Find the register's forms in every container, keep what the existing markup
allows (never inside an idno, a date or a name of the same kind; an existing
name of that kind gets its ``@ref`` instead), resolve with the document's
help, mark each mention through :mod:`tei.markup`, and report what stayed
unresolved — once per name and document, with the source line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from lxml import etree

from tei import markup
from tei.diagnostics import Diagnostic, Location, warning
from tei.parse.names import key
from tei.registers import NameIndex, Register, load
from tei.transforms import Context
from tei.transforms._mentions import Mention, Resolver, select
from tei.transforms._scan import SKIP, Container, containers, crosses, inside, ranges, wrap
from tei.xml import tei

#: Never mark a name inside these: identifiers, dates, links, editorial expansions.
PROTECTED = frozenset({"idno", "date", "time", "ref", "ptr", "abbr", "num", "measure"})


@dataclass(frozen=True)
class Kind:
    """What a transform marks: its element, the register kinds it reads, what it may not nest in."""

    element: str
    kinds: tuple[str, ...]
    protected: frozenset[str]
    code: str  # diagnostic code stem: PERSON, PLACE, ORG
    abbreviations: bool = False  # abbreviated forms as choice/abbr/expan


def index_for(register: Register, kinds: tuple[str, ...]) -> NameIndex:
    """One index over several register kinds (organisations and archives are both orgName)."""
    if len(kinds) == 1:
        return register.index(kinds[0])
    merged = NameIndex()
    for kind in kinds:
        for entry in register.of_kind(kind):
            merged.add(entry)
    return merged


def register_mentions(container: Container, index: NameIndex, kind: Kind) -> list[Mention]:
    """Register forms found in ``container``, outside protected and same-kind markup."""
    text = container.text
    spans = ranges(container.element)
    found = []
    for start, end in index.find(text):
        if inside(spans, start, end, {kind.element}) or inside(spans, start, end, kind.protected, whole=True) \
                or crosses(spans, start, end):
            continue
        found.append(Mention(container, start, end, text[start:end], index.lookup(text[start:end])))
    return found


def existing_mentions(root: etree._Element, containers: list[Container], index: NameIndex,
                      kind: Kind) -> list[Mention]:
    """Names the builder already marked (citation, respStmt): they get ``@ref``, not a second element."""
    owner: dict[etree._Element, Container] = {}
    for container in containers:
        for item in ranges(container.element):
            owner.setdefault(item.element, container)
    found = []
    for element in root.iter(tei(kind.element)):
        if element.get("ref"):
            continue
        text = " ".join(markup.flatten(element).split())
        container = owner.get(element) or Container(element, True)
        mention = Mention(container, 0, len(text), text, index.lookup(text), cue="existing", existing=element)
        found.append(mention)
    return found


def apply(mentions: list[Mention], kind: Kind) -> list[Mention]:
    """Mark each mention (or set ``@ref`` on an existing element); return those that could not be marked."""
    failed = []
    for mention in mentions:
        attributes = {"ref": "#" + mention.entry.id} if mention.entry is not None else {}
        if mention.existing is not None:
            if attributes:
                mention.existing.set("ref", attributes["ref"])
            continue
        element = mention.container.element
        spans = ranges(element)
        if crosses(spans, mention.start, mention.end):
            failed.append(mention)
            continue
        marked = wrap(element, spans, mention.start, mention.end, kind.element, attributes)
        if marked is None:
            failed.append(mention)
        elif kind.abbreviations and mention.form_kind == "abbreviation" and mention.entry is not None:
            markup.make_choice(element, mention.start, mention.end, "abbr", "expan", mention.entry.expansion, SKIP)
    return failed


class Locator:
    """Finds the source line of a marked span, for diagnostics about enriched text."""

    def __init__(self, context: Context) -> None:
        self.path = context.document.path
        try:
            self.lines = [" ".join(line.split()) for line in
                          Path(self.path).read_text(encoding="utf-8-sig").splitlines()]
        except (OSError, UnicodeDecodeError):
            self.lines = []

    def __call__(self, mention: Mention) -> Location:
        return self.span(mention.container.text, mention.start, mention.end)

    def span(self, text: str, start: int, end: int) -> Location:
        """The first source line holding the span with a little of its context (or the span alone)."""
        target = " ".join(text[start:end].split())
        before = " ".join(text[max(0, start - 15):start].split())
        snippet = " ".join(text[max(0, start - 15):end + 15].split())
        # The span's column: inside the matched context, where the span stands in it (not at an earlier namesake).
        for candidate, skip in ((snippet, max(0, len(before) - 1)), (target, 0)):
            for number, line in enumerate(self.lines, 1):
                at = line.find(candidate) if candidate else -1
                if at >= 0:
                    inner = candidate.find(target, skip) if target else -1
                    return Location(self.path, number, at + inner + 1 if inner >= 0 else 0)
        return Location(self.path)


def report(mentions: list[Mention], failed: list[Mention], kind: Kind, locate: Locator) -> list[Diagnostic]:
    """One warning per unresolved or ambiguous name of the document, and one per span left unmarked."""
    found: list[Diagnostic] = []
    seen: dict[tuple[str, str], list[Mention]] = {}
    for mention in mentions:
        if mention.entry is None:
            group = "AMBIGUOUS" if mention.ambiguous else "UNRESOLVED"
            seen.setdefault((group, key(mention.text)), []).append(mention)
    for (group, _), items in seen.items():
        found.append(_unresolved(group, items, kind, locate))
    for mention in failed:
        found.append(warning(f"W-{kind.code}-UNMARKED", f"“{mention.text}” crosses existing markup and is not marked",
                             locate(mention), "mark it by hand or move the markup that cuts through it"))
    return found


def _unresolved(group: str, items: list[Mention], kind: Kind, locate: Locator) -> Diagnostic:
    first = items[0]
    count = f" ({len(items)} mentions)" if len(items) > 1 else ""
    if group == "AMBIGUOUS":
        ids = ", ".join(sorted(c.entry.id for c in first.candidates) + [f"“{name}”" for name in first.namesakes])
        return warning(f"W-{kind.code}-AMBIGUOUS",
                       f"“{first.text}” may be any of {ids}; the document does not decide, left without @ref{count}",
                       locate(first), "add a distinguishing form (full name, title) or decide in the register")
    return warning(f"W-{kind.code}-UNRESOLVED", f"“{first.text}” is not in the register; marked without @ref{count}",
                   locate(first), "add it to the register (tei entities --unresolved lists every such name)")


Cues = Callable[[Container], list[Mention]]


def mark_registered(root: etree._Element, context: Context, kind: Kind, cues: Cues | None = None) -> list[Diagnostic]:
    """The whole course for places and organisations: register forms, and what ``cues`` finds by structure."""
    index = index_for(load(context.registers), kind.kinds)
    found = containers(root)
    mentions: list[Mention] = []
    for container in found:
        extra = [m for m in cues(container) if not index.lookup(m.text)] if cues else []
        mentions.extend(select(register_mentions(container, index, kind) + extra))
    mentions += [m for m in existing_mentions(root, found, index, kind) if m.candidates]
    Resolver(" ".join(container.text for container in found)).resolve(mentions)
    failed = apply(mentions, kind)
    return report(mentions, failed, kind, Locator(context))
