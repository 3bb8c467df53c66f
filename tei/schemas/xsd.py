"""W3C XML Schema from the derived RELAX NG, converted by trang (Debian package ``trang``).

XSD cannot be generated faithfully by hand from RELAX NG in general; trang is
the converter TEI's own build uses.  Its output is deterministic, so the
committed files can be compared with a fresh conversion.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from tei.diagnostics import error
from tei.errors import ConfigError


def available() -> bool:
    return shutil.which("trang") is not None


def convert(rng: bytes) -> dict[str, bytes]:
    """``{file name: bytes}`` of the XSD files trang makes from ``rng`` (edition.xsd, xml.xsd)."""
    if not available():
        raise ConfigError(error("E-SCHEMA-TRANG", "trang is not installed; it converts the RELAX NG to XSD",
                                hint="install the Debian package trang (scripts/system-deps.sh does)"))
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "edition.rng").write_bytes(rng)
        done = subprocess.run(["trang", "-I", "rng", "-O", "xsd", "edition.rng", "edition.xsd"],
                              cwd=work, capture_output=True, text=True, timeout=300)
        if done.returncode != 0:
            raise ConfigError(error("E-SCHEMA-TRANG", f"trang failed: {done.stderr.strip()[:500]}",
                                    hint="the RELAX NG uses something XSD cannot express"))
        return {path.name: path.read_bytes() for path in sorted(work.glob("*.xsd"))}
