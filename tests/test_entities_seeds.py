"""The seeds with the edition's registers: every person, place, organisation, date and signature the issue
names is marked and resolved, and each document is self-contained."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from conftest import REGISTERS, SOURCES
from tei.pipeline import Options, convert_one
from tei.xml import XML_ID

NS = {"t": "http://www.tei-c.org/ns/1.0"}
SEED_000 = SOURCES / "000_6d5469bca201ffe6.txt"
SEED_003 = SOURCES / "003_d9aa3093ddf865fe.txt"


@pytest.fixture(scope="module")
def seeds() -> dict[str, tuple[etree._Element, list]]:
    found = {}
    for path in (SEED_000, SEED_003):
        result = convert_one(path, Options(validate=False, registers=REGISTERS))
        assert result.output is not None
        found[path.stem[:3]] = (etree.fromstring(result.output), result.diagnostics)
    return found


def refs(root: etree._Element, element: str) -> list[str]:
    return [e.get("ref", "")[1:] for e in root.iterfind(f".//t:text//t:{element}", NS)]


def test_participants_line_gives_ten_persons(seeds):
    root, _ = seeds["000"]
    line = root.find(".//t:div/t:p", NS)
    names = line.findall("t:persName", NS)[:10]
    assert line.text == "(" and names[-1].tail.startswith(") It's not advisable.")
    assert [n.get("ref") for n in names] == ["#" + n for n in (
        "khrushchev", "voroshilov", "kaganovich", "mikoyan", "molotov", "pervukhin", "bulganin", "saburov", "zhukov",
        "gromyko")]
    assert [(n.findtext("t:choice/t:abbr", namespaces=NS), n.findtext("t:choice/t:expan", namespaces=NS))
            for n in names][:2] == [("Khr.", "Khrushchev"), ("Vorosh.", "Voroshilov")]


@pytest.mark.parametrize("seed,element,expected", [
    ("000", "persName", {"khrushchev", "voroshilov", "kaganovich", "mikoyan", "molotov", "pervukhin", "bulganin",
                         "saburov", "zhukov", "gromyko", "gheorghiu-dej", "nagy", "tito", "malin", "chernukha",
                         "brezhnev", "shvernik", "furtseva", "belyaev", "pospelov", "nikolaev", "kadar", "bodnaras",
                         "serov", "popovic", "malenkov", "suslov", "aristov"}),
    ("003", "persName", {"epishev", "nagy", "gheorghiu-dej", "malnasan", "malin", "khrushchev", "malenkov", "lungu",
                         "retegan"}),
    ("000", "placeName", {"bucharest", "budapest", "yugoslavia", "romania", "hungary", "soviet-union"}),
    ("003", "placeName", {"bucharest", "budapest", "romania", "hungary", "yugoslavia"}),
    ("000", "orgName", {"cpsu-cc-presidium", "kgb", "soviet-foreign-ministry", "soviet-defence-ministry",
                        "soviet-embassy-bucharest", "yugoslav-embassy-budapest", "united-nations", "tskhsd", "aprf",
                        "hungarian-revolutionary-government"}),
    ("003", "orgName", {"main-political-directorate", "romanian-foreign-ministry-archive", "soviet-army",
                        "romanian-embassy-budapest", "editura-univers-enciclopedic"}),
])
def test_every_entity_is_marked_and_resolved(seeds, seed, element, expected):
    root, _ = seeds[seed]
    found = refs(root, element)
    assert "" not in found, f"{element} without @ref"
    assert expected <= set(found), expected - set(found)


def test_no_name_anywhere_stays_unresolved(seeds):
    for root, _ in seeds.values():
        for element in root.iter("{%s}persName" % NS["t"], "{%s}placeName" % NS["t"], "{%s}orgName" % NS["t"]):
            if not any(a.tag == "{%s}standOff" % NS["t"] for a in element.iterancestors()):
                assert element.get("ref"), etree.tostring(element)


def test_forms_that_need_the_document(seeds):
    root, _ = seeds["000"]
    last = root.findall(".//t:div/t:p", NS)[-1]
    # "Imre" alone (or "Imre <supplied>Nagy</supplied>" when the edits sidecar supplies the surname)
    assert [("".join(n.itertext()).split()[0], n.get("ref")) for n in last.findall("t:persName", NS)] == [
        ("Imre", "#nagy")]
    root, _ = seeds["003"]
    assert root.xpath("//t:persName[.='Malnasanu']/@ref", namespaces=NS) == ["#malnasan"]
    assert root.xpath("//t:text//t:orgName[.='Foreign Ministry']", namespaces=NS) == []


@pytest.mark.parametrize("seed,expected", [
    ("000", ["1956-11-27", "1956-11-27", "1956-11-26", "1956-11-22", "1956-11-26", "1956-11-27", "1956-11-27",
             "1956-11-24", "1956-11-23"]),
    ("003", ["1956-11-03", "from 1955 to 1962", "1962", "1985", "1956-11-02", "1956-11-03", "1956-11-02", "1996"]),
])
def test_dates_of_text_and_notes(seeds, seed, expected):
    root, _ = seeds[seed]
    found = [d.get("when") or f"from {d.get('from')} to {d.get('to')}" for d in root.iterfind(".//t:text//t:date", NS)]
    assert found == expected


def test_clock_time_and_header_dates(seeds):
    root, _ = seeds["003"]
    assert [(t.get("when"), "".join(t.itertext())) for t in root.iterfind(".//t:time", NS)] == [
        ("10:20:00", "10:20 Bucharest time")]
    assert root.find(".//t:creation/t:date", NS).get("when") == "1956-11-03"
    root, _ = seeds["000"]
    assert root.xpath("//t:sourceDesc/t:bibl/t:title//t:date/@when", namespaces=NS) == ["1956-11-27"]


def test_signatures_in_notes_and_the_scan_slip(seeds):
    root, _ = seeds["000"]
    notes = root.xpath("//t:note//t:bibl[@type='archival']", namespaces=NS)
    assert len(notes) == 6
    assert [(b.find("t:orgName", NS).get("ref"), [i.text for i in b.findall("t:idno", NS)]) for b in notes][:2] == [
        ("#aprf", ["3", "64", "488", "181"]), ("#tskhsd", ["89", "2", "5", "13-14"])]
    assert root.find(".//t:msIdentifier/t:repository", NS).get("ref") == "#tskhsd"
    root, _ = seeds["003"]
    assert root.xpath("//t:choice[t:orig='LI.']/ancestor::t:bibl/@type", namespaces=NS) == ["citation", "archival"]
    aircraft = root.xpath("//t:p[contains(., 'aircraft')]", namespaces=NS)[0]
    assert aircraft.text.startswith("An LI-2 aircraft") and aircraft.find("t:choice", NS) is None


def test_bibliographic_reference_with_its_parts(seeds):
    root, _ = seeds["003"]
    book = root.find(".//t:note//t:bibl[@type='literature']", NS)
    assert [e.get("ref") for e in book.iterfind("t:editor/t:persName", NS)] == ["#lungu", "#retegan"]
    assert book.findtext("t:title[@level='m']", namespaces=NS).startswith("1956 Explozia")
    assert book.find("t:pubPlace/t:placeName", NS).get("ref") == "#bucharest"
    assert book.find("t:date", NS).get("when") == "1996"
    assert book.findtext("t:biblScope[@unit='page']", namespaces=NS) == "pp. 181-182"


def test_self_contained(seeds):
    for root, _ in seeds.values():
        ids = {e.get(XML_ID) for e in root.iter() if e.get(XML_ID)}
        for element in root.iter():
            for name in ("ref", "corresp", "target"):
                for value in (element.get(name) or "").split():
                    if value.startswith("#"):
                        assert value[1:] in ids, value


def test_only_the_known_warning(seeds):
    assert [d.code for d in seeds["000"][1]] == ["W-NOTE-ORPHAN"]
    assert seeds["003"][1] == []


def test_the_header_names_are_linked(seeds):
    root, _ = seeds["003"]
    assert root.xpath("//t:respStmt/t:persName/@ref", namespaces=NS) == ["#malin", "#kramer"]
    assert root.xpath("//t:abstract//t:persName/@ref", namespaces=NS) == ["#nagy", "#gheorghiu-dej"]


def test_registers_folder_is_optional(tmp_path: Path):
    result = convert_one(SEED_003, Options(validate=False))
    assert result.output is not None and b"<standOff>" not in result.output
