"""The static DTS endpoint set walked like a client (entry → collection → resource → navigation →
document), every response checked against the DTS 1.0 response shapes."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from lxml import etree

from tei.xml import TEI_NS

from .conftest import Edition

DTS_WRAPPER = "{https://w3id.org/api/dts#}wrapper"
REQUIRED = {
    "EntryPoint": {"@context", "@id", "@type", "dtsVersion", "collection", "navigation", "document"},
    "Collection": {"@id", "@type", "dtsVersion", "title", "totalParents", "totalChildren", "collection"},
    "Resource": {"@id", "@type", "dtsVersion", "title", "totalParents", "collection", "navigation", "document",
                 "citationTrees"},
    "Navigation": {"@id", "@type", "dtsVersion", "resource"},
    "CitableUnit": {"identifier", "@type", "level", "parent"},
}
OPERATORS = {"": ("", ",", False), ".": (".", ".", False), ";": (";", ";", True), "?": ("?", "&", True),
             "&": ("&", "&", True), "/": ("/", "/", False)}


def expand(template: str, **values: object) -> str:
    """RFC 6570 level-3 expansion (simple, label, path-parameter, query operators)."""
    def replace(match: re.Match) -> str:
        body = match.group(1)
        operator = body[0] if body[0] in ".;?&/" else ""
        first, separator, named = OPERATORS[operator]
        parts = []
        for name in body[len(operator):].split(","):
            if values.get(name) is None:
                continue
            value = str(values[name])
            parts.append(f"{name}={value}" if named else value)
        return first + separator.join(parts) if parts else ""

    return re.sub(r"\{([^}]+)\}", replace, template)


class Client:
    """Fetches DTS responses from the built site by URL (the site's files stand in for HTTP)."""

    def __init__(self, edition: Edition) -> None:
        self.site = edition.web
        self.base = "https://example.org/cold-war/"

    def get(self, url: str) -> bytes:
        assert url.startswith(self.base), url
        return (self.site / urlsplit(url).path[len(urlsplit(self.base).path):]).read_bytes()

    def json(self, url: str) -> dict:
        data = json.loads(self.get(url))
        check_shape(data)
        return data


def check_shape(data: dict) -> None:
    assert data.get("@context") == "https://dtsapi.org/context/v1.0.json" and data.get("dtsVersion") == "1.0"
    kind = data["@type"]
    assert REQUIRED[kind] <= data.keys(), (kind, REQUIRED[kind] - data.keys())
    if kind == "Collection":
        for member in data.get("member", []):
            assert {"@id", "@type", "title", "totalParents", "collection"} <= member.keys()
    if kind == "Navigation":
        for unit in data.get("member", []) + ([data["ref"]] if "ref" in data else []):
            assert REQUIRED["CitableUnit"] <= unit.keys()


def test_a_client_walks_entry_collection_navigation_document(edition: Edition) -> None:
    client = Client(edition)
    entry_url = client.base + "data/dts/index.json"
    entry = client.json(entry_url)
    assert entry["@type"] == "EntryPoint"
    root = client.json(urljoin(entry_url, expand(entry["collection"])))
    assert root["@type"] == "Collection" and root["totalChildren"] == len(root["member"]) == 14
    member = next(m for m in root["member"] if m["@id"] == "frus1955-57v25_d103")
    resource = client.json(urljoin(entry_url, expand(entry["collection"], id=member["@id"])))
    assert resource["@type"] == "Resource" and resource["title"].startswith("Telegram From the Legation")
    parents = client.json(urljoin(entry_url, expand(resource["collection"], nav="parents")))
    assert [p["@id"] for p in parents["member"]] == [root["@id"]]
    top = client.json(urljoin(entry_url, expand(resource["navigation"], down=1)))
    assert [u["identifier"] for u in top["member"]] == ["103"] and top["member"][0]["citeType"] == "document"
    whole = client.json(urljoin(entry_url, expand(resource["navigation"], down=-1)))
    identifiers = [u["identifier"] for u in whole["member"]]
    assert len(identifiers) == len(set(identifiers)) > 3
    paragraph = next(u for u in whole["member"] if u["level"] == 2)
    assert paragraph["parent"] == "103"
    one = client.json(urljoin(entry_url, expand(resource["navigation"], ref=paragraph["identifier"])))
    assert one["ref"]["identifier"] == paragraph["identifier"] and "member" not in one
    document = etree.fromstring(client.get(urljoin(entry_url, expand(resource["document"]))))
    assert document.tag == f"{{{TEI_NS}}}TEI"
    part = etree.fromstring(client.get(urljoin(entry_url, expand(resource["document"], ref=paragraph["identifier"]))))
    wrapper = part.find(f".//{DTS_WRAPPER}")
    assert part.tag == f"{{{TEI_NS}}}TEI" and wrapper is not None and len(wrapper) == 1
    passage = " ".join("".join(wrapper.itertext()).split())
    assert passage and passage in " ".join("".join(document.find(f"{{{TEI_NS}}}text").itertext()).split())


def test_every_response_has_its_dts_shape(edition: Edition) -> None:
    files = sorted((edition.data / "dts").glob("*.json"))
    assert len(files) > 100
    for path in files:
        check_shape(json.loads(path.read_text(encoding="utf-8")))


def test_every_declared_unit_can_be_fetched(edition: Edition) -> None:
    folder = edition.data / "dts"
    for path in folder.glob("navigation.*;down=-1.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        if "ref" in data:
            continue
        resource = data["resource"]
        for unit in data["member"]:
            for template, values in ((resource["navigation"], {"ref": unit["identifier"]}),
                                     (resource["document"], {"ref": unit["identifier"]})):
                name = Path(urlsplit(expand(template, **values)).path).name
                assert (folder / name).is_file(), name
