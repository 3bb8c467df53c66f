"""The edition config (``edition.toml``): what the edition is and what it is built from.

Scholars edit this file, so every problem is reported with the file and
line and a hint, never as a traceback.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tei.diagnostics import Location, error, relative_path
from tei.errors import ConfigError

DEFAULT_CONFIG = "edition.toml"


@dataclass(frozen=True)
class EditionConfig:
    """The settings of one edition; paths are resolved against the config's folder."""

    path: Path
    title: str
    editors: tuple[str, ...] = ()
    language: str = "en"
    sources: tuple[Path, ...] = ()
    registers: Path | None = None
    output: Path = Path("build")
    formats: tuple[str, ...] = ("tei",)
    raw: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def root(self) -> Path:
        return self.path.parent


def load_config(path: Path | str = DEFAULT_CONFIG) -> EditionConfig:
    config_path = Path(path)
    shown = relative_path(config_path)
    try:
        data = tomllib.loads(config_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(error("E-CONFIG-MISSING", "no edition config found", Location(shown),
                                "create edition.toml (see the README) or pass --config PATH")) from None
    except UnicodeDecodeError:
        raise ConfigError(error("E-CONFIG-ENCODING", "the config is not UTF-8 text", Location(shown),
                                "save it as UTF-8")) from None
    except tomllib.TOMLDecodeError as exc:
        line, col = _toml_position(str(exc))
        raise ConfigError(error("E-CONFIG-TOML", f"not valid TOML: {exc}", Location(shown, line, col),
                                "fix the syntax at this position")) from None
    return _from_data(config_path, data)


def _toml_position(message: str) -> tuple[int, int]:
    match = re.search(r"line (\d+), column (\d+)", message)
    return (int(match.group(1)), int(match.group(2))) if match else (0, 0)


def _from_data(path: Path, data: dict[str, Any]) -> EditionConfig:
    root = path.parent
    edition = _table(data, "edition", path)
    sources = _table(data, "sources", path)
    output = _table(data, "output", path)
    title = edition.get("title")
    if not isinstance(title, str) or not title.strip():
        raise ConfigError(error("E-CONFIG-TITLE", "[edition] needs a title", Location(relative_path(path)),
                                'add title = "…" under [edition]'))
    source_paths = sources.get("paths", ["sources"])
    registers = sources.get("registers", "sources/registers")
    return EditionConfig(
        path=path,
        title=title.strip(),
        editors=tuple(edition.get("editors", ())),
        language=edition.get("language", "en"),
        sources=tuple(root / item for item in source_paths),
        registers=(root / registers) if registers else None,
        output=root / output.get("dir", "build"),
        formats=tuple(output.get("formats", ("tei",))),
        raw=data,
    )


def _table(data: dict[str, Any], name: str, path: Path) -> dict[str, Any]:
    value = data.get(name, {})
    if not isinstance(value, dict):
        raise ConfigError(error("E-CONFIG-TABLE", f"[{name}] must be a table", Location(relative_path(path)),
                                f"write it as a [{name}] section"))
    return value
