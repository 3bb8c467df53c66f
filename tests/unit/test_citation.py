"""Citation paragraphs → parts with spans into the verbatim text."""

from tei.model import Text
from tei.parse.citation import parse_citation

SEED_000 = ('"Working Notes from the Session of the CPSU CC Presidium on 27 November 1956 (Re: Protocol No. 60)," '
            "November 27, 1956, History and Public Policy Program Digital Archive, TsKhSD, F. 3, Op. 12, D. 1006, "
            "L. 52, compiled by V. N. Chernukha. Published in CWIHP Bulletin 8-9, p. 400")
SEED_003 = ('"Notes of a Secure Phone Call from the Soviet Ambassador in Romania, A. A. Epishev", November 3, 1956, '
            "Wilson Center Digital Archive, TsKhSD, F. 3, Op. 12, D. 1005, LI. 67-69, compiled by V. N. Malin. "
            "Translated for CWIHP by Mark Kramer.")


def parse(text):
    return parse_citation(Text((text,), 1))


def test_seed_000_citation():
    citation = parse(SEED_000)
    assert citation.title.endswith("(Re: Protocol No. 60)")
    assert citation.date.when == "1956-11-27"
    assert citation.archive == "History and Public Policy Program Digital Archive"
    assert citation.signature.get("delo") == "1006"
    assert [(p.name, p.role) for p in citation.responsible] == [("V. N. Chernukha", "compiler")]
    assert (citation.publication.title, citation.publication.issue, citation.publication.pages) == ("CWIHP Bulletin", "8-9", "400")


def test_seed_003_citation_people():
    citation = parse(SEED_003)
    assert [(p.name, p.role, p.org) for p in citation.responsible] == [
        ("V. N. Malin", "compiler", ""), ("Mark Kramer", "translator", "CWIHP")]
    assert citation.responsible[1].phrase == "Translated for CWIHP by"


def test_spans_point_at_their_text():
    citation = parse(SEED_003)
    by_kind = {span.kind: SEED_003[span.start:span.end] for span in citation.spans if span.kind != "name"}
    assert by_kind["date"] == "November 3, 1956"
    assert by_kind["signature"] == "TsKhSD, F. 3, Op. 12, D. 1005, LI. 67-69"
    assert by_kind["slip"] == "LI."


def test_frus_source_note():
    citation = parse("Department of State, Central Files, 748.5–MSP/10–2456. Secret. Drafted by Beam and Trivers.")
    assert citation.signature.collection == "Central Files"
    assert citation.classification == "Secret"
    assert [p.name for p in citation.responsible] == ["Beam", "Trivers"]
