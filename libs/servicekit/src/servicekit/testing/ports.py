"""A free loopback port for a server a test (or benchmark) starts.

The OS's own choice (`bind(port 0)`) comes from the ephemeral range, which the outgoing connections of
the same machine draw from too: between our probe and the server's bind, a client socket may take the
port, and two probes in a row may even return the same number (seen on this machine: 2 in 20,000).
So ports come from a range below the ephemeral one, are never handed out twice by one process, and
are checked free (nothing bound, nothing listening) before they are returned.
"""

from __future__ import annotations

import secrets
import socket
import threading

# Below Linux's default ephemeral range (32768-60999) and above the well-known service ports.
_LOW, _HIGH = 20000, 32000
_handed_out: set[int] = set()
_lock = threading.Lock()


def _is_free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    with socket.socket() as client:
        client.settimeout(0.2)
        return client.connect_ex(("127.0.0.1", port)) != 0


def free_port() -> int:
    """A port nothing uses right now and this process has not handed out before."""
    with _lock:
        for _ in range(1000):
            port = _LOW + secrets.randbelow(_HIGH - _LOW)
            if port not in _handed_out and _is_free(port):
                _handed_out.add(port)
                return port
    raise RuntimeError(f"no free loopback port between {_LOW} and {_HIGH}")
