"""Run the edition's collations: one TEI document per declared witness set.

The base witness goes through the normal conversion (reader, builder, its
own sidecar, recognition, nothing-lost check against the base source,
validation); the other witnesses are read with the same readers and only
their reading text is kept, as tokens for the ``collation`` transform.
"""

from __future__ import annotations

from tei.build.document import build_document
from tei.collate import Collation, CollationInput
from tei.collate.apparatus import reading_tokens
from tei.collate.config import read_collations
from tei.config import EditionConfig
from tei.diagnostics import relative_path
from tei.edits.blocks import reading_blocks
from tei.errors import TeiError
from tei.pipeline import Options, Result, convert_one
from tei.readers import detect, get_reader
from tei.source import read_source
from tei.xml import tei


def collate_all(config: EditionConfig, options: Options) -> list[Result]:
    """A result per declared collation (config problems as failed results)."""
    collations, problems = read_collations(config)
    results = [Result(relative_path(config.path), None, [problem]) for problem in problems]
    results.extend(collate_one(collation, options) for collation in collations)
    return results


def collate_one(collation: Collation, options: Options) -> Result:
    texts = []
    for source in collation.witnesses:
        if source.witness.id == collation.base:
            continue
        try:
            raw = read_source(source.path)
            reader = get_reader(options.reader, str(source.path)) if options.reader else detect(raw)
            tree = build_document(reader.read(raw), options.language)
        except TeiError as exc:
            return Result(relative_path(source.path), None, [exc.diagnostic], stem=collation.name)
        body = tree.find(f"{tei('text')}/{tei('body')}")
        texts.append((source.witness.id, tuple(reading_tokens(reading_blocks(body)))))
    result = convert_one(collation.base_source.path, options,
                         context_options={"collation": CollationInput(collation, tuple(texts))})
    result.stem = collation.name
    return result
