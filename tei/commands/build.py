"""``tei build``: convert and validate the edition's sources, then build its editions."""

from __future__ import annotations

import argparse

from tei.collate.run import collate_all
from tei.commands import add_output_options, report
from tei.config import DEFAULT_CONFIG, load_config
from tei.diagnostics import Reporter
from tei.editions import EDITIONS
from tei.pipeline import Options, convert, find_sources, write_results

ORDER = 30


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "build", help="build the edition from edition.toml",
        description="Convert and validate every source listed in the edition config into OUTPUT/tei/, "
                    "then build the other editions it lists. Stops before publishing when a document is invalid.",
    )
    parser.add_argument("--config", default=DEFAULT_CONFIG, help="edition config (default edition.toml)")
    add_output_options(parser)
    for edition in EDITIONS.values():
        if edition.add_options is not None:
            edition.add_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    reporter = Reporter()
    paths, problems = find_sources(config.sources)
    reporter.extend(problems)
    registers = config.registers if config.registers and config.registers.is_dir() else None
    options = Options(language=config.language, registers=registers)
    results = convert(paths, options) + collate_all(config, options)
    tei_dir = config.output / "tei"
    written = write_results(results, tei_dir, reporter)
    if reporter.has_errors():
        return report(reporter, args, f"build stopped: {len(results) - written} of {len(results)} documents have errors")
    documents = sorted(tei_dir.glob("*.xml"))
    built = ["tei"]
    requested = [name for name, edition in EDITIONS.items() if edition.requested and edition.requested(args)]
    for name in dict.fromkeys([*config.formats, *requested]):
        if name != "tei" and name in EDITIONS:
            EDITIONS[name].run(config, documents, reporter, args)
            built.append(name)
    return report(reporter, args, f"built {', '.join(built)} for {written} documents in {config.output}")
