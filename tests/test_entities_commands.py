"""`tei entities` work lists and `tei eval` / bench/accuracy.py on the FRUS development corpus."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PROJECT_ROOT, SOURCES
from tei.cli import main
from tei.evaluation import TARGETS, evaluate, missed_targets

TEST_REGISTERS = Path(__file__).parent / "data" / "registers"


def test_missing_authority_lists_entries_without_an_identifier(capsys):
    assert main(["entities", "--missing-authority", "--registers", str(TEST_REGISTERS)]) == 0
    out = capsys.readouterr().out.splitlines()
    listed = {line.split(" — ")[0].split()[-1] for line in out}
    assert "budapest" not in listed and {"nagy", "khrushchev", "tskhsd", "moscow"} <= listed
    assert all(":" in line.split()[0] for line in out), "each entry with file and line"


def test_missing_authority_as_json_and_strict(capsys):
    assert main(["entities", "--missing-authority", "--registers", str(TEST_REGISTERS), "--format", "json",
                 "--strict"]) == 1
    items = json.loads(capsys.readouterr().out)["items"]
    assert {"id": "nagy", "kind": "person"}.items() <= next(i for i in items if i["id"] == "nagy").items()


def test_unresolved_names_with_their_contexts(tmp_path, capsys):
    source = tmp_path / "letter.txt"
    source.write_text("A letter\n\nMr. Rogers met Nagy and Dulles in Bucharest.\n\nMr. Rogers left.\n",
                      encoding="utf-8")
    out = tmp_path / "out"
    main(["convert", str(source), "--registers", str(TEST_REGISTERS), "-o", str(out), "-q"])
    capsys.readouterr()
    assert main(["entities", "--unresolved", str(out), "--registers", str(TEST_REGISTERS)]) == 0
    text = capsys.readouterr().out
    assert "persName “Rogers” — 2 mention(s)" in text
    assert "…Mr. [Rogers] met Nagy and Dulles in Bucharest.…" in text
    assert "persName “Dulles” — 1 mention(s) (may be: dulles-allen, dulles-john-foster)" in text
    assert "Nagy" not in text.replace("met Nagy", "")


def test_unresolved_lists_nothing_for_the_seeds(tmp_path, capsys):
    out = tmp_path / "out"
    main(["convert", str(SOURCES), "-o", str(out), "-q"])
    capsys.readouterr()
    assert main(["entities", "--unresolved", str(out), "--strict"]) == 0
    assert capsys.readouterr().out == ""


def test_frus_accuracy_meets_the_targets(frus_dir):
    scores = evaluate(frus_dir)
    assert missed_targets(scores) == [], scores.counts
    assert scores.counts["signatures.correct"] == scores.counts["signatures.gold"] == 12
    assert scores.prf("scoped")[2] >= TARGETS["person-mention F1"]


def test_the_command_line_procedure(frus_dir, tmp_path, capsys):
    """What the README tells users: import the list into an empty folder, convert with it."""
    registers = tmp_path / "registers"
    assert main(["registers", "import", str(frus_dir / "frus1955-57v25_persons.xml"), "--into", str(registers)]) == 0
    out = tmp_path / "out"
    main(["convert", str(frus_dir / "frus1955-57v25_d104.txt"), "--registers", str(registers), "-o", str(out), "-q"])
    written = (out / "frus1955-57v25_d104.xml").read_text(encoding="utf-8")
    assert '<persName ref="#lodge">LODGE</persName>' in written
    assert '<persName ref="#dulles-john-foster">Dulles</persName> raised the issue' in written
    assert '<idno type="frus">p_DJF1</idno>' in written


def test_bench_script_prints_the_table(frus_dir):
    result = subprocess.run([sys.executable, str(PROJECT_ROOT / "bench" / "accuracy.py"), str(frus_dir), "--targets"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "person links (accuracy)" in result.stdout and "archival signatures found" in result.stdout


@pytest.mark.parametrize("make", [lambda folder: folder / "missing", lambda folder: folder])
def test_eval_without_a_corpus_is_a_clear_error(make, tmp_path, capsys):
    (tmp_path / "note.txt").write_text("a text without gold", encoding="utf-8")
    assert main(["eval", str(make(tmp_path))]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "error[E-EVAL-CORPUS]" in captured.err and "Traceback" not in captured.err


def test_eval_reports_the_strict_f1_first_then_the_lenient_figures(frus_dir, capsys):
    assert main(["eval", str(frus_dir)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("person mentions, strict F1: 0.")
    strict = next(i for i, line in enumerate(lines) if line.startswith("| person mentions, strict"))
    lenient = next(i for i, line in enumerate(lines) if line.startswith("| person mentions, lenient"))
    assert strict < lenient
    assert lines[-1].startswith("The FRUS gold tags only persons of its List of Persons")
