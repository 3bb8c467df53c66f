"""Benchmark: validate 1,000 TEI documents in one process, compared with Debian's jing.

Generates the documents from the converted sources (each a variant with its
own title, so no two files are identical) into a temporary folder, then times
``tei.validate`` with the project RELAX NG alone, with RELAX NG + Schematron,
and with the XSD, and ``jing`` with edition.rng over the same files in one
call (if jing is installed). Prints documents per second.

    .venv/bin/python bench/validate.py [--count 1000]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tei.paths import SCHEMAS  # noqa: E402
from tei.pipeline import Options, convert_one  # noqa: E402
from tei.validate import Settings, relaxng, schematron, validate_file, xsd_schema  # noqa: E402


def sources() -> list[Path]:
    found = sorted((ROOT / "sources").glob("*.txt"))
    corpus = ROOT.parent / "shared" / "corpus" / "frus-dev"
    return found + sorted(corpus.glob("*.txt"))


def generate(folder: Path, count: int) -> list[Path]:
    seeds = [convert_one(path, Options(validate=False)).output for path in sources()]
    paths = []
    for index in range(count):
        data = seeds[index % len(seeds)].replace(b'<title type="main">', f'<title type="main">[{index}] '.encode(), 1)
        path = folder / f"doc{index:04d}.xml"
        path.write_bytes(data)
        paths.append(path)
    return paths


def timed(label: str, paths: list[Path], settings: Settings) -> None:
    start = time.perf_counter()
    invalid = sum(1 for path in paths if validate_file(path, settings))
    elapsed = time.perf_counter() - start
    print(f"{label:<34} {len(paths) / elapsed:8.0f} docs/s   ({elapsed:.2f} s, {invalid} invalid)")


def jing(paths: list[Path]) -> None:
    if shutil.which("jing") is None:
        print("jing                               not installed (apt install jing)")
        return
    start = time.perf_counter()
    subprocess.run(["jing", str(SCHEMAS / "edition.rng"), *map(str, paths)], check=False, capture_output=True)
    elapsed = time.perf_counter() - start
    print(f"{'jing edition.rng (one JVM call)':<34} {len(paths) / elapsed:8.0f} docs/s   ({elapsed:.2f} s)")
    start = time.perf_counter()
    subprocess.run(["jing", str(SCHEMAS / "edition.rng"), str(paths[0])], check=False, capture_output=True)
    print(f"{'jing, one document per call':<34} {1 / (time.perf_counter() - start):8.1f} docs/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        paths = generate(Path(folder), args.count)
        size = sum(p.stat().st_size for p in paths) // len(paths)
        print(f"{len(paths)} documents, {size // 1024} KB on average")
        for label, load in (("compile edition.rng", lambda: relaxng(SCHEMAS / "edition.rng")),
                            ("compile edition.sch (saxonche)", lambda: schematron("project")),
                            ("load edition.xsd (xmlschema)", xsd_schema)):
            start = time.perf_counter()
            load()
            print(f"{label:<34} {time.perf_counter() - start:8.2f} s")
        timed("edition.rng", paths, Settings(schematron=False))
        timed("edition.rng + edition.sch", paths, Settings())
        timed("edition.xsd (xmlschema)", paths, Settings(schematron=False, xsd=True))
        jing(paths)


if __name__ == "__main__":
    main()
