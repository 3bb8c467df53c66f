"""Build the print edition into ``OUTPUT/print``.

- ``edition.html`` + ``print.css``: the book as paged HTML (what WeasyPrint sets; open it to
  see what the stylesheets made);
- ``edition.pdf``: the book, set twice when it has indexes or a list of sources (the second
  setting cites the pages anchors fell on in the first, each page once);
- ``documents/<name>.pdf`` with ``--print-each``: each document on its own;
- ``latex/edition.tex`` with ``--print-format latex`` (and ``latex/edition.pdf`` with ``--pdf``).

An output is made again only when its TEI, its parameters or the stylesheets changed (content
fingerprints in ``OUTPUT/.cache/print.json``).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from saxonche import PyXdmNode

from tei.config import EditionConfig
from tei.diagnostics import Reporter
from tei.paths import XSLT
from tei.print import params
from tei.print.options import PrintOptions
from tei.print.render import Rendering, font_diagnostics, render
from tei.web.cache import Manifest, fingerprint, write_atomic
from tei.web.params import digest
from tei.xslt import Stylesheet, load_document

PRINT = XSLT / "print"
CSS = PRINT / "assets" / "print.css"
#: The anchor of the first document's heading: where arabic page numbers start.
MAIN_MATTER = "document-1"
#: Bump when the build's Python logic changes what the outputs contain.
CACHE_VERSION = "1"


class Stylesheets(dict):
    """The print stylesheets by file name, each compiled on first use and at most once per build."""

    def __missing__(self, name: str) -> Stylesheet:
        sheet = self[name] = Stylesheet(PRINT / name)
        return sheet


def stylesheets_fingerprint() -> str:
    """One fingerprint of the print stylesheets, their CSS and the shared modules."""
    files = sorted(p for folder in (XSLT / "common", PRINT) for p in folder.rglob("*") if p.is_file())
    return fingerprint(CACHE_VERSION, *(f"{p.relative_to(XSLT)}\n".encode() + p.read_bytes() for p in files))


@dataclass
class PrintBuild:
    """One build of the print edition: where it goes, what was there, what is reported."""

    out: Path
    reporter: Reporter
    sheets: Stylesheets
    manifest: Manifest
    styles: str
    #: What was reported already (the second setting of the book repeats the first one's warnings).
    reported: set[tuple[str, str, str]] = field(default_factory=set)

    def book(self, book_params: dict, data: list[bytes]) -> None:
        key = fingerprint(self.styles, digest(book_params), *data)
        if self.manifest.fresh(self.out, "edition.pdf", key) and self.manifest.fresh(self.out, "edition.html", key):
            return
        html, rendering = self._set(book_params, "the book")
        if "back-matter" in html:  # indexes or sources: cite the pages of the first setting
            html, rendering = self._set(params.with_pages(book_params, rendering.anchor_pages()), "the book")
        write_atomic(self.out / "edition.html", html.encode("utf-8"))
        rendering.write_pdf(self.out / "edition.pdf", MAIN_MATTER)
        for name in ("edition.html", "edition.pdf"):
            self.manifest.record(name, key)

    def each(self, book_params: dict, entries: list[tuple[str, PyXdmNode, bytes]]) -> None:
        for number, (stem, node, data) in enumerate(entries, 1):
            relative = f"documents/{stem}.pdf"
            page_params = params.document_params(book_params, node, number, "../print.css")
            key = fingerprint(self.styles, digest(page_params), data)
            if self.manifest.fresh(self.out, relative, key):
                continue
            _, rendering = self._set(page_params, stem, self.out / "documents")
            rendering.write_pdf(self.out / relative)
            self.manifest.record(relative, key)

    def _set(self, stylesheet_params: dict, where: str, base: Path | None = None) -> tuple[str, Rendering]:
        """The paged HTML made by book.xsl and WeasyPrint's setting of it."""
        with tempfile.TemporaryDirectory() as scratch:
            result = self.sheets["book.xsl"].call(stylesheet_params, Path(scratch), where)
        rendering = render(result.output, base or self.out, where)
        for diagnostic in [*result.diagnostics, *rendering.diagnostics]:
            key = (diagnostic.code, diagnostic.message, str(diagnostic.location))
            if key not in self.reported:
                self.reported.add(key)
                self.reporter.add(diagnostic)
        return result.output, rendering


def build(config: EditionConfig, documents: list[Path], reporter: Reporter,
          options: PrintOptions = PrintOptions()) -> None:
    out = config.output / "print"
    sheets = Stylesheets()
    manifest = Manifest.load(config.output / ".cache" / "print.json")
    manifest.written.update({name: key for name, key in manifest.outputs.items() if not _remade(name, options)})
    run = PrintBuild(out, reporter, sheets, manifest, stylesheets_fingerprint())
    entries = _catalogue(sheets, documents, reporter)
    book_params = params.book_params(config, [node for _, node, _ in entries])
    write_atomic(out / "print.css", CSS.read_bytes())
    if options.book or options.each:
        reporter.extend(font_diagnostics())
    data = [stem.encode() + b"\0" + content for stem, _, content in entries]
    if options.book:
        run.book(book_params, data)
    if options.each:
        run.each(book_params, entries)
    if options.latex or options.typeset:
        from tei.print.latex import build_latex

        build_latex(run, book_params, data, options.typeset)
    for relative in manifest.stale():
        (out / relative).unlink(missing_ok=True)
    manifest.save()


def _remade(relative: str, options: PrintOptions) -> bool:
    """Whether this build makes the output again (outputs it does not make are kept as they are)."""
    if relative.startswith("documents/"):
        return options.each
    if relative.startswith("latex/"):
        return options.latex or options.typeset
    return options.book


def _catalogue(sheets: Stylesheets, documents: list[Path], reporter: Reporter) -> list[tuple[str, PyXdmNode, bytes]]:
    """The documents (file name, parsed once, bytes) in edition order (decided by common/documents.xsl)."""
    nodes = [load_document(path) for path in documents]
    with tempfile.TemporaryDirectory() as scratch:
        ordered = sheets["catalogue.xsl"].call({"documents": nodes}, Path(scratch), "the catalogue")
    reporter.extend(ordered.diagnostics)
    places = [int(line) - 1 for line in ordered.output.split()]
    return [(documents[i].stem, nodes[i], documents[i].read_bytes()) for i in places]
