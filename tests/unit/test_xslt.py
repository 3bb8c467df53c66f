"""tei.xslt: typed parameters, messages as diagnostics, errors naming the stylesheet."""

from __future__ import annotations

from pathlib import Path

import pytest

from tei.errors import XmlInputError
from tei.diagnostics import Level
from tei.xslt import Stylesheet, XsltError, load_document

HEAD = ('<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" exclude-result-prefixes="#all" expand-text="yes">'
        '<xsl:output method="text"/>')

TYPED = HEAD + """
<xsl:param name="s" as="xs:string" select="''"/>
<xsl:param name="i" as="xs:integer" select="0"/>
<xsl:param name="b" as="xs:boolean" select="false()"/>
<xsl:param name="list" as="xs:string*" select="()"/>
<xsl:param name="docs" as="document-node()*" select="()"/>
<xsl:template match="/">{$s}|{$i + 1}|{not($b)}|{count($list)}:{$list[2]}|{$docs ! local-name(*)}|{local-name(*)}</xsl:template>
<xsl:template name="xsl:initial-template">
  <xsl:message>[W-TEST-CODE] coded message</xsl:message>
  <xsl:message>plain message</xsl:message>
  <xsl:result-document href="sub/page.txt">written {$s}</xsl:result-document>
</xsl:template>
</xsl:stylesheet>"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def typed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Stylesheet, Path]:
    folder = tmp_path_factory.mktemp("xslt")
    return Stylesheet(write(folder, "typed.xsl", TYPED)), folder


def test_parameters_arrive_with_their_types(typed: tuple[Stylesheet, Path]) -> None:
    sheet, folder = typed
    document = load_document(write(folder, "doc.xml", "<root/>"))
    others = [load_document(write(folder, f"{name}.xml", f"<{name}/>")) for name in ("a", "b")]
    result = sheet.apply(document, {"s": "<&>", "i": 41, "b": False, "list": ["x", "y"], "docs": others}, "doc.xml")
    assert result.output == "<&>|42|true|2:y|a b|root"
    assert sheet.apply(document, {}, "doc.xml").output == "|1|true|0:||root", "parameters do not stick"


def test_messages_become_diagnostics_and_result_documents_files(typed: tuple[Stylesheet, Path]) -> None:
    sheet, folder = typed
    result = sheet.call({"s": "here"}, folder / "out", "the test")
    assert [(d.level, d.code, d.message) for d in result.diagnostics] == [
        (Level.WARNING, "W-TEST-CODE", "coded message"), (Level.INFO, "I-XSLT-MESSAGE", "plain message")]
    assert str(result.diagnostics[0].location) == "the test"
    assert (folder / "out" / "sub" / "page.txt").read_text() == "written here"


def test_a_compile_error_names_the_stylesheet_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.xsl", HEAD + '\n<xsl:template match="/">\n<xsl:value-of select="foo("/>'
                                               "</xsl:template></xsl:stylesheet>")
    with pytest.raises(XsltError) as caught:
        Stylesheet(path)
    diagnostic = caught.value.diagnostic
    assert diagnostic.code == "E-XSLT-COMPILE" and diagnostic.location.path.endswith("broken.xsl")
    assert "line 3" in diagnostic.message


def test_a_run_error_names_the_document(tmp_path: Path) -> None:
    path = write(tmp_path, "fails.xsl", HEAD + '<xsl:template match="/">{error((), "stop here")}</xsl:template>'
                                             "</xsl:stylesheet>")
    with pytest.raises(XsltError) as caught:
        Stylesheet(path).apply(load_document(write(tmp_path, "d.xml", "<d/>")), {}, "d.xml")
    assert caught.value.diagnostic.code == "E-XSLT-RUN"
    assert "stop here" in caught.value.diagnostic.message and "d.xml" in caught.value.diagnostic.message


def test_documents_go_through_the_hardened_parser(tmp_path: Path) -> None:
    path = write(tmp_path, "dtd.xml", '<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]><d>&e;</d>')
    with pytest.raises(XmlInputError) as caught:
        load_document(path)
    assert caught.value.diagnostic.code == "E-XML-DOCTYPE"
