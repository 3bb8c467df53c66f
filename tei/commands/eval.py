"""``tei eval [CORPUS]``: measured accuracy of the enrichment against a gold-annotated corpus."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tei.diagnostics import Location, error
from tei.evaluation import TARGETS, corpus_problem, evaluate, missed_targets, report
from tei.paths import shared_dir

ORDER = 50


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "eval", help="score persons, links, dates and signatures against gold annotations",
        description="Import the corpus's list of persons into an empty register folder, convert every *.txt of "
                    "CORPUS with it, and score against the *.gold.json beside each text.")
    default = shared_dir() / "corpus" / "frus-dev" if shared_dir() else None
    parser.add_argument("corpus", nargs="?", default=str(default) if default else None, metavar="CORPUS",
                        help="folder with *.txt, *.gold.json and a *_persons.xml (default ../shared/corpus/frus-dev)")
    parser.add_argument("--persons", metavar="FILE", help="list of persons to import (default CORPUS/*_persons.xml)")
    parser.add_argument("--errors", action="store_true", help="list every wrong, missed or extra item")
    parser.add_argument("--targets", action="store_true",
                        help="exit 1 when a target is missed (" + ", ".join(f"{k} ≥ {v}" for k, v in TARGETS.items()) + ")")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="a table (default) or JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    problem = corpus_problem(args.corpus)
    if problem is None and args.persons and not Path(args.persons).is_file():
        problem = error("E-EVAL-PERSONS", "no list of persons at this path", Location(args.persons),
                        "give a TEI listPerson or a FRUS list of persons, or leave out --persons")
    if problem is not None:
        print(problem.format(), file=sys.stderr)
        return 1
    scores = evaluate(Path(args.corpus), Path(args.persons) if args.persons else None)
    missed = missed_targets(scores)
    if args.format == "json":
        print(json.dumps({"counts": scores.counts, "missed_targets": missed, "errors": scores.errors}, indent=2,
                         ensure_ascii=False))
    else:
        print(report(scores))
        if args.errors:
            print("\n".join(scores.errors))
        for name in missed:
            print(f"target missed: {name}", file=sys.stderr)
    return 1 if args.targets and missed else 0
