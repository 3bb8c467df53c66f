"""What a sidecar says, as values: witnesses, policy, and one :class:`Entry` per decision."""

from __future__ import annotations

from dataclasses import dataclass, field

#: How scan slips are encoded: kept as ``orig`` with ``reg`` (default, as the
#: builder does for "LI."), or as ``sic`` with ``corr``.
SLIP_POLICIES = {"regularise": ("orig", "reg"), "correct": ("sic", "corr")}
#: Prose policies an editor may add; each becomes a paragraph of ``editorialDecl/<name>``.
POLICY_PROSE = ("correction", "normalization", "quotation", "hyphenation", "interpretation")
SUPPLIED_REASONS = ("omitted", "illegible")


@dataclass(frozen=True)
class Witness:
    """A source of readings: ``wit-malin`` (the archive's working notes) and so on."""

    id: str
    label: str
    base: bool = False


@dataclass(frozen=True)
class WitnessGroup:
    """Witnesses that share readings, named together: "the published Hungarian and Russian versions".

    Encoded as a nested ``listWit`` with a ``head``, so an edition can say
    "Malnasanu in the published Hungarian and Russian versions" instead of
    listing each witness.
    """

    id: str
    label: str
    members: tuple[str, ...]


@dataclass(frozen=True)
class Reading:
    """The text one or more witnesses have where the copy text has the entry's text."""

    text: str
    wit: tuple[str, ...]


@dataclass(frozen=True)
class Policy:
    slips: str = "regularise"
    prose: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Entry:
    """One editorial decision, with the sidecar line it was written on.

    ``text`` is what is looked for in the TEI (for ``supplied`` the words the
    addition follows or precedes, for ``heading`` the start of the block that
    opens the new division); ``value`` is the editor's form (corr, reg, the
    intended form of a slip, the supplied words, the heading).
    """

    kind: str
    line: int
    index: int
    text: str
    value: str = ""
    context: str = ""
    scope: str = ""
    occurrence: int | str | None = None
    note: str = ""
    justification: str = ""
    ident: str = ""
    readings: tuple[Reading, ...] = ()
    lem_wit: tuple[str, ...] = ()
    reason: str = ""
    place: str = ""
    n: str = ""
    div_type: str = ""
    key_lines: dict[str, int] = field(default_factory=dict, compare=False)

    @property
    def label(self) -> str:
        """How messages name the entry: ``[[variant]] "Malnasan"``."""
        shown = self.value if self.kind in ("supplied", "heading") else self.text
        return f'[[{self.kind}]] "{shown}"'

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


@dataclass(frozen=True)
class Sidecar:
    path: str
    policy: Policy = Policy()
    witnesses: tuple[Witness, ...] = ()
    entries: tuple[Entry, ...] = ()
    groups: tuple[WitnessGroup, ...] = ()

    @property
    def base_witnesses(self) -> tuple[str, ...]:
        return tuple(witness.id for witness in self.witnesses if witness.base)
