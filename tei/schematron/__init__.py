"""Schematron run through saxonche: compiled once (schema → XSLT 3.0 → executable), then per document.

:file:`compile.xsl` (beside this module) turns an ISO Schematron schema into
an XSLT stylesheet that writes SVRL; :class:`Schematron` compiles that once
and runs it over each document, returning :class:`Finding`s whose location
is an XPath ``path()`` (Saxon HE has no line numbers; :mod:`tei.locate` maps
paths back to lines in the parsed file).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from tei.diagnostics import error
from tei.errors import ConfigError

COMPILER = Path(__file__).with_name("compile.xsl")
SVRL_NS = "http://purl.oclc.org/dsdl/svrl"
_PROCESSOR = None


def processor():
    """The process's Saxon processor (created on first use, never before a fork)."""
    global _PROCESSOR
    if _PROCESSOR is None:
        from saxonche import PySaxonProcessor

        _PROCESSOR = PySaxonProcessor(license=False)
    return _PROCESSOR


@dataclass(frozen=True)
class Finding:
    """One failed assertion or successful report."""

    code: str
    role: str
    message: str
    hint: str
    path: str


class Schematron:
    """A Schematron schema compiled to an XSLT executable."""

    def __init__(self, schema: etree._Element, name: str) -> None:
        from saxonche import PySaxonApiError

        self.name = name
        saxon = processor()
        xslt = saxon.new_xslt30_processor()
        try:
            compiler = xslt.compile_stylesheet(stylesheet_file=str(COMPILER))
            source = saxon.parse_xml(xml_text=etree.tostring(schema, encoding="unicode"))
            self.xslt_text = compiler.transform_to_string(xdm_node=source)
            self.executable = xslt.compile_stylesheet(stylesheet_text=self.xslt_text)
        except PySaxonApiError as exc:
            raise ConfigError(error("E-SCH-COMPILE", f"the {name} Schematron does not compile: {str(exc)[:400]}",
                                    hint="check the rules' XPath in the ODD")) from None

    def check(self, root: etree._Element) -> list[Finding]:
        """Run the rules over a parsed document."""
        from saxonche import PySaxonApiError

        saxon = processor()
        try:
            document = saxon.parse_xml(xml_text=etree.tostring(root, encoding="unicode"))
            report = self.executable.transform_to_string(xdm_node=document)
        except PySaxonApiError as exc:
            message = " ".join(str(exc).split())[:300]
            return [Finding("E-SCH-EVAL", "error", f"a {self.name} rule could not be evaluated: {message}",
                            "report this with the document", "/")]
        return _findings(report or "")


def _findings(report: str) -> list[Finding]:
    if not report.strip():
        return []
    root = etree.fromstring(report.encode("utf-8"))
    found = []
    for node in root:
        text = " ".join(node.findtext(f"{{{SVRL_NS}}}text", "").split())
        hints = [" ".join("".join(ref.itertext()).split()) for ref in node.iterfind(f"{{{SVRL_NS}}}diagnostic-reference")]
        found.append(Finding(node.get("id", "SCH"), node.get("role", "error"), text, "; ".join(h for h in hints if h),
                             node.get("location", "/")))
    return found
