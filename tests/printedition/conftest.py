"""Fixtures of the print edition's tests: one book built per session by ``tei build --print-each``
from the seeds, the web edition's hand-made TEI fixtures and a fixture of letters and TeX signs
(tests/data/print), read back from the PDF with pypdf."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pytest

from tei.paths import PROJECT_ROOT

from webedition.conftest import CONFIG as WEB_CONFIG
from webedition.conftest import make_edition as web_edition

DATA = PROJECT_ROOT / "tests" / "data" / "print"
#: The seeds with their editorial sidecars (readings, corrections, supplied words).
SEEDS = sorted((PROJECT_ROOT / "sources").glob("*.txt")) + sorted((PROJECT_ROOT / "sources").glob("*.edits.toml"))
FIXTURES = sorted((PROJECT_ROOT / "tests" / "data" / "web").glob("*.xml")) + sorted(DATA.glob("*.xml"))
ARTIFACTS = PROJECT_ROOT / "test-artifacts" / "print"
TITLE = "A Test Edition of Cold War Documents"
INTRODUCTION = ("These documents are a test edition. Its letters: ă ș ț Ă Ș Ț; ő ű Ő Ű; Хрущёв, Георгиу-Деж.\n\n"
                "The second paragraph of the introduction.\n")

#: The web edition tests' config with this book's title, building the print edition.
CONFIG = WEB_CONFIG.replace("Test Edition of Cold War Documents", TITLE).replace('"tei", "web"', '"tei", "print"')


def make_edition(folder: Path, sources: list[Path], tei: list[Path]) -> Path:
    """An edition folder as the web edition's tests make it, with this book's config and introduction."""
    config = web_edition(folder, sources, tei, CONFIG)
    (folder / "introduction.txt").write_text(INTRODUCTION, encoding="utf-8")
    return config


def run_build(config: Path, *options: str) -> tuple[int, list[dict]]:
    """``tei build`` as a user runs it, with the print edition's options: exit status and diagnostics."""
    completed = subprocess.run([sys.executable, "-m", "tei", "build", "--config", str(config), "--format", "json", *options],
                               capture_output=True, text=True, cwd=config.parent, timeout=600, check=False)
    assert completed.returncode in (0, 1), completed.stderr
    return completed.returncode, json.loads(completed.stdout or "[]")


def normalise(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Pdf:
    """A PDF as its pages' text and the page labels printed on them (i, ii … 1, 2 …)."""

    path: Path
    reader: object = field(repr=False)

    @classmethod
    def read(cls, path: Path) -> "Pdf":
        pypdf = pytest.importorskip("pypdf", reason="pypdf is a test dependency (pip install -e '.[test]')")
        return cls(path, pypdf.PdfReader(str(path)))

    @cached_property
    def texts(self) -> list[str]:
        return [page.extract_text() or "" for page in self.reader.pages]

    @cached_property
    def labels(self) -> list[str]:
        return list(self.reader.page_labels)

    def page(self, label: str) -> str:
        """The text of the page printed with this number."""
        return self.texts[self.labels.index(label)]

    @cached_property
    def text(self) -> str:
        return normalise(" ".join(self.texts))

    def section(self, heading: str) -> str:
        """The text of the pages from the one that starts with ``heading`` to the next such heading."""
        starts = [i for i, text in enumerate(self.texts) if text.lstrip().startswith(heading)]
        assert starts, f"no page starts with {heading!r}"
        pages = [self.texts[starts[0]]]
        for text in self.texts[starts[0] + 1:]:
            if re.match(r"\s*(Index of|Archival sources cited)", text):
                break
            pages.append(text)
        return normalise(" ".join(pages))


@dataclass(frozen=True)
class Book:
    root: Path
    status: int
    diagnostics: list[dict]

    @property
    def out(self) -> Path:
        return self.root / "build" / "print"

    @cached_property
    def pdf(self) -> Pdf:
        return Pdf.read(self.out / "edition.pdf")

    def codes(self) -> set[str]:
        return {d["code"] for d in self.diagnostics}


@pytest.fixture(scope="session")
def book(tmp_path_factory: pytest.TempPathFactory) -> Book:
    root = tmp_path_factory.mktemp("print-edition")
    config = make_edition(root, SEEDS, FIXTURES)
    status, diagnostics = run_build(config, "--print-each")
    return Book(root, status, diagnostics)
