"""A JWKS document served on loopback, standing in for an issuer (ours or Auth0's) in tests."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class JwksDocument:
    def __init__(self) -> None:
        self.keys: list[dict[str, Any]] = []
        self.fetches = 0
        # When set, served as it is instead of the keys: an issuer answering with garbage.
        self.raw_body: bytes | None = None


@contextmanager
def serve_jwks(document: JwksDocument) -> Iterator[str]:
    """Serve `document` at http://127.0.0.1:<port>/.well-known/jwks.json; yields that URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            document.fetches += 1
            body = document.raw_body or json.dumps({"keys": document.keys}).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/.well-known/jwks.json"
    finally:
        server.shutdown()
        server.server_close()
