"""`tei validate`: deliberately broken documents give the right rule ids at the right lines.

Each ``tests/invalid/<name>.xml`` has a golden ``<name>.expected`` listing
``line:col: severity[RULE-ID]`` per problem (wording may change, codes and
places may not); ``pytest --accept`` rewrites them — review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tei.cli import main
from tei.validate import Settings, validate_file

INVALID = Path(__file__).parent / "invalid"
CASES = sorted(p for p in INVALID.glob("*.xml") if not p.stem.endswith("-part"))


def _summary(path: Path, settings: Settings) -> str:
    rows = sorted(("" if Path(d.location.path).resolve() == path.resolve() else Path(d.location.path).name,
                   d.location.line, d.location.col, str(d.level), d.code) for d in validate_file(path, settings))
    return "".join(f"{where + ':' if where else ''}{line}:{col}: {level}[{code}]\n"
                   for where, line, col, level, code in rows)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_invalid_documents_match_their_golden_diagnostics(path: Path, request, tei_all) -> None:
    actual = _summary(path, Settings())
    golden = path.with_suffix(".expected")
    if request.config.getoption("--accept") or not golden.exists():
        golden.write_text(actual)
    assert actual == golden.read_text()
    assert actual, "every file here is invalid"


def test_each_distinct_problem_is_reported_once_per_file_with_its_other_lines() -> None:
    found = validate_file(INVALID / "ref-unresolved.xml", Settings())
    nobody = [d for d in found if "#nobody" in d.message]
    assert len(nobody) == 1 and "(and 1 more: lines 14)" in nobody[0].message


def test_xinclude_is_resolved_on_request_and_never_reads_outside_the_folder() -> None:
    plain = validate_file(INVALID / "xinclude.xml", Settings())
    assert [d.code for d in plain] == ["E-XINCLUDE", "E-XINCLUDE"]
    resolved = validate_file(INVALID / "xinclude.xml", Settings(xinclude=True))
    codes = {(d.location.path.rsplit("/", 1)[-1], d.code) for d in resolved}
    assert codes == {("xinclude-part.xml", "E-RNG-VALUE"), ("xinclude.xml", "E-XINCLUDE-REFUSED")}
    assert "root:" not in "".join(d.message for d in resolved)


def test_every_problem_of_one_element_is_reported_with_its_place() -> None:
    found = validate_file(INVALID / "several.xml", Settings())
    note = sorted(d.message for d in found if d.location.col == 31)
    assert note == ['attribute foo is not allowed on note (edition)', 'note/@place="margin" is not allowed (edition)',
                    'note/@type="footnote" is not allowed (edition)']
    assert {d.message for d in found if d.location.col == 85} == {
        'date/@cert="bogus" is not allowed (edition)', 'date/@when="1956-11-00" is not allowed (edition)'}
    assert len(found) == len({(d.code, d.message, d.location) for d in found})


def test_a_missing_child_is_named_by_its_parent_not_by_an_empty_name(tmp_path: Path) -> None:
    document = tmp_path / "bare.xml"
    document.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body/></text></TEI>')
    messages = sorted(d.message for d in validate_file(document, Settings()) if d.code == "E-RNG-CONTENT")
    assert messages == ["body lacks a required child element (edition)",
                        "teiHeader lacks a required child element (edition)"]


@pytest.mark.parametrize("schema", ["project", "tei_all"])
def test_hints_name_what_is_allowed_and_never_an_empty_alternative(schema: str) -> None:
    from tei.rngreport import schema_info
    from tei.validate import schema_path

    path = schema_path(schema)
    if path is None:
        pytest.skip("the schema is not available")
    info = schema_info(path)
    for element in info.by_element:
        for attribute, described in info.attributes(element).items():
            words = described.replace(",", " ").split()
            assert words and words[-1] not in ("or", "of:") and words[0] != "or", (element, attribute, described)
            assert " or  " not in described and "  or " not in described and ", ," not in described
    assert info.attributes("p")["xml:lang"] == "an empty value or a language tag (such as en or hu)"
    assert info.attributes("date")["when"].startswith("a date" if schema == "tei_all" else "an ISO date")


def _run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(["validate", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_cli_text_output_is_grouped_per_file_with_a_summary(capsys) -> None:
    status, out, err = _run(capsys, str(INVALID / "value-lists.xml"), str(INVALID / "notes.xml"))
    assert status == 1
    lines = out.splitlines()
    assert lines[0].endswith("value-lists.xml: 8 errors, 0 warnings")
    assert "value-lists.xml:14:13: error[E-RNG-VALUE] note/@type=\"footnote\" is not allowed" in out
    assert " — use one of: translator, editorial, source, credits, textual" in out
    assert "2 files: 0 valid, 2 invalid" in err


def test_cli_exit_zero_only_when_valid_and_json_for_machines(capsys, shared) -> None:
    probe = Path(__file__).parent / "data" / "probes" / "valid"
    status, out, err = _run(capsys, str(probe))
    assert status == 0 and out == "" and "2 valid, 0 invalid" in err
    status, out, _ = _run(capsys, "--format", "json", str(INVALID / "registers.xml"))
    report = json.loads(out)
    assert status == 1 and report["files"][0]["valid"] is False
    codes = {d["code"] for d in report["files"][0]["diagnostics"]}
    assert {"E-REF-KIND", "E-PERSON-NONAME", "E-IDNO-INCOMPLETE", "W-IDNO-INCOMPLETE", "E-WIT-ID"} <= codes


def test_warnings_alone_pass_unless_strict(tmp_path: Path, capsys) -> None:
    text = (INVALID / "dates.xml").read_text()
    start, end = text.index("<body>") + 6, text.index("</body>")
    only_warning = text[:start] + '<p><date when="1956-12-01">1 December</date></p>' + text[end:]
    document = tmp_path / "later.xml"
    document.write_text(only_warning)
    assert _run(capsys, str(document))[0] == 0
    assert _run(capsys, "--strict", str(document))[0] == 1


def test_third_party_tei_against_tei_all_reports_each_problem_once_per_file(frus_dir: Path, capsys, tei_all) -> None:
    files = sorted(frus_dir.glob("*_d1*.xml"))
    status, out, _ = _run(capsys, "--schema", "tei_all", *map(str, files))
    assert status == 1
    for path in files:
        rows = [row for row in out.splitlines() if row.startswith("  ") and row.strip().startswith(str(path) + ":")]
        assert rows and all("frus:" in row for row in rows), rows
        assert len(rows) == len(set(row.split("]", 1)[1] for row in rows))


def test_missing_path_is_reported(capsys, tmp_path: Path) -> None:
    status, out, err = _run(capsys, str(tmp_path / "nowhere.xml"))
    assert status == 1 and "E-SRC-MISSING" in out and "nothing was validated" in err


def test_a_folder_without_xml_is_an_error_and_says_nothing_was_validated(capsys, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not TEI")
    status, out, err = _run(capsys, str(tmp_path))
    assert status == 1 and f"{tmp_path}: error[E-SRC-NOXML]" in out
    assert "nothing was validated" in err
    status, out, _ = _run(capsys, "--format", "json", str(tmp_path), str(INVALID / "notes.xml"))
    assert status == 1 and [p["code"] for p in json.loads(out)["problems"]] == ["E-SRC-NOXML"]
