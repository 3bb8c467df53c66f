"""tei suggest: notes that describe a misspelling, a variant reading or an omission give
ready-to-paste sidecar entries (the seeds' two cases, and invented notes)."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path

import pytest

from conftest import SOURCES
from tei.build.document import build_document
from tei.cli import main
from tei.edits.blocks import reading_text
from tei.edits.suggest import suggest
from tei.pipeline import Options, convert_one
from tei.readers import detect
from tei.source import Source, read_source
from tei.xml import tei

SEED_000 = SOURCES / "000_6d5469bca201ffe6.txt"
SEED_003 = SOURCES / "003_d9aa3093ddf865fe.txt"


def proposals(path: Path) -> dict[str, tuple[str, dict[str, object]]]:
    source = read_source(path)
    document = detect(source).read(source)
    text = reading_text(build_document(document).find(tei("text")))
    return {s.note.n: (s.kind, s.fields) for s in suggest(document, text)}


def test_seed_003_note_3_is_a_variant_of_the_published_versions() -> None:
    kind, fields = proposals(SEED_003)["3"]
    assert kind == "variant"
    assert (fields["text"], fields["reading"], fields["wit"]) == ("Malnasan", "Malnasanu", ["wit-hu", "wit-ru"])
    assert fields["occurrence"] == "all"


def test_seed_000_note_6_supplies_the_omitted_surname() -> None:
    found = proposals(SEED_000)
    assert found["6"] == ("supplied", {"text": "Nagy", "after": "discrediting of Imre", "reason": "omitted",
                                       "note": "6"})
    assert found["5"][0] == "heading" and found["5"][1]["text"] == "Questions of Hungary"
    assert set(found) == {"5", "6"}, "notes that describe no editorial case give nothing"


@pytest.mark.parametrize("seed,element", [(SEED_003, "<app"), (SEED_000, "<supplied")])
def test_pasted_suggestions_convert(seed: Path, element: str, tmp_path: Path, capsys) -> None:
    copy = tmp_path / seed.name
    shutil.copy(seed, copy)
    assert main(["suggest", str(copy)]) == 0
    captured = capsys.readouterr()
    printed = captured.out
    tomllib.loads(printed)
    proposed = len([kind for kind in re.findall(r"^(?:# )?\[\[([\w-]+)\]\]", printed, re.M) if kind != "witness"])
    counts = re.search(r"1 source: (.*); 0 already decided", captured.err).group(1)
    assert sum(int(number) for number in re.findall(r"\d+", counts)) == proposed > 0, counts
    copy.with_name(copy.stem + ".edits.toml").write_text(printed, encoding="utf-8")
    result = convert_one(copy, Options(validate=False))
    assert result.output is not None, [d.format() for d in result.diagnostics]
    assert element.encode() in result.output
    assert main(["suggest", str(copy)]) == 0
    captured = capsys.readouterr()
    assert "already decided" in captured.out
    pending, decided = re.search(r"1 source: (.*); (\d+) already decided", captured.err).groups()
    assert int(decided) >= 1 and sum(int(n) for n in re.findall(r"\d+", pending)) + int(decided) == proposed


INVENTED = [
    ("The typist's copy reads Kadr here.(1)", "The typist mistakenly rendered Kadar as Kadr.",
     "correction", {"text": "Kadr", "corr": "Kadar"}),
    ("We spoke with Molotow today.(1)", "“Molotow” should read “Molotov”.",
     "correction", {"text": "Molotow", "corr": "Molotov"}),
    ("Gromyco arrived late.(1)", "Gromyko is misspelled as Gromyco in the original.",
     "correction", {"text": "Gromyco", "corr": "Gromyko"}),
    ("Shepilow spoke next.(1)", "The name is correctly spelled Shepilov.",
     "correction", {"text": "Shepilow", "corr": "Shepilov"}),
    ("Suslov met Tito in Brioni.(1)", "The Yugoslav edition mistakenly renders Brioni as Brijuni.",
     "variant", {"text": "Brioni", "reading": "Brijuni"}),
    ("We can agree to the proposal.(1)", "The word “not” is omitted in the Russian copy.",
     "supplied", {"text": "not", "after": "to the proposal", "reason": "omitted"}),
    ("A plain sentence.(1)", "Malin's notes misspelled the name, the editors claim.", None, {}),
    ("We spoke with Molotow today.(1)", "Should read “Molotov”.",
     "correction", {"text": "Molotow", "corr": "Molotov"}),
    ("We spoke with Molotow today.(1)", "Molotow in the original; should read Molotov.",
     "correction", {"text": "Molotow", "corr": "Molotov"}),
    ("We can agree to it. We can act.(1)", "Should read “can not agree”.",
     "correction", {"text": "can agree", "corr": "can not agree"}),
    ("We can agree to the proposal today.(1)", "The word “not” is omitted after “We can”.",
     "supplied", {"text": "not", "after": "We can", "reason": "omitted"}),
    ("We can agree to it. We can act.(1)", "“not” is missing after can in the Russian copy.",
     "supplied", {"text": "not", "after": "can", "in": "text", "occurrence": 1}),
    ("Tito met Nagy.(1)", "The word “Imre” is omitted before Nagy.",
     "supplied", {"text": "Imre", "before": "Nagy"}),
]


@pytest.mark.parametrize("body,note,kind,fields", INVENTED)
def test_invented_notes(body: str, note: str, kind: str | None, fields: dict[str, object]) -> None:
    source = Source("invented.txt", f"An invented document\n\n{body}\n\n(1) {note}\n")
    document = detect(source).read(source)
    text = reading_text(build_document(document).find(tei("text")))
    found = suggest(document, text)
    if kind is None:
        assert found == []
        return
    assert found[0].kind == kind
    assert {key: found[0].fields[key] for key in fields} == fields
