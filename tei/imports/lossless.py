"""Nothing lost in a mapping: every word of the third-party TEI survives into the mapped document.

The input is read as runs of text, one per block (a paragraph, a head, an
item, a note …), each with the line of its element, the way
:mod:`tei.lossless` reads the output: inline elements (names, hi, gloss …)
keep words together, other elements separate them, notes stand apart.
Each run must then occur in the mapped document as
:func:`tei.lossless.check_lines` demands.  Elements a mapping declares it
drops (``drops`` in its declaration) and editorial additions of the input
are left out; page breaks and other empty milestones join the words around
them, since a mapping may drop them.
"""

from __future__ import annotations

from lxml import etree

from tei.lossless import EDITORIAL, INLINE, Loss, check_lines
from tei.xml import local_name

#: Empty elements that may stand inside a word ("Hun<pb/>gary") and may be dropped.
TRANSPARENT = frozenset({"pb", "cb", "milestone", "anchor", "fw"})
#: Identifiers stand apart: a mapping may give them as addresses (frus1955-57v25 → https://…/frus1955-57v25).
APART = frozenset({"idno"})


def input_lines(root: etree._Element, drops: tuple[str, ...] = ()) -> list[tuple[int, str]]:
    """The input's text as numbered runs (line of the element where each run starts)."""
    runs: list[tuple[int, list[str]]] = [(root.sourceline or 0, [])]
    skipped = EDITORIAL | frozenset(drops)

    def visit(node: etree._Element) -> None:
        name = local_name(node)
        if name == "note":
            runs[-1][1].append(f" {node.get('n', '')} ")
            resume = runs[-1][0]
            runs.append((node.sourceline or 0, []))
            children(node)
            runs.append((resume, []))
            return
        if (name in INLINE or name in TRANSPARENT) and name not in APART:
            children(node)
            return
        runs.append((node.sourceline or 0, []))
        children(node)
        runs.append((node.sourceline or 0, []))

    def children(node: etree._Element) -> None:
        runs[-1][1].append(node.text or "")
        for child in node:
            if isinstance(child.tag, str) and local_name(child) not in skipped:
                visit(child)
            runs[-1][1].append(child.tail or "")

    children(root)
    return [(line, " ".join("".join(parts).split())) for line, parts in runs if "".join(parts).strip()]


def check(source: etree._Element, mapped: etree._Element, drops: tuple[str, ...] = ()) -> list[Loss]:
    """Runs of the input whose words are missing from (or out of order in) the mapped document.

    The header's runs may stand anywhere (a mapping builds a new header: the title may become the
    text's head); the text's runs must keep their order.
    """
    losses: list[Loss] = []
    for child in source:
        if not isinstance(child.tag, str):
            continue
        header = local_name(child) == "teiHeader"
        if header and local_name(child) in drops:
            continue
        lines = input_lines(child, drops)
        losses += check_lines(lines, mapped, ordered=not header)
    return losses
