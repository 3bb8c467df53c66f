"""Correspondence metadata: a document that is a message gets ``profileDesc/correspDesc`` (priority 70).

Runs after names, places and dates are marked (so the names it takes carry
their ``@ref``) and before ``standoff`` copies the register entries they
point to.  A document is a message when

- its title head marks a sender or addressee (``@role="sender"|"addressee"``,
  as the FRUS mapping gives them), or
- its title says so: a telegram, letter, cable, memorandum, airgram,
  despatch, message or phone call *from* someone (*to* someone): the
  register-linked names of the "from" part are the senders, those of the
  "to" part the addressees ("Memorandum of a Conversation" is no message), or
- the editors say so in the document's sidecar, which also supplies what
  the text does not state::

      [correspondence]
      sent = { place = "Bucharest" }
      received = { org = "CPSU Central Committee", place = "Moscow" }

  (``persons``/``orgs`` take lists, ``person``/``org``/``place`` one name
  the registers know; ``date`` an ISO date; ``message = false`` says a
  document is no message after all).

The sending date is the document's own date; the sending place the place of
its first dateline.  Nothing is guessed beyond that.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field

from lxml import etree

from tei import registers
from tei.diagnostics import Diagnostic, Location, error, relative_path, warning
from tei.transforms import Context, transform
from tei.xml import TEI_NS, sub, tei, text_of

KINDS = r"telegram|letter|cable|memorandum|airgram|despatch|dispatch|message|(?:tele)?phone call|telephonogram"
TITLE = re.compile(rf"^(?:notes?\s+(?:of|on)\s+(?:an?|the)\s+)?(?:[\w-]+\s+){{0,3}}?(?:{KINDS})s?\s+from\s",
                   re.IGNORECASE)
TO = re.compile(r"\sto\s")
NAMES = ("persName", "orgName")
DATE_ATTRIBUTES = ("when", "notBefore", "notAfter", "from", "to")
ACTION_KEYS = {"person": "person", "persons": "person", "org": "org", "orgs": "org", "place": "place", "date": "date"}


@dataclass
class Action:
    """One side of the exchange: who, where, when."""

    names: list[etree._Element] = field(default_factory=list)
    place: etree._Element | None = None
    date: dict[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.names or self.place is not None or self.date)


@transform("correspondence", 70)
def correspondence(root: etree._Element, context: Context) -> list[Diagnostic]:
    profile = root.find(f"{tei('teiHeader')}/{tei('profileDesc')}")
    if profile is None or profile.find(tei("correspDesc")) is not None:
        return []
    declared, problems = _declared(context)
    if declared.get("message") is False:
        return problems
    head = root.find(f"{tei('text')}/{tei('body')}/{tei('head')}")
    sent, received = _from_roles(head) if head is not None else (Action(), Action())
    if not (sent or received) and head is not None:
        sent, received = _from_title(head)
    if not (sent or received or declared):
        return problems
    register = registers.load(context.registers)
    for action, name in ((sent, "sent"), (received, "received")):
        problems += _apply_declared(action, declared.get(name, {}), register, context)
    _defaults(root, sent)
    _insert(profile, sent, received)
    return problems


def _from_roles(head: etree._Element) -> tuple[Action, Action]:
    """Senders and addressees the title head marks with @role."""
    found = {role: Action([_name(e) for e in head.iter(*map(tei, NAMES)) if e.get("role") == role])
             for role in ("sender", "addressee")}
    return found["sender"], found["addressee"]


def _from_title(head: etree._Element) -> tuple[Action, Action]:
    """The linked names of the "from" and "to" parts of a title such as "Telegram From X to Y"."""
    text, names = _reading(head)
    match = TITLE.match(text)
    if match is None:
        return Action(), Action()
    to = TO.search(text, match.end() - 1)
    sent, received = Action(), Action()
    for offset, element in names:
        if offset >= match.end() - 1 and element.get("ref"):
            (received if to and offset >= to.end() else sent).names.append(_name(element))
    return sent, received


SKIP = ("note", "expan", "reg", "corr", "rdg")


def _reading(head: etree._Element) -> tuple[str, list[tuple[int, etree._Element]]]:
    """The head's text as read (notes and editorial additions left out, white space squeezed) and
    where each name element starts in it; outermost names only."""
    parts: list[str] = []
    names: list[tuple[int, etree._Element]] = []

    def length() -> int:
        return len(" ".join("".join(parts).split()) + ("" if not "".join(parts)[-1:].isspace() else " ")) \
            if "".join(parts).strip() else 0

    def walk(node: etree._Element, inside: bool) -> None:
        parts.append(node.text or "")
        for child in node:
            if isinstance(child.tag, str) and etree.QName(child).localname not in SKIP:
                is_name = etree.QName(child).localname in NAMES
                if is_name and not inside:
                    names.append((length(), child))
                walk(child, inside or is_name)
            parts.append(child.tail or "")

    walk(head, False)
    return " ".join("".join(parts).split()), names


def _name(element: etree._Element) -> etree._Element:
    """A plain copy of a name: its element, @ref and the text as read (no inner markup)."""
    made = etree.Element(element.tag)
    if element.get("ref"):
        made.set("ref", element.get("ref"))
    made.text = " ".join(text_of(element, skip=SKIP).split())
    return made


def _defaults(root: etree._Element, sent: Action) -> None:
    """The document's date and its first dateline's place, where nothing else said them."""
    if not sent.date:
        date = root.find(f"{tei('teiHeader')}/{tei('profileDesc')}/{tei('creation')}/{tei('date')}")
        if date is not None:
            sent.date = {name: date.get(name) for name in DATE_ATTRIBUTES if date.get(name)}
    if sent.place is None:
        places = root.xpath("t:text/t:body//t:dateline[1]//t:placeName[not(ancestor::t:note)]",
                            namespaces={"t": TEI_NS})
        if places:
            sent.place = _name(places[0])


def _insert(profile: etree._Element, sent: Action, received: Action) -> None:
    desc = etree.Element(tei("correspDesc"))
    creation = profile.find(tei("creation"))
    if creation is not None:
        creation.addnext(desc)
    else:
        profile.insert(0, desc)
    for action, kind in ((sent, "sent"), (received, "received")):
        if not action:
            continue
        element = sub(desc, "correspAction", type=kind)
        for name in action.names:
            element.append(name)
        if action.place is not None:
            element.append(action.place)
        if action.date:
            sub(element, "date", **action.date)


def _declared(context: Context) -> tuple[dict, list[Diagnostic]]:
    """The sidecar's [correspondence] table ({} when there is none)."""
    if context.sidecar is None:
        return {}, []
    try:
        data = tomllib.loads(context.sidecar.read_text(encoding="utf-8")).get("correspondence", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}, []  # the edits transform reports an unreadable sidecar
    shown = relative_path(context.sidecar)
    line = _line(context, "[correspondence]")
    bad = _check(data)
    if bad:
        return {}, [error("E-CORRESP-FIELD", f"[correspondence]: {bad}", Location(shown, line),
                          'write sent = { person = "…", place = "…" }, received = { … } or message = false')]
    return data, []


def _check(data: object) -> str:
    if not isinstance(data, dict):
        return "must be a table"
    for key, value in data.items():
        if key == "message":
            if not isinstance(value, bool):
                return "message must be true or false"
        elif key in ("sent", "received"):
            if not isinstance(value, dict) or set(value) - set(ACTION_KEYS):
                return f"{key} must be a table of {', '.join(sorted(ACTION_KEYS))}"
            if not all(isinstance(v, str) or (isinstance(v, list) and all(isinstance(i, str) for i in v))
                       for v in value.values()):
                return f"the values of {key} must be names (text) or lists of names"
        else:
            return f"unknown key “{key}” (keys: message, sent, received)"
    return ""


def _apply_declared(action: Action, table: dict, register: registers.Register,
                    context: Context) -> list[Diagnostic]:
    problems = []
    for key, value in table.items():
        kind = ACTION_KEYS[key]
        if kind == "date":
            action.date = {"when": str(value)}
            continue
        for text in [value] if isinstance(value, str) else value:
            element, problem = _lookup(kind, text, register, context)
            problems += problem
            if kind == "place":
                action.place = element
            else:
                action.names.append(element)
    return problems


def _lookup(kind: str, text: str, register: registers.Register, context: Context) -> tuple[etree._Element, list]:
    name = {"person": "persName", "org": "orgName", "place": "placeName"}[kind]
    element = etree.Element(tei(name))
    element.text = text
    candidates = register.index(kind).lookup(text)
    if len(candidates) == 1:
        element.set("ref", "#" + candidates[0].entry.id)
        return element, []
    return element, [warning("W-CORRESP-UNRESOLVED", f"“{text}” of [correspondence] is not one entry of the "
                             f"registers; kept without @ref", Location(relative_path(context.sidecar), _line(context, text)),
                             "write a name the registers know, or add it to them")]


def _line(context: Context, needle: str) -> int:
    try:
        lines = context.sidecar.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError, AttributeError):
        return 0
    return next((number for number, line in enumerate(lines, 1) if needle in line), 0)
