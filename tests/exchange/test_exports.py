"""The default exchange set in build/web/data and tei export: CSV round trip, JSON-LD triples
(rdflib), CMIF against CMIF's rules, teiCorpus against tei_all, TEI as exchanged."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from lxml import etree

from tei.cli import main
from tei.export import cmif_rules
from tei.diagnostics import Level
from tei.registers import load
from tei.validate import validate_bytes
from tei.xml import XML_ID, parse_file, tei

from .conftest import MESSAGES, SEED_003, SOURCES, Edition

rdflib = pytest.importorskip("rdflib", reason="rdflib is a test dependency (JSON-LD parsing)")
SCHEMA = rdflib.Namespace("https://schema.org/")
BASE = "https://example.org/cold-war/"
CORPUS_POINTERS = ("wit", "target", "ref", "corresp", "source")


def test_build_writes_the_default_set(edition: Edition) -> None:
    names = {path.name for path in edition.data.iterdir()}
    assert names == {"persons.csv", "places.csv", "organisations.csv", "registers.jsonld", "documents.jsonld",
                     "cmif.xml", "dts", "corpus.xml"}


def entry_signature(entry) -> tuple:
    return (entry.id, entry.kind, entry.label, sorted((f.text, f.kind, f.explicit) for f in entry.forms), entry.note,
            sorted(entry.authorities), entry.roles, entry.surname, entry.forenames)


def test_csv_round_trip_gives_the_same_register(edition: Edition, tmp_path: Path, capsys) -> None:
    for name in ("persons.csv", "places.csv", "organisations.csv"):
        assert main(["registers", "import", str(edition.data / name), "--into", str(tmp_path)]) == 0
    original, again = load(SOURCES / "registers"), load(tmp_path)
    assert again.diagnostics == []
    assert {k: entry_signature(v) for k, v in again.entries.items()} == \
           {k: entry_signature(v) for k, v in original.entries.items()}
    assert main(["registers", "import", str(edition.data / "persons.csv"), "--into", str(tmp_path)]) == 0
    assert "0 entries" in capsys.readouterr().err, "importing twice adds nothing"


def test_csv_rows(edition: Edition) -> None:
    rows = {row["id"]: row for row in csv.DictReader((edition.data / "places.csv").open(encoding="utf-8"))}
    assert rows["moscow"]["wikidata"] == "Q649" and rows["moscow"]["geonames"] == "524901"
    persons = {row["id"]: row for row in csv.DictReader((edition.data / "persons.csv").open(encoding="utf-8"))}
    assert persons["khrushchev"]["surname"] == "Khrushchev" and "abbreviation:Khr." in persons["khrushchev"]["forms"]
    assert persons["jacobs"]["frus"] == "p_JJE1"


def graph(path: Path):
    loaded = rdflib.Graph()
    loaded.parse(path, format="json-ld")
    return loaded


def test_registers_as_schema_org_json_ld(edition: Edition) -> None:
    loaded = graph(edition.data / "registers.jsonld")
    moscow = rdflib.URIRef(BASE + "places.html#moscow")
    assert (moscow, rdflib.RDF.type, SCHEMA.Place) in loaded
    assert (moscow, SCHEMA.sameAs, rdflib.URIRef("http://www.wikidata.org/entity/Q649")) in loaded
    assert (moscow, SCHEMA.sameAs, rdflib.URIRef("https://sws.geonames.org/524901/")) in loaded
    khrushchev = rdflib.URIRef(BASE + "persons.html#khrushchev")
    assert (khrushchev, rdflib.RDF.type, SCHEMA.Person) in loaded
    assert (khrushchev, SCHEMA.birthDate, None) in loaded
    assert (rdflib.URIRef(BASE + "organisations.html#tskhsd"), rdflib.RDF.type, SCHEMA.ArchiveOrganization) in loaded
    assert (rdflib.URIRef(BASE + "organisations.html#kgb"), rdflib.RDF.type, SCHEMA.Organization) in loaded


def test_document_metadata_as_json_ld(edition: Edition) -> None:
    loaded = graph(edition.data / "documents.jsonld")
    seed = rdflib.URIRef(f"{BASE}documents/{SEED_003}.html")
    assert (seed, rdflib.RDF.type, SCHEMA.ArchiveComponent) in loaded
    assert (seed, rdflib.RDF.type, SCHEMA.Message) in loaded
    assert str(loaded.value(seed, SCHEMA.dateCreated)) == "1956-11-03"
    archive = loaded.value(seed, SCHEMA.holdingArchive)
    assert str(loaded.value(archive, SCHEMA.name)) == "TsKhSD"
    values = {str(loaded.value(node, SCHEMA.value)) for node in loaded.objects(seed, SCHEMA.identifier)}
    assert {"3", "12", "1005", "67-69"} <= values
    assert (seed, SCHEMA.sender, rdflib.URIRef(BASE + "persons.html#epishev")) in loaded
    assert (seed, SCHEMA.mentions, rdflib.URIRef(BASE + "persons.html#nagy")) in loaded
    frus = rdflib.URIRef(f"{BASE}documents/frus1955-57v25_d107.html")
    assert (frus, rdflib.RDF.type, SCHEMA.ArchiveComponent) in loaded and (frus, rdflib.RDF.type, SCHEMA.Message) not in loaded


def dangling(folder: Path) -> list[tuple[str, str]]:
    """References of the folder's JSON-LD files (loaded together) to nodes none of them defines;
    sameAs links must be absolute authority URIs outside the edition."""
    loaded = rdflib.Graph()
    for path in sorted(folder.glob("*.jsonld")):
        loaded.parse(path, format="json-ld")
    defined = set(loaded.subjects())
    found = []
    for _, predicate, target in loaded:
        if predicate == SCHEMA.sameAs:
            if not str(target).startswith("http") or str(target).startswith(BASE):
                found.append(("sameAs", str(target)))
        elif predicate != rdflib.RDF.type and isinstance(target, rdflib.URIRef) and target not in defined:
            found.append((str(predicate), str(target)))
    return found


def test_json_ld_ids_resolve_within_the_export(edition: Edition, tmp_path: Path) -> None:
    assert dangling(edition.data) == []
    loaded = graph(edition.data / "documents.jsonld") + graph(edition.data / "registers.jsonld")
    archive = loaded.value(rdflib.URIRef(f"{BASE}documents/{SEED_003}.html"), SCHEMA.holdingArchive)
    assert archive == rdflib.URIRef(BASE + "organisations.html#tskhsd"), "the archive's register entry"
    assert (archive, rdflib.RDF.type, SCHEMA.ArchiveOrganization) in graph(edition.data / "registers.jsonld")
    # without base_url the ids are relative, the same in both files
    config = edition.root / "edition.toml"
    relative = edition.root / "relative.toml"
    relative.write_text(config.read_text(encoding="utf-8").replace('base_url = "', '# base_url = "'), encoding="utf-8")
    assert main(["export", "--config", str(relative), "--format", "jsonld", str(tmp_path)]) == 0
    assert dangling(tmp_path) == []
    assert '"@id": "../organisations.html#tskhsd"' in (tmp_path / "documents.jsonld").read_text(encoding="utf-8")


def test_cmif_follows_cmif_rules_and_tei_all(edition: Edition, tei_all) -> None:
    root = parse_file(edition.data / "cmif.xml").getroot()
    assert cmif_rules.problems(root) == []
    assert tei_all.validate(root.getroottree()), tei_all.error_log.last_error
    refs = {desc.get("ref") for desc in root.iter(tei("correspDesc"))}
    assert refs == {f"{BASE}documents/{stem}.html" for stem in MESSAGES}
    assert root.findtext(f".//{tei('idno')}") == BASE + "data/cmif.xml"
    moscow = next(p for p in root.iter(tei("placeName")) if p.text == "Moscow")
    assert moscow.get("ref") == "https://sws.geonames.org/524901/"


EXTRA_PERSONS = """
      <person xml:id="zorthian"><persName><forename>Barry</forename> <surname>Zorthian</surname></persName>
        <idno type="viaf">12345</idno></person>
      <person xml:id="button-a"><persName><forename>A.</forename> <surname>Button</surname></persName></person>
      <person xml:id="button-b"><persName><forename>B.</forename> <surname>Button</surname></persName></person>
    </listPerson>"""


def export_cmif(edition: Edition, root: Path, base_url: str) -> tuple[int, list[dict], etree._Element]:
    """tei export --format cmif of the built documents with a register of more persons."""
    shutil.copytree(SOURCES / "registers", root / "registers")
    persons = root / "registers" / "persons.xml"
    persons.write_text(persons.read_text(encoding="utf-8").replace("</listPerson>", EXTRA_PERSONS, 1), encoding="utf-8")
    (root / "edition.toml").write_text(f'[edition]\ntitle = "T"\n{base_url}\n[sources]\nregisters = "registers"\n',
                                       encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["export", "--config", str(root / "edition.toml"), "--tei", str(edition.tei), "--format", "cmif",
                       "--report", "json", str(root / "out")])
    return status, json.loads(out.getvalue() or "[]"), parse_file(root / "out" / "cmif.xml").getroot()


def test_cmif_correspondents_offices_and_surnames(edition: Edition, tmp_path: Path) -> None:
    status, diagnostics, root = export_cmif(edition, tmp_path, f'base_url = "{BASE}"')
    assert status == 0 and not [d for d in diagnostics if d["level"] != "info"], diagnostics
    assert cmif_rules.problems(root) == []

    def action(stem: str, kind: str) -> list[tuple[str, str, str | None]]:
        desc = next(d for d in root.iter(tei("correspDesc")) if d.get("ref").endswith(f"/{stem}.html"))
        found = desc.find(f"{tei('correspAction')}[@type='{kind}']")
        return [(etree.QName(e).localname, e.text, e.get("ref")) for e in found if e.tag != tei("date")]

    assert action("frus1955-57v25_d101", "received") == [("orgName", "Secretary of State", None)], "an office"
    assert action("frus1955-57v25_d102", "received") == [("persName", "Barry Zorthian", "http://viaf.org/viaf/12345")]
    assert action("frus1955-57v25_d106", "received") == [("persName", "Button", None)], "two Buttons: left as it is"
    assert action("frus1955-57v25_d102", "sent")[0] == ("persName", "Edman", None), "no Edman in the register"


def test_cmif_without_base_url_warns_and_names_the_setting(edition: Edition, tmp_path: Path) -> None:
    status, diagnostics, root = export_cmif(edition, tmp_path, "")
    warned = [d for d in diagnostics if d["code"] == "W-EXPORT-BASE-URL"]
    assert status == 0 and len(warned) == 1 and warned[0]["level"] == "warning"
    assert "base_url" in warned[0]["hint"] and "[edition]" in warned[0]["hint"]
    assert warned[0]["location"]["path"].endswith("edition.toml")


BROKEN = [
    ("correspAction[@type='received']", "sent and one of type received"),
    ("correspAction/tei:date", "date is empty and its values"),
    ("publicationStmt/tei:idno", 'idno type="url"'),
]


@pytest.mark.parametrize(("target", "problem"), BROKEN)
def test_cmif_rules_find_broken_files(edition: Edition, target: str, problem: str) -> None:
    root = parse_file(edition.data / "cmif.xml").getroot()
    node = root.xpath(f"//tei:{target}", namespaces={"tei": "http://www.tei-c.org/ns/1.0"})[0]
    if node.tag == tei("date"):
        node.set("when", "3 November 1956")
    else:
        node.getparent().remove(node)
    assert any(problem in found for found in cmif_rules.problems(root))


def test_tei_export_of_a_tei_corpus(edition: Edition, tmp_path: Path, tei_all) -> None:
    status = main(["export", "--config", str(edition.root / "edition.toml"), "--format", "teicorpus", str(tmp_path)])
    assert status == 0
    corpus = parse_file(tmp_path / "corpus.xml").getroot()
    assert corpus.tag == tei("teiCorpus") and len(corpus.findall(tei("TEI"))) == 14
    assert tei_all.validate(corpus.getroottree()), tei_all.error_log.last_error
    ids = [node.get(XML_ID) for node in corpus.iter() if isinstance(node.tag, str) and node.get(XML_ID)]
    assert len(ids) == len(set(ids))
    assert corpus.xpath("//tei:persName[@ref='#d003_d9aa3093ddf865fe.epishev']",
                        namespaces={"tei": "http://www.tei-c.org/ns/1.0"})
    for name in CORPUS_POINTERS:
        for node in corpus.iter():
            for value in (node.get(name) or "").split() if isinstance(node.tag, str) else ():
                assert not value.startswith("#") or value[1:] in ids, (name, value)
    assert corpus.xpath("//tei:rdg[@wit='#wit-003-d9aa3093ddf865fe-hu #wit-003-d9aa3093ddf865fe-ru']",
                        namespaces={"tei": "http://www.tei-c.org/ns/1.0"}), "witness ids keep their form"
    for document in corpus.iterfind(tei("TEI")):
        problems = validate_bytes(etree.tostring(document), document.get("n", ""))
        assert [d.format() for d in problems if d.level >= Level.ERROR] == [], "valid against the project schema"


def test_tei_export_without_built_documents_says_so(tmp_path: Path, capsys) -> None:
    (tmp_path / "edition.toml").write_text('[edition]\ntitle = "Empty"\n', encoding="utf-8")
    assert main(["export", "--config", str(tmp_path / "edition.toml"), str(tmp_path / "out")]) == 1
    assert "E-EXPORT-NOTHING" in capsys.readouterr().err
