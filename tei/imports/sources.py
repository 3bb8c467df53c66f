"""``[[sources.tei]]`` tables of the edition config: TEI documents encoded elsewhere.

```toml
[[sources.tei]]
convention = "frus"                              # mapped by xslt/import/frus.xsl
paths = ["sources/frus/frus1955-57v25_d*.xml"]   # files, folders (*.xml) or glob patterns
params = { terms = "sources/frus/frus1955-57v25_terms.xml" }   # *.xml values are passed as documents

[[sources.tei]]
convention = "tei"                               # ready-made: follows the project's conventions
paths = ["documents/ready"]
```

Read from ``EditionConfig.raw`` (the rest of the config is untouched, so
older configs keep working); every problem names the config file and the
line of the table it concerns.
"""

from __future__ import annotations

import glob
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tei.config import EditionConfig
from tei.diagnostics import Diagnostic, Location, error, relative_path
from tei.edits.sidecar import array_headers

HINT = "see the README, section Exchange formats (third-party TEI)"
CONVENTION = re.compile(r"[a-z][a-z0-9-]*")
KEYS = frozenset({"convention", "paths", "params", "transforms", "conformance"})


@dataclass(frozen=True)
class TeiSource:
    """One ``[[sources.tei]]`` table: files of one convention and how to map them."""

    convention: str
    files: tuple[Path, ...]
    line: int
    #: Stylesheet parameters: strings, or paths of XML documents (values ending in .xml).
    params: tuple[tuple[str, str | Path], ...] = ()
    #: Transforms to run after the mapping (None: the convention's default).
    transforms: tuple[str, ...] | None = None
    #: Report where the input does not conform to tei_all (None: the convention's default).
    conformance: bool | None = None


def read_tei_sources(config: EditionConfig) -> tuple[list[TeiSource], list[Diagnostic]]:
    """The declared third-party sources, and what is wrong with the tables that cannot be used."""
    sources = config.raw.get("sources", {})
    tables = sources.get("tei", []) if isinstance(sources, dict) else []
    shown = relative_path(config.path)
    try:
        lines = config.path.read_text(encoding="utf-8").split("\n")
    except OSError:
        lines = []
    headers = array_headers(lines).get("sources.tei", [])
    if not isinstance(tables, list) or not all(isinstance(table, dict) for table in tables):
        return [], [error("E-CONFIG-IMPORT", "sources.tei must be a list of [[sources.tei]] tables",
                          Location(shown, headers[0] if headers else 0), HINT)]
    found: list[TeiSource] = []
    problems: list[Diagnostic] = []
    for number, table in enumerate(tables):
        line = headers[number] if number < len(headers) else 0
        source, problem = _source(table, line, config.root)
        if problem:
            problems.append(error("E-CONFIG-IMPORT", problem, Location(shown, line), HINT))
        else:
            found.append(source)
    return found, problems


def _source(table: dict[str, Any], line: int, root: Path) -> tuple[TeiSource | None, str]:
    unknown = sorted(set(table) - KEYS)
    if unknown:
        return None, f"unknown key “{unknown[0]}” in [[sources.tei]] (keys: {', '.join(sorted(KEYS))})"
    convention = table.get("convention")
    if not isinstance(convention, str) or not CONVENTION.fullmatch(convention):
        return None, 'a [[sources.tei]] table needs convention = "…" (e.g. "frus", or "tei" for ready-made TEI)'
    paths = table.get("paths", [])
    if isinstance(paths, str):
        paths = [paths]
    if not isinstance(paths, list) or not paths or not all(isinstance(p, str) for p in paths):
        return None, f'[[sources.tei]] “{convention}” needs paths = ["…"] (files, folders or patterns)'
    params, problem = _params(table.get("params", {}), root, convention)
    if problem:
        return None, problem
    transforms = table.get("transforms")
    if transforms is not None and (not isinstance(transforms, list) or not all(isinstance(t, str) for t in transforms)):
        return None, 'transforms must be a list of transform names, e.g. ["persons", "standoff"]'
    conformance = table.get("conformance")
    if conformance is not None and not isinstance(conformance, bool):
        return None, "conformance must be true or false"
    data_files = {value.resolve() for _, value in params if isinstance(value, Path)}
    files, problem = _files(paths, root, data_files)
    if problem:
        return None, problem
    return TeiSource(convention, files, line, params, tuple(transforms) if transforms is not None else None,
                     conformance), ""


def _params(value: Any, root: Path, convention: str) -> tuple[tuple[tuple[str, str | Path], ...], str]:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        return (), f'params of “{convention}” must be a table of strings, e.g. params = {{ terms = "list.xml" }}'
    found: list[tuple[str, str | Path]] = []
    for name, text in sorted(value.items()):
        if text.endswith(".xml"):
            path = root / text
            if not path.is_file():
                return (), f"parameter {name} of “{convention}”: no such file {text}"
            found.append((name, path))
        else:
            found.append((name, text))
    return tuple(found), ""


def _files(patterns: list[str], root: Path, data_files: set[Path]) -> tuple[tuple[Path, ...], str]:
    """The XML files the patterns name, in order, each once (README files and parameter files left out)."""
    found: list[Path] = []
    for pattern in patterns:
        target = root / pattern
        if target.is_dir():
            matches = sorted(target.rglob("*.xml"))
        elif any(char in pattern for char in "*?["):
            matches = sorted(Path(p) for p in glob.glob(str(target), recursive=True))
            if not matches:
                return (), f"no file matches {pattern}"
        elif target.is_file():
            matches = [target]
        else:
            return (), f"no such file or folder: {pattern}"
        # a file named as a parameter is data of the mapping (a list of terms …), never a document
        found.extend(path for path in matches if path.is_file() and not path.name.upper().startswith("README")
                     and path.resolve() not in data_files and path not in found)
    return tuple(found), ""
