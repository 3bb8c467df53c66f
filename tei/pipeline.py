"""The conversion pipeline: source → reader → model → TEI → transforms → checks → file.

One file's conversion is a pure function of its inputs (:func:`convert_one`)
returning bytes and diagnostics; :func:`convert` runs it over a batch, in
parallel processes when the batch is large enough to pay for them, and
writes each output atomically, only when it has no errors.
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from tei import registers, transforms
from tei.build.document import build_document
from tei.diagnostics import Diagnostic, Level, Location, Reporter, error, relative_path, warning
from tei.errors import OutputError, TeiError
from tei.lossless import check as lossless_check
from tei.readers import detect, get_reader
from tei.readers.base import check_header_date, check_notes
from tei.source import read_source
from tei.validate import validate_bytes
from tei.xml import serialise

SOURCE_SUFFIXES = (".txt", ".md")
#: Editorial decisions for ``<stem>.txt`` live beside it in ``<stem>.edits.toml``.
SIDECAR_SUFFIX = ".edits.toml"
#: Registers are looked for here (relative to the working directory) unless a folder is given.
DEFAULT_REGISTERS = Path("sources/registers")
#: Below this many files, worker processes cost more than they save.
PARALLEL_THRESHOLD = 16
#: Schematron rules the transforms also check, pointing at the source: the output's report is not repeated.
CHECKED_AT_SOURCE = frozenset({"W-DATE-AFTER-DOC"})
#: Without any register, every name is "not in the register": said once by the command, not per name.
UNLINKED_WITHOUT_REGISTERS = frozenset({
    "W-PERSON-UNRESOLVED", "W-PLACE-UNRESOLVED", "W-ORG-UNRESOLVED", "W-ARCHIVE-UNRESOLVED", "W-CORRESP-UNRESOLVED"})


@dataclass(frozen=True)
class Options:
    """Settings of one conversion run (picklable, passed to worker processes)."""

    reader: str | None = None
    language: str = "en"
    validate: bool = True
    registers: Path | None = None
    transforms: bool = True


@dataclass
class Result:
    """One source's outcome: the TEI bytes (None on error) and what was reported."""

    source: str
    output: bytes | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    reader: str = ""
    stem: str = ""  # output name when it is not the source's stem (a collation)


def find_sources(paths: Iterable[Path | str]) -> tuple[list[Path], list[Diagnostic]]:
    """Files given, and source files inside folders given (sorted; sidecars skipped)."""
    found: list[Path] = []
    problems: list[Diagnostic] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if _is_source(p, path)))
        elif path.is_file():
            found.append(path)
        else:
            problems.append(error("E-SRC-MISSING", "no such file or folder", Location(str(raw)),
                                  "check the path"))
    return found, problems


def _is_source(path: Path, folder: Path) -> bool:
    """Source files in a walked folder: text exports, not READMEs or register files."""
    return (path.is_file() and path.suffix in SOURCE_SUFFIXES and not path.name.upper().startswith("README")
            and "registers" not in path.relative_to(folder).parts)


def convert_one(path: Path, options: Options, context_options: dict[str, object] | None = None) -> Result:
    """Convert one source; never raises for bad input, reports instead.

    ``context_options`` reach the transforms (a collation passes its witnesses this way).
    """
    shown = relative_path(path)
    try:
        source = read_source(path)
        reader = get_reader(options.reader, shown) if options.reader else detect(source)
        document = reader.read(source)
    except TeiError as exc:
        return Result(shown, None, [exc.diagnostic])
    diagnostics = check_notes(document) + check_header_date(document)
    root = build_document(document, options.language)
    if options.transforms:
        sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
        context = transforms.Context(document=document, registers=options.registers,
                                     sidecar=sidecar if sidecar.is_file() else None,
                                     options=context_options or {})
        found = transforms.run(root, context)
        silenced = UNLINKED_WITHOUT_REGISTERS if options.registers is None else frozenset()
        diagnostics.extend(d for d in found if d.code not in silenced)
    for loss in lossless_check(source.text, document.dropped, root):
        diagnostics.append(error(
            "E-LOST", f"source words not found in the TEI ({loss.kind}): “{loss.text[:60]}”",
            Location(shown, loss.line, 1), "this is a toolkit bug; please report it with the source file"))
    data = serialise(root)
    if options.validate:
        checked = CHECKED_AT_SOURCE if options.transforms else frozenset()
        diagnostics.extend(d for d in validate_bytes(data, f"{shown} (output)") if d.code not in checked)
    failed = any(d.level >= Level.ERROR for d in diagnostics)
    return Result(shown, None if failed else data, diagnostics, reader.name)


def _convert_args(args: tuple[Path, Options]) -> Result:
    return convert_one(*args)


def convert(paths: list[Path], options: Options, jobs: int | None = None,
            progress: Callable[[int, int, str], None] | None = None) -> list[Result]:
    """Convert many sources, in parallel when there are many; results in input order.

    Problems of the register folder are reported once, with the first result
    (the documents are converted without the faulty entries).
    """
    results = _convert_all(paths, options, jobs, progress)
    if results and options.registers is not None and options.transforms:
        results[0].diagnostics[:0] = registers.load(options.registers).diagnostics
    return results


def _convert_all(paths: list[Path], options: Options, jobs: int | None,
                 progress: Callable[[int, int, str], None] | None) -> list[Result]:
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    if len(paths) < PARALLEL_THRESHOLD or workers <= 1:
        results = []
        for index, path in enumerate(paths, 1):
            results.append(convert_one(path, options))
            if progress:
                progress(index, len(paths), str(path))
        return results
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = []
        for index, result in enumerate(pool.map(_convert_args, [(p, options) for p in paths], chunksize=4), 1):
            results.append(result)
            if progress:
                progress(index, len(paths), result.source)
        return results


def write_results(results: list[Result], out_dir: Path, reporter: Reporter) -> int:
    """Write each successful result to ``out_dir/<stem>.xml`` atomically; count written files.

    A source that fails this time loses its output of an earlier run: left in
    place, it would pass for the conversion of the source as it is now.
    """
    written = {path.stem for path in write_documents(results, out_dir, reporter)}
    for result in results:
        stale = out_dir / (output_stem(result) + ".xml")
        if stale.stem in written or not stale.is_file():
            continue
        try:
            stale.unlink()
        except OSError as exc:
            reporter.add(error("E-OUT-STALE", f"cannot remove {relative_path(stale)}, the output of an earlier run: "
                               f"{exc.strerror}", Location(result.source), "delete it by hand; it is out of date"))
            continue
        reporter.add(warning("W-OUT-STALE", f"removed {relative_path(stale)}, the output of an earlier run, "
                             "because this source did not convert now", Location(result.source),
                             "fix the errors reported for it and convert again"))
    return len(written)


def output_stem(result: Result) -> str:
    """The name of a result's output file without ``.xml``: the source's stem unless the result names one."""
    return result.stem or Path(result.source).stem


def publish(results: list[Result], out_dir: Path, reporter: Reporter) -> list[Path]:
    """Write this run's documents and remove every other ``*.xml`` of ``out_dir``; the documents written.

    What an edition publishes is exactly what this run produced: the output of a source that has
    since been removed, or that failed this time, does not linger to be published.
    """
    documents = write_documents(results, out_dir, reporter)
    for stale in sorted(set(out_dir.glob("*.xml")) - set(documents)):
        stale.unlink()
    return documents


def write_documents(results: list[Result], out_dir: Path, reporter: Reporter) -> list[Path]:
    """Write each successful result to ``out_dir/<stem>.xml`` atomically; the files written, in order."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(error("E-OUT-WRITE", f"cannot create the output folder: {exc.strerror}",
                                Location(relative_path(out_dir)), "check the path and its permissions")) from None
    written: list[Path] = []
    targets: dict[str, str] = {}
    for result in results:
        reporter.extend(result.diagnostics)
        if result.output is None:
            continue
        stem = output_stem(result)
        if stem in targets:
            reporter.add(error("E-OUT-COLLISION", f"{targets[stem]} already writes {stem}.xml",
                               Location(result.source), "rename one of the sources; outputs are named by stem"))
            continue
        targets[stem] = result.source
        target = out_dir / (stem + ".xml")
        temporary = target.with_suffix(".xml.part")
        try:
            temporary.write_bytes(result.output)
            os.replace(temporary, target)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            reporter.add(error("E-OUT-WRITE", f"cannot write {relative_path(target)}: {exc.strerror}",
                               Location(result.source), "check the output folder's permissions and free space"))
            continue
        written.append(target)
    return written


def stderr_progress(index: int, total: int, name: str) -> None:
    sys.stderr.write(f"\r[{index}/{total}] {name[-60:]:<60}")
    if index == total:
        sys.stderr.write("\n")
    sys.stderr.flush()
