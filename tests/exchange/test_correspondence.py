"""The correspondence transform on tiny documents: which documents are messages, who sent them to whom."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from tei.model import Document, Header
from tei.registers.imports import import_persons
from tei.transforms import Context
from tei.transforms.correspondence import correspondence
from tei.xml import tei

from .conftest import SOURCES

REGISTERS = SOURCES / "registers"
DOC = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>
<publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc><profileDesc>
<creation><date when="1956-10-24">October 24, 1956</date></creation></profileDesc></teiHeader>
<text><body><head type="title">{head}</head><div><dateline>{dateline}</dateline><p>text</p></div></body></text></TEI>"""
EPISHEV = '<persName ref="#epishev">A. A. Epishev</persName>'
TITLES = [
    (f"Notes of a Secure Phone Call from the Soviet Ambassador in Romania, {EPISHEV}", ["#epishev"], []),
    ('Telegram From <persName ref="#jacobs">Jacobs</persName> to the Department of State', ["#jacobs"], []),
    ('Memorandum From <persName ref="#beam">Beam</persName> to <persName ref="#dulles-john-foster">Dulles</persName>',
     ["#beam"], ["#dulles-john-foster"]),
    ('Letter from <persName ref="#beam">Beam</persName><note n="1">to <persName ref="#hoover">Hoover</persName></note>',
     ["#beam"], []),
    ('<persName role="sender">Edman</persName> and <orgName role="addressee" ref="#department-of-state">State</orgName>',
     [None], ["#department-of-state"]),
]
NOT_MESSAGES = [
    'Memorandum of a Telephone Conversation Between <persName ref="#beam">Beam</persName> and Dulles',
    'Working Notes from the Session of the <orgName ref="#cpsu-cc-presidium">CPSU CC Presidium</orgName>',
    f"Telegram about {EPISHEV}",
]


def run(head: str, dateline: str = "", sidecar: Path | None = None) -> tuple[etree._Element, list]:
    root = etree.fromstring(DOC.format(head=head, dateline=dateline))
    context = Context(document=Document("t.xml", "t", "test", Header(), ()), registers=REGISTERS, sidecar=sidecar)
    return root, correspondence(root, context)


def refs(root: etree._Element, kind: str) -> list[str | None]:
    action = root.find(f".//{tei('correspAction')}[@type='{kind}']")
    return [name.get("ref") for name in action if name.tag in (tei("persName"), tei("orgName"))] if action is not None else []


@pytest.mark.parametrize(("head", "senders", "addressees"), TITLES)
def test_messages_get_senders_and_addressees(head: str, senders: list, addressees: list) -> None:
    root, problems = run(head, '<placeName ref="#budapest">Budapest</placeName>, October 24')
    assert problems == []
    assert refs(root, "sent") == senders and refs(root, "received") == addressees
    sent = root.find(f".//{tei('correspAction')}[@type='sent']")
    assert sent.find(tei("date")).get("when") == "1956-10-24"
    assert sent.find(tei("placeName")).get("ref") == "#budapest"


@pytest.mark.parametrize("head", NOT_MESSAGES)
def test_other_documents_get_none(head: str) -> None:
    root, _ = run(head)
    assert root.find(f".//{tei('correspDesc')}") is None


def test_the_sidecar_says_what_the_text_does_not(tmp_path: Path) -> None:
    sidecar = tmp_path / "t.edits.toml"
    sidecar.write_text('[correspondence]\nsent = { place = "Bucharest" }\n'
                       'received = { org = "CPSU Central Committee", place = "Moscow", date = "1956-11-03" }\n',
                       encoding="utf-8")
    root, problems = run(f"Notes of a Phone Call from {EPISHEV}", sidecar=sidecar)
    assert problems == []
    received = root.find(f".//{tei('correspAction')}[@type='received']")
    assert [(e.get("ref"), e.text) for e in received][:2] == [("#cpsu-cc", "CPSU Central Committee"), ("#moscow", "Moscow")]
    assert received.find(tei("date")).get("when") == "1956-11-03"


@pytest.mark.parametrize(("table", "code"), [('sent = { town = "Bucharest" }', "E-CORRESP-FIELD"),
                                             ('received = { person = "Nobody Known" }', "W-CORRESP-UNRESOLVED"),
                                             ("message = false", None)])
def test_sidecar_problems_and_opting_out(tmp_path: Path, table: str, code: str | None) -> None:
    sidecar = tmp_path / "t.edits.toml"
    sidecar.write_text(f"# decisions\n[correspondence]\n{table}\n", encoding="utf-8")
    root, problems = run(f"Telegram from {EPISHEV}", sidecar=sidecar)
    assert [p.code for p in problems] == ([code] if code else [])
    assert all(p.location.line in (2, 3) for p in problems)
    if table == "message = false":
        assert root.find(f".//{tei('correspDesc')}") is None


REGISTER = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listPerson>
<person xml:id="zhukov"><persName><forename>Georgy</forename> <forename>Konstantinovich</forename> <surname>Zhukov</surname></persName></person>
<person xml:id="dulles"><persName><forename>John</forename> <forename>Foster</forename> <surname>Dulles</surname></persName></person>
</listPerson></standOff></TEI>"""
FRUS_LIST = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div xml:id="persons"><list type="names">
<item><hi rend="strong"><persName xml:id="p_ZMGK1">Zhukov, Marshal Georgiy Konstantinovich</persName>,</hi> Soviet Minister of Defense</item>
<item><hi rend="strong"><persName xml:id="p_DAW1">Dulles, Allen W.</persName>,</hi> Director of Central Intelligence</item>
<item><hi rend="strong"><persName xml:id="p_DJF2">Dulles, John Fisher</persName>,</hi> another man</item>
</list></div></body></text></TEI>"""


def test_foreign_persons_merge_with_the_same_person_spelled_otherwise(tmp_path: Path) -> None:
    (tmp_path / "persons.xml").write_text(REGISTER, encoding="utf-8")
    (tmp_path / "list.xml").write_text(FRUS_LIST, encoding="utf-8")
    result = import_persons(tmp_path / "list.xml", tmp_path)
    assert result.merged == ["zhukov"], "Georgiy is Georgy: the same person"
    assert sorted(result.added) == ["dulles-allen-w", "dulles-john-fisher"], "Fisher is not Foster"
    merged = etree.parse(str(tmp_path / "persons.xml")).getroot().find(f".//{tei('person')}")
    assert [n.text for n in merged.findall(tei("persName"))][1:] == ["Georgiy Konstantinovich Zhukov"]
    assert merged.findtext(tei("idno")) == "p_ZMGK1"
