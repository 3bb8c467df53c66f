"""The parameters of the web stylesheets: the one place that decides what Python passes to XSLT.

Each name here is declared, typed and explained in ``xslt/web/params.xsl``.  Values are plain
Python values (str, int, bool, lists of str) or parsed documents; :mod:`tei.xslt` converts them.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Sequence

from saxonche import PyXdmNode

from tei.config import EditionConfig


def site_params(config: EditionConfig, documents: Sequence[PyXdmNode], tei_archive: bool,
                data_files: Sequence[str] = ()) -> dict[str, Any]:
    """Parameters every page of the site gets."""
    return {
        "edition-title": config.title,
        "editors": list(config.editors),
        "introduction": list(config.introduction),
        "base-url": config.base_url,
        "language": config.language,
        "documents": list(documents),
        "tei-archive": tei_archive,
        "data-files": list(data_files),
    }


def document_params(site: dict[str, Any], number: int, previous: tuple[str, str] | None,
                    following: tuple[str, str] | None) -> dict[str, Any]:
    """Parameters of one document page: the site's (but not all documents), its number and its
    neighbours (file name, title)."""
    return {
        **{name: value for name, value in site.items() if name != "documents"},
        "number": number,
        "previous": list(previous) if previous else [],
        "next": list(following) if following else [],
    }


def digest(params: dict[str, Any]) -> str:
    """A fingerprint of the plain values among ``params`` (documents are fingerprinted by their bytes)."""
    plain = {name: value for name, value in params.items() if name != "documents"}
    return hashlib.sha256(json.dumps(plain, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
