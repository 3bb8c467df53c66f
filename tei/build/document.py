"""Document model → a complete ``TEI`` element (header + text)."""

from __future__ import annotations

from lxml import etree

from tei.build.body import build_text
from tei.build.header import build_header
from tei.model import Document
from tei.xml import XML_LANG, element


def build_document(document: Document, language: str = "en") -> etree._Element:
    """The TEI tree for ``document``; ``language`` is the text's language when the source is silent."""
    root = element("TEI")
    root.set(XML_LANG, language)
    root.set("n", document.stem)
    header = build_header(document, language)
    root.append(header)
    year = _year(document)
    root.append(build_text(document, year))
    main_language = header.find(".//{*}langUsage/{*}language")
    if main_language is not None and main_language.get("ident"):
        root.set(XML_LANG, main_language.get("ident", language))
    return root


def _year(document: Document) -> int | None:
    value = document.header.date_value
    if value and value.when:
        return int(value.when[:4])
    citation = document.header.citation
    if citation and citation.date and citation.date.when:
        return int(citation.date.when[:4])
    return None
