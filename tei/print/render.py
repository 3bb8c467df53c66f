"""Setting paged HTML as PDF with WeasyPrint: pages, the page of every anchor, page labels.

WeasyPrint is imported on first use (it loads Pango).  Its warnings (a CSS property it does not
support, a missing font file …) become ``W-PRINT-RENDER`` diagnostics, so that a stylesheet
problem shows up in the build report and the tests rather than in a log nobody reads.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from tei.diagnostics import Diagnostic, Level, Location

#: The typeface the print stylesheet asks for first, and the Debian package that installs it.
FONT = "Linux Libertine O"
FONT_PACKAGE = "fonts-linuxlibertine"


@dataclass
class Rendering:
    """One setting of a book: WeasyPrint's document and what it reported."""

    document: Any
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return len(self.document.pages)

    def anchor_pages(self) -> dict[str, int]:
        """The page (1-based, physical) each anchor is on; the first page where it occurs."""
        found: dict[str, int] = {}
        for number, page in enumerate(self.document.pages, 1):
            for anchor in page.anchors:
                found.setdefault(anchor, number)
        return found

    def write_pdf(self, target: Path, main_matter: str | None = None) -> None:
        """Write the PDF; pages before the anchor ``main_matter`` are labelled i, ii … (as printed)."""
        front = self.anchor_pages().get(main_matter, 1) - 1 if main_matter else 0
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(target.name + ".part")
        self.document.write_pdf(temporary, finisher=_page_labels(front))
        temporary.replace(target)


def render(html: str, base: Path, where: str) -> Rendering:
    """Lay out ``html`` (its stylesheet and images are found relative to ``base``)."""
    import weasyprint

    with _captured(where) as diagnostics:
        document = weasyprint.HTML(string=html, base_url=str(base.resolve()) + "/").render(
            font_config=_font_config())
    return Rendering(document, diagnostics)


@lru_cache(maxsize=1)
def _font_config() -> Any:
    """One font configuration per process: fontconfig is asked about fonts once."""
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


def font_diagnostics() -> list[Diagnostic]:
    """A warning when the book's typeface is not installed (another serif then stands in)."""
    if shutil.which("fc-list") is None:
        return []
    listed = subprocess.run(["fc-list", f":family={FONT}", "family"], capture_output=True, text=True, check=False)
    if listed.stdout.strip():
        return []
    return [Diagnostic(Level.WARNING, "W-PRINT-FONT", f"the typeface {FONT} is not installed; the book is set in a fallback",
                       Location("xslt/print/assets/print.css"),
                       f"install the Debian package {FONT_PACKAGE} (scripts/system-deps.sh does)")]


def _page_labels(front: int) -> Any:
    """A finisher that labels the front matter's pages in roman numerals and the rest from 1."""
    import pydyf

    def finish(_document: Any, pdf: Any) -> None:
        numbers = pydyf.Array()
        if front > 0:
            numbers.extend([0, pydyf.Dictionary({"S": "/r"})])
        numbers.extend([front, pydyf.Dictionary({"S": "/D"})])
        pdf.catalog["PageLabels"] = pydyf.Dictionary({"Nums": numbers})

    return finish


class _Collector(logging.Handler):
    def __init__(self, where: str) -> None:
        super().__init__(logging.WARNING)
        self.where = where
        self.found: list[Diagnostic] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.found.append(Diagnostic(Level.WARNING, "W-PRINT-RENDER", " ".join(record.getMessage().split()),
                                     Location(self.where), "from WeasyPrint; see xslt/print/assets/print.css"))


@contextmanager
def _captured(where: str) -> Iterator[list[Diagnostic]]:
    """WeasyPrint's warnings while the block runs, as diagnostics (not printed)."""
    logger = logging.getLogger("weasyprint")
    collector = _Collector(where)
    saved = logger.propagate
    logger.addHandler(collector)
    logger.propagate = False
    try:
        yield collector.found
    finally:
        logger.removeHandler(collector)
        logger.propagate = saved
