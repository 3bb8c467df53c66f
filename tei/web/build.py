"""Build the web edition into ``OUTPUT/web``: document pages, collection pages, assets, search.

Every stylesheet is compiled once per build.  A document page is rendered again only when its
TEI, its parameters or the stylesheets changed (content fingerprints in a manifest beside the
site); the collection pages (home, registers, chronology …) are rendered again when any input
changed.  A new page type is a new stylesheet in ``xslt/web/pages/``: every stylesheet there is
run with all documents and writes its pages with ``xsl:result-document``.
"""

from __future__ import annotations

import tempfile
import zipfile
from dataclasses import dataclass
from functools import cached_property
from io import BytesIO
from pathlib import Path
from urllib.parse import unquote

from saxonche import PyXdmNode

from tei.config import EditionConfig
from tei.diagnostics import Reporter
from tei.paths import XSLT
from tei.web import params
from tei.web.cache import Manifest, fingerprint, stylesheets_fingerprint, write_atomic
from tei.web.search import build_index
from tei.xslt import Stylesheet, load_document

WEB = XSLT / "web"
ARCHIVE = "tei/edition-tei.zip"
#: Where the exports write the edition's data beside the site, and the DTS API's entry point in it.
DATA = "data"
DTS_ENTRY = "dts/index.json"
#: A fixed timestamp for the zip's entries, so the same TEI gives the same bytes.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class Stylesheets:
    """The web edition's stylesheets, each compiled on first use and at most once per build."""

    @cached_property
    def document(self) -> Stylesheet:
        return Stylesheet(WEB / "document.xsl")

    @cached_property
    def catalogue(self) -> Stylesheet:
        return Stylesheet(WEB / "catalogue.xsl")

    @cached_property
    def pages(self) -> list[Stylesheet]:
        return [Stylesheet(path) for path in sorted((WEB / "pages").glob("*.xsl"))]


@dataclass(frozen=True)
class Entry:
    """One document in edition order."""

    stem: str
    title: str
    path: Path
    data: bytes
    node: PyXdmNode


@dataclass
class SiteBuild:
    """One build of the site: where it goes, what was there, what is reported."""

    site: Path
    manifest: Manifest
    reporter: Reporter
    sheets: Stylesheets
    styles: str

    def document_pages(self, entries: list[Entry], site_params: dict) -> bool:
        changed = False
        for index, entry in enumerate(entries):
            previous = (entries[index - 1].stem, entries[index - 1].title) if index > 0 else None
            following = (entries[index + 1].stem, entries[index + 1].title) if index + 1 < len(entries) else None
            page_params = params.document_params(site_params, index + 1, previous, following)
            relative = f"documents/{unquote(entry.stem)}.html"
            key = fingerprint(self.styles, params.digest(page_params), entry.data)
            if self.manifest.fresh(self.site, relative, key):
                continue
            result = self.sheets.document.apply(entry.node, page_params, str(entry.path))
            self.reporter.extend(result.diagnostics)
            changed |= write_atomic(self.site / relative, result.output.encode("utf-8"))
            self.manifest.record(relative, key)
        return changed

    def collection_pages(self, site_params: dict, key: str) -> bool:
        """Run every page stylesheet with all documents, unless nothing changed since the last build."""
        previous = [name for name, value in self.manifest.outputs.items()
                    if value == key and name.endswith(".html") and not name.startswith("documents/")]
        if previous and all(self.manifest.fresh(self.site, name, key) for name in previous):
            return False
        changed = False
        with tempfile.TemporaryDirectory() as scratch:
            staging = Path(scratch)
            for sheet in self.sheets.pages:
                result = sheet.call(site_params, staging)
                self.reporter.extend(result.diagnostics)
            for produced in sorted(p for p in staging.rglob("*") if p.is_file()):
                relative = produced.relative_to(staging).as_posix()
                changed |= write_atomic(self.site / relative, produced.read_bytes())
                self.manifest.record(relative, key)
        return changed


def build(config: EditionConfig, documents: list[Path], reporter: Reporter) -> None:
    site = config.output / "web"
    sheets = Stylesheets()
    run = SiteBuild(site, Manifest.load(config.output / ".cache" / "web.json"), reporter, sheets, stylesheets_fingerprint())
    entries = _catalogue(sheets, documents, reporter)
    site_params = params.site_params(config, [entry.node for entry in entries], tei_archive=bool(entries),
                                     data_files=_data_files(site))
    changed = run.document_pages(entries, site_params)
    collection_key = fingerprint(run.styles, params.digest(site_params),
                                 *(entry.stem.encode() + b"\0" + entry.data for entry in entries))
    changed |= run.collection_pages(site_params, collection_key)
    changed |= _assets(run)
    changed |= _tei_files(entries, run)
    changed |= _remove_stale(run)
    if changed or not (site / "pagefind").is_dir():
        build_index(site, config.language, reporter)
    run.manifest.save()


def _catalogue(sheets: Stylesheets, documents: list[Path], reporter: Reporter) -> list[Entry]:
    """The documents, parsed once, in edition order (decided by the stylesheets, common/documents.xsl)."""
    nodes = [(path, load_document(path)) for path in documents]
    with tempfile.TemporaryDirectory() as scratch:
        result = sheets.catalogue.call({"documents": [node for _, node in nodes]}, Path(scratch),
                                       "the catalogue of documents")
    reporter.extend(result.diagnostics)
    entries = []
    for line in result.output.splitlines():
        place, stem, title = line.split("\t", 2)
        path, node = nodes[int(place) - 1]
        entries.append(Entry(stem, title, path, path.read_bytes(), node))
    return entries


def _data_files(site: Path) -> list[str]:
    """The data downloads beside the site (written by the exports before the pages), for the home
    page: the files of data/ and the DTS entry point, as paths under data/."""
    data = site / DATA
    files = sorted(path.name for path in data.glob("*") if path.is_file()) if data.is_dir() else []
    return files + [DTS_ENTRY] * (data / DTS_ENTRY).is_file()


def _assets(run: SiteBuild) -> bool:
    site, manifest = run.site, run.manifest
    changed = False
    for asset in sorted((WEB / "assets").glob("*")):
        data = asset.read_bytes()
        relative = f"assets/{asset.name}"
        changed |= write_atomic(site / relative, data)
        manifest.record(relative, fingerprint(data))
    return changed


def _tei_files(entries: list[Entry], run: SiteBuild) -> bool:
    """Each document's TEI for download, and all of them in one zip."""
    site, manifest = run.site, run.manifest
    changed = False
    for entry in entries:
        relative = f"tei/{unquote(entry.stem)}.xml"
        changed |= write_atomic(site / relative, entry.data)
        manifest.record(relative, fingerprint(entry.data))
    if entries:
        buffer = BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for entry in entries:
                info = zipfile.ZipInfo(f"{unquote(entry.stem)}.xml", ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, entry.data)
        changed |= write_atomic(site / ARCHIVE, buffer.getvalue())
        manifest.record(ARCHIVE, fingerprint(buffer.getvalue()))
    return changed


def _remove_stale(run: SiteBuild) -> bool:
    """Delete what the last build wrote and this one did not (removed documents)."""
    stale = run.manifest.stale()
    for relative in stale:
        (run.site / relative).unlink(missing_ok=True)
    return bool(stale)
