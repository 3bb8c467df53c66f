"""The edits transform on tiny documents: each kind of decision encoded as the conventions say,
and every kind of bad entry refused with its code, its line, and the tree left untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from tei.edits.sidecar import load
from tei.transforms.edits import apply_decisions

TEI = "http://www.tei-c.org/ns/1.0"
WITNESSES = '''
[[witness]]
id = "wit-a"
label = "Archive copy"
base = true

[[witness]]
id = "wit-b"
label = "Printed copy"
'''


def document() -> etree._Element:
    return etree.fromstring(f"""<TEI xmlns="{TEI}"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>
<publicationStmt><p>p</p></publicationStmt><sourceDesc><bibl>Lungu, cds., 1996</bibl></sourceDesc></fileDesc>
<encodingDesc><editorialDecl><normalization><p>n</p></normalization></editorialDecl></encodingDesc></teiHeader>
<text><body><div type="section" n="I"><head>I. First.</head>
<p>I am sending Cde. Malnasan to you.<note n="3" xml:id="n3">Spelled Malnasanu in print.</note></p>
<p>On board is Malnasan. He saw the ambassador-in a message-that.</p>
<p>On the discrediting of Imre.<note n="6" xml:id="n6">Surname omitted.</note></p>
<p>Across <hi>this boundary</hi> here.</p>
</div></body></text></TEI>""")


def run(tmp_path: Path, toml: str) -> tuple[etree._Element, list[str], bytes]:
    path = tmp_path / "doc.edits.toml"
    path.write_text(toml, encoding="utf-8")
    root = document()
    before = etree.tostring(root)
    sidecar, problems = load(path)
    if sidecar is not None:
        problems = apply_decisions(root, sidecar, path.name)
    codes = [f"{p.code}@{p.location.line}" for p in problems]
    if problems:
        assert etree.tostring(root) == before, "nothing may be applied when an entry fails"
    return root, codes, before


def body(root: etree._Element) -> str:
    text = etree.tostring(root.find(f"{{{TEI}}}text"), encoding="unicode")
    return text.replace(f' xmlns="{TEI}"', "")


GOOD = [
    ("variant at every occurrence, note pointing at both",
     WITNESSES + '[[variant]]\ntext = "Malnasan"\nreading = "Malnasanu"\nwit = ["wit-b"]\nin = "text"\n'
     'occurrence = "all"\nnote = "3"\n',
     ['<app xml:id="app-malnasan-1"><lem wit="#wit-a">Malnasan</lem><rdg wit="#wit-b">Malnasanu</rdg></app> to you.',
      'target="#app-malnasan-1 #app-malnasan-2"', 'is <app xml:id="app-malnasan-2">']),
    ("one occurrence chosen by number",
     WITNESSES + '[[variant]]\ntext = "Malnasan"\nreading = "Malnasanu"\nwit = "wit-b"\nin = "text"\n'
     'occurrence = 2\nnote = "3"\n',
     ['Cde. Malnasan to you', 'is <app xml:id="app-malnasan"><lem wit="#wit-a">Malnasan</lem>', 'target="#app-malnasan"']),
    ("an omission in a witness and two readings",
     WITNESSES + '[[witness]]\nid = "wit-c"\nlabel = "C"\n[[variant]]\ntext = "On board is"\nin = "text"\n'
     'justification = "Print and C differ."\n[[variant.readings]]\ntext = ""\nwit = ["wit-b"]\n'
     '[[variant.readings]]\ntext = "Aboard is"\nwit = ["wit-c"]\n',
     ['<lem wit="#wit-a">On board is</lem><rdg wit="#wit-b"/><rdg wit="#wit-c">Aboard is</rdg>',
      '<note type="editorial" place="end" target="#app-on-board-is">Print and C differ.</note>']),
    ("slip as orig/reg, disambiguated by context, justified in the editor's words",
     '[[slip]]\ntext = "-"\ncontext = "ambassador-in"\nintended = "—"\njustification = "A hyphen for a dash."\n',
     ['ambassador<choice xml:id="reg-ambassador-in"><orig>-</orig><reg>—</reg></choice>in',
      'target="#reg-ambassador-in">A hyphen for a dash.</note>']),
    ("slip as sic/corr under the correct policy, in the header",
     '[policy]\nslips = "correct"\n[[slip]]\ntext = "cds."\nintended = "eds."\nin = "header"\njustification = "Scan slip."\n',
     ['target="#corr-cds">Scan slip.</note>']),
    ("correction and regularisation",
     '[[correction]]\ntext = "message-that"\ncorr = "message—that"\njustification = "j"\n'
     '[[regularisation]]\ntext = "Cde."\nreg = "Comrade"\noccurrence = 1\njustification = "j"\n',
     ['<choice xml:id="corr-message-that"><sic>message-that</sic><corr>message—that</corr></choice>',
      '<choice xml:id="reg-cde"><orig>Cde.</orig><reg>Comrade</reg></choice>']),
    ("supplied word after the forename, with a space before it",
     '[[supplied]]\ntext = "Nagy"\nafter = "discrediting of Imre"\nnote = "6"\n',
     ['of Imre <supplied reason="omitted" xml:id="sup-nagy">Nagy</supplied>.<note n="6" xml:id="n6" target="#sup-nagy">']),
    ("supplied heading opens a new division",
     '[[heading]]\ntext = "II. Second"\nbefore = "On the discrediting"\nn = "II"\nnote = "6"\n',
     ['message-that.</p>\n</div><div type="section" n="II"><head><supplied reason="omitted" xml:id="head-ii-second">'
      'II. Second</supplied></head><p>On the discrediting']),
    ("quotes and line breaks in the text match straight quotes and spaces",
     '[[regularisation]]\ntext = "to   you"\nreg = "to you"\njustification = "j"\n',
     ['<orig>to you</orig>']),
]


@pytest.mark.parametrize("toml,expected", [case[1:] for case in GOOD], ids=[case[0] for case in GOOD])
def test_decisions_are_encoded(tmp_path: Path, toml: str, expected: list[str]) -> None:
    root, codes, _ = run(tmp_path, toml)
    assert codes == []
    text = body(root) + etree.tostring(root, encoding="unicode")
    for fragment in expected:
        assert fragment in text


def test_witnesses_policies_and_variant_encoding_are_declared(tmp_path: Path) -> None:
    root, codes, _ = run(tmp_path, WITNESSES + '[[variant]]\ntext = "to you"\nreading = "to him"\nwit = ["wit-b"]\n'
                         'justification = "j"\n[policy]\nquotation = "Quotes as printed."\n')
    assert codes == []
    header = root.find(f"{{{TEI}}}teiHeader")
    assert [w.get("{http://www.w3.org/XML/1998/namespace}id") for w in header.iter(f"{{{TEI}}}witness")] == ["wit-a", "wit-b"]
    assert header.find(f".//{{{TEI}}}variantEncoding").get("method") == "parallel-segmentation"
    assert header.findtext(f".//{{{TEI}}}quotation/{{{TEI}}}p") == "Quotes as printed."
    assert "1 reading of other witnesses" in etree.tostring(header, encoding="unicode")


BAD = [
    ("invalid TOML", '[[variant]\ntext = "x"\n', "E-EDITS-TOML@1"),
    ("unknown kind", '\n[[corection]]\ntext = "x"\ncorr = "y"\nnote = "3"\n', "E-EDITS-TABLE@2"),
    ("unknown field", '[[correction]]\ntext = "Cde."\ncorr = "C"\nnote = "3"\ncontex = "x"\n', "E-EDITS-FIELD@5"),
    ("missing field", '[[correction]]\ntext = "Cde."\nnote = "3"\n', "E-EDITS-FIELD@1"),
    ("no justification", '[[correction]]\ntext = "ambassador-in"\ncorr = "x"\n', "E-EDITS-FIELD@1"),
    ("unknown witness", WITNESSES + '\n[[variant]]\ntext = "Malnasan"\nreading = "Malnasanu"\nwit = ["wit-hu"]\n'
     'note = "3"\n', "E-EDITS-WITNESS@14"),
    ("bad witness id", '[[witness]]\nid = "Hungarian"\nlabel = "H"\n', "E-EDITS-WITNESS@1"),
    ("bad supplied reason", '[[supplied]]\ntext = "Nagy"\nafter = "Imre"\nreason = "guess"\nnote = "6"\n', "E-EDITS-FIELD@4"),
    ("not in the text", '[[correction]]\ntext = "Malnasanu"\ncorr = "x"\nnote = "3"\nin = "text"\n', "E-EDITS-NOMATCH@1"),
    ("ambiguous", '\n\n[[correction]]\ntext = "Malnasan"\ncorr = "x"\nnote = "3"\n', "E-EDITS-AMBIGUOUS@3"),
    ("occurrence beyond the count", '[[correction]]\ntext = "Malnasan"\ncorr = "x"\nnote = "3"\noccurrence = 3\n',
     "E-EDITS-NOMATCH@1"),
    ("context without the text", '[[correction]]\ntext = "Malnasan"\ncontext = "to you"\ncorr = "x"\nnote = "3"\n',
     "E-EDITS-CONTEXT@3"),
    ("note that does not exist", '[[correction]]\ntext = "ambassador-in"\ncorr = "x"\nnote = "9"\n', "E-EDITS-NOTE@4"),
    ("overlapping entries", '[[correction]]\ntext = "ambassador-in"\ncorr = "x"\nnote = "3"\n\n'
     '[[slip]]\ntext = "-"\ncontext = "ambassador-in"\nintended = "—"\nnote = "3"\n', "E-EDITS-OVERLAP@6"),
    ("words from two blocks", '[[correction]]\ntext = "you. On board"\ncorr = "x"\nnote = "3"\n',
     "E-EDITS-NOMATCH@1"),
    ("crossing other markup", '[[correction]]\ntext = "Across this"\ncorr = "x"\nnote = "3"\n', "E-EDITS-MARKUP@1"),
]


@pytest.mark.parametrize("toml,code", [case[1:] for case in BAD], ids=[case[0] for case in BAD])
def test_bad_entries_are_refused_with_their_line(tmp_path: Path, toml: str, code: str) -> None:
    _, codes, _ = run(tmp_path, toml)
    assert code in codes


def test_a_failing_entry_stops_the_others_too(tmp_path: Path) -> None:
    _, codes, _ = run(tmp_path, '[[supplied]]\ntext = "Nagy"\nafter = "of Imre"\nnote = "6"\n\n'
                      '[[correction]]\ntext = "nowhere"\ncorr = "x"\nnote = "3"\n')
    assert codes == ["E-EDITS-NOMATCH@6"]


def test_witness_group_needs_declared_members(tmp_path) -> None:
    from tei.edits.sidecar import load

    path = tmp_path / "x.edits.toml"
    path.write_text('[[witness]]\nid = "wit-a"\nlabel = "A"\n\n[[witness-group]]\nid = "wit-both"\n'
                    'label = "both"\nmembers = ["wit-a", "wit-b"]\n', encoding="utf-8")
    sidecar, problems = load(path)
    assert sidecar is None
    assert [(p.code, p.location.line) for p in problems] == [("E-EDITS-WITNESS", 8)]
