"""An empty register document: a TEI header that says what it is, and a standOff with one list."""

from __future__ import annotations

from lxml import etree

from tei.xml import element, sub


def new_register(title: str, list_name: str, source: str) -> etree._Element:
    """``TEI/teiHeader`` + ``standOff/<list_name>``, ready for entries."""
    root = element("TEI")
    file_desc = sub(sub(root, "teiHeader"), "fileDesc")
    sub(sub(file_desc, "titleStmt"), "title", title)
    sub(sub(file_desc, "publicationStmt"), "p", "A register of the edition; edited by its scholars.")
    sub(sub(file_desc, "sourceDesc"), "p", source)
    sub(sub(root, "standOff"), list_name)
    return root
