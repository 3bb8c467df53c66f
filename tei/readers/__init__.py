"""Readers, one per export style, and automatic detection.

``READERS`` is the registry: a new export style is one module with a class
that has ``name``, ``description``, ``score()`` and ``read()``, added here.
"""

from __future__ import annotations

from tei.diagnostics import Location, error
from tei.errors import SourceError
from tei.readers.archive_markdown import ArchiveMarkdownReader
from tei.readers.archive_web import ArchiveWebReader
from tei.readers.base import Reader
from tei.readers.generic import GenericReader
from tei.readers.plain_export import PlainExportReader
from tei.source import Source

READERS: dict[str, Reader] = {
    reader.name: reader
    for reader in (ArchiveWebReader(), ArchiveMarkdownReader(), PlainExportReader(), GenericReader())
}

#: A reader must be at least this sure to beat the generic reader.
THRESHOLD = 0.5


def detect(source: Source) -> Reader:
    """The reader most sure of ``source``; the generic reader when none is sure enough."""
    best = max(READERS.values(), key=lambda reader: reader.score(source))
    return best if best.score(source) >= THRESHOLD else READERS["generic"]


def get_reader(name: str, path: str = "") -> Reader:
    try:
        return READERS[name]
    except KeyError:
        raise SourceError(error(
            "E-READER-UNKNOWN", f"no reader named “{name}”", Location(path) if path else None,
            "choose one of: " + ", ".join(READERS),
        )) from None
