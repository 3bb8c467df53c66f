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
    #: The introduction shown on the home page, as paragraphs of plain text.
    introduction: tuple[str, ...] = ()
    #: Where the published site lives ("" when unknown): the stable URLs of "How to cite".
    base_url: str = ""
    raw: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def root(self) -> Path:
        return self.path.parent


@dataclass(frozen=True)
class _ConfigText:
    """The config file and the text read from it once (problems are located in this text)."""

    path: Path
    text: str


def load_config(path: Path | str = DEFAULT_CONFIG) -> EditionConfig:
    config_path = Path(path)
    shown = relative_path(config_path)
    try:
        text = config_path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except FileNotFoundError:
        raise ConfigError(error("E-CONFIG-MISSING", "no edition config found", Location(shown),
                                "create edition.toml (see the README) or pass --config PATH")) from None
    except OSError as exc:
        raise ConfigError(error("E-CONFIG-READ", f"cannot read the edition config: {exc.strerror or exc}",
                                Location(shown),
                                "check that it is a readable file, or pass --config PATH")) from None
    except UnicodeDecodeError:
        raise ConfigError(error("E-CONFIG-ENCODING", "the config is not UTF-8 text", Location(shown),
                                "save it as UTF-8")) from None
    except tomllib.TOMLDecodeError as exc:
        line, col = _toml_position(str(exc))
        raise ConfigError(error("E-CONFIG-TOML", f"not valid TOML: {exc}", Location(shown, line, col),
                                "fix the syntax at this position")) from None
    return _from_data(_ConfigText(config_path, text), data)


def _toml_position(message: str) -> tuple[int, int]:
    match = re.search(r"line (\d+), column (\d+)", message)
    return (int(match.group(1)), int(match.group(2))) if match else (0, 0)


def _from_data(config: _ConfigText, data: dict[str, Any]) -> EditionConfig:
    path = config.path
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
        editors=_strings(edition, "editors", config),
        language=edition.get("language", "en"),
        sources=tuple(root / item for item in source_paths),
        registers=(root / registers) if registers else None,
        output=root / output.get("dir", "build"),
        formats=_formats(output, config),
        introduction=_introduction(edition, config),
        base_url=_base_url(edition, config),
        raw=data,
    )


def _problem(code: str, message: str, config: _ConfigText, key: str, hint: str) -> ConfigError:
    """A config error located at the line where ``key`` is set (when it can be found)."""
    line = next((number for number, text in enumerate(config.text.splitlines(), 1)
                 if re.match(rf"\s*{re.escape(key)}\s*=", text)), 0)
    return ConfigError(error(code, message, Location(relative_path(config.path), line, 1 if line else 0), hint))


def _strings(table: dict[str, Any], key: str, config: _ConfigText) -> tuple[str, ...]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _problem("E-CONFIG-VALUE", f"{key} must be a list of strings", config, key,
                       f'write {key} = ["…", "…"]')
    return tuple(item.strip() for item in value if item.strip())


def _formats(output: dict[str, Any], config: _ConfigText) -> tuple[str, ...]:
    from tei.editions import EDITIONS  # the registry imports this module

    formats = _strings(output, "formats", config) or ("tei",)
    unknown = [name for name in formats if name != "tei" and name not in EDITIONS]
    if unknown:
        known = ", ".join(["tei", *sorted(EDITIONS)])
        raise _problem("E-CONFIG-FORMAT", f"unknown output format {unknown[0]!r}", config, "formats",
                       f"use one of: {known}")
    return formats


def _introduction(edition: dict[str, Any], config: _ConfigText) -> tuple[str, ...]:
    """The introduction's paragraphs, from ``introduction`` (text) or ``introduction_file``."""
    text = edition.get("introduction")
    file_name = edition.get("introduction_file")
    if text is not None and file_name is not None:
        raise _problem("E-CONFIG-VALUE", "both introduction and introduction_file are set", config,
                       "introduction_file", "keep one of them")
    if file_name is not None:
        intro_path = config.path.parent / str(file_name)
        try:
            text = intro_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
            raise _problem("E-CONFIG-INTRO", f"cannot read the introduction {file_name}: {reason}", config,
                           "introduction_file", "give a UTF-8 text file, relative to the config") from None
    if text is None:
        return ()
    if not isinstance(text, str):
        raise _problem("E-CONFIG-VALUE", "introduction must be text", config, "introduction",
                       'write introduction = """…"""')
    paragraphs = re.split(r"\n\s*\n", text.replace("\r\n", "\n"))
    return tuple(" ".join(paragraph.split()) for paragraph in paragraphs if paragraph.strip())


def _base_url(edition: dict[str, Any], config: _ConfigText) -> str:
    value = edition.get("base_url", "")
    if not isinstance(value, str) or (value and not re.match(r"https?://[^\s/]+", value)):
        raise _problem("E-CONFIG-VALUE", "base_url must be an http(s) address", config, "base_url",
                       'write base_url = "https://example.org/edition/"')
    return value if not value or value.endswith("/") else value + "/"


def _table(data: dict[str, Any], name: str, path: Path) -> dict[str, Any]:
    value = data.get(name, {})
    if not isinstance(value, dict):
        raise ConfigError(error("E-CONFIG-TABLE", f"[{name}] must be a table", Location(relative_path(path)),
                                f"write it as a [{name}] section"))
    return value
