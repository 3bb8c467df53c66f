"""Registers of persons, places, organisations and archives: TEI data that scholars edit.

:func:`load` reads every ``*.xml`` in a register folder once per process
(documents of a run share it), checks it (well-formed TEI, ids present and
unique, written forms claimed by one entry only) and builds a name-form
index per kind.  Faulty entries are left out and reported; the rest is used.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from tei.diagnostics import Diagnostic, Location, error, relative_path
from tei.registers.index import Candidate, NameIndex, check_claims
from tei.registers.model import KINDS, Entry, NameForm
from tei.registers.read import read_register

__all__ = ["Candidate", "Entry", "KINDS", "NameForm", "NameIndex", "Register", "load", "register_files"]


@dataclass
class Register:
    """All entries of a register folder, by id, with one name index per kind."""

    folder: Path | None
    entries: dict[str, Entry] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    indexes: dict[str, NameIndex] = field(default_factory=dict)

    def index(self, kind: str) -> NameIndex:
        return self.indexes.setdefault(kind, NameIndex())

    def of_kind(self, kind: str) -> list[Entry]:
        return [entry for entry in self.entries.values() if entry.kind == kind]

    @property
    def forenames(self) -> frozenset[str]:
        """Given names written out in person entries (a cue for unknown names, "George Kennan")."""
        return frozenset(name for entry in self.of_kind("person") for name in entry.forenames
                         if len(name) > 2 and not name.endswith("."))


#: The standard registers are read first: on a clash of ids or forms, an added file gives way to them.
STANDARD = ("persons.xml", "places.xml", "orgs.xml", "archives.xml")


def register_files(folder: Path) -> list[Path]:
    """The register files of a folder: the standard ones, then any others by name."""
    found = [path for path in folder.glob("*.xml") if path.is_file()]
    return sorted(found, key=lambda path: (STANDARD.index(path.name) if path.name in STANDARD else len(STANDARD),
                                           path.name))


def load(folder: Path | None) -> Register:
    """The register in ``folder`` (an empty one for None); read once per process while unchanged."""
    if folder is None:
        return Register(None)
    resolved = Path(folder).resolve()
    stamp = tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in register_files(resolved)) \
        if resolved.is_dir() else ()
    return _load(resolved, stamp, relative_path(folder))


@lru_cache(maxsize=8)
def _load(folder: Path, stamp: tuple[tuple[str, int, int], ...], shown: str) -> Register:
    register = Register(folder)
    if not folder.is_dir():
        register.diagnostics.append(error("E-REG-MISSING", "the register folder does not exist", Location(shown),
                                          "create it, or pass the right folder with --registers"))
        return register
    entries: list[Entry] = []
    for path in register_files(folder):
        found, problems = read_register(path)
        entries.extend(found)
        register.diagnostics.extend(problems)
    entries = _unique_ids(entries, register.diagnostics)
    kept, problems = check_claims(entries)
    register.diagnostics.extend(problems)
    for entry in kept:
        register.entries[entry.id] = entry
        register.index(entry.kind).add(entry)
    return register


def _unique_ids(entries: list[Entry], problems: list[Diagnostic]) -> list[Entry]:
    seen: dict[str, Entry] = {}
    kept = []
    for entry in entries:
        if entry.id in seen:
            problems.append(error("E-REG-DUPLICATE-ID",
                                  f"xml:id “{entry.id}” is already used by the entry at {seen[entry.id].location}; "
                                  "this entry is left out", entry.location,
                                  "give each entry its own id (ids are shared by every register file)"))
            continue
        seen[entry.id] = entry
        kept.append(entry)
    return kept
