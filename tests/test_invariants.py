"""Invariants over every raw document in sources/ and ../shared/corpus/frus-dev:
nothing lost, valid against official tei_all, deterministic."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from conftest import REGISTERS, all_raw_sources
from tei.lossless import check
from tei.pipeline import Options, convert_one
from tei.readers import detect
from tei.build.document import build_document
from tei.source import read_source

DOCUMENTS = all_raw_sources()
IDS = [path.stem for path in DOCUMENTS]


@pytest.fixture(scope="module")
def converted() -> dict[Path, bytes]:
    outputs = {}
    for path in DOCUMENTS:
        result = convert_one(path, Options(validate=False, registers=REGISTERS))
        assert result.output is not None, [d.format() for d in result.diagnostics]
        outputs[path] = result.output
    return outputs


@pytest.mark.parametrize("path", DOCUMENTS, ids=IDS)
def test_nothing_lost(path: Path, converted: dict[Path, bytes]) -> None:
    source = read_source(path)
    document = detect(source).read(source)
    root = etree.fromstring(converted[path])
    assert check(source.text, document.dropped, root) == []
    assert {item.reason for item in document.dropped} <= {"furniture", "label"}


@pytest.mark.parametrize("path", DOCUMENTS, ids=IDS)
def test_valid_against_official_tei_all(path: Path, converted: dict[Path, bytes], tei_all) -> None:
    tree = etree.ElementTree(etree.fromstring(converted[path]))
    assert tei_all.validate(tree), [f"{e.line}: {e.message}" for e in tei_all.error_log][:5]


@pytest.mark.parametrize("path", DOCUMENTS, ids=IDS)
def test_same_input_gives_identical_bytes(path: Path, converted: dict[Path, bytes]) -> None:
    assert convert_one(path, Options(validate=False, registers=REGISTERS)).output == converted[path]


def test_the_check_notices_a_lost_word() -> None:
    path = DOCUMENTS[0]
    source = read_source(path)
    document = detect(source).read(source)
    root = build_document(document)
    paragraph = root.find(".//{*}body//{*}p")
    paragraph.text = paragraph.text.replace("advisable", "", 1)
    losses = check(source.text, document.dropped, root)
    assert [loss.kind for loss in losses] == ["missing"]
    assert "advisable" in losses[0].text


def test_the_check_notices_reordered_paragraphs() -> None:
    path = DOCUMENTS[1]
    source = read_source(path)
    document = detect(source).read(source)
    root = build_document(document)
    division = root.find(".//{*}body/{*}div")
    paragraphs = division.findall("{*}p")
    paragraphs[2].addprevious(paragraphs[-1])
    assert "order" in [loss.kind for loss in check(source.text, document.dropped, root)]


def test_editorial_additions_do_not_count_as_source_text() -> None:
    path = DOCUMENTS[0]
    source = read_source(path)
    document = detect(source).read(source)
    root = build_document(document)
    paragraph = root.find(".//{*}body//{*}p")
    word = "advisable"
    paragraph.text = paragraph.text.replace(word, "", 1)
    supplied = etree.SubElement(paragraph, "{http://www.tei-c.org/ns/1.0}supplied")
    supplied.text = word
    assert check(source.text, document.dropped, root) != []


def _converted(tmp_path: Path, text: str) -> tuple[str, etree._Element]:
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    result = convert_one(path, Options(validate=False, registers=REGISTERS))
    assert result.output is not None, [d.format() for d in result.diagnostics]
    return text, etree.fromstring(result.output)


def _without(root: etree._Element, words: str) -> None:
    """Remove the body paragraph that holds ``words`` (the loss the check must notice)."""
    paragraph = next(p for p in root.iter("{*}p") if words in "".join(p.itertext()))
    paragraph.getparent().remove(paragraph)


def test_a_register_entry_cannot_stand_in_for_a_lost_line(tmp_path: Path) -> None:
    described = "Capital of Hungary"
    text, root = _converted(tmp_path, f"Minutes\n\nThe board met in Budapest.\n\n{described}\n\nThe meeting closed.\n")
    assert described in "".join(root.find("{*}standOff").itertext())
    _without(root, described)
    losses = check(text, (), root)
    assert [(loss.line, loss.kind) for loss in losses] == [(5, "missing")]


def test_an_editors_end_note_cannot_stand_in_for_a_lost_line(tmp_path: Path) -> None:
    lost = "The archivist read the report aloud"
    text, root = _converted(tmp_path, f"Minutes\n\nThe board met.\n\n{lost}.\n\nThe meeting closed.\n")
    _without(root, lost)
    division = etree.SubElement(etree.SubElement(root.find("{*}text"), "{*}back"), "{*}div", type="notes")
    justification = etree.SubElement(division, "{http://www.tei-c.org/ns/1.0}note", type="editorial", place="end",
                                     target="#x")
    justification.text = f"{lost}."
    assert [(loss.line, loss.kind) for loss in check(text, (), root)] == [(5, "missing")]



def test_inline_markup_inside_a_note_does_not_split_its_words(tmp_path: Path) -> None:
    text = "Minutes\n\nThe board met.(1)\n\n(1) Reported by telegram.\n"
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    source = read_source(path)
    document = detect(source).read(source)
    root = build_document(document)
    note = root.find(".//{*}note[@n='1']")
    assert note.text == "Reported by telegram."
    note.text = "Repor"
    etree.SubElement(note, "{http://www.tei-c.org/ns/1.0}hi").text = "ted"
    note[0].tail = " by telegram."
    assert check(source.text, document.dropped, root) == []
