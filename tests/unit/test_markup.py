"""The span helper: wraps exactly the requested characters and never loses one."""

import pytest
from lxml import etree

from tei.markup import flatten, make_choice, wrap

NS = 'xmlns="http://www.tei-c.org/ns/1.0"'


def tree(xml: str) -> etree._Element:
    return etree.fromstring(f"<p {NS}>{xml}</p>")


def inner(element: etree._Element) -> str:
    text = etree.tostring(element, encoding="unicode")
    return text.split(">", 1)[1].rsplit("<", 1)[0].replace(f" {NS}", "")


CASES = [
    ("I am sending Cde. Malnasan to you.", "Malnasan", "I am sending Cde. <persName>Malnasan</persName> to you."),
    ("Imre <supplied>Nagy</supplied> left.", "Imre Nagy", "<persName>Imre <supplied>Nagy</supplied></persName> left."),
    ("a <hi>bold</hi> word", "bold", "a <hi><persName>bold</persName></hi> word"),
    ("see<note>n</note> Nagy", "Nagy", "see<note>n</note> <persName>Nagy</persName>"),
    ("Khr.<note>1</note> spoke", "Khr. spoke", "<persName>Khr.<note>1</note> spoke</persName>"),
]


@pytest.mark.parametrize("xml,target,expected", CASES)
def test_wrap(xml, target, expected):
    root = tree(xml)
    start = flatten(root).index(target)
    before = flatten(root)
    assert wrap(root, start, start + len(target), "persName") is not None
    assert inner(root) == expected
    assert flatten(root) == before


def test_crossing_span_is_refused_and_nothing_changes():
    root = tree("one <hi>two three</hi> four")
    before = etree.tostring(root)
    start = flatten(root).index("three four")
    assert wrap(root, start, start + len("three four"), "persName") is None
    assert etree.tostring(root) == before


def test_choice_keeps_source_and_adds_editorial_form():
    root = tree("Cde. Bulg. is to negotiate")
    start = flatten(root).index("Bulg.")
    make_choice(root, start, start + 5, "abbr", "expan", "Bulganin")
    assert inner(root) == "Cde. <choice><abbr>Bulg.</abbr><expan>Bulganin</expan></choice> is to negotiate"
    assert flatten(root) == "Cde. Bulg. is to negotiate"
