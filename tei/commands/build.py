"""``tei build``: convert and validate the edition's sources, then build its editions."""

from __future__ import annotations

import argparse

from tei.collate.run import collate_all
from tei.commands import add_output_options, report
from tei.config import DEFAULT_CONFIG, load_config
from tei.diagnostics import Reporter
from tei.editions import EDITIONS
from tei.imports import import_all
from tei.pipeline import Options, convert, find_sources, publish

ORDER = 30


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "build", help="build the edition from edition.toml",
        description="Convert, import and validate every source listed in the edition config into OUTPUT/tei/ "
                    "(exactly this run's documents), then build the other editions it lists from them. A document "
                    "with errors is reported and left out; the exit status is then 1.",
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
    results = convert(paths, options) + import_all(config, options) + collate_all(config, options)
    documents = sorted(publish(results, config.output / "tei", reporter))
    failed = sum(1 for result in results if result.output is None)
    if not documents and failed:
        return report(reporter, args, f"build stopped: none of {len(results)} documents could be built")
    built = ["tei"]
    requested = [name for name, edition in EDITIONS.items() if edition.requested and edition.requested(args)]
    for name in dict.fromkeys([*config.formats, *requested]):
        if name != "tei" and name in EDITIONS:
            EDITIONS[name].run(config, documents, reporter, args)
            built.append(name)
    left_out = f"; {failed} left out (errors)" if failed else ""
    return report(reporter, args, f"built {', '.join(built)} for {len(documents)} documents in {config.output}{left_out}")
