"""All documents in one ``teiCorpus``: each ``TEI`` whole, its ids and pointers made unique.

Ids repeat across documents (``n1``, register ids in every ``standOff``), so each document's
``xml:id``s and the local pointers to them get the document's prefix (``d003_d9aa3093ddf865fe.n1``).
Witness ids keep the form the project's schema demands of them (``wit-`` and lower-case words):
``wit-malin`` becomes ``wit-003-d9aa3093ddf865fe-malin``.  The file is then valid against tei_all,
each of its documents against the project's schema, and every local pointer resolves in the corpus.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from tei.xml import XML_ID, element, parse_file, serialise, sub

POINTERS = ("ref", "target", "corresp", "wit", "source", "resp", "hand", "ana", "sameAs", "next", "prev")
WITNESS = "wit-"


def prefix(stem: str) -> str:
    """An XML-name prefix for a document's ids."""
    cleaned = re.sub(r"[^\w.-]", "_", stem)
    return cleaned if re.match(r"[A-Za-z_]", cleaned) else "d" + cleaned


def witness_prefix(stem: str) -> str:
    """The part a document's witness ids get after ``wit-``: the stem in lower-case words."""
    return "-".join(re.findall(r"[a-z0-9]+", stem.lower())) or "d"


def corpus(documents: list[Path], title: str, editors: tuple[str, ...]) -> bytes:
    root = element("teiCorpus")
    file_desc = sub(sub(root, "teiHeader"), "fileDesc")
    statement = sub(file_desc, "titleStmt")
    sub(statement, "title", title)
    for name in editors:
        sub(statement, "editor", name)
    sub(sub(file_desc, "publicationStmt"), "p", f"The {len(documents)} documents of the edition, as exchanged.")
    sub(sub(file_desc, "sourceDesc"), "p", "Each TEI document below is one document of the edition, whole.")
    taken: set[str] = set()
    for path in sorted(documents):
        document = parse_file(path).getroot()
        _prefix_ids(document, _unique(prefix(path.stem), taken), _unique(witness_prefix(path.stem), taken))
        root.append(document)
    return serialise(root)


def _unique(candidate: str, taken: set[str]) -> str:
    """``candidate``, or it with a number when another document's stem gave the same prefix."""
    found, number = candidate, 1
    while found in taken:
        number += 1
        found = f"{candidate}-{number}"
    taken.add(found)
    return found


def _prefix_ids(document: etree._Element, stem: str, witness_stem: str) -> None:
    def renamed(identifier: str) -> str:
        if identifier.startswith(WITNESS):
            return f"{WITNESS}{witness_stem}-{identifier[len(WITNESS):]}"
        return f"{stem}.{identifier}"

    ids = {node.get(XML_ID) for node in document.iter() if isinstance(node.tag, str) and node.get(XML_ID)}
    for node in document.iter():
        if not isinstance(node.tag, str):
            continue
        if node.get(XML_ID):
            node.set(XML_ID, renamed(node.get(XML_ID)))
        for name in POINTERS:
            value = node.get(name)
            if value and "#" in value:
                node.set(name, " ".join(f"#{renamed(v[1:])}" if v.startswith("#") and v[1:] in ids else v
                                        for v in value.split()))
