"""Archival signature parser: Soviet fond/opis/delo/list and U.S. file citations."""

import pytest

from tei.parse.signatures import find_ibid, find_soviet, find_us, parse_any

CASES = [
    ("TsKhSD, F. 3, Op. 12, D. 1006, L. 52", "TsKhSD", [("fond", "3"), ("opis", "12"), ("delo", "1006"), ("list", "52")], ()),
    ("TsKhSD, F. 3, Op. 12, D. 1005, LI. 67-69", "TsKhSD",
     [("fond", "3"), ("opis", "12"), ("delo", "1005"), ("list", "67-69")], (("LI.", "Ll."),)),
    ("APRF, F. 3, Op. 64, D. 488, L. 181", "APRF", [("fond", "3"), ("opis", "64"), ("delo", "488"), ("list", "181")], ()),
    ("Fond (F.) 3, Opis' (Op.) 14, Delo (D.) 41, Listy (Ll.) 1-2", "",
     [("fond", "3"), ("opis", "14"), ("delo", "41"), ("list", "1-2")], ()),
    ("TsKhSD, F. 89, Op. 2, D. 5, Ll. 2-2ob", "TsKhSD", [("fond", "89"), ("opis", "2"), ("delo", "5"), ("list", "2-2ob")], ()),
    ("Department of State, Central Files, 764.00/10–2456", "Department of State", [("file", "764.00/10–2456")], ()),
    ("Department of State, PPS Files: Lot 66 D 487", "Department of State", [("lot", "66 D 487")], ()),
    ("Department of State, USIA/IBS Files: Lot 63 A 190, Materials on Munich Radio Center. Confidential",
     "Department of State", [("lot", "63 A 190"), ("folder", "Materials on Munich Radio Center")], ()),
    ("Department of State, USIA/IOP/C Files: Lot 70 D 398, Poland)", "Department of State",
     [("lot", "70 D 398"), ("folder", "Poland")], ()),
    ("Department of State, Central Files, 748.5–MSP/10–2456. Secret.", "Department of State",
     [("file", "748.5–MSP/10–2456")], ()),
    ("Eisenhower Library, Dulles Papers, White House Telephone Conversations)", "Eisenhower Library",
     [("series", "White House Telephone Conversations")], ()),
]


@pytest.mark.parametrize("text,repository,parts,slips", CASES)
def test_signature_parts(text, repository, parts, slips):
    signature = parse_any(text)
    assert signature is not None
    assert signature.repository == repository
    assert list(signature.parts) == parts
    assert signature.slips == slips


def test_scan_slip_span_covers_only_the_label():
    text = "TsKhSD, F. 3, Op. 12, D. 1005, LI. 67-69"
    match = next(find_soviet(text))
    slip = next(span for span in match.spans if span.kind == "slip")
    assert text[slip.start:slip.end] == "LI." and slip.value == "Ll."


def test_aircraft_name_is_not_a_signature():
    assert parse_any("An LI-2 aircraft (a single one) will fly out of Bucharest") is None


def test_a_bulletin_of_the_department_is_not_a_signature():
    assert parse_any("For text of this letter, see Department of State Bulletin, July 23, 1956, p. 151.") is None


@pytest.mark.parametrize("text,expected", [
    ("Telegram 208 to Warsaw, October 24, instructed Jacobs. (Ibid., 611.48/10–2456)", "611.48/10–2456"),
    ("(ibid., 764.00/10–2556)", "764.00/10–2556"),
])
def test_ibid_with_a_file_number(text, expected):
    found = list(find_ibid(text))
    assert [match.signature.get("file") for match in found] == [expected]


def test_folder_span_of_a_lot_file():
    text = "Department of State, USIA/IOP/C Files: Lot 70 D 398, Poland. Confidential."
    match = next(find_us(text))
    assert [(span.kind, text[span.start:span.end]) for span in match.spans][-2:] == [
        ("idno:lot", "70 D 398"), ("folder", "Poland")]


@pytest.mark.parametrize("written,identifier", [("Lot 66 D 487", "66 D 487"), ("66 D 487", "66 D 487"),
                                                ("Lot 66D487", "66D487"), ("Lot  66 D 487", "66 D 487")])
def test_a_lot_file_is_the_same_with_or_without_its_label(written, identifier):
    text = f"Department of State, PPS Files: {written}. Confidential."
    match = next(find_us(text))
    assert match.signature.parts == (("lot", "66 D 487"),)
    assert [text[span.start:span.end] for span in match.spans if span.kind == "idno:lot"] == [identifier]
