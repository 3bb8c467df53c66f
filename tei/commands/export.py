"""``tei export --format F OUTDIR``: the edition's documents and registers in open exchange formats."""

from __future__ import annotations

import argparse
from pathlib import Path

from tei.commands import report
from tei.config import DEFAULT_CONFIG, load_config
from tei.diagnostics import Location, Reporter, error, relative_path
from tei.export import DEFAULT, FORMATS, export

ORDER = 35


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export", help="export documents and registers as CSV, JSON-LD, CMIF, DTS or teiCorpus",
        description="Write the edition's built TEI documents (OUTPUT/tei of the config, made by tei build; or --tei "
                    "DIR) and its registers into OUTDIR in open formats: csv (registers), jsonld (registers and "
                    "document metadata, schema.org), cmif (correspondence metadata), dts (a static Distributed "
                    "Text Services endpoint set), teicorpus (all documents in one file).")
    parser.add_argument("outdir", metavar="OUTDIR", help="folder to write into (created when missing)")
    parser.add_argument("--format", dest="formats", action="append", choices=FORMATS, metavar="FORMAT",
                        help=f"one of {', '.join(FORMATS)} (repeatable; default: {', '.join(DEFAULT)})")
    parser.add_argument("--config", default=DEFAULT_CONFIG, help="edition config (default edition.toml)")
    parser.add_argument("--tei", metavar="DIR", help="folder of TEI documents (default: OUTPUT/tei of the config)")
    parser.add_argument("--report", choices=("text", "json"), default="text",
                        help="diagnostics as text lines (default) or as JSON on standard output")
    parser.add_argument("--strict", action="store_true", help="exit non-zero on warnings too")
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    shown = argparse.Namespace(format=args.report, strict=args.strict, quiet=args.quiet)
    config = load_config(args.config)
    reporter = Reporter()
    folder = Path(args.tei) if args.tei else config.output / "tei"
    documents = sorted(folder.glob("*.xml")) if folder.is_dir() else []
    if not documents:
        reporter.add(error("E-EXPORT-NOTHING", f"no TEI documents in {relative_path(folder)}", Location(str(folder)),
                           "run tei build first, or pass --tei DIR"))
        return report(reporter, shown)
    formats = tuple(dict.fromkeys(args.formats or DEFAULT))
    written = export(formats, documents, config, Path(args.outdir), reporter)
    return report(reporter, shown, f"exported {', '.join(formats)} for {len(documents)} documents: "
                                  f"{len(written)} files in {args.outdir}")
