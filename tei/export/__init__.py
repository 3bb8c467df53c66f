"""Open formats out: registers as CSV and JSON-LD, document metadata as JSON-LD, CMIF, DTS, teiCorpus.

:func:`export` writes the chosen formats for an edition's built TEI documents
into a folder; ``tei build`` writes all of :data:`FORMATS` into ``OUTPUT/web/data/``
(the home page links each) and ``tei export`` those the user chooses (:data:`DEFAULT`
unless told).

| format | files |
| --- | --- |
| csv | persons.csv, places.csv, organisations.csv |
| jsonld | registers.jsonld, documents.jsonld |
| cmif | cmif.xml |
| dts | dts/index.json and the endpoint files (see :mod:`tei.export.dts`) |
| teicorpus | corpus.xml |
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Callable

from tei import registers
from tei.config import EditionConfig
from tei.diagnostics import Location, Reporter, error, relative_path, warning
from tei.export import cmif, cmif_rules, csvio, dts, jsonld, metadata, teicorpus
from tei.xml import parse_bytes

FORMATS = ("csv", "jsonld", "cmif", "dts", "teicorpus")
DEFAULT = ("csv", "jsonld", "cmif", "dts")


def export(formats: tuple[str, ...], documents: list[Path], config: EditionConfig, out_dir: Path,
           reporter: Reporter) -> list[Path]:
    """Write ``formats`` for ``documents`` into ``out_dir``; the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    infos = metadata.read_all(documents)
    written: list[Path] = []
    for name in formats:
        written += WRITERS[name](infos, config, out_dir, reporter)
    return written


def _register(config: EditionConfig, reporter: Reporter) -> registers.Register | None:
    if config.registers is None or not config.registers.is_dir():
        reporter.add(warning("W-EXPORT-REGISTERS", "the edition has no register folder: no registers exported",
                             Location(relative_path(config.path)), "set registers = \"…\" under [sources]"))
        return None
    return registers.load(config.registers)


def _csv(infos: list[metadata.DocumentInfo], config: EditionConfig, out_dir: Path, reporter: Reporter) -> list[Path]:
    register = _register(config, reporter)
    return csvio.export_csv(register, out_dir) if register is not None else []


def _jsonld(infos: list[metadata.DocumentInfo], config: EditionConfig, out_dir: Path,
            reporter: Reporter) -> list[Path]:
    written = [jsonld.write_json(jsonld.documents_graph(infos, config.title, config.base_url),
                                 out_dir / "documents.jsonld")]
    register = _register(config, reporter)
    if register is not None:
        written.append(jsonld.write_json(jsonld.registers_graph(register, config.base_url),
                                         out_dir / "registers.jsonld"))
    return written


def _cmif(infos: list[metadata.DocumentInfo], config: EditionConfig, out_dir: Path, reporter: Reporter) -> list[Path]:
    target = out_dir / "cmif.xml"
    register = registers.load(config.registers) if config.registers is not None and config.registers.is_dir() else None
    data = cmif.cmif(infos, config.title, config.editors, config.base_url, previous=target, register=register)
    for problem in cmif_rules.problems(parse_bytes(data, "cmif.xml").getroot()):
        reporter.add(error("E-EXPORT-CMIF", f"the CMIF file breaks a CMIF rule: {problem}",
                           Location(relative_path(target)), "this is a toolkit bug; please report it"))
    if not config.base_url:
        reporter.add(warning("W-EXPORT-BASE-URL", "the edition has no base_url: CMIF needs absolute addresses, but "
                             "the CMIF file and the DTS endpoints give relative ones, which harvesters such as "
                             "correspSearch cannot follow", Location(relative_path(config.path)),
                             'set base_url = "https://…/" (the published address of the web edition) under [edition]'))
    target.write_bytes(data)
    return [target]


def _dts(infos: list[metadata.DocumentInfo], config: EditionConfig, out_dir: Path, reporter: Reporter) -> list[Path]:
    folder = out_dir / "dts"
    if folder.exists():
        shutil.rmtree(folder)  # the endpoint set is rewritten whole: no file of a removed document lingers
    folder.mkdir(parents=True)
    writer = dts.Writer(folder, config.base_url, config.title)
    writer.entry()
    writer.root_collection(infos)
    for document in infos:
        writer.document(document, document.path.read_bytes())
    return writer.files


def _teicorpus(infos: list[metadata.DocumentInfo], config: EditionConfig, out_dir: Path,
               reporter: Reporter) -> list[Path]:
    target = out_dir / "corpus.xml"
    target.write_bytes(teicorpus.corpus([info.path for info in infos], config.title, config.editors))
    return [target]


Writer = Callable[[list[metadata.DocumentInfo], EditionConfig, Path, Reporter], list[Path]]
WRITERS: dict[str, Writer] = {"csv": _csv, "jsonld": _jsonld, "cmif": _cmif, "dts": _dts, "teicorpus": _teicorpus}
assert set(WRITERS) == set(FORMATS)
