"""Where the toolkit's own data lives: schemas, stylesheets, reference files.

The package is installed in development mode from its checkout (the README's
commands do this), so ``schemas/`` and ``xslt/`` are found beside ``tei/``.
``TEI_HOME`` points elsewhere; ``TEI_REFERENCE`` points to a folder holding
the official ``tei_all.rng`` when it is not in ``../shared/reference/tei``.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(os.environ.get("TEI_HOME", Path(__file__).resolve().parent.parent))
SCHEMAS = PROJECT_ROOT / "schemas"
XSLT = PROJECT_ROOT / "xslt"


def reference_dir() -> Path | None:
    """The folder with official TEI reference schemas, if there is one."""
    candidates = [os.environ.get("TEI_REFERENCE", ""), str(PROJECT_ROOT.parent / "shared" / "reference" / "tei")]
    for candidate in candidates:
        if candidate and (Path(candidate) / "tei_all.rng").is_file():
            return Path(candidate)
    return None


def shared_dir() -> Path | None:
    """``../shared`` beside the checkout (seeds, corpus, reference), if present."""
    candidate = PROJECT_ROOT.parent / "shared"
    return candidate if candidate.is_dir() else None
