"""Dates and clock times as written in archival documents, to ISO 8601.

Pure functions: a string in, a :class:`~tei.model.DateSpec` or a
:class:`~tei.diagnostics.Diagnostic` out.  An impossible date ("31 November
1956", "3/XIII/56") is reported, never shifted to a neighbouring day.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from typing import Iterator

from tei.diagnostics import Diagnostic, error
from tei.model import DateSpec

MONTHS = {
    name.lower(): number
    for number, name in enumerate(calendar.month_name)
    if name
}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS.update({"sept": 9})

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8,
         "IX": 9, "X": 10, "XI": 11, "XII": 12}

_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_TIME = (
    r"(?:(?:\s*(?:—|–|-|,)\s*|\s+at\s+|\s+)"
    r"(?P<time>(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s*(?P<ampm>[ap])\.\s?m\.|noon|midnight))?"
)

#: Written forms, most specific first.  Each yields day/month/year groups.
PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2}),\s+(?P<year>\d{4})" + _TIME),
    re.compile(r"(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>\d{4})" + _TIME),
    re.compile(r"(?P<day>\d{1,2})/(?P<roman>[IVXLC]+)/(?P<year>\d{2}(?:\d{2})?)\b"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})\b(?!,?\s+\d{4})(?!:)" + _TIME),
    re.compile(r"(?P<day>\d{1,2})\s+" + _MONTH + r"(?!\s*,?\s*\d{4})"),
)


@dataclass(frozen=True)
class DateMatch:
    """A date found in running text: its span and its value or problem."""

    start: int
    end: int
    text: str
    value: DateSpec | Diagnostic


def _year(raw: str, century: int) -> int:
    year = int(raw)
    return century + year if len(raw) == 2 else year


def _month(match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    if groups.get("roman"):
        return ROMAN.get(groups["roman"])
    word = (groups.get("month") or "").rstrip(".").lower()
    return MONTHS.get(word)


def _time(match: re.Match[str]) -> str:
    groups = match.groupdict()
    if not groups.get("time"):
        return ""
    if groups["time"] == "noon":
        return "12:00:00"
    if groups["time"] == "midnight":
        return "00:00:00"
    hour = int(groups["hour"])
    minute = int(groups.get("minute") or 0)
    if groups.get("ampm") == "p" and hour != 12:
        hour += 12
    if groups.get("ampm") == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}:00"


def _value(match: re.Match[str], year: int | None, century: int) -> DateSpec | Diagnostic:
    groups = match.groupdict()
    month = _month(match)
    text = match.group(0)
    if month is None:
        return error("E-DATE-MONTH", f"“{text}” has no valid month", hint="write the month as a name or I–XII")
    if groups.get("year"):
        year = _year(groups["year"], century)
    if year is None:
        return error("E-DATE-YEAR", f"“{text}” has no year and none is known from the context",
                     hint="give the document a dated header so that its year is known")
    day = int(groups["day"])
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return error("E-DATE-INVALID", f"“{text}”: {calendar.month_name[month]} {year} has no day {day}",
                     hint="check the source; the date is kept as written and not normalised")
    return DateSpec(when=f"{year:04d}-{month:02d}-{day:02d}", time=_time(match))


def parse_date(text: str, year: int | None = None, century: int = 1900) -> DateSpec | Diagnostic:
    """The date that ``text`` consists of (surrounding punctuation allowed).

    ``year`` supplies the year for forms without one ("2 Nov."); ``century``
    completes two-digit years ("3/XI/56").
    """
    stripped = text.strip().strip(".,;:*")
    for pattern in PATTERNS:
        match = pattern.fullmatch(stripped) or pattern.fullmatch(stripped + ".")
        if match:
            return _value(match, year, century)
    return error("E-DATE-FORM", f"“{text.strip()}” is not a date form the toolkit knows",
                 hint="write it like “November 27, 1956”, “27 November 1956” or “3/XI/56”")


def find_dates(text: str, year: int | None = None, century: int = 1900) -> Iterator[DateMatch]:
    """Dates in running text, left to right, without overlaps."""
    taken: list[tuple[int, int]] = []
    found: list[DateMatch] = []
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < b and a < end for a, b in taken):
                continue
            if not _word_boundary(text, start, end):
                continue
            taken.append((start, end))
            found.append(DateMatch(start, end, match.group(0), _value(match, year, century)))
    return iter(sorted(found, key=lambda item: item.start))


def _word_boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    return not before.isalnum() and before != "/"


def first_year(text: str) -> int | None:
    """The first four-digit year in ``text`` (a context year for short dates)."""
    match = re.search(r"\b(1[89]\d\d|20\d\d)\b", text)
    return int(match.group(1)) if match else None
