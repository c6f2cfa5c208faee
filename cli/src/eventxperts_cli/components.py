"""What the platform is made of besides its services (those are in services.toml): ports and places."""

from __future__ import annotations

from servicekit.registry import REPO_ROOT

__all__ = [
    "APP_PORT",
    "EDGE_PORT",
    "GATEWAY_DIR",
    "GATEWAY_PORT",
    "KAFKA_PORT",
    "REPO_ROOT",
    "WEB_CLIENT_DIR",
]

GATEWAY_DIR = REPO_ROOT / "gateway"
GATEWAY_PORT = 4000
APP_PORT = 8550
KAFKA_PORT = 9092
EDGE_PORT = 8080  # the one public origin (nginx)
# The app's versioned web client, built by `make install` (or the app's first start); the edge serves it.
WEB_CLIENT_DIR = REPO_ROOT / ".cache" / "web-client"
