"""Diagnostics: one vocabulary for every problem the toolkit reports.

Every step reports through a :class:`Reporter` instead of printing or raising,
so the CLI can decide on output format (text or JSON) and exit status in one
place.  Codes are stable (tests assert on them); wording may change.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import Iterable, Iterator


class Level(IntEnum):
    """Severity, ordered so that ``max()`` gives the worst."""

    INFO = 0
    WARNING = 1
    ERROR = 2
    FATAL = 3

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, order=True)
class Location:
    """Where a problem is: a file and, when known, a 1-based line and column."""

    path: str
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        text = self.path
        if self.line:
            text += f":{self.line}"
            if self.col:
                text += f":{self.col}"
        return text


@dataclass(frozen=True)
class Diagnostic:
    """One problem: what is wrong (message), where, and what to do (hint)."""

    level: Level
    code: str
    message: str
    location: Location | None = None
    hint: str = ""

    def format(self) -> str:
        where = f"{self.location}: " if self.location else ""
        text = f"{where}{self.level}[{self.code}] {self.message}"
        if self.hint:
            text += f" — {self.hint}"
        return text

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["level"] = str(self.level)
        return data


def info(code: str, message: str, location: Location | None = None, hint: str = "") -> Diagnostic:
    return Diagnostic(Level.INFO, code, message, location, hint)


def warning(code: str, message: str, location: Location | None = None, hint: str = "") -> Diagnostic:
    return Diagnostic(Level.WARNING, code, message, location, hint)


def error(code: str, message: str, location: Location | None = None, hint: str = "") -> Diagnostic:
    return Diagnostic(Level.ERROR, code, message, location, hint)


def fatal(code: str, message: str, location: Location | None = None, hint: str = "") -> Diagnostic:
    return Diagnostic(Level.FATAL, code, message, location, hint)


@dataclass
class Reporter:
    """Collects diagnostics; the caller decides when and how to print them."""

    diagnostics: list[Diagnostic] = field(default_factory=list)

    def add(self, diagnostic: Diagnostic) -> None:
        self.diagnostics.append(diagnostic)

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics.extend(diagnostics)

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(self.diagnostics)

    def __len__(self) -> int:
        return len(self.diagnostics)

    def worst(self) -> Level | None:
        return max((d.level for d in self.diagnostics), default=None)

    def has_errors(self) -> bool:
        worst = self.worst()
        return worst is not None and worst >= Level.ERROR

    def codes(self) -> list[str]:
        return [d.code for d in self.diagnostics]

    def exit_status(self, strict: bool = False) -> int:
        """0 when clean, 1 on errors (or on warnings with ``strict``)."""
        worst = self.worst()
        if worst is None:
            return 0
        if worst >= Level.ERROR or (strict and worst >= Level.WARNING):
            return 1
        return 0

    def render(self, fmt: str = "text") -> str:
        ordered = sorted(self.diagnostics, key=_sort_key)
        if fmt == "json":
            return json.dumps([d.as_dict() for d in ordered], ensure_ascii=False, indent=2)
        return "\n".join(d.format() for d in ordered)


def _sort_key(diagnostic: Diagnostic) -> tuple[Location, str]:
    return (diagnostic.location or Location(""), diagnostic.code)


def relative_path(path: Path | str) -> str:
    """A path as users typed it: relative to the working directory when inside it."""
    candidate = Path(path)
    try:
        return str(candidate.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(candidate)
