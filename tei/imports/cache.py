"""tei_all conformance of third-party files, remembered by content across builds.

Checking a FRUS file against tei_all and its Schematron takes about a second; an
edition's inputs rarely change between builds.  The findings of each file are kept
in ``OUTPUT/.cache/conformance.json`` under a fingerprint of the file's bytes, the
tei_all schema and this module's version, so an unchanged file is not checked again
and a changed one (or a new tei_all) is.  Only this build's entries are written back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from tei.diagnostics import Diagnostic, Level, Location
from tei.web.cache import fingerprint, write_atomic

#: Bump when what is checked, or how findings are recorded, changes.
CACHE_VERSION = "1"


@lru_cache(maxsize=None)
def _schema_key(schema: Path) -> str:
    return fingerprint(CACHE_VERSION, schema.read_bytes())


@dataclass
class ConformanceCache:
    """Findings by input fingerprint: those of the last build, and those this build used."""

    path: Path
    schema_key: str  # the schema's fingerprint, read once per build (tei_all is large)
    known: dict[str, list[dict]] = field(default_factory=dict)
    used: dict[str, list[dict]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path, schema: Path) -> "ConformanceCache":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            known = data.get("files", {}) if data.get("version") == CACHE_VERSION else {}
        except (OSError, ValueError, AttributeError):
            known = {}  # a missing or damaged cache is rebuilt
        return cls(path, _schema_key(schema), known if isinstance(known, dict) else {})

    def key(self, data: bytes) -> str:
        return fingerprint(self.schema_key, data)

    def get(self, data: bytes, shown: str) -> list[Diagnostic] | None:
        """The findings of a file with these bytes (located in ``shown``), or None when not known."""
        key = self.key(data)
        if key not in self.known:
            return None
        self.used[key] = self.known[key]
        return [Diagnostic(Level[item["level"]], item["code"], item["message"],
                           Location(shown, item["line"], item["col"]), item["hint"]) for item in self.known[key]]

    def put(self, data: bytes, findings: list[Diagnostic]) -> None:
        self.used[self.key(data)] = [
            {"level": finding.level.name, "code": finding.code, "message": finding.message, "hint": finding.hint,
             "line": finding.location.line if finding.location else 0,
             "col": finding.location.col if finding.location else 0} for finding in findings]

    def save(self) -> None:
        data = {"version": CACHE_VERSION, "files": dict(sorted(self.used.items()))}
        write_atomic(self.path, json.dumps(data, indent=1, ensure_ascii=False).encode("utf-8"))
