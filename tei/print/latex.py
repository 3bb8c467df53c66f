"""The print edition as reledmac LaTeX (``OUTPUT/print/latex/edition.tex``) and, with ``--pdf``,
typeset by XeLaTeX: two passes, makeindex for each index, two more (the indexes enter the contents on the last).

XeLaTeX and reledmac come from Debian's ``texlive-xetex`` and ``texlive-humanities``; when
they are missing, the LaTeX is still written and an error says what to install.  TeX runs
without shell escape, in batch mode, with a time limit; its first error is reported with the
line of ``edition.tex``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from tei.diagnostics import Diagnostic, Level, Location
from tei.web.cache import fingerprint, write_atomic
from tei.web.params import digest

if TYPE_CHECKING:
    from tei.print.build import PrintBuild

PACKAGES = "texlive-xetex texlive-humanities"
INDEXES = ("persons", "places")
#: The LaTeX packages edition.tex loads beyond those XeLaTeX always has.
STYLES = ("reledmac.sty", "imakeidx.sty", "fontspec.sty", "geometry.sty")
#: Seconds one TeX or makeindex run may take.
TIMEOUT = 300
ERROR = re.compile(r"^! (?P<message>.*?)\n(?:.*\n)*?l\.(?P<line>\d+)", re.MULTILINE)


def build_latex(run: PrintBuild, book_params: dict, data: list[bytes], typeset_pdf: bool) -> None:
    """Write ``latex/edition.tex`` (unless unchanged) and typeset it when asked."""
    folder = run.out / "latex"
    tex = folder / "edition.tex"
    key = fingerprint(run.styles, digest(book_params), *data)
    if not run.manifest.fresh(run.out, "latex/edition.tex", key):
        with tempfile.TemporaryDirectory() as scratch:
            result = run.sheets["latex.xsl"].call(book_params, Path(scratch), "the LaTeX edition")
        run.reporter.extend(result.diagnostics)
        write_atomic(tex, result.output.encode("utf-8"))
    run.manifest.record("latex/edition.tex", key)
    if typeset_pdf:
        pdf = folder / "edition.pdf"
        if run.manifest.fresh(run.out, "latex/edition.pdf", key):
            return
        problems = typeset(tex)
        run.reporter.extend(problems)
        if pdf.is_file() and not any(p.level >= Level.ERROR for p in problems):
            run.manifest.record("latex/edition.pdf", key)


def missing_tools() -> list[str]:
    """What of XeLaTeX, makeindex and the LaTeX packages the export uses is not installed."""
    missing = [tool for tool in ("xelatex", "makeindex", "kpsewhich") if shutil.which(tool) is None]
    if not missing:
        for package in STYLES:
            found = subprocess.run(["kpsewhich", package], capture_output=True, text=True, check=False)
            if not found.stdout.strip():
                missing.append(package)
    return missing


def typeset(tex: Path) -> list[Diagnostic]:
    """Typeset ``tex`` into the PDF beside it; the problems, if any."""
    missing = missing_tools()
    if missing:
        return [Diagnostic(Level.ERROR, "E-PRINT-NOTEX", f"cannot typeset the LaTeX: {', '.join(missing)} not installed",
                           Location(str(tex)), f"install them: apt-get install {PACKAGES}")]
    for step in (_xelatex, _xelatex, _makeindex, _xelatex, _xelatex):
        problem = step(tex)
        if problem is not None:
            return [problem]
    return _glyph_warnings(tex)


def _xelatex(tex: Path) -> Diagnostic | None:
    command = ["xelatex", "-interaction=batchmode", "-halt-on-error", "-no-shell-escape", tex.name]
    return _run(command, tex)


def _makeindex(tex: Path) -> Diagnostic | None:
    for name in INDEXES:
        if (tex.parent / f"{name}.idx").is_file():
            problem = _run(["makeindex", "-q", f"{name}.idx"], tex)
            if problem is not None:
                return problem
    return None


def _run(command: list[str], tex: Path) -> Diagnostic | None:
    try:
        done = subprocess.run(command, cwd=tex.parent, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        return Diagnostic(Level.ERROR, "E-PRINT-LATEX", f"{command[0]} took longer than {TIMEOUT} s", Location(str(tex)),
                          "look at edition.log beside it")
    if done.returncode == 0:
        return None
    log = tex.with_suffix(".log")
    text = log.read_text(encoding="utf-8", errors="replace") if log.is_file() else done.stdout + done.stderr
    match = ERROR.search(text)
    message = match["message"] if match else (text.strip().splitlines() or [f"{command[0]} failed"])[-1]
    line = int(match["line"]) if match else 0
    return Diagnostic(Level.ERROR, "E-PRINT-LATEX", f"{command[0]}: {message}", Location(str(tex), line),
                      "a bug of xslt/print/latex.xsl or of the TeX installation; edition.log beside it has the details")


def _glyph_warnings(tex: Path) -> list[Diagnostic]:
    """Characters the typeface lacks (XeLaTeX only logs them)."""
    log = tex.with_suffix(".log")
    text = log.read_text(encoding="utf-8", errors="replace") if log.is_file() else ""
    missing = sorted(set(re.findall(r"Missing character: There is no (.) ", text)))
    if not missing:
        return []
    return [Diagnostic(Level.WARNING, "W-PRINT-GLYPH", f"the typeface has no glyph for {' '.join(missing)}",
                       Location(str(tex)), "install fonts-linuxlibertine (scripts/system-deps.sh does)")]
