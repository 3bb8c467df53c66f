"""Property-based: perturbed raw texts never crash the converter.

The raw texts are the seeds and, when ../shared is present, the FRUS plain
exports; they are converted with the edition's registers, so that register
entries are in the output and the nothing-lost check must look past them.
For each perturbation (blocks shuffled or missing, labels absent, stray or
duplicated markers, CRLF, a BOM, tabs, very long lines, combining characters,
right-to-left text) the result is either tei_all-valid TEI that loses nothing
or a clean diagnostic — never an exception.
"""

from __future__ import annotations

import random
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from conftest import REGISTERS, all_raw_sources
from tei.diagnostics import Level
from tei.lossless import check
from tei.pipeline import Options, convert_one
from tei.readers import detect
from tei.source import decode_source

SEEDS = [path.read_text(encoding="utf-8") for path in all_raw_sources()]


def _blocks(text: str) -> list[str]:
    return text.split("\n\n")


def shuffle_blocks(text: str, rng: random.Random) -> str:
    blocks = _blocks(text)
    rng.shuffle(blocks)
    return "\n\n".join(blocks)


def drop_block(text: str, rng: random.Random) -> str:
    blocks = _blocks(text)
    if len(blocks) > 1:
        blocks.pop(rng.randrange(len(blocks)))
    return "\n\n".join(blocks)


def remove_labels(text: str, rng: random.Random) -> str:
    for label in ("**Citation:**", "**Summary:**", "Translator Notes", "**Credits:**", "get citation", "Citation:",
                  "\nNotes\n"):
        if rng.random() < 0.5:
            text = text.replace(label, "")
    return text


def stray_markers(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    for _ in range(3):
        index = rng.randrange(len(words))
        words[index] += f"({rng.randint(1, 12)})"
    return " ".join(words)


def crlf(text: str, rng: random.Random) -> str:
    return text.replace("\n", "\r\n")


def bom(text: str, rng: random.Random) -> str:
    return "\ufeff" + text


def tabs(text: str, rng: random.Random) -> str:
    return text.replace("    ", "\t").replace(" ", "\t", 5)


def long_line(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    index = rng.randrange(len(lines))
    lines[index] = lines[index] + (" lorem" * 5000)
    return "\n".join(lines)


def combining(text: str, rng: random.Random) -> str:
    return unicodedata.normalize("NFD", text.replace("a", "a\u0301", 5))


def right_to_left(text: str, rng: random.Random) -> str:
    return text.replace("Budapest", "بودابست \u200fBudapest", 2) + "\n\nשלום עולם, פסקה בעברית.\n"


PERTURBATIONS = [shuffle_blocks, drop_block, remove_labels, stray_markers, crlf, bom, tabs, long_line,
                 combining, right_to_left]


@pytest.fixture(scope="module")
def schema(tei_all):
    return tei_all


def test_the_property_runs_over_frus_exports_with_registers(frus_dir) -> None:
    assert len(SEEDS) >= 12 + 2, "the FRUS plain exports are among the perturbed texts"
    assert {path.name for path in REGISTERS.glob("*.xml")} >= {"persons.xml", "places.xml", "orgs.xml"}


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    seed_index=st.integers(min_value=0, max_value=max(len(SEEDS) - 1, 0)),
    chosen=st.lists(st.sampled_from(PERTURBATIONS), min_size=1, max_size=3),
    salt=st.integers(min_value=0, max_value=10_000),
)
def test_perturbed_source_gives_valid_lossless_tei_or_a_clean_diagnostic(
    seed_index: int, chosen, salt: int, tmp_path_factory, schema
) -> None:
    rng = random.Random(salt)
    text = SEEDS[seed_index]
    for perturb in chosen:
        text = perturb(text, rng)
    path = tmp_path_factory.mktemp("perturbed") / "perturbed.txt"
    path.write_bytes(text.encode("utf-8"))
    result = convert_one(path, Options(validate=False, registers=REGISTERS))
    if result.output is None:
        errors = [d for d in result.diagnostics if d.level >= Level.ERROR]
        assert errors and all(d.code.startswith("E-SRC") for d in errors), [d.format() for d in errors]
        return
    root = etree.fromstring(result.output)
    assert schema.validate(etree.ElementTree(root)), [e.message for e in schema.error_log][:3]
    source = decode_source(path.read_bytes(), str(path))
    document = detect(source).read(source)
    assert check(source.text, document.dropped, root) == []
