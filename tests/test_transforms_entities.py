"""Entity, date, signature and bibliography transforms on tiny trees, against a small test register."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from tei import transforms
from tei.cli import main
from tei.markup import flatten
from tei.model import Document, Header
from tei.transforms import Context

REGISTERS = Path(__file__).parent / "data" / "registers"
NS = "http://www.tei-c.org/ns/1.0"
NAMES = ("persons", "places", "orgs")


def convert(body: str, only: tuple[str, ...], registers: Path | None = REGISTERS) -> tuple[str, list, etree._Element]:
    """Run the named transforms over ``<body>`` of a minimal TEI document dated 1956."""
    root = etree.fromstring(
        f'<TEI xmlns="{NS}"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p>p</p>'
        f'</publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc><profileDesc><creation>'
        f'<date when="1956-11-03"/></creation></profileDesc></teiHeader><text><body>{body}</body></text></TEI>')
    document = Document(path="test.txt", stem="test", reader="test", header=Header(), body=())
    diagnostics = transforms.run(root, Context(document=document, registers=registers), only=only)
    inner = etree.tostring(root.find(f"{{{NS}}}text/{{{NS}}}body"), encoding="unicode")
    inner = inner.split(">", 1)[1].rsplit("</", 1)[0].replace(f' xmlns="{NS}"', "")
    return inner, diagnostics, root


PERSONS = [
    ("<p>(Khr., Bulg.) It's not advisable.</p>",
     '<p>(<persName ref="#khrushchev"><choice><abbr>Khr.</abbr><expan>Khrushchev</expan></choice></persName>, '
     '<persName ref="#bulganin"><choice><abbr>Bulg.</abbr><expan>Bulganin</expan></choice></persName>) It\'s not '
     'advisable.</p>'),
    ("<p>Cde. Bulg. is to negotiate with Cde. Dej.</p>",
     '<p>Cde. <persName ref="#bulganin"><choice><abbr>Bulg.</abbr><expan>Bulganin</expan></choice></persName> is to '
     'negotiate with Cde. <persName ref="#gheorghiu-dej"><choice><abbr>Dej</abbr><expan>Gheorghiu-Dej</expan></choice>'
     '</persName>.</p>'),
    ("<p>Imre <supplied reason=\"omitted\">Nagy</supplied> left.</p>",
     '<p><persName ref="#nagy">Imre <supplied reason="omitted">Nagy</supplied></persName> left.</p>'),
    ("<p>I am sending <choice><sic>Malnasanu</sic><corr>Malnasan</corr></choice> to you.</p>",
     '<p>I am sending <persName ref="#malnasan"><choice><sic>Malnasanu</sic><corr>Malnasan</corr></choice></persName>'
     ' to you.</p>'),
    ('<p>sending Cde. <app><lem wit="#wit-malin">Malnasan</lem><rdg wit="#wit-hu">Malnasanu</rdg></app> to you</p>',
     '<p>sending Cde. <persName ref="#malnasan"><app><lem wit="#wit-malin">Malnasan</lem><rdg wit="#wit-hu">Malnasanu'
     '</rdg></app></persName> to you</p>'),
    ("<p>Malnasan's surname as Malnasanu.</p>",
     '<p><persName ref="#malnasan">Malnasan</persName>\'s surname as <persName ref="#malnasan">Malnasanu</persName>.</p>'),
    ("<p>Gheorghiu-Dej and Dej, Kádár and Gheorghiu-Dej's aide</p>",
     '<p><persName ref="#gheorghiu-dej">Gheorghiu-Dej</persName> and <persName ref="#gheorghiu-dej"><choice><abbr>Dej'
     '</abbr><expan>Gheorghiu-Dej</expan></choice></persName>, Kádár and <persName ref="#gheorghiu-dej">Gheorghiu-Dej'
     '</persName>\'s aide</p>'),
    ("<p>Imre Nagy was arrested.</p><p>On the discrediting of Imre.</p>",
     '<p><persName ref="#nagy">Imre Nagy</persName> was arrested.</p><p>On the discrediting of '
     '<persName ref="#nagy">Imre</persName>.</p>'),
    ("<p>On the discrediting of Imre.</p>", "<p>On the discrediting of Imre.</p>"),
    ("<p>Secretary Dulles informed Allen Dulles. Later Dulles met the President.</p>",
     '<p>Secretary <persName ref="#dulles-john-foster">Dulles</persName> informed <persName ref="#dulles-allen">Allen '
     'Dulles</persName>. Later <persName ref="#dulles-john-foster">Dulles</persName> met the President.</p>'),
    ("<p>Eisenhower Library, White House Telephone Conversations; Mr. White said so.</p>",
     '<p>Eisenhower Library, White House Telephone Conversations; Mr. <persName ref="#white">White</persName> said so.'
     '</p>'),
    ("<p>Mr. Barnes, Mr. Rogers, etc. Will get Barnes and Rogers.</p>",
     '<p>Mr. <persName>Barnes</persName>, Mr. <persName>Rogers</persName>, etc. Will get <persName>Barnes</persName>'
     ' and <persName>Rogers</persName>.</p>'),
    ("<p>someone with the stature of George Kennan to write</p>",  # not Walter George
     "<p>someone with the stature of George Kennan to write</p>"),
    ("<p>Foreign Minister Horvath and Imre Kovacs came.</p>",  # Imre is a given name the register knows
     "<p>Foreign Minister <persName>Horvath</persName> and <persName>Imre Kovacs</persName> came.</p>"),
    ("<closer><signed>Philip H. Trezise</signed></closer>",
     '<closer><signed><persName ref="#tresize">Philip H. Trezise</persName></signed></closer>'),
    ('<sp><speaker>Freers:</speaker><p>Yes.</p></sp><sp><speaker>Freers:</speaker><p>No.</p></sp>'
     '<sp><speaker>Treatment:</speaker><p>In general.</p></sp>',
     '<sp><speaker><persName>Freers</persName>:</speaker><p>Yes.</p></sp><sp><speaker><persName>Freers</persName>:'
     '</speaker><p>No.</p></sp><sp><speaker>Treatment:</speaker><p>In general.</p></sp>'),
    ("<p>I told <persName>Nagy</persName> so.</p>", '<p>I told <persName ref="#nagy">Nagy</persName> so.</p>'),
    ("<p>on the KGB <idno type=\"delo\">Nagy</idno></p>", "<p>on the KGB <idno type=\"delo\">Nagy</idno></p>"),
    ("<p>He met Khrushchev. Bulganin came, said Nagy.</p>",  # a name ending a sentence does not join the next
     '<p>He met <persName ref="#khrushchev">Khrushchev</persName>. <persName ref="#bulganin">Bulganin</persName> '
     'came, said <persName ref="#nagy">Nagy</persName>.</p>'),
    ("<p>Notes of the Nagy Collection; Gen. Bulganin.</p>",  # a collection's title is not a mention
     '<p>Notes of the Nagy Collection; Gen. <persName ref="#bulganin">Bulganin</persName>.</p>'),
]


@pytest.mark.parametrize("body,expected", PERSONS)
def test_persons(body, expected):
    inner, _, _ = convert(body, ("persons",))
    assert inner == expected


def test_title_head_names_officials_in_parentheses():
    inner, _, _ = convert('<head type="title">Memorandum From the Director (Bowie) to the Secretary (Re: Poland)'
                          '</head>', ("persons",))
    assert "(<persName>Bowie</persName>)" in inner and "Re: Poland" in inner and inner.count("persName") == 2


def test_unresolved_and_ambiguous_names_are_reported_once_per_name():
    _, diagnostics, _ = convert("<p>Mr. Rogers came. Rogers left. Dulles wrote.</p>", ("persons",))
    codes = sorted(d.code for d in diagnostics)
    assert codes == ["W-PERSON-AMBIGUOUS", "W-PERSON-UNRESOLVED"]
    ambiguous = next(d for d in diagnostics if d.code == "W-PERSON-AMBIGUOUS")
    assert "dulles-allen" in ambiguous.message and "dulles-john-foster" in ambiguous.message


def test_slip_of_the_surname_is_linked_and_reported():
    _, diagnostics, _ = convert("<closer><signed>Philip H. Trezise</signed></closer>", ("persons",))
    assert [d.code for d in diagnostics] == ["W-PERSON-VARIANT"]


def test_without_registers_names_are_marked_but_not_linked():
    inner, _, _ = convert("<p>Mr. Rogers and Cde. Bulg. met.</p>", ("persons",), registers=None)
    assert inner == "<p>Mr. <persName>Rogers</persName> and Cde. Bulg. met.</p>"


PLACES_AND_ORGS = [
    ("<p>From Bucharest to Budapest.</p>",
     '<p>From <placeName ref="#bucharest">Bucharest</placeName> to <placeName ref="#budapest">Budapest</placeName>.</p>'),
    ("<p>an official at the Soviet embassy in Bucharest</p>",
     '<p>an official at the <orgName ref="#soviet-embassy-bucharest">Soviet embassy in <placeName ref="#bucharest">'
     'Bucharest</placeName></orgName></p>'),
    ("<p>Instructions to the Foreign Ministry and the KGB.</p><note>the USSR Foreign Ministry</note>",
     '<p>Instructions to the <orgName ref="#soviet-foreign-ministry">Foreign Ministry</orgName> and the '
     '<orgName ref="#kgb">KGB</orgName>.</p><note>the <orgName ref="#soviet-foreign-ministry">USSR Foreign Ministry'
     '</orgName></note>'),
    ("<p>Instructions to the Foreign Ministry.</p>", "<p>Instructions to the <orgName>Foreign Ministry</orgName>.</p>"),
    ("<p>cables from the TsKhSD archive</p>", '<p>cables from the <orgName ref="#tskhsd">TsKhSD</orgName> archive</p>'),
    ('<dateline>Budapest, <date when="1956-10-24">October 24, 1956</date></dateline>',
     '<dateline><placeName ref="#budapest">Budapest</placeName>, <date when="1956-10-24">October 24, 1956</date>'
     '</dateline>'),
    ('<dateline>New York, <date when="1956-10-24">October 24, 1956</date></dateline>',
     '<dateline><placeName>New York</placeName>, <date when="1956-10-24">October 24, 1956</date></dateline>'),
    ("<dateline>Secret, eyes only</dateline>", "<dateline>Secret, eyes only</dateline>"),
    ("<closer><signed>Imre Nagy</signed>KGB</closer>",
     '<closer><signed><persName ref="#nagy">Imre Nagy</persName></signed><orgName ref="#kgb">KGB</orgName></closer>'),
]


@pytest.mark.parametrize("body,expected", PLACES_AND_ORGS)
def test_places_and_organisations(body, expected):
    inner, _, _ = convert(body, NAMES)
    assert inner == expected


DATES = [
    ("<p>Late in the evening of 2 Nov. after a discussion</p>",
     '<p><date when="1956-11-02">Late in the evening of 2 Nov.</date> after a discussion</p>'),
    ("<p>at 10:20 Bucharest time</p>", '<p>at <time when="10:20:00">10:20 Bucharest time</time></p>'),
    ("<p>On the eve of the invasion</p>", "<p>On the eve of the invasion</p>"),
    ('<dateline><date when="1956-11-03">3/XI/56</date></dateline>', '<dateline><date when="1956-11-03">3/XI/56</date>'
     '</dateline>'),
    ("<p>on 31 November 1956 they met</p>", "<p>on <date>31 November 1956</date> they met</p>"),
    ("<p>It was 3 November. In Nov. they met between 1 and 2 November.</p>",  # a full month ends before the period
     '<p>It was <date when="1956-11-03">3 November</date>. In Nov. they met <date from="1956-11-01" to="1956-11-02">'
     'between 1 and 2 November</date>.</p>'),
    ("<p>The talks ran from 5 to 3 November.</p>", "<p>The talks ran <date>from 5 to 3 November</date>.</p>"),
    ('<p>see <idno type="file">764.00/10–2456</idno> of 24 November 1956</p>',
     '<p>see <idno type="file">764.00/10–2456</idno> of <date when="1956-11-24">24 November 1956</date></p>'),
]


@pytest.mark.parametrize("body,expected", DATES)
def test_dates(body, expected):
    inner, _, _ = convert(body, ("dates",))
    assert inner == expected


def test_a_date_line_with_a_span_of_time_gets_from_and_to():
    body = '<dateline>Washington, <date when="1956-10-26T09:00:00">October 26, 1956, 9–10:52 a.m.</date></dateline>'
    _, _, root = convert(body, ("dates",))
    date = root.find(f".//{{{NS}}}dateline/{{{NS}}}date")
    assert dict(date.attrib) == {"from": "1956-10-26T09:00:00", "to": "1956-10-26T10:52:00"}


def test_reversed_range_and_later_date_are_warnings_at_their_place_in_the_source(tmp_path, capsys):
    source = tmp_path / "telegram.txt"
    source.write_text("Telegram From the Embassy in Poland to the Department of State\n"
                      "Warsaw, October 25, 1956—1 p.m.\n\n"
                      "Citation: Department of State, Central Files, 611.48/10–2556. Confidential.\n\n"
                      "The talks ran from 5 to 3 November.\n\n"
                      "The next meeting is on 7 December.\n", encoding="utf-8")
    status = main(["convert", str(source), "-o", str(tmp_path / "out"), "--registers", str(REGISTERS)])
    err = capsys.readouterr().err
    assert status == 0 and (tmp_path / "out" / "telegram.xml").exists(), err
    assert "telegram.txt:6:15: warning[W-DATE-RANGE] “from 5 to 3 November” runs backwards" in err
    assert "telegram.txt:8:24: warning[W-DATE-AFTER-DOC] the date 1956-12-07 lies after" in err
    assert "(output)" not in err and "E-DATE-RANGE" not in err


def test_impossible_date_is_reported():
    _, diagnostics, _ = convert("<p>on 31 November 1956 they met</p>", ("dates",))
    assert [d.code for d in diagnostics] == ["W-DATE-INVALID"]


SIGNATURES = [
    ("<p>An LI-2 aircraft<note>in TsKhSD, F. 3, Op. 12, D. 1005, LI. 67-69.</note></p>",
     '<p>An LI-2 aircraft<note>in <bibl type="archival"><orgName ref="#tskhsd" type="repository">TsKhSD</orgName>, '
     'F. <idno type="fond">3</idno>, Op. <idno type="opis">12</idno>, D. <idno type="delo">1005</idno>, '
     '<choice><orig>LI.</orig><reg>Ll.</reg></choice> <idno type="list">67-69</idno></bibl>.</note></p>'),
    ("<p>x<note>Fond (F.) 3, Opis' (Op.) 14, Delo (D.) 41, Listy (Ll.) 1-2</note></p>",
     '<p>x<note><bibl type="archival">Fond (F.) <idno type="fond">3</idno>, Opis\' (Op.) <idno type="opis">14</idno>, '
     'Delo (D.) <idno type="delo">41</idno>, Listy (Ll.) <idno type="list">1-2</idno></bibl></note></p>'),
    ("<p>x<note>(Department of State, Central Files, 764.00/10–2456)</note></p>",
     '<p>x<note>(<bibl type="archival"><orgName type="repository">Department of State</orgName>, '
     '<name type="collection">Central Files</name>, <idno type="file">764.00/10–2456</idno></bibl>)</note></p>'),
    ("<p>x<note>(Department of State, PPS Files: Lot 66 D 487)</note><note>Department of State, PPS Files, 66 D 487"
     "</note></p>",
     '<p>x<note>(<bibl type="archival"><orgName type="repository">Department of State</orgName>, <name type="collection">'
     'PPS Files</name>: Lot <idno type="lot">66 D 487</idno></bibl>)</note><note><bibl type="archival"><orgName '
     'type="repository">Department of State</orgName>, <name type="collection">PPS Files</name>, <idno type="lot">'
     '66 D 487</idno></bibl></note></p>'),
    ("<p>x<note>the Department of State depended on news tickers</note></p>",
     "<p>x<note>the Department of State depended on news tickers</note></p>"),
]


@pytest.mark.parametrize("body,expected", SIGNATURES)
def test_signatures_in_notes(body, expected):
    inner, _, _ = convert(body, ("orgs", "signatures"))
    assert inner == expected


def test_unknown_repository_is_reported():
    _, diagnostics, _ = convert("<p>x<note>(Department of State, Central Files, 764.00/10–2456)</note></p>",
                                ("signatures",))
    assert [d.code for d in diagnostics] == ["W-ARCHIVE-UNRESOLVED"]


def test_bibliographic_reference_in_a_note():
    inner, _, _ = convert(
        "<p>x<note>see Imre Nagy, A Book (Budapest: Some Press, 1996), pp. 1-2; and Department of State Bulletin, "
        "July 23, 1956, p. 151.</note></p>", NAMES + ("dates", "bibl"))
    assert ('<bibl type="literature"><author><persName ref="#nagy">Imre Nagy</persName></author>, <title level="m">'
            'A Book</title> (<pubPlace><placeName ref="#budapest">Budapest</placeName></pubPlace>: <publisher>Some Press'
            '</publisher>, <date when="1996">1996</date>), <biblScope unit="page">pp. 1-2</biblScope></bibl>') in inner
    assert ('<bibl type="literature"><title level="j">Department of State Bulletin</title>, <date when="1956-07-23">'
            'July 23, 1956</date>, <biblScope unit="page">p. 151</biblScope></bibl>') in inner


def test_standoff_holds_every_entry_referred_to_and_what_they_refer_to():
    _, diagnostics, root = convert("<p>Nagy in Bucharest<note>TsKhSD, F. 3, Op. 12, D. 1005, L. 1.</note></p>",
                                   NAMES + ("signatures", "standoff"))
    assert diagnostics == []
    stand_off = root.find(f"{{{NS}}}standOff")
    ids = [element.get("{http://www.w3.org/XML/1998/namespace}id") for element in stand_off.iter()
           if element.get("{http://www.w3.org/XML/1998/namespace}id")]
    assert ids == ["nagy", "bucharest", "moscow", "tskhsd"]  # moscow: the archive's location refers to it
    local = set(ids)
    refs = {element.get("ref")[1:] for element in root.iter() if element.get("ref")}
    assert refs <= local


def test_nothing_of_the_text_changes():
    body = ("<p>(Khr., Bulg.) Imre <supplied>Nagy</supplied> in Bucharest on 2 Nov. at 10:20 Bucharest time."
            "<note>TsKhSD, F. 3, Op. 12, D. 1005, LI. 67-69; see A. B. Author, Title (Paris: P, 1990), p. 3.</note></p>")
    before = etree.fromstring(f'<body xmlns="{NS}">{body}</body>')
    _, _, root = convert(body, None)
    after = root.find(f"{{{NS}}}text/{{{NS}}}body")
    assert flatten(after, frozenset({"expan", "reg", "corr", "rdg"})) == flatten(before, frozenset(
        {"expan", "reg", "corr", "rdg"}))


def test_a_repeated_unknown_name_is_reported_where_it_stands_not_at_its_first_occurrence(tmp_path, capsys):
    source = tmp_path / "call.txt"
    source.write_text("Memorandum of a Telephone Conversation\n"
                      "Washington, October 24, 1956\n\n"
                      "Citation: Department of State, Central Files, 764.00/10–2456. Secret.\n\n"
                      "He spoke with Sir Percy Spender, the Ambassador, in the evening. Sir Percy replied at once.\n",
                      encoding="utf-8")
    main(["convert", str(source), "-o", str(tmp_path / "out"), "--registers", str(REGISTERS)])
    err = capsys.readouterr().err
    assert "call.txt:6:19: warning[W-PERSON-UNRESOLVED] “Percy Spender”" in err, err
    assert "call.txt:6:70: warning[W-PERSON-UNRESOLVED] “Percy”" in err, err
