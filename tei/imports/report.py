"""What an import reports once per table: tei_all conformance of the input, unmapped elements, unknown ids,
dates that are not dates.

Third-party files of one convention share their problems (every FRUS file
carries ``frus:`` attributes), so each distinct problem is reported once,
at its first place, with the number of other places and files — the way
``tei validate`` collapses problems within one file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import unquote

from lxml import etree

from tei.diagnostics import Diagnostic, Level, Location, info, warning
from tei.imports.cache import ConformanceCache
from tei.imports.conventions import Convention
from tei.imports.sources import TeiSource
from tei.locate import Locator
from tei.validate import Settings, check_tree, schema_path
from tei.xslt import CODED

TEI_ALL = Settings(schemas=("tei_all",), schematron=True)
#: Messages a mapping stylesheet may send, ``[CODE] key path``: what each means.
MESSAGES = {
    "W-IMPORT-UNMAPPED": ("element <{key}> is not mapped by {sheet}: kept (as itself where the profile has it, "
                          "else as div, ab or seg with its name as @type, as its place allows) and rendered generically",
                          "extend the mapping if the element means something the edition should show"),
    "W-IMPORT-DATE": ("date value “{key}” is not a W3C date (YYYY-MM-DD, YYYY-MM, YYYY, with a time or not) or "
                      "does not exist: the value is dropped, the date kept as text",
                      "correct the value in the source (for FRUS: report it to the Office of the Historian)"),
    "W-IMPORT-PERSON": ("person id “{key}” is not in the registers (no entry with this foreign id): the name is "
                        "kept without @ref",
                        "import the source's list of persons: tei registers import FILE --into sources/registers"),
}


@dataclass
class Findings:
    """Problems collected over the files of one table, grouped by what they say."""

    groups: dict[tuple[str, str, str], list[Location]] = field(default_factory=dict)
    levels: dict[tuple[str, str, str], tuple[Level, str]] = field(default_factory=dict)
    unchecked: bool = False

    def add(self, level: Level, code: str, message: str, hint: str, where: Location) -> None:
        key = (code, message, hint)
        self.groups.setdefault(key, []).append(where)
        self.levels.setdefault(key, (level, hint))

    def conformance(self, tree: etree._ElementTree, locator: Locator, data: bytes,
                    cache: ConformanceCache | None = None) -> None:
        """Where the input does not conform to tei_all (grammar and its Schematron); remembered in
        ``cache`` by the input's bytes, so an unchanged file is checked once."""
        if schema_path("tei_all") is None:
            self.unchecked = True
            return
        findings = cache.get(data, locator.shown) if cache is not None else None
        if findings is None:
            findings = check_tree(tree, locator, TEI_ALL)
            if cache is not None:
                cache.put(data, findings)
        for found in findings:
            self.add(Level.WARNING, "W-IMPORT-CONFORMANCE", f"not tei_all-conformant [{found.code}]: {found.message}",
                     found.hint, found.location or Location(locator.shown))

    def message(self, message: Diagnostic, locator: Locator, diagnostics: list[Diagnostic]) -> None:
        """A message of the mapping: a known coded one is collected, anything else passed on."""
        match = CODED.match(f"[{message.code}] {message.message}") if message.code in MESSAGES else None
        if match is None:
            diagnostics.append(message)
            return
        key, _, path = match["text"].partition(" ")
        key = unquote(key)  # keys are URI-encoded, so that a value with spaces stays one key
        where = locator.saxon_path(path.strip()) if path.strip() else Location(locator.shown)
        self.add(message.level, message.code, key, "", where)

    def diagnostics(self, source: TeiSource, convention: Convention) -> list[Diagnostic]:
        found = []
        if self.unchecked:
            found.append(info("I-IMPORT-UNCHECKED", "the official tei_all.rng is not available: the conformance "
                              f"of the “{source.convention}” files to tei_all is not reported",
                              Location(source.files[0].name if source.files else ""),
                              "set TEI_REFERENCE to a folder with tei_all.rng"))
        sheet = f"xslt/import/{convention.name}.xsl"
        for (code, text, hint), places in self.groups.items():
            level, _ = self.levels[(code, text, hint)]
            template = MESSAGES.get(code)
            message = template[0].format(key=text, sheet=sheet) if template else text
            hint = template[1] if template else hint
            found.append(_collapsed(level, code, message, hint, places))
        return found


def _collapsed(level: Level, code: str, message: str, hint: str, places: list[Location]) -> Diagnostic:
    files = sorted({place.path for place in places})
    if len(places) > 1:
        others = ", ".join(f"{place.path.rsplit('/', 1)[-1]}:{place.line}" for place in places[1:6])
        more = " …" if len(places) > 6 else ""
        message += f" ({len(places)} places in {len(files)} files; also {others}{more})"
    return warning(code, message, places[0], hint) if level == Level.WARNING else \
        Diagnostic(level, code, message, places[0], hint)
