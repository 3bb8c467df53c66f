"""XSLT 3.0 through saxonche: compile once, typed parameters, messages as diagnostics.

Editions are stylesheets; Python only hands them documents, paths and
parameters.  A :class:`Stylesheet` is compiled once and then applied to every
document of a run.  ``xsl:message`` output is collected and turned into
diagnostics: a message that starts with a code in brackets (``[W-XSLT-UNHANDLED]
…``) keeps that code and its level (the first letter: I, W, E, F); others become
``I-XSLT-MESSAGE``.  Compile and run errors raise :class:`XsltError` naming the
stylesheet (Saxon's message carries the line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, Sequence

from saxonche import PySaxonApiError, PySaxonProcessor, PyXdmNode, PyXdmValue

from tei.diagnostics import Diagnostic, Level, Location, relative_path
from tei.errors import TeiError
from tei.xml import parse_bytes

#: A parameter value: converted to the XDM type that matches its Python type.
ParamValue = str | bool | int | float | Path | PyXdmValue | Sequence[Any]

LEVELS = {"I": Level.INFO, "W": Level.WARNING, "E": Level.ERROR, "F": Level.FATAL}
CODED = re.compile(r"^\s*\[(?P<code>(?P<level>[IWEF])-[A-Z0-9-]+)\]\s*(?P<text>.*)$", re.DOTALL)


class XsltError(TeiError, RuntimeError):
    """A stylesheet does not compile or fails while it runs."""


@lru_cache(maxsize=1)
def processor() -> PySaxonProcessor:
    """The one Saxon processor of this process (Saxon wants a single instance)."""
    return PySaxonProcessor(license=False)


def xdm(value: ParamValue, keep: list[Any]) -> PyXdmValue:
    """A Python value as the XDM value of the same type (str → xs:string, list → sequence …).

    Saxon holds pointers to the values it is given, not references, so every value made here
    is also appended to ``keep``, which the caller holds until the transformation is over.
    """
    saxon = processor()
    if isinstance(value, PyXdmValue):
        made = value
    elif isinstance(value, bool):
        made = saxon.make_boolean_value(value)
    elif isinstance(value, int):
        made = saxon.make_integer_value(value)
    elif isinstance(value, float):
        made = saxon.make_double_value(value)
    elif isinstance(value, Path):
        made = saxon.make_string_value(value.resolve().as_uri())
    elif isinstance(value, str):
        made = saxon.make_string_value(value)
    else:
        made = saxon.empty_sequence()
        for item in value:
            converted = xdm(item, keep)
            for index in range(converted.size):
                member = converted.item_at(index)
                keep.append(member)
                made.add_xdm_item(member)
    keep.append(made)
    return made


def load_document(path: Path) -> PyXdmNode:
    """Parse an XML file for Saxon after the hardened parser has accepted it (no DTD, size limit).

    Saxon parses the file itself so that ``document-uri()`` names it.
    """
    parse_bytes(path.read_bytes(), str(path))
    try:
        return processor().parse_xml(xml_file_name=str(path.resolve()))
    except PySaxonApiError as exc:  # pragma: no cover - the hardened parser has accepted it
        raise XsltError(Diagnostic(Level.ERROR, "E-XSLT-INPUT", _clean(exc), Location(relative_path(path)))) from None


@dataclass
class Run:
    """The outcome of one transformation: the principal result and the messages."""

    output: str
    diagnostics: list[Diagnostic] = field(default_factory=list)


class Stylesheet:
    """One compiled stylesheet, applied many times."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.shown = relative_path(path)
        # The compiler is kept with the executable: Saxon frees what the executable needs with it.
        self._compiler = processor().new_xslt30_processor()
        try:
            self._executable = self._compiler.compile_stylesheet(stylesheet_file=str(path.resolve()))
        except PySaxonApiError as exc:
            raise XsltError(Diagnostic(Level.ERROR, "E-XSLT-COMPILE", _clean(exc), Location(self.shown),
                                       "fix the stylesheet at the line Saxon names")) from None
        self._executable.set_save_xsl_message(True)

    def apply(self, document: PyXdmNode, params: Mapping[str, ParamValue], where: str) -> Run:
        """Apply the stylesheet's default mode to ``document``; ``where`` names it in messages."""
        return self._run(params, where, lambda ex: ex.transform_to_string(xdm_node=document))

    def call(self, params: Mapping[str, ParamValue], output_dir: Path, where: str = "") -> Run:
        """Run the initial template; ``xsl:result-document`` files land in ``output_dir``."""
        output_dir.mkdir(parents=True, exist_ok=True)

        def invoke(executable: Any) -> str:
            executable.set_base_output_uri(output_dir.resolve().as_uri() + "/")
            return executable.call_template_returning_string(None)

        return self._run(params, where or self.shown, invoke)

    def _run(self, params: Mapping[str, ParamValue], where: str, invoke: Any) -> Run:
        executable = self._executable
        executable.clear_parameters()
        keep: list[Any] = []  # the values must outlive the run (see xdm)
        for name, value in params.items():
            executable.set_parameter(name, xdm(value, keep))
        try:
            output = invoke(executable) or ""
        except PySaxonApiError as exc:
            raise XsltError(Diagnostic(Level.ERROR, "E-XSLT-RUN", f"{_clean(exc)} (while rendering {where})",
                                       Location(self.shown), "this is a stylesheet bug; please report it")) from None
        finally:
            executable.clear_parameters()
            del keep
        return Run(output, self._messages(where))

    def _messages(self, where: str) -> list[Diagnostic]:
        messages = self._executable.get_xsl_messages()
        self._executable.clear_xsl_messages()  # Saxon keeps them across runs: each run reports its own
        if messages is None:
            return []
        found = []
        for index in range(messages.size):
            text = messages.item_at(index).string_value
            match = CODED.match(text)
            if match:
                found.append(Diagnostic(LEVELS[match["level"]], match["code"], match["text"].strip(),
                                        Location(where), f"from {self.shown}"))
            else:
                found.append(Diagnostic(Level.INFO, "I-XSLT-MESSAGE", text.strip(), Location(where),
                                        f"from {self.shown}"))
        return found


def _clean(exc: Exception) -> str:
    """Saxon's message on one line."""
    return " ".join(str(exc).split())
