"""What a register holds: entries (persons, places, organisations, archives) and their name forms."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from tei.diagnostics import Location

#: Register kinds, the TEI element of an entry and of its names, and the standOff list it goes to.
KINDS = {
    "person": ("person", "persName", "listPerson"),
    "place": ("place", "placeName", "listPlace"),
    "org": ("org", "orgName", "listOrg"),
    "archive": ("org", "orgName", "listOrg"),
}

#: Name-form kinds that several entries may share: the text around a mention decides between them.
SHAREABLE = frozenset({"surname", "forename", "initials", "derived", "generic"})


@dataclass(frozen=True)
class NameForm:
    """One way an entry is written: the text, its kind and whether the register spells it out."""

    text: str
    kind: str  # canonical, full, surname, forename, initials, abbreviation, short, variant, erroneous, derived …
    explicit: bool = True


@dataclass(frozen=True)
class Entry:
    """One register entry; ``element`` is its TEI, copied into the standOff of documents that use it."""

    id: str
    kind: str
    label: str
    forms: tuple[NameForm, ...]
    location: Location
    note: str = ""
    surname: str = ""
    forenames: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    authorities: tuple[tuple[str, str], ...] = ()
    element: etree._Element | None = field(default=None, compare=False, repr=False)

    @property
    def expansion(self) -> str:
        """What an abbreviation of this entry expands to: the surname, or the main name."""
        return self.surname or self.label

    def has_authority(self, types: tuple[str, ...] = ("wikidata", "viaf", "gnd", "geonames")) -> bool:
        return any(kind in types for kind, _ in self.authorities)
