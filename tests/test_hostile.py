"""Hostile XML: each input gets one clear error within a second or two, no hang, no leaked content.

Every XML file the toolkit reads goes through ``tei.xml.parse_bytes``/``parse_file``;
``tei validate`` adds the TEI checks.  The 100 MB document is generated here.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tei.cli import main
from tei.errors import XmlInputError
from tei.xml import parse_bytes

TEI = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/></TEI>'
PASSWD = "/etc/passwd"

HOSTILE = {
    "xxe-passwd": (f'<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM "file://{PASSWD}">]>\n'
                   '<TEI xmlns="http://www.tei-c.org/ns/1.0"><p>&x;</p></TEI>', "E-XML-DOCTYPE", 2),
    "external-dtd-url": ('<?xml version="1.0"?>\n<!DOCTYPE TEI SYSTEM "http://127.0.0.1:9/tei.dtd">\n' + TEI,
                         "E-XML-DOCTYPE", 2),
    "billion-laughs": ('<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY a "lol">'
                       + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
                       + ']>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">&j;</TEI>', "E-XML-DOCTYPE", 2),
    "quadratic-blowup": ('<!DOCTYPE TEI [<!ENTITY big "' + "x" * 200_000 + '">]>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">'
                         + "&big;" * 20_000 + "</TEI>", "E-XML-DOCTYPE", 1),
    "doctype-after-long-prolog": ("<!--" + "pad " * 50_000 + "-->\n<!DOCTYPE TEI [<!ENTITY x \"y\">]>\n" + TEI,
                                  "E-XML-DOCTYPE", 2),
    "tei-with-doctype": ('<?xml version="1.0"?>\n<!DOCTYPE TEI>\n' + TEI, "E-XML-DOCTYPE", 2),
    "undeclared-entity": ('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<p>&passwd;</p></TEI>', "E-XML-SYNTAX", 2),
    "malformed": ('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<teiHeader>\n</TEI>', "E-XML-SYNTAX", 3),
    "deep-nesting": ("<TEI>" + "<div>" * 100_000 + "</div>" * 100_000 + "</TEI>", "E-XML-DEPTH", 1),
    "deep-nesting-10k": ('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><body>' + "<div>" * 10_000 + "<p/>"
                         + "</div>" * 10_000 + "</body></text></TEI>", "E-XML-DEPTH", 2),
    "deep-nesting-beyond-saxon": ('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><body>' + "<div>" * 150
                                  + "<p/>" + "</div>" * 150 + "</body></text></TEI>", "E-XML-DEPTH", 2),
    "huge-text-node": ('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><body><p>' + "x" * 12_000_000
                       + "</p></body></text></TEI>", "E-XML-LIMIT", 2),
    "wrong-namespace": ('<TEI xmlns="http://www.tei-c.org/ns/2.0"><teiHeader/></TEI>', "E-TEI-NAMESPACE", 1),
    "not-tei": ('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', "E-TEI-NAMESPACE", 1),
}


def _validate(path: Path, capsys, *options: str) -> tuple[int, str, float]:
    start = time.perf_counter()
    status = main(["validate", *options, str(path)])
    elapsed = time.perf_counter() - start
    captured = capsys.readouterr()
    return status, captured.out + captured.err, elapsed


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_gets_one_clear_error_quickly(name: str, tmp_path: Path, capsys) -> None:
    text, code, line = HOSTILE[name]
    path = tmp_path / f"{name}.xml"
    path.write_text(text, encoding="utf-8")
    status, output, elapsed = _validate(path, capsys)
    assert status == 1
    assert elapsed < 2.0, f"{name} took {elapsed:.1f} s"
    problems = [row for row in output.splitlines() if row.startswith("  ")]
    assert len(problems) == 1, output
    assert f"{name}.xml:{line}:" in problems[0] and f"error[{code}]" in problems[0]
    assert " — " in problems[0] and "root:" not in output and "Traceback" not in output
    assert "XML_PARSE_HUGE" not in output and "SXXP" not in output


def test_utf16_document_cannot_hide_a_doctype() -> None:
    data = ('<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
            + TEI).encode("utf-16")
    with pytest.raises(XmlInputError) as caught:
        parse_bytes(data, "utf16.xml")
    assert caught.value.diagnostic.code == "E-XML-DOCTYPE"


def test_a_100_mb_document_is_refused_unread(tmp_path: Path, capsys) -> None:
    path = tmp_path / "huge.xml"
    with path.open("wb") as handle:
        handle.write(b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>')
        chunk = b"<p>" + b"x" * 1020 + b"</p>"
        for _ in range(100 * 1024):
            handle.write(chunk)
        handle.write(b"</body></text></TEI>")
    status, output, elapsed = _validate(path, capsys)
    assert status == 1 and "E-XML-SIZE" in output and elapsed < 2.0
    start = time.perf_counter()
    with pytest.raises(XmlInputError) as caught:
        parse_bytes(path.read_bytes(), str(path))
    assert caught.value.diagnostic.code == "E-XML-SIZE" and time.perf_counter() - start < 2.0


def test_duplicate_ids_are_validation_problems_with_their_lines() -> None:
    with pytest.raises(XmlInputError) as caught:
        parse_bytes(b'<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<p xml:id="a"/>\n<p xml:id="a"/></TEI>', "ids.xml")
    assert caught.value.diagnostic.code == "E-ID-DUPLICATE"
    assert caught.value.diagnostic.location.line == 3


def test_xinclude_of_a_system_file_is_refused_without_leaking_it(tmp_path: Path, capsys) -> None:
    path = tmp_path / "include.xml"
    path.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude">\n'
                    f'<teiHeader/><text><body><p><xi:include href="{PASSWD}" parse="text"/>'
                    '<xi:include href="../outside.xml"/></p></body></text></TEI>')
    status, output, _ = _validate(path, capsys, "--xinclude")
    assert status == 1 and output.count("E-XINCLUDE-REFUSED") == 2
    assert "root:" not in output
