"""Map what validators report (elements, XPath paths) back to lines and columns of the file.

libxml2 gives the line where an element's start tag ends and no column;
Saxon HE gives only an XPath ``path()``.  :class:`Locator` turns either into
a :class:`~tei.diagnostics.Location` with the line and column of the start
tag, found in the document's own text.
"""

from __future__ import annotations

import re

from lxml import etree

from tei.diagnostics import Location

_STEP = re.compile(r"/(?:Q\{([^}]*)\}([^/\[]+)\[(\d+)\]|(@[^/]+)|([a-z-]+\([^)]*\))\[\d+\])")


class Locator:
    """Locations in one parsed document (``data`` is its text, for columns)."""

    def __init__(self, data: bytes, root: etree._Element, shown: str,
                 included: dict[etree._Element, str] | None = None) -> None:
        self.lines = data.decode("utf-8", "replace").splitlines()
        self.root = root
        self.shown = shown
        self.included = included or {}

    def element(self, node: etree._Element | None) -> Location:
        if node is None or not isinstance(node.tag, str):
            return Location(self.shown)
        for ancestor in node.iterancestors():
            if ancestor in self.included:
                return Location(self.included[ancestor], node.sourceline or 0)
        if node in self.included:
            return Location(self.included[node], node.sourceline or 0)
        line = node.sourceline or 0
        line, col = self._start_tag(node, line)
        return Location(self.shown, line, col)

    def libxml_path(self, path: str | None, line: int) -> Location:
        """A libxml2 error path (``/*/*[2]/*``) with its reported line."""
        if path:
            try:
                found = self.root.getroottree().xpath(path)
            except etree.XPathError:
                found = []
            if found and isinstance(found[0], etree._Element):
                return self.element(found[0])
        return Location(self.shown, line)

    def saxon_path(self, path: str) -> Location:
        """An XPath 3 ``path()`` (``/Q{ns}TEI[1]/Q{ns}text[1]/@ref``)."""
        return self.element(self.resolve(path))

    def resolve(self, path: str) -> etree._Element | None:
        node = None
        for match in _STEP.finditer(path):
            uri, local, index = match.group(1), match.group(2), match.group(3)
            if local is None:
                break
            tag = f"{{{uri}}}{local}" if uri else local
            if node is None:
                node = self.root if self.root.tag == tag else None
            else:
                children = [child for child in node if child.tag == tag]
                node = children[int(index) - 1] if len(children) >= int(index) else None
            if node is None:
                return None
        return node

    def _start_tag(self, node: etree._Element, line: int) -> tuple[int, int]:
        """Line and column of ``node``'s start tag (libxml2 gives the line where it ends)."""
        if not line or line > len(self.lines):
            return line, 0
        qname = f"{node.prefix}:{etree.QName(node).localname}" if node.prefix else etree.QName(node).localname
        pattern = re.compile(r"<" + re.escape(qname) + r"(?=[\s/>]|$)")
        same_line = [other for other in node.getroottree().iter(node.tag) if other.sourceline == line]
        index = same_line.index(node) if node in same_line else 0
        hits = list(pattern.finditer(self.lines[line - 1]))
        if len(hits) > index:
            return line, hits[index].start() + 1
        for back in range(line - 1, max(line - 40, 0), -1):
            hits = list(pattern.finditer(self.lines[back - 1]))
            if hits:
                return back, hits[-1].start() + 1
        return line, 0
