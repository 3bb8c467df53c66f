"""The parameters of the print stylesheets: the one place that decides what Python passes to XSLT.

Each name here is declared, typed and explained in ``xslt/print/params.xsl``.
"""

from __future__ import annotations

import datetime
import os
from typing import Any, Sequence

from saxonche import PyXdmNode

from tei.config import EditionConfig


def edition_date() -> str:
    """Today as an ISO date, or the day of ``SOURCE_DATE_EPOCH`` (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).date().isoformat()
    return datetime.date.today().isoformat()


def book_params(config: EditionConfig, documents: Sequence[PyXdmNode], css: str = "print.css") -> dict[str, Any]:
    """Parameters of the whole book (layout 'book')."""
    return {
        "edition-title": config.title,
        "editors": list(config.editors),
        "introduction": list(config.introduction),
        "language": config.language,
        "edition-date": edition_date(),
        "documents": list(documents),
        "layout": "book",
        "css": css,
    }


def document_params(book: dict[str, Any], document: PyXdmNode, number: int, css: str) -> dict[str, Any]:
    """Parameters of one document printed on its own (layout 'document')."""
    return {**book, "documents": [document], "layout": "document", "number": number, "css": css}


def with_pages(params: dict[str, Any], anchor_pages: dict[str, int]) -> dict[str, Any]:
    """The second pass: the page each anchor fell on in the first."""
    return {**params, "anchor-pages": [f"{anchor} {page}" for anchor, page in anchor_pages.items()]}
