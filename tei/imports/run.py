"""Import the edition's third-party TEI: check, map, enrich, check again, one result per file.

For each file of a ``[[sources.tei]]`` table: the hardened parser reads it
(not well-formed, a DOCTYPE, not TEI: one error with file and line, the
other files go on); where it does not conform to tei_all is reported once
per distinct problem over the whole table (see :mod:`tei.imports.report`;
an unchanged file's findings come from the last build, :mod:`tei.imports.cache`);
corrections declared beside it are applied (:mod:`tei.imports.corrections`);
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
from tei.imports import conventions, corrections, lossless, report
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
from tei.xslt import Stylesheet, load_document, processor


#: The last transform: it copies the entries the document's names refer to into its standOff.
SELF_CONTAINED = "standoff"


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
    declared, diagnostics = corrections.read(path)
    done, problems = corrections.apply(root, declared, relative_path(corrections.sidecar(path)))
    diagnostics.extend(problems)
    mapped = _map(path, root, locator, batch, diagnostics, corrected=bool(done))
    if mapped is None:
        return Result(shown, None, diagnostics, reader)
    corrections.record(mapped, done, shown)
    diagnostics.extend(_enrich(mapped, path, batch, done))
    if batch.convention.stylesheet is not None:
        diagnostics.extend(_losses(root, mapped, batch.convention, shown))
    output = serialise(mapped) if batch.convention.stylesheet is not None or _changed(batch) or done else data
    diagnostics.extend(validate_bytes(output, f"{shown} (imported)"))
    failed = any(d.level >= Level.ERROR for d in diagnostics)
    return Result(shown, None if failed else output, diagnostics, reader)


def _map(path: Path, root: etree._Element, locator: Locator, batch: _Batch,
         diagnostics: list[Diagnostic], corrected: bool = False) -> etree._Element | None:
    """The input mapped onto the project's conventions (the input itself for ready-made TEI); a
    ``corrected`` input is mapped as corrected in memory, not as the file has it."""
    if batch.convention.stylesheet is None:
        return root
    try:
        document = processor().parse_xml(xml_text=etree.tostring(root, encoding="unicode")) if corrected \
            else load_document(path)
        run = _sheet(batch.convention.stylesheet).apply(document, batch.params, relative_path(path))
        mapped = parse_bytes(run.output.encode("utf-8"), f"{relative_path(path)} (mapped)").getroot()
    except TeiError as exc:
        diagnostics.append(exc.diagnostic)
        return None
    for message in run.diagnostics:
        batch.findings.message(message, locator, diagnostics)
    return mapped


def _enrich(root: etree._Element, path: Path, batch: _Batch,
            done: list[tuple[corrections.Correction, int]]) -> list[Diagnostic]:
    """The transforms the table or the convention names (all for a mapping that names none); names a
    correction unlinked are unlinked again before ``standoff`` copies the register entries."""
    names = batch.source.transforms if batch.source.transforms is not None else batch.convention.transforms
    if names == ():
        return []
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    document = Document(path=relative_path(path), stem=path.stem, reader=f"tei:{batch.convention.name}",
                        header=Header(), body=())
    context = transforms.Context(document=document, registers=batch.options.registers,
                                 sidecar=sidecar if sidecar.is_file() else None)
    chosen = tuple(step.name for step in transforms.load_all() if names is None or step.name in names)
    found = transforms.run(root, context, only=tuple(name for name in chosen if name != SELF_CONTAINED))
    corrections.keep_unlinked(root, done)
    if SELF_CONTAINED in chosen:
        found += transforms.run(root, context, only=(SELF_CONTAINED,))
    return found


def _changed(batch: _Batch) -> bool:
    names = batch.source.transforms if batch.source.transforms is not None else batch.convention.transforms
    return names != ()


def _losses(source: etree._Element, mapped: etree._Element, convention: Convention, shown: str) -> list[Diagnostic]:
    return [error("E-IMPORT-LOST", f"words of the input not found in the mapped document ({loss.kind}): "
                  f"“{loss.text[:60]}”", Location(shown, loss.line),
                  f"the mapping xslt/import/{convention.name}.xsl drops them; keep them or declare the drop")
            for loss in lossless.check(source, mapped, convention.drops)]
