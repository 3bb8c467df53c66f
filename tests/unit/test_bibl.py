"""Bibliographic references in notes: books and periodicals split into their parts."""

import pytest

from tei.parse.bibl import find_references

LUNGU = ("see the newly declassified cables from the Romanian Foreign Ministry archive in Corneliu Mihai Lungu and "
         "Mihai Retegan, cds., 1956 Explozia: Perceptii romane, iugoslave si sovietice asupra evenimentelor din "
         "Polonia si Unguria (Bucharest: Editura Univers Enciclopedic, 1996), pp. 181-182.")

CASES = [
    (LUNGU, "book", [
        ("editor", "Corneliu Mihai Lungu"), ("editor", "Mihai Retegan"),
        ("title:m", "1956 Explozia: Perceptii romane, iugoslave si sovietice asupra evenimentelor din Polonia si Unguria"),
        ("pubPlace", "Bucharest"), ("publisher", "Editura Univers Enciclopedic"), ("date", "1996"),
        ("page", "pp. 181-182")]),
    ("Published in CWIHP Bulletin 8-9, p. 400", "periodical",
     [("title:j", "CWIHP Bulletin"), ("issue", "8-9"), ("page", "p. 400")]),
    ("For text of this letter, see Department of State Bulletin, July 23, 1956, p. 151.", "periodical",
     [("title:j", "Department of State Bulletin"), ("date", "July 23, 1956"), ("page", "p. 151")]),
    ("See The New York Times, October 22, pp. 1 and 6.", "periodical",
     [("title:j", "The New York Times"), ("date", "October 22"), ("page", "pp. 1 and 6")]),
    ("John Smith, A History of Nothing (London: Penguin, 1999), p. 12.", "book",
     [("author", "John Smith"), ("title:m", "A History of Nothing"), ("pubPlace", "London"), ("publisher", "Penguin"),
      ("date", "1999"), ("page", "p. 12")]),
]


@pytest.mark.parametrize("text,kind,parts", CASES)
def test_reference_parts(text, kind, parts):
    found = find_references(text, 1956)
    assert len(found) == 1 and found[0].kind == kind
    assert [(part.kind, text[part.start:part.end]) for part in found[0].parts] == parts


def test_values_of_dates_and_slips():
    found = find_references(LUNGU)[0]
    values = {part.kind: part.value for part in found.parts if part.value}
    assert values == {"date": "1996"}  # "cds." (a scan slip for "eds.") is left to the editor's sidecar
    periodical = find_references("see Department of State Bulletin, July 23, 1956, p. 151.")[0]
    assert [part.value for part in periodical.parts if part.kind == "date"] == ["1956-07-23"]


@pytest.mark.parametrize("text", ["See Document 95.", "In 1962 he was given the military rank of army-general.",
                                  "(Memorandum of conversation by Dulles; ibid., Meetings with the President)",
                                  "TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14."])
def test_not_references(text):
    assert find_references(text, 1956) == []
