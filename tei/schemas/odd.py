"""Read the project's ODD (``schemas/edition.odd``) into a :class:`Customisation`.

The ODD is a literate TEI document: prose sections hold ``specGrp``s, and the
``schemaSpec`` gathers them with ``specGrpRef``.  This module understands the
part of the ODD language the profile uses: ``moduleRef/@include`` (explicit
element lists), ``elementSpec``/``classSpec`` in ``mode="change"`` with
``attDef`` changes (closed ``valList``, ``datatype``/``dataRef`` with a
``@restriction`` pattern, ``@usage``, ``mode="delete"``), ``dataSpec`` in
``mode="add"``, and Schematron ``constraintSpec``s.  Anything else is refused
with its line, so the ODD never says more than the derived schemas do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from tei.diagnostics import Location, error, relative_path
from tei.errors import ConfigError
from tei.xml import NS, XML_ID, local_name, parse_file, tei

SCH_NS = "http://purl.oclc.org/dsdl/schematron"


class OddError(ConfigError):
    """The ODD asks for something the schema generator cannot do (or cannot do safely)."""


@dataclass(frozen=True)
class DataRef:
    """One XSD datatype, optionally restricted by a pattern."""

    name: str
    restriction: str | None = None


@dataclass(frozen=True)
class AttChange:
    """A change to one attribute of an element or an attribute class."""

    owner: str
    name: str
    mode: str = "change"
    usage: str | None = None
    values: tuple[tuple[str, str], ...] = ()
    datatype: tuple[DataRef, ...] = ()
    repeat: bool = False
    line: int = 0
    description: str = ""


@dataclass
class Customisation:
    """What the ODD specifies: the elements kept, attribute changes, Schematron rules."""

    path: Path
    ident: str
    start: tuple[str, ...]
    modules: dict[str, tuple[str, ...]]
    element_changes: list[AttChange] = field(default_factory=list)
    class_changes: list[AttChange] = field(default_factory=list)
    constraints: list[etree._Element] = field(default_factory=list)

    @property
    def elements(self) -> frozenset[str]:
        return frozenset(name for names in self.modules.values() for name in names)

    def value_lists(self) -> dict[tuple[str, str], tuple[str, ...]]:
        """Closed value lists by (element or class, attribute)."""
        changes = self.element_changes + self.class_changes
        return {(c.owner, c.name): tuple(v for v, _ in c.values) for c in changes if c.values}


def load(path: Path) -> Customisation:
    """Read the ODD at ``path``; raise :class:`OddError` with a line for what is not supported."""
    root = parse_file(path).getroot()
    spec = root.find(".//tei:schemaSpec", NS)
    if spec is None:
        raise _error(path, root, "the ODD has no schemaSpec", "add <schemaSpec ident=… start=…>")
    custom = Customisation(path=path, ident=spec.get("ident", "edition"),
                           start=tuple(spec.get("start", "TEI").split()), modules={})
    for module in spec.iterfind("tei:moduleRef", NS):
        custom.modules[module.get("key", "")] = tuple(module.get("include", "").split())
    groups = {group.get(XML_ID): group for group in root.iter(tei("specGrp"))}
    datatypes: dict[str, tuple[tuple[DataRef, ...], str]] = {}
    specs = [child for child in spec if local_name(child) not in ("moduleRef", "specGrpRef")]
    for ref in spec.iterfind("tei:specGrpRef", NS):
        group = groups.get(ref.get("target", "").lstrip("#"))
        if group is None:
            raise _error(path, ref, f"specGrpRef {ref.get('target')} points to no specGrp", "fix the target")
        specs.extend(group)
    for node in specs:
        if local_name(node) == "dataSpec":
            description = " ".join(node.findtext("tei:desc", "", NS).split())
            datatypes[node.get("ident", "")] = (_data_spec(path, node), description)
    for node in specs:
        _read_spec(path, node, custom, datatypes)
    return custom


def _read_spec(path: Path, node: etree._Element, custom: Customisation,
               datatypes: dict[str, tuple[tuple[DataRef, ...], str]]) -> None:
    kind = local_name(node)
    if kind in ("dataSpec", "") or not isinstance(node.tag, str):
        return
    if kind == "constraintSpec":
        custom.constraints.append(node)
        return
    if kind not in ("elementSpec", "classSpec") or node.get("mode") != "change":
        raise _error(path, node, f"{kind} mode={node.get('mode')!r} is not supported by the generator",
                     "use elementSpec/classSpec mode=\"change\", dataSpec or constraintSpec")
    owner = node.get("ident", "")
    target = custom.element_changes if kind == "elementSpec" else custom.class_changes
    for att in node.iterfind("tei:attList/tei:attDef", NS):
        target.append(_att_change(path, owner, att, datatypes))
    for constraint in node.iterfind("tei:constraintSpec", NS):
        custom.constraints.append(constraint)


def _att_change(path: Path, owner: str, att: etree._Element,
                datatypes: dict[str, tuple[tuple[DataRef, ...], str]]) -> AttChange:
    values: tuple[tuple[str, str], ...] = ()
    vallist = att.find("tei:valList", NS)
    if vallist is not None:
        if vallist.get("type") != "closed":
            raise _error(path, vallist, "only closed value lists change the schema", 'use type="closed"')
        values = tuple((item.get("ident", ""), " ".join(item.findtext("tei:desc", "", NS).split()))
                       for item in vallist.iterfind("tei:valItem", NS))
    datatype: tuple[DataRef, ...] = ()
    description = ""
    repeat = False
    holder = att.find("tei:datatype", NS)
    if holder is not None:
        repeat = holder.get("maxOccurs", "1") != "1"
        ref = holder.find("tei:dataRef", NS)
        if ref is None:
            raise _error(path, holder, "a datatype needs a dataRef", "use <dataRef key=…/> or <dataRef name=…/>")
        datatype, description = _data_ref(path, ref, datatypes)
    return AttChange(owner=owner, name=att.get("ident", ""), mode=att.get("mode", "change"),
                     usage=att.get("usage"), values=values, datatype=datatype, repeat=repeat,
                     line=att.sourceline or 0, description=description)


def _data_spec(path: Path, node: etree._Element) -> tuple[DataRef, ...]:
    refs = node.findall("tei:content/tei:alternate/tei:dataRef", NS) or node.findall("tei:content/tei:dataRef", NS)
    if not refs:
        raise _error(path, node, "a dataSpec needs dataRef content", "use <content><dataRef name=…/></content>")
    return tuple(ref for item in refs for ref in _data_ref(path, item, {})[0])


def _data_ref(path: Path, ref: etree._Element,
              datatypes: dict[str, tuple[tuple[DataRef, ...], str]]) -> tuple[tuple[DataRef, ...], str]:
    if ref.get("key"):
        if ref.get("key") not in datatypes:
            raise _error(path, ref, f"dataRef key {ref.get('key')!r} is not a dataSpec of this ODD",
                         "declare it with <dataSpec mode=\"add\">")
        return datatypes[ref.get("key", "")]
    return (DataRef(ref.get("name", "string"), ref.get("restriction")),), ""


def _error(path: Path, node: etree._Element, message: str, hint: str) -> OddError:
    return OddError(error("E-ODD", message, Location(relative_path(path), node.sourceline or 0), hint))
