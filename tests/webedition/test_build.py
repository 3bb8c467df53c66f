"""The built site as files: every page type, links that resolve, what pages say, safety,
determinism and incremental builds."""

from __future__ import annotations

import os
import re
import shutil
import unicodedata
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from lxml import html

from tei.config import load_config
from tei.diagnostics import Reporter
from tei.editions import EDITIONS
from tei.paths import PROJECT_ROOT

from .conftest import (DATA, FIXTURES, READY, SEED_003, SEED_000, SEEDS, Site, expected_note_labels, make_edition,
                       run_build)

PAGES = ["index.html", "persons.html", "places.html", "organisations.html", "archives.html", "chronology.html",
         "search.html", f"documents/{SEED_003}.html", "documents/fixture_phone_call.html"]


def text_of(site: Site, relative: str) -> str:
    return " ".join(html.fromstring(site.page(relative)).text_content().split())


def test_build_succeeds_without_unhandled_elements(site: Site) -> None:
    assert site.status == 0, site.diagnostics
    assert not {code for code in site.codes() if code.startswith(("W-XSLT", "E-XSLT", "W-WEB"))}, site.diagnostics


@pytest.mark.parametrize("relative", PAGES)
def test_every_page_type_is_built(site: Site, relative: str) -> None:
    tree = html.fromstring(site.page(relative))
    assert len(tree.findall(".//h1")) == 1
    assert tree.get("lang")
    assert tree.find(".//main") is not None and tree.find(".//nav") is not None


def test_all_internal_links_are_relative_and_resolve(site: Site) -> None:
    checked = 0
    for page in sorted(site.web.rglob("*.html")):
        if "pagefind" in page.parts:
            continue
        tree = html.fromstring(page.read_bytes())
        for element, attribute in [(a, "href") for a in tree.iter("a", "link")] + [(s, "src") for s in tree.iter("script")]:
            target = element.get(attribute)
            if target is None:
                continue
            parts = urlsplit(target)
            if parts.scheme in ("http", "https"):
                continue
            assert not parts.scheme and not target.startswith("/"), f"{page.name}: {target}"
            resolved = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            assert resolved.is_file(), f"{page.relative_to(site.web)} links to a missing {target}"
            if parts.fragment and resolved.suffix == ".html":
                ids = set(html.fromstring(resolved.read_bytes()).xpath("//@id"))
                assert unquote(parts.fragment) in ids, f"{page.relative_to(site.web)}: no #{parts.fragment} in {resolved.name}"
            checked += 1
    assert checked > 200


def test_home_lists_documents_by_date_with_summaries_and_the_introduction(site: Site) -> None:
    text = text_of(site, "index.html")
    assert "Test Edition of Cold War Documents" in text and "Ada Editor and Ben Editor" in text
    assert "The second paragraph of the introduction." in text
    positions = [text.index(title) for title in ("Notes of a Secure Phone Call", "Working Notes from the Session")]
    assert positions == sorted(positions), "3 November comes before 27 November"
    assert "Imre Nagy reports that Soviet troops plan to enter Romania" in text
    tree = html.fromstring(site.page("index.html"))
    assert {"persons.html", "chronology.html", "search.html", "tei/edition-tei.zip"} <= set(tree.xpath("//a/@href"))


def test_document_metadata_panel_of_seed_003(site: Site) -> None:
    tree = html.fromstring(site.page(f"documents/{SEED_003}.html"))
    fields = {dt.text_content().strip(): " ".join(dt.getnext().text_content().split())
              for dt in tree.xpath("//aside//dt")}
    assert fields["Date"] == "3 November 1956"
    assert fields["Archival source"] == (
        "Tsentr Khraneniya Sovremennoi Dokumentatsii (TsKhSD), fond 3, opis 12, delo 1005, listy 67-69")
    assert fields["Compiled by"] == "V. N. Malin" and fields["Translated by"] == "Mark Kramer"
    assert fields["Digital archive"].startswith("https://")
    assert fields["Original language"] == "Russian"
    summary = tree.xpath("//div[@class='summary']")[0].text_content()
    assert "Gheorghiu-Dej for advice" in summary
    cite = " ".join(tree.xpath("//section[@class='how-to-cite']")[0].text_content().split())
    assert f"https://example.org/edition/documents/{SEED_003}.html" in cite
    assert (site.web / "tei" / f"{SEED_003}.xml").read_bytes() == (site.root / "build" / "tei" / f"{SEED_003}.xml").read_bytes()


def test_notes_are_numbered_and_linked_both_ways(site: Site) -> None:
    tree = html.fromstring(site.page(f"documents/{SEED_000}.html"))
    labels = [a.text for a in tree.xpath("//section[@class='notes']//li/*[contains(@class, 'note-label')]")]
    assert labels == ["1", "2", "3", "4", "5", "6"]
    call = tree.xpath("//a[@class='noteref'][.='2']")[0]
    note = tree.get_element_by_id(call.get("href")[1:])
    assert note.xpath(".//a[@class='note-label']/@href") == ["#" + call.get("id")]
    assert call.get("aria-describedby") == note.xpath(".//div[@class='note-body']/@id")[0]
    end_note = tree.xpath("//li[@id='note-n5']")[0]
    assert "no call in the text" in end_note.text_content()


def test_seed_003_notes_follow_the_document_order(tmp_path: Path) -> None:
    """With its editorial sidecar (readings, regularisations, end notes), seed 003's numbered and
    lettered notes are called and listed in the order of the places they comment on in the TEI."""
    seed = PROJECT_ROOT / "sources" / f"{SEED_003}.txt"
    status, _ = run_build(make_edition(tmp_path, [seed, seed.with_name(f"{SEED_003}.edits.toml")], []))
    assert status == 0
    tree = html.fromstring((tmp_path / "build" / "web" / "documents" / f"{SEED_003}.html").read_bytes())
    calls = tree.xpath("//a[@class='noteref' or @class='tnref']")
    expected = expected_note_labels(tmp_path / "build" / "tei" / f"{SEED_003}.xml")
    assert {"a", "4"} <= set(expected) and [a.text_content() for a in calls] == expected
    called = [a.get("href")[1:] for a in calls]
    listed = [id_ for id_ in tree.xpath("//section[contains(concat(' ', @class, ' '), ' notes ')]//li/@id") if id_ in called]
    for kind in ("note-", "tn-"):  # each kind of note in its own list, in the order of the calls
        assert [id_ for id_ in listed if id_.startswith(kind)] == [id_ for id_ in called if id_.startswith(kind)]


def test_fixture_shows_registers_readings_abbreviations_and_supplied_text(site: Site) -> None:
    call = html.fromstring(site.page("documents/fixture_phone_call.html"))
    panel = " ".join(call.xpath("//aside")[0].text_content().split())
    assert "Tsentr Khraneniya Sovremennoi Dokumentatsii (TsKhSD), Malin Collection, fond 3, opis 12, delo 1005, listy 67-69" in panel
    textual = {li.xpath("*[contains(@class, 'note-label')]")[0].text: " ".join(li.xpath("div")[0].text_content().split())
               for li in call.xpath("//section[contains(@class, 'textual-notes')]//li")}
    assert textual == {
        "a": "Malnasan] Malnasanu in the published Hungarian and Russian versions (see note 3)",
        "b": "Malnasan] Malnasanu in the published Hungarian and Russian versions (see note 3)",
        "c": "eds.] cds. in the source; corrected by the editors"}
    assert call.xpath("//a[@href='../persons.html#malnasan']")
    assert call.xpath("//span[@class='rdg']//text()") == ["Malnasanu", "Malnasanu"]
    presidium = html.fromstring(site.page("documents/fixture_presidium.html"))
    assert presidium.xpath("//abbr[@title='Khrushchev']/text()") == ["Khr.", "Khr."]
    assert "Imre [Nagy]" in " ".join(presidium.text_content().split())


def test_registers_list_every_mention_with_context_and_link(site: Site) -> None:
    persons = html.fromstring(site.page("persons.html"))
    entry = persons.get_element_by_id("malnasan")
    assert "Mălnășan, Aurel" in entry.text_content() and "Malnasanu (erroneous form)" in entry.text_content()
    links = entry.xpath(".//a[@class='context']")
    contexts = [" ".join(a.text_content().split()) for a in links]
    fixture = [text for text, a in zip(contexts, links) if "fixture_phone_call" in a.get("href")]
    assert fixture == ["Cde. Gheorghiu-Dej responded that I am sending Cde. Malnasan to you.",
                       "… at 10:20 Bucharest time for Budapest. On board the aircraft is Malnasan."]
    assert any(text.endswith("I am sending Cde. Malnasan to you.") and SEED_003 in a.get("href")
               for text, a in zip(contexts, links)), "the seed's mention in the text, with its context"
    assert all(re.fullmatch(rf"documents/(fixture_phone_call|{SEED_003})\.html#[\w-]+", a.get("href")) for a in links)
    khrushchev = persons.get_element_by_id("khrushchev")
    assert "(1894–1971)" in khrushchev.text_content()
    places = html.fromstring(site.page("places.html"))
    bucharest = places.get_element_by_id("bucharest")
    assert bucharest.xpath(".//a[@href='https://www.wikidata.org/wiki/Q19660']"), "authority ids become links"


def without_diacritics(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).lower()


def test_registers_sort_and_file_names_without_their_diacritics(site: Site) -> None:
    persons = html.fromstring(site.page("persons.html"))
    names = [" ".join(span.text_content().split()) for span in persons.xpath("//span[@class='entry-name']")]
    assert "Mălnășan, Aurel" in names and "Molotov, Vyacheslav Mikhailovich" in names
    assert names == sorted(names, key=without_diacritics), "Mălnășan with the Ma…, before Molotov"
    letters = persons.xpath("//nav[@class='letters']//a/text()")
    assert letters == sorted(set(letters)) and all(letter.isascii() for letter in letters)


def test_archival_sources_form_a_tree_with_every_signature(site: Site) -> None:
    tree = html.fromstring(site.page("archives.html"))
    repository = tree.get_element_by_id("src-tskhsd")
    assert "Tsentr Khraneniya Sovremennoi Dokumentatsii (TsKhSD)" in repository.text_content()
    node = tree.get_element_by_id("src-tskhsd-fond-89-opis-2-delo-5-list-13-14")
    cited = {a.get("href").split("#")[0] for a in node.xpath(".//a")}
    assert cited == {"documents/000_6d5469bca201ffe6.html", "documents/fixture_phone_call.html", "documents/fixture_presidium.html"}
    seed = tree.get_element_by_id("src-tskhsd-fond-3-opis-12-delo-1005")
    assert f"documents/{SEED_003}.html#msIdentifier-1" in seed.xpath(".//a/@href")


def test_chronology_lists_dates_in_order(site: Site) -> None:
    tree = html.fromstring(site.page("chronology.html"))
    days = tree.xpath("//li[@class='day']/h2/time/@datetime")
    assert days == sorted(days) and "1956-11-02" in days and "1956-11-26" in days
    assert "1996" not in days, "publication years in references are not events"


def test_hostile_source_text_stays_text(site: Site) -> None:
    page = site.page("documents/hostile.html")
    tree = html.fromstring(page)
    assert not [s for s in tree.iter("script") if s.text or not s.get("src", "").startswith("../assets/")]
    assert not tree.xpath("//*[@onmouseover or @onclick or @onerror]")
    assert not [href for href in tree.xpath("//@href") if href.lower().startswith("javascript:")]
    text = tree.text_content()
    assert "<script>alert(1)</script>" in text and '" onmouseover="alert' in text
    assert 'A Hostile <script>alert("title")</script> Title' in tree.findtext(".//title")
    for relative in ("index.html", "chronology.html"):
        assert "<script>alert" not in site.page(relative) and "<img src=x" not in site.page(relative)


def test_same_input_gives_the_same_site(site: Site, tmp_path: Path) -> None:
    config = make_edition(tmp_path, [*SEEDS, DATA / "hostile.txt"], FIXTURES)
    status, _ = run_build(config)
    assert status == 0
    first = {p.relative_to(site.web): p.read_bytes() for p in site.web.rglob("*") if p.is_file()}
    second = {p.relative_to(tmp_path / "build" / "web"): p.read_bytes()
              for p in (tmp_path / "build" / "web").rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_an_unchanged_document_is_not_rendered_again(tmp_path: Path) -> None:
    config_path = make_edition(tmp_path, [], FIXTURES)
    config = load_config(config_path)
    documents = sorted((tmp_path / READY).glob("*.xml"))
    EDITIONS["web"].build(config, documents, Reporter())
    web = tmp_path / "build" / "web"
    before = {p: p.stat().st_mtime_ns for p in web.rglob("*.html")}
    EDITIONS["web"].build(config, documents, Reporter())
    assert {p: p.stat().st_mtime_ns for p in web.rglob("*.html")} == before
    changed = tmp_path / READY / "fixture_presidium.xml"
    changed.write_text(changed.read_text(encoding="utf-8").replace("It's not advisable.", "It is not advisable."),
                       encoding="utf-8")
    os.utime(web)  # nothing else touched
    EDITIONS["web"].build(config, documents, Reporter())
    rewritten = {p.relative_to(web).as_posix() for p in before if p.stat().st_mtime_ns != before[p]}
    assert "documents/fixture_presidium.html" in rewritten
    assert "documents/fixture_phone_call.html" not in rewritten
    assert "It is not advisable." in (web / "documents" / "fixture_presidium.html").read_text(encoding="utf-8")


def test_a_removed_document_disappears_from_the_site(tmp_path: Path) -> None:
    config = load_config(make_edition(tmp_path, [], FIXTURES))
    documents = sorted((tmp_path / READY).glob("*.xml"))
    EDITIONS["web"].build(config, documents, Reporter())
    EDITIONS["web"].build(config, documents[:1], Reporter())
    web = tmp_path / "build" / "web"
    assert sorted(p.name for p in (web / "documents").iterdir()) == [documents[0].stem + ".html"]
    assert not (web / "tei" / documents[1].name).exists()


def test_frus_documents_as_a_second_edition(frus_dir: Path, tmp_path: Path) -> None:
    sources = sorted(frus_dir.glob("*.txt"))
    config = make_edition(tmp_path, sources, [], CONFIG_FRUS)
    status, diagnostics = run_build(config)
    assert status == 0, [d for d in diagnostics if d["level"] == "error"]
    assert not [d for d in diagnostics if d["code"].startswith(("W-XSLT", "E-XSLT", "W-WEB"))]
    web = tmp_path / "build" / "web"
    assert len(list((web / "documents").glob("*.html"))) == len(sources)
    home = " ".join(html.fromstring((web / "index.html").read_bytes()).text_content().split())
    assert "Telegram From the Legation in Hungary to the Department of State" in home
    archives = html.fromstring((web / "archives.html").read_bytes())
    assert archives.xpath("//li[contains(@id, 'file-764-00-10-2456')]")


CONFIG_FRUS = """\
[edition]
title = "FRUS 1955-57, vol. XXV: The Hungarian Revolution (development set)"
editors = ["Office of the Historian"]

[sources]
paths = ["sources"]

[output]
dir = "build"
formats = ["tei", "web"]
"""


def test_without_web_in_formats_no_site_is_built(tmp_path: Path) -> None:
    config = make_edition(tmp_path, SEEDS[:1], [], CONFIG_FRUS.replace('"tei", "web"', '"tei"'))
    status, _ = run_build(config)
    assert status == 0 and not (tmp_path / "build" / "web").exists()


def test_pages_are_built_again_when_the_site_folder_was_deleted(tmp_path: Path) -> None:
    config = load_config(make_edition(tmp_path, [], FIXTURES[:1]))
    documents = sorted((tmp_path / READY).glob("*.xml"))
    EDITIONS["web"].build(config, documents, Reporter())
    shutil.rmtree(tmp_path / "build" / "web")
    EDITIONS["web"].build(config, documents, Reporter())
    assert (tmp_path / "build" / "web" / "index.html").is_file()
    assert (tmp_path / "build" / "web" / "documents" / f"{documents[0].stem}.html").is_file()


def test_a_document_whose_file_name_differs_from_its_id_gets_its_page(tmp_path: Path) -> None:
    """An imported document keeps its source's id (TEI/@n) under another file name: pages, links and
    downloads follow the file name."""
    config = load_config(make_edition(tmp_path, [], FIXTURES))
    renamed = tmp_path / READY / "Phone call, 3 Nov.xml"
    (tmp_path / READY / "fixture_phone_call.xml").rename(renamed)
    EDITIONS["web"].build(config, sorted((tmp_path / READY).glob("*.xml")), Reporter())
    web = tmp_path / "build" / "web"
    assert sorted(p.name for p in (web / "documents").iterdir()) == ["Phone call, 3 Nov.html", "fixture_presidium.html"]
    assert (web / "tei" / renamed.name).is_file()
    hrefs = {unquote(href) for href in html.fromstring((web / "index.html").read_bytes()).xpath("//a/@href")}
    assert "documents/Phone call, 3 Nov.html" in hrefs and "documents/fixture_phone_call.html" not in hrefs
    page = html.fromstring((web / "documents" / "fixture_presidium.html").read_bytes())
    assert "Phone call, 3 Nov.html" in {unquote(href) for href in page.xpath("//a/@href")}
