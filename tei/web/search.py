"""The search index: Pagefind (from PyPI, ``pagefind[bin]``) indexes the built pages offline.

Only the parts of pages marked ``data-pagefind-body`` (the documents: text, notes, metadata)
are indexed.  The index is rebuilt whenever a page changed.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tei.diagnostics import Location, Reporter, relative_path, warning

INDEX_FOLDER = "pagefind"


def pagefind_executable() -> Path | None:
    try:
        from pagefind_bin import get_executable
    except ImportError:
        return None
    try:
        return get_executable()
    except FileNotFoundError:
        return None


def build_index(site: Path, language: str, reporter: Reporter) -> bool:
    """(Re)build ``site/pagefind`` as one index in ``language`` (documents in several languages
    stay searchable together); report and carry on without search when Pagefind fails."""
    executable = pagefind_executable()
    where = Location(relative_path(site))
    if executable is None:
        reporter.add(warning("W-WEB-SEARCH", "Pagefind is not installed: the site has no search index", where,
                             "install the toolkit with its dependencies (pagefind[bin])"))
        return False
    shutil.rmtree(site / INDEX_FOLDER, ignore_errors=True)
    command = [str(executable), "--site", str(site), "--output-subdir", INDEX_FOLDER,
               "--force-language", language.split("-")[0], "--silent"]
    try:
        completed = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        reporter.add(warning("W-WEB-SEARCH", f"Pagefind did not run: {exc}", where, "search will not work"))
        return False
    if completed.returncode != 0:
        detail = " ".join((completed.stderr or completed.stdout).split())[-300:]
        reporter.add(warning("W-WEB-SEARCH", f"Pagefind failed: {detail}", where, "search will not work"))
        return False
    return True
