"""`python -m eventxperts_app.web_client DIR`: build the versioned web client into DIR (make install)."""

import logging
import sys
from pathlib import Path

from eventxperts_app.web_client import ensure_web_client

if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m eventxperts_app.web_client DIR")
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    client = ensure_web_client(Path(sys.argv[1]))
    print(f"web client {client.key} in {client.directory}")
