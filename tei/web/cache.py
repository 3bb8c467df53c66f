"""What the last build wrote and from what, so that unchanged pages are not rendered again.

The manifest maps each output file (relative to the site) to the fingerprint of its inputs.
It lives beside the site, not in it, so the site stays a clean copy-anywhere folder.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from tei.paths import XSLT

#: Bump when the build's Python logic changes what pages contain.
CACHE_VERSION = "1"


def fingerprint(*parts: str | bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def stylesheets_fingerprint() -> str:
    """One fingerprint of every stylesheet and asset of the web edition (and the shared modules)."""
    files = sorted(p for folder in (XSLT / "common", XSLT / "web") for p in folder.rglob("*") if p.is_file())
    return fingerprint(CACHE_VERSION, *(f"{p.relative_to(XSLT)}\n".encode() + p.read_bytes() for p in files))


@dataclass
class Manifest:
    path: Path
    outputs: dict[str, str] = field(default_factory=dict)
    written: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> "Manifest":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            outputs = data.get("outputs", {}) if data.get("version") == CACHE_VERSION else {}
        except (OSError, ValueError):
            outputs = {}
        return cls(path, dict(outputs))

    def fresh(self, site: Path, relative: str, key: str) -> bool:
        """Whether ``relative`` was built from inputs with this key and is still there."""
        if self.outputs.get(relative) == key and (site / relative).is_file():
            self.written[relative] = key
            return True
        return False

    def record(self, relative: str, key: str) -> None:
        self.written[relative] = key

    def stale(self) -> list[str]:
        """Outputs of the last build that this build did not produce."""
        return sorted(set(self.outputs) - set(self.written))

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"version": CACHE_VERSION, "outputs": dict(sorted(self.written.items()))}
        write_atomic(self.path, json.dumps(data, indent=1).encode())


def write_atomic(target: Path, data: bytes) -> bool:
    """Write ``data`` to ``target`` unless it already holds exactly that; True when written."""
    if target.is_file() and target.read_bytes() == data:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".part")
    temporary.write_bytes(data)
    os.replace(temporary, target)
    return True
