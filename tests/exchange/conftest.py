"""One build of the project's edition (the seeds and the 12 FRUS documents, shared registers) per
session, into a temporary folder: the exchange tests read its TEI, site and data folder."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from tei.cli import main
from tei.paths import PROJECT_ROOT

SOURCES = PROJECT_ROOT / "sources"
FRUS = SOURCES / "frus"
SEED_003 = "003_d9aa3093ddf865fe"
#: The documents that are messages (telegrams, memoranda from … to …, the phone call of seed 003).
MESSAGES = {SEED_003, *(f"frus1955-57v25_d{n}" for n in (100, 101, 102, 103, 105, 106, 109, 110))}

CONFIG = """\
[edition]
title = "Cold War Documents: Hungary, Poland and Romania, 1956"
editors = ["Ada Editor"]
base_url = "https://example.org/cold-war/"

[sources]
paths = ["sources"]
registers = "sources/registers"

[[sources.tei]]
convention = "frus"
paths = ["sources/frus/frus1955-57v25_d*.xml"]
params = { terms = "sources/frus/frus1955-57v25_terms.xml" }

[output]
dir = "build"
formats = ["tei", "web", "print"]
"""


@dataclass(frozen=True)
class Edition:
    root: Path
    status: int
    diagnostics: list[dict]

    @property
    def tei(self) -> Path:
        return self.root / "build" / "tei"

    @property
    def web(self) -> Path:
        return self.root / "build" / "web"

    @property
    def data(self) -> Path:
        return self.web / "data"

    def codes(self) -> list[str]:
        return [d["code"] for d in self.diagnostics]


def build(root: Path, capsys: pytest.CaptureFixture | None = None) -> tuple[int, list[dict]]:
    """``tei build --format json`` in process; its exit status and diagnostics."""
    status = main(["build", "--config", str(root / "edition.toml"), "--format", "json"])
    out = capsys.readouterr().out if capsys else ""
    return status, json.loads(out or "[]")


@pytest.fixture(scope="session")
def edition(tmp_path_factory: pytest.TempPathFactory) -> Edition:
    root = tmp_path_factory.mktemp("exchange")
    shutil.copytree(SOURCES, root / "sources")
    (root / "edition.toml").write_text(CONFIG, encoding="utf-8")
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(io.StringIO()):
        status = main(["build", "--config", str(root / "edition.toml"), "--format", "json"])
    return Edition(root, status, json.loads(buffer.getvalue() or "[]"))
