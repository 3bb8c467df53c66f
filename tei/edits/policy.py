"""The editorial policies stated in ``encodingDesc/editorialDecl``, and the witness list.

The defaults say what the toolkit does to every document, in an editor's
words; a sidecar may add its own paragraphs (``[policy]``) and declare how
scan slips are encoded.  What was decided for one document (how many
readings, corrections, supplied words) is summed up beside them.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from lxml import etree

from tei.edits.model import SLIP_POLICIES, Policy, Witness, WitnessGroup
from tei.xml import XML_ID, XML_NS, child, sub, tei

#: Default wording per editorialDecl part, with the part's attributes.
DEFAULTS: tuple[tuple[str, dict[str, str], str], ...] = (
    ("correction", {"method": "markup"},
     "Nothing in the source is corrected silently. Where the editors correct an error of the source, the "
     "source's reading is kept (sic) and the correction given beside it (corr); where they regularise a slip "
     "of the digital transcription, such as a misread letter or a hyphen standing for a dash, the form of the "
     "source is kept (orig) with its regular form beside it (reg); words they add where the source leaves them "
     "out are marked as supplied, with the reason. Each decision is justified by the note that discusses it or "
     "by an editorial note."),
    ("normalization", {},
     "Spelling, capitalisation and punctuation are those of the source; a regular form is given only beside "
     "the form of the source, never in its place."),
    ("quotation", {"marks": "all"},
     "Quotation marks are kept as they stand in the source, straight or typographic; quoted passages set off "
     "as blocks are encoded as quotations."),
    ("hyphenation", {},
     "The source is a digital text without line-end hyphenation. Hyphens in compounds and names "
     "are kept as written; a hyphen that stands for a dash is kept and the dash given beside it."),
    ("interpretation", {},
     "Besides the transcription, the edition marks the notes at the place of their calls, dates in ISO form, "
     "archival signatures with their parts, and, where the edition's registers know them, names of persons, "
     "places and organisations with a link to the register entry."),
)
#: Said only of documents that have an apparatus (declare_apparatus).
APPARATUS = ("Readings of other witnesses are given in an apparatus against the copy text (app, lem, rdg); "
             "the witnesses are listed with the source description.")
KIND_NAMES = {
    "variant": ("reading of other witnesses", "readings of other witnesses"),
    "correction": ("correction", "corrections"),
    "regularisation": ("regularisation", "regularisations"),
    "slip": ("scan slip", "scan slips"),
    "supplied": ("supplied word or passage", "supplied words or passages"),
    "heading": ("supplied heading", "supplied headings"),
}


def counted(counts: Counter[str]) -> str:
    """"1 reading of other witnesses, 4 scan slips": every kind counted, in a fixed order."""
    return ", ".join(f"{counts[kind]} {KIND_NAMES[kind][counts[kind] != 1]}" for kind in KIND_NAMES if counts[kind])


def write_defaults(decl: etree._Element) -> None:
    """Add the default policy parts to ``editorialDecl`` (extending an existing ``normalization``)."""
    for name, attributes, text in DEFAULTS:
        part = decl.find(tei(name))
        if part is None:
            part = sub(decl, name, **attributes)
        sub(part, "p", text)


def state_decisions(root: etree._Element, policy: Policy, kinds: Iterable[str], sidecar_name: str) -> None:
    """Say what was decided for this document, and add the sidecar's own policy paragraphs.

    Where the decisions are kept (the sidecar file) is processing, said in ``appInfo``, not an
    editorial principle.
    """
    encoding = root.find(f"{tei('teiHeader')}/{tei('encodingDesc')}")
    application = encoding.find(f"{tei('appInfo')}/{tei('application')}")
    if application is not None:
        sub(application, "p", f"Editorial decisions applied from {sidecar_name}.")
    decl = child(encoding, "editorialDecl")
    counts = Counter(kinds)
    counts["slip"] += len(_reading_slips(root))
    if +counts:
        listed = counted(counts)
        source, editorial = SLIP_POLICIES[policy.slips]
        slips = (f" Scan slips are given as the form of the source ({source}) with the intended one beside it "
                 f"({editorial}).") if counts["slip"] else ""
        sub(child(decl, "correction"), "p", f"Editorial decisions in this document: {listed}.{slips}")
    for name, text in policy.prose:
        sub(child(decl, name), "p", text)


def _reading_slips(root: etree._Element) -> list[etree._Element]:
    """Slips regularised while the source was read (the "LI." of a citation), not by a sidecar entry.

    The sidecar's own decisions carry ids; these do not.
    """
    pairs = ([tei("orig"), tei("reg")], [tei("sic"), tei("corr")])
    return [choice for choice in root.iter(tei("choice"))
            if choice.get(XML_ID) is None and [child.tag for child in choice] in pairs]


def declare_witnesses(root: etree._Element, witnesses: Iterable[Witness]) -> None:
    """``sourceDesc/listWit`` with one ``witness`` per id (ids already listed are kept)."""
    source_desc = root.find(f"{tei('teiHeader')}/{tei('fileDesc')}/{tei('sourceDesc')}")
    listing = source_desc.find(tei("listWit"))
    known = set() if listing is None else {item.get(XML_ID) for item in listing}
    for witness in witnesses:
        if witness.id in known:
            continue
        if listing is None:
            listing = sub(source_desc, "listWit")
        sub(listing, "witness", witness.label, xml_id=witness.id)
        known.add(witness.id)


def declare_groups(root: etree._Element, groups: Iterable[WitnessGroup]) -> None:
    """Each group as a ``listWit`` with a ``head``, holding its member witnesses, where the first stood."""
    listing = root.find(f"{tei('teiHeader')}/{tei('fileDesc')}/{tei('sourceDesc')}/{tei('listWit')}")
    if listing is None:
        return
    for group in groups:
        members = [item for item in listing.iter(tei("witness")) if item.get(XML_ID) in group.members]
        if len(members) != len(group.members) or listing.find(f".//{tei('listWit')}[@{{{XML_NS}}}id='{group.id}']") is not None:
            continue
        nested = etree.Element(tei("listWit"))
        nested.set(XML_ID, group.id)
        sub(nested, "head", group.label)
        members[0].addprevious(nested)
        for member in members:
            nested.append(member)


def declare_apparatus(root: etree._Element) -> None:
    """``variantEncoding`` (readings in place, each ``app`` around the copy text's words) and its principle.

    Only documents with readings of other witnesses say that they have an apparatus.
    """
    encoding = root.find(f"{tei('teiHeader')}/{tei('encodingDesc')}")
    if encoding.find(tei("variantEncoding")) is None:
        sub(encoding, "variantEncoding", method="parallel-segmentation", location="internal")
    correction = child(child(encoding, "editorialDecl"), "correction")
    if APPARATUS not in [paragraph.text for paragraph in correction.iterfind(tei("p"))]:
        sub(correction, "p", APPARATUS)


def slips_as_corrections(root: etree._Element) -> None:
    """Under the "correct" policy, the builder's slips (orig/reg) become sic/corr too."""
    for choice in root.iter(tei("choice")):
        names = [child.tag for child in choice]
        if names == [tei("orig"), tei("reg")]:
            choice[0].tag, choice[1].tag = tei("sic"), tei("corr")
