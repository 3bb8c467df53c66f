"""FRUS documents imported as third-party TEI in the web and the print edition: what the lists of
archival sources and the indexes make of the volume's citations and credits (d109 with an "Ibid."
citation and Hoover, Jr.; d110 citing the same file), and the typography of the book (d100 with a
numbered list and a signature at a page's end, d111 with its date in its title)."""

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
DOCUMENTS = ["frus1955-57v25_d100.xml", "frus1955-57v25_d109.xml", "frus1955-57v25_d110.xml", "frus1955-57v25_d111.xml"]
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
    assert "src-unknown" not in archives.xpath("//section/@id"), "no repository without a name"
    files = archives.xpath("//li[contains(@id, '-file-611-48-')]/@id")
    assert sorted(files) == ["src-department-of-state-collection-central-files-file-611-48-10-2456",
                             "src-department-of-state-collection-central-files-file-611-48-10-2556"]
    sources = imported.pdf.section("Archival sources cited")
    assert "United States Department of State Central Files" in sources
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


def test_a_signature_does_not_open_a_page_alone(imported: Imported) -> None:
    page = next(text for text in imported.pdf.texts if "Philip H. Trezise" in text)
    lines = [line.strip() for line in page.split("\n") if line.strip()]
    signature = next(i for i, line in enumerate(lines) if "Philip H. Trezise" in line)
    body = [line for line in lines[:signature] if not re.search(r"…|Cold War Documents", line)]
    assert body, f"the signature comes first on its page: {lines}"


def test_a_list_label_runs_into_its_paragraph(imported: Imported) -> None:
    lines = [line.strip() for text in imported.pdf.texts for line in text.split("\n")]
    assert not [line for line in lines if re.fullmatch(r"\d+\.", line)], "a label on a line of its own"
    assert "2. I would think it plain, after Poznan" in imported.pdf.text


def test_contents_and_notes_do_not_say_things_twice(imported: Imported) -> None:
    contents = imported.pdf.section("Contents")
    assert re.search(r"October 25, 1956, 5:02 p\.m\.(?: \.)+ \d+", contents), "no date after a title that has it"
    assert re.search(r"Telegram From the Embassy in Poland to the Department of State, 25 October 1956, 13:00", contents)
    text = imported.pdf.text
    assert "Source note: Source:" not in text and "1 Source: Department of State, Central Files, 611.48/10–2556" in text
    assert "Editorial note: See Document 99." in text, "other kinds keep their label"
