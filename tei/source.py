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


#: Byte-order marks of encodings other than UTF-8 (UTF-32 before UTF-16: its LE mark starts the same).
BOMS = ((b"\xff\xfe\x00\x00", "UTF-32LE"), (b"\x00\x00\xfe\xff", "UTF-32BE"),
        (b"\xff\xfe", "UTF-16LE"), (b"\xfe\xff", "UTF-16BE"))


def decode_source(data: bytes, path: str) -> Source:
    """Decode bytes as a text source; the checks of :func:`read_source` without the file."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    _check_wide(data, path)
    if not data.strip():
        raise SourceError(error("E-SRC-EMPTY", "the file is empty (no text at all)", Location(path, 1, 1),
                                "export the document again, or remove the file from the sources"))
    _check_binary(data, path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = line_col(data, exc.start)
        raise SourceError(error(
            "E-SRC-ENCODING",
            f"byte 0x{data[exc.start]:02x} at offset {exc.start} is not valid UTF-8: the file is in another encoding",
            Location(path, line, col),
            "re-save the file as UTF-8 (e.g. iconv -f cp1252 -t utf-8 FILE > FILE.utf8)",
        )) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _check_controls(text, path)
    return Source(path, text)


def _check_wide(data: bytes, path: str) -> None:
    """UTF-16 and UTF-32 text, with a byte-order mark or (UTF-16) without one, is named as such.

    Their NUL bytes would otherwise make the file look binary; the user needs
    to hear which encoding it is and how to convert it, not that it is not text.
    """
    encoding = next((name for bom, name in BOMS if data.startswith(bom)), None)
    where, convert_from = "byte-order mark at offset 0", (encoding or "")[:6]  # iconv reads the mark itself
    if encoding is None:
        encoding = convert_from = _bomless_utf16(data) or ""
        where = "no byte-order mark; NUL bytes in every second place from offset 0"
    if not encoding:
        return
    raise SourceError(error(
        "E-SRC-ENCODING", f"the file is {encoding} text ({where}), not UTF-8", Location(path, 1, 1),
        f"re-save the file as UTF-8 (e.g. iconv -f {convert_from} -t UTF-8 FILE > FILE.utf8)"))


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a mark: NUL in (nearly) all odd (LE) or even (BE) places of the first bytes, none else."""
    sample = data[:512]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for name, zeros, others in (("UTF-16LE", odd, even), ("UTF-16BE", even, odd)):
        if not others.count(0) and zeros.count(0) >= 0.9 * len(zeros):
            return name
    return None


def _check_binary(data: bytes, path: str) -> None:
    index = data.find(b"\x00")
    if index >= 0:
        line, col = line_col(data, index)
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


def line_col(data: bytes, index: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, index) + 1
    col = index - (data.rfind(b"\n", 0, index) + 1) + 1
    return line, col
