"""The project profile: derived files up to date, ODD and RNG in agreement, a strict subset of tei_all."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from lxml import etree

from conftest import all_raw_sources
from tei.paths import SCHEMAS
from tei.pipeline import Options, convert_one
from tei.rngreport import SchemaInfo
from tei.schemas import generate, odd
from tei.validate import Settings, relaxng, schematron, validate_bytes

PROBES = Path(__file__).parent / "data" / "probes"
MINIMAL = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>
<publicationStmt><p>x</p></publicationStmt><sourceDesc>{source}</sourceDesc></fileDesc></teiHeader>
<text><body>{body}</body></text></TEI>"""

#: Documents tei_all accepts and the profile must reject: one convention each.
OUTSIDE = {
    "note type outside the list": ("<p/>", '<p>a<note type="footnote">n</note></p>'),
    "div type outside the list": ("<p/>", '<div type="chapter"><p>a</p></div>'),
    "list type outside the list": ("<p/>", '<list type="names"><item>a</item></list>'),
    "idno type outside the list": ("<p/>", '<p><idno type="shelfmark">x</idno></p>'),
    "bibl type outside the list": ('<bibl type="review">b</bibl>', "<p>a</p>"),
    "supplied reason outside the list": ("<p/>", '<p><supplied reason="damage">x</supplied></p>'),
    "gap reason outside the list": ("<p/>", '<p><gap reason="cancelled"/></p>'),
    "orgName type outside the list": ("<p/>", '<p><orgName type="ministry">x</orgName></p>'),
    "name type outside the list": ("<p/>", '<p><name type="ship">x</name></p>'),
    "note place outside the list": ("<p/>", '<p>a<note place="margin">n</note></p>'),
    "ref to another file": ("<p/>", '<p><persName ref="persons.xml#p1">x</persName></p>'),
    "corresp to the web": ("<p/>", '<p corresp="https://example.org/x">a</p>'),
    "target to another file": ("<p/>", '<p>a<note target="other.xml#n1">n</note></p>'),
    "wit not a witness id": ("<p/>", '<p><app><lem wit="#malin">a</lem></app></p>'),
    "date as a day of month": ("<p/>", '<p><date when="---03">3rd</date></p>'),
    "date as a time": ("<p/>", '<p><date when="10:20:00">x</date></p>'),
    "time as a date": ("<p/>", '<p><time when="1956-11-03">x</time></p>'),
    "element of another module": ("<p/>", "<p><w>word</w></p>"),
    "verse drama element": ("<p/>", "<castList><castItem>A</castItem></castList>"),
}


def _outside(name: str) -> bytes:
    source, body = OUTSIDE[name]
    return MINIMAL.format(source=source, body=body).encode()


def _valid_probe_files() -> list[Path]:
    return sorted((PROBES / "valid").glob("*.xml"))


@pytest.fixture(scope="module")
def edition() -> etree.RelaxNG:
    return relaxng(SCHEMAS / "edition.rng")


@pytest.fixture(scope="module")
def converted() -> dict[str, bytes]:
    """Every raw document converted (without validation, so that the tests below decide)."""
    outputs = {}
    for path in all_raw_sources():
        result = convert_one(path, Options(validate=False))
        assert result.output is not None
        outputs[path.stem] = result.output
    return outputs


def test_the_project_rng_compiles_well_under_a_second() -> None:
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        etree.RelaxNG(etree.parse(str(SCHEMAS / "edition.rng")))
        timings.append(time.perf_counter() - start)
    assert min(timings) < 1.0, timings


def test_derived_schemas_are_up_to_date_with_the_odd(tei_all) -> None:
    if shutil.which("trang") is None:
        pytest.skip("trang is not installed (scripts/system-deps.sh installs it)")
    fresh = generate()
    assert sorted(fresh) == ["edition.rng", "edition.sch", "edition.xsd", "xml.xsd"]
    stale = [name for name, data in fresh.items() if (SCHEMAS / name).read_bytes() != data]
    assert not stale, f"{stale} are stale: run `tei schemas build` and commit the result"


def test_every_schematron_pattern_has_a_rule() -> None:
    sch = "{http://purl.oclc.org/dsdl/schematron}"
    patterns = list(etree.parse(str(SCHEMAS / "edition.sch")).iter(f"{sch}pattern"))
    guidelines = [p for p in patterns if p.get("id", "").startswith("TEI-")]
    assert len(guidelines) > 20
    empty = [p.get("id") for p in patterns if p.find(f"{sch}rule") is None]
    assert not empty, f"{empty} have no rules: run `tei schemas build`"


def test_a_rule_of_the_guidelines_fires_on_a_document_the_rng_accepts(edition) -> None:
    tree = etree.ElementTree(etree.fromstring(MINIMAL.format(
        source="<p/>", body='<p xml:id="a"><ref target="#a" cRef="I.1">x</ref></p>').encode()))
    assert edition.validate(tree), str(edition.error_log)[:300]
    assert [f.code for f in schematron("project").check(tree.getroot())] == ["TEI-ref-refAtts"]


def test_odd_and_rng_agree_on_every_element_and_value_list() -> None:
    custom = odd.load(SCHEMAS / "edition.odd")
    info = SchemaInfo(SCHEMAS / "edition.rng")
    assert set(info.by_element) == set(custom.elements)
    for (owner, attribute), values in custom.value_lists().items():
        described = info.attributes(owner)[attribute]
        assert described.startswith("one of: "), (owner, attribute, described)
        assert described[len("one of: "):].split(", ") == list(values), (owner, attribute)


def test_the_odd_is_itself_valid_tei(tei_all) -> None:
    assert tei_all.validate(etree.parse(str(SCHEMAS / "edition.odd"))), str(tei_all.error_log)[:500]


@pytest.mark.parametrize("stem", [p.stem for p in all_raw_sources()])
def test_converted_documents_are_valid_against_the_profile_and_tei_all(stem, converted, edition, tei_all) -> None:
    tree = etree.ElementTree(etree.fromstring(converted[stem]))
    assert edition.validate(tree), [f"{e.line}: {e.message}" for e in edition.error_log][:5]
    assert tei_all.validate(tree), [f"{e.line}: {e.message}" for e in tei_all.error_log][:5]
    assert validate_bytes(converted[stem], stem) == []


@pytest.mark.parametrize("path", _valid_probe_files(), ids=lambda p: p.stem)
def test_probe_documents_valid_in_the_profile_are_valid_in_tei_all(path: Path, edition, tei_all) -> None:
    tree = etree.parse(str(path))
    assert edition.validate(tree), str(edition.error_log)[:500]
    assert tei_all.validate(tree), str(tei_all.error_log)[:500]
    assert [f.code for f in schematron("tei_all").check(tree.getroot())] == []
    assert [f.code for f in schematron("project").check(tree.getroot())] == []


@pytest.mark.parametrize("name", sorted(OUTSIDE))
def test_documents_outside_the_profile_are_rejected_though_tei_all_accepts_them(name, edition, tei_all) -> None:
    tree = etree.ElementTree(etree.fromstring(_outside(name)))
    assert tei_all.validate(tree), str(tei_all.error_log)[:300]
    assert not edition.validate(tree)


@pytest.fixture(scope="module")
def xsd():
    from tei.validate import xsd_schema

    return xsd_schema()


def test_the_xsd_agrees_with_the_rng_on_the_probes(xsd) -> None:
    for path in _valid_probe_files():
        assert xsd.is_valid(etree.parse(str(path))), path.name
    for name in OUTSIDE:
        assert not xsd.is_valid(etree.ElementTree(etree.fromstring(_outside(name)))), name


def test_validation_with_the_xsd_reports_lines(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_bytes(_outside("note type outside the list"))
    found = validate_bytes(bad.read_bytes(), str(bad), settings=Settings(xsd=True, schematron=False))
    assert {d.code for d in found} == {"E-RNG-VALUE", "E-XSD"}
    assert all(d.location.line == 3 for d in found)
