"""Registers: the edition's registers load clean; bad registers are diagnosed with file and line and the
rest is used; foreign person lists are imported and merged."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree

from conftest import REGISTERS, SOURCES
from test_transforms_entities import convert
from tei.cli import main
from tei.registers import load
from tei.registers.imports import import_persons
from tei.xml import XML_ID

TEST_REGISTERS = Path(__file__).parent / "data" / "registers"
TEI = "http://www.tei-c.org/ns/1.0"


def test_the_edition_registers_are_clean_and_valid(tei_all):
    register = load(REGISTERS)
    assert register.diagnostics == []
    for path in sorted(REGISTERS.glob("*.xml")):
        assert tei_all.validate(etree.parse(str(path))), (path.name, str(tei_all.error_log)[:300])


@pytest.mark.parametrize("name,form", [
    ("khrushchev", "Khr."), ("voroshilov", "Vorosh."), ("kaganovich", "Kagan."), ("mikoyan", "Mik."),
    ("molotov", "Mol."), ("pervukhin", "Perv."), ("bulganin", "Bulg."), ("saburov", "Sab."), ("zhukov", "Zhuk."),
    ("gromyko", "Grom."), ("gheorghiu-dej", "Dej"), ("malnasan", "Malnasanu"), ("chernukha", "V. N. Chernukha"),
    ("kadar", "Kadar"), ("popovic", "Koca Popovic"), ("bodnaras", "Emil Bodnaras"), ("tito", "Tito"),
])
def test_name_forms_of_the_seeds(name, form):
    found = load(REGISTERS).index("person").lookup(form)
    assert [candidate.entry.id for candidate in found] == [name]


def test_erroneous_form_is_marked_as_such():
    malnasan = load(REGISTERS).entries["malnasan"]
    assert ("Malnasanu", "erroneous") in {(form.text, form.kind) for form in malnasan.forms}


def _bad_folder(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "registers"
    shutil.copytree(TEST_REGISTERS, folder)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


PERSON = '<person xml:id="{id}"><persName>{name}</persName>{extra}</person>'


def _list(*people: str) -> str:
    body = "\n".join(people)
    return f'<TEI xmlns="{TEI}">\n<standOff><listPerson>\n{body}\n</listPerson></standOff>\n</TEI>\n'


BAD = {
    "not well-formed": ({"more.xml": f'<TEI xmlns="{TEI}">\n<standOff><listPerson>\n<person xml:id="x">\n</TEI>\n'},
                        "E-XML-SYNTAX", ("more.xml", 4)),
    "not TEI": ({"more.xml": "<persons>\n<person id='x'/>\n</persons>\n"}, "E-REG-NOT-TEI", ("more.xml", 1)),
    "id twice in a file": ({"more.xml": _list(PERSON.format(id="a", name="A One", extra=""),
                                              PERSON.format(id="a", name="A Two", extra=""))},
                           "E-REG-DUPLICATE-ID", ("more.xml", 4)),
    "id of another file": ({"more.xml": _list(PERSON.format(id="nagy", name="Other Nagy", extra=""))},
                           "E-REG-DUPLICATE-ID", ("more.xml", 3)),
    "form claimed twice": ({"more.xml": _list(PERSON.format(id="khrushcheva", name="Nina Khrushcheva",
                                                            extra='<persName type="abbreviation">Khr.</persName>'))},
                           "E-REG-FORM-CLAIMED", ("more.xml", 3)),
    "entry without id": ({"more.xml": _list('<person><persName>Nobody</persName></person>')}, "E-REG-NO-ID",
                         ("more.xml", 3)),
    "entry without name": ({"more.xml": _list('<person xml:id="nameless"><note>?</note></person>')},
                           "E-REG-NO-NAME", ("more.xml", 3)),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_register_is_diagnosed_with_file_and_line(case, tmp_path, capsys):
    files, code, where = BAD[case]
    folder = _bad_folder(tmp_path, files)
    register = load(folder)
    assert [d.code for d in register.diagnostics] == [code]
    location = register.diagnostics[0].location
    assert (Path(location.path).name, location.line) == where
    # the good entries are still there, and conversion goes on but exits non-zero
    assert {"khrushchev", "nagy", "tskhsd"} <= set(register.entries)
    out = tmp_path / "out"
    status = main(["convert", str(SOURCES / "003_d9aa3093ddf865fe.txt"), "--registers", str(folder), "-o", str(out)])
    err = capsys.readouterr().err
    assert status == 1 and f"error[{code}]" in err and "Traceback" not in err
    assert (out / "003_d9aa3093ddf865fe.xml").exists()


def test_missing_register_folder(tmp_path, capsys):
    status = main(["convert", str(SOURCES / "003_d9aa3093ddf865fe.txt"), "--registers", str(tmp_path / "none"),
                   "-o", str(tmp_path / "out")])
    assert status == 1 and "E-REG-MISSING" in capsys.readouterr().err


def test_check_command(tmp_path, capsys):
    assert main(["registers", "check", str(REGISTERS)]) == 0
    folder = _bad_folder(tmp_path, BAD["form claimed twice"][0])
    assert main(["registers", "check", str(folder)]) == 1
    assert "E-REG-FORM-CLAIMED" in capsys.readouterr().err


def test_frus_list_of_persons_is_imported_with_its_ids(frus_dir, tmp_path, capsys):
    folder = tmp_path / "registers"
    status = main(["registers", "import", str(frus_dir / "frus1955-57v25_persons.xml"), "--into", str(folder)])
    assert status == 0 and "134 new" in capsys.readouterr().err
    register = load(folder)
    assert register.diagnostics == [] and len(register.of_kind("person")) == 134
    dulles = register.entries["dulles-john-foster"]
    assert ("frus", "p_DJF1") in dulles.authorities and dulles.note == "Secretary of State"
    # the list calls John Foster Dulles "Dulles", but Allen W. Dulles bears the name too: no short form
    assert [f.text for f in dulles.forms if f.kind == "short"] == []
    assert sorted(c.entry.id for c in register.index("person").lookup("Dulles")) == ["dulles-allen-w",
                                                                                     "dulles-john-foster"]
    assert [c.entry.id for c in register.index("person").lookup("Allen Dulles")] == ["dulles-allen-w"]
    assert [f.text for f in register.entries["eisenhower"].forms if f.kind == "short"] == []
    hoover = register.index("person").lookup("Herbert Hoover, Jr.")
    assert [c.entry.id for c in hoover] == ["hoover"]
    cabell = register.entries["cabell"]
    assert cabell.roles == ("General",) and cabell.label == "Charles P. Cabell"


def test_importing_twice_merges_instead_of_duplicating(frus_dir, tmp_path):
    folder = tmp_path / "registers"
    first = import_persons(frus_dir / "frus1955-57v25_persons.xml", folder)
    before = (folder / "persons.xml").read_bytes()
    second = import_persons(frus_dir / "frus1955-57v25_persons.xml", folder)
    assert (len(first.added), len(second.added), len(second.merged)) == (134, 0, 134)
    assert (folder / "persons.xml").read_bytes() == before


def test_tei_list_is_merged_into_existing_registers(tmp_path):
    folder = tmp_path / "registers"
    shutil.copytree(TEST_REGISTERS, folder)
    foreign = tmp_path / "people.xml"
    foreign.write_text(_list(PERSON.format(id="p1", name="<forename>Imre</forename> <surname>Nagy</surname>",
                                           extra='<idno type="viaf">12345</idno>'),
                             PERSON.format(id="p2", name="<forename>Zoltán</forename> <surname>Tildy</surname>",
                                           extra="")), encoding="utf-8")
    result = import_persons(foreign, folder)
    assert (result.added, result.merged) == (["tildy"], ["nagy"])
    root = etree.parse(str(folder / "persons.xml")).getroot()
    nagy = next(p for p in root.iter(f"{{{TEI}}}person") if p.get(XML_ID) == "nagy")
    assert [(i.get("type"), i.text) for i in nagy.findall(f"{{{TEI}}}idno")] == [("viaf", "12345"), ("URI", "people.xml#p1")]
    assert load(folder).diagnostics == []


def test_import_of_a_broken_file_writes_nothing(tmp_path, capsys):
    broken = tmp_path / "broken.xml"
    broken.write_text("<TEI><oops></TEI>", encoding="utf-8")
    status = main(["registers", "import", str(broken), "--into", str(tmp_path / "registers")])
    assert status == 1 and "E-XML-SYNTAX" in capsys.readouterr().err
    assert not (tmp_path / "registers" / "persons.xml").exists()


SHARED_NAMES = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div xml:id="persons"><list type="names">
<item><hi rend="strong"><persName xml:id="p_DAW1">Dulles, Allen W.</persName>,</hi> Director of Central Intelligence</item>
<item><hi rend="strong"><persName xml:id="p_DJF1">Dulles, John Foster</persName>,</hi> Secretary of State</item>
<item><hi rend="strong"><persName xml:id="p_SP1">Spender, Sir Percy</persName>,</hi> Australian Ambassador</item>
<item><hi rend="strong"><persName xml:id="p_CP1">Cradock, Sir Percy</persName>,</hi> a diplomat</item>
<item><hi rend="strong"><persName xml:id="p_BP1">Bernau, Phyllis D.</persName>,</hi> Secretary to
Secretary of State <persName corresp="#p_DJF1">Dulles</persName></item>
</list></div></body></text></TEI>"""


def test_names_several_imported_persons_bear_are_not_guessed(tmp_path):
    (tmp_path / "list.xml").write_text(SHARED_NAMES, encoding="utf-8")
    folder = tmp_path / "registers"
    import_persons(tmp_path / "list.xml", folder)
    inner, diagnostics, _ = convert("<p>Sir Percy Spender met Sir Percy Cradock. Sir Percy said Dulles agreed.</p>",
                                    ("persons",), folder)
    assert inner.endswith("Sir <persName>Percy</persName> said <persName>Dulles</persName> agreed.</p>")
    ambiguous = sorted(d.message.split(";")[0] for d in diagnostics if d.code == "W-PERSON-AMBIGUOUS")
    assert ambiguous == ["“Dulles” may be any of dulles-allen-w, dulles-john-foster",
                         "“Percy” may be any of cradock, spender"]
    inner, diagnostics, _ = convert("<p>Secretary Dulles met Sir Percy Spender. Sir Percy agreed.</p>",
                                    ("persons",), folder)
    assert 'Secretary <persName ref="#dulles-john-foster">Dulles</persName>' in inner
    assert 'Sir <persName ref="#spender">Percy</persName> agreed' in inner and diagnostics == []


FOREIGN_SCRIPTS = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div xml:id="persons"><list type="names">
<item><hi rend="strong"><persName xml:id="p_KHR1">Хрущёв, Никита Сергеевич</persName>,</hi> First Secretary</item>
<item><hi rend="strong"><persName xml:id="p_TRD1">3rd Baron, Someone</persName>,</hi> a peer</item>
<item><hi rend="strong"><persName xml:id="p_DJF1">Dulles, John Foster</persName>,</hi> Secretary of State</item>
</list></div></body></text></TEI>"""


def test_imported_ids_are_ncnames_and_stable(tmp_path):
    (tmp_path / "list.xml").write_text(FOREIGN_SCRIPTS, encoding="utf-8")
    first = import_persons(tmp_path / "list.xml", tmp_path / "one")
    assert first.added == ["khrushchev", "n-3rd-baron", "dulles"]
    assert load(tmp_path / "one").diagnostics == []
    assert import_persons(tmp_path / "list.xml", tmp_path / "two").added == first.added, "the same ids every time"
    again = import_persons(tmp_path / "list.xml", tmp_path / "one")
    assert (again.added, again.merged) == ([], first.added)


def test_a_person_with_the_same_authority_or_frus_id_is_merged_however_the_id_is_written(tmp_path):
    folder = tmp_path / "registers"
    folder.mkdir()
    (folder / "persons.xml").write_text(_list(
        PERSON.format(id="jfd", name="<forename>J.</forename> <forename>F.</forename> <surname>Dulles</surname>",
                      extra='<idno type="frus">p_DJF1</idno>'),
        PERSON.format(id="khr", name="<forename>Nikita</forename> <surname>Khrushchev</surname>",
                      extra='<idno type="wikidata">Q35004</idno>')), encoding="utf-8")
    (tmp_path / "list.xml").write_text(FOREIGN_SCRIPTS, encoding="utf-8")
    assert import_persons(tmp_path / "list.xml", folder).merged == ["jfd"]
    (tmp_path / "people.xml").write_text(_list(
        PERSON.format(id="k1", name="<forename>N.</forename> <surname>Chruschtschow</surname>",
                      extra='<idno type="Wikidata">http://www.wikidata.org/entity/Q35004</idno>'),
        PERSON.format(id="p_ZZ1", name="Foster Dulles", extra="")), encoding="utf-8")
    (tmp_path / "frus1955-57v25.xml").write_text(_list(
        PERSON.format(id="p_DJF1", name="John F. Dulles", extra="")), encoding="utf-8")
    result = import_persons(tmp_path / "people.xml", folder)
    assert (result.added, result.merged) == (["dulles"], ["khr"])
    result = import_persons(tmp_path / "frus1955-57v25.xml", folder)
    assert (result.added, result.merged) == ([], ["jfd"]), "a FRUS volume's own person id is its FRUS id"
    assert load(folder).diagnostics == []


def test_an_imported_id_is_not_one_of_another_register_file(tmp_path):
    folder = tmp_path / "registers"
    shutil.copytree(TEST_REGISTERS, folder)
    (tmp_path / "list.xml").write_text(_list(PERSON.format(id="p1", name="<surname>Budapest</surname>", extra="")),
                                       encoding="utf-8")
    assert import_persons(tmp_path / "list.xml", folder).added == ["budapest-2"]
    assert load(folder).diagnostics == []
