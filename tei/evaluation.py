"""Measured accuracy of the enrichment against gold annotations (FRUS development corpus).

The procedure is the user's: import the corpus's list of persons into an
empty register folder, convert the raw texts with it, and compare the TEI
with the ``*.gold.json`` beside each text:

* person mentions — spans of ``persName`` in the text (not the header)
  against the gold mentions, by exact character offsets in the raw text;
  strict (every persName against every gold mention) and within the
  register's reach (persNames with ``@ref`` against gold mentions with an
  id: the gold only tags persons of the FRUS list, see the corpus README);
* person links — of the gold mentions with an id that were found, those
  whose ``@ref`` leads to the same FRUS id (known wrong gold tags corrected);
* dates — the ``@when`` of the date line (and of ``creation/date``);
* archival signatures — a ``bibl type="archival"`` with the gold text.
"""

from __future__ import annotations

import json
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from tei.diagnostics import Diagnostic, Location, error, relative_path
from tei.pipeline import Options, convert_one
from tei.registers.imports import import_persons
from tei.transforms._scan import containers, in_note, ranges
from tei.xml import XML_ID, tei

MARKER = re.compile(r"\(\d{1,3}\)")


@dataclass
class Scores:
    """Counts over a corpus; the figures are derived from them."""

    counts: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def add(self, name: str, value: int = 1) -> None:
        self.counts[name] = self.counts.get(name, 0) + value

    def ratio(self, part: str, whole: str) -> float:
        return self.counts.get(part, 0) / self.counts[whole] if self.counts.get(whole) else 0.0

    def prf(self, stem: str) -> tuple[float, float, float]:
        precision = self.ratio(f"{stem}.tp", f"{stem}.predicted")
        recall = self.ratio(f"{stem}.tp", f"{stem}.gold")
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def corpus_problem(corpus: str | None) -> Diagnostic | None:
    """Why ``corpus`` cannot be scored (missing, or without a text that has its gold beside it), or None."""
    hint = "give the folder of the raw texts (*.txt), each with its gold annotations (*.gold.json) beside it"
    folder = Path(corpus) if corpus else None
    if folder is None or not folder.is_dir():
        return error("E-EVAL-CORPUS", "no corpus folder" + (f" “{corpus}”" if corpus else " given"),
                     Location(corpus or "."), hint)
    if not any(text.with_suffix(".gold.json").is_file() for text in folder.glob("*.txt")):
        return error("E-EVAL-CORPUS", "the corpus folder has no text with gold annotations (*.txt with *.gold.json)",
                     Location(relative_path(folder)), hint)
    return None


def evaluate(corpus: Path, persons: Path | None = None) -> Scores:
    """Import the persons list into an empty folder, convert every ``*.txt`` with it, and score."""
    scores = Scores()
    persons = persons or next(iter(sorted(corpus.glob("*_persons.xml"))), None)
    corrections = _corrections(corpus / "person_tag_corrections.json")
    with tempfile.TemporaryDirectory() as folder:
        registers = Path(folder) / "registers"
        registers.mkdir()
        if persons is not None:
            import_persons(persons, registers)
        for text in sorted(corpus.glob("*.txt")):
            gold_path = text.with_suffix(".gold.json")
            if not gold_path.exists():
                continue
            result = convert_one(text, Options(registers=registers, validate=False))
            if result.output is None:
                scores.errors.append(f"{text.name}: not converted")
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            root = etree.fromstring(result.output)
            raw = text.read_text(encoding="utf-8")
            _score_persons(root, raw, gold, corrections.get(text.stem.split("_")[-1], {}), scores, text.name)
            _score_dates(root, gold, scores, text.name)
            _score_signature(root, gold, scores, text.name)
    return scores


def _corrections(path: Path) -> dict[str, dict[tuple[int, int], str | None]]:
    if not path.exists():
        return {}
    found: dict[str, dict[tuple[int, int], str | None]] = {}
    for item in json.loads(path.read_text(encoding="utf-8")).get("corrections", []):
        found.setdefault(item["doc"], {})[(item["start"], item["end"])] = item.get("corrected_id")
    return found


def _normalised(text: str, drop_markers: bool) -> tuple[str, list[int]]:
    """``text`` with whitespace runs as one space (and note calls dropped), and each character's origin."""
    out: list[str] = []
    origin: list[int] = []
    skip_until = -1
    markers = {m.start(): m.end() for m in MARKER.finditer(text)} if drop_markers else {}
    for index, char in enumerate(text):
        if index < skip_until:
            continue
        if index in markers:
            skip_until = markers[index]
            continue
        if char.isspace():
            if out and out[-1] == " ":
                continue
            char = " "
        out.append(char)
        origin.append(index)
    return "".join(out), origin


def predicted_mentions(root: etree._Element, raw: str) -> list[tuple[int, int, str | None]]:
    """persName spans of the TEI text as offsets into the raw text, with the FRUS id of their @ref."""
    frus_ids = {person.get(XML_ID): person.findtext(f"{tei('idno')}[@type='frus']")
                for person in root.iter(tei("person"))}
    raw_norm, raw_origin = _normalised(raw, drop_markers=True)
    found: list[tuple[int, int, str | None]] = []
    notes_at = raw_norm.rfind(" Notes (") if " Notes (" in raw_norm else len(raw_norm)
    cursors = {False: 0, True: notes_at}
    for container in containers(root):
        if container.header:
            continue
        noted = in_note(container) and container.element.get("type") != "source"
        flat = container.text
        names = [item for item in ranges(container.element) if item.name == "persName"]
        unit, unit_origin = _normalised(flat, drop_markers=False)
        if not names or not unit.strip():
            continue
        lead = len(unit) - len(unit.lstrip())
        needle = unit.strip()
        position = raw_norm.find(needle, cursors[noted])
        if position < 0:
            position = raw_norm.find(needle)
        if position < 0:
            continue
        cursors[noted] = position + len(needle)
        back = {flat_index: norm_index for norm_index, flat_index in enumerate(unit_origin)}
        for item in names:
            start, end = back.get(item.start), back.get(item.end - 1)
            if start is None or end is None:
                continue
            raw_start = raw_origin[position + start - lead]
            raw_end = raw_origin[position + end - lead] + 1
            ref = (item.element.get("ref") or "").lstrip("#")
            found.append((raw_start, raw_end, frus_ids.get(ref) if ref else None))
    return found


def _score_persons(root: etree._Element, raw: str, gold: dict, corrections: dict, scores: Scores,
                   name: str) -> None:
    predicted = {(start, end): ref for start, end, ref in predicted_mentions(root, raw)}
    expected = {(m["start"], m["end"]): corrections.get((m["start"], m["end"]), m["id"])
                for m in gold.get("person_mentions", [])}
    original = {(m["start"], m["end"]): m["id"] for m in gold.get("person_mentions", [])}
    scores.add("mentions.predicted", len(predicted))
    scores.add("mentions.gold", len(expected))
    scores.add("mentions.tp", len(predicted.keys() & expected.keys()))
    linked = {span for span, ref in predicted.items() if ref}
    with_id = {span for span, ref in original.items() if ref}
    scores.add("scoped.predicted", len(linked))
    scores.add("scoped.gold", len(with_id))
    scores.add("scoped.tp", len(linked & with_id))
    for span in sorted(with_id & predicted.keys()):
        scores.add("links.found")
        if predicted[span] == expected[span]:
            scores.add("links.correct")
        else:
            scores.errors.append(f"{name}: {raw[span[0]:span[1]]!r} at {span[0]} linked to {predicted[span]}, "
                                 f"gold {expected[span]}")
    for span in sorted(with_id - predicted.keys()):
        scores.errors.append(f"{name}: missed {raw[span[0]:span[1]]!r} at {span[0]} ({original[span]})")
    for span in sorted(linked - with_id):
        scores.errors.append(f"{name}: extra link {raw[span[0]:span[1]]!r} at {span[0]} ({predicted[span]})")


def _local(value: str) -> str:
    """A gold dateTime without its UTC offset (the raw text does not state one)."""
    return re.sub(r"(T\d\d:\d\d:\d\d)(?:[+-]\d\d:\d\d|Z)$", r"\1", value or "")


def _score_dates(root: etree._Element, gold: dict, scores: Scores, name: str) -> None:
    ours = [(d.get("when"), d.get("from"), d.get("to")) for d in root.iter(tei("date"))
            if d.getparent() is not None and d.getparent().tag == tei("dateline")]
    for date in gold.get("dateline", {}).get("dates", []):
        wanted = (_local(date.get("when", "")) or None, _local(date.get("from", "")) or None,
                  _local(date.get("to", "")) or None)
        scores.add("dates.gold")
        if wanted in ours:
            scores.add("dates.correct")
        else:
            scores.errors.append(f"{name}: dateline date {wanted} not found (have {ours})")
    creation = root.find(f".//{tei('creation')}/{tei('date')}")
    for iso in gold.get("dates_iso", [])[:1]:
        scores.add("creation.gold")
        if creation is not None and (creation.get("when") or creation.get("from") or "")[:10] == iso:
            scores.add("creation.correct")
        else:
            scores.errors.append(f"{name}: creation date {iso} not found")


def _score_signature(root: etree._Element, gold: dict, scores: Scores, name: str) -> None:
    wanted = " ".join((gold.get("archival_source", {}).get("archival_signature") or "").split())
    if not wanted:
        return
    scores.add("signatures.gold")
    found = {" ".join("".join(b.itertext()).split()) for b in root.iter(tei("bibl")) if b.get("type") == "archival"}
    if wanted in found:
        scores.add("signatures.correct")
    else:
        scores.errors.append(f"{name}: signature {wanted!r} not found (have {sorted(found)})")


#: Why the strict figure is not the one held to the target.
NOT_EXHAUSTIVE = ("The FRUS gold tags only persons of its List of Persons, not every person named: strict precision "
                  "counts the others as false positives; the lenient figures score what the gold annotates.")


def report(scores: Scores) -> str:
    """The strict person-mention F1 first, then the lenient figures as a table, and why they differ."""
    precision, recall, f1 = scores.prf("mentions")
    return (f"person mentions, strict F1: {f1:.3f} (P {precision:.3f}, R {recall:.3f})\n\n"
            f"{table(scores)}\n\n{NOT_EXHAUSTIVE}")


def table(scores: Scores) -> str:
    """The figures as a Markdown table."""
    rows = [("measure", "value", "counts")]
    for stem, label in (("mentions", "person mentions, strict"), ("scoped", "person mentions, lenient (register reach)")):
        precision, recall, f1 = scores.prf(stem)
        counts = f"{scores.counts.get(stem + '.tp', 0)} of {scores.counts.get(stem + '.predicted', 0)} predicted, " \
                 f"{scores.counts.get(stem + '.gold', 0)} gold"
        rows.append((f"{label}: P / R / F1", f"{precision:.3f} / {recall:.3f} / {f1:.3f}", counts))
    for stem, label in (("links", "person links (accuracy)"), ("dates", "date-line dates (accuracy)"),
                        ("creation", "document dates (accuracy)"), ("signatures", "archival signatures found")):
        correct, whole = scores.counts.get(f"{stem}.correct", 0), scores.counts.get(
            f"{stem}.found" if stem == "links" else f"{stem}.gold", 0)
        rows.append((label, f"{correct / whole:.3f}" if whole else "–", f"{correct} of {whole}"))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = ["| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) + " |" for row in rows]
    lines.insert(1, "| " + " | ".join("-" * width for width in widths) + " |")
    return "\n".join(lines)


#: The figures the enrichment must reach on a corpus of the FRUS kind.
TARGETS = {"person-mention F1": 0.9, "person links": 0.9, "dates": 0.95, "signatures": 1.0}


def missed_targets(scores: Scores) -> list[str]:
    """Names of the targets the scores do not reach (mentions within the register's reach)."""
    values = {
        "person-mention F1": scores.prf("scoped")[2],
        "person links": scores.ratio("links.correct", "links.found"),
        "dates": scores.ratio("dates.correct", "dates.gold"),
        "signatures": scores.ratio("signatures.correct", "signatures.gold"),
    }
    return [name for name, target in TARGETS.items() if values[name] < target]
