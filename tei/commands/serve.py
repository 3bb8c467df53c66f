"""``tei serve``: serve the built web edition on 127.0.0.1 (search needs http, not file://)."""

from __future__ import annotations

import argparse
import functools
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tei.config import DEFAULT_CONFIG, load_config
from tei.diagnostics import Location, error
from tei.errors import TeiError

ORDER = 40
HOST = "127.0.0.1"


class QuietHandler(SimpleHTTPRequestHandler):
    """Static files with the types Pagefind's index needs; requests are not logged."""

    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".css": "text/css",
        ".json": "application/json",
        ".xml": "application/xml",
        ".pagefind": "application/wasm",
        ".pf_meta": "application/octet-stream",
        ".pf_index": "application/octet-stream",
        ".pf_fragment": "application/octet-stream",
    }

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        return


def make_server(site: Path, port: int = 0) -> ThreadingHTTPServer:
    """An HTTP server for ``site`` on 127.0.0.1 (``port`` 0 takes a free one); not yet serving."""
    handler = functools.partial(QuietHandler, directory=str(site))
    return ThreadingHTTPServer((HOST, port), handler)


def serve_in_thread(site: Path, port: int = 0) -> tuple[ThreadingHTTPServer, str]:
    """Start serving ``site`` in a background thread; returns the server and its URL (tests use this)."""
    server = make_server(site, port)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, url_of(server)


def url_of(server: ThreadingHTTPServer) -> str:
    return f"http://{HOST}:{server.server_address[1]}/"


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve", help="serve the built web edition on 127.0.0.1",
        description="Serve the web edition (OUTPUT/web from the edition config, or --dir) over http on "
                    "127.0.0.1 and print its address. Search needs this; everything else also works from the files.",
    )
    parser.add_argument("--config", default=DEFAULT_CONFIG, help="edition config (default edition.toml)")
    parser.add_argument("--dir", help="the site folder to serve instead of the config's OUTPUT/web")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 takes a free one)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    site = Path(args.dir) if args.dir else load_config(args.config).output / "web"
    if not (site / "index.html").is_file():
        raise TeiError(error("E-SERVE-NOSITE", f"no built site in {site}", Location(str(site)),
                                "run tei build (with \"web\" in [output] formats) first"))
    try:
        server = make_server(site, args.port)
    except OSError as exc:
        raise TeiError(error("E-SERVE-PORT", f"cannot listen on {HOST}:{args.port}: {exc.strerror}",
                                hint="choose another port with --port")) from None
    print(f"Serving {site} at {url_of(server)} (Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
    finally:
        server.server_close()
    return 0
