"""The site in a real browser (Debian's Chromium, headless, through Playwright), served on 127.0.0.1."""

from __future__ import annotations

import pytest

from .conftest import ARTIFACTS, SEED_003, SEED_000, Site

PAGE_TYPES = {
    "home": "index.html",
    "document": f"documents/{SEED_003}.html",
    "document-apparatus": "documents/fixture_phone_call.html",
    "document-abbreviations": "documents/fixture_presidium.html",
    "persons": "persons.html",
    "places": "places.html",
    "organisations": "organisations.html",
    "archives": "archives.html",
    "chronology": "chronology.html",
    "search": "search.html?q=Malnasan",
}


def test_keyboard_focus_on_a_note_call_shows_the_note(page, server: str) -> None:
    page.goto(server + f"documents/{SEED_003}.html")
    popover = page.locator(".popover")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('noteref')"):
            break
    assert page.evaluate("document.activeElement.textContent") == "1"
    popover.wait_for(state="visible")
    assert "No source is specified for the information in this telegram" in popover.inner_text()
    page.keyboard.press("Escape")
    popover.wait_for(state="hidden")


def test_hovering_a_note_call_shows_the_note(page, server: str) -> None:
    page.goto(server + f"documents/{SEED_000}.html")
    page.hover("a.noteref >> text='4'")
    popover = page.locator(".popover")
    popover.wait_for(state="visible")
    assert "This refers to the manner in which Imre Nagy and his aides were arrested" in popover.inner_text()


def test_person_link_leads_to_the_register_and_back_to_the_mention(page, server: str) -> None:
    page.goto(server + "documents/fixture_phone_call.html")
    mention = page.locator("a.name-persons", has_text="Malnasan").first
    mention_id = mention.get_attribute("id")
    mention.click()
    page.wait_for_url("**/persons.html#malnasan")
    entry = page.locator("#malnasan")
    assert entry.is_visible() and "deputy foreign minister" in entry.inner_text().lower()
    entry.locator(f"a.context[href$='#{mention_id}']").click()
    page.wait_for_url(f"**/documents/fixture_phone_call.html#{mention_id}")
    assert page.evaluate("document.querySelector(':target').id") == mention_id
    assert page.locator(":target").inner_text() == "Malnasan"


def test_home_page_links_to_the_data_downloads_and_each_resolves(page, server: str) -> None:
    page.goto(server + "index.html")
    links = page.locator(".data-downloads a")
    labels = links.all_inner_texts()
    for kind in ("(CSV)", "(JSON-LD", "(CMIF)", "DTS API", "(teiCorpus)"):
        assert any(kind in label for label in labels), f"no {kind} download on the home page: {labels}"
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    for href in hrefs:
        response = page.request.get(server + href)
        assert response.ok and response.body(), f"{href} does not resolve"
    links.filter(has_text="DTS API").click()
    page.wait_for_url("**/data/dts/index.json")
    assert "@context" in page.content()


def test_search_for_malnasan_reaches_seed_003(page, server: str) -> None:
    page.goto(server + "search.html")
    page.fill("#search-input", "Malnasan")
    page.press("#search-input", "Enter")
    result = page.locator("#search-results a", has_text="Notes of a Secure Phone Call from the Soviet Ambassador")
    result.first.wait_for(timeout=15000)
    # the status line is updated after the results are drawn: wait for it rather than race it
    page.wait_for_function("document.querySelector('#search-status').innerText.includes('match')", timeout=15000)
    result.first.click()
    page.wait_for_url(f"**/documents/{SEED_003}.html")
    assert "Malnasan" in page.inner_text("main")


def test_search_folds_diacritics_and_case(page, server: str) -> None:
    page.goto(server + "search.html?q=GHEORGHIU-DÉJ")
    page.locator("#search-results li").first.wait_for(timeout=15000)
    assert page.locator("#search-results li").count() >= 2


def test_reading_switch_shows_the_witness_reading(page, server: str) -> None:
    page.goto(server + "documents/fixture_phone_call.html")
    edited = page.locator(".app .edited").first
    witness = page.locator(".app .rdg").first
    assert edited.is_visible() and edited.inner_text() == "Malnasan" and not witness.is_visible()
    page.check("input[name=reading][value=source]")
    assert witness.is_visible() and witness.inner_text() == "Malnasanu" and not edited.is_visible()
    assert not page.locator(".supplied").first.is_visible(), "supplied text is not in the source"
    page.goto(server + "documents/fixture_presidium.html")
    assert page.is_checked("input[name=reading][value=source]"), "the choice is remembered"
    page.check("input[name=reading][value=edited]")


def test_injected_markup_in_a_raw_source_renders_as_text(page, server: str) -> None:
    page.goto(server + "documents/hostile.html")
    assert page.locator("h1").inner_text().startswith('A Hostile <script>alert("title")</script> Title " onmouseover=')
    assert "<script>alert(1)</script>" in page.inner_text("main")
    page.hover("h1")
    page.hover("text=bold")
    page.click("a.noteref >> nth=0")
    page.goto(server + "search.html?q=alert")
    page.locator("#search-results li").first.wait_for(timeout=15000)
    assert "<script>alert(1)</script>" in page.inner_text("#search-results")
    page.goto(server + "index.html")
    page.goto(server + "chronology.html")


@pytest.mark.parametrize("name", sorted(PAGE_TYPES))
def test_no_serious_accessibility_violations(page, server: str, name: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page.goto(server + PAGE_TYPES[name])
    if name == "search":
        page.locator("#search-results li").first.wait_for(timeout=15000)
    results = Axe().run(page)
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
               for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], serious


@pytest.mark.parametrize("name", sorted(PAGE_TYPES))
def test_headings_landmarks_and_language(page, server: str, name: str) -> None:
    page.goto(server + PAGE_TYPES[name])
    levels = page.eval_on_selector_all("h1, h2, h3, h4, h5, h6", "nodes => nodes.map(n => Number(n.tagName[1]))")
    assert levels.count(1) == 1 and levels[0] == 1
    assert all(after <= before + 1 for before, after in zip(levels, levels[1:])), levels
    assert page.locator("header nav[aria-label]").count() == 1 and page.locator("main#main").count() == 1
    assert page.get_attribute("html", "lang")


def test_focus_is_visible(page, server: str) -> None:
    page.goto(server + f"documents/{SEED_003}.html")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"


@pytest.mark.parametrize("name", sorted(PAGE_TYPES))
def test_phone_width_has_no_horizontal_scrolling(browser, server: str, name: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    page = context.new_page()
    page.goto(server + PAGE_TYPES[name])
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    context.close()


def test_everything_but_search_works_without_javascript(browser, server: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "documents/fixture_phone_call.html")
    page.click("a.noteref >> text='3'")
    assert page.evaluate("location.hash") == "#note-n3"
    assert "mistakenly render it as Malnasanu" in page.inner_text(":target")
    page.check("input[name=reading][value=source]")
    assert page.locator(".app .rdg").first.is_visible(), "the reading switch works by CSS alone"
    page.click("a.name-persons >> nth=0")
    assert "persons.html#" in page.url
    context.close()


def test_site_works_from_the_file_system_except_search(page, site: Site) -> None:
    page.goto((site.web / "documents" / "fixture_presidium.html").as_uri())
    page.click("a.name-persons >> text='Zhukov'")
    assert page.url.endswith("persons.html#zhukov") and page.locator("#zhukov").is_visible()
    page.goto((site.web / "search.html").as_uri())
    assert page.locator("#search-offline").is_visible()
    assert "tei serve" in page.inner_text("#search-offline")


def test_print_stylesheet_shows_the_document_alone(page, server: str) -> None:
    page.goto(server + "documents/fixture_presidium.html")
    page.emulate_media(media="print")
    assert not page.locator(".site-nav").is_visible()
    assert not page.locator(".reading-switch").is_visible()
    assert page.locator(".notes").is_visible() and page.locator(".document-aside").is_visible()
    after = page.evaluate("getComputedStyle(document.querySelector('abbr.abbr'), '::after').content")
    assert "Khrushchev" in after, "abbreviations are expanded on paper"


def test_screenshots_of_every_page_type(browser, server: str) -> None:
    """Saved for people to look at (test-artifacts/web/, not committed)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for width, label in ((1280, "desktop"), (390, "phone")):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        for name, relative in PAGE_TYPES.items():
            page.goto(server + relative)
            if name == "search":
                page.locator("#search-results li").first.wait_for(timeout=15000)
            path = ARTIFACTS / f"{name}-{label}.png"
            page.screenshot(path=str(path), full_page=True)
            assert path.stat().st_size > 10_000
        context.close()


def test_a_list_label_runs_into_the_first_paragraph_of_its_item(page, server: str) -> None:
    page.goto(server + "documents/fixture_presidium.html")
    item = page.locator("ol.labelled > li").first
    label, first = item.locator(".label").bounding_box(), item.locator("p").first.bounding_box()
    assert abs(label["y"] - first["y"]) < 4 and first["x"] > label["x"]
