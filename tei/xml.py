"""XML in and out: a hardened parser, the TEI namespace, deterministic output.

Every XML file the toolkit reads (registers, third-party TEI, sidecars,
generated documents) goes through :func:`parse_file` / :func:`parse_bytes`:
no network, no DTD loading, no entity expansion, a size limit.  Output goes
through :func:`serialise`, which indents only container elements so that
mixed content is never reformatted and the same tree always gives the same
bytes.
"""

from __future__ import annotations

import re
from copy import deepcopy
from pathlib import Path
from typing import Iterable

from lxml import etree

from tei.diagnostics import Location, error, fatal, relative_path
from tei.errors import XmlInputError

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NSMAP = {None: TEI_NS}
NS = {"tei": TEI_NS}
XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"

#: Inputs larger than this are refused before parsing (bytes).
MAX_INPUT_BYTES = 50 * 1024 * 1024
#: Deepest element nesting accepted: Saxon's parser (Schematron, XSLT) refuses more than 100 levels.
MAX_DEPTH = 100

#: Elements whose children are elements only; they are indented on output.
CONTAINERS = frozenset(
    {
        "TEI", "teiCorpus", "teiHeader", "fileDesc", "titleStmt", "editionStmt",
        "publicationStmt", "availability", "sourceDesc", "msDesc", "msIdentifier",
        "msContents", "history", "encodingDesc", "editorialDecl", "projectDesc",
        "profileDesc", "langUsage", "textClass", "correspDesc", "revisionDesc",
        "text", "front", "body", "back", "div", "sp", "list", "listWit", "listBibl",
        "standOff", "listPerson", "listPlace", "listOrg", "person", "place", "org",
        "opener", "closer", "respStmt", "biblStruct", "monogr", "analytic", "imprint",
        "correspAction", "particDesc", "settingDesc", "abstract", "docTitle",
        "titlePage", "listRelation", "tagsDecl", "classDecl", "taxonomy",
        "appInfo", "application", "schemaRef", "listApp", "notesStmt",
    }
)


def tei(name: str) -> str:
    """Clark name of a TEI element: ``tei("p")`` → ``{ns}p``."""
    return f"{{{TEI_NS}}}{name}"


def local_name(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return etree.QName(tag).localname


#: libxml2 error codes for xml:id problems, which it reports while parsing.
_ID_ERRORS = {513: ("E-ID-DUPLICATE", "ids derive from content (note number, name): give the second element another id"),
              539: ("E-ID-INVALID", "an id starts with a letter or _ and has no spaces or colons (an XML NCName)")}


def _parser(collect_ids: bool = True) -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=False,
        collect_ids=collect_ids,
    )


def parse_bytes(data: bytes, path: str = "<input>", collect_ids: bool = True) -> etree._ElementTree:
    """Parse XML bytes safely; raise :class:`XmlInputError` with file and line.

    A DOCTYPE is refused outright: TEI needs none, and a DTD is where
    external entities, network fetches and entity bombs hide.  Duplicate or
    malformed ``xml:id``s are reported as ``E-ID-DUPLICATE``/``E-ID-INVALID``;
    ``collect_ids=False`` parses past them (the validator then lists them all).
    """
    shown = relative_path(path) if path != "<input>" else path
    if len(data) > MAX_INPUT_BYTES:
        raise _too_large(len(data), shown)
    doctype_line = _doctype_line(data)
    if doctype_line:
        raise XmlInputError(
            error(
                "E-XML-DOCTYPE",
                "the document has a DOCTYPE declaration; DTDs and entities are not processed",
                Location(shown, doctype_line, 1),
                "remove the DOCTYPE (TEI needs none) and replace entities by characters",
            )
        )
    try:
        tree = etree.ElementTree(etree.fromstring(data, _parser(collect_ids)))
    except etree.XMLSyntaxError as exc:
        line, col = exc.position if exc.position else (0, 0)
        if "XML_PARSE_HUGE" in exc.msg:
            raise _over_limit(exc.msg, Location(shown, line, col)) from None
        if exc.code in _ID_ERRORS:
            code, hint = _ID_ERRORS[exc.code]
            message = re.sub(r", line \d+, column \d+$", "", exc.msg)
            raise XmlInputError(error(code, message, Location(shown, line, col), hint)) from None
        raise XmlInputError(
            error(
                "E-XML-SYNTAX",
                f"not well-formed XML: {exc.msg}",
                Location(shown, line, col),
                "fix the markup at this position (an XML editor shows the open elements)",
            )
        ) from None
    too_deep = tree.xpath("(" + "/*" * (MAX_DEPTH + 1) + ")[1]")
    if too_deep:
        raise _over_limit("depth", Location(shown, too_deep[0].sourceline or 0))
    return tree


def _over_limit(what: str, where: Location) -> XmlInputError:
    """Nesting or a text beyond the limits the toolkit keeps (libxml2's huge_tree stays off)."""
    if "depth" in what:
        return XmlInputError(error("E-XML-DEPTH", f"elements are nested more than {MAX_DEPTH} levels deep", where,
                                   "no edition nests that deep: check for unclosed elements or generated markup"))
    return XmlInputError(error("E-XML-LIMIT", "a text or attribute value is larger than the parser's limit of 10 MB",
                               where, "split it (paragraphs, several files); the limit guards against "
                                      "memory exhaustion and stays on"))


def parse_file(path: Path | str, collect_ids: bool = True) -> etree._ElementTree:
    """Read and parse an XML file with :func:`parse_bytes`; huge files are refused unread."""
    file_path = Path(path)
    shown = relative_path(path)
    try:
        size = file_path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise _too_large(size, shown)
        data = file_path.read_bytes()
    except OSError as exc:
        raise XmlInputError(
            error("E-XML-READ", f"cannot read file: {exc.strerror}", Location(shown))
        ) from None
    return parse_bytes(data, str(path), collect_ids)


def _too_large(size: int, shown: str) -> XmlInputError:
    megabytes = 1024 * 1024
    return XmlInputError(
        fatal(
            "E-XML-SIZE",
            f"file is {size // megabytes} MB, more than the limit of {MAX_INPUT_BYTES // megabytes} MB",
            Location(shown),
            "split the file, or raise tei.xml.MAX_INPUT_BYTES deliberately",
        )
    )


_PROLOG_SPACE = re.compile(rb"[ \t\r\n]*")


def _doctype_line(data: bytes) -> int:
    """Line number of a DOCTYPE declaration in the prolog, 0 if there is none.

    The whole prolog is scanned (declaration, comments, processing
    instructions), in UTF-16/32 too, so no amount of padding hides a DTD.
    """
    text = _ascii_view(data)
    position = 0
    while True:
        position = _PROLOG_SPACE.match(text, position).end()
        if text.startswith(b"<!DOCTYPE", position):
            return text.count(b"\n", 0, position) + 1
        for opener, closer in ((b"<?", b"?>"), (b"<!--", b"-->")):
            if text.startswith(opener, position):
                end = text.find(closer, position + len(opener))
                if end < 0:
                    return 0
                position = end + len(closer)
                break
        else:
            return 0


def _ascii_view(data: bytes) -> bytes:
    """The bytes with markup readable as ASCII: UTF-16/32 input is transcoded."""
    for marks, codec in (((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"), "utf-32"),
                         ((b"\xff\xfe", b"\xfe\xff"), "utf-16"),
                         ((b"<\x00?\x00", b"<\x00!\x00"), "utf-16-le"), ((b"\x00<\x00?", b"\x00<\x00!"), "utf-16-be")):
        if data.startswith(marks):
            return data.decode(codec, "replace").encode("utf-8", "replace")
    return data[3:] if data.startswith(b"\xef\xbb\xbf") else data


def element(name: str, text: str | None = None, **attributes: str) -> etree._Element:
    """A new TEI element; ``xml_id``/``xml_lang`` keywords map to xml:id/xml:lang."""
    node = etree.Element(tei(name), nsmap=NSMAP)
    _set_attributes(node, attributes)
    if text is not None:
        node.text = text
    return node


def child(parent: etree._Element, name: str) -> etree._Element:
    """The TEI child ``name`` of ``parent``, appended when there is none (headers gain parts, never twins)."""
    found = parent.find(tei(name))
    return found if found is not None else sub(parent, name)


def sub(parent: etree._Element, name: str, text: str | None = None, **attributes: str) -> etree._Element:
    """Append a new TEI child element to ``parent`` and return it."""
    node = etree.SubElement(parent, tei(name))
    _set_attributes(node, attributes)
    if text is not None:
        node.text = text
    return node


def _set_attributes(node: etree._Element, attributes: dict[str, str]) -> None:
    for key, value in attributes.items():
        if value is None:
            continue
        if key == "xml_id":
            node.set(XML_ID, value)
        elif key == "xml_lang":
            node.set(XML_LANG, value)
        else:
            node.set(key.rstrip("_").replace("_", "-") if key.endswith("_") else key, value)


def serialise(root: etree._Element) -> bytes:
    """Deterministic UTF-8 bytes: containers indented, mixed content untouched."""
    tree_root = deepcopy(root)
    _indent(tree_root, 0)
    body = etree.tostring(tree_root, encoding="UTF-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body + b"\n"


def _indent(node: etree._Element, depth: int) -> None:
    children = list(node)
    if not children or local_name(node) not in CONTAINERS:
        return
    if (node.text or "").strip() or any((child.tail or "").strip() for child in children):
        return
    pad = "\n" + "  " * (depth + 1)
    node.text = pad
    for child in children:
        child.tail = pad
        _indent(child, depth + 1)
    children[-1].tail = "\n" + "  " * depth


def text_of(node: etree._Element, skip: Iterable[str] = ()) -> str:
    """Text content of ``node`` without the subtrees of elements named in ``skip``."""
    skipped = frozenset(skip)
    parts: list[str] = []

    def walk(current: etree._Element) -> None:
        if current.text:
            parts.append(current.text)
        for child in current:
            if isinstance(child.tag, str) and local_name(child) not in skipped:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(node)
    return "".join(parts)
