"""Where an event travels: one topic per aggregate and payload version (ARCHITECTURE.md section 6)."""

from __future__ import annotations


def topic_of(event_type: str, version: int) -> str:
    """`users.user.registered` v1 travels on `users.user.v1`: `<service>.<aggregate>.v<N>`."""
    service, aggregate, _ = event_type.split(".", 2)
    return f"{service}.{aggregate}.v{version}"
