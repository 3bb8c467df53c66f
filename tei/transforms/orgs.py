"""Organisations and archives named in the text: ``orgName`` with ``@ref`` (priority 45).

Both the organisations register and the archives register are read (the
"Romanian Foreign Ministry archive" is a repository named in a note).  A
generic designation several entries share ("Foreign Ministry") is decided
by the document: the entry it also names unambiguously ("USSR Foreign
Ministry") wins; otherwise it is left without ``@ref`` and reported.
"""

from __future__ import annotations

from lxml import etree

from tei.diagnostics import Diagnostic
from tei.transforms import Context, transform
from tei.transforms._entities import PROTECTED, Kind, mark_registered

ORG = Kind("orgName", ("org", "archive"), PROTECTED | {"persName"}, "ORG")


@transform("orgs", 45)
def orgs(root: etree._Element, context: Context) -> list[Diagnostic]:
    return mark_registered(root, context, ORG)
