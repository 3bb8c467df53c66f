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
