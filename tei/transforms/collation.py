"""Weave the readings of other witnesses into the base witness's TEI (parallel segmentation).

Runs only in a collation (``context.options["collation"]``, set by
:mod:`tei.collate.run`), after the base's own editorial decisions (10) and
before names and dates are recognised (30 …), so that recognition sees the
base reading (``lem``) and never a variant (``rdg``).
"""

from __future__ import annotations

from lxml import etree

from tei.collate import CollationInput
from tei.collate.align import sites
from tei.collate.apparatus import encode, reading_tokens
from tei.diagnostics import Diagnostic, Location, error
from tei.edits.blocks import reading_blocks
from tei.edits.policy import declare_apparatus, declare_witnesses
from tei.transforms import Context, transform
from tei.xml import tei


@transform("collation", 20)
def collate(root: etree._Element, context: Context) -> list[Diagnostic]:
    given = context.options.get("collation")
    if not isinstance(given, CollationInput):
        return []
    collation = given.collation
    blocks = reading_blocks(root.find(f"{tei('text')}/{tei('body')}"))
    base = reading_tokens(blocks)
    problems = []
    for site in reversed(sites(base, [(ident, list(tokens)) for ident, tokens in given.texts])):
        if not encode(site, base, blocks, collation.base):
            lemma = " ".join(token.text for token in base[site.start:site.end])
            problems.append(error("E-COLLATE-MARKUP", f"the difference at “{lemma[:60]}” crosses other markup",
                                  Location(str(collation.base_source.path)),
                                  "this is a toolkit bug; please report it with the witness files"))
    declare_witnesses(root, [source.witness for source in collation.witnesses])
    declare_apparatus(root)
    root.set("n", collation.name)
    return problems
