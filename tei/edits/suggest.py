"""Read a document's notes and propose sidecar entries where a note describes an editorial case.

Notes say things like "the published versions mistakenly render Malnasan's
surname as Malnasanu", "Nagy's surname is omitted", "“Molotow” should read
“Molotov”", "Gromyko is misspelled as Gromyco".  Each phrasing gives a pair of
forms (or an omitted word); the document's own text decides which form is
the source's: a form found in the text that the note calls wrong is a
correction (sic/corr), a form found in the text that the note calls right,
while other versions have the other one, is a variant reading (app).
Proposals are only proposals: the editor reads and pastes them.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from tei.edits.model import Witness
from tei.edits.locate import pattern
from tei.model import Document, Note
from tei.parse.languages import LANGUAGES

WORD = r"[\w’'-]+"
QUOTED = r"[“\"‘']([^”\"’']+)[”\"’']"
MISRENDER = re.compile(rf"(?:mistakenly|wrongly|erroneously|incorrectly)\s+(?:render|print|spell|give|write|transcribe|read)"
                       rf"\w*\s+(?P<x>.+?)\s+as\s+[“\"‘']?(?P<y>{WORD}?)[”\"’']?(?=[\s.,;:)]|$)")
MISSPELLED = re.compile(rf"(?P<a>{WORD})[”\"’']?\s+(?:is|was)\s+(?:consistently\s+)?misspelled(?:\s+(?:as|for)\s+[“\"‘']?(?P<b>{WORD}?)[”\"’']?(?=[\s.,;:)]|$))?")
MISSPELLS = re.compile(rf"misspell(?:s|ed)\s+(?:the\s+name\s+)?(?P<a>[A-Z]{WORD})\s+as\s+[“\"‘']?(?P<b>{WORD}?)[”\"’']?(?=[\s.,;:)]|$)")
CORRECTLY = re.compile(rf"correctly\s+spelled\s+(?:as\s+)?[“\"‘']?(?P<a>[A-Z]{WORD}?)[”\"’']?(?=[\s.,;:)]|$)(?:,?\s+not\s+[“\"‘']?(?P<b>{WORD}?)[”\"’']?(?=[\s.,;:)]|$))?")
SHOULD_READ = re.compile(rf"\bshould\s+(?:read|be)\s+(?:{QUOTED}|(?P<plain>{WORD}))", re.IGNORECASE)
#: An explicit place in a note: "is omitted after “can”", "missing before Tito".
POSITION = re.compile(rf"\b(?P<side>after|before)\s+(?:{QUOTED}|(?P<plain>{WORD}))")
OMITTED = re.compile(r"(?P<what>[^.;:]*?)\s+(?:is|was|has been|are|were)\s+(?:omitted|missing|left out)")
BASE = re.compile(r"original\s+(?P<who>[A-Z]\w+)(?:['’]s)?\s+(?P<what>notes|text|document|manuscript|report|cable)")
NO_TITLE = re.compile(r"\bno (?:title|heading)\b[^.]*?\b(?:is|was) given", re.IGNORECASE)


@dataclass
class Suggestion:
    """A proposed entry: its kind, fields in the order they are printed, and why."""

    kind: str
    note: Note
    fields: dict[str, object]
    comments: list[str] = field(default_factory=list)
    witnesses: list[Witness] = field(default_factory=list)


def suggest(document: Document, text: str) -> list[Suggestion]:
    """One proposal at most per note; ``text`` is the document's main text (notes left out)."""
    found = []
    for note in document.notes:
        said = " ".join(paragraph.plain for paragraph in note.paragraphs)
        proposal = (_misrendered(note, said, text) or _omitted(note, said, document, text)
                    or _pair(note, said, text) or _heading(note, said))
        if proposal:
            found.append(proposal)
    return found


def _count(form: str, text: str) -> int:
    return len(pattern(form).findall(text)) if form else 0


def _subject(phrase: str) -> str:
    """"Malnasan's surname" → "Malnasan"; "“Kadr”" → "Kadr"."""
    possessive = re.search(r"([A-Z][\w-]*)['’]s\b", phrase)
    if possessive:
        return possessive.group(1)
    quoted = re.search(QUOTED, phrase)
    return quoted.group(1) if quoted else phrase.strip(" “”\"‘’'")


def _misrendered(note: Note, said: str, text: str) -> Suggestion | None:
    match = MISRENDER.search(said)
    if not match:
        return None
    right, wrong = _subject(match.group("x")), match.group("y")
    if _count(wrong, text) or not _count(right, text):
        return _correction(note, right, wrong, text)
    base, others = _witnesses(said)
    fields: dict[str, object] = {"text": right, "reading": wrong, "wit": [w.id for w in others]}
    suggestion = Suggestion("variant", note, fields, witnesses=[base, *others])
    _place(suggestion, right, text, every=True)
    return suggestion


def _witnesses(said: str) -> tuple[Witness, list[Witness]]:
    """The copy text's witness and the others the note names (by language, or "published")."""
    base_match = BASE.search(said)
    base = (Witness(f"wit-{base_match.group('who').lower()}", f"The original {base_match.group('who')} "
                    f"{base_match.group('what')} (the copy text)", True) if base_match
            else Witness("wit-base", "The copy text", True))
    published = "published " if re.search(r"\bpublished\b", said, re.IGNORECASE) else ""
    mentions = {name: re.search(rf"\b{name}\b", said, re.IGNORECASE) for name in LANGUAGES}
    named = sorted((name for name, found in mentions.items() if found), key=lambda name: mentions[name].start())
    others = [Witness(f"wit-{LANGUAGES[name]}", f"The {published}{name.title()} version") for name in named]
    return base, others or [Witness("wit-other", f"The {published}version the note names".replace("  ", " "))]


def _omitted(note: Note, said: str, document: Document, text: str) -> Suggestion | None:
    match = OMITTED.search(said)
    if not match:
        return None
    clause = match.group("what")
    if re.search(r"\b(?:sur|fore|first |given )?name\b", clause) or re.search(QUOTED, clause):
        words = _subject(clause)
    else:
        words = clause.split()[-1] if clause.split() else ""
    fields: dict[str, object] = {"text": words}
    suggestion = Suggestion("supplied", note, fields)
    position = POSITION.search(said, match.end())
    if position and _count(position.group(2) or position.group("plain"), text):
        where = position.group(2) or position.group("plain")
        fields[position.group("side")] = where
        fields["reason"] = "omitted"
        _place(suggestion, where, text)
        return suggestion
    before_call = _text_before_call(document, note.n)
    if before_call:
        fields["after"] = before_call
        fields["reason"] = "omitted"
        _place(suggestion, before_call, text)
    else:
        fields["after"] = ""
        fields["reason"] = "omitted"
        suggestion.comments.append("the note has no call in the text: write after = \"…\" (the words before the gap)")
    return suggestion


def _text_before_call(document: Document, n: str) -> str:
    """The last few words before the call of note ``n`` (where an omission usually is)."""
    texts = [block.text for block in document.body] + [line for block in document.body for line in block.lines]
    for text in texts:
        before = ""
        for part in text.parts:
            if isinstance(part, str):
                before += part
            elif part.n == n:
                sentence = re.split(r"[.;:!?]\s", before.rstrip().rstrip(".;:!?,"))[-1]
                return " ".join(re.findall(WORD, sentence)[-3:])
    return ""


def _heading(note: Note, said: str) -> Suggestion | None:
    """"No title for this section is given, but … “Questions of Hungary.”" → a supplied heading."""
    quoted = re.search(QUOTED, said[NO_TITLE.search(said).end():]) if NO_TITLE.search(said) else None
    if not quoted:
        return None
    title = quoted.group(1).strip().rstrip(".,;")
    suggestion = Suggestion("heading", note, {"text": title, "before": "", "note": note.n})
    suggestion.comments.append("write before = \"…\" (the first words of the block the section begins with) and n")
    return suggestion


def _pair(note: Note, said: str, text: str) -> Suggestion | None:
    should = SHOULD_READ.search(said)
    if should:
        right = (should.group(1) or should.group("plain")).strip()
        return _correction(note, _source_form(said[:should.start()], right, text), right, text)
    for rule in (MISSPELLS, MISSPELLED, CORRECTLY):
        match = rule.search(said)
        if match:
            return _correction(note, match.group("a"), match.group("b") or "", text)
    return None


def _source_form(before: str, right: str, text: str) -> str:
    """The words a "should read X" note corrects: a form it names that the text has, else the text's closest."""
    clause = re.split(r"(?<=[.!?])\s+", before.strip())[-1] if before.strip() else ""
    named = [quoted.group(1) for quoted in re.finditer(QUOTED, clause)] + re.findall(WORD, clause)
    found = [form for form in named if form != right and _count(form, text)
             and difflib.SequenceMatcher(None, form.lower(), right.lower()).ratio() >= 0.5]
    if found:
        return found[-1]
    size = len(right.split())
    words = re.findall(WORD, text)
    spans = {" ".join(words[start:start + length]) for length in {max(size - 1, 1), size, size + 1}
             for start in range(len(words) - length + 1)} - {right}
    close = difflib.get_close_matches(right, spans, n=1, cutoff=0.6)
    return close[0] if close else ""


def _correction(note: Note, one: str, other: str, text: str) -> Suggestion:
    """Of two forms, the one found in the text is the source's (sic); the other the correction."""
    wrong, right = (other, one) if _count(other, text) and not _count(one, text) else (one, other)
    if not _count(wrong, text):
        close = difflib.get_close_matches(right or wrong, set(re.findall(WORD, text)) - {right}, n=1, cutoff=0.75)
        if close:
            wrong, right = close[0], right or wrong
    fields: dict[str, object] = {"text": wrong, "corr": right}
    suggestion = Suggestion("correction", note, fields)
    if not right:
        suggestion.comments.append("the note does not give the correct form: fill in corr")
    _place(suggestion, wrong, text)
    return suggestion


def _place(suggestion: Suggestion, form: str, text: str, every: bool = False) -> None:
    """Say how the entry finds its place when the words occur more than once (or not at all)."""
    count = _count(form, text)
    if count > 1:
        suggestion.fields["in"] = "text"
        suggestion.fields["occurrence"] = "all" if every else 1
        suggestion.comments.append(f"“{form}” occurs {count} times in the text: check which occurrences the note concerns")
    elif count == 0:
        suggestion.comments.append(f"“{form}” is not in the text: correct the words, or add in = \"notes\"")
    suggestion.fields["note"] = suggestion.note.n
