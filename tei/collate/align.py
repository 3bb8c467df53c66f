"""Align witnesses with the copy text and group their differences into variation sites.

A parallel-segmentation apparatus against a declared base text needs, for
every stretch of the base where some witness differs, what each witness
reads there.  Each witness is aligned with the base on word and punctuation
tokens (:class:`difflib.SequenceMatcher`, deterministic, without its "junk"
heuristic); a word moved by one or two places shows up as an omission next
to an addition of the same words and is joined into one transposition;
differences of several witnesses that overlap or touch become one site.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

TOKEN = re.compile(r"\w+(?:['’\-]\w+)*|[^\w\s]")
#: How far apart an omission and an addition of the same words may be to count as a transposition.
TRANSPOSITION_GAP = 2


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark and the white space after it (empty at the end of a block)."""

    text: str
    sep: str = ""
    block: int = 0
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Site:
    """Base tokens ``[start, end)`` (a point when equal) and each differing witness's reading there."""

    start: int
    end: int
    readings: tuple[tuple[str, str], ...]  # (witness id, reading text), witnesses that differ
    agreeing: tuple[str, ...]              # witnesses that read as the base here
    transposition: bool = False
    opens_block: bool = False              # an addition that starts a block in every witness that has it


@dataclass(frozen=True)
class _Diff:
    start: int
    end: int
    wit_start: int
    wit_end: int
    transposition: bool = False


def tokenize(text: str, block: int = 0) -> list[Token]:
    """Tokens of one block of text, with offsets into it."""
    matches = list(TOKEN.finditer(text))
    tokens = []
    for number, match in enumerate(matches):
        last = number + 1 == len(matches)
        sep = " " if last else text[match.end():matches[number + 1].start()]  # a block ends in a space
        tokens.append(Token(match.group(), sep, block, match.start(), match.end()))
    return tokens


def join(tokens: list[Token] | tuple[Token, ...]) -> str:
    """The text of consecutive tokens as the witness spaces them (blocks joined by a space)."""
    return "".join(token.text + (token.sep if number + 1 < len(tokens) else "") for number, token in enumerate(tokens))


def differences(base: list[Token], witness: list[Token]) -> list[_Diff]:
    """Where ``witness`` differs from ``base``, transpositions joined."""
    matcher = difflib.SequenceMatcher(None, [t.text for t in base], [t.text for t in witness], autojunk=False)
    found = [_Diff(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]
    joined: list[_Diff] = []
    for diff in found:
        if joined and _transposed(joined[-1], diff, base, witness):
            previous = joined.pop()
            diff = _Diff(previous.start, diff.end, previous.wit_start, diff.wit_end, True)
        joined.append(diff)
    for number, diff in enumerate(joined):
        previous = joined[number - 1] if number else _Diff(0, 0, 0, 0)
        following = joined[number + 1] if number + 1 < len(joined) else _Diff(len(base), len(base), len(witness), len(witness))
        joined[number] = _slide(diff, previous, following, base, witness)
    return joined


def _slide(diff: _Diff, previous: _Diff, following: _Diff, base: list[Token], witness: list[Token]) -> _Diff:
    """Move a pure omission or addition along repeated tokens so that it keeps to whole blocks.

    ". The response … Budapest" and "The response … Budapest ." are the same
    omission after "to you."; the second one stays inside its paragraph.
    """
    omission = diff.wit_start == diff.wit_end
    if not omission and diff.start != diff.end:
        return diff
    tokens = base if omission else witness
    start, end = (diff.start, diff.end) if omission else (diff.wit_start, diff.wit_end)
    low, high = (previous.end, following.start) if omission else (previous.wit_end, following.wit_start)
    shifts = [0]
    while start + shifts[-1] - 1 >= low and tokens[start + shifts[-1] - 1].text == tokens[end + shifts[-1] - 1].text:
        shifts.append(shifts[-1] - 1)
    shifts.append(0)
    while end + shifts[-1] < high and tokens[start + shifts[-1]].text == tokens[end + shifts[-1]].text:
        shifts.append(shifts[-1] + 1)
    best = max(shifts, key=lambda shift: (_fit(tokens, start + shift, end + shift), -abs(shift)))
    return _Diff(diff.start + best, diff.end + best, diff.wit_start + best, diff.wit_end + best, diff.transposition)


def _fit(tokens: list[Token], start: int, end: int) -> int:
    """How well ``tokens[start:end]`` keeps to blocks: inside one, from its start, to its end."""
    inside = tokens[start].block == tokens[end - 1].block
    opens = start == 0 or tokens[start - 1].block != tokens[start].block
    closes = end == len(tokens) or tokens[end].block != tokens[end - 1].block
    return 2 * inside + opens + closes


def _transposed(first: _Diff, second: _Diff, base: list[Token], witness: list[Token]) -> bool:
    if second.start - first.end > TRANSPOSITION_GAP:
        return False
    moved_forward = first.wit_start == first.wit_end and second.start == second.end  # omitted, then added
    moved_back = first.start == first.end and second.wit_start == second.wit_end    # added, then omitted
    if moved_forward:
        return _texts(base, first.start, first.end) == _texts(witness, second.wit_start, second.wit_end)
    if moved_back:
        return _texts(witness, first.wit_start, first.wit_end) == _texts(base, second.start, second.end)
    return False


def _texts(tokens: list[Token], start: int, end: int) -> list[str]:
    return [token.text for token in tokens[start:end]]


def sites(base: list[Token], witnesses: list[tuple[str, list[Token]]]) -> list[Site]:
    """Variation sites over the base, each with every witness's reading."""
    diffs = {ident: differences(base, tokens) for ident, tokens in witnesses}
    spans = sorted((d.start, d.end, d.transposition) for found in diffs.values() for d in found)
    merged: list[list] = []
    for start, end, moved in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2] = merged[-1][2] or moved
        else:
            merged.append([start, end, moved])
    maps = {ident: _boundaries(diffs[ident], len(base), len(tokens)) for ident, tokens in witnesses}
    result = []
    for start, end, moved in merged:
        lemma = [t.text for t in base[start:end]]
        readings, agreeing, opening = [], [], []
        for ident, tokens in witnesses:
            starts, ends = maps[ident]
            reading = tokens[starts[start]:ends[end]]
            if [t.text for t in reading] == lemma:
                agreeing.append(ident)
            else:
                readings.append((ident, join(reading)))
                first = starts[start]
                opening.append(bool(reading) and (first == 0 or tokens[first - 1].block != tokens[first].block))
        result.append(Site(start, end, tuple(readings), tuple(agreeing), moved, bool(opening) and all(opening)))
    return result


def _boundaries(diffs: list[_Diff], base_length: int, witness_length: int) -> tuple[dict[int, int], dict[int, int]]:
    """For each base boundary, the witness position where a site starting (or ending) there starts (ends)."""
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    cursor_base = cursor_wit = 0
    for diff in [*diffs, _Diff(base_length, base_length, witness_length, witness_length)]:
        for offset in range(diff.start - cursor_base + 1):  # the equal stretch before the difference
            starts.setdefault(cursor_base + offset, cursor_wit + offset)
            ends[cursor_base + offset] = cursor_wit + offset
        starts.setdefault(diff.start, diff.wit_start)
        ends[diff.end] = diff.wit_end
        cursor_base, cursor_wit = diff.end, diff.wit_end
    return starts, ends
