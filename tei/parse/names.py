"""Personal names: forms a register entry is written in, and name-like spans in text.

Pure functions, no register and no XML: the name forms that follow from a
structured name ("Dulles, John Foster" → "John Foster Dulles", "J. F.
Dulles", "Dulles" …), a comparison key that survives diacritics and case
("Kádár" = "Kadar", "LODGE" = "Lodge"), and the cues that make a span look
like a personal name although no register knows it ("Mr. Rogers", "V. N.
Chernukha", "Colonel Oscar R. Schaaf").  What is a name in a given edition
is decided by the registers, never here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: Words that stand before a name and say who the person is; they stay outside persName.
TITLES = (
    "Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Cde.", "Comrade", "Comrades", "Ambassador", "Amb.", "Minister",
    "Foreign Minister", "Deputy Foreign Minister", "Prime Minister", "Premier", "Secretary", "Under Secretary",
    "Assistant Secretary", "Deputy Under Secretary", "President", "Vice President", "Marshal", "General",
    "Gen.", "Colonel", "Col.", "Admiral", "Adm.", "Captain", "Capt.", "Major", "Lieutenant", "Sir", "Lord",
    "Baron", "Senator", "Sen.", "Governor", "Chancellor", "Professor", "Prof.", "Father", "Judge",
    "Chairman", "Commissar", "Consul", "Counselor", "Attaché", "King", "Queen", "Prince", "Marshal of the Soviet Union",
)

#: Capitalised words that name institutions, offices or things, never a person.
NOT_NAMES = frozenset("""
    Agency Army Assembly Attache Bank Board Bridge Bulletin Bureau Cabinet Center Central Chairman Church
    Committee Communist Conference Congress Consulate Council Court Defense Defence Delegation Department
    Deputy Director Division Embassy Files Force Forces Foreign Fund General Government Group Hall House
    Information Institute International Legation Library Mission Ministry Minister National Navy News
    Office Papers Parliament Party Peace Plan Policy Political Post President Press Program Radio Republic
    Secretary Security Senate Service Soviet Square Staff State States Station Street Times Union United
    University War Workers World Yes No None The This That These Those There Here Then When While What Why
    How Who Which Will Would Could Should Can May Might Must Have Has Had Am Is Are Was Were Be Been Being
    Do Did Does Not Also And Or But For From With Without Into Onto Upon Under Over After Before Between
    During Since Until Unless Although Though Because However Therefore Thus Hence Moreover Meanwhile
    Please Thanks Thank Note Notes Message Telegram Telegrams Memorandum Memoranda Letter Document Source Citation
    Subject Conversation Conversations Telephone Meeting Meetings
    Reference Re Begin End Unnumbered Embtel Embtels Deptel Reur Roger Dear Sir Madam
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
""".split())

#: Capitalised function words: a name followed by one of them still stands alone ("Hoover From Jacobs").
FUNCTION_WORDS = frozenset(
    "The This That From To And Or But For With In On At By Of As If When While Via Re Per And".split()
)

#: Nouns after which a surname names its bearer's institution or papers ("Dulles Papers").
EPONYM_HEADS = frozenset(
    "Library Papers Paper Collection Diaries Diary Files Records Plan Doctrine Government Administration "
    "Archive Archives Memorial Foundation Fund Group Line".split()
)

#: Name suffixes written after the surname ("Herbert Hoover, Jr.").
SUFFIXES = ("Jr.", "Sr.", "II", "III", "IV")

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "‐": "-", "‑": "-"})


def fold(text: str) -> str:
    """A comparison form of the same length: diacritics dropped, apostrophes and hyphens unified.

    Each character maps to exactly one character, so offsets in the folded
    text are offsets in the original ("Kádár" ↔ "Kadar").
    """
    out = []
    for char in text.translate(_APOSTROPHES):
        base = unicodedata.normalize("NFD", char)[0] if ord(char) > 127 else char
        out.append(base if base.isprintable() and not unicodedata.combining(base) else char)
    return "".join(out)


def key(text: str) -> str:
    """A lookup key: folded, whitespace squeezed (case kept: "Lodge" is not "lodge")."""
    return re.sub(r"\s+", " ", fold(text)).strip()


def is_initial(token: str) -> bool:
    """"C." "C.D." — an initial, not a written-out name."""
    return bool(re.fullmatch(r"(?:[A-ZÀ-Þ]\.){1,3}", token))


def initial_of(token: str) -> str:
    return token if is_initial(token) else token[0] + "."


@dataclass(frozen=True)
class StructuredName:
    """A name in its parts, as a register writes it."""

    forenames: tuple[str, ...] = ()
    surname: str = ""
    suffix: str = ""
    extra: tuple[str, ...] = ()  # added names used alone ("Tito")


def derived_forms(name: StructuredName) -> list[tuple[str, str]]:
    """The regular written forms of a structured name, as (form, kind), longest first.

    Kinds: "full" (forenames and surname), "initials", "surname", "forename".
    """
    surname, given = name.surname, list(name.forenames)
    if not surname:
        return [(" ".join(given), "full")] if given else []
    forms: list[tuple[str, str]] = []
    if given:
        forms.append((" ".join(given + [surname]), "full"))
        forms.append((" ".join(initial_of(g) for g in given) + " " + surname, "initials"))
        forms.append((initial_of(given[0]) + " " + surname, "initials"))
    written = [index for index, g in enumerate(given) if not is_initial(g)]
    if written:
        first = written[0]
        later = [initial_of(g) for g in given[first + 1:]]
        forms.append((f"{given[first]} {surname}", "full"))
        if later:
            forms.append((" ".join([given[first], *later, surname]), "full"))
        forms.extend((given[index], "forename") for index in written)
    for extra in name.extra:
        if given:
            forms.append((" ".join(given + [surname, extra]), "full"))
        forms.append((extra, "short"))
    forms.append((surname, "surname"))
    if name.suffix:
        forms.extend(_with_suffix(forms, name.suffix))
    return _unique(forms)


def _with_suffix(forms: list[tuple[str, str]], suffix: str) -> list[tuple[str, str]]:
    found = []
    for form, kind in forms:
        if kind in ("full", "initials"):
            found.append((f"{form}, {suffix}", kind))
            found.append((f"{form} {suffix}", kind))
    return found


def _unique(forms: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: set[str] = set()
    result = []
    for form, kind in sorted(forms, key=lambda item: -len(item[0])):
        if form and form not in seen:
            seen.add(form)
            result.append((form, kind))
    return result


def split_inverted(text: str, titles: tuple[str, ...] = TITLES) -> tuple[StructuredName, tuple[str, ...]]:
    """"Hoover, Herbert C., Jr." → the structured name, and titles found ("General …").

    The inverted form of lists of persons: surname, comma, forenames, and an
    optional suffix after a second comma.
    """
    parts = [part.strip() for part in re.sub(r"\s+", " ", text).split(",")]
    surname = parts[0] if parts else ""
    rest = parts[1] if len(parts) > 1 else ""
    suffix = next((part for part in parts[2:] if part in SUFFIXES), "")
    roles: list[str] = []
    for title in sorted(titles, key=len, reverse=True):
        if rest.startswith(title + " "):
            roles.append(title)
            rest = rest[len(title):].strip()
            break
    given = tuple(_split_given(rest))
    return StructuredName(forenames=given, surname=surname, suffix=suffix), tuple(roles)


def _split_given(rest: str) -> list[str]:
    """"C.D." stays one initial group; "E. Lewis" is two forenames."""
    return [token for token in rest.split(" ") if token]


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Damerau–Levenshtein distance (adjacent swaps count once), capped at ``limit + 1``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


# --- name-like spans: a personal name that no register may know yet -------------------------

_CAP = r"(?:[A-Z]'[A-Z][a-z]+|[A-Z][a-z][A-Za-z]*)(?:-[A-Z][a-z]+)*"
_INITIAL = r"[A-Z]\.(?:[A-Z]\.)?"
_TITLE = "|".join(re.escape(fold(title)) for title in sorted(TITLES, key=len, reverse=True))
_NAME = rf"(?:(?:{_CAP}|{_INITIAL})\s){{0,3}}{_CAP}"
_LEFT = r"(?<![\w.'-])"

_TITLED = re.compile(rf"{_LEFT}(?:{_TITLE})\s+(?P<name>{_NAME})(?!\s+of\s)(?![\w'-])")
_INITIALS = re.compile(rf"{_LEFT}(?P<name>(?:{_INITIAL}\s?){{1,3}}(?:{_CAP}\s)?{_CAP})(?![\w'-])")
_MIDDLE_INITIAL = re.compile(rf"{_LEFT}(?P<name>{_CAP}\s{_INITIAL}\s(?:{_CAP}\s)?{_CAP})(?![\w'-])")


@dataclass(frozen=True)
class NameCue:
    """A stretch of text that reads as a personal name, and why."""

    start: int
    end: int
    cue: str  # "title", "initials", "forename"


def name_like(text: str, forenames: frozenset[str] = frozenset()) -> list[NameCue]:
    """Spans of ``text`` shaped like personal names, without overlaps, longest first.

    ``forenames`` are the given names an edition's registers know; a known
    given name followed by a capitalised word ("George Kennan") reads as a
    name.  Spans made only of institution words ("Secretary General", "U.S.
    Government") are never returned.
    """
    folded = fold(text)
    found: list[NameCue] = []
    for pattern, cue in ((_TITLED, "title"), (_MIDDLE_INITIAL, "initials"), (_INITIALS, "initials")):
        for match in pattern.finditer(folded):
            _add(found, _trimmed(folded, match.start("name"), match.end("name"), cue))
    if forenames:
        _forename_cues(folded, forenames, found)
    return sorted(found, key=lambda item: item.start)


def _forename_cues(folded: str, forenames: frozenset[str], found: list[NameCue]) -> None:
    known = "|".join(re.escape(fold(name)) for name in sorted(forenames, key=len, reverse=True))
    pattern = re.compile(rf"{_LEFT}(?P<name>(?:{known})\s(?:{_INITIAL}\s)?{_CAP})(?![\w'-])")
    for match in pattern.finditer(folded):
        _add(found, _trimmed(folded, match.start("name"), match.end("name"), "forename"))


def abbreviated(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is cut short ("Cde. Bulg. is …", "Perv., Bulg., Sab.")."""
    return bool(re.match(r"\.\s*[a-z,;:)]", text[end:end + 3]))


#: Abbreviations that look like initials but never stand for a given name.
NOT_INITIALS = frozenset({"U.S.", "U.N.", "U.K.", "D.C.", "A.M.", "P.M.", "N.Y.", "S.S.R.", "R.F."})


def _trimmed(folded: str, start: int, end: int, cue: str) -> NameCue | None:
    """Drop leading title and institution words; None when nothing name-like is left."""
    if any(token in NOT_INITIALS for token in folded[start:end].split()) or abbreviated(folded, end):
        return None
    tokens = [(m.start() + start, m.end() + start, m.group()) for m in re.finditer(r"\S+", folded[start:end])]
    while tokens and (tokens[0][2] in NOT_NAMES or fold(tokens[0][2]) in _TITLE_WORDS):
        tokens.pop(0)
    if not tokens or tokens[-1][2] in NOT_NAMES or is_initial(tokens[-1][2]):
        return None
    if any(token[2] in NOT_NAMES for token in tokens):
        return None
    return NameCue(tokens[0][0], tokens[-1][1], cue)


_TITLE_WORDS = frozenset(word for title in TITLES for word in fold(title).split())


def _add(found: list[NameCue], cue: NameCue | None) -> None:
    if cue is None:
        return
    for index, other in enumerate(found):
        if cue.start < other.end and other.start < cue.end:
            if cue.end - cue.start > other.end - other.start:
                found[index] = cue
            return
    found.append(cue)
