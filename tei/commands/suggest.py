"""``tei suggest SRC...``: propose editorial decisions from what the notes say.

Prints ready-to-paste entries for ``<stem>.edits.toml`` (see
:mod:`tei.edits.suggest`); entries the sidecar already has are only mentioned.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from tei.build.document import build_document
from tei.commands import add_output_options, report
from tei.diagnostics import Reporter, relative_path
from tei.edits.blocks import reading_text
from tei.edits.model import Sidecar
from tei.edits.policy import counted
from tei.edits.sidecar import load
from tei.edits.suggest import Suggestion, suggest
from tei.errors import TeiError
from tei.pipeline import SIDECAR_SUFFIX, find_sources
from tei.readers import READERS, detect, get_reader
from tei.source import read_source
from tei.xml import tei

ORDER = 40


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "suggest", help="propose editorial decisions from the notes",
        description="Read the notes of each source and print proposed entries for its <stem>.edits.toml "
                    "where a note describes a misspelling, a variant reading or an omission.",
    )
    parser.add_argument("sources", nargs="+", metavar="SRC", help="source files or folders")
    parser.add_argument("--reader", choices=sorted(READERS), help="force a reader instead of detecting the layout")
    add_output_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    reporter = Reporter()
    paths, problems = find_sources(args.sources)
    reporter.extend(problems)
    proposed: Counter[str] = Counter()
    decided = 0
    for path in paths:
        try:
            source = read_source(path)
            document = (get_reader(args.reader, str(path)) if args.reader else detect(source)).read(source)
        except TeiError as exc:
            reporter.add(exc.diagnostic)
            continue
        text = reading_text(build_document(document).find(tei("text")))
        sidecar_path = path.with_name(path.stem + SIDECAR_SUFFIX)
        existing, _ = load(sidecar_path) if sidecar_path.is_file() else (None, [])
        suggestions = suggest(document, text)
        sys.stdout.write(render(suggestions, relative_path(path), relative_path(sidecar_path), existing))
        done = [bool(_decided(suggestion, existing)) for suggestion in suggestions]
        proposed.update(s.kind for s, old in zip(suggestions, done) if not old)
        decided += sum(done)
    return report(reporter, args, f"{len(paths)} source{'s' if len(paths) != 1 else ''}: {counted(proposed) or 'no new proposals'}; "
                                  f"{decided} already decided")


def render(suggestions: list[Suggestion], source: str, sidecar: str, existing: Sidecar | None) -> str:
    """TOML text to paste into the sidecar (proposals already decided are only mentioned)."""
    lines = [f"# Proposed editorial decisions for {source}, read from its notes.",
             f"# Check each entry, then paste it into {sidecar}."]
    if not suggestions:
        lines.append("# (no note describes a misspelling, a variant reading or an omission)")
    declared = {witness.id for witness in existing.witnesses} if existing else set()
    for suggestion in suggestions:
        said = " ".join(paragraph.plain for paragraph in suggestion.note.paragraphs)
        lines += ["", f"# Note {suggestion.note.n} (line {suggestion.note.line}): {said[:160]}"]
        done = _decided(suggestion, existing)
        if done:
            lines.append(f"# already decided in {sidecar}, line {done}")
            continue
        lines += [f"# {comment}" for comment in suggestion.comments]
        for witness in suggestion.witnesses:
            if witness.id not in declared:
                declared.add(witness.id)
                table = {"id": witness.id, "label": witness.label, **({"base": True} if witness.base else {})}
                lines += ["[[witness]]", *_pairs(table), ""]
        entry = [f"[[{suggestion.kind}]]", *_pairs(suggestion.fields)]
        complete = all(value != "" for value in suggestion.fields.values())
        lines += entry if complete else ["# (complete the empty field, then remove the leading #)",
                                         *(f"# {line}" for line in entry)]
    return "\n".join(lines) + "\n\n"


def _decided(suggestion: Suggestion, existing: Sidecar | None) -> int:
    for entry in existing.entries if existing else ():
        decided = entry.value if entry.kind in ("supplied", "heading") else entry.text
        if entry.kind == suggestion.kind and str(suggestion.fields["text"]) in decided:
            return entry.line
    return 0


def _pairs(fields: dict[str, object]) -> list[str]:
    """``key = value`` lines; JSON strings and lists are valid TOML."""
    return [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in fields.items()]
