"""The span helper: wraps exactly the requested characters and never loses one."""

import pytest
from lxml import etree

from tei.edits.blocks import reading_text
from tei.markup import DEFAULT_SKIP, flatten, insert, make_choice, wrap

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
    # a left-out element right before or after the span stays outside it
    ("see <note>n</note>Nagy", "Nagy", "see <note>n</note><persName>Nagy</persName>"),
    ("Nagy<note>n</note> left", "Nagy", "<persName>Nagy</persName><note>n</note> left"),
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


INSERTS = [
    ("On the discrediting of Imre.", "of Imre", "On the discrediting of Imre<supplied>Nagy</supplied>."),
    ("<hi>Imre</hi>.", "Imre", "<hi>Imre<supplied>Nagy</supplied></hi>."),
    ("Imre<note>6</note>.", "Imre", "Imre<supplied>Nagy</supplied><note>6</note>."),
    ("", "", "<supplied>Nagy</supplied>"),
]


@pytest.mark.parametrize("xml,before,expected", INSERTS)
def test_insert_puts_an_addition_after_the_preceding_text(xml, before, expected):
    root = tree(xml)
    flat = flatten(root)
    new = etree.Element("{http://www.tei-c.org/ns/1.0}supplied")
    new.text = "Nagy"
    assert insert(root, flat.index(before) + len(before), new) is new
    assert inner(root) == expected
    assert flatten(root, DEFAULT_SKIP | {"supplied"}) == flat


def test_insert_outside_the_text_is_refused():
    root = tree("short")
    assert insert(root, 99, etree.Element("{http://www.tei-c.org/ns/1.0}supplied")) is None
    assert inner(root) == "short"


def test_app_is_a_choice_of_readings():
    root = tree("sending Cde. Malnasan to you")
    start = flatten(root).index("Malnasan")
    make_choice(root, start, start + 8, "lem", "rdg", "Malnasanu", wrapper="app")
    assert inner(root) == "sending Cde. <app><lem>Malnasan</lem><rdg>Malnasanu</rdg></app> to you"
    assert flatten(root) == "sending Cde. Malnasan to you"


def test_blocks_keep_words_of_neighbouring_paragraphs_apart():
    div = etree.fromstring(f"<div {NS}><p>Bucharest, Cde. Epishev<note>2</note></p><p>A message.</p>"
                           "<sp><speaker>Zhukov—</speaker><p>we should</p></sp></div>")
    assert reading_text(div) == "Bucharest, Cde. Epishev\nA message.\nZhukov—\nwe should"


def test_a_name_after_the_signature_of_a_closer_leaves_the_signature_alone():
    closer = etree.fromstring(f"<closer {NS}><signed>Imre Nagy</signed>KGB</closer>")
    skip = DEFAULT_SKIP | {"signed"}
    assert flatten(closer, skip) == "KGB"
    wrap(closer, 0, 3, "orgName", skip=skip)
    assert inner(closer) == "<signed>Imre Nagy</signed><orgName>KGB</orgName>"
