"""The reading text of a TEI tree as tokens, and variation sites encoded as ``app`` in it.

Blocks are the elements that hold running text (head, p, speaker, item …);
notes, supplied words and the editorial side of choices and readings are not
part of any witness's text and are left out.  Offsets are flattened offsets
(:mod:`tei.markup`) so the apparatus is woven in without moving a character.
"""

from __future__ import annotations

from lxml import etree

from tei import markup
from tei.collate.align import Site, Token, tokenize
from tei.edits.blocks import Block
from tei.xml import tei


def reading_tokens(blocks: list[Block]) -> list[Token]:
    tokens: list[Token] = []
    for number, block in enumerate(blocks):
        tokens.extend(tokenize(block.text, number))
    return tokens


def encode(site: Site, base: list[Token], blocks: list[Block], base_id: str) -> bool:
    """Weave one site into the tree as ``app``; False when it cannot be marked up."""
    lem_wit = _pointers((base_id, *site.agreeing))
    grouped = _grouped(site.readings)
    if site.start == site.end:
        return _insert(site, base, blocks, lem_wit, grouped)
    pieces = _pieces(base[site.start:site.end])
    for number, (block, start, end) in enumerate(pieces):
        readings = grouped if number == 0 else [("", wit) for _, wit in grouped]
        app = markup.make_choice(blocks[block].element, start, end, "lem", "rdg", readings[0][0],
                                 blocks[block].skip, wrapper="app")
        if app is None:
            return False
        _finish(app, site, lem_wit, readings)
    return True


def _insert(site: Site, base: list[Token], blocks: list[Block], lem_wit: str,
            grouped: list[tuple[str, str]]) -> bool:
    """Words the base does not have: an ``app`` with an empty ``lem`` after the preceding word.

    Words that open a block in the witnesses go before the next word instead, when it opens a block too.
    """
    at_block_start = site.start < len(base) and (site.start == 0 or base[site.start - 1].block != base[site.start].block)
    after = site.start > 0 and not (site.opens_block and at_block_start)
    anchor = base[site.start - 1] if after else base[site.start]
    app = etree.Element(tei("app"))
    etree.SubElement(app, tei("lem"))
    spaced = [(_spaced(text, after), wit) for text, wit in grouped]
    for text, _ in spaced:
        markup.add_editorial(app, "rdg", text)
    block = blocks[anchor.block]
    if markup.insert(block.element, anchor.end if after else anchor.start, app, block.skip) is None:
        return False
    _finish(app, site, lem_wit, spaced)
    return True


def _spaced(text: str, after: bool) -> str:
    """An addition keeps a space from the word it follows (or precedes), except beside punctuation."""
    if not text:
        return text
    if after:
        return text if text[0] in ".,;:!?)]”’" else " " + text
    return text if text[-1] in "([“‘" else text + " "


def _finish(app: etree._Element, site: Site, lem_wit: str, readings: list[tuple[str, str]]) -> None:
    if site.transposition:
        app.set("type", "transposition")
    app[0].set("wit", lem_wit)
    for (text, wit), rdg in zip(readings, app[1:]):
        rdg.set("wit", wit)
    for (text, wit) in readings[len(app) - 1:]:
        markup.add_editorial(app, "rdg", text).set("wit", wit)
    for rdg in app[1:]:
        rdg.text = rdg.text or None


def _grouped(readings: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """Witnesses with the same reading share one ``rdg``: ``(text, "#a #b")``."""
    by_text: dict[str, list[str]] = {}
    for ident, text in readings:
        by_text.setdefault(text, []).append(ident)
    return [(text, _pointers(idents)) for text, idents in by_text.items()]


def _pointers(idents: tuple[str, ...] | list[str]) -> str:
    return " ".join(f"#{ident}" for ident in idents)


def _pieces(tokens: list[Token]) -> list[tuple[int, int, int]]:
    """A stretch of tokens cut at block boundaries: (block, start, end) per block."""
    pieces: list[tuple[int, int, int]] = []
    for token in tokens:
        if pieces and pieces[-1][0] == token.block:
            pieces[-1] = (token.block, pieces[-1][1], token.end)
        else:
            pieces.append((token.block, token.start, token.end))
    return pieces
