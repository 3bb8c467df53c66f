"""Document model → ``teiHeader``.

Source text that lives in the header (the archive's date, the citation, the
summary, the credits, the language statements) is written verbatim; the
structured parts derived from it (msIdentifier, respStmt, funder, @when) sit
beside it, so the header is both faithful and machine-readable.
"""

from __future__ import annotations

import re

from lxml import etree

from tei import __version__
from tei.build.inline import append_text, mark_spans
from tei.edits import policy as policies
from tei.model import Citation, Document, Signature, Text
from tei.parse.citation import collection_in
from tei.parse.languages import language_code, language_name
from tei.xml import element, sub

SIGNATURE_PARTS = ("fond", "opis", "delo", "list", "file", "lot", "series")


def build_header(document: Document, language: str) -> etree._Element:
    header = element("teiHeader")
    file_desc = sub(header, "fileDesc")
    _title_stmt(file_desc, document)
    publication = sub(file_desc, "publicationStmt")
    sub(publication, "p", f"Draft converted from the archive export {document.stem} ({document.reader} reader); "
        "not yet published.")
    if document.header.credits:
        notes = sub(file_desc, "notesStmt")
        append_text(sub(notes, "note", type="credits"), document.header.credits)
    _source_desc(file_desc, document)
    _encoding_desc(header, document)
    _profile_desc(header, document, language)
    return header


def _title_stmt(file_desc: etree._Element, document: Document) -> None:
    statement = sub(file_desc, "titleStmt")
    title = document.header.title
    sub(statement, "title", _single_line(title.plain) if title else document.stem, type="main")
    citation = document.header.citation
    for person in citation.responsible if citation else ():
        responsibility = sub(statement, "respStmt")
        sub(responsibility, "resp", person.phrase or person.role, key=person.role)
        sub(responsibility, "persName", person.name)
    funder = _funder(document.header.credits)
    if funder:
        sub(statement, "funder", funder)


def _funder(credits: Text | None) -> str:
    """"… made possible with support from Leon Levy Foundation" → the funder's name."""
    if not credits:
        return ""
    match = re.search(r"support (?:from|of) (?:the )?(?P<name>[A-Z][^.;]*)", credits.plain)
    return match.group("name").strip() if match else ""


def _single_line(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


def _source_desc(file_desc: etree._Element, document: Document) -> None:
    source_desc = sub(file_desc, "sourceDesc")
    citation = document.header.citation
    signature = citation.signature if citation else None
    ms_desc = sub(source_desc, "msDesc")
    _ms_identifier(ms_desc, signature, _collection(document))
    original = document.header.original_language
    if original:
        contents = sub(ms_desc, "msContents")
        text_lang = sub(contents, "textLang")
        code = language_code(original.plain)
        if code:
            text_lang.set("mainLang", code)
        append_text(text_lang, original)
    if citation and document.header.source_note is None:
        bibl = sub(source_desc, "bibl", type="citation")
        citation_markup(bibl, citation)


def _collection(document: Document) -> str:
    citation = document.header.citation
    if citation and citation.collection:
        return citation.collection
    if document.header.summary:
        return collection_in(document.header.summary.plain)
    return ""


def _ms_identifier(ms_desc: etree._Element, signature: Signature | None, collection: str) -> None:
    """msIdentifier needs a repository or an idno; "unknown" is said, not invented."""
    identifier = sub(ms_desc, "msIdentifier")
    if signature is None or not signature.repository:
        sub(identifier, "repository", "unknown repository")
        return
    sub(identifier, "repository", signature.repository)
    for name in (signature.collection, collection):
        if name:
            sub(identifier, "collection", name)
    for kind in SIGNATURE_PARTS:
        value = signature.get(kind)
        if value:
            sub(identifier, "idno", value, type=kind)


def citation_markup(container: etree._Element, citation: Citation) -> None:
    """The citation verbatim, its parts marked in place, then its URL as a link."""
    append_text(container, citation.text)
    mark_spans(container, citation.spans)
    if citation.url:
        last = container[-1] if len(container) else None
        separator = "\n"
        if last is not None:
            last.tail = (last.tail or "") + separator
        else:
            container.text = (container.text or "") + separator
        sub(container, "ref", citation.url, target=citation.url)


def _encoding_desc(header: etree._Element, document: Document) -> None:
    encoding = sub(header, "encodingDesc")
    application = sub(sub(encoding, "appInfo"), "application", ident="tei", version=__version__)
    sub(application, "label", "tei toolkit")
    sub(application, "p", f"Source read with the {document.reader} reader.")
    decl = sub(encoding, "editorialDecl")
    normalization = sub(decl, "normalization")
    policies.write_defaults(decl)
    if document.notes:
        sub(normalization, "p", "Each note stands at the place of its call; a note the source gives without a "
                                "call is placed at the end of the document.")
    dropped = sorted({item.text for item in document.dropped if item.reason == "furniture"})
    if dropped:
        sub(normalization, "p", "Text of the archive's web page that is not part of the document is left out: "
                                + "; ".join(f"“{item}”" for item in dropped) + ".")


def _profile_desc(header: etree._Element, document: Document, language: str) -> None:
    profile = sub(header, "profileDesc")
    date_value = document.header.date_value
    written = document.header.date is not None  # an impossible date of its own is not replaced by the citation's
    if date_value is None and not written and document.header.citation and document.header.citation.date:
        date_value = document.header.citation.date
    creation = sub(profile, "creation")
    date = sub(creation, "date")
    if date_value and date_value.when:
        date.set("when", date_value.iso)
    if document.header.date:
        append_text(date, document.header.date)
    languages = sub(profile, "langUsage")
    translation = document.header.translation
    main = sub(languages, "language", ident=language_code(translation.plain) or language if translation else language)
    if translation:
        append_text(main, translation)
    else:
        main.text = language_name(language)
    original = document.header.original_language
    code = language_code(original.plain) if original else ""
    if code and code != main.get("ident"):
        sub(languages, "language", original.plain.strip() if original else "", ident=code)
    if document.header.summary:
        append_text(sub(sub(profile, "abstract"), "p"), document.header.summary)

