"""The seeds carry their editorial apparatus, decided in sources/<stem>.edits.toml; a bad
sidecar stops its document (one message with file and line, non-zero exit, no output)."""

from __future__ import annotations

import re

import shutil
from pathlib import Path

import pytest
from lxml import etree

from conftest import SOURCES
from tei.cli import main
from tei.pipeline import Options, convert_one

NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
SEED_000 = SOURCES / "000_6d5469bca201ffe6.txt"
SEED_003 = SOURCES / "003_d9aa3093ddf865fe.txt"


def converted(path: Path) -> etree._Element:
    result = convert_one(path, Options(validate=False))
    assert result.output is not None, [d.format() for d in result.diagnostics]
    return etree.fromstring(result.output)


@pytest.fixture(scope="module")
def seed_003() -> etree._Element:
    return converted(SEED_003)


@pytest.fixture(scope="module")
def seed_000() -> etree._Element:
    return converted(SEED_000)


def test_malnasan_is_the_copy_texts_reading_at_each_occurrence(seed_003: etree._Element) -> None:
    apps = seed_003.xpath("//t:body//t:app", namespaces=NS)
    assert len(apps) == 2
    for app in apps:
        assert app.xpath("string(t:lem)", namespaces=NS) == "Malnasan"
        assert app.xpath("t:lem/@wit", namespaces=NS) == ["#wit-malin"]
        assert app.xpath("string(t:rdg)", namespaces=NS) == "Malnasanu"
        assert app.xpath("t:rdg/@wit", namespaces=NS) == ["#wit-hu #wit-ru"]
    note = seed_003.xpath("//t:note[@n='3']", namespaces=NS)[0]
    assert note.get("target").split() == [f"#{app.get(XML_ID)}" for app in apps]
    witnesses = seed_003.xpath("//t:sourceDesc/t:listWit//t:witness", namespaces=NS)
    assert [w.get(XML_ID) for w in witnesses] == ["wit-malin", "wit-hu", "wit-ru"]
    labels = [witness.text for witness in witnesses]
    assert "original" in labels[0] and "Hungarian" in labels[1] and "Russian" in labels[2]
    group = seed_003.xpath("//t:listWit/t:listWit[t:head]", namespaces=NS)[0]
    assert group.xpath("string(t:head)", namespaces=NS) == "the published Hungarian and Russian versions"
    assert [w.get(XML_ID) for w in group.xpath("t:witness", namespaces=NS)] == ["wit-hu", "wit-ru"]
    assert seed_003.xpath("//t:variantEncoding/@method", namespaces=NS) == ["parallel-segmentation"]


def test_scan_slips_are_regularised_not_silently_changed(seed_003: etree._Element) -> None:
    choices = {(c.xpath("string(t:orig)", namespaces=NS), c.xpath("string(t:reg)", namespaces=NS))
               for c in seed_003.xpath("//t:choice", namespaces=NS)}
    assert {("LI.", "Ll."), ("cds.", "eds."), ("-", "—")} <= choices
    paragraph = seed_003.xpath("//t:p[contains(., 'ambassador')][t:choice]", namespaces=NS)[0]
    assert len(paragraph.xpath("t:choice[t:orig='-']", namespaces=NS)) == 2
    assert "Gheorghiu-Dej" in paragraph.xpath("string(.)")


def test_the_stated_count_of_slips_includes_those_regularised_on_reading(seed_003: etree._Element) -> None:
    stated = seed_003.xpath("string(//t:correction/t:p[starts-with(., 'Editorial decisions')])", namespaces=NS)
    slips = seed_003.xpath("//t:choice[t:orig]", namespaces=NS)
    assert "LI." in [choice[0].text for choice in slips]
    assert f"{len(slips)} scan slips" in stated, stated


def test_nagys_surname_is_supplied_after_imre(seed_000: etree._Element) -> None:
    supplied = seed_000.xpath("//t:body//t:p/t:supplied", namespaces=NS)[0]
    assert (supplied.text, supplied.get("reason")) == ("Nagy", "omitted")
    assert (supplied.getprevious().tail if supplied.getprevious() is not None
            else supplied.getparent().text).endswith("discrediting of Imre ")
    note = seed_000.xpath("//t:note[@n='6']", namespaces=NS)[0]
    assert note.get("target") == f"#{supplied.get(XML_ID)}"


def test_section_two_gets_the_supplied_heading_from_note_5(seed_000: etree._Element) -> None:
    divisions = seed_000.xpath("//t:body/t:div", namespaces=NS)
    assert [d.get("n") for d in divisions] == ["I", "II"]
    head = divisions[1].xpath("t:head/t:supplied", namespaces=NS)[0]
    assert head.text == "II. Questions of Hungary"
    assert divisions[1].xpath("string(t:p)", namespaces=NS).startswith("Instructions to:")
    assert seed_000.xpath("//t:note[@n='5']/@target", namespaces=NS) == [f"#{head.get(XML_ID)}"]


@pytest.mark.parametrize("seed", ["seed_000", "seed_003"])
def test_policies_are_stated_and_every_pointer_resolves(seed: str, request: pytest.FixtureRequest) -> None:
    root = request.getfixturevalue(seed)
    decl = root.xpath("//t:encodingDesc/t:editorialDecl", namespaces=NS)[0]
    assert [etree.QName(part).localname for part in decl] == [
        "normalization", "correction", "quotation", "hyphenation", "interpretation"]
    principles = decl.xpath("string(.)")
    assert "Editorial decisions in this document: " in principles
    assert not re.search(r"reader|\.toml|convert|toolkit|export", principles), "processing belongs to appInfo"
    application = root.xpath("string(//t:appInfo/t:application)", namespaces=NS)
    assert re.search(r"read with the archive-\w+ reader", application) and ".edits.toml" in application
    ids = set(root.xpath("//@xml:id"))
    pointers = [token for value in root.xpath("//@wit | //@target[starts-with(., '#')]") for token in value.split()]
    assert pointers and all(token[1:] in ids for token in pointers)


def test_only_a_document_with_readings_of_other_witnesses_states_an_apparatus(seed_000, seed_003) -> None:
    assert not seed_000.xpath("//t:app", namespaces=NS) and seed_003.xpath("//t:app", namespaces=NS)
    for root, has_apparatus in ((seed_000, False), (seed_003, True)):
        header = root.xpath("string(//t:encodingDesc)", namespaces=NS)
        assert ("apparatus" in header) is has_apparatus and ("rdg" in header) is has_apparatus
        assert bool(root.xpath("//t:variantEncoding", namespaces=NS)) is has_apparatus


def test_without_a_sidecar_nothing_editorial_is_added(tmp_path: Path) -> None:
    copy = tmp_path / SEED_003.name
    shutil.copy(SEED_003, copy)
    root = converted(copy)
    assert not root.xpath("//t:app | //t:supplied | //t:listWit", namespaces=NS)
    assert root.xpath("//t:choice/t:orig/text()", namespaces=NS) == ["LI."]


BAD_SIDECARS = {
    "invalid TOML": ('[[variant]]\ntext = "Malnasan\n', "E-EDITS-TOML", 2),
    "unknown witness": ('[[witness]]\nid = "wit-malin"\nlabel = "M"\nbase = true\n\n[[variant]]\ntext = "Malnasan"\n'
                        'reading = "Malnasanu"\nwit = ["wit-hu"]\nin = "text"\noccurrence = "all"\nnote = "3"\n',
                        "E-EDITS-WITNESS", 9),
    "overlapping entries": ('[[slip]]\ntext = "cds."\nintended = "eds."\nnote = "4"\n\n[[correction]]\n'
                            'text = "Retegan, cds."\ncorr = "Retegan, eds."\nnote = "4"\n', "E-EDITS-OVERLAP", 6),
    "entry not in the text": ('[[correction]]\ntext = "Malnasanu"\ncorr = "Malnasan"\nin = "text"\nnote = "3"\n',
                              "E-EDITS-NOMATCH", 1),
    "two decisions with one id": ('[[slip]]\ntext = "cds."\nintended = "eds."\nid = "x"\nnote = "4"\n\n[[slip]]\n'
                                  'text = "-"\ncontext = "ambassador-in"\nintended = "—"\nid = "x"\n'
                                  'justification = "A dash."\n', "E-EDITS-ID", 11),
    "not UTF-8": (b'[[slip]]\ntext = "cds."\nintended = "eds.\xe9"\nnote = "4"\n', "E-EDITS-ENCODING", "3:17"),
}


@pytest.mark.parametrize("name", sorted(BAD_SIDECARS))
def test_a_bad_sidecar_stops_only_its_document(name: str, tmp_path: Path, capsys) -> None:
    text, code, line = BAD_SIDECARS[name]
    copy = tmp_path / SEED_003.name
    shutil.copy(SEED_003, copy)
    copy.with_name(copy.stem + ".edits.toml").write_bytes(text if isinstance(text, bytes) else text.encode())
    status = main(["convert", str(copy), str(SEED_000), "-o", str(tmp_path / "out")])
    err = capsys.readouterr().err
    problems = [row for row in err.splitlines() if "error[" in row]
    assert status == 1
    assert len(problems) == 1, err
    assert f".edits.toml:{line}:" in problems[0] and f"error[{code}]" in problems[0] and " — " in problems[0]
    assert code != "E-EDITS-ID" or "lines 4 and 11" in problems[0], "a clash names both places"
    assert "Traceback" not in err
    assert not (tmp_path / "out" / f"{SEED_003.stem}.xml").exists()
    assert (tmp_path / "out" / f"{SEED_000.stem}.xml").exists()
