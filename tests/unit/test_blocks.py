"""Body blocks decided by shape: date lines (a place and a date) and speaker turns."""

from __future__ import annotations

import pytest

from tei.model import BlockKind
from tei.readers.blocks import Line, Paragraph, classify, is_dateline


def paragraph(text: str, number: int = 1) -> Paragraph:
    return Paragraph((Line(number, text),))


@pytest.mark.parametrize("text, expected", [
    ("Moscow, November 3, 1956.", True),
    ("Budapest, October 24, 1956—3 p.m.", True),
    ("Washington, D.C., November 3, 1956", True),
    ("Frankfurt am Main, 3 November 1956", True),
    ("Rio de Janeiro, November 3, 1956.", True),
    ("MOSCOW, November 3, 1956", True),
    ("Moscow, Saturday, November 3, 1956", True),
    ("November 3, 1956", True),
    ("3/XI/56", True),
    ("Budapest, February 30, 1956", True),  # a date line whose date is impossible (reported later)
    ("The board met on 5 November 1956.", False),
    ("On November 3, 1956.", False),
    ("Sent November 3, 1956", False),
    ("Nagy resigned November 3, 1956.", False),
])
def test_a_date_line_is_a_place_and_a_date(text: str, expected: bool) -> None:
    assert is_dateline(paragraph(text), 1956) is expected


def kinds(*texts: str) -> list[tuple[str, str]]:
    blocks = classify([paragraph(text, number) for number, text in enumerate(texts, 1)], 1956, closer=False)
    return [(block.kind.value, block.speaker.plain if block.speaker else "") for block in blocks]


def test_a_single_name_with_a_dash_is_a_parenthesis_not_a_turn() -> None:
    assert kinds("Nagy—who had asked for the troops—was arrested on the same day.",
                 "The others were released.") == [("p", ""), ("p", "")]


def test_dash_turns_are_turns_when_the_document_has_several() -> None:
    assert kinds("Zhukov—we should state our view of the position of the Yugoslavs.",
                 "The minutes go on.",
                 "Khrushchev—we don't need to enter into correspondence.") == [
        (BlockKind.SPEECH.value, "Zhukov—"), ("p", ""), (BlockKind.SPEECH.value, "Khrushchev—")]


def test_colon_turns_are_turns_when_a_speaker_speaks_again() -> None:
    assert kinds("Freers: The statement was issued.", "Boerner: It was read at noon.",
                 "Freers: Then we wait.", "Nagy—who had asked for troops—was arrested.") == [
        (BlockKind.SPEECH.value, "Freers:"), (BlockKind.SPEECH.value, "Boerner:"),
        (BlockKind.SPEECH.value, "Freers:"), ("p", "")]


def test_field_labels_of_a_memorandum_are_not_speakers() -> None:
    assert kinds("Treatment: In general, media should concentrate on the reporting of events.",
                 "Caution: In our coverage we should avoid the following.") == [("p", ""), ("p", "")]
