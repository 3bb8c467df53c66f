"""Shared fixtures: project paths, the optional ../shared folder, golden files, schemas."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest

from tei.paths import PROJECT_ROOT, reference_dir, shared_dir

SOURCES = PROJECT_ROOT / "sources"
#: The edition's registers: every conversion in the tests uses them, as `tei convert` does.
REGISTERS = SOURCES / "registers"
GOLDEN = Path(__file__).parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--accept", action="store_true", help="rewrite golden files from the current output")


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.glob("*.txt"))


def corpus_files() -> list[Path]:
    shared = shared_dir()
    if shared is None:
        return []
    return sorted((shared / "corpus" / "frus-dev").glob("*.txt"))


def all_raw_sources() -> list[Path]:
    """Every raw document the invariants run over: sources/ and, when present, frus-dev."""
    return source_files() + corpus_files()


@pytest.fixture(scope="session")
def shared() -> Path:
    folder = shared_dir()
    if folder is None:
        pytest.skip("../shared is not beside the checkout (seeds, corpus and reference schemas live there)")
    return folder


@pytest.fixture(scope="session")
def frus_dir(shared: Path) -> Path:
    folder = shared / "corpus" / "frus-dev"
    if not folder.is_dir():
        pytest.skip("../shared/corpus/frus-dev is missing")
    return folder


@pytest.fixture(scope="session")
def tei_all():
    """The official tei_all RELAX NG schema, compiled once for the whole test session."""
    folder = reference_dir()
    if folder is None:
        pytest.skip("official tei_all.rng not available (../shared/reference/tei)")
    from tei.validate import relaxng

    return relaxng(folder / "tei_all.rng")


VOLATILE = (
    (re.compile(rb'(<application ident="tei" version=")[^"]*(")'), rb"\1VERSION\2"),
)


def normalise_volatile(data: bytes) -> bytes:
    for pattern, replacement in VOLATILE:
        data = pattern.sub(replacement, data)
    return data


@pytest.fixture
def golden(request: pytest.FixtureRequest):
    """Compare bytes with a golden file; ``pytest --accept`` rewrites it instead."""
    accept = request.config.getoption("--accept")

    def compare(actual: bytes, relative: str) -> None:
        path = GOLDEN / relative
        actual = normalise_volatile(actual)
        if accept or not path.exists():
            if not accept:
                pytest.fail(f"golden file {relative} is missing; run pytest --accept and review the diff")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(actual)
            return
        expected = path.read_bytes()
        if actual != expected:
            diff = "\n".join(difflib.unified_diff(
                expected.decode("utf-8", "replace").splitlines(), actual.decode("utf-8", "replace").splitlines(),
                "golden/" + relative, "actual", lineterm="", n=2))
            pytest.fail(f"output differs from golden file {relative} (pytest --accept to update):\n{diff[:6000]}")

    return compare
