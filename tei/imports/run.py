"""Import the edition's third-party TEI: check, map, enrich, check again, one result per file.

For each file of a ``[[sources.tei]]`` table: the hardened parser reads it
(not well-formed, a DOCTYPE, not TEI: one error with file and line, the
other files go on); where it does not conform to tei_all is reported once
per distinct problem over the whole table (see :mod:`tei.imports.report`;
an unchanged file's findings come from the last build, :mod:`tei.imports.cache`);
the convention's stylesheet maps it onto the project's conventions; the
transforms the convention names enrich it (``standoff`` makes every
``@ref`` resolve inside the file); no word of the input may be lost; the
result is validated like every converted document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lxml import etree

from tei import transforms
from tei.config import EditionConfig
from tei.diagnostics import Diagnostic, Level, Location, error, relative_path
from tei.errors import TeiError
from tei.imports import conventions, lossless, report
from tei.imports.cache import ConformanceCache
from tei.imports.conventions import Convention
from tei.imports.params import stylesheet_params
from tei.imports.sources import TeiSource, read_tei_sources
from tei.locate import Locator
from tei.model import Document, Header
from tei.pipeline import SIDECAR_SUFFIX, Options, Result
from tei.rngreport import tei_namespace_problem
from tei.validate import schema_path, validate_bytes
from tei.xml import parse_bytes, serialise
from tei.xslt import Stylesheet, load_document


def import_all(config: EditionConfig, options: Options) -> list[Result]:
    """A result per declared third-party file (config problems as failed results)."""
    sources, problems = read_tei_sources(config)
    shown = relative_path(config.path)
    results = [Result(shown, None, [problem]) for problem in problems]
    schema = schema_path("tei_all")
    cache = ConformanceCache.load(config.output / ".cache" / "conformance.json", schema) if schema else None
    for source in sources:
        convention = conventions.get(source.convention)
        if convention is None:
            known = ", ".join(conventions.available())
            results.append(Result(shown, None, [error(
                "E-IMPORT-CONVENTION", f"no mapping is declared for the convention “{source.convention}” "
                f"(xslt/import/{source.convention}.xsl does not exist); its {len(source.files)} files are not imported",
                Location(shown, source.line), f"use one of: {known}, or write the mapping stylesheet")]))
            continue
        results.extend(import_source(source, convention, options, cache))
    if cache is not None and sources:
        cache.save()
    return results


@dataclass
class _Batch:
    """What one table's files share: the compiled mapping, its parameters, the collected findings."""

    source: TeiSource
    convention: Convention
    options: Options
    params: dict = field(default_factory=dict)
    findings: report.Findings = field(default_factory=report.Findings)
    cache: ConformanceCache | None = None


def import_source(source: TeiSource, convention: Convention, options: Options,
                  cache: ConformanceCache | None = None) -> list[Result]:
    batch = _Batch(source, convention, options, cache=cache)
    results: list[Result] = []
    if convention.stylesheet is not None:
        try:
            _sheet(convention.stylesheet)
            batch.params = stylesheet_params(source, options.registers)
        except TeiError as exc:
            return [Result(relative_path(path), None, [exc.diagnostic]) for path in source.files[:1]]
    for path in source.files:
        results.append(import_one(path, batch))
    if results:
        results[0].diagnostics[:0] = batch.findings.diagnostics(source, convention)
    return results


@lru_cache(maxsize=None)
def _sheet(path: Path) -> Stylesheet:
    return Stylesheet(path)


def import_one(path: Path, batch: _Batch) -> Result:
    """One third-party file → a TEI document of the edition (or the reasons it is not one)."""
    shown = relative_path(path)
    reader = f"tei:{batch.convention.name}"
    try:
        data = path.read_bytes()
        tree = parse_bytes(data, shown)
    except TeiError as exc:
        return Result(shown, None, [exc.diagnostic], reader)
    except OSError as exc:
        return Result(shown, None, [error("E-XML-READ", f"cannot read file: {exc.strerror}", Location(shown))], reader)
    root = tree.getroot()
    locator = Locator(data, root, shown)
    problem = tei_namespace_problem(root)
    if problem:
        return Result(shown, None, [error("E-IMPORT-NOT-TEI", problem[0], locator.element(root), problem[1])], reader)
    if batch.source.conformance if batch.source.conformance is not None else batch.convention.conformance:
        batch.findings.conformance(tree, locator, data, batch.cache)
    diagnostics: list[Diagnostic] = []
    mapped = _map(path, root, locator, batch, diagnostics)
    if mapped is None:
        return Result(shown, None, diagnostics, reader)
    diagnostics.extend(_enrich(mapped, path, batch))
    if batch.convention.stylesheet is not None:
        diagnostics.extend(_losses(root, mapped, batch.convention, shown))
    output = serialise(mapped) if batch.convention.stylesheet is not None or _changed(batch) else data
    diagnostics.extend(validate_bytes(output, f"{shown} (imported)"))
    failed = any(d.level >= Level.ERROR for d in diagnostics)
    return Result(shown, None if failed else output, diagnostics, reader)


def _map(path: Path, root: etree._Element, locator: Locator, batch: _Batch,
         diagnostics: list[Diagnostic]) -> etree._Element | None:
    """The input mapped onto the project's conventions (the input itself for ready-made TEI)."""
    if batch.convention.stylesheet is None:
        return root
    try:
        run = _sheet(batch.convention.stylesheet).apply(load_document(path), batch.params, relative_path(path))
        mapped = parse_bytes(run.output.encode("utf-8"), f"{relative_path(path)} (mapped)").getroot()
    except TeiError as exc:
        diagnostics.append(exc.diagnostic)
        return None
    for message in run.diagnostics:
        batch.findings.message(message, locator, diagnostics)
    return mapped


def _enrich(root: etree._Element, path: Path, batch: _Batch) -> list[Diagnostic]:
    """The transforms the table or the convention names (all for a mapping that names none)."""
    names = batch.source.transforms if batch.source.transforms is not None else batch.convention.transforms
    if names == ():
        return []
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    document = Document(path=relative_path(path), stem=path.stem, reader=f"tei:{batch.convention.name}",
                        header=Header(), body=())
    context = transforms.Context(document=document, registers=batch.options.registers,
                                 sidecar=sidecar if sidecar.is_file() else None)
    return transforms.run(root, context, only=names)


def _changed(batch: _Batch) -> bool:
    names = batch.source.transforms if batch.source.transforms is not None else batch.convention.transforms
    return names != ()


def _losses(source: etree._Element, mapped: etree._Element, convention: Convention, shown: str) -> list[Diagnostic]:
    return [error("E-IMPORT-LOST", f"words of the input not found in the mapped document ({loss.kind}): "
                  f"“{loss.text[:60]}”", Location(shown, loss.line),
                  f"the mapping xslt/import/{convention.name}.xsl drops them; keep them or declare the drop")
            for loss in lossless.check(source, mapped, convention.drops)]
