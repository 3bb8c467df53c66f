"""Mentions of register entries in a document, and how the document decides between candidates.

A mention is a span of a container's text with the register entries its
written form may mean.  Several candidates are narrowed by the document
itself, never by a rule for one document:

* a title right before the name that fits one candidate's role ("Secretary
  Dulles" → the entry whose note says Secretary of State);
* a candidate's role phrase written somewhere in the document ("… the
  Secretary of State in Washington");
* a candidate the document names unambiguously elsewhere;
* one sense per document: a form resolved by a title stays resolved.

What the document does not decide stays without ``@ref`` and is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tei.parse.names import TITLES, fold, key
from tei.registers import Candidate, Entry
from tei.transforms._scan import Container, words_before

#: Scores: a fitting title, the role phrase in the document, its head word there, another unambiguous mention.
TITLE_SCORE, ROLE_SCORE, WORD_SCORE, MENTION_SCORE = 4, 2, 1, 1
#: The cue of a forename that several persons named in the document bear.
SHARED_FORENAME = "shared-forename"
_TITLE_WORDS = sorted((fold(title) for title in TITLES), key=len, reverse=True)
_STOP = frozenset("of the and for to in on at a an de".split())


@dataclass
class Mention:
    """A span of ``container`` and what it may refer to; ``entry`` once resolved."""

    container: Container
    start: int
    end: int
    text: str
    candidates: list[Candidate] = field(default_factory=list)
    cue: str = "register"
    entry: Entry | None = None
    title_resolved: bool = False
    existing: object = None  # an element already marked by the builder
    namesakes: tuple[str, ...] = ()  # names the register lacks that this form may also mean ("Percy Spender")

    @property
    def key(self) -> str:
        return key(self.text)

    @property
    def forename_only(self) -> bool:
        return bool(self.candidates) and all(c.form.kind == "forename" for c in self.candidates)

    @property
    def ambiguous(self) -> bool:
        return self.entry is None and (len(self.candidates) > 1 or bool(self.namesakes))

    @property
    def form_kind(self) -> str:
        if self.entry is None:
            return ""
        return next((c.form.kind for c in self.candidates if c.entry.id == self.entry.id), "")


def title_before(mention: Mention) -> str:
    """The title written right before a mention ("Under Secretary"), or ""."""
    before = fold(words_before(mention.container.text, mention.start, 4))
    for title in _TITLE_WORDS:
        if before == title or before.endswith(" " + title):
            return title
    return ""


def _words(text: str) -> set[str]:
    return {word for word in re.findall(r"[a-z]+", fold(text).casefold()) if word not in _STOP}


def role_phrase(entry: Entry) -> str:
    """The leading phrase of an entry's note ("Secretary of State"), casefolded, or ""."""
    head = re.split(r"[,;(.]", entry.note, maxsplit=1)[0].strip()
    return fold(head).casefold() if len(head.split()) >= 2 else ""


class Resolver:
    """Resolves the mentions of one document against their candidates, using the document's text."""

    def __init__(self, document_text: str) -> None:
        self.written = re.sub(r"\s+", " ", fold(document_text))
        self.document = self.written.casefold()

    def resolve(self, mentions: list[Mention]) -> None:
        """Single candidates first, then titled mentions, then one sense per form, then the rest."""
        named = {m.candidates[0].entry.id for m in mentions if len(m.candidates) == 1 and not m.forename_only}
        open_ = []
        for mention in mentions:
            if mention.entry is not None or mention.forename_only or not mention.candidates:
                continue
            if len(mention.candidates) == 1:
                mention.entry = mention.candidates[0].entry
            else:
                open_.append(mention)
        senses: dict[str, Entry] = {}
        for mention in open_:
            if title_before(mention):
                self._decide(mention, named)
                if mention.title_resolved and mention.entry is not None:
                    senses.setdefault(mention.key, mention.entry)
        for mention in open_:
            if mention.entry is not None:
                continue
            sense = senses.get(mention.key)
            if sense is not None and any(c.entry.id == sense.id for c in mention.candidates):
                mention.entry = sense
            else:
                self._decide(mention, named)
        self._forenames(mentions)

    def _decide(self, mention: Mention, named: set[str]) -> None:
        scores: dict[str, int] = {}
        title = title_before(mention)
        for candidate in mention.candidates:
            entry = candidate.entry
            score = 0
            if title and _words(title) & (_words(entry.note) | _words(" ".join(entry.roles))):
                score += TITLE_SCORE
            phrase = role_phrase(entry)
            if phrase and phrase in self.document:
                score += ROLE_SCORE
            if phrase and self._used_alone(phrase.split()[0]):
                score += WORD_SCORE
            if entry.id in named:
                score += MENTION_SCORE
            scores[entry.id] = score
        best = max(scores.values(), default=0)
        winners = [entry_id for entry_id, score in scores.items() if score == best]
        if best > 0 and len(winners) == 1:
            mention.entry = next(c.entry for c in mention.candidates if c.entry.id == winners[0])
            mention.title_resolved = best >= TITLE_SCORE

    def _used_alone(self, word: str) -> bool:
        """The head of a role written as a title on its own ("the Secretary", "Secretary's statement")."""
        title = word[:1].upper() + word[1:]
        return re.search(rf"\b{re.escape(title)}\b(?! of\b)(?!-)", self.written) is not None

    @staticmethod
    def _forenames(mentions: list[Mention]) -> None:
        """A forename alone names the one person of the document who bears it ("… of Imre").

        When several persons of the document bear it (two of the register, or one of the register
        and one it lacks: "Sir Percy" beside Percy Spender) it is none of them for sure: its
        candidates become those persons, and it is reported as ambiguous rather than guessed.
        """
        present = {m.entry.id for m in mentions if m.entry is not None and not m.forename_only}
        unknown = sorted({m.text for m in mentions if m.entry is None and not m.candidates and " " in m.text})
        for mention in mentions:
            if not mention.forename_only:
                continue
            fitting = [c for c in mention.candidates if c.entry.id in present]
            namesakes = tuple(name for name in unknown if key(name).split()[0] == mention.key)
            if len(fitting) == 1 and not namesakes:
                mention.entry = fitting[0].entry
            elif fitting:
                mention.candidates, mention.namesakes = fitting, namesakes
                mention.cue = SHARED_FORENAME


def select(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions of one container: longer first, register before cues at equal length."""
    ordered = sorted(mentions, key=lambda m: (-(m.end - m.start), 0 if m.candidates else 1, m.start))
    chosen: list[Mention] = []
    for mention in ordered:
        if all(mention.end <= other.start or other.end <= mention.start for other in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)
