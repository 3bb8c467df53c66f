#!/usr/bin/env python3
"""Measured accuracy on the FRUS development corpus (the same as ``tei eval``).

    python bench/accuracy.py [CORPUS] [--persons FILE] [--errors] [--targets]

Imports the corpus's list of persons into an empty register folder, converts
every raw text with it and prints person-mention precision/recall/F1,
person-link accuracy, date accuracy and archival signatures found.
"""

from __future__ import annotations

import sys

from tei.cli import main

if __name__ == "__main__":
    raise SystemExit(main(["eval", *sys.argv[1:]]))
