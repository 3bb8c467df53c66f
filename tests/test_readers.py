"""Readers: each export style is detected and read into the expected model (golden files)."""

from __future__ import annotations

import json
from dataclasses import asdict
from enum import Enum
from pathlib import Path

import pytest

from conftest import REGISTERS, SOURCES
from tei.model import Document
from tei.pipeline import Options, convert_one
from tei.readers import READERS, detect
from tei.source import read_source

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
