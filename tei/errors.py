"""Exceptions of the toolkit.

One root, :class:`TeiError`, carries a :class:`~tei.diagnostics.Diagnostic`
so that whoever catches it can report it without reformatting.  Specific
errors also inherit the matching builtin, so callers that know only Python's
exceptions still catch them sensibly.
"""

from __future__ import annotations

from tei.diagnostics import Diagnostic


class TeiError(Exception):
    """Root of every error the toolkit raises on purpose."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.format())
        self.diagnostic = diagnostic


class SourceError(TeiError, ValueError):
    """A source document cannot be read as text (empty, binary, bad encoding)."""


class XmlInputError(TeiError, ValueError):
    """An XML input is not well-formed, hostile, too large or not TEI."""


class ConfigError(TeiError, ValueError):
    """An edition config, register or sidecar file is wrong."""


class OutputError(TeiError, OSError):
    """An output cannot be written."""
