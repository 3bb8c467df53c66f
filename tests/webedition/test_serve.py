"""``tei serve``: the site over http on 127.0.0.1, its address printed."""

from __future__ import annotations

import subprocess
import sys
import urllib.request
from pathlib import Path

from .conftest import Site


def test_serve_prints_the_address_and_serves_the_site(site: Site) -> None:
    process = subprocess.Popen([sys.executable, "-m", "tei", "serve", "--dir", str(site.web), "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        url = line.split(" at ")[1].split()[0]
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(url + "search.html", timeout=10) as response:
            assert response.status == 200 and b'id="search-input"' in response.read()
        with urllib.request.urlopen(url + "pagefind/pagefind.js", timeout=10) as response:
            assert response.headers["Content-Type"].startswith("text/javascript")
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_serve_without_a_built_site_says_what_to_do(tmp_path: Path) -> None:
    completed = subprocess.run([sys.executable, "-m", "tei", "serve", "--dir", str(tmp_path)],
                               capture_output=True, text=True, timeout=60, check=False)
    assert completed.returncode == 1
    assert "E-SERVE-NOSITE" in completed.stderr and "tei build" in completed.stderr
