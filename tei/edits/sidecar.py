"""Read and check a ``<stem>.edits.toml`` sidecar; every problem names the file and line.

TOML keeps editorial decisions where scholars can read, diff and review them
beside the raw source; tables of arrays (``[[variant]]``) give each decision
its own block and line, which messages point back to.  Nothing is looked up
in the TEI here: that is :mod:`tei.edits.locate`.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from pathlib import Path
from typing import Any

from tei.diagnostics import Diagnostic, Location, error, relative_path
from tei.source import line_col
from tei.edits.model import (
    POLICY_PROSE, SLIP_POLICIES, SUPPLIED_REASONS, Entry, Policy, Reading, Sidecar, Witness, WitnessGroup,
)

COMMON = ("context", "in", "occurrence", "note", "justification", "id")
FIELDS = {
    "variant": ("text", "reading", "wit", "readings", "lem_wit") + COMMON,
    "correction": ("text", "corr") + COMMON,
    "regularisation": ("text", "reg") + COMMON,
    "slip": ("text", "intended") + COMMON,
    "supplied": ("text", "after", "before", "reason") + COMMON,
    "heading": ("text", "before", "n", "type", "reason", "occurrence", "note", "justification", "id"),
}
REQUIRED = {"variant": ("text",), "correction": ("text", "corr"), "regularisation": ("text", "reg"),
            "slip": ("text", "intended"), "supplied": ("text",), "heading": ("text", "before")}
#: The key holding the editor's form, per kind.
VALUE_KEY = {"correction": "corr", "regularisation": "reg", "slip": "intended", "supplied": "text", "heading": "text"}
WITNESS_ID = re.compile(r"wit-[a-z0-9][a-z0-9-]*")
XML_NAME = re.compile(r"[A-Za-z_][\w.-]*")
SCOPE = re.compile(r"text|notes|header|note \S+")
_ARRAY_HEADER = re.compile(r"\s*\[\[\s*([A-Za-z_][\w.-]*)\s*\]\]")
_TABLE_HEADER = re.compile(r"\s*\[")


class _Problems:
    """Collects messages for one sidecar file."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.found: list[Diagnostic] = []

    def add(self, code: str, message: str, line: int, hint: str) -> None:
        self.found.append(error(code, message, Location(self.path, line, 1 if line else 0), hint))


def load(path: Path) -> tuple[Sidecar | None, list[Diagnostic]]:
    """The sidecar at ``path``, or None and the problems that make it unusable."""
    shown = relative_path(path)
    problems = _Problems(shown)
    data_bytes = path.read_bytes()
    try:
        raw = data_bytes.decode("utf-8")
        data = tomllib.loads(raw)
    except UnicodeDecodeError as exc:
        line, col = line_col(data_bytes, exc.start)
        problems.found.append(error("E-EDITS-ENCODING", f"byte 0x{data_bytes[exc.start]:02x} is not valid UTF-8: "
                                    "the editorial decisions file is not UTF-8 text", Location(shown, line, col),
                                    "save it as UTF-8"))
        return None, problems.found
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+), column (\d+)", str(exc))
        line, col = (int(match.group(1)), int(match.group(2))) if match else (0, 0)
        problems.found.append(error("E-EDITS-TOML", f"not valid TOML: {exc}", Location(shown, line, col),
                                    "fix the syntax at this position (strings need quotes; tables are [[kind]])"))
        return None, problems.found
    sidecar = parse(data, raw, shown, problems)
    return (None, problems.found) if problems.found else (sidecar, [])


def parse(data: dict[str, Any], raw: str, shown: str, problems: _Problems) -> Sidecar:
    lines = raw.split("\n")
    headers = array_headers(lines)
    witnesses = _witnesses(data.get("witness", []), headers.get("witness", []), lines, problems)
    groups = _groups(data.get("witness-group", []), headers.get("witness-group", []), witnesses, lines, problems)
    policy = _policy(data.get("policy", {}), lines, problems)
    entries: list[Entry] = []
    for kind, value in data.items():
        if kind in ("witness", "witness-group", "policy", "correspondence"):  # see tei.transforms.correspondence
            continue
        if kind not in FIELDS:
            close = difflib.get_close_matches(kind, [*FIELDS, "witness", "witness-group", "policy"], n=1)
            hint = f"did you mean [[{close[0]}]]?" if close else "kinds are " + ", ".join(f"[[{k}]]" for k in FIELDS)
            problems.add("E-EDITS-TABLE", f"unknown kind of decision “{kind}”", _table_line(lines, kind), hint)
            continue
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            problems.add("E-EDITS-TABLE", f"“{kind}” must be a list of tables", _table_line(lines, kind),
                         f"write each decision as its own [[{kind}]] block")
            continue
        for number, table in enumerate(value):
            line = headers.get(kind, [])[number] if number < len(headers.get(kind, [])) else 0
            entry = _entry(kind, table, line, len(entries), lines, problems)
            if entry is not None:
                entries.append(entry)
    _check_witness_references(entries, witnesses, problems)
    entries.sort(key=lambda item: (item.line, item.index))
    _check_ids(entries, witnesses, groups, lines, problems)
    return Sidecar(shown, policy, tuple(witnesses), tuple(entries), tuple(groups))


def array_headers(lines: list[str]) -> dict[str, list[int]]:
    """Line numbers of every ``[[kind]]`` header, per kind, in order."""
    found: dict[str, list[int]] = {}
    for number, text in enumerate(lines, 1):
        match = _ARRAY_HEADER.match(text)
        if match:
            found.setdefault(match.group(1), []).append(number)
    return found


def _key_line(lines: list[str], start: int, key: str) -> int:
    """The line of ``key = …`` in the block whose header is line ``start`` (``start`` if not found)."""
    pattern = re.compile(rf"\s*{re.escape(key)}\s*=")
    for number in range(start + 1, len(lines) + 1):
        text = lines[number - 1]
        if _TABLE_HEADER.match(text):
            break
        if pattern.match(text):
            return number
    return start


def _table_line(lines: list[str], name: str) -> int:
    """The line where the table ``name`` begins: ``[name]``, ``[[name]]`` or ``name = …`` at the top."""
    header = re.compile(rf"\s*\[\[?\s*{re.escape(name)}\s*\]")
    for number, text in enumerate(lines, 1):
        if header.match(text):
            return number
    return _key_line(lines, 0, name) or 1


def _witnesses(value: Any, header_lines: list[int], lines: list[str], problems: _Problems) -> list[Witness]:
    if not isinstance(value, list):
        problems.add("E-EDITS-TABLE", "“witness” must be a list of tables", _table_line(lines, "witness"),
                     "write each witness as its own [[witness]] block")
        return []
    found: list[Witness] = []
    for number, table in enumerate(value):
        line = header_lines[number] if number < len(header_lines) else 0
        unknown = sorted(set(table) - {"id", "label", "base"})
        ident, label = table.get("id"), table.get("label")
        if unknown:
            problems.add("E-EDITS-FIELD", f"[[witness]] has unknown field “{unknown[0]}”", line,
                         "a witness has id, label and (for the copy text) base = true")
        elif not isinstance(ident, str) or not WITNESS_ID.fullmatch(ident):
            problems.add("E-EDITS-WITNESS", f"witness id {ident!r} is not of the form wit-<name>", line,
                         'write it like id = "wit-malin" (lower case letters, digits, hyphens)')
        elif any(witness.id == ident for witness in found):
            problems.add("E-EDITS-WITNESS", f"witness id “{ident}” is declared twice", line, "give each witness its own id")
        elif not isinstance(table.get("base", False), bool):
            problems.add("E-EDITS-FIELD", f"witness “{ident}”: base must be true or false", line,
                         "write base = true for the copy text, or leave it out")
        elif not isinstance(label, str) or not label.strip():
            problems.add("E-EDITS-FIELD", f"witness “{ident}” needs a label", line,
                         'say what it is, e.g. label = "Published Hungarian version"')
        else:
            found.append(Witness(ident, label.strip(), table.get("base") is True))
    return found


def _groups(value: Any, header_lines: list[int], witnesses: list[Witness], lines: list[str],
            problems: _Problems) -> list[WitnessGroup]:
    """``[[witness-group]]`` tables: an id, a label, and two or more declared member witnesses."""
    if not isinstance(value, list):
        problems.add("E-EDITS-TABLE", "“witness-group” must be a list of tables", _table_line(lines, "witness-group"),
                     "write each group as its own [[witness-group]] block")
        return []
    known = {witness.id for witness in witnesses}
    found: list[WitnessGroup] = []
    for number, table in enumerate(value):
        line = header_lines[number] if number < len(header_lines) else 0
        ident, label, members = table.get("id"), table.get("label"), table.get("members")
        unknown = sorted(set(table) - {"id", "label", "members"})
        if unknown:
            problems.add("E-EDITS-FIELD", f"[[witness-group]] has unknown field “{unknown[0]}”", line,
                         "a witness group has id, label and members")
        elif not isinstance(ident, str) or not WITNESS_ID.fullmatch(ident) or ident in known:
            problems.add("E-EDITS-WITNESS", f"witness group id {ident!r} is not a new id of the form wit-<name>", line,
                         'write it like id = "wit-published", different from every witness id')
        elif not isinstance(label, str) or not label.strip():
            problems.add("E-EDITS-FIELD", f"witness group “{ident}” needs a label", line,
                         'say how the edition names them, e.g. label = "the published versions"')
        elif (not isinstance(members, list) or len(members) < 2
              or any(member not in known for member in members) or len(set(members)) != len(members)):
            problems.add("E-EDITS-WITNESS", f"witness group “{ident}”: members must be two or more declared witnesses",
                         _key_line(lines, line, "members"), "list the ids of [[witness]] blocks, e.g. members = [\"wit-hu\", \"wit-ru\"]")
        else:
            found.append(WitnessGroup(ident, label.strip(), tuple(members)))
            known.add(ident)
    return found


def _policy(value: Any, lines: list[str], problems: _Problems) -> Policy:
    line = _table_line(lines, "policy") if value else 0
    if not isinstance(value, dict):
        problems.add("E-EDITS-TABLE", "“policy” must be a table", line, "write it as a [policy] section")
        return Policy()
    for key in sorted(set(value) - {"slips", *POLICY_PROSE}):
        problems.add("E-EDITS-FIELD", f"[policy] has unknown field “{key}”", _key_line(lines, line, key),
                     "policy fields are slips and " + ", ".join(POLICY_PROSE))
    slips = value.get("slips", "regularise")
    if slips not in SLIP_POLICIES:
        problems.add("E-EDITS-FIELD", f"slips = {slips!r} is not a policy", _key_line(lines, line, "slips"),
                     'use "regularise" (orig/reg) or "correct" (sic/corr)')
    prose = tuple((key, value[key].strip()) for key in POLICY_PROSE if isinstance(value.get(key), str))
    return Policy(slips if slips in SLIP_POLICIES else "regularise", prose)


def _entry(kind: str, table: dict[str, Any], line: int, index: int, lines: list[str],
           problems: _Problems) -> Entry | None:
    where = {key: _key_line(lines, line, key) for key in table}
    before = len(problems.found)
    for key in sorted(set(table) - set(FIELDS[kind])):
        problems.add("E-EDITS-FIELD", f"[[{kind}]] has unknown field “{key}”", where[key],
                     f"fields of [[{kind}]]: " + ", ".join(FIELDS[kind]))
    for key in REQUIRED[kind]:
        if not isinstance(table.get(key), str) or not table[key].strip():
            problems.add("E-EDITS-FIELD", f"[[{kind}]] needs {key} = \"…\" (a non-empty string)", line,
                         "see the README, section Editorial apparatus")
    if len(problems.found) > before:
        return None
    fields = _common(kind, table, line, where, problems)
    fields.update(_specific(kind, table, line, where, problems))
    if len(problems.found) > before:
        return None
    return Entry(kind=kind, line=line, index=index, key_lines=where, **fields)


def _common(kind: str, table: dict[str, Any], line: int, where: dict[str, int], problems: _Problems) -> dict[str, Any]:
    note = table.get("note", "")
    note = str(note) if isinstance(note, (str, int)) and not isinstance(note, bool) else note
    justification = table.get("justification", "")
    if not isinstance(note, str) or not isinstance(justification, str) or not (note.strip() or justification.strip()):
        problems.add("E-EDITS-FIELD", f"[[{kind}]] “{table.get('text', '')}” does not say why", line,
                     'add note = "N" (the note that justifies it) or justification = "…" (the editor\'s words)')
    occurrence = table.get("occurrence")
    if occurrence is not None and occurrence != "all" and not (isinstance(occurrence, int) and occurrence >= 1):
        problems.add("E-EDITS-FIELD", f"occurrence = {occurrence!r} is not \"all\" or a number from 1",
                     where.get("occurrence", line), "count occurrences from 1 in document order, or write \"all\"")
    scope = table.get("in", "")
    if scope and not (isinstance(scope, str) and SCOPE.fullmatch(scope)):
        problems.add("E-EDITS-FIELD", f"in = {scope!r} is not a place to look", where.get("in", line),
                     'use "text", "notes", "note 4" or "header"')
    strings = {key: table.get(key, "") for key in ("context", "id")}
    for key, value in strings.items():
        if not isinstance(value, str):
            problems.add("E-EDITS-FIELD", f"{key} must be a string", where.get(key, line), f'write {key} = "…"')
    if isinstance(strings["id"], str) and strings["id"] and not XML_NAME.fullmatch(strings["id"]):
        problems.add("E-EDITS-FIELD", f"id = {strings['id']!r} cannot be an xml:id", where.get("id", line),
                     "start with a letter; use letters, digits, hyphens, dots")
    return {"context": str(strings["context"]), "ident": str(strings["id"]), "scope": scope if isinstance(scope, str) else "",
            "occurrence": occurrence, "note": note.strip() if isinstance(note, str) else "",
            "justification": justification.strip() if isinstance(justification, str) else ""}


def _specific(kind: str, table: dict[str, Any], line: int, where: dict[str, int], problems: _Problems) -> dict[str, Any]:
    """Fields of one kind: what is looked for (``text``) and the editor's form (``value``)."""
    fields: dict[str, Any] = {"text": table["text"], "value": table.get(VALUE_KEY.get(kind, ""), "")}
    if kind == "variant":
        fields["readings"] = _readings(table, line, where, problems)
        fields["lem_wit"] = _wit_list(table.get("lem_wit", []), where.get("lem_wit", line), problems)
    elif kind == "supplied":
        anchors = [key for key in ("after", "before") if isinstance(table.get(key), str) and table[key].strip()]
        if len(anchors) != 1:
            problems.add("E-EDITS-FIELD", f"[[supplied]] “{table['text']}” needs after = \"…\" or before = \"…\"",
                         line, "give the words the supplied text follows (after) or precedes (before)")
            return fields
        fields.update(text=table[anchors[0]], place=anchors[0], reason=table.get("reason", "omitted"))
    elif kind == "heading":
        fields.update(text=table["before"], n=str(table.get("n", "")), div_type=str(table.get("type", "")),
                      reason=table.get("reason", "omitted"), scope="text")
    if kind in ("supplied", "heading") and fields["reason"] not in SUPPLIED_REASONS:
        problems.add("E-EDITS-FIELD", f"reason = {fields['reason']!r} is not a reason for supplied text",
                     where.get("reason", line), "use " + " or ".join(f'"{r}"' for r in SUPPLIED_REASONS))
    return fields


def _readings(table: dict[str, Any], line: int, where: dict[str, int], problems: _Problems) -> tuple[Reading, ...]:
    has_short = "reading" in table or "wit" in table
    items = table.get("readings", [])
    if has_short == bool(items) or not isinstance(items, list):
        problems.add("E-EDITS-FIELD", f"[[variant]] “{table['text']}” needs either reading and wit, or readings",
                     line, 'write reading = "Malnasanu" and wit = ["wit-hu", "wit-ru"]')
        return ()
    if has_short:
        items = [{"text": table.get("reading"), "wit": table.get("wit")}]
    readings = []
    for item in items:
        text = item.get("text") if isinstance(item, dict) else None
        if not isinstance(text, str):
            problems.add("E-EDITS-FIELD", "a reading needs its text as a string (\"\" for an omission)",
                         where.get("reading", where.get("readings", line)), 'write reading = "…"')
            continue
        wit = _wit_list(item.get("wit"), where.get("wit", where.get("readings", line)), problems)
        if not wit:
            problems.add("E-EDITS-WITNESS", f"the reading “{text}” names no witness",
                         where.get("wit", where.get("readings", line)), 'add wit = ["wit-…"]')
        readings.append(Reading(text, wit))
    return tuple(readings)


def _wit_list(value: Any, line: int, problems: _Problems) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = value.replace("#", "").split()
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        problems.add("E-EDITS-FIELD", "witnesses must be a list of ids", line, 'write wit = ["wit-hu", "wit-ru"]')
        return ()
    return tuple(item.lstrip("#") for item in value)


def _check_ids(entries: list[Entry], witnesses: list[Witness], groups: list[WitnessGroup], lines: list[str],
               problems: _Problems) -> None:
    """Every id the sidecar gives (decisions, witnesses, groups) becomes an xml:id: each must be unique."""
    headers = array_headers(lines)
    given = [(witness.id, _key_line(lines, line, "id")) for witness, line in zip(witnesses, headers.get("witness", []))]
    given += [(group.id, _key_line(lines, line, "id")) for group, line in zip(groups, headers.get("witness-group", []))]
    given += [(entry.ident, entry.line_of("id")) for entry in entries if entry.ident]
    first: dict[str, int] = {}
    for ident, line in sorted(given, key=lambda item: item[1]):
        if ident in first:
            problems.add("E-EDITS-ID", f"id “{ident}” is given twice: on lines {first[ident]} and {line}", line,
                         "give each decision its own id, or leave id out to have one derived from the words")
        else:
            first[ident] = line


def _check_witness_references(entries: list[Entry], witnesses: list[Witness], problems: _Problems) -> None:
    known = {witness.id for witness in witnesses}
    for entry in entries:
        named = [w for reading in entry.readings for w in reading.wit] + list(entry.lem_wit)
        for ident in named:
            if ident not in known:
                line = entry.line_of("wit") if "wit" in entry.key_lines else entry.line_of("readings")
                problems.add("E-EDITS-WITNESS", f"{entry.label} names the unknown witness “{ident}”", line,
                             f"declare it in a [[witness]] block (known: {', '.join(sorted(known)) or 'none'})")
