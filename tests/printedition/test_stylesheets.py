"""The print stylesheets applied directly to the hand-made fixture documents: the book's HTML and
the LaTeX as golden files (``pytest --accept`` rewrites them; review the diff), and the
catch-all that reports elements no template handles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tei.config import EditionConfig
from tei.print import params
from tei.print.build import Stylesheets
from tei.xslt import load_document

from .conftest import FIXTURES

CONFIG = EditionConfig(path=Path("edition.toml"), title="Golden Edition", editors=("Ada Editor",),
                       introduction=("An introduction.",))
FIXTURE_DOCUMENTS = [path for path in FIXTURES if path.name.startswith("fixture_")]
BLOCKS = re.compile(r"(?=<(?:p|div|section|article|header|main|nav|li|ol|h[1-6])\b)")


@pytest.fixture(scope="module")
def sheets() -> Stylesheets:
    return Stylesheets()


@pytest.fixture(scope="module")
def book_params() -> dict:
    return {**params.book_params(CONFIG, [load_document(path) for path in FIXTURE_DOCUMENTS]), "edition-date": "2024-05-01"}


def pages_of(html: str) -> dict[str, int]:
    """Made-up pages for the anchors of a first pass: seven anchors a page, in document order."""
    return {anchor: index // 7 + 1 for index, anchor in enumerate(re.findall(r' id="([^"]+)"', html))}


def test_book_html(sheets: Stylesheets, book_params: dict, golden, tmp_path: Path) -> None:
    first = sheets["book.xsl"].call(book_params, tmp_path, "first pass")
    assert first.diagnostics == []
    second = sheets["book.xsl"].call(params.with_pages(book_params, pages_of(first.output)), tmp_path, "second pass")
    assert second.diagnostics == []
    golden(BLOCKS.sub("\n", second.output).encode("utf-8"), "print/book.html")


def test_latex(sheets: Stylesheets, book_params: dict, golden, tmp_path: Path) -> None:
    result = sheets["latex.xsl"].call(book_params, tmp_path, "latex")
    assert result.diagnostics == []
    golden(result.output.encode("utf-8"), "print/edition.tex")


def test_one_document_on_its_own(sheets: Stylesheets, book_params: dict, tmp_path: Path) -> None:
    document = params.document_params(book_params, load_document(FIXTURE_DOCUMENTS[0]), 7, "../print.css")
    result = sheets["book.xsl"].call(document, tmp_path, "one document")
    assert result.diagnostics == []
    assert ">Document 7<" in result.output and 'href="../print.css"' in result.output
    assert "Contents" not in result.output and "Index of persons" not in result.output


@pytest.mark.parametrize("sheet", ["book.xsl", "latex.xsl"])
def test_an_element_no_template_handles_is_reported(sheets: Stylesheets, tmp_path: Path, sheet: str) -> None:
    source = FIXTURE_DOCUMENTS[0].read_text(encoding="utf-8").replace(
        "<p>The message was", "<p><metamark function=\"insertion\">^</metamark>The message was")
    document = tmp_path / "unknown.xml"
    document.write_text(source, encoding="utf-8")
    result = sheets[sheet].call({**params.book_params(CONFIG, [load_document(document)])}, tmp_path, "unknown.xml")
    unhandled = [d for d in result.diagnostics if d.code == "W-XSLT-UNHANDLED"]
    assert len(unhandled) == 1 and "metamark" in unhandled[0].message
    assert "The message was" in result.output, "the text inside is still printed"


def test_latex_paragraphs_never_nest(sheets: Stylesheets, book_params: dict, tmp_path: Path) -> None:
    """reledmac refuses a \\pstart inside another: the paragraphs of a list item and a list inside an
    item go on in the item's paragraph, each on a new line."""
    tex = sheets["latex.xsl"].call(book_params, tmp_path, "latex").output
    depth = 0
    for command in re.findall(r"\\p(start|end)\b", tex):
        depth += 1 if command == "start" else -1
        assert depth in (0, 1), "a \\pstart inside a \\pstart"
    assert depth == 0
    assert "\\pstart{}1. A point of the report in two paragraphs.\\newline Its second paragraph.\\pend" in tex
    assert "own:\\newline \\textbullet the first,\\newline \\textbullet the second.\\pend" in tex
