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

from tei.diagnostics import Diagnostic, error, warning
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

#: A month, written out or abbreviated; only an abbreviation takes a period ("Nov.", but "3 November." ends a sentence).
_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)")
_TIME = (
    r"(?:(?:\s*(?:—|–|-|,)\s*|\s+at\s+|\s+)"
    r"(?P<time>(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?(?:\s*(?P<ampm_start>[ap])\.\s?m\.)?"
    r"(?:\s*[–-]\s*(?P<hour_end>\d{1,2})(?::(?P<minute_end>\d{2}))?)?\s*(?P<ampm>[ap])\.\s?m\.|noon|midnight))?"
)

#: Written forms, most specific first.  Each yields day/month/year groups.
PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})[–-](?P<day_end>\d{1,2}),\s+(?P<year>\d{4})"),
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
    """The clock time of a date form, "" when there is none (a range gives its start)."""
    return _clock(match)[0]


def _clock(match: re.Match[str]) -> tuple[str, str]:
    """Start and end (or "") of the time of a date form: "9–10:52 a.m." → 09:00:00, 10:52:00."""
    groups = match.groupdict()
    if not groups.get("time"):
        return "", ""
    if groups["time"] in ("noon", "midnight"):
        return ("12:00:00" if groups["time"] == "noon" else "00:00:00"), ""
    ampm = groups.get("ampm") or ""
    if not groups.get("hour_end"):
        return _hhmm(int(groups["hour"]), int(groups.get("minute") or 0), ampm), ""
    end = _hhmm(int(groups["hour_end"]), int(groups.get("minute_end") or 0), ampm)
    hour, minute = int(groups["hour"]), int(groups.get("minute") or 0)
    start = _hhmm(hour, minute, groups.get("ampm_start") or ampm)
    if not groups.get("ampm_start") and start > end:  # "11–12:15 p.m." starts in the morning
        start = _hhmm(hour, minute, "a")
    return start, end


def _hhmm(hour: int, minute: int, ampm: str) -> str:
    if ampm == "p" and hour != 12:
        hour += 12
    if ampm == "a" and hour == 12:
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


def is_date_form(value: DateSpec | Diagnostic) -> bool:
    """Whether :func:`parse_date` read a date form, possible or not.

    A header's date line with an impossible date ("November 31, 1956") is
    still the date line: readers place it by its form, the problem is reported.
    """
    return isinstance(value, DateSpec) or value.code != "E-DATE-FORM"


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


# --- every temporal expression of running text: dates, ranges, years, clock times -----------------

#: Russian month names in the genitive, as in transliterated titles ("27 noyabrya 1956 g.").
RUSSIAN_MONTHS = {name: number for number, name in enumerate(
    "yanvarya fevralya marta aprelya maya iyunya iyulya avgusta sentyabrya oktyabrya noyabrya dekabrya".split(), 1)}
_RUSSIAN = re.compile(r"(?P<day>\d{1,2})\s+(?P<ru>" + "|".join(RUSSIAN_MONTHS) + r")\s+(?P<year>\d{4})(?:\s+g\.)?")
_QUALIFIER = re.compile(
    r"(?:(?:[Ll]ate|[Ee]arly)\s+(?:in|on)\s+the\s+|the\s+)?"
    r"(?:morning|afternoon|evening|night)\s+of\s+$")
_DAY_PAIR = re.compile(_MONTH + r"\s+(?P<day>\d{1,2})[/–-](?P<day2>\d{1,2})(?:,\s+(?P<year>\d{4}))?\b")
_FROM_TO = re.compile(r"\b(?:[Ff]rom\s+(?P<day>\d{1,2})\s+(?:to|until|till)|[Bb]etween\s+(?P<day_b>\d{1,2})\s+and)"
                      r"\s+(?P<day2>\d{1,2})\s+" + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?\b")
_YEAR_RANGE = re.compile(r"\b(?:[Ff]rom\s+(?P<a>1[89]\d\d|20\d\d)\s+(?:until|till|to)\s+(?P<b>1[89]\d\d|20\d\d)"
                         r"|[Bb]etween\s+(?P<c>1[89]\d\d|20\d\d)\s+and\s+(?P<d>1[89]\d\d|20\d\d))\b")
_MONTH_YEAR = re.compile(r"(?<![\d,] )\b" + _MONTH + r"\s+(?P<year>1[89]\d\d|20\d\d)\b")
_YEAR = re.compile(r"\b(?:in|In|since|Since|until|Until|by|By|after|After|before|Before|of) "
                   r"(?P<year>1[89]\d\d|20\d\d)\b(?![\d–/-])(?!\s+(?:hours|local|AM|PM)\b)")
_CLOCK = re.compile(
    r"(?<![\d:/.])(?:(?P<hour>\d{1,2}):(?P<minute>\d{2})(?:\s*(?P<ampm>[ap])\.\s?m\.)?"
    r"|(?P<hour2>\d{1,2})\s*(?P<ampm2>[ap])\.\s?m\."
    r"|(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)(?=\s+(?:hours|local time|AM|PM|CET|GMT|EST)\b))"
    r"(?P<zone>\s+(?:hours\s+)?(?:local|[A-Z][a-z]+|Moscow|Washington)\s+time|\s+(?:AM|PM)(?:\s+[A-Z]{3})?"
    r"|\s+hours(?:\s+local\s+time)?|\s+[A-Z]{3}(?=\W))?")


@dataclass(frozen=True)
class Temporal:
    """A date or time in running text: its span, element (``date``/``time``), attributes or problem."""

    start: int
    end: int
    text: str
    element: str
    value: dict[str, str] | Diagnostic


def find_temporal(text: str, year: int | None = None) -> list[Temporal]:
    """Dates, ranges, years and clock times of ``text``, left to right, without overlaps.

    "on the evening of October 20/21" is one date (@from/@to); "Late in the
    evening of 2 Nov." one date covering its qualifier; "from 1955 until
    1962" one range; "in 1962" the year; "10:20 Bucharest time", "6:07 p.m.",
    "1630 local time" times.  An impossible date keeps its span with a
    Diagnostic instead of attributes.
    """
    found: list[Temporal] = []
    for item in _ranges(text, year) + _full_dates(text, year) + _times(text) + _years(text):
        if not any(item.start < other.end and other.start < item.end for other in found):
            found.append(item)
    return sorted(found, key=lambda item: item.start)


def _with_qualifier(text: str, start: int) -> int:
    match = _QUALIFIER.search(text[max(0, start - 40):start])
    return start - len(match.group()) if match else start


def _full_dates(text: str, year: int | None) -> list[Temporal]:
    found = []
    for match in _RUSSIAN.finditer(text):
        value = _checked(int(match.group("year")), RUSSIAN_MONTHS[match.group("ru")], int(match.group("day")),
                         match.group(0))
        found.append(_temporal(text, match.start(), match.end(), "date", value))
    for match in find_dates(text, year):
        value = match.value
        if isinstance(value, Diagnostic) and value.code == "E-DATE-YEAR":
            continue
        attributes = _attributes(value, match.text, year) if isinstance(value, DateSpec) else value
        found.append(_temporal(text, _with_qualifier(text, match.start), match.end, "date", attributes))
    return found


def _attributes(value: DateSpec, written: str, year: int | None) -> dict[str, str]:
    """@when, or @from/@to for a date with a span of time ("October 26, 1956, 9–10:52 a.m.")."""
    for pattern in PATTERNS:
        match = pattern.fullmatch(written)
        if match:
            start, end = _clock(match)
            if end:
                return {"from": f"{value.when}T{start}", "to": f"{value.when}T{end}"}
            break
    return {"when": value.iso}


def _ranges(text: str, year: int | None) -> list[Temporal]:
    found = []
    for match in [*_FROM_TO.finditer(text), *_DAY_PAIR.finditer(text)]:
        month = MONTHS.get(match.group("month").rstrip(".").lower())
        known = int(match.group("year")) if match.group("year") else year
        if month is None or known is None:
            continue
        day = match.groupdict().get("day") or match.group("day_b")
        first = _checked(known, month, int(day), match.group(0))
        second = _checked(known, month, int(match.group("day2")), match.group(0))
        value = first if isinstance(first, Diagnostic) else second if isinstance(second, Diagnostic) else \
            _span(first["when"], second["when"], match.group(0))
        found.append(_temporal(text, _with_qualifier(text, match.start()), match.end(), "date", value))
    for match in _YEAR_RANGE.finditer(text):
        low, high = (match.group("a"), match.group("b")) if match.group("a") else (match.group("c"), match.group("d"))
        found.append(_temporal(text, match.start(), match.end(), "date", _span(low, high, match.group(0))))
    for match in _MONTH_YEAR.finditer(text):
        month = MONTHS.get(match.group("month").rstrip(".").lower())
        if month:
            found.append(_temporal(text, match.start(), match.end(), "date",
                                   {"when": f"{match.group('year')}-{month:02d}"}))
    return found


def _span(start: str, end: str, written: str) -> dict[str, str] | Diagnostic:
    """@from/@to, or a warning when the range runs backwards ("from 5 to 3 November"): kept as written."""
    if start > end:
        return warning("W-DATE-RANGE", f"“{written}” runs backwards: {start} lies after {end}",
                       hint="check the source: one of the two may be misread")
    return {"from": start, "to": end}


def _years(text: str) -> list[Temporal]:
    return [_temporal(text, m.start("year"), m.end("year"), "date", {"when": m.group("year")})
            for m in _YEAR.finditer(text)]


def _times(text: str) -> list[Temporal]:
    found = []
    for match in _CLOCK.finditer(text):
        groups = match.groupdict()
        if groups["hhmm"]:
            hour, minute, ampm = int(groups["hhmm"][:2]), int(groups["hhmm"][2:]), ""
        elif groups["hour2"]:
            hour, minute, ampm = int(groups["hour2"]), 0, groups["ampm2"]
        else:
            hour, minute, ampm = int(groups["hour"]), int(groups["minute"]), groups["ampm"] or ""
            if not ampm and not groups["zone"]:
                continue  # "8:30" alone may be a ratio or a verse; a clock time says a.m., p.m. or whose time
        if ampm == "p" and hour != 12:
            hour += 12
        elif ampm == "a" and hour == 12:
            hour = 0
        if hour > 23 or minute > 59:
            continue
        found.append(_temporal(text, match.start(), match.end(), "time", {"when": f"{hour:02d}:{minute:02d}:00"}))
    return found


def _checked(year: int, month: int, day: int, written: str) -> dict[str, str] | Diagnostic:
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return error("E-DATE-INVALID", f"“{written}” is not a date of the calendar",
                     hint="check the source; the date is kept as written and not normalised")
    return {"when": f"{year:04d}-{month:02d}-{day:02d}"}


def _temporal(text: str, start: int, end: int, element: str, value: dict[str, str] | Diagnostic) -> Temporal:
    while end > start and text[end - 1] in " ,;":
        end -= 1
    return Temporal(start, end, text[start:end], element, value)
