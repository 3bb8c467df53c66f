"""Collation: several raw transcriptions of one document, one TEI text with an apparatus.

The edition config declares the witnesses of a document (``[[collation]]``
in ``edition.toml``, read by :mod:`tei.collate.config`); :mod:`tei.collate.run`
reads every witness, converts the base witness through the normal pipeline
and hands the others' texts to the ``collation`` transform
(:mod:`tei.transforms.collation`), which aligns them with the base
(:mod:`tei.collate.align`) and weaves the differences in as ``app``
(:mod:`tei.collate.apparatus`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tei.collate.align import Token
from tei.edits.model import Witness


@dataclass(frozen=True)
class WitnessSource:
    """One declared witness: its id and label, and the raw file it is read from."""

    witness: Witness
    path: Path
    line: int = 0


@dataclass(frozen=True)
class Collation:
    """A declared witness set: the output name, the base witness and all witnesses."""

    name: str
    base: str
    witnesses: tuple[WitnessSource, ...]
    line: int = 0

    @property
    def base_source(self) -> WitnessSource:
        return next(source for source in self.witnesses if source.witness.id == self.base)


@dataclass(frozen=True)
class CollationInput:
    """What the collation transform needs: the set and the other witnesses' tokens."""

    collation: Collation
    texts: tuple[tuple[str, tuple[Token, ...]], ...]
