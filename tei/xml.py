"""XML in and out: a hardened parser, the TEI namespace, deterministic output.

Every XML file the toolkit reads (registers, third-party TEI, sidecars,
generated documents) goes through :func:`parse_file` / :func:`parse_bytes`:
no network, no DTD loading, no entity expansion, a size limit.  Output goes
through :func:`serialise`, which indents only container elements so that
mixed content is never reformatted and the same tree always gives the same
bytes.
"""

from __future__ import annotations

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


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=False,
        collect_ids=True,
    )


def parse_bytes(data: bytes, path: str = "<input>") -> etree._ElementTree:
    """Parse XML bytes safely; raise :class:`XmlInputError` with file and line.

    A DOCTYPE is refused outright: TEI needs none, and a DTD is where
    external entities, network fetches and entity bombs hide.
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
        return etree.ElementTree(etree.fromstring(data, _parser()))
    except etree.XMLSyntaxError as exc:
        line, col = exc.position if exc.position else (0, 0)
        raise XmlInputError(
            error(
                "E-XML-SYNTAX",
                f"not well-formed XML: {exc.msg}",
                Location(shown, line, col),
                "fix the markup at this position (an XML editor shows the open elements)",
            )
        ) from None


def parse_file(path: Path | str) -> etree._ElementTree:
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
    return parse_bytes(data, str(path))


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


def _doctype_line(data: bytes) -> int:
    """Line number of a DOCTYPE declaration in the prolog, 0 if there is none."""
    head = data[:65536]
    index = head.find(b"<!DOCTYPE")
    if index < 0:
        return 0
    root_start = _first_element_start(head)
    if root_start >= 0 and index > root_start:
        return 0
    return head.count(b"\n", 0, index) + 1


def _first_element_start(head: bytes) -> int:
    position = 0
    while True:
        index = head.find(b"<", position)
        if index < 0 or index + 1 >= len(head):
            return -1
        following = head[index + 1 : index + 2]
        if following not in (b"?", b"!"):
            return index
        position = index + 1


def element(name: str, text: str | None = None, **attributes: str) -> etree._Element:
    """A new TEI element; ``xml_id``/``xml_lang`` keywords map to xml:id/xml:lang."""
    node = etree.Element(tei(name), nsmap=NSMAP)
    _set_attributes(node, attributes)
    if text is not None:
        node.text = text
    return node


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
