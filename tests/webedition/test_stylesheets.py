"""The web stylesheets applied directly to the hand-made fixture documents: golden pages
(``pytest --accept`` rewrites them; review the diff), and the catch-all that reports elements
no template handles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tei.config import EditionConfig
from tei.web import params
from tei.web.build import Stylesheets
from tei.xslt import load_document

from .conftest import FIXTURES

CONFIG = EditionConfig(path=Path("edition.toml"), title="Golden Edition", editors=("Ada Editor",),
                       introduction=("An introduction.",), base_url="https://example.org/golden/")


BLOCKS = re.compile(rb"(?=<(?:p|div|section|li|h[1-6]|dt|dd|ul|ol|dl|header|main|footer|aside|article|nav|fieldset)\b)")


def readable(page: bytes) -> bytes:
    """The page with a line break before each block element, so that golden diffs can be read."""
    return BLOCKS.sub(b"\n", page)


@pytest.fixture(scope="module")
def sheets() -> Stylesheets:
    return Stylesheets()


@pytest.fixture(scope="module")
def site_params() -> dict:
    return params.site_params(CONFIG, [load_document(path) for path in FIXTURES], tei_archive=True)


@pytest.mark.parametrize("fixture", FIXTURES, ids=[path.stem for path in FIXTURES])
def test_document_page(sheets: Stylesheets, site_params: dict, golden, fixture: Path) -> None:
    page_params = params.document_params(site_params, 1, None, ("next", "The next document"))
    result = sheets.document.apply(load_document(fixture), page_params, str(fixture))
    assert result.diagnostics == []
    golden(readable(result.output.encode("utf-8")), f"web/documents/{fixture.stem}.html")


@pytest.mark.parametrize("page", ["index.html", "persons.html", "places.html", "organisations.html",
                                  "archives.html", "chronology.html"])
def test_collection_page(sheets: Stylesheets, site_params: dict, golden, tmp_path_factory, page: str) -> None:
    folder = tmp_path_factory.getbasetemp() / "golden-pages"
    if not folder.exists():
        for sheet in sheets.pages:
            assert sheet.call(site_params, folder).diagnostics == []
    golden(readable((folder / page).read_bytes()), f"web/{page}")


def test_an_element_no_template_handles_is_reported(sheets: Stylesheets, tmp_path: Path) -> None:
    source = FIXTURES[0].read_text(encoding="utf-8").replace(
        "<p>The message was", "<p><metamark function=\"insertion\">^</metamark>The message was")
    document = tmp_path / "unknown.xml"
    document.write_text(source, encoding="utf-8")
    result = sheets.document.apply(load_document(document), {}, "unknown.xml")
    unhandled = [d for d in result.diagnostics if d.code == "W-XSLT-UNHANDLED"]
    assert len(unhandled) == 1 and "metamark" in unhandled[0].message
    assert str(unhandled[0].location) == "unknown.xml"
    assert "The message was" in result.output, "the text inside is still shown"
