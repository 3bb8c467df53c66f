"""Collation of declared witnesses (tests/data/collation: seed 003 as transcribed from the archive,
and a transcription with the published readings, a transposed word and a left-out sentence)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree

from tei.build.document import build_document
from tei.cli import main
from tei.collate.align import sites, tokenize
from tei.collate.apparatus import reading_tokens
from tei.edits.blocks import reading_blocks
from tei.lossless import check
from tei.readers import detect
from tei.source import read_source

DATA = Path(__file__).parent / "data" / "collation"
NS = {"t": "http://www.tei-c.org/ns/1.0"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    folder = tmp_path_factory.mktemp("collation")
    shutil.copytree(DATA, folder, dirs_exist_ok=True)
    assert main(["build", "--config", str(folder / "edition.toml"), "--quiet"]) == 0
    return folder, (folder / "build" / "tei" / "003_collated.xml").read_bytes()


def apps(data: bytes) -> list[tuple[str, str, str, str, str]]:
    root = etree.fromstring(data)
    return [(app.xpath("string(t:lem)", namespaces=NS), app.xpath("string(t:lem/@wit)", namespaces=NS),
             app.xpath("string(t:rdg)", namespaces=NS), app.xpath("string(t:rdg/@wit)", namespaces=NS),
             app.get("type", "")) for app in root.iter("{*}app")]


def test_every_difference_is_an_app_against_the_base(built: tuple[Path, bytes]) -> None:
    base, pub = "#wit-malin", "#wit-pub"
    assert apps(built[1]) == [
        ("verified information", base, "information verified", pub, "transposition"),
        ("ambassador-in", base, "ambassador—in", pub, ""),
        ("Nagy-that", base, "Nagy—that", pub, ""),
        ("Malnasan", base, "Malnasanu", pub, ""),
        ("The response has not yet been sent to Budapest.", base, "", pub, ""),
        ("Malnasan", base, "Malnasanu", pub, ""),
    ]


def test_witnesses_are_listed_and_the_apparatus_declared(built: tuple[Path, bytes]) -> None:
    root = etree.fromstring(built[1])
    assert root.xpath("//t:listWit/t:witness/@xml:id", namespaces=NS) == ["wit-malin", "wit-pub"]
    assert root.xpath("//t:variantEncoding/@method", namespaces=NS) == ["parallel-segmentation"]
    assert root.get("n") == "003_collated"


def test_nothing_of_the_base_witness_is_lost(built: tuple[Path, bytes]) -> None:
    source = read_source(built[0] / "witnesses" / "003_malin.txt")
    document = detect(source).read(source)
    assert check(source.text, document.dropped, etree.fromstring(built[1])) == []


def _text_of(root: etree._Element, witness: str) -> list[str]:
    """The reading text of one witness, rebuilt from the apparatus."""
    root = etree.fromstring(etree.tostring(root))
    for app in list(root.iter("{*}app")):
        chosen = next(child for child in app if f"#{witness}" in child.get("wit", "").split())
        previous, parent = app.getprevious(), app.getparent()
        text = "".join(chosen.itertext()) + (app.tail or "")
        if previous is not None:
            previous.tail = (previous.tail or "") + text
        else:
            parent.text = (parent.text or "") + text
        parent.remove(app)
    return [token.text for token in reading_tokens(reading_blocks(root.find(".//{*}body")))]


@pytest.mark.parametrize("witness,file", [("wit-malin", "003_malin.txt"), ("wit-pub", "003_published.txt")])
def test_each_witness_can_be_read_back_from_the_apparatus(built: tuple[Path, bytes], witness: str, file: str) -> None:
    source = read_source(built[0] / "witnesses" / file)
    body = build_document(detect(source).read(source)).find(".//{*}body")
    own = [token.text for token in reading_tokens(reading_blocks(body))]
    assert _text_of(etree.fromstring(built[1]), witness) == own


def test_collated_document_is_valid_and_as_golden(built: tuple[Path, bytes], tei_all, golden) -> None:
    assert tei_all.validate(etree.ElementTree(etree.fromstring(built[1]))), str(tei_all.error_log)[:500]
    golden(built[1], "tei/003_collated.xml")


CONFIG_PROBLEMS = {
    "one witness": ('base = "wit-malin"\n', ["wit-malin"], "needs two or more", 7),
    "base not a witness": ('base = "wit-x"\n', ["wit-malin", "wit-pub"], "not one of its witnesses", 7),
    "missing file": ('base = "wit-malin"\n', ["wit-malin", "wit-gone"], "no such file", 16),
}


@pytest.mark.parametrize("name", sorted(CONFIG_PROBLEMS))
def test_bad_collation_config_is_one_message_with_its_line(name: str, tmp_path: Path, capsys) -> None:
    base, witnesses, message, line = CONFIG_PROBLEMS[name]
    shutil.copytree(DATA / "witnesses", tmp_path / "witnesses")
    files = {"wit-malin": "003_malin.txt", "wit-pub": "003_published.txt", "wit-gone": "gone.txt"}
    tables = "".join(f'\n[[collation.witness]]\nid = "{ident}"\nsource = "witnesses/{files[ident]}"\nlabel = "L"\n'
                     for ident in witnesses)
    config = tmp_path / "edition.toml"
    config.write_text('[edition]\ntitle = "T"\n[sources]\npaths = []\nregisters = ""\n\n[[collation]]\n'
                      f'name = "c"\n{base}{tables}', encoding="utf-8")
    assert main(["build", "--config", str(config)]) == 1
    problems = [row for row in capsys.readouterr().err.splitlines() if "error[" in row]
    assert len(problems) == 1 and "E-COLLATE-CONFIG" in problems[0] and message in problems[0]
    assert f"edition.toml:{line}:" in problems[0]
    assert not (tmp_path / "build" / "tei" / "c.xml").exists()


ALIGNMENTS = [
    ("a b c d", "a c b d", [("b c", "c b", True)]),
    ("a b c d", "a b d", [("c", "", False)]),
    ("a b d", "a b c d", [("", "c", False)]),
    ("I saw him.", "I saw her.", [("him", "her", False)]),
    ("one two three", "one two three", []),
]


@pytest.mark.parametrize("base,witness,expected", ALIGNMENTS)
def test_alignment_sites(base: str, witness: str, expected: list[tuple[str, str, bool]]) -> None:
    tokens = tokenize(base)
    found = sites(tokens, [("w", tokenize(witness))])
    assert [(" ".join(t.text for t in tokens[s.start:s.end]), s.readings[0][1], s.transposition)
            for s in found] == expected


def test_witnesses_with_the_same_reading_share_it_and_agreement_is_recorded() -> None:
    base = tokenize("sending Cde. Malnasan to you")
    found = sites(base, [("hu", tokenize("sending Cde. Malnasanu to you")),
                         ("ru", tokenize("sending Cde. Malnasanu to you")),
                         ("copy", tokenize("sending Cde. Malnasan to you"))])
    assert [(s.readings, s.agreeing) for s in found] == [((("hu", "Malnasanu"), ("ru", "Malnasanu")), ("copy",))]


THREE = {
    "a.txt": "Minutes\n\nThe meeting opened at ten.\n\nZhukov spoke first. Then Molotov.\n",
    "b.txt": "Minutes\n\nUrgent. The meeting opened at ten sharp.\n\nZhukov spoke first. Then Molotov spoke.\n",
    "c.txt": "Minutes\n\nUrgent.\n\nThe meeting opened at ten.\n\nZhukov first spoke. Molotov.\n",
}


def test_three_witnesses_additions_and_shared_readings(tmp_path: Path, tei_all) -> None:
    for name, text in THREE.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    tables = "".join(f'[[collation.witness]]\nid = "wit-{name[0]}"\nsource = "{name}"\nlabel = "{name}"\n'
                     for name in THREE)
    (tmp_path / "edition.toml").write_text('[edition]\ntitle = "T"\n[sources]\npaths = []\nregisters = ""\n'
                                           f'[[collation]]\nname = "m"\nbase = "wit-a"\n{tables}', encoding="utf-8")
    assert main(["build", "--config", str(tmp_path / "edition.toml"), "--quiet"]) == 0
    data = (tmp_path / "build" / "tei" / "m.xml").read_bytes()
    body = data.decode().split("<body>")[1]
    assert '<p><app><lem wit="#wit-a"/><rdg wit="#wit-b #wit-c">Urgent. </rdg></app>The meeting' in body
    assert 'ten<app><lem wit="#wit-a #wit-c"/><rdg wit="#wit-b"> sharp</rdg></app>.' in body
    assert '<app type="transposition"><lem wit="#wit-a #wit-b">spoke first</lem><rdg wit="#wit-c">first spoke' in body
    assert '<app><lem wit="#wit-a #wit-b">Then</lem><rdg wit="#wit-c"/></app>' in body
    assert tei_all.validate(etree.ElementTree(etree.fromstring(data)))
    for witness in ("wit-a", "wit-b", "wit-c"):
        source = read_source(tmp_path / f"{witness[-1]}.txt")
        own = reading_tokens(reading_blocks(build_document(detect(source).read(source)).find(".//{*}body")))
        assert _text_of(etree.fromstring(data), witness) == [token.text for token in own]
