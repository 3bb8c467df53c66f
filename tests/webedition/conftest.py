"""Fixtures of the web edition's tests: one site built per session by ``tei build`` (the seeds, a
hostile raw source, and the hand-made fixture TEI documents of tests/data/web), served on
127.0.0.1, and a headless Chromium driven by Playwright."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest
from lxml import etree

from tei.commands.serve import serve_in_thread
from tei.paths import PROJECT_ROOT

DATA = PROJECT_ROOT / "tests" / "data" / "web"
SEEDS = sorted((PROJECT_ROOT / "sources").glob("*.txt"))
REGISTERS = PROJECT_ROOT / "sources" / "registers"
FIXTURES = sorted(DATA.glob("*.xml"))
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARTIFACTS = PROJECT_ROOT / "test-artifacts" / "web"
SEED_003 = "003_d9aa3093ddf865fe"
SEED_000 = "000_6d5469bca201ffe6"

CONFIG = """\
[edition]
title = "Test Edition of Cold War Documents"
editors = ["Ada Editor", "Ben Editor"]
language = "en"
introduction_file = "introduction.txt"
base_url = "https://example.org/edition/"

[sources]
paths = ["sources"]

[output]
dir = "build"
formats = ["tei", "web"]
"""


@dataclass(frozen=True)
class Site:
    root: Path          # the edition's folder (edition.toml, sources/, build/)
    web: Path           # build/web
    diagnostics: list[dict]
    status: int

    def page(self, relative: str) -> str:
        return (self.web / relative).read_text(encoding="utf-8")

    def codes(self) -> set[str]:
        return {d["code"] for d in self.diagnostics}


#: Where make_edition puts ready-made TEI documents; the config lists them as convention "tei".
READY = "ready"
READY_TABLE = f"""
[[sources.tei]]
convention = "tei"
paths = ["{READY}"]
"""


def make_edition(folder: Path, sources: list[Path], tei: list[Path], config: str = CONFIG) -> Path:
    """An edition folder: config, introduction, raw sources with the project's registers, and
    ready-made TEI documents (in ready/, published by the config's [[sources.tei]] table)."""
    (folder / "sources").mkdir(parents=True)
    for source in sources:
        shutil.copy(source, folder / "sources" / source.name)
    shutil.copytree(REGISTERS, folder / "sources" / "registers")  # the edition's registers, as in sources/
    (folder / READY).mkdir(parents=True)
    for document in tei:
        shutil.copy(document, folder / READY / document.name)
    (folder / "edition.toml").write_text(config + (READY_TABLE if tei else ""), encoding="utf-8")
    (folder / "introduction.txt").write_text(
        "These documents are a test edition.\n\nThe second paragraph of the introduction.\n", encoding="utf-8")
    return folder / "edition.toml"


def run_build(config: Path) -> tuple[int, list[dict]]:
    """``tei build`` as a user runs it; its diagnostics from ``--format json``."""
    # SOURCE_DATE_EPOCH fixes the one time-dependent byte of a build (the CMIF file's timestamp)
    environment = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    completed = subprocess.run([sys.executable, "-m", "tei", "build", "--config", str(config), "--format", "json"],
                               capture_output=True, text=True, cwd=config.parent, timeout=300, check=False,
                               env=environment)
    assert completed.returncode in (0, 1), completed.stderr
    return completed.returncode, json.loads(completed.stdout or "[]")


def expected_note_labels(document: Path) -> list[str]:
    """The labels of a document's note calls in TEI document order: a numbered note's number, the next
    letter for each reading with a textual note (a correction, a regularisation, an apparatus entry)."""
    tei = "{http://www.tei-c.org/ns/1.0}"
    labels, letters = [], iter("abcdefghijklmnopqrstuvwxyz")
    for element in etree.parse(str(document)).find(f"{tei}text").iter(f"{tei}note", f"{tei}app", f"{tei}choice"):
        if element.tag == f"{tei}note" and element.get("n"):
            labels.append(element.get("n"))
        elif element.tag == f"{tei}app" or element.find(f"{tei}sic") is not None or element.find(f"{tei}reg") is not None:
            labels.append(next(letters))
    return labels


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    root = tmp_path_factory.mktemp("edition")
    config = make_edition(root, [*SEEDS, DATA / "hostile.txt"], FIXTURES)
    status, diagnostics = run_build(config)
    return Site(root, root / "build" / "web", diagnostics, status)


@pytest.fixture(scope="session")
def server(site: Site) -> Iterator[str]:
    httpd, url = serve_in_thread(site.web)
    yield url
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (scripts/system-deps.sh installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test dependency")
    playwright = sync_api.sync_playwright().start()
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture
def page(browser) -> Iterator[object]:
    """A fresh page; any JavaScript dialog (alert) fails the test: no source text may run as script."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert dialogs == [], f"a dialog was opened by script: {dialogs}"
    assert errors == [], f"JavaScript errors: {errors}"
