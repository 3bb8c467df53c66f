"""Date parser: written forms → ISO values; impossible dates reported, never shifted."""

import pytest

from tei.diagnostics import Diagnostic
from tei.model import DateSpec
from tei.parse.dates import find_dates, parse_date

VALID = [
    ("November 27, 1956", None, "1956-11-27"),
    ("27 November 1956", None, "1956-11-27"),
    ("3/XI/56", None, "1956-11-03"),
    ("2 Nov.", 1956, "1956-11-02"),
    ("26 November", 1956, "1956-11-26"),
    ("Oct. 24, 1956", None, "1956-10-24"),
    ("October 24, 1956—3 p.m.", None, "1956-10-24T15:00:00"),
    ("October 24, 1956, 6:07 p.m.", None, "1956-10-24T18:07:00"),
    ("October 25, 1956, 12:30 a.m.", None, "1956-10-25T00:30:00"),
]
INVALID = [
    ("31 November 1956", None, "E-DATE-INVALID"),
    ("3/XIII/56", None, "E-DATE-MONTH"),
    ("29 February 1955", None, "E-DATE-INVALID"),
    ("2 Nov.", None, "E-DATE-YEAR"),
    ("on the eve of the invasion", 1956, "E-DATE-FORM"),
]


@pytest.mark.parametrize("text,year,expected", VALID)
def test_valid_forms(text, year, expected):
    value = parse_date(text, year)
    assert isinstance(value, DateSpec), value
    assert value.iso == expected


@pytest.mark.parametrize("text,year,code", INVALID)
def test_bad_forms_are_reported(text, year, code):
    value = parse_date(text, year)
    assert isinstance(value, Diagnostic)
    assert value.code == code


def test_dates_in_running_text_with_spans():
    text = "Late in the evening of 2 Nov. after a discussion; on 22 November they were arrested."
    found = list(find_dates(text, 1956))
    assert [(m.text, m.value.when) for m in found] == [("2 Nov.", "1956-11-02"), ("22 November", "1956-11-22")]
    assert text[found[0].start:found[0].end] == "2 Nov."


# --- every temporal expression of running text ---------------------------------------------------

from tei.parse.dates import find_temporal  # noqa: E402

TEMPORAL = [
    ("Late in the evening of 2 Nov. after a discussion", [("Late in the evening of 2 Nov.", "date", {"when": "1956-11-02"})]),
    ("will fly out of Bucharest at 10:20 Bucharest time for", [("10:20 Bucharest time", "time", {"when": "10:20:00"})]),
    ("from 1955 until 1962 he was the Soviet ambassador", [("from 1955 until 1962", "date", {"from": "1955", "to": "1962"})]),
    ("In 1962 he was given", [("1962", "date", {"when": "1962"})]),
    ("On 2 November in Bucharest", [("2 November", "date", {"when": "1956-11-02"})]),
    ("sent on 26 November by V. F. Nikolaev", [("26 November", "date", {"when": "1956-11-26"})]),
    ("ot 27 noyabrya 1956 g.,", [("27 noyabrya 1956 g.", "date", {"when": "1956-11-27"})]),
    ("on the evening of October 20/21.", [("the evening of October 20/21", "date",
                                           {"from": "1956-10-20", "to": "1956-10-21"})]),
    ("visited Poland in March 1946.", [("March 1946", "date", {"when": "1946-03"})]),
    ("at 6:30 a.m., October 25, and", [("6:30 a.m.", "time", {"when": "06:30:00"}),
                                       ("October 25", "date", {"when": "1956-10-25"})]),
    ("Washington, October 24, 1956, 6:07 p.m.", [("October 24, 1956, 6:07 p.m.", "date",
                                                  {"when": "1956-10-24T18:07:00"})]),
    ("at 0400 hours local time 24 October", [("0400 hours local time", "time", {"when": "04:00:00"}),
                                             ("24 October", "date", {"when": "1956-10-24"})]),
    ("Deadline of 1800 hours yesterday", [("1800 hours", "time", {"when": "18:00:00"})]),
    ("live at 1145 AM CET.", [("1145 AM CET", "time", {"when": "11:45:00"})]),
    ("Washington, October 26, 1956, 9–10:52 a.m.", [("October 26, 1956, 9–10:52 a.m.", "date",
                                                     {"from": "1956-10-26T09:00:00", "to": "1956-10-26T10:52:00"})]),
    ("October 27, 1956, 11–12:15 p.m.", [("October 27, 1956, 11–12:15 p.m.", "date",
                                          {"from": "1956-10-27T11:00:00", "to": "1956-10-27T12:15:00"})]),
    ("Washington, October 29–30, 1956.", [("October 29–30, 1956", "date", {"from": "1956-10-29", "to": "1956-10-30"})]),
    ("between 1 and 2 November 1956.", [("between 1 and 2 November 1956", "date",
                                         {"from": "1956-11-01", "to": "1956-11-02"})]),
    ("It was 3 November. Then", [("3 November", "date", {"when": "1956-11-03"})]),
    # not dates
    ("On the eve of the invasion, Malnasan held talks", []),
    ("1956 Explozia: Perceptii romane", []),
    ("Leverich from Rogers, 25/1701 local time.", []),
    ("An LI-2 aircraft (a single one)", []),
    ("TsKhSD, F. 3, Op. 12, D. 1006, L. 52", []),
]


@pytest.mark.parametrize("text,expected", TEMPORAL)
def test_temporal_expressions(text, expected):
    found = [(item.text, item.element, item.value) for item in find_temporal(text, 1956)]
    assert found == expected


@pytest.mark.parametrize("text,code", [("on 31 November 1956 the", "E-DATE-INVALID"), ("3/XIII/56", "E-DATE-MONTH"),
                                       ("29 February 1955", "E-DATE-INVALID"), ("32 noyabrya 1956 g.", "E-DATE-INVALID"),
                                       ("October 31/32", "E-DATE-INVALID"), ("from 5 to 3 November", "W-DATE-RANGE"),
                                       ("October 25–23, 1956", "W-DATE-RANGE"), ("from 1962 until 1955", "W-DATE-RANGE")])
def test_impossible_dates_keep_their_span_and_are_reported(text, code):
    found = find_temporal(text, 1956)
    assert len(found) == 1 and isinstance(found[0].value, Diagnostic)
    assert found[0].value.code == code
