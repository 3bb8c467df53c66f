"""The name-form index: which entries a written form can mean, and a matcher over running text.

Forms are compared by :func:`tei.parse.names.key` (diacritics folded, case
kept); a form in capitals ("LODGE") also matches when the text is in
capitals.  A written-out form (an abbreviation, a variant, a main name) must
name one entry: a second entry claiming it is a register error.  Surnames,
forenames and initials may be shared; the text decides between the entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from tei.diagnostics import Diagnostic, error
from tei.parse.names import fold, key
from tei.registers.model import SHAREABLE, Entry, NameForm


@dataclass(frozen=True)
class Candidate:
    """An entry a form may mean, and the form as the register knows it."""

    entry: Entry
    form: NameForm


@dataclass
class NameIndex:
    """Forms → candidates for one group of entries (persons, or places, or organisations …)."""

    forms: dict[str, list[Candidate]] = field(default_factory=dict)

    def add(self, entry: Entry) -> None:
        for form in entry.forms:
            bucket = self.forms.setdefault(key(form.text), [])
            if not any(c.entry.id == entry.id and c.form.kind == form.kind for c in bucket):
                bucket.append(Candidate(entry, form))

    def lookup(self, text: str) -> list[Candidate]:
        """Candidates for a written form; written-out claims win over derived ones."""
        found = self.forms.get(self._spelling(key(text)), [])
        explicit = [c for c in found if c.form.explicit and c.form.kind not in SHAREABLE]
        chosen = explicit or found
        unique: dict[str, Candidate] = {}
        for candidate in chosen:
            unique.setdefault(candidate.entry.id, candidate)
        return list(unique.values())

    @cached_property
    def pattern(self) -> re.Pattern[str] | None:
        """One regex matching every form (longest first) at word boundaries, over folded text."""
        if not self.forms:
            return None
        alternatives = sorted(self.forms, key=len, reverse=True)
        capitals = sorted({form.upper() for form in self.forms if form.upper() != form}, key=len, reverse=True)
        body = "|".join(re.escape(form) for form in alternatives + capitals)
        return re.compile(rf"(?<![\w-])(?:{body})(?!\w)")

    def find(self, text: str) -> list[tuple[int, int]]:
        """Spans of known forms in ``text``, left to right, longest at each place."""
        if self.pattern is None:
            return []
        folded = fold(text)
        spans = []
        for match in self.pattern.finditer(folded):
            if self._spelling(match.group()) in self.forms:
                spans.append((match.start(), match.end()))
        return spans

    def _spelling(self, value: str) -> str:
        """The indexed spelling of ``value``: itself, or the form it writes in capitals ("LODGE")."""
        if value in self.forms or value != value.upper():
            return value
        return self._capitals.get(value, value)

    @cached_property
    def _capitals(self) -> dict[str, str]:
        return {form.upper(): form for form in sorted(self.forms, reverse=True)}


def check_claims(entries: list[Entry]) -> tuple[list[Entry], list[Diagnostic]]:
    """Drop entries whose written-out form another entry already claims; report each."""
    owners: dict[str, Entry] = {}
    kept: list[Entry] = []
    problems: list[Diagnostic] = []
    for entry in entries:
        clash = _first_clash(entry, owners)
        if clash is not None:
            form, owner = clash
            problems.append(error(
                "E-REG-FORM-CLAIMED",
                f"“{form}” of entry “{entry.id}” is already a written form of “{owner.id}” ({owner.location}); "
                f"entry “{entry.id}” is left out",
                entry.location,
                "a written-out form must name one entry: remove it from one of them, or write it as a "
                "surname so that the text decides"))
            continue
        for form in entry.forms:
            if form.explicit and form.kind not in SHAREABLE:
                owners.setdefault(_group(entry) + key(form.text), entry)
        kept.append(entry)
    return kept, problems


def _first_clash(entry: Entry, owners: dict[str, Entry]) -> tuple[str, Entry] | None:
    for form in entry.forms:
        if not form.explicit or form.kind in SHAREABLE:
            continue
        owner = owners.get(_group(entry) + key(form.text))
        if owner is not None and owner.id != entry.id:
            return form.text, owner
    return None


def _group(entry: Entry) -> str:
    return ("person" if entry.kind == "person" else "place" if entry.kind == "place" else "org") + "\0"
