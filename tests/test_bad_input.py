"""Bad sources: one clear message each (file, line, what, what to do), non-zero exit,
no output for that file, the other files still converted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SOURCES
from tei.cli import main

GOOD = SOURCES / "003_d9aa3093ddf865fe.txt"

BAD = {
    "empty.txt": (b"", "E-SRC-EMPTY", 1),
    "blank.txt": (b"  \n\n\t\n", "E-SRC-EMPTY", 1),
    "latin1.txt": ("Title\n\nA caf\xe9 in Budapest.\n".encode("latin-1"), "E-SRC-ENCODING", 3),
    "utf16.txt": ("Title\n\nA café in Budapest.\n".encode("utf-16"), "E-SRC-ENCODING", 1),
    "utf16be.txt": (b"\xfe\xff" + "Title\n\nA café.\n".encode("utf-16-be"), "E-SRC-ENCODING", 1),
    "utf16-unmarked.txt": ("Title\n\nA café in Budapest.\n".encode("utf-16-le"), "E-SRC-ENCODING", 1),
    "utf32.txt": ("Title\n\nA café.\n".encode("utf-32"), "E-SRC-ENCODING", 1),
    "binary.txt": (b"%PDF-1.4\n\x00\x01\x02\xff\xfe", "E-SRC-BINARY", 2),
    "control.txt": (b"Title\n\nBell \x07 here.\n", "E-SRC-CONTROL", 3),
    "title-only.txt": (b"Just a title line\n", "E-SRC-NOBODY", 1),
    "notes-only.md": (b"**Citation:**\n\n\"A\", November 3, 1956, Archive, TsKhSD, F. 3, Op. 1, D. 2, L. 3\n\n"
                      b"**Summary:**\n\nNothing.\n\n**Contents:**\n\nTranslation - English\n", "E-SRC-NOBODY", 0),
}


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str, str]:
    status = main(["convert", *extra, "-o", str(tmp_path / "out")])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_source_is_reported_once_and_not_written(name: str, tmp_path: Path, capsys) -> None:
    data, code, line = BAD[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    status, _, err = _run(tmp_path, capsys, str(bad), str(GOOD))
    assert status == 1
    problems = [row for row in err.splitlines() if "error[" in row]
    assert len(problems) == 1, err
    assert f"error[{code}]" in problems[0]
    assert name in problems[0]
    if line:
        assert f"{name}:{line}:" in problems[0]
    assert " — " in problems[0], "every message carries a hint"
    assert "Traceback" not in err
    assert not (tmp_path / "out" / (Path(name).stem + ".xml")).exists()
    assert (tmp_path / "out" / (GOOD.stem + ".xml")).exists()


def test_missing_path_is_an_error(tmp_path: Path, capsys) -> None:
    status, _, err = _run(tmp_path, capsys, str(tmp_path / "nowhere.txt"))
    assert status == 1
    assert "E-SRC-MISSING" in err


def test_json_format_lists_diagnostics(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    status, out, _ = _run(tmp_path, capsys, "--format", "json", str(bad))
    assert status == 1
    records = json.loads(out)
    assert records[0]["code"] == "E-SRC-EMPTY"
    assert records[0]["location"]["line"] == 1


def test_warnings_alone_exit_zero_unless_strict(tmp_path: Path, capsys) -> None:
    seed = SOURCES / "000_6d5469bca201ffe6.txt"
    status, _, err = _run(tmp_path, capsys, str(seed))
    assert status == 0
    assert "warning[W-NOTE-ORPHAN] note 5" in err
    assert ":41:" in err
    status, _, _ = _run(tmp_path, capsys, "--strict", str(seed))
    assert status == 1


def test_quiet_prints_no_summary(tmp_path: Path, capsys) -> None:
    status, _, err = _run(tmp_path, capsys, "--quiet", str(GOOD))
    assert status == 0
    assert err == ""


def test_marker_problems_name_their_line(tmp_path: Path, capsys) -> None:
    source = tmp_path / "markers.txt"
    source.write_text("A title\n\nFirst call.(1) Stray call.(7) Again.(1)\n\nNotes\n(1) One.\n(1) One again.\n")
    status, _, err = _run(tmp_path, capsys, str(source))
    assert status == 0
    assert "markers.txt:3:" in err and "W-MARKER-ORPHAN" in err
    assert "W-MARKER-DUPLICATE" in err
    assert "W-NOTE-DUPLICATE" in err
    output = (tmp_path / "out" / "markers.xml").read_text()
    assert "(7)" in output and 'place="end"' in output


@pytest.mark.parametrize("name,encoding,offset", [
    ("utf16.txt", "UTF-16LE", "offset 0"), ("utf16be.txt", "UTF-16BE", "offset 0"),
    ("utf16-unmarked.txt", "UTF-16LE", "offset 0"), ("utf32.txt", "UTF-32LE", "offset 0"),
    ("latin1.txt", "another encoding", "offset 12"),
])
def test_encoding_error_names_the_encoding_the_offset_and_a_conversion(
        name: str, encoding: str, offset: str, tmp_path: Path, capsys) -> None:
    bad = tmp_path / name
    bad.write_bytes(BAD[name][0])
    status, _, err = _run(tmp_path, capsys, str(bad))
    assert status == 1
    [problem] = [row for row in err.splitlines() if "error[" in row]
    assert encoding in problem and offset in problem and "iconv -f" in problem, problem
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@pytest.mark.parametrize("below", ["", "sub"])
def test_output_that_is_a_file_is_a_usage_error(below: str, tmp_path: Path, capsys) -> None:
    existing = tmp_path / "notes.xml"
    existing.write_text("kept")
    with pytest.raises(SystemExit) as stop:
        main(["convert", str(GOOD), "-o", str(existing / below) if below else str(existing)])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "notes.xml is a file, not a folder" in err and "Traceback" not in err
    assert existing.read_text() == "kept"


def test_a_failing_write_is_an_error_not_a_traceback(tmp_path: Path, capsys, monkeypatch) -> None:
    def full_disk(self: Path, data: bytes) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full_disk)
    status, _, err = _run(tmp_path, capsys, str(GOOD))
    assert status == 1
    assert "error[E-OUT-WRITE]" in err and "No space left on device" in err and "Traceback" not in err
    assert list((tmp_path / "out").iterdir()) == []


def test_a_missing_default_register_folder_is_said_once(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    status, _, err = _run(tmp_path, capsys, str(GOOD), str(SOURCES / "000_6d5469bca201ffe6.txt"))
    assert status == 0
    notices = [row for row in err.splitlines() if "I-REGISTERS-NONE" in row]
    assert len(notices) == 1 and notices[0].startswith("sources/registers: info[") and "not linked" in notices[0]
    output = (tmp_path / "out" / (GOOD.stem + ".xml")).read_text(encoding="utf-8")
    assert 'ref="#' not in output and "<persName>" in output, "names are marked, not linked"
    assert "-UNRESOLVED]" not in err, "the notice stands for every name: no warning per name"


def test_the_default_register_folder_is_used_without_a_notice(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(SOURCES.parent)
    status, _, err = _run(tmp_path, capsys, str(GOOD))
    assert status == 0 and "I-REGISTERS-NONE" not in err
    assert 'ref="#' in (tmp_path / "out" / (GOOD.stem + ".xml")).read_text(encoding="utf-8")


def test_a_failed_reconversion_removes_the_earlier_output(tmp_path: Path, capsys) -> None:
    source = tmp_path / "letter.txt"
    source.write_bytes(GOOD.read_bytes())
    status, _, _ = _run(tmp_path, capsys, str(source), str(GOOD))
    output = tmp_path / "out" / "letter.xml"
    assert status == 0 and output.is_file()
    source.write_bytes("Title\n\nA caf\xe9 in Budapest.\n".encode("latin-1"))
    status, _, err = _run(tmp_path, capsys, str(source))
    assert status == 1
    assert not output.exists(), "the output of the earlier run would pass for the current source"
    [notice] = [row for row in err.splitlines() if "W-OUT-STALE" in row]
    assert "letter.txt" in notice and "out/letter.xml" in notice
    assert (tmp_path / "out" / (GOOD.stem + ".xml")).is_file(), "outputs of sources not in this run stay"


def test_a_failed_first_conversion_removes_nothing(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    status, _, err = _run(tmp_path, capsys, str(bad))
    assert status == 1 and "W-OUT-STALE" not in err
