"""Name parser: forms that follow from a structured name, name-like spans, comparison keys."""

import pytest

from tei.parse.names import StructuredName, abbreviated, derived_forms, edit_distance, fold, key, name_like, \
    split_inverted

FORMS = [
    (StructuredName(("John", "Foster"), "Dulles"),
     {"John Foster Dulles", "J. F. Dulles", "J. Dulles", "John Dulles", "John F. Dulles", "Dulles"}),
    (StructuredName(("Herbert", "C."), "Hoover", "Jr."),
     {"Herbert C. Hoover, Jr.", "Herbert Hoover, Jr.", "Herbert Hoover", "H. C. Hoover", "Hoover"}),
    (StructuredName(("E.", "Lewis"), "Revey"), {"E. Lewis Revey", "Lewis Revey", "E. L. Revey", "Revey"}),
    (StructuredName(("V.", "N."), "Chernukha"), {"V. N. Chernukha", "V. Chernukha", "Chernukha"}),
    (StructuredName(("Josip",), "Broz", extra=("Tito",)), {"Josip Broz", "Josip Broz Tito", "Tito", "Broz"}),
]


@pytest.mark.parametrize("name,expected", FORMS, ids=lambda value: getattr(value, "surname", ""))
def test_derived_forms(name, expected):
    forms = {form for form, _ in derived_forms(name)}
    assert expected <= forms


def test_derived_forms_say_their_kind():
    kinds = dict(derived_forms(StructuredName(("Imre",), "Nagy")))
    assert (kinds["Imre Nagy"], kinds["Nagy"], kinds["Imre"], kinds["I. Nagy"]) == ("full", "surname", "forename",
                                                                                     "initials")


INVERTED = [
    ("Dulles, John Foster", ("John", "Foster"), "Dulles", "", ()),
    ("Hoover, Herbert C., Jr.", ("Herbert", "C."), "Hoover", "Jr.", ()),
    ("Cabell, General Charles P.", ("Charles", "P."), "Cabell", "", ("General",)),
    ("Zhukov, Marshal Georgiy Konstantinovich", ("Georgiy", "Konstantinovich"), "Zhukov", "", ("Marshal",)),
    ("Jackson, C.D.", ("C.D.",), "Jackson", "", ()),
    ("Gomulka,\n                            Wladyslaw", ("Wladyslaw",), "Gomulka", "", ()),
]


@pytest.mark.parametrize("text,forenames,surname,suffix,roles", INVERTED)
def test_inverted_names_of_lists_of_persons(text, forenames, surname, suffix, roles):
    name, found_roles = split_inverted(text)
    assert (name.forenames, name.surname, name.suffix, found_roles) == (forenames, surname, suffix, roles)


NAME_LIKE = [
    ("Mr. Barnes, Mr. Rogers, Mr. Katona", ["Barnes", "Rogers", "Katona"]),
    ("State—Mr. Jacob D. Beam, Chairman", ["Jacob D. Beam"]),
    ("Defense—Colonel Oscar R. Schaaf", ["Oscar R. Schaaf"]),
    ("compiled by V. N. Chernukha. Published", ["V. N. Chernukha"]),
    ("also addressed to Eric T. Clarke of the Motion Picture Service", ["Eric T. Clarke"]),
    ("with Sir Percy Spender, the Australian Ambassador", ["Percy Spender"]),
    ("Foreign Minister Adam Rapacki was unavailable", ["Adam Rapacki"]),
    ("the stature of George Kennan to write", ["George Kennan"]),  # George is a known given name
    # not names
    ("They can present a petition to the Secretary General, but", []),
    ("attending General Assembly UN. Foreign Minister inquired today", []),
    ("US Government has been studying", []),
    ("Approach to Poland Concerning U.S. Economic Aid", []),
    ("(Memorandum of conversation by Dulles; ibid., General Memoranda of Conversation)", []),
    ("the Secretary of State in Washington", []),
    ("Cde. Bulg. is to negotiate", []),  # an abbreviation, not a name cut short
    ("It's not advisable. We should inform", []),
]


@pytest.mark.parametrize("text,expected", NAME_LIKE)
def test_name_like_spans(text, expected):
    assert [text[cue.start:cue.end] for cue in name_like(text, frozenset({"George"}))] == expected


def test_fold_keeps_offsets_and_drops_diacritics():
    for text, folded in (("Kádár", "Kadar"), ("Gerö", "Gero"), ("D’Alessandro", "D'Alessandro"),
                         ("Bodnăraș", "Bodnaras"), ("Koča Popović", "Koca Popovic")):
        assert fold(text) == folded and len(fold(text)) == len(text)
    assert key("Kádár") == key("Kadar") and key("LODGE") != key("Lodge")


@pytest.mark.parametrize("a,b,distance", [("Trezise", "Tresize", 2), ("Boemer", "Boerner", 2),
                                          ("Lewis", "Louis", 2), ("Nagy", "Nagy", 0), ("ab", "ba", 1),
                                          ("Khrushchev", "Gromyko", 3)])
def test_edit_distance(a, b, distance):
    assert edit_distance(a, b) == distance


@pytest.mark.parametrize("text,end,expected", [("Cde. Bulg. is", 9, True), ("Perv., Bulg., Sab.)", 4, True),
                                               ("I saw Mr. Rogers. Then", 16, False), ("Cde. Dej.", 8, False)])
def test_abbreviated(text, end, expected):
    assert abbreviated(text, end) is expected
