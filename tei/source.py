"""Reading a raw source file as text, refusing what is not text.

Sources are exports from archives: they should be UTF-8 text.  Empty files,
binary data and other encodings are reported here with the line and column of
the first bad byte, before any reader sees them.  Line endings are unified
and a byte-order mark is removed; nothing else is changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from tei.diagnostics import Location, error, relative_path
from tei.errors import SourceError

#: Sources larger than this are refused (bytes); archive exports are far smaller.
MAX_SOURCE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    """A source file's text, split into lines (1-based line numbers in diagnostics)."""

    path: str
    text: str

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    @property
    def stem(self) -> str:
        return Path(self.path).stem

    def location(self, line: int = 0, col: int = 0) -> Location:
        return Location(self.path, line, col)


def read_source(path: Path | str) -> Source:
    """Read ``path`` as a UTF-8 text source or raise :class:`SourceError`."""
    shown = relative_path(path)
    try:
        size = Path(path).stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise SourceError(error(
                "E-SRC-SIZE", f"file is {size} bytes, more than the {MAX_SOURCE_BYTES}-byte limit",
                Location(shown), "split the export into one file per document"))
        data = Path(path).read_bytes()
    except OSError as exc:
        raise SourceError(error("E-SRC-READ", f"cannot read file: {exc.strerror}", Location(shown),
                                "check the path and its permissions")) from None
    return decode_source(data, shown)


def decode_source(data: bytes, path: str) -> Source:
    """Decode bytes as a text source; the checks of :func:`read_source` without the file."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        raise SourceError(error("E-SRC-EMPTY", "the file is empty (no text at all)", Location(path, 1, 1),
                                "export the document again, or remove the file from the sources"))
    _check_binary(data, path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_col(data, exc.start)
        raise SourceError(error(
            "E-SRC-ENCODING",
            f"byte 0x{data[exc.start]:02x} is not valid UTF-8",
            Location(path, line, col),
            "re-save the file as UTF-8 (e.g. iconv -f cp1252 -t utf-8)",
        )) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _check_controls(text, path)
    return Source(path, text)


def _check_binary(data: bytes, path: str) -> None:
    index = data.find(b"\x00")
    if index >= 0:
        line, col = _line_col(data, index)
        raise SourceError(error("E-SRC-BINARY", "the file contains NUL bytes: it is binary data, not text",
                                Location(path, line, col), "give the text export, not a PDF, image or archive"))


_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _check_controls(text: str, path: str) -> None:
    """Control characters other than tab and newline cannot go into XML."""
    found = _FORBIDDEN.search(text)
    if found:
        index = found.start()
        line = text.count("\n", 0, index) + 1
        col = index - (text.rfind("\n", 0, index) + 1) + 1
        raise SourceError(error(
            "E-SRC-CONTROL", f"control character U+{ord(found.group()):04X} cannot be represented in XML",
            Location(path, line, col), "remove the character or replace it by the intended one"))


def _line_col(data: bytes, index: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, index) + 1
    col = index - (data.rfind(b"\n", 0, index) + 1) + 1
    return line, col
