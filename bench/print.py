"""Benchmark: the print edition of 10 and 100 documents, in seconds per page.

Generates a synthetic corpus from the seeds (converted with their editorial sidecars) and the
hand-made fixture documents that carry register links, readings and notes (tests/data/web,
tests/data/print); each copy gets its own title so that no two documents are alike.  Times
the whole book (both settings: the second cites the pages of the first in the indexes), one
PDF per document, the LaTeX export and, when XeLaTeX is installed, its typesetting.

    .venv/bin/python bench/print.py [--counts 10 100] [--latex]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tei.config import EditionConfig  # noqa: E402
from tei.diagnostics import Reporter  # noqa: E402
from tei.pipeline import Options, convert_one  # noqa: E402
from tei.print.build import build  # noqa: E402
from tei.print.latex import missing_tools  # noqa: E402
from tei.print.options import PrintOptions  # noqa: E402


def originals() -> list[bytes]:
    seeds = [convert_one(path, Options(validate=False)).output for path in sorted((ROOT / "sources").glob("*.txt"))]
    fixtures = [path.read_bytes() for folder in ("web", "print") for path in sorted((ROOT / "tests" / "data" / folder).glob("*.xml"))]
    return seeds + fixtures


def generate(folder: Path, count: int) -> list[Path]:
    """``count`` documents in ``folder/tei``, copies of the originals each with its number in the title."""
    sources = originals()
    tei = folder / "tei"
    tei.mkdir(parents=True)
    for index in range(count):
        title = f'<title type="main">[{index}] '.encode()
        (tei / f"doc{index:04d}.xml").write_bytes(sources[index % len(sources)].replace(b'<title type="main">', title, 1))
    return sorted(tei.glob("*.xml"))


def pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)


def timed(label: str, config: EditionConfig, paths: list[Path], options: PrintOptions) -> float:
    reporter = Reporter()
    start = time.perf_counter()
    build(config, paths, reporter, options)
    elapsed = time.perf_counter() - start
    problems = [d for d in reporter.diagnostics if d.level.name in ("ERROR", "FATAL")]
    print(f"  {label:<44} {elapsed:7.1f} s{'   ' + str(problems[0]) if problems else ''}")
    return elapsed


def run(count: int, latex: bool) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        paths = generate(folder, count)
        config = EditionConfig(path=folder / "edition.toml", title="Benchmark Edition", editors=("Ada Editor",),
                               introduction=("A synthetic corpus made from the seeds.",), output=folder / "build")
        out = config.output / "print"
        print(f"{count} documents")
        book = timed("book (two settings)", config, paths, PrintOptions())
        total = pages(out / "edition.pdf")
        print(f"  {'':<44} {total} pages, {book / total:.3f} s per page")
        each = timed("one PDF per document", config, paths, PrintOptions(book=False, each=True))
        each_pages = sum(pages(pdf) for pdf in (out / "documents").glob("*.pdf"))
        print(f"  {'':<44} {each_pages} pages, {each / each_pages:.3f} s per page")
        timed("LaTeX export", config, paths, PrintOptions(book=False, latex=True))
        if latex and not missing_tools():
            typeset = timed("LaTeX typeset (XeLaTeX, 3 passes + index)", config, paths,
                            PrintOptions(book=False, latex=True, typeset=True))
            typeset_pages = pages(out / "latex" / "edition.pdf")
            print(f"  {'':<44} {typeset_pages} pages, {typeset / typeset_pages:.3f} s per page")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[10, 100])
    parser.add_argument("--latex", action="store_true", help="also typeset the LaTeX with XeLaTeX (when installed)")
    args = parser.parse_args()
    for count in args.counts:
        run(count, args.latex)


if __name__ == "__main__":
    main()
