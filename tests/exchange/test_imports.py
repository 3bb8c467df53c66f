"""Third-party TEI in: bad input with file and line (the build goes on), unknown elements kept and
listed once, the nothing-lost check of a mapping, exactly this run's documents published."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from pathlib import Path

import pytest
from lxml import etree

from tei.cli import main
from tei.imports.lossless import check
from tei.xml import parse_file, tei

from .conftest import FRUS, SOURCES

D103 = FRUS / "frus1955-57v25_d103.xml"
TABLE = """
[[sources.tei]]
convention = "{convention}"
paths = [{paths}]
params = {{ terms = "sources/frus/frus1955-57v25_terms.xml" }}
"""


def make(root: Path, tables: list[tuple[str, list[str]]]) -> Path:
    (root / "sources" / "frus").mkdir(parents=True)
    shutil.copy(FRUS / "frus1955-57v25_terms.xml", root / "sources" / "frus")
    shutil.copytree(SOURCES / "registers", root / "sources" / "registers")
    config = '[edition]\ntitle = "T"\n\n[sources]\npaths = []\nregisters = "sources/registers"\n'
    for convention, paths in tables:
        config += TABLE.format(convention=convention, paths=", ".join(f'"{p}"' for p in paths))
    config += '\n[output]\ndir = "build"\nformats = ["tei"]\n'
    (root / "edition.toml").write_text(config, encoding="utf-8")
    return root / "edition.toml"


def build(config: Path) -> tuple[int, list[dict]]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        status = main(["build", "--config", str(config), "--format", "json"])
    return status, json.loads(out.getvalue() or "[]")


BAD = [
    ("broken.xml", b'<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><body><p>open</body></text>\n</TEI>\n',
     "E-XML-SYNTAX", 2),
    ("html.xml", b"<html>\n<body><p>not TEI</p></body>\n</html>\n", "E-IMPORT-NOT-TEI", 1),
    ("doctype.xml", b'<!DOCTYPE TEI SYSTEM "http://example.org/x.dtd">\n<TEI/>\n', "E-XML-DOCTYPE", 1),
]


@pytest.mark.parametrize(("name", "data", "code", "line"), BAD)
def test_bad_third_party_file_is_reported_and_the_others_are_built(tmp_path: Path, name: str, data: bytes,
                                                                     code: str, line: int) -> None:
    config = make(tmp_path, [("frus", ["sources/frus/*.xml"])])
    shutil.copy(D103, tmp_path / "sources" / "frus")
    (tmp_path / "sources" / "frus" / name).write_bytes(data)
    status, diagnostics = build(config)
    assert status == 1
    found = [d for d in diagnostics if d["code"] == code]
    assert len(found) == 1 and found[0]["location"]["path"].endswith(name) and found[0]["location"]["line"] == line
    assert sorted(p.name for p in (tmp_path / "build" / "tei").iterdir()) == ["frus1955-57v25_d103.xml"]


def test_a_convention_without_mapping_names_the_config_line(tmp_path: Path) -> None:
    config = make(tmp_path, [("frus", ["sources/frus/d103.xml"]), ("dracor", ["sources/frus/d103.xml"])])
    shutil.copy(D103, tmp_path / "sources" / "frus" / "d103.xml")
    status, diagnostics = build(config)
    problem = next(d for d in diagnostics if d["code"] == "E-IMPORT-CONVENTION")
    assert status == 1 and problem["location"]["path"].endswith("edition.toml")
    assert config.read_text(encoding="utf-8").split("\n")[problem["location"]["line"] - 1] == "[[sources.tei]]"
    assert (tmp_path / "build" / "tei" / "d103.xml").is_file()


def test_unknown_elements_are_kept_and_listed_once(tmp_path: Path) -> None:
    config = make(tmp_path, [("frus", ["sources/frus/*.xml"])])
    text = D103.read_text(encoding="utf-8")
    for number in (1, 2):
        changed = text.replace("Unnumbered.", f'<frus:stamp>Unnumbered</frus:stamp>. <said>Said {number}</said>', 1)
        (tmp_path / "sources" / "frus" / f"d{number}.xml").write_text(changed, encoding="utf-8")
    status, diagnostics = build(config)
    assert status == 0, [d for d in diagnostics if d["level"] == "error"]
    listed = [d for d in diagnostics if d["code"] == "W-IMPORT-UNMAPPED"]
    assert sorted(d["message"].split(">")[0] for d in listed) == ["element <frus:stamp", "element <said"]
    assert all("2 places in 2 files" in d["message"] and d["location"]["line"] > 0 for d in listed), [d["message"][-60:] for d in listed]
    root = parse_file(tmp_path / "build" / "tei" / "d1.xml").getroot()
    assert root.find(f".//{tei('seg')}[@type='frus-stamp']").text == "Unnumbered"
    assert root.find(f".//{tei('said')}").text == "Said 1"


FOREIGN = [
    ("<p>Unnumbered.", '<frus:box><head>Box</head><p>First paragraph.</p>Loose <hi>words</hi></frus:box>'
                       '<frus:stamp>Stamped <hi>text</hi></frus:stamp>'
                       '<p>Unnumbered. <frus:insert><p>Inner paragraph</p> and more</frus:insert>'),
    ("<closer>", '<frus:attachment><head>Attachment</head><p>Attached paragraph.</p>Loose words'
                  '</frus:attachment><closer>'),
]


def test_unknown_elements_are_kept_in_containers_their_place_allows(tmp_path: Path, tei_all) -> None:
    """Body-level content of an unknown element stays body-level (a div where a division may stand),
    other content where paragraphs stand goes into an ab, paragraphs inside a paragraph's unknown element
    become segs (and its paragraphs abs inside an ab): the document stays valid, each element is listed once."""
    config = make(tmp_path, [("frus", ["sources/frus/*.xml"])])
    text = D103.read_text(encoding="utf-8")
    for before, after in FOREIGN:
        assert text.count(before) == 1
        text = text.replace(before, after)
    (tmp_path / "sources" / "frus" / "d1.xml").write_text(text, encoding="utf-8")
    status, diagnostics = build(config)
    assert status == 0, [d for d in diagnostics if d["level"] == "error"]
    listed = sorted(d["message"].split(">")[0] for d in diagnostics if d["code"] == "W-IMPORT-UNMAPPED")
    assert listed == ["element <frus:attachment", "element <frus:box", "element <frus:insert", "element <frus:stamp"]
    tree = parse_file(tmp_path / "build" / "tei" / "d1.xml")
    assert tei_all.validate(tree), tei_all.error_log.last_error
    root = tree.getroot()

    def shape(node: etree._Element) -> list[tuple[str, str]]:
        return [(etree.QName(child).localname, " ".join("".join(child.itertext()).split())) for child in node]

    attachment = root.find(f".//{tei('div')}[@subtype='frus-attachment']")
    assert attachment.get("type") == "section"
    assert shape(attachment) == [("head", "Attachment"), ("p", "Attached paragraph."), ("ab", "Loose words")]
    assert shape(root.find(f".//{tei('ab')}[@type='frus-box']")) == [
        ("ab", "Box"), ("ab", "First paragraph."), ("hi", "words")]
    assert "".join(root.find(f".//{tei('ab')}[@type='frus-stamp']").itertext()) == "Stamped text"
    insert = root.find(f".//{tei('p')}/{tei('seg')}[@type='frus-insert']")
    assert insert.find(tei("seg")).get("type") == "p" and "".join(insert.itertext()) == "Inner paragraph and more"
    assert "Unnumbered. Inner paragraph and more Legation" in " ".join("".join(insert.getparent().itertext()).split())


@pytest.mark.parametrize("value", ["1956-02-30", "soon after"])
def test_a_date_that_is_not_a_date_is_reported_and_kept_as_text(tmp_path: Path, value: str) -> None:
    config = make(tmp_path, [("frus", ["sources/frus/*.xml"])])
    text = D103.read_text(encoding="utf-8")
    assert text.count('when="1956-10-24T15:00:00+01:00"') == 1
    (tmp_path / "sources" / "frus" / "d1.xml").write_text(text.replace('when="1956-10-24T15:00:00+01:00"',
                                                                       f'when="{value}"'), encoding="utf-8")
    status, diagnostics = build(config)
    assert status == 0, [d for d in diagnostics if d["level"] == "error"]
    reported = [d for d in diagnostics if d["code"] == "W-IMPORT-DATE"]
    assert len(reported) == 1 and f"“{value}”" in reported[0]["message"], reported
    assert reported[0]["location"]["path"].endswith("d1.xml") and reported[0]["location"]["line"] > 0
    root = parse_file(tmp_path / "build" / "tei" / "d1.xml").getroot()
    assert value not in etree.tostring(root, encoding="unicode")
    dateline = root.find(f".//{tei('dateline')}")
    assert "October 24, 1956—3 p.m." in " ".join("".join(dateline.itertext()).split()), "the words stay"
    creation = root.find(f".//{tei('creation')}/{tei('date')}")
    assert creation.get("notBefore") == "1956-10-24T09:00:00-05:00", "the bounds FRUS gives take its place"


def test_conformance_of_unchanged_files_is_checked_once_across_builds(tmp_path: Path, monkeypatch, tei_all) -> None:
    from tei.imports import report

    checked: list[str] = []

    def counting(tree, locator, settings):
        checked.append(locator.shown.rsplit("/", 1)[-1])
        return check_tree(tree, locator, settings)

    check_tree = report.check_tree
    monkeypatch.setattr(report, "check_tree", counting)
    config = make(tmp_path, [("frus", ["sources/frus/d*.xml"])])
    for stem in ("d103", "d104"):
        shutil.copy(FRUS / f"frus1955-57v25_{stem}.xml", tmp_path / "sources" / "frus" / f"{stem}.xml")

    def conformance() -> list[dict]:
        status, diagnostics = build(config)
        assert status == 0
        return [d for d in diagnostics if d["code"] == "W-IMPORT-CONFORMANCE"]

    first = conformance()
    assert sorted(checked) == ["d103.xml", "d104.xml"] and first
    assert conformance() == first and len(checked) == 2, "unchanged files: the last build's findings"
    changed = tmp_path / "sources" / "frus" / "d104.xml"
    changed.write_text(changed.read_text(encoding="utf-8").replace("<div ", '<div frus:extra="1" ', 1), encoding="utf-8")
    again = conformance()
    assert checked[2:] == ["d104.xml"], "a changed file is checked again"
    assert len(again) > len(first) and any("frus:extra" in d["message"] for d in again)


def refs(root: etree._Element) -> list[tuple[str, str | None]]:
    return [(" ".join("".join(name.itertext()).split()), name.get("ref")) for name in root.iter(tei("persName"))
            if name.getparent().tag != tei("person")]


def test_corrections_of_frus_tagging_are_applied_and_recorded(tmp_path: Path) -> None:
    """d108's Meeker (the legation's, not the Department's legal adviser) and d109's Herbert Hoover (the
    father, not the Under Secretary): unlinked from the sidecars (the register has no entry for them, and
    name recognition does not link them again), the FRUS files untouched."""
    config = make(tmp_path, [("frus", ["sources/frus/frus1955-57v25_d*.xml"])])
    for stem in ("d108", "d109"):
        for name in (f"frus1955-57v25_{stem}.xml", f"frus1955-57v25_{stem}.corrections.toml"):
            shutil.copy(FRUS / name, tmp_path / "sources" / "frus")
    status, diagnostics = build(config)
    assert status == 0, [d for d in diagnostics if d["level"] == "error"]
    assert not [d for d in diagnostics if "CORRECTION" in d["code"]]
    d108 = parse_file(tmp_path / "build" / "tei" / "frus1955-57v25_d108.xml").getroot()
    assert [ref for name, ref in refs(d108) if name == "Meeker"] == [None] * 3
    assert d108.find(f".//{tei('person')}[@{{http://www.w3.org/XML/1998/namespace}}id='meeker']") is None
    d109 = parse_file(tmp_path / "build" / "tei" / "frus1955-57v25_d109.xml").getroot()
    hoovers = [item for item in refs(d109) if "Hoover" in item[0]]
    assert hoovers == [("Hoover", "#hoover"), ("Herbert Hoover, Jr.", "#hoover"), ("Herbert Hoover", None),
                       ("Herbert Hoover", None), ("Hoover", None)]
    recorded = [" ".join("".join(p.itertext()).split()) for p in d109.iterfind(f".//{tei('correction')}/{tei('p')}")]
    assert len(recorded) == 2 and all("corrected on import (frus1955-57v25_d109.corrections.toml)" in r for r in recorded)
    assert "is the former President" in recorded[0] and "@corresp removed" in recorded[0]
    for stem in ("d108", "d109"):
        name = f"frus1955-57v25_{stem}.xml"
        assert (tmp_path / "sources" / "frus" / name).read_bytes() == (FRUS / name).read_bytes()


def test_a_correction_may_name_the_register_entry(tmp_path: Path) -> None:
    config = make(tmp_path, [("frus", ["sources/frus/*.xml"])])
    shutil.copy(FRUS / "frus1955-57v25_d108.xml", tmp_path / "sources" / "frus" / "d108.xml")
    (tmp_path / "sources" / "frus" / "d108.corrections.toml").write_text(
        '[[correction]]\ntext = "Meeker"\nset = { ref = "#barnes" }\nremove = ["corresp"]\nreason = "r"\n',
        encoding="utf-8")
    status, diagnostics = build(config)
    assert status == 0, [d for d in diagnostics if d["level"] == "error"]
    root = parse_file(tmp_path / "build" / "tei" / "d108.xml").getroot()
    assert [ref for name, ref in refs(root) if name == "Meeker"] == ["#barnes"] * 3


SIDECARS = [
    ('[[correction]]\ntext = "Meeker"\ncount = 2\nremove = ["corresp"]\nreason = "r"\n', "W-IMPORT-CORRECTION", 0),
    ('[[correction]]\ntext = "Nobody"\nremove = ["corresp"]\nreason = "r"\n', "W-IMPORT-CORRECTION", 0),
    ('\n[[correction]]\ntext = "Meeker"\nremove = ["corresp"]\nwhy = "r"\n', "E-IMPORT-CORRECTION", 1),
]


@pytest.mark.parametrize(("sidecar", "code", "status"), SIDECARS)
def test_a_correction_that_does_not_apply_is_reported_at_its_line(tmp_path: Path, sidecar: str, code: str,
                                                                  status: int) -> None:
    config = make(tmp_path, [("frus", ["sources/frus/*.xml"])])
    shutil.copy(FRUS / "frus1955-57v25_d108.xml", tmp_path / "sources" / "frus" / "d108.xml")
    (tmp_path / "sources" / "frus" / "d108.corrections.toml").write_text(sidecar, encoding="utf-8")
    found_status, diagnostics = build(config)
    problems = [d for d in diagnostics if d["code"] == code]
    assert found_status == status and len(problems) == 1, problems
    assert problems[0]["location"]["path"].endswith("d108.corrections.toml")
    assert problems[0]["location"]["line"] == sidecar.split("\n").index("[[correction]]") + 1
    if status == 0:
        root = parse_file(tmp_path / "build" / "tei" / "d108.xml").getroot()
        assert root.find(f".//{tei('correction')}") is None, "not applied, not recorded"


def test_a_ready_made_tei_document_is_published_as_it_is(tmp_path: Path) -> None:
    ready = Path(__file__).parents[1] / "data" / "web" / "fixture_presidium.xml"
    config = make(tmp_path, [("tei", ["ready"])])
    (tmp_path / "ready").mkdir()
    shutil.copy(ready, tmp_path / "ready")
    status, _ = build(config)
    assert status == 0 and (tmp_path / "build" / "tei" / ready.name).read_bytes() == ready.read_bytes()


def test_only_this_runs_documents_are_published(tmp_path: Path) -> None:
    config = make(tmp_path, [("frus", ["sources/frus/d*.xml"])])
    for stem in ("d103", "d104"):
        shutil.copy(FRUS / f"frus1955-57v25_{stem}.xml", tmp_path / "sources" / "frus" / f"{stem}.xml")
    assert build(config)[0] == 0
    (tmp_path / "sources" / "frus" / "d104.xml").unlink()
    (tmp_path / "build" / "tei" / "leftover.xml").write_text("<TEI/>", encoding="utf-8")
    assert build(config)[0] == 0
    assert sorted(p.name for p in (tmp_path / "build" / "tei").iterdir()) == ["d103.xml"]


def tree(body: str) -> etree._Element:
    return etree.fromstring(f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>{body}</body></text></TEI>')


LOSSLESS = [
    ("<p>bring <pb n='2'/>this offer</p>", "<p>bring this offer</p>", []),
    ("<p>Hun<pb/>gary</p>", "<p>Hungary</p>", []),
    ("<p>the <gloss>NSC</gloss>s met</p>", "<p>the <choice><abbr>NSC</abbr><expan>National Security Council"
     "</expan></choice>s met</p>", []),
    ("<p>one two three</p><p>four five</p>", "<p>one two three</p>", ["missing"]),
    ("<p>alpha beta</p><p>gamma delta</p>", "<p>gamma delta</p><p>alpha beta</p>", ["order"]),
    ("<p>kept <expan>added by the source's editors</expan></p>", "<p>kept</p>", []),
]


@pytest.mark.parametrize(("source", "mapped", "kinds"), LOSSLESS)
def test_nothing_lost_in_a_mapping(source: str, mapped: str, kinds: list[str]) -> None:
    assert [loss.kind for loss in check(tree(source), tree(mapped))] == kinds


def test_frus_mapping_output_is_as_reviewed(tmp_path: Path, golden) -> None:
    """The declared FRUS mapping, end to end (hardened read, XSLT, transforms): a golden file.
    d109 has a source note in the head, gloss abbreviations, a numbered list with labels, a block
    quotation, a reference to another document of the volume and a signed closer; its corrections
    sidecar unlinks the father's name from the son's entry."""
    config = make(tmp_path, [("frus", ["sources/frus/frus1955-57v25_d109.xml"])])
    for name in ("frus1955-57v25_d109.xml", "frus1955-57v25_d109.corrections.toml"):
        shutil.copy(FRUS / name, tmp_path / "sources" / "frus")
    status, diagnostics = build(config)
    assert status == 0, diagnostics
    golden((tmp_path / "build" / "tei" / "frus1955-57v25_d109.xml").read_bytes(), "import/frus1955-57v25_d109.xml")
