"""``[[collation]]`` tables of the edition config: which raw files are witnesses of one document.

```toml
[[collation]]
name = "003_epishev_collated"   # the TEI document written: <output>/tei/<name>.xml
base = "wit-malin"              # the copy text; its words are the lemmata

[[collation.witness]]
id = "wit-malin"
source = "witnesses/003_malin.txt"   # relative to edition.toml
label = "Malin's working notes, archive transcription"
```

Read from ``EditionConfig.raw``; every problem names the config file and the
line of the table it concerns.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tei.collate import Collation, WitnessSource
from tei.config import EditionConfig
from tei.diagnostics import Diagnostic, Location, error, relative_path
from tei.edits.model import Witness
from tei.edits.sidecar import WITNESS_ID, array_headers

NAME = re.compile(r"[A-Za-z0-9_][\w.-]*")
HINT = "see the README, section Editorial apparatus (Several witnesses)"


def read_collations(config: EditionConfig) -> tuple[list[Collation], list[Diagnostic]]:
    """The declared witness sets, and what is wrong with those that cannot be used."""
    tables = config.raw.get("collation", [])
    shown = relative_path(config.path)
    try:
        lines = config.path.read_text(encoding="utf-8").split("\n")
    except OSError:
        lines = []
    headers = array_headers(lines)
    if not isinstance(tables, list) or not all(isinstance(table, dict) for table in tables):
        line = (headers.get("collation") or [0])[0]
        return [], [error("E-COLLATE-CONFIG", "collation must be a list of [[collation]] tables",
                          Location(shown, line), HINT)]
    witness_lines = iter(headers.get("collation.witness", []))
    found: list[Collation] = []
    problems: list[Diagnostic] = []
    for number, table in enumerate(tables):
        line = headers.get("collation", [])[number] if number < len(headers.get("collation", [])) else 0
        sources = [_witness(item, next(witness_lines, line), config.root) for item in _list(table.get("witness"))]
        collation, problem = _collation(table, sources, line)
        if problem:
            problems.append(error("E-COLLATE-CONFIG", problem[1], Location(shown, problem[0]), HINT))
        else:
            found.append(collation)
    return found, problems


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _witness(item: Any, line: int, root: Path) -> WitnessSource | tuple[int, str]:
    if not isinstance(item, dict):
        return line, "a witness must be a table with id, source and label"
    ident, source, label = item.get("id"), item.get("source"), item.get("label")
    if not isinstance(ident, str) or not WITNESS_ID.fullmatch(ident):
        return line, f"witness id {ident!r} is not of the form wit-<name>"
    if not isinstance(source, str) or not isinstance(label, str) or not label.strip():
        return line, f"witness “{ident}” needs source = \"file\" and label = \"…\""
    path = root / source
    if not path.is_file():
        return line, f"witness “{ident}”: no such file {source}"
    return WitnessSource(Witness(ident, label.strip(), False), path, line)


def _collation(table: dict[str, Any], sources: list[Any], line: int) -> tuple[Collation | None, tuple[int, str] | None]:
    name, base = table.get("name"), table.get("base")
    bad = next((item for item in sources if isinstance(item, tuple)), None)
    if bad:
        return None, bad
    ids = [source.witness.id for source in sources]
    if not isinstance(name, str) or not NAME.fullmatch(name):
        return None, (line, "a collation needs name = \"…\" (letters, digits, _ . -), the stem of its TEI file")
    if len(sources) < 2:
        return None, (line, f"collation “{name}” declares {len(sources)} witness(es); it needs two or more")
    if len(set(ids)) != len(ids):
        return None, (line, f"collation “{name}” declares a witness id twice")
    if base not in ids:
        return None, (line, f"collation “{name}”: base = {base!r} is not one of its witnesses ({', '.join(ids)})")
    marked = tuple(WitnessSource(Witness(s.witness.id, s.witness.label, s.witness.id == base), s.path, s.line)
                   for s in sources)
    return Collation(name, base, marked, line), None
