"""Readers: each export style is detected and read into the expected model (golden files)."""

from __future__ import annotations

import json
from dataclasses import asdict
from enum import Enum
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from conftest import REGISTERS, SOURCES
from tei.errors import SourceError
from tei.model import Document
from tei.pipeline import Options, convert_one
from tei.readers import READERS, detect
from tei.source import Source, read_source

DATA = Path(__file__).parent / "data"

LOCAL_CASES = [
    (SOURCES / "000_6d5469bca201ffe6.txt", "archive-web"),
    (SOURCES / "003_d9aa3093ddf865fe.txt", "archive-markdown"),
    (DATA / "generic" / "minutes.txt", "generic"),
]
FRUS_CASES = ["frus1955-57v25_d103", "frus1955-57v25_d107", "frus1955-57v25_d111"]


def model_json(document: Document) -> bytes:
    def plain(value):
        if isinstance(value, Enum):
            return value.value
        raise TypeError(type(value))

    data = asdict(document)
    data["path"] = Path(data["path"]).name
    return (json.dumps(data, default=plain, ensure_ascii=False, indent=1) + "\n").encode()


def _read(path: Path) -> tuple[str, Document]:
    source = read_source(path)
    reader = detect(source)
    return reader.name, reader.read(source)


@pytest.mark.parametrize("path,expected", LOCAL_CASES, ids=lambda value: getattr(value, "name", value))
def test_local_sources_read_as_golden(path: Path, expected: str, golden) -> None:
    name, document = _read(path)
    assert name == expected
    golden(model_json(document), f"readers/{path.stem}.json")
    result = convert_one(path, Options(validate=False, registers=REGISTERS))
    assert result.output is not None, [d.format() for d in result.diagnostics]
    golden(result.output, f"tei/{path.stem}.xml")


@pytest.mark.parametrize("stem", FRUS_CASES)
def test_frus_plain_exports_read_as_golden(stem: str, frus_dir: Path, golden) -> None:
    path = frus_dir / f"{stem}.txt"
    name, document = _read(path)
    assert name == "plain-export"
    golden(model_json(document), f"readers/{stem}.json")
    result = convert_one(path, Options(validate=False, registers=REGISTERS))
    assert result.output is not None
    golden(result.output, f"tei/{stem}.xml")


def test_every_frus_text_is_detected_as_plain_export(frus_dir: Path) -> None:
    for path in sorted(frus_dir.glob("*.txt")):
        assert _read(path)[0] == "plain-export", path.name


def test_reader_override_is_honoured() -> None:
    path = SOURCES / "003_d9aa3093ddf865fe.txt"
    result = convert_one(path, Options(reader="generic", validate=False, registers=REGISTERS))
    assert result.reader == "generic"
    assert result.output is not None


def test_registry_names_every_reader() -> None:
    assert set(READERS) == {"archive-web", "archive-markdown", "plain-export", "generic"}


GENERIC_DATES = {
    "a date line": ("Minutes of the board\n\nBudapest, November 3, 1956\n\nThe board met.\n", "1956-11-03"),
    "a date label": ("Minutes of the board\n\nDate: 3 November 1956\n\nThe board met.\n", "1956-11-03"),
    "a dated title": ("Minutes of the board, 3 November 1956\n\nThe board met.\n", "1956-11-03"),
    "no date": ("Minutes of the board\n\nThe board met.\n", None),
    "an impossible date": ("Minutes of the board\n\nBudapest, February 30, 1956\n\nThe board met.\n", None),
}


@pytest.mark.parametrize("case", sorted(GENERIC_DATES))
def test_generic_reader_dates_the_document_when_the_text_does(case: str, tmp_path: Path) -> None:
    text, expected = GENERIC_DATES[case]
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    document = READERS["generic"].read(read_source(path))
    assert (document.header.date_value.when if document.header.date_value else None) == expected
    result = convert_one(path, Options(reader="generic", validate=False, registers=REGISTERS))
    assert result.output is not None, [d.format() for d in result.diagnostics]
    creation = etree.fromstring(result.output).find(".//{*}profileDesc/{*}creation/{*}date")
    assert creation.get("when") == expected


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from([
    "\n", "\n\n", " ", "    ", "(1)", "(2)", "Notes", "Date:", "Budapest,", "November 3, 1956", "February 30, 1956",
    "3/XIII/56", "2 Nov.", "Zhukov—", "Nagy:", "I. ", ". . . .", "MEMBERS", "word", "Word.", "(", ")", "—",
]), max_size=40))
def test_generic_reader_never_crashes(fragments: list[str]) -> None:
    try:
        document = READERS["generic"].read(Source("any.txt", "".join(fragments)))
    except SourceError as exc:
        assert exc.diagnostic.code == "E-SRC-NOBODY"
        return
    assert document.body


def test_plain_export_with_an_impossible_date_converts_with_a_warning(frus_dir: Path, tmp_path: Path) -> None:
    original = (frus_dir / "frus1955-57v25_d103.txt").read_text(encoding="utf-8")
    assert "Budapest, October 24, 1956" in original
    path = tmp_path / "d103-perturbed.txt"
    path.write_text(original.replace("October 24, 1956", "February 30, 1956", 1), encoding="utf-8")
    result = convert_one(path, Options(validate=False, registers=REGISTERS))
    assert result.reader == "plain-export"
    assert result.output is not None, [d.format() for d in result.diagnostics]
    warnings = [d for d in result.diagnostics if d.code == "W-DATE-INVALID"]
    assert len(warnings) == 1 and warnings[0].location.line == 2, [d.format() for d in result.diagnostics]
    assert "February 1956 has no day 30" in warnings[0].message
    root = etree.fromstring(result.output)
    dateline = root.find(".//{*}body//{*}dateline")
    assert dateline is not None and "February 30, 1956" in "".join(dateline.itertext())
    assert dateline.find("{*}date").get("when") is None
    assert root.find(".//{*}profileDesc/{*}creation/{*}date").get("when") is None


@pytest.mark.parametrize("seed, written, line", [
    ("003_d9aa3093ddf865fe.txt", "**November 3, 1956**", 3),
    ("000_6d5469bca201ffe6.txt", "November 27, 1956", 5),
])
def test_header_date_line_with_an_impossible_date_stays_the_date_line(
        seed: str, written: str, line: int, tmp_path: Path) -> None:
    original = (SOURCES / seed).read_text(encoding="utf-8")
    assert original.split("\n")[line - 1].strip() == written
    path = tmp_path / seed
    path.write_text(original.replace(written, written.replace(written.strip("*"), "November 31, 1956"), 1),
                    encoding="utf-8")
    result = convert_one(path, Options(validate=False, registers=REGISTERS))
    assert result.reader == detect(read_source(SOURCES / seed)).name
    assert result.output is not None, [d.format() for d in result.diagnostics]
    [problem] = [d for d in result.diagnostics if d.code == "W-DATE-INVALID"]
    assert problem.location.line == line and "left undated" in problem.message
    header = etree.fromstring(result.output).find("{*}teiHeader")
    creation = header.find(".//{*}creation/{*}date")
    assert creation.text == "November 31, 1956" and creation.get("when") is None, "not the citation's date"
    assert "November 31" not in "".join(header.find(".//{*}titleStmt/{*}title").itertext())
    abstract = header.find(".//{*}abstract")
    assert abstract is None or "November 31" not in "".join(abstract.itertext())
