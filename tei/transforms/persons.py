"""Persons: register names and name-like spans marked as ``persName`` (priority 30).

Register forms are matched everywhere (full names, surnames, initials,
abbreviations as ``choice/abbr/expan``, known erroneous forms, possessives
left outside the name).  Spans that read as names although the register
does not know them — a title before a capitalised word ("Mr. Rogers"),
initials ("V. N. Chernukha"), a known given name ("George Kennan"), a
speaker label, the signer of a closer, an official named in parentheses in
a title ("… Agency (Zorthian)") — are marked without ``@ref`` and reported,
and their surname then counts as a name everywhere in the same document.
A full name that differs from a register name only by a slip in the surname
("Trezise" for "Tresize", same given names) is linked and reported.
"""

from __future__ import annotations

import re

from lxml import etree

from tei.diagnostics import Diagnostic, warning
from tei.parse.names import EPONYM_HEADS, SUFFIXES, abbreviated, FUNCTION_WORDS, NOT_NAMES, TITLES, edit_distance, \
    fold, is_initial, key, name_like
from tei.registers import Candidate, NameForm, Register, load
from tei.transforms import Context, transform
from tei.transforms._entities import PROTECTED, Kind, Locator, apply, existing_mentions, index_for, \
    register_mentions, report
from tei.transforms._mentions import SHARED_FORENAME, Mention, Resolver, select
from tei.transforms._scan import Container, containers, crosses, inside, ranges, sentence_start
from tei.xml import local_name

PERSON = Kind("persName", ("person",), PROTECTED, "PERSON", abbreviations=True)
_TITLE_WORDS = frozenset(word.casefold() for title in TITLES for word in fold(title).split())
_CAPITALISED = re.compile(r"[A-Z][\w'-]*(?:\s[A-Z]\.)?(?:\s[A-Z][\w'-]+)*")
_SURNAME = r"(?:[A-Z]'[A-Z][a-z]+|[A-Z][a-z][\w'-]*)"
_PARENTHESIS = re.compile(rf"(?<=\s)\((?P<name>{_SURNAME}(?:\s{_SURNAME})?)\)")
_SIGNER = re.compile(r"\s*(?P<name>(?:[A-Z][\w'.-]*\s?){1,5}?)\s*$")
#: Nouns that make a name before them the title of a collection ("the Malin Collection"), not a mention of
#: its namesake; papers and libraries stay mentions ("Dulles Papers", "Eisenhower Library"), as in FRUS.
COLLECTION_HEADS = frozenset({"Collection", "Collections"})


@transform("persons", 30)
def persons(root: etree._Element, context: Context) -> list[Diagnostic]:
    register = load(context.registers)
    found = containers(root)
    mentions = find_mentions(root, found, register)
    Resolver(" ".join(container.text for container in found)).resolve(mentions)
    mentions = [m for m in mentions if not (m.forename_only and m.entry is None and m.cue != SHARED_FORENAME)]
    locate = Locator(context)
    failed = apply(mentions, PERSON)
    return report(mentions, failed, PERSON, locate) + _variants(mentions, locate)


def find_mentions(root: etree._Element, found: list[Container], register: Register) -> list[Mention]:
    """Every person mention of the document: register forms, name-like spans and their echoes."""
    index = index_for(register, PERSON.kinds)
    others = index_for(register, ("place", "org", "archive"))
    mentions: list[Mention] = []
    for container in found:
        candidates = [m for m in register_mentions(container, index, PERSON) if _stands_alone(m, others)]
        candidates += [m for m in _cues(container, register) if not others.lookup(m.text)]
        mentions.extend(select(candidates))
    mentions = _confirmed_speakers(mentions)
    mentions += _echoes(found, mentions, others)
    for mention in mentions:
        if not mention.candidates and mention.cue != "propagated":
            mention.candidates = _slip(mention.text, register)
            mention.cue = "variant" if mention.candidates else mention.cue
    return mentions + existing_mentions(root, found, index, PERSON)


def _stands_alone(mention: Mention, others) -> bool:
    """A bare surname or forename that is not part of a longer capitalised name ("White House").

    A capitalised word that ends the previous sentence ("… met Khrushchev. Bulganin came.") does
    not join the name; a collection named after a person ("the Malin Collection") is no mention.
    """
    text = mention.container.text
    after = re.match(r" ([A-Z][\w'-]*)", fold(text[mention.end:]))
    if after and after.group(1) in COLLECTION_HEADS:
        return False
    if others.lookup(mention.text) and all(not c.form.explicit for c in mention.candidates):
        return False
    if any(c.form.kind not in ("surname", "forename") for c in mention.candidates):
        return True
    if mention.text.isupper():
        return True
    if after and after.group(1) not in EPONYM_HEADS and after.group(1) not in FUNCTION_WORDS:
        return False
    before = re.search(r"([A-Z][\w'.-]*) $", fold(text[:mention.start]))
    if before and not _ends_sentence(before.group(1)) and before.group(1) not in NOT_NAMES \
            and before.group(1).casefold() not in _TITLE_WORDS:
        return sentence_start(text, before.start(1))
    return True


def _ends_sentence(word: str) -> bool:
    """A written-out word with a full stop ("Khrushchev."), not an initial, title or suffix ("H.", "Gen.", "Jr.")."""
    return word.endswith(".") and not is_initial(word) and word not in SUFFIXES \
        and word.casefold() not in _TITLE_WORDS and any(char.islower() for char in word)


def _cues(container: Container, register: Register) -> list[Mention]:
    """Name-like spans: title, initials, known given names, speakers, signers, officials in titles."""
    text = container.text
    spans = ranges(container.element)
    cues = [(cue.start, cue.end, cue.cue) for cue in name_like(text, register.forenames)]
    name = local_name(container.element)
    if name == "speaker":
        cues += [(m.start(), m.end(), "speaker") for m in _CAPITALISED.finditer(fold(text)) if _is_name(m.group())]
    elif name == "signed":
        match = _SIGNER.match(fold(text.split("\n")[0]))
        if match and _is_name(match.group("name").strip()):
            cues.append((match.start("name"), match.start("name") + len(match.group("name").rstrip()), "signed"))
    elif name == "head" and container.element.get("type") == "title":
        cues += [(m.start("name"), m.end("name"), "title-parenthesis") for m in _PARENTHESIS.finditer(fold(text))
                 if _is_name(m.group("name"))]
    return [Mention(container, start, end, text[start:end], cue=cue) for start, end, cue in cues
            if not inside(spans, start, end, PERSON.protected | {"persName"}) and not crosses(spans, start, end)]


def _confirmed_speakers(mentions: list[Mention]) -> list[Mention]:
    """A speaker label unknown to the register is a name if it speaks twice or is named elsewhere.

    ("Freers:" in a meeting's notes is; "Treatment:" heading one paragraph is not.)
    """
    turns: dict[str, int] = {}
    for mention in mentions:
        if mention.cue == "speaker":
            turns[mention.key] = turns.get(mention.key, 0) + 1
    elsewhere = {m.key.split()[-1] for m in mentions if m.cue != "speaker"}
    return [m for m in mentions if m.cue != "speaker" or turns[m.key] > 1 or m.key.split()[-1] in elsewhere]


def _is_name(text: str) -> bool:
    words = text.split()
    return bool(words) and all(w not in NOT_NAMES and fold(w).casefold() not in _TITLE_WORDS for w in words) \
        and not text.isupper()


def _echoes(found: list[Container], mentions: list[Mention], others) -> list[Mention]:
    """Surnames of names the register does not know, found again alone in the same document."""
    surnames = {m.text.split()[-1] for m in mentions if not m.candidates and len(m.text.split()[-1]) > 2}
    surnames = {s for s in surnames if _is_name(s) and not others.lookup(s) and not s.endswith(".")}
    if not surnames:
        return []
    pattern = re.compile(r"(?<![\w'-])(?:" + "|".join(re.escape(fold(s)) for s in sorted(surnames)) + r")(?![\w-])")
    taken = {(id(m.container.element), m.start, m.end) for m in mentions}
    echoes = []
    for container in found:
        text = container.text
        spans = ranges(container.element)
        own = [m for m in mentions if m.container.element is container.element]
        for match in pattern.finditer(fold(text)):
            start, end = match.span()
            if (id(container.element), start, end) in taken or any(m.start < end and start < m.end for m in own):
                continue
            if inside(spans, start, end, PERSON.protected | {"persName"}) or crosses(spans, start, end):
                continue
            echo = Mention(container, start, end, text[start:end], cue="propagated")
            if _stands_alone(echo, others) and not abbreviated(fold(text), end):
                echoes.append(echo)
    return echoes


def _slip(text: str, register: Register) -> list[Candidate]:
    """The one register person whose full name differs from ``text`` by a slip in one written-out name.

    ("Philip H. Trezise" for "Philip H. Tresize", "E. Lewis Revey" for "E. Louis Revey": the other
    names agree, the differing one is at most two letters off.)
    """
    words = key(text).split()
    if len(words) < 2:
        return []
    found: dict[str, Candidate] = {}
    for entry in register.of_kind("person"):
        for form in entry.forms:
            other = key(form.text).split()
            if form.kind in ("full", "canonical") and len(other) == len(words) and _one_slip(words, other):
                found[entry.id] = Candidate(entry, NameForm(text, "slip", explicit=False))
    return list(found.values()) if len(found) == 1 else []


def _one_slip(words: list[str], other: list[str]) -> bool:
    differing = [(a, b) for a, b in zip(words, other) if a != b]
    if len(differing) != 1 or not any(len(a) > 2 and a == b for a, b in zip(words, other)):
        return False
    a, b = differing[0]
    return min(len(a), len(b)) >= 5 and edit_distance(a, b) <= 2


def _variants(mentions: list[Mention], locate: Locator) -> list[Diagnostic]:
    return [warning("W-PERSON-VARIANT", f"“{m.text}” is not a form of “{m.entry.label}” in the register; "
                    f"linked to {m.entry.id} as a slip in one of its names", locate(m),
                    "add it to the entry as a variant (or an erroneous form) if the link is right")
            for m in mentions if m.cue == "variant" and m.entry is not None]
