"""Two FRUS documents imported as third-party TEI (d109 with an "Ibid." citation and Hoover, Jr.;
d110 citing the same file) in the web and the print edition: what the lists of archival sources and
the indexes make of the volume's citations and credits."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pytest
from lxml import html

from exchange.conftest import CONFIG
from tei.paths import PROJECT_ROOT

from .conftest import Pdf, normalise, run_build

SOURCES = PROJECT_ROOT / "sources"
DOCUMENTS = ["frus1955-57v25_d109.xml", "frus1955-57v25_d110.xml"]
#: The FRUS volume's editors, credited in each document's source description.
VOLUME_EDITORS = ["Keefer", "Landa", "Shaloff", "Glennon"]


@dataclass(frozen=True)
class Imported:
    root: Path
    status: int
    diagnostics: list[dict]

    def page(self, relative: str) -> html.HtmlElement:
        return html.fromstring((self.root / "build" / "web" / relative).read_bytes())

    def text(self, relative: str) -> str:
        return normalise(self.page(relative).text_content())

    @cached_property
    def pdf(self) -> Pdf:
        return Pdf.read(self.root / "build" / "print" / "edition.pdf")


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Imported:
    root = tmp_path_factory.mktemp("imported")
    (root / "sources" / "frus").mkdir(parents=True)
    for name in [*DOCUMENTS, "frus1955-57v25_terms.xml"]:
        shutil.copy(SOURCES / "frus" / name, root / "sources" / "frus" / name)
    shutil.copytree(SOURCES / "registers", root / "sources" / "registers")
    (root / "edition.toml").write_text(CONFIG, encoding="utf-8")
    status, diagnostics = run_build(root / "edition.toml")
    return Imported(root, status, diagnostics)


def test_an_ibid_citation_is_filed_under_the_signature_it_refers_to(imported: Imported) -> None:
    assert imported.status == 0, [d for d in imported.diagnostics if d["level"] == "error"]
    archives = imported.page("archives.html")
    assert [section.get("id") for section in archives.xpath("//section")] == ["src-department-of-state"], \
        "no repository without a name"
    files = archives.xpath("//li[contains(@id, '-file-')]/@id")
    assert sorted(files) == ["src-department-of-state-collection-central-files-file-611-48-10-2456",
                             "src-department-of-state-collection-central-files-file-611-48-10-2556"]
    sources = imported.pdf.section("Archival sources cited")
    assert sources.startswith("Archival sources cited United States Department of State Central Files")
    assert re.findall(r"(?:Central Files, )?file 611\.48/10–2\d56", sources) == \
        ["Central Files, file 611.48/10–2456", "Central Files, file 611.48/10–2556"]


def test_the_volume_editors_are_not_persons_the_documents_mention(imported: Imported) -> None:
    persons = imported.text("persons.html")
    index = imported.pdf.section("Index of persons")
    for editor in VOLUME_EDITORS:
        assert editor not in persons and editor not in index, editor
    assert "Jacobs, Joseph E." in persons and "Jacobs, Joseph E." in index
    credits = imported.page("documents/frus1955-57v25_d109.html").xpath("//*[@class='editor']")
    assert credits and not any(credit.xpath(".//a") for credit in credits), "credits do not link to the register"


def test_a_generational_name_stays_in_index_names(imported: Imported) -> None:
    assert "Hoover, Herbert C., Jr." in imported.text("persons.html")
    assert "Hoover, Herbert C., Jr." in imported.pdf.section("Index of persons")
